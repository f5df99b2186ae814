package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code COPY --from=build /app/bin /usr/local/bin/}: sources and a destination, perhaps from another stage. */
public record Copy(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Copy {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.COPY);
    }

    /** Everything but the last argument. */
    public List<String> sources() {
        return args().isEmpty() ? List.of() : args().subList(0, args().size() - 1);
    }

    public Optional<String> destination() {
        return args().isEmpty() ? Optional.empty() : Optional.of(args().get(args().size() - 1));
    }

    /** The stage or image of {@code --from}, when the files come from elsewhere than the build context. */
    public Optional<String> from() {
        return flag("from");
    }
}
