package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code ENV PATH=/opt/bin:$PATH} or the legacy {@code ENV PATH /opt/bin}: environment variables. */
public record Env(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Env {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.ENV);
    }

    public List<KeyValue> pairs() {
        return KeyValue.of(args());
    }
}
