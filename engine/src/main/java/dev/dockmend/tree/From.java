package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code FROM --platform=$BUILDPLATFORM golang:1.22 AS build}: starts a stage. */
public record From(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public From {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.FROM);
    }

    private String arg(int index) {
        return index < args().size() ? args().get(index) : "";
    }

    /** The image reference as written, e.g. {@code golang:1.22} or {@code scratch}. */
    public String image() {
        return arg(0);
    }

    /** The stage name after {@code AS} (in any case), as written. */
    public Optional<String> stageName() {
        return args().size() == 3 && args().get(1).equalsIgnoreCase("as") ? Optional.of(args().get(2)) : Optional.empty();
    }

    public Optional<String> platform() {
        return flag("platform");
    }
}
