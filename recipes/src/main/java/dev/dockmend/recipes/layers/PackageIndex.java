package dev.dockmend.recipes.layers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.cache.PackageManagers;
import dev.dockmend.shell.Script;

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

    private static final List<Known> KNOWN = PackageManagers.shipped().all().stream()
            .flatMap(manager -> manager.index().stream().flatMap(index -> manager.commands().stream()
                    .filter(command -> !command.endsWith("*"))
                    .map(command -> new Known(command, index.subcommand(), index.readers()))))
            .toList();

    /**
     * The first manager whose refresh sat in a part without an install, followed by a part that
     * installs, e.g. {@code apt-get update} before {@code apt-get install}.
     */
    static Optional<PackageIndex> refreshedApart(List<Script> parts) {
        for (Known known : KNOWN) {
            for (int i = 0; i < parts.size() - 1; i++) {
                if (!subcommands(parts.get(i), known.program()).contains(known.update())
                        || subcommands(parts.get(i), known.program()).stream().anyMatch(known.readers()::contains)) {
                    continue;
                }
                for (Script later : parts.subList(i + 1, parts.size())) {
                    Optional<String> install = subcommands(later, known.program()).stream().filter(known.readers()::contains).findFirst();
                    if (install.isPresent()) {
                        return Optional.of(new PackageIndex(known.program(), known.update(), install.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The literal arguments of the script's {@code program} commands, in order. */
    private static List<String> subcommands(Script script, String program) {
        return script.simpleCommands().stream().flatMap(c -> c.effectiveCommand().stream())
                .filter(c -> c.is(program)).flatMap(c -> c.literalArguments().stream().flatMap(Optional::stream))
                .toList();
    }
}
