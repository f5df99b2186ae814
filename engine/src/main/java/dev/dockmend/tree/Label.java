package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code LABEL org.opencontainers.image.source=https://example.com/repo}: image metadata. */
public record Label(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Label {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.LABEL);
    }

    public List<KeyValue> pairs() {
        return KeyValue.of(args());
    }
}
