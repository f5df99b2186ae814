package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DEBIAN_FRONTEND=noninteractive apt-get install -y curl > /dev/null}: assignments, then words
 * (the first is the command name), with redirections anywhere among them. A command may be only
 * assignments ({@code x=1}, which sets a shell variable) or only redirections ({@code > file}).
 *
 * <p>A class rather than a record so that {@link #effectiveCommand()} is worked out once: the parser
 * needs it for every simple command (to find {@code eval}), and the recipes ask for it again and again.
 */
public final class SimpleCommand implements Command {
    private final List<Assignment> assignments;
    private final List<Word> words;
    private final List<Redirection> redirections;
    private final Span span;
    private final Optional<EffectiveCommand> effectiveCommand;

    public SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirection> redirections, Span span) {
        this.assignments = List.copyOf(assignments);
        this.words = List.copyOf(words);
        this.redirections = List.copyOf(redirections);
        this.span = Objects.requireNonNull(span, "span is null");
        this.effectiveCommand = this.words.isEmpty() ? Optional.empty() : Optional.of(CommandWrapper.unwrap(this.words));
    }

    /** The {@code NAME=value} words before the command name. */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** The words, the command name first. */
    public List<Word> words() {
        return words;
    }

    @Override
    public List<Redirection> redirections() {
        return redirections;
    }

    @Override
    public Span span() {
        return span;
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
        return effectiveCommand;
    }

    /** Equal when written the same, at the same place (the effective command follows from the words). */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof SimpleCommand command && assignments.equals(command.assignments)
                && words.equals(command.words) && redirections.equals(command.redirections) && span.equals(command.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assignments, words, redirections, span);
    }

    @Override
    public String toString() {
        return "SimpleCommand[assignments=" + assignments + ", words=" + words + ", redirections=" + redirections
                + ", span=" + span + "]";
    }
}
