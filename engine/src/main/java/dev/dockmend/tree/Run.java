package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code RUN apt-get update}: a command run while building, in shell or exec form, perhaps with heredocs. */
public record Run(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Run {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.RUN);
    }

    public CommandForm command() {
        return CommandForm.of(value(), 0);
    }

    /** The values of {@code --mount} flags, e.g. {@code type=cache,target=/root/.cache}. */
    public List<String> mounts() {
        return flagValues("mount");
    }
}
