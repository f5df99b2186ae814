package dev.dockmend.recipes.stages;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.reorder.Ecosystem;
import dev.dockmend.recipes.reorder.Ecosystems;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.Run;

/**
 * Whether every RUN of the stage only builds: each of its commands runs the toolchain's programs (as
 * {@code knowledge/ecosystems.txt} names them), installs only packages the build needs, or changes nothing the
 * program could use at run time. A RUN that installs a library, creates a user or writes a folder elsewhere makes
 * something the runtime stage would lack, so the recipe leaves the file alone.
 */
final class RunCheck {
    /** Commands whose effect stays in the build stage's files, or that have none. */
    private static final Set<String> HARMLESS = Set.of("echo", "ls", "true", "pwd", "env", "printenv", "cat", "rm", "set", "cd", "which",
            "test", "[", "mkdir", "touch");

    private RunCheck() {
    }

    /** @throws Declined at the first RUN that does more than build */
    static void check(BuildStage stage, RuntimeImages table) {
        Set<String> programs = new java.util.HashSet<>(programs(stage.toolchain().name()));
        programs.addAll(stage.toolchain().buildPrograms());
        for (int i = 1; i < stage.instructions().size(); i++) {
            if (!(stage.instructions().get(i) instanceof Run)) {
                continue;
            }
            int at = stage.fileIndex(i);
            Optional<List<SimpleCommand>> commands = stage.commands(i);
            if (commands.isEmpty()) {
                throw new Declined(at, "the RUN is not a shell script the recipe reads, so what it leaves for run time is not known",
                        "write it as plain shell commands");
            }
            checkWrites(commands.get(), at);
            for (SimpleCommand command : commands.get()) {
                Optional<EffectiveCommand> effective = command.effectiveCommand();
                if (effective.isEmpty()) {
                    continue; // assignments only
                }
                String program = PipInstall.module(effective.get()).orElse(effective.get().baseName().orElse(effective.get().name().text()));
                if (programs.contains(program) || HARMLESS.contains(program)) {
                    continue;
                }
                Optional<RuntimeImages.Installer> installer = table.installers().stream()
                        .filter(candidate -> candidate.program().equals(program)).findFirst();
                if (installer.isPresent()) {
                    checkPackages(stage, installer.get(), effective.get(), at);
                    continue;
                }
                throw new Declined(at, "the RUN runs `" + program + "`, which may make something the program needs at run time "
                        + "that the runtime stage would not have", "split the stages by hand, repeating in the runtime stage what "
                        + "the program needs");
            }
        }
    }

    /** Programs that make folders or files named by their arguments. */
    private static final Set<String> MAKERS = Set.of("mkdir", "touch");

    /**
     * A RUN may make folders and files (mkdir, touch, a redirection) only when a later {@code rm} of the same RUN
     * removes them again, as the dummy-source step of a cargo build does ({@code mkdir -p src && echo ... >
     * src/main.rs && cargo build && rm -rf src}): anything else it makes the program might use at run time.
     */
    private static void checkWrites(List<SimpleCommand> commands, int at) {
        List<String> made = new java.util.ArrayList<>();
        for (SimpleCommand command : commands) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            String program = effective.flatMap(EffectiveCommand::baseName).orElse("");
            if (program.equals("rm")) {
                for (Word word : effective.get().arguments()) {
                    String path = word.literal().orElse("");
                    made.removeIf(p -> !path.startsWith("-") && (p.equals(path) || p.startsWith(path.endsWith("/") ? path : path + "/")));
                }
                continue;
            }
            if (MAKERS.contains(program)) {
                for (Word word : effective.get().arguments()) {
                    String path = word.literal().orElse("$");
                    if (!path.startsWith("-")) {
                        made.add(path);
                    }
                }
            }
            for (dev.dockmend.shell.Redirection redirection : command.redirections()) {
                String symbol = redirection.operator().symbol();
                String target = redirection.target().literal().orElse("$");
                if (symbol.contains(">") && !symbol.equals(">&") && !target.startsWith("/dev/")) {
                    made.add(target);
                }
            }
        }
        if (!made.isEmpty()) {
            throw new Declined(at, "the RUN writes " + made.get(0) + ", which the program may use at run time and the runtime "
                    + "stage would not have", "split the stages by hand, making it in the runtime stage too");
        }
    }

    /** The programs of the toolchain's ecosystem. */
    static Set<String> programs(String toolchain) {
        for (Ecosystem ecosystem : Ecosystems.shipped().all()) {
            if (ecosystem.name().equals(toolchain)) {
                return ecosystem.programs();
            }
        }
        return Set.of();
    }

    /** An install may stay in the build stage when every package it names is one only the build needs. */
    private static void checkPackages(BuildStage stage, RuntimeImages.Installer installer, EffectiveCommand command, int at) {
        List<Word> arguments = command.arguments();
        int matched = 0;
        for (Word word : arguments) {
            String text = word.literal().orElse("$");
            if (text.startsWith("-")) {
                continue;
            }
            if (matched < installer.words().size()) {
                if (!text.equals(installer.words().get(matched))) {
                    return; // another subcommand (apt-get update, apk upgrade): no package is installed
                }
                matched++;
                continue;
            }
            String name = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
            if (!stage.toolchain().buildPackages().contains(name)) {
                throw new Declined(at, "the RUN installs " + text + ", which the program may need at run time (the runtime image "
                        + "does not have it)", "split the stages by hand, installing what the program needs in the runtime stage");
            }
        }
    }
}
