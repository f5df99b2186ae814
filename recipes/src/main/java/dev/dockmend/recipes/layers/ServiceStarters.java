package dev.dockmend.recipes.layers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.Knowledge;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;

/**
 * Commands that start a service which outlives them ({@code service ssh start}, {@code pg_ctl start}),
 * from {@code service-starters.txt}. Like a background job, such a service would keep running during
 * the parts merged after it, where it used to end with its RUN's container.
 *
 * @param command   a base name ({@code service}) or a directory pattern ({@code /etc/init.d/*})
 * @param arguments any one of these makes the command start a service; empty: it always does
 */
record ServiceStarters(String command, Set<String> arguments) {
    private static final List<ServiceStarters> KNOWN = Knowledge.words("service-starters.txt").stream().sorted()
            .map(line -> line.split("\\s+"))
            .map(w -> new ServiceStarters(w[0], Set.copyOf(Arrays.asList(w).subList(1, w.length)))).toList();

    /** The first command of the script, at any depth, that starts a service. */
    static Optional<SimpleCommand> in(Script script) {
        for (SimpleCommand command : script.simpleCommands()) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            if (effective.isPresent() && KNOWN.stream().anyMatch(starter -> starter.matches(effective.get()))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private boolean matches(EffectiveCommand effective) {
        boolean named = command.endsWith("/*")
                ? effective.literalName().map(name -> name.startsWith(command.substring(0, command.length() - 1))).orElse(false)
                : effective.is(command);
        return named && (arguments.isEmpty()
                || effective.literalArguments().stream().anyMatch(a -> a.filter(arguments::contains).isPresent()));
    }
}
