package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code EXPOSE 80/tcp 53/udp 8000-8010}: ports the container listens on. */
public record Expose(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Expose {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.EXPOSE);
    }

    /** The port words as written ({@code 80}, {@code 53/udp}, {@code 8000-8010}, {@code ${PORT}}). */
    public List<String> ports() {
        return args();
    }
}
