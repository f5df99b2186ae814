package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The command a simple command really runs, after its wrappers: for
 * {@code sudo -u app env A=1 /usr/bin/make -j4} the name is {@code /usr/bin/make}, the arguments
 * {@code -j4} and the wrappers {@code sudo, env}.
 *
 * @param name      the command word (perhaps not fixed text, as in {@code $CC})
 * @param arguments the words after it
 * @param wrappers  the wrappers taken off, outermost first, by their base names
 */
public record EffectiveCommand(Word name, List<Word> arguments, List<String> wrappers) {
    public EffectiveCommand {
        Objects.requireNonNull(name, "name is null");
        arguments = List.copyOf(arguments);
        wrappers = List.copyOf(wrappers);
    }

    /** The command name when it is fixed text, as written ({@code /usr/bin/make}). */
    public Optional<String> literalName() {
        return name.literal();
    }

    /** The command name without its directory ({@code make} for {@code /usr/bin/make}), when fixed text. */
    public Optional<String> baseName() {
        return literalName().map(CommandWrapper::baseName);
    }

    /** Whether the command is {@code command}, written as that name or as a path ending in it. */
    public boolean is(String command) {
        return baseName().map(command::equals).orElse(false);
    }

    /**
     * Whether the command runs in the shell that runs the script: true unless a wrapper such as
     * {@code sudo}, {@code env} or {@code nohup} starts it as a program of its own, in which case a
     * builtin like {@code cd} could not change that shell.
     */
    public boolean runsInShell() {
        return wrappers.stream().allMatch(CommandWrapper::runsInShell);
    }

    /** The arguments' fixed values, empty entries where an argument is computed at run time. */
    public List<Optional<String>> literalArguments() {
        return arguments.stream().map(Word::literal).toList();
    }
}
