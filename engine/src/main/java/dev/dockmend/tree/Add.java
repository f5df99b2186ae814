package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code ADD --chmod=755 https://example.com/tool /usr/local/bin/}: sources and a destination. */
public record Add(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Add {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.ADD);
    }

    /** Everything but the last argument. */
    public List<String> sources() {
        return args().isEmpty() ? List.of() : args().subList(0, args().size() - 1);
    }

    public Optional<String> destination() {
        return args().isEmpty() ? Optional.empty() : Optional.of(args().get(args().size() - 1));
    }
}
