package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.dockmend.edit.Edits;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.tree.Add;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.BlankLine;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Expose;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Healthcheck;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.KeyValue;
import dev.dockmend.tree.Label;
import dev.dockmend.tree.Maintainer;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.StopSignal;
import dev.dockmend.tree.Trivia;
import dev.dockmend.tree.User;
import dev.dockmend.tree.Volume;
import dev.dockmend.tree.Workdir;

/**
 * The two stages made of the one: the build stage keeps the FROM (named), every instruction that builds and
 * what they need (ARG, ENV, WORKDIR, a root USER), each with its comments; the runtime stage starts from the
 * runtime image and gets, in their order, the instructions the running program needs: ENV (but those only the
 * build reads), WORKDIR, USER and the image's metadata and command, which move there with their comments; ARGs
 * those use are declared again; and a COPY of the artefact, to the same absolute path, where the build ended.
 */
final class StageSplit {
    static final String BUILD = "build";

    /** The instructions of the new file, and what the change's reason adds. */
    record Result(List<Instruction> instructions, List<String> notes) {
    }

    private StageSplit() {
    }

    /**
     * @param runtimeImage the runtime stage's image
     * @param execWords    the command's words when it must be rewritten in exec form (no shell in the runtime), else null
     * @throws Declined when an instruction of the stage cannot be placed
     */
    static Result split(BuildStage stage, Artefact artefact, String runtimeImage, List<String> execWords, RecipeContext context) {
        Dockerfile file = stage.file();
        List<Instruction> instructions = stage.instructions();
        int lastBuild = lastBuild(stage);
        String ending = context.style().lineEnding();
        List<String> notes = new ArrayList<>();
        From from = stage.stage().from();
        String name = stage.stage().name().orElse(BUILD);
        List<Instruction> build = new ArrayList<>();
        List<Instruction> runtime = new ArrayList<>();
        build.add(stage.stage().name().isPresent() ? from : Edits.instruction(file, fromText(from, from.image(), context)
                + " " + context.style().keyword("AS") + " " + BUILD + ending).withLeading(from.leading()));
        String flags = from.platform().map(p -> "--platform=" + p + " ").orElse("");
        runtime.add(Edits.instruction(file, from.keywordText() + " " + flags + runtimeImage + ending)
                .withLeading(new Trivia(List.of(new BlankLine("", ending)))));
        if (lastAbsoluteWorkdir(instructions) < 0) {
            // The stage ran in the toolchain image's WORKDIR; the runtime image's may differ.
            runtime.add(Edits.instruction(file, context.style().keyword("WORKDIR") + " " + stage.toolchain().workdir() + ending));
        }
        List<String> copyTexts = new ArrayList<>();
        for (String path : artefact.copied()) {
            copyTexts.add(context.style().keyword("COPY") + " --from=" + name + " " + path + " " + path + ending);
        }
        artefact.setup().runtime().forEach(text -> copyTexts.add(text + ending));
        List<String> redeclared = new ArrayList<>();
        java.util.Set<String> runtimeVariables = runtimeVariables(instructions, stage.toolchain());
        int start = stage.startCommand();
        int lastAbsoluteWorkdir = lastAbsoluteWorkdir(instructions);
        for (int i = 1; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            boolean beforeEnd = i < lastBuild;
            if (i == artefact.setup().before()) {
                artefact.setup().build().forEach(text -> build.add(Edits.instruction(file, text + ending)));
            }
            if (instruction instanceof Run || instruction instanceof Copy || instruction instanceof Add) {
                build.add(instruction);
            } else if (instruction instanceof Arg arg) {
                build.add(arg);
                if (arg.declarations().stream().anyMatch(d -> runtimeVariables.contains(d.name()))) {
                    runtime.add(arg.withLeading(Trivia.EMPTY));
                    arg.declarations().forEach(d -> redeclared.add(d.name()));
                }
            } else if (instruction instanceof Env env) {
                boolean runtimeToo = !buildOnly(env, stage.toolchain());
                if (beforeEnd) {
                    build.add(env);
                }
                if (runtimeToo) {
                    runtime.add(beforeEnd ? env.withLeading(Trivia.EMPTY) : env);
                }
            } else if (instruction instanceof Workdir) {
                if (beforeEnd) {
                    build.add(instruction);
                }
                // The runtime stage runs nothing before its command, so a WORKDIR that a later absolute one
                // replaces would only leave an empty folder.
                if (!beforeEnd || lastAbsoluteWorkdir <= i) {
                    runtime.add(beforeEnd ? instruction.withLeading(Trivia.EMPTY) : instruction);
                }
            } else if (instruction instanceof User user) {
                if (beforeEnd && !isRoot(user)) {
                    throw new Declined(stage.fileIndex(i), "the build runs as USER " + user.user()
                            + ", so the files it makes are that user's, and a copy into the runtime stage would be root's",
                            "set the USER after the build");
                }
                if (beforeEnd) {
                    build.add(user);
                }
                runtime.add(beforeEnd ? user.withLeading(Trivia.EMPTY) : user);
            } else if ((instruction instanceof Cmd || instruction instanceof Entrypoint) && execWords != null && i == start) {
                runtime.add(exec(file, instruction, execWords, ending));
            } else if (instruction instanceof Cmd || instruction instanceof Entrypoint || instruction instanceof Expose
                    || instruction instanceof Label || instruction instanceof Volume || instruction instanceof StopSignal
                    || instruction instanceof Healthcheck || instruction instanceof Maintainer) {
                runtime.add(instruction);
            } else {
                throw new Declined(stage.fileIndex(i), "the stage has " + instruction.keywordText().toUpperCase(Locale.ROOT)
                        + ", which the recipe does not place in either stage", "split the stages by hand");
            }
            if (i == lastBuild) {
                copyTexts.forEach(text -> runtime.add(Edits.instruction(file, text)));
            }
        }
        for (String finishing : artefact.finishing()) {
            build.add(Edits.instruction(file, finishing + ending));
        }
        if (!redeclared.isEmpty()) {
            notes.add("declared ARG " + String.join(", ", redeclared) + " again in the runtime stage, which uses it");
        }
        List<Instruction> all = new ArrayList<>(file.instructions().subList(0, stage.stage().first()));
        all.addAll(build);
        all.addAll(runtime);
        all.addAll(file.instructions().subList(stage.stage().end(), file.instructions().size()));
        return new Result(all, notes);
    }

