package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code HEALTHCHECK --interval=30s CMD curl -f http://localhost/} or {@code HEALTHCHECK NONE}. */
public record Healthcheck(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Healthcheck {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.HEALTHCHECK);
    }

    /** The type word as written: {@code CMD} or {@code NONE} (in any case); empty for a bare HEALTHCHECK. */
    public Optional<String> type() {
        return args().isEmpty() ? Optional.empty() : Optional.of(args().get(0));
    }

    public boolean isNone() {
        return type().map(t -> t.equalsIgnoreCase("none")).orElse(false);
    }

    /** The command after {@code CMD}. */
    public CommandForm command() {
        return CommandForm.of(value(), 1);
    }
}
