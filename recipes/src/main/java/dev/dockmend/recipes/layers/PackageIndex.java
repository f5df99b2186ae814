package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.cache.PackageManager;
import dev.dockmend.recipes.cache.PackageManagers;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;

/**
 * A package manager whose index refresh ({@code apt-get update}) and install ({@code apt-get install}) are
 * separate commands, from the {@code index} and {@code reads-index} facts of the package-manager table
 * ({@link PackageManagers}) that clean-package-cache reads too. A merge that puts a refresh that sat alone
 * in its RUN together with a later install ends a stale-cache problem (the cause of hadolint DL3009), and
 * the change says so.
 *
 * @param manager the program ({@code apt-get}, {@code apt}, {@code apk})
 * @param update  the subcommand that refreshes the index
 * @param install the subcommand of a later part that reads it
 */
record PackageIndex(String manager, String update, String install) {
    /** Each program with an index: its name, refresh subcommand and the subcommands that read the index. */
    private record Known(String program, String update, Set<String> readers) {
    }

    private static final List<Known> KNOWN = known();

    // Loops rather than streams: this runs once per run, in the interpreter, where each stream stage costs.
    private static List<Known> known() {
        List<Known> known = new ArrayList<>();
        for (PackageManager manager : PackageManagers.shipped().all()) {
            if (manager.index().isEmpty()) {
                continue;
            }
            PackageManager.Index index = manager.index().get();
            for (String command : manager.commands()) {
                if (!command.endsWith("*")) {
                    known.add(new Known(command, index.subcommand(), index.readers()));
                }
            }
        }
        return List.copyOf(known);
    }

    /**
     * The first manager whose refresh sat in a part without an install, followed by a part that
     * installs, e.g. {@code apt-get update} before {@code apt-get install}.
     */
    static Optional<PackageIndex> refreshedApart(List<Script> parts) {
        for (Known known : KNOWN) {
            for (int i = 0; i < parts.size() - 1; i++) {
                List<String> words = subcommands(parts.get(i), known.program());
                if (!words.contains(known.update()) || firstReader(words, known) != null) {
                    continue;
                }
                for (Script later : parts.subList(i + 1, parts.size())) {
                    String install = firstReader(subcommands(later, known.program()), known);
                    if (install != null) {
                        return Optional.of(new PackageIndex(known.program(), known.update(), install));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The literal arguments of the script's {@code program} commands, in order. */
    private static List<String> subcommands(Script script, String program) {
        List<String> words = new ArrayList<>();
        for (SimpleCommand command : script.simpleCommands()) {
            if (command.effectiveCommand().isPresent() && command.effectiveCommand().get().is(program)) {
                for (Optional<String> literal : command.effectiveCommand().get().literalArguments()) {
                    literal.ifPresent(words::add);
                }
            }
        }
        return words;
    }

    /** The first of {@code words} that reads the index; null when none does. */
    private static String firstReader(List<String> words, Known known) {
        for (String word : words) {
            if (known.readers().contains(word)) {
                return word;
            }
        }
        return null;
    }
}