    /** The stage index of the last instruction that writes files of the build: its last RUN, COPY or ADD. */
    static int lastBuild(BuildStage stage) {
        int last = 0;
        for (int i = 1; i < stage.instructions().size(); i++) {
            Instruction instruction = stage.instructions().get(i);
            if (instruction instanceof Run || instruction instanceof Copy || instruction instanceof Add) {
                last = i;
            }
        }
        return last;
    }

    /** The index of the stage's last WORKDIR of an absolute path, or -1. */
    private static int lastAbsoluteWorkdir(List<Instruction> instructions) {
        for (int i = instructions.size() - 1; i > 0; i--) {
            if (instructions.get(i) instanceof Workdir w && w.path().startsWith("/")) {
                return i;
            }
        }
        return -1;
    }

    private static String fromText(From from, String image, RecipeContext context) {
        String flags = from.flags().isEmpty() ? "" : String.join(" ", from.flags()) + " ";
        return from.keywordText() + " " + flags + image;
    }

    private static Instruction exec(Dockerfile file, Instruction instruction, List<String> words, String ending) {
        return Edits.instruction(file, execText(instruction, words) + ending).withLeading(instruction.leading());
    }

    /** {@code CMD ["./app", "--port", "80"]}: the instruction's keyword as written and the words in exec form. */
    static String execText(Instruction instruction, List<String> words) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < words.size(); i++) {
            json.append(i == 0 ? "\"" : ", \"").append(words.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return instruction.keywordText() + " " + json.append(']');
    }

    private static boolean isRoot(User user) {
        return user.user().equals("root") || user.user().equals("0");
    }

    /** Whether every variable the ENV sets is one only the build reads. */
    private static boolean buildOnly(Env env, Toolchain toolchain) {
        for (KeyValue pair : env.pairs()) {
            if (!toolchain.buildOnly(pair.key())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * The variables that instructions going to the runtime stage expand: ENV, LABEL, EXPOSE, USER, WORKDIR,
     * VOLUME and STOPSIGNAL expand build arguments, CMD and ENTRYPOINT do not. An ARG declaring one of them is
     * declared again in the runtime stage.
     */
    private static java.util.Set<String> runtimeVariables(List<Instruction> instructions, Toolchain toolchain) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Instruction instruction : instructions) {
            boolean expands = instruction instanceof Env env && !buildOnly(env, toolchain) || instruction instanceof Label
                    || instruction instanceof Expose || instruction instanceof User || instruction instanceof Workdir
                    || instruction instanceof Volume || instruction instanceof StopSignal;
            if (expands && instruction.value().original().indexOf('$') >= 0) {
                java.util.regex.Matcher matcher = VARIABLE.matcher(instruction.value().original());
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
