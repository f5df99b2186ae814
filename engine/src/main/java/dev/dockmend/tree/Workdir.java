package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code WORKDIR /app}: the working directory for what follows. */
public record Workdir(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Workdir {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.WORKDIR);
    }

    private String arg(int index) {
        return index < args().size() ? args().get(index) : "";
    }

    public String path() {
        return arg(0);
    }
}
