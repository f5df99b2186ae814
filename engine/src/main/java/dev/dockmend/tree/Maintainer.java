package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code MAINTAINER Jane Doe <jane@example.com>}: deprecated; a LABEL says it better. */
public record Maintainer(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Maintainer {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.MAINTAINER);
    }

    private String arg(int index) {
        return index < args().size() ? args().get(index) : "";
    }

    public String name() {
        return arg(0);
    }
}
