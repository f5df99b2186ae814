package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.shell.Assignment;
import dev.dockmend.shell.Word;

/**
 * {@code go build}: the binary is the {@code -o} file, or the default name {@code go build} gives (the last
 * element of the package's import path, the module path's for {@code .}, or the first file's name), in the
 * folder the RUN runs in. It is static when {@code CGO_ENABLED=0} is set (by ENV or in the command), or when
 * the toolchain is Alpine (Go 1.20 and later build without cgo where no C compiler is installed; with one, the
 * binary links to musl, which Alpine has).
 */
final class GoBuild implements BuildReader {
    /** Options of go build that take the next word as their value. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "-p", "-ldflags", "-gcflags", "-asmflags", "-tags", "-mod",
            "-modfile", "-pkgdir", "-installsuffix", "-buildmode", "-compiler", "-gccgoflags", "-toolexec", "-overlay", "-pgo",
            "-coverpkg", "-covermode", "-C", "-exec");
    private static final Set<String> EXECUTABLE_MODES = Set.of("exe", "default", "pie");

    @Override
    public Optional<Artefact> read(BuildStage stage) {
        List<Found> builds = BuildReader.find(stage, List.of("go"), List.of("build"));
        boolean install = false;
        if (builds.isEmpty()) {
            // go install PKG@VERSION installs a tool for the build; go install of the module's own package is the build.
            builds = BuildReader.find(stage, List.of("go"), List.of("install")).stream()
                    .filter(found -> found.effective().arguments().stream().noneMatch(word -> word.text().contains("@"))).toList();
            install = true;
            if (builds.isEmpty()) {
                return Optional.empty();
            }
        }
        if (!install && builds.size() > 1) {
            return Optional.of(several(stage, builds));
        }
        String verb = install ? "go install" : "go build";
        return Optional.of(binary(stage, BuildReader.one(stage, builds, verb), install));
    }

    /**
     * Several go builds ({@code go build -o /out/api ./cmd/api && go build -o /out/worker ./cmd/worker}): the runtime
     * stage gets every binary they make, each at its path; static only when every one is.
     *
     * @throws Declined when one of them runs after a {@code cd}, or two write the same path
     */
    private static Artefact several(BuildStage stage, List<Found> builds) {
        List<Artefact> binaries = new ArrayList<>();
        for (Found build : builds) {
            binaries.add(binary(stage, BuildReader.one(stage, List.of(build), "go build"), false));
        }
        List<String> paths = binaries.stream().map(Artefact::path).toList();
        if (paths.stream().distinct().count() < paths.size()) {
            throw new Declined(binaries.get(binaries.size() - 1).producer(), "two go builds write the same path, so which binary is "
                    + "left there is not known", "give each go build its own -o PATH");
        }
        Artefact first = binaries.get(0);
        boolean allStatic = binaries.stream().allMatch(binary -> binary.kind().equals("static"));
        // The other binaries go into the runtime stage as the setup's paths, copied before the first one.
        return new Artefact(binaries.get(binaries.size() - 1).producer(), first.path(), false, allStatic ? "static" : "cgo",
                "go build, run " + builds.size() + " times (" + String.join("; ", binaries.stream().map(Artefact::how).distinct().toList())
                        + "; also " + String.join(" and ", paths.subList(1, paths.size())) + "),", List.of(),
                new Artefact.Setup(-1, List.of(), paths.subList(1, paths.size()), List.of()));
    }

    /** The binary of one go build or go install. */
    private static Artefact binary(BuildStage stage, Found build, boolean install) {
        String verb = install ? "go install" : "go build";
        int at = stage.fileIndex(build.index());
        Optional<String> output = Optional.empty();
        List<String> packages = new ArrayList<>();
        List<Word> words = build.effective().arguments();
        for (int i = 1; i < words.size(); i++) {
            Optional<String> literal = words.get(i).literal();
            String word = literal.orElse(words.get(i).text());
            String option = word.startsWith("--") ? word.substring(1) : word;
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            Optional<String> value = Optional.empty();
            boolean valueLiteral = literal.isPresent();
            if (option.contains("=")) {
                value = Optional.of(option.substring(option.indexOf('=') + 1));
            } else if (VALUE_OPTIONS.contains(name) && i + 1 < words.size()) {
                i++;
                valueLiteral = words.get(i).literal().isPresent();
                value = Optional.of(words.get(i).literal().orElse(words.get(i).text()));
            }
            if (!word.startsWith("-")) {
                if (literal.isEmpty()) {
                    throw new Declined(at, "the package go build builds, " + word + ", is only known when the RUN runs",
                            "name the package literally");
                }
                packages.add(word);
            } else if (name.equals("-o")) {
                if (!valueLiteral) {
                    throw new Declined(at, "the -o of go build, " + value.orElse("") + ", is only known when the RUN runs",
                            "write the output path literally");
                }
                output = value;
            } else if (name.equals("-buildmode") && (!valueLiteral || !EXECUTABLE_MODES.contains(value.orElse("")))) {
                throw new Declined(at, "go build -buildmode=" + value.orElse("") + " may make no program", "convert by hand");
            } else if (name.equals("-C")) {
                throw new Declined(at, "go build -C runs in another folder", "set the folder with WORKDIR instead");
            }
        }
        String folder = stage.workdir(build.index());
        String path;
        String how;
        if (install) {
            path = Paths.join(binFolder(stage, build.index(), at), defaultName(stage, packages, folder, at, verb));
            how = "go install of " + (packages.isEmpty() ? "." : packages.get(0)) + " (into the GOPATH's bin folder)";
        } else if (output.isPresent() && !output.get().endsWith("/")) {
            path = stage.absolute(output.get(), build.index());
            how = "the -o of go build";
        } else {
            String name = defaultName(stage, packages, folder, at, verb);
            path = Paths.join(output.map(o -> Paths.join(folder, o)).orElse(folder), name);
            how = "go build's default name for " + (packages.isEmpty() ? "." : packages.get(0));
        }
        return new Artefact(at, path, false, kind(stage, build), how, List.of());
    }

