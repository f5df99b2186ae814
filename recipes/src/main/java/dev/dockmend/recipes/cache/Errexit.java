package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.shell.SimpleCommand;

/**
 * Whether errexit ({@code set -e}) may be on while a RUN's script runs: the SHELL instruction's options
 * ({@code ["/bin/bash", "-eo", "pipefail", "-c"]}) or a {@code set} command anywhere in the script turn it
 * on. A {@code set} whose options are computed at run time counts too: it might.
 */
final class Errexit {
    private Errexit() {
    }

    static boolean mayBeOn(List<SimpleCommand> commands, ShellInEffect shell) {
        List<Optional<String>> shellOptions = new ArrayList<>();
        for (String word : shell.command().subList(Math.min(1, shell.command().size()), shell.command().size())) {
            shellOptions.add(Optional.of(word));
        }
        if (turnsOn(shellOptions)) {
            return true;
        }
        for (SimpleCommand command : commands) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            if (effective.isPresent() && effective.get().is("set") && turnsOn(effective.get().literalArguments())) {
                return true;
            }
        }
        return false;
    }

    /** Whether options such as {@code -e}, {@code -eux} or {@code -o errexit} are among the words (empty: unknown). */
    private static boolean turnsOn(List<Optional<String>> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isEmpty()) {
                return true;
            }
            String word = words.get(i).get();
            if (word.equals("-o") && i + 1 < words.size() && words.get(i + 1).map("errexit"::equals).orElse(true)) {
                return true;
            }
            if (word.startsWith("-") && !word.startsWith("--") && word.indexOf('e') > 0) {
                return true;
            }
        }
        return false;
    }
}
