package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.shell.SimpleCommand;

/**
 * Where {@code set -e} (errexit) is on. It matters for merging because the shell ignores -e in every
 * command of an and-or list but the last, and in everything those commands run: {@code ( set -e; a; b )}
 * stops at a failing {@code a} when it is a RUN of its own, but runs {@code b} when it is the left side of
 * {@code ( set -e; a; b ) && next}.
 */
final class Errexit {
    private Errexit() {
    }

    /** Whether the shell runs every RUN with -e, as {@code SHELL ["/bin/bash", "-eo", "pipefail", "-c"]} does. */
    static boolean inShell(ShellInEffect shell) {
        List<String> command = shell.command();
        return turnsOn(command.subList(Math.min(1, command.size()), command.size()));
    }

    /** The first {@code set} in the script, at any depth, that turns -e on ({@code set -eux}, {@code set -o errexit}). */
    static Optional<SimpleCommand> turnedOnIn(Script script) {
        for (SimpleCommand command : script.simpleCommands()) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            if (effective.isEmpty() || !effective.get().is("set") || !effective.get().runsInShell()) {
                continue;
            }
            List<String> options = new ArrayList<>();
            for (Optional<String> argument : effective.get().literalArguments()) {
                options.add(argument.orElse(""));
            }
            if (turnsOn(options)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether these options, as {@code set} and {@code sh} read them, turn -e on: a short option word
     * holding {@code e} ({@code -e}, {@code -eux}, {@code -ec}), or {@code -o errexit}. Reading stops at
     * {@code --} and at the first word that is not an option; long options ({@code --login}) are skipped.
     */
    static boolean turnsOn(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--") || !option.startsWith("-")) {
                return false;
            }
            if (option.startsWith("--")) {
                continue;
            }
            if (option.indexOf('e', 1) > 0) {
                return true;
            }
            if (option.indexOf('o', 1) > 0 && i + 1 < options.size()) {
                if (options.get(i + 1).equals("errexit")) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
