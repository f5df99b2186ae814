package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code ENTRYPOINT ["/docker-entrypoint.sh"]}: the executable the container runs. */
public record Entrypoint(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Entrypoint {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.ENTRYPOINT);
    }

    public CommandForm command() {
        return CommandForm.of(value(), 0);
    }
}
