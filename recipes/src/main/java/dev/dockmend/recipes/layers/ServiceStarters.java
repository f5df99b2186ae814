package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.Knowledge;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;

/**
 * Commands that start a service which outlives them ({@code service ssh start}, {@code pg_ctl start}),
 * from {@code service-starters.txt}. Like a background job, such a service would keep running during
 * the parts merged after it, where it used to end with its RUN's container.
 *
 * @param command   a base name ({@code service}) or a directory pattern ({@code /etc/init.d/*})
 * @param arguments any one of these makes the command start a service; empty: it always does
 */
record ServiceStarters(String command, Set<String> arguments) {
    private static final List<ServiceStarters> KNOWN = known();

    // A loop rather than a stream: this runs once per run, in the interpreter, where each stream stage costs.
    private static List<ServiceStarters> known() {
        List<String> lines = new ArrayList<>(Knowledge.words("service-starters.txt"));
        Collections.sort(lines);
        List<ServiceStarters> known = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] words = Knowledge.fields(line);
            known.add(new ServiceStarters(words[0], Set.copyOf(Arrays.asList(words).subList(1, words.length))));
        }
        return List.copyOf(known);
    }

    /** The first command of the script, at any depth, that starts a service. */
    static Optional<SimpleCommand> in(Script script) {
        for (SimpleCommand command : script.simpleCommands()) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            if (effective.isPresent() && startsService(effective.get())) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private static boolean startsService(EffectiveCommand effective) {
        for (ServiceStarters starter : KNOWN) {
            if (starter.matches(effective)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(EffectiveCommand effective) {
        Optional<String> name = effective.literalName();
        if (name.isEmpty()) {
            return false;
        }
        int last = command.length() - 1;
        boolean named = command.endsWith("/*") ? name.get().regionMatches(0, command, 0, last) : effective.is(command);
        if (!named || arguments.isEmpty()) {
            return named;
        }
        for (Word argument : effective.arguments()) {
            Optional<String> literal = argument.literal();
            if (literal.isPresent() && arguments.contains(literal.get())) {
                return true;
            }
        }
        return false;
    }
}
