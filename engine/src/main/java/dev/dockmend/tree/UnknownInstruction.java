package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/**
 * A line BuildKit's parser accepts but no builder runs, e.g. a template's {@code {{ .Version }}} or
 * a misspelt {@code RUNN}. Kept in the tree so the file prints back; the validator reports it.
 */
public record UnknownInstruction(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public UnknownInstruction {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.empty();
    }
}
