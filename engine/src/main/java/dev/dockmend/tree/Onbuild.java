package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code ONBUILD COPY . /app}: an instruction that runs when another build uses this image as its base. */
public record Onbuild(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Onbuild {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.ONBUILD);
    }

    /** The wrapped instruction; it has no text of its own (its text is this instruction's). */
    public Optional<Instruction> trigger() {
        return value().trigger().map(v -> Instructions.create(InstructionSyntax.NONE, v));
    }
}
