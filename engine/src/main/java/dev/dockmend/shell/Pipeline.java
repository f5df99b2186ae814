package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;

/**
 * Commands joined by {@code |}, perhaps negated with {@code !}: {@code ! curl -fsSL $URL | tar -xz}.
 * When there are two or more commands, each runs in a subshell (dash and bash without
 * {@code lastpipe}), so none of them changes the state of the shell running the script.
 * {@code pipes.get(i)} joins {@code commands.get(i)} and {@code commands.get(i + 1)}.
 */
public record Pipeline(boolean negated, List<Command> commands, List<Pipe> pipes, Span span) {
    public Pipeline {
        commands = List.copyOf(commands);
        pipes = List.copyOf(pipes);
        if (commands.isEmpty() || pipes.size() != commands.size() - 1) {
            throw new IllegalArgumentException(commands.size() + " commands need " + (commands.size() - 1) + " pipes");
        }
        Objects.requireNonNull(span, "span is null");
    }

    public enum Pipe {
        /** {@code |}: output to the next command's input. */
        OUTPUT("|"),
        /** {@code |&} (bash): output and errors to the next command's input. */
        OUTPUT_AND_ERROR("|&");

        private final String symbol;

        Pipe(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
