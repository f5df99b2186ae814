package dev.dockmend.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code CMD ["nginx", "-g", "daemon off;"]}: the default command of the image. */
public record Cmd(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Cmd {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.CMD);
    }

    public CommandForm command() {
        return CommandForm.of(value(), 0);
    }
}
