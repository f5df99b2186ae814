package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.shell.Word;

/**
 * {@code cargo build --release}: the binary in {@code target/release/} (or {@code target/debug/}, a
 * {@code --profile}'s folder, under {@code --target TRIPLE} or {@code --target-dir DIR}) of the folder the RUN runs
 * in, named by {@code --bin}, else by the one {@code [[bin]]} of Cargo.toml, else by its package. Crates that link a
 * system library ({@code NAME-sys} in Cargo.lock) other than those the table knows the runtime image has are
 * declined, as are workspaces; of several [[bin]]s, the runtime stage gets the one the command runs.
 */
final class CargoBuild implements BuildReader {
    private static final Set<String> VALUE_OPTIONS = Set.of("--bin", "--target", "--target-dir", "--profile", "-j", "--jobs",
            "--features", "-F", "--manifest-path", "-p", "--package", "--config", "--color", "--message-format", "-Z", "--example");
    private static final Pattern LOCK_NAME = Pattern.compile("(?m)^name\\s*=\\s*\"([^\"]+-sys)\"");

    private final Set<String> selfContained;

    CargoBuild(Set<String> selfContained) {
        this.selfContained = Set.copyOf(selfContained);
    }

    @Override
    public Optional<Artefact> read(BuildStage stage) {
        List<Found> builds = BuildReader.find(stage, List.of("cargo"), List.of("build", "b"));
        if (builds.isEmpty()) {
            List<Found> installs = BuildReader.find(stage, List.of("cargo"), List.of("install"));
            if (!installs.isEmpty()) {
                throw new Declined(stage.fileIndex(installs.get(0).index()), "cargo install puts its binary in CARGO_HOME's bin folder, "
                        + "which the recipe does not follow", "build with cargo build --release, and run target/release/NAME");
            }
            return Optional.empty();
        }
        // reorder-copy-for-cache's dummy-source step builds the same crate once before the sources are copied; the
        // last build, with the same words, writes the same binary over it.
        Found build = builds.get(builds.size() - 1);
        boolean sameBuild = builds.stream().allMatch(other -> other.words().equals(build.words())
                && stage.workdir(other.index()).equals(stage.workdir(build.index())));
        BuildReader.one(stage, sameBuild ? List.of(build) : builds, "cargo build");
        int at = stage.fileIndex(build.index());
        if (stage.env("CARGO_TARGET_DIR", build.index()).isPresent() || stage.env("CARGO_BUILD_TARGET", build.index()).isPresent()) {
            throw new Declined(at, "CARGO_TARGET_DIR or CARGO_BUILD_TARGET moves the build's output", "give --target-dir on the command");
        }
        String profile = "debug";
        Optional<String> bin = Optional.empty();
        Optional<String> triple = Optional.empty();
        Optional<String> targetDir = Optional.empty();
        List<Word> words = build.effective().arguments();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i).literal().orElse("$");
            String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            String value = word.contains("=") ? word.substring(word.indexOf('=') + 1)
                    : VALUE_OPTIONS.contains(option) && i + 1 < words.size() ? words.get(++i).literal().orElse("$") : "";
            switch (option) {
                case "--release", "-r" -> profile = "release";
                case "--profile" -> profile = value.equals("dev") ? "debug" : value;
                case "--bin" -> bin = Optional.of(value);
                case "--target" -> triple = Optional.of(value);
                case "--target-dir" -> targetDir = Optional.of(value);
                case "--manifest-path", "-p", "--package", "--workspace", "--all", "--bins", "--example", "--examples" ->
                        throw new Declined(at, "cargo build " + option + " builds another or several packages", "build one binary of the "
                                + "crate in the RUN's folder");
                default -> {
                }
            }
            if (value.contains("$") || option.contains("$")) {
                throw new Declined(at, "a word of cargo build is only known when the RUN runs", "write it literally");
            }
        }
        String folder = stage.workdir(build.index());
        String output = Paths.join(Paths.join(folder, targetDir.orElse("target")), triple.map(t -> t + "/").orElse("") + profile);
        checkSystemLibraries(stage, folder, at);
        Optional<String> name = bin.or(() -> binaryName(stage, folder, output, at));
        if (name.isEmpty()) {
            Optional<String> run = Optional.of(stage.startWords().get(0)).map(p -> Paths.join(stage.finalWorkdir(), p))
                    .filter(p -> Paths.parent(p).equals(output));
            if (run.isEmpty()) {
                throw new Declined(at, "the binary's name is not known: the build context does not show Cargo.toml, and the command "
                        + "does not run a file of " + output, "run dockmend with --context DIR, or run the binary by its path");
            }
            name = Optional.of(Paths.name(run.get()));
        }
        return Optional.of(new Artefact(at, output + "/" + name.get(), false, "native", "cargo build" + (profile.equals("debug") ? ""
                : " (" + profile + ")"), List.of()));
    }

    /**
     * The binary's name from Cargo.toml: its one [[bin]], or of several the one the command runs from {@code output}
     * (cargo build makes them all), else its package; empty without Cargo.toml.
     */
    private static Optional<String> binaryName(BuildStage stage, String folder, String output, int at) {
        Optional<String> manifest = stage.contextPath(Paths.join(folder, "Cargo.toml")).flatMap(p -> stage.buildContext().flatMap(c -> c.read(p)));
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        String text = manifest.get();
        if (text.contains("[workspace]") && !text.contains("[package]")) {
            throw new Declined(at, "Cargo.toml is a workspace, whose binaries the recipe does not tell apart", "build with --bin NAME");
        }
        List<String> bins = new ArrayList<>();
        Matcher section = Pattern.compile("(?ms)^\\[\\[bin]]\\s*$(.*?)(?=^\\[|\\z)").matcher(text);
        while (section.find()) {
            Matcher binName = Pattern.compile("(?m)^name\\s*=\\s*\"([^\"]+)\"").matcher(section.group(1));
            if (!binName.find()) {
                throw new Declined(at, "a [[bin]] of Cargo.toml has no name", "name it");
            }
            bins.add(binName.group(1));
        }
        if (bins.size() > 1) {
            String run = Paths.join(stage.finalWorkdir(), stage.startWords().get(0));
            if (Paths.parent(run).equals(output) && bins.contains(Paths.name(run))) {
                return Optional.of(Paths.name(run));
            }
            throw new Declined(at, "Cargo.toml has " + bins.size() + " binaries (" + String.join(", ", bins) + "), and the command "
                    + "runs none of them from " + output, "run the one the image needs by its path, or build it with --bin NAME");
        }
        if (bins.size() == 1) {
            return Optional.of(bins.get(0));
        }
        Matcher pkg = Pattern.compile("(?ms)^\\[package]\\s*$.*?^name\\s*=\\s*\"([^\"]+)\"").matcher(text);
        if (!pkg.find()) {
            throw new Declined(at, "Cargo.toml names no package", "build with --bin NAME");
        }
        return Optional.of(pkg.group(1));
    }

    /** Crates that link a system library the runtime image may lack. */
    private void checkSystemLibraries(BuildStage stage, String folder, int at) {
        Optional<String> lock = stage.contextPath(Paths.join(folder, "Cargo.lock")).flatMap(p -> stage.buildContext().flatMap(c -> c.read(p)));
        if (lock.isEmpty()) {
            throw new Declined(at, "without Cargo.lock in the build context the recipe cannot tell whether a crate links a system "
                    + "library the runtime image lacks", "commit Cargo.lock, or run dockmend with --context DIR");
        }
        Set<String> linking = new TreeSet<>();
        Matcher name = LOCK_NAME.matcher(lock.get());
        while (name.find()) {
            if (!selfContained.contains(name.group(1))) {
                linking.add(name.group(1));
            }
        }
        if (!linking.isEmpty()) {
            throw new Declined(at, "crates link system libraries (" + String.join(", ", linking.stream().limit(3).toList())
                    + (linking.size() > 3 ? " and others" : "") + ") that the runtime image may lack",
                    "split the stages by hand, installing those libraries in the runtime stage");
        }
    }
}
