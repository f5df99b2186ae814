package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code VOLUME ["/data"]} or {@code VOLUME /data /logs}: mount points. */
public record Volume(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Volume {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.VOLUME);
    }

    public List<String> paths() {
        return args();
    }
}
