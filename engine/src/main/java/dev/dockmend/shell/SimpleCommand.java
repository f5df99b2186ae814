package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DEBIAN_FRONTEND=noninteractive apt-get install -y curl > /dev/null}: assignments, then words
 * (the first is the command name), with redirections anywhere among them. A command may be only
 * assignments ({@code x=1}, which sets a shell variable) or only redirections ({@code > file}).
 */
public record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirection> redirections, Span span)
        implements Command {
    public SimpleCommand {
        assignments = List.copyOf(assignments);
        words = List.copyOf(words);
        redirections = List.copyOf(redirections);
        Objects.requireNonNull(span, "span is null");
    }

    /** The first word, as written: {@code sudo} in {@code sudo apt-get update}. */
    public Optional<Word> name() {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    /** The words after the name. */
    public List<Word> arguments() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    /**
     * The command that really runs once wrappers such as {@code sudo -u app}, {@code env -i A=1},
     * {@code command} or {@code nohup} are taken off: {@code apt-get} in {@code sudo -E apt-get update}.
     * Empty when the command has no words. See {@link CommandWrapper} for the wrappers known.
     */
    public Optional<EffectiveCommand> effectiveCommand() {
        return words.isEmpty() ? Optional.empty() : Optional.of(CommandWrapper.unwrap(words));
    }
}
