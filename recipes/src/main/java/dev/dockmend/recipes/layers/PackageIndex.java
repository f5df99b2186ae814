package dev.dockmend.recipes.layers;

import java.util.List;
import java.util.Optional;

import dev.dockmend.recipes.Knowledge;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Script;

/**
 * Package managers whose index refresh ({@code apt-get update}) and install ({@code apt-get install})
 * are separate commands, from {@code package-index.txt}. A merge that puts a refresh that sat alone in
 * its RUN together with a later install ends a stale-cache problem, and the change says so.
 */
record PackageIndex(String manager, String update, String install) {
    private static final List<PackageIndex> KNOWN = Knowledge.words("package-index.txt").stream().sorted()
            .map(line -> line.split("\\s+")).map(w -> new PackageIndex(w[0], w[1], w[2])).toList();

    /**
     * The first manager whose refresh sat in a part without its install, followed by a part that
     * installs, e.g. {@code apt-get update} before {@code apt-get install}.
     */
    static Optional<PackageIndex> refreshedApart(List<Script> parts) {
        for (PackageIndex index : KNOWN) {
            for (int i = 0; i < parts.size() - 1; i++) {
                if (index.runs(parts.get(i), index.update) && !index.runs(parts.get(i), index.install)
                        && parts.subList(i + 1, parts.size()).stream().anyMatch(p -> index.runs(p, index.install))) {
                    return Optional.of(index);
                }
            }
        }
        return Optional.empty();
    }

    private boolean runs(Script script, String subcommand) {
        return script.simpleCommands().stream().flatMap(c -> c.effectiveCommand().stream())
                .filter(c -> c.is(manager)).map(EffectiveCommand::literalArguments)
                .anyMatch(arguments -> arguments.stream().anyMatch(a -> a.filter(subcommand::equals).isPresent()));
    }
}