    /** Where go install writes: GOBIN, else GOPATH's bin, as ENV of the stage or the golang image (/go) set them. */
    private static String binFolder(BuildStage stage, int index, int at) {
        for (String variable : List.of("GOBIN", "GOPATH")) {
            boolean set = false;
            for (int i = 1; i < index; i++) {
                set |= stage.instructions().get(i) instanceof dev.dockmend.tree.Env env
                        && env.pairs().stream().anyMatch(pair -> pair.key().equals(variable));
            }
            if (set) {
                Optional<String> value = stage.env(variable, index).filter(v -> v.startsWith("/"));
                if (value.isEmpty()) {
                    throw new Declined(at, "go install writes into " + variable + ", which the stage sets from a variable",
                            "build with go build -o PATH, and run PATH");
                }
                return variable.equals("GOBIN") ? value.get() : Paths.join(value.get(), "bin");
            }
        }
        return Paths.join(stage.toolchain().workdir(), "bin");
    }

    /** {@code static} when the binary needs no C library, else {@code cgo}. */
    private static String kind(BuildStage stage, Found build) {
        for (Assignment assignment : build.command().assignments()) {
            if (assignment.name().equals("CGO_ENABLED")) {
                return assignment.value().literal().map(v -> v.equals("0") ? "static" : "cgo").orElse("cgo");
            }
        }
        return stage.env("CGO_ENABLED", build.index()).map(v -> v.equals("0") ? "static" : "cgo").orElse("cgo");
    }

    /**
     * The name go build gives the binary of {@code packages}: a file list takes the first file's name, a folder
     * or import path its last element (a major version suffix such as v2 skipped), {@code .} the module path's.
     */
    private static String defaultName(BuildStage stage, List<String> packages, String folder, int at, String verb) {
        if (packages.size() > 1 && !packages.stream().allMatch(p -> p.endsWith(".go"))) {
            throw new Declined(at, verb + " of several packages makes several binaries", "build one package with go build -o PATH");
        }
        String target = packages.isEmpty() ? "." : packages.get(0);
        if (target.contains("...")) {
            throw new Declined(at, verb + " " + target + " builds every package of the module, so which binaries it makes is not known",
                    "build one package with go build -o PATH");
        }
        if (target.endsWith(".go")) {
            String file = Paths.name(Paths.join("/", target));
            return file.substring(0, file.length() - 3);
        }
        if (target.startsWith(".") || target.startsWith("/")) {
            String absolute = Paths.join(folder, target);
            Optional<String> module = modulePath(stage, absolute);
            if (module.isPresent()) {
                return lastElement(module.get());
            }
            if (!absolute.equals(folder)) {
                return lastElement(absolute);
            }
            throw new Declined(at, verb + " names the binary after the module path in go.mod, which the build context does not show",
                    "give go build -o NAME, or run dockmend with --context DIR");
        }
        return lastElement(target);
    }

    /** The module path of the go.mod in folder {@code absolute} of the image, read from the build context. */
    private static Optional<String> modulePath(BuildStage stage, String absolute) {
        Optional<String> goMod = stage.contextPath(Paths.join(absolute, "go.mod"));
        if (goMod.isEmpty() || stage.buildContext().isEmpty()) {
            return Optional.empty();
        }
        return stage.buildContext().get().read(goMod.get()).flatMap(GoBuild::moduleLine);
    }

    private static Optional<String> moduleLine(String goMod) {
        for (String line : goMod.split("\n")) {
            String text = line.strip();
            if (text.startsWith("module ") || text.startsWith("module\t")) {
                String path = text.substring(7).strip();
                int comment = path.indexOf("//");
                path = (comment >= 0 ? path.substring(0, comment) : path).strip().replace("\"", "");
                return path.isEmpty() ? Optional.empty() : Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** The last element of an import path, skipping a major version suffix (example.com/app/v2 is app). */
    private static String lastElement(String path) {
        String[] parts = path.split("/");
        int last = parts.length - 1;
        while (last > 0 && parts[last].isEmpty()) {
            last--;
        }
        if (last > 0 && parts[last].matches("v[0-9]+")) {
            last--;
        }
        return parts[last];
    }
}
