package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.context.BuildContext;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/**
 * The dependency build of an ecosystem whose install needs the crate's sources (cargo: {@code cargo build}
 * reads {@code src/main.rs} or {@code src/lib.rs} to know the crate's targets). Before the copy of the
 * sources it writes dummy sources for the targets the context shows, runs the install as written (same
 * command, same options, so the dependencies are built as the real build wants them), and removes the dummy
 * sources and the crate's own artefacts; the original RUN then runs after the copy.
 *
 * <p>Removing the artefacts is what keeps the result correct: a COPY keeps the files' modification times,
 * so a real {@code src/main.rs} older than the dummy's build looks unchanged to cargo, which would keep the
 * dummy binary (rust-lang/cargo#7181). Cargo rebuilds a unit whose outputs are missing, so deleting
 * {@code target/PROFILE/deps/CRATE-*} and {@code libCRATE-*} makes it compile the real sources; the
 * dependencies' artefacts stay. https://doc.rust-lang.org/cargo/reference/build-cache.html
 */
sealed interface DummySourceBuild {

    /** The dummy build: the crate's name as its artefacts spell it, its targets, and the profile folders it builds. */
    record Plan(String crate, boolean binary, boolean library, Set<String> profiles) implements DummySourceBuild {

        /** The script of the RUN before the copy, around {@code install}, the install's text as written. */
        String script(String install) {
            List<String> before = new ArrayList<>(List.of("mkdir -p src"));
            if (binary) {
                before.add("echo 'fn main() {}' > src/main.rs");
            }
            if (library) {
                before.add("touch src/lib.rs");
            }
            StringBuilder removed = new StringBuilder("rm -rf src");
            for (String profile : profiles) {
                removed.append(" target/").append(profile).append("/deps/").append(crate).append("-*")
                        .append(" target/").append(profile).append("/deps/lib").append(crate).append("-*");
            }
            return String.join(" && ", before) + " && " + install + " && " + removed;
        }

        /** What the reviewer checks: what the recipe cannot see from the Dockerfile and its context. */
        String note() {
            String dummies = binary && library ? "src/main.rs and src/lib.rs" : binary ? "src/main.rs" : "src/lib.rs";
            return "the dependencies are built before the copy against a dummy " + dummies + ", whose artefacts"
                    + (profiles.isEmpty() ? "" : " (target/" + String.join(", target/", profiles) + "/deps/" + crate + "-*)")
                    + " are removed so the build after the copy compiles the real sources: check that the base image sets no"
                    + " CARGO_TARGET_DIR or CARGO_BUILD_TARGET and that the build reads no other file of the context before the copy";
        }
    }

    /** The install cannot be run against dummy sources. */
    record Declined(String reason, String suggestion) implements DummySourceBuild {
    }

    String AT_HAND = "build the dependencies before the copy by hand (or with cargo-chef)";
    /** {@code name = "my-app"} in the {@code [package]} table. */
    Pattern NAME = Pattern.compile("(?m)^\\s*name\\s*=\\s*[\"']([A-Za-z0-9_-]+)[\"']\\s*(#.*)?$");

    /**
     * The dummy build for {@code installs} (all of one ecosystem with dummy sources), in the context
     * {@code files}, of the RUN at {@code runIndex} of {@code file}. Without a context there is none: such an
     * ecosystem has no {@code without-context} files, so {@link ManifestPlan} declines first.
     */
    static DummySourceBuild of(List<InstallCommand.Install> installs, BuildContext files, Dockerfile file, int runIndex) {
        Ecosystem ecosystem = installs.get(0).ecosystem();
        String program = installs.get(0).command().name().text();
        for (int i = 0; i <= runIndex; i++) {
            Instruction instruction = file.instructions().get(i);
            for (String variable : ecosystem.environment()) {
                if (instruction.value().original().contains(variable)) {
                    return new Declined("the Dockerfile names " + variable + " (line " + file.located().get(i).startLine()
                            + "), which moves the artefacts the dependency build removes", AT_HAND);
                }
            }
        }
        Set<String> profiles = new LinkedHashSet<>();
        for (InstallCommand.Install install : installs) {
            if (install.ecosystem() != ecosystem) {
                return new Declined("the RUN installs with " + program + " and another program, which the recipe does not build apart",
                        "put the " + program + " build in a RUN of its own and run dockmend again");
            }
            Optional<String> unknown = unknownOption(install);
            if (unknown.isPresent()) {
                return new Declined("the recipe does not know how `" + unknown.get() + "` changes what " + program
                        + " builds or where", AT_HAND);
            }
            Optional<String> profile = profile(install);
            if (profile.isPresent() && !profile.get().matches("[A-Za-z0-9_-]+")) {
                return new Declined("the recipe does not know the folder of the profile `" + profile.get() + "`", AT_HAND);
            }
            profile.ifPresent(profiles::add);
        }
        Optional<String> manifest = files.read("Cargo.toml");
        Matcher name = manifest.map(text -> packageTable(text)).map(NAME::matcher).filter(Matcher::find).orElse(null);
        if (name == null) {
            return new Declined("the recipe cannot read the package's name from the [package] table of Cargo.toml", AT_HAND);
        }
        boolean binary = files.provides("src/main.rs");
        boolean library = files.provides("src/lib.rs");
        if (!binary && !library) {
            return new Declined("the build context has neither src/main.rs nor src/lib.rs, the targets the recipe writes dummies for",
                    AT_HAND);
        }
        return new Plan(name.group(1).replace('-', '_'), binary, library, profiles);
    }

    /** The text of the {@code [package]} table of a Cargo.toml, up to the next table. */
    private static String packageTable(String manifest) {
        Matcher start = Pattern.compile("(?m)^\\s*\\[package\\]\\s*(#.*)?$").matcher(manifest);
        if (!start.find()) {
            return "";
        }
        String rest = manifest.substring(start.end());
        Matcher next = Pattern.compile("(?m)^\\s*\\[").matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }

    /** An option of the install that its ecosystem's {@code known-options} does not name, if any. */
    private static Optional<String> unknownOption(InstallCommand.Install install) {
        Set<String> known = install.ecosystem().knownOptions();
        for (Word argument : install.command().arguments()) {
            String word = argument.literal().orElse("");
            if (word.startsWith("-") && !word.equals("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                if (!known.isEmpty() && !known.contains(option)) {
                    return Optional.of(option);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The folder of {@code target/} a build writes its artefacts to ({@code release} with {@code --release},
     * the profile's name with {@code --profile}, {@code debug} for the dev and test profiles and by default);
     * empty for an install that builds nothing ({@code cargo fetch}).
     */
    private static Optional<String> profile(InstallCommand.Install install) {
        List<Word> arguments = install.command().arguments();
        String profile = "dev";
        Optional<String> subcommand = Optional.empty();
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i).literal().orElse("");
            if (install.ecosystem().valueOptions().contains(word)) {
                profile = word.equals("--profile") && i + 1 < arguments.size() ? arguments.get(i + 1).literal().orElse(profile) : profile;
                i++;
            } else if (!word.startsWith("-") && subcommand.isEmpty()) {
                subcommand = Optional.of(word);
            } else if (word.equals("--release") || word.equals("-r")) {
                profile = "release";
            } else if (word.startsWith("--profile=")) {
                profile = word.substring("--profile=".length());
            }
        }
        if (!subcommand.equals(Optional.of("build"))) {
            return Optional.empty();
        }
        return Optional.of(profile.equals("dev") || profile.equals("test") ? "debug" : profile.equals("bench") ? "release" : profile);
    }
}
