package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.Run;

/** Finds, in a stage on a toolchain image, the build of one toolchain and what it makes. */
interface BuildReader {

    /**
     * The artefact of this toolchain's build in the stage; empty when the stage runs no such build.
     *
     * @throws Declined when it runs one whose artefact cannot be told, or that the split would break
     */
    Optional<Artefact> read(BuildStage stage);

    /**
     * Checks that the image's command ({@code words}, the ENTRYPOINT's or CMD's) runs the artefact, so it runs the
     * same in the runtime stage. By default its program must be the artefact, named by a path (relative to the
     * final WORKDIR) or by its name when it lies in a folder every image's PATH has.
     *
     * @throws Declined when it runs something else
     */
    default void checkStart(BuildStage stage, Artefact artefact, List<String> words) {
        String program = words.get(0);
        // Several go builds copy every binary (the artefact and the setup's other paths): the command may run any.
        boolean found = program.contains("/") ? artefact.holds(Paths.join(stage.finalWorkdir(), program))
                || artefact.copied().contains(Paths.join(stage.finalWorkdir(), program))
                : artefact.copied().stream().anyMatch(path -> program.equals(Paths.name(path)) && STANDARD_PATH.contains(Paths.parent(path)));
        if (!found) {
            throw new Declined(stage.fileIndex(stage.startCommand()), "the image runs " + program + ", not the " + String.join(" or ", artefact.copied())
                    + " the build makes, so the recipe cannot tell what the runtime stage needs",
                    "run the built program by its path, e.g. [\"" + artefact.path() + "\"]");
        }
    }

    /** The words of the command the image starts with ({@link BuildStage#startWords()}). */
    default List<String> startWords(BuildStage stage) {
        return stage.startWords();
    }

    /** Folders on the PATH of every Linux image (Debian's and Alpine's default PATH). */
    List<String> STANDARD_PATH = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    /** The reader of the toolchain's build, if the recipe knows it. */
    static Optional<BuildReader> of(Toolchain toolchain) {
        String name = toolchain.name();
        return switch (name) {
            case "go" -> Optional.of(new GoBuild());
            case "maven", "gradle" -> Optional.of(new JarBuild(name));
            case "dotnet" -> Optional.of(new DotnetPublish());
            case "cargo" -> Optional.of(new CargoBuild(java.util.Set.copyOf(toolchain.selfContained())));
            case "npm" -> Optional.of(new NpmBuild(java.util.Set.copyOf(toolchain.selfContained())));
            case "pip" -> Optional.of(new PipInstall(toolchain.selfContained()));
            default -> Optional.empty();
        };
    }

    /** A command of a RUN of the stage: the RUN's stage index, the command, and the commands before it in the RUN. */
    record Found(int index, SimpleCommand command, EffectiveCommand effective, List<SimpleCommand> before) {
        /** The literal words after the program; empty when one is only known when the RUN runs. */
        Optional<List<String>> words() {
            List<String> words = new ArrayList<>();
            for (Word word : effective.arguments()) {
                if (word.literal().isEmpty()) {
                    return Optional.empty();
                }
                words.add(word.literal().get());
            }
            return Optional.of(words);
        }

        /** Whether a command before it in the RUN changes the folder ({@code cd}, {@code pushd}). */
        boolean afterCd() {
            for (SimpleCommand earlier : before) {
                if (earlier.effectiveCommand().map(c -> c.is("cd") || c.is("pushd")).orElse(false)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The one build of the stage among {@code builds} (not empty), run in the RUN's WORKDIR.
     *
     * @param what the build's command, for messages ({@code go build})
     * @throws Declined when the stage runs it more than once, or after a {@code cd} in its RUN
     */
    static Found one(BuildStage stage, List<Found> builds, String what) {
        if (builds.size() > 1) {
            throw new Declined(stage.fileIndex(builds.get(1).index()), "the stage runs " + what + " " + builds.size()
                    + " times, and the recipe moves what one build makes", "split the stages by hand");
        }
        Found build = builds.get(0);
        if (build.afterCd()) {
            throw new Declined(stage.fileIndex(build.index()), "the RUN changes folder before " + what
                    + ", so what it makes is not where the WORKDIR says", "set the folder with WORKDIR instead of cd");
        }
        return build;
    }

    /**
     * The commands of the stage's RUNs whose program is one of {@code programs} and whose first word is one of
     * {@code subcommands} (any word when empty).
     *
     * @throws Declined when a RUN that mentions a program is not understood
     */
    static List<Found> find(BuildStage stage, List<String> programs, List<String> subcommands) {
        List<Found> found = new ArrayList<>();
        for (int i = 1; i < stage.instructions().size(); i++) {
            if (!(stage.instructions().get(i) instanceof Run run)) {
                continue;
            }
            Optional<List<SimpleCommand>> commands = stage.commands(i);
            if (commands.isEmpty()) {
                for (String program : programs) {
                    if (run.value().original().contains(program + " ")) {
                        throw new Declined(stage.fileIndex(i), "the RUN that seems to run " + program
                                + " is not a shell script the recipe reads", "write it as plain shell commands");
                    }
                }
                continue;
            }
            List<SimpleCommand> list = commands.get();
            for (int c = 0; c < list.size(); c++) {
                SimpleCommand command = list.get(c);
                Optional<EffectiveCommand> effective = command.effectiveCommand();
                if (effective.isEmpty() || effective.get().baseName().isEmpty()
                        || !programs.contains(effective.get().baseName().get())) {
                    continue;
                }
                List<Word> arguments = effective.get().arguments();
                String first = firstWord(arguments);
                if (subcommands.isEmpty() || subcommands.contains(first)) {
                    found.add(new Found(i, command, effective.get(), list.subList(0, c)));
                }
            }
        }
        return found;
    }

    /** The first argument that is not an option, or "". */
    private static String firstWord(List<Word> arguments) {
        for (Word word : arguments) {
            String text = word.literal().orElse("");
            if (!text.startsWith("-")) {
                return text;
            }
        }
        return "";
    }
}
