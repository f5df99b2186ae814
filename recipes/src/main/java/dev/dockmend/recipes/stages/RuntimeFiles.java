package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.context.BuildContext;
import dev.dockmend.tree.Instruction;

/**
 * The files a COPY of the build stage puts in the image that the runtime stage will not have and that the
 * program may read at run time: any file the toolchain's {@code build-inputs} and the table's {@code not-runtime}
 * do not cover (a template folder, a config file). Files copied into the artefact's folder go along with it.
 */
final class RuntimeFiles {
    /** How many files a copy of folders may hold before the recipe stops looking. */
    private static final int MOST_FILES = 20_000;
    private static final int NAMED = 3;

    private RuntimeFiles() {
    }

    /** @throws Declined when a copied file may be read at run time, or the copied files cannot be told */
    static void check(BuildStage stage, Artefact artefact, RuntimeImages table) {
        if (artefact.folder() && artefact.holds(stage.finalWorkdir())) {
            return; // the program runs in the artefact's folder, which the runtime stage gets whole
        }
        FilePatterns inputs = stage.toolchain().buildInputs();
        FilePatterns common = table.notRuntime();
        for (int i : stage.contextCopies()) {
            Instruction copy = stage.instructions().get(i);
            List<String> args = copy.args();
            if (args.size() < 2 || !copy.heredocs().isEmpty()) {
                continue;
            }
            String destination = stage.absolute(args.get(args.size() - 1), i);
            if (artefact.holds(destination)) {
                continue;
            }
            List<String> unknown = new ArrayList<>();
            for (String source : args.subList(0, args.size() - 1)) {
                if (source.contains("://")) {
                    throw new Declined(stage.fileIndex(i), "the ADD downloads " + source + ", which the program may read at run time",
                            "download it in the runtime stage, or copy it there from the build stage");
                }
                Optional<BuildContext> context = stage.buildContext();
                if (context.isEmpty()) {
                    String clean = BuildContext.normalize(source).orElse(".");
                    boolean known = isFileName(source) && (inputs.covers(clean) || common.covers(clean))
                            || !clean.equals(".") && (inputs.coversFolder(clean) || common.coversFolder(clean));
                    if (!known) {
                        throw new Declined(stage.fileIndex(i), "without the build context the recipe cannot tell which files `"
                                + source + "` copies, and the program may read some of them at run time",
                                "run dockmend with --context DIR");
                    }
                    continue;
                }
                collect(context.get(), source, inputs, common, unknown, stage.fileIndex(i));
                if (unknown.size() >= NAMED) {
                    break;
                }
            }
            if (!unknown.isEmpty()) {
                throw new Declined(stage.fileIndex(i), "the COPY puts " + String.join(", ", unknown) + (unknown.size() >= NAMED ? " and others" : "")
                        + " in the image, which the program may read at run time and the runtime stage would not have",
                        "if the program reads them, copy them from the build stage into the runtime stage by hand; else leave them out "
                                + "with .dockerignore");
            }
        }
    }

    /** A source that names one file by a plain name: no glob, no folder. */
    private static boolean isFileName(String source) {
        return !source.endsWith("/") && !source.equals(".") && source.chars().noneMatch(c -> c == '*' || c == '?' || c == '[')
                && Paths.name(Paths.join("/", source)).contains(".");
    }

    private static void collect(BuildContext context, String source, FilePatterns inputs, FilePatterns common, List<String> unknown,
                                int at) {
        List<String> roots = new ArrayList<>();
        if (source.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
            String clean = BuildContext.normalize(source).orElse("");
            int slash = clean.lastIndexOf('/');
            roots.addAll(context.matching(slash < 0 ? "." : clean.substring(0, slash), clean.substring(slash + 1)));
        } else {
            BuildContext.normalize(source).ifPresent(roots::add);
        }
        int[] seen = {0};
        for (String root : roots) {
            walk(context, root, inputs, common, unknown, seen, at);
        }
    }

    private static void walk(BuildContext context, String path, FilePatterns inputs, FilePatterns common, List<String> unknown,
                             int[] seen, int at) {
        if (unknown.size() >= NAMED || !path.equals(".") && context.ignored(path)) {
            return;
        }
        if (++seen[0] > MOST_FILES) {
            throw new Declined(at, "the COPY copies more than " + MOST_FILES + " files, more than the recipe looks through",
                    "copy only what the build needs");
        }
        if (path.equals(".") || context.isFolder(path)) {
            if (!path.equals(".") && (inputs.coversFolder(path) || common.coversFolder(path))) {
                return;
            }
            for (String name : context.list(path)) {
                walk(context, path.equals(".") ? name : path + "/" + name, inputs, common, unknown, seen, at);
            }
            return;
        }
        if (context.exists(path) && !inputs.covers(path) && !common.covers(path)) {
            unknown.add(path);
        }
    }
}
