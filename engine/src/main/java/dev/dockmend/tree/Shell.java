package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code SHELL ["powershell", "-Command"]}: the shell later shell-form instructions use. */
public record Shell(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Shell {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.SHELL);
    }

    public CommandForm command() {
        return CommandForm.of(value(), 0);
    }
}
