package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The command a simple command really runs, after its wrappers: for
 * {@code sudo -u app env A=1 /usr/bin/make -j4} the name is {@code /usr/bin/make}, the arguments
 * {@code -j4} and the wrappers {@code sudo, env}.
 */
public final class EffectiveCommand {
    private final Word name;
    private final List<Word> arguments;
    private final List<String> wrappers;
    // Worked out once: recipes test the name of every command many times ("is it apt-get?").
    private final Optional<String> literalName;
    private final Optional<String> baseName;

    public EffectiveCommand(Word name, List<Word> arguments, List<String> wrappers) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.arguments = List.copyOf(arguments);
        this.wrappers = List.copyOf(wrappers);
        this.literalName = name.literal();
        this.baseName = literalName.isPresent() ? Optional.of(CommandWrapper.baseName(literalName.get())) : Optional.empty();
    }

    /** The command word (perhaps not fixed text, as in {@code $CC}). */
    public Word name() {
        return name;
    }

    /** The words after it. */
    public List<Word> arguments() {
        return arguments;
    }

    /** The wrappers taken off, outermost first, by their base names. */
    public List<String> wrappers() {
        return wrappers;
    }

    /** The command name when it is fixed text, as written ({@code /usr/bin/make}). */
    public Optional<String> literalName() {
        return literalName;
    }

    /** The command name without its directory ({@code make} for {@code /usr/bin/make}), when fixed text. */
    public Optional<String> baseName() {
        return baseName;
    }

    /** Whether the command is {@code command}, written as that name or as a path ending in it. */
    public boolean is(String command) {
        return baseName.isPresent() && baseName.get().equals(command);
    }

    /**
     * Whether the command runs in the shell that runs the script: true unless a wrapper such as
     * {@code sudo}, {@code env} or {@code nohup} starts it as a program of its own, in which case a
     * builtin like {@code cd} could not change that shell.
     */
    public boolean runsInShell() {
        for (String wrapper : wrappers) {
            if (!CommandWrapper.runsInShell(wrapper)) {
                return false;
            }
        }
        return true;
    }

    /** The arguments' fixed values, empty entries where an argument is computed at run time. */
    public List<Optional<String>> literalArguments() {
        List<Optional<String>> literals = new ArrayList<>(arguments.size());
        for (Word argument : arguments) {
            literals.add(argument.literal());
        }
        return List.copyOf(literals);
    }

    /** Equal when the same name, arguments and wrappers (the names derived from them follow). */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof EffectiveCommand command && name.equals(command.name)
                && arguments.equals(command.arguments) && wrappers.equals(command.wrappers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, arguments, wrappers);
    }

    @Override
    public String toString() {
        return "EffectiveCommand[name=" + name + ", arguments=" + arguments + ", wrappers=" + wrappers + "]";
    }
}
