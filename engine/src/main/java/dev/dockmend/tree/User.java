package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code USER app} or {@code USER 1000:1000}: who runs the rest of the stage and the container. */
public record User(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public User {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.USER);
    }

    private String arg(int index) {
        return index < args().size() ? args().get(index) : "";
    }

    /** The user part, before any {@code :}. */
    public String user() {
        String spec = arg(0);
        int colon = spec.indexOf(':');
        return colon < 0 ? spec : spec.substring(0, colon);
    }

    /** The group part, after {@code :}. */
    public Optional<String> group() {
        String spec = arg(0);
        int colon = spec.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(spec.substring(colon + 1));
    }
}
