package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code STOPSIGNAL SIGQUIT}: the signal that stops the container. */
public record StopSignal(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public StopSignal {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.STOPSIGNAL);
    }

    private String arg(int index) {
        return index < args().size() ? args().get(index) : "";
    }

    public String signal() {
        return arg(0);
    }
}
