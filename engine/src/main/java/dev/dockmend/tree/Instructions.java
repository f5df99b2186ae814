package dev.dockmend.tree;

import java.util.Optional;

/** Makes the record that fits an instruction's keyword. */
public final class Instructions {
    private Instructions() {
    }

    public static Instruction create(InstructionSyntax syntax, InstructionValue value) {
        Optional<Keyword> known = Keyword.of(value.keyword());
        if (known.isEmpty()) {
            return new UnknownInstruction(syntax, value);
        }
        return switch (known.get()) {
            case ADD -> new Add(syntax, value);
            case ARG -> new Arg(syntax, value);
            case CMD -> new Cmd(syntax, value);
            case COPY -> new Copy(syntax, value);
            case ENTRYPOINT -> new Entrypoint(syntax, value);
            case ENV -> new Env(syntax, value);
            case EXPOSE -> new Expose(syntax, value);
            case FROM -> new From(syntax, value);
            case HEALTHCHECK -> new Healthcheck(syntax, value);
            case LABEL -> new Label(syntax, value);
            case MAINTAINER -> new Maintainer(syntax, value);
            case ONBUILD -> new Onbuild(syntax, value);
            case RUN -> new Run(syntax, value);
            case SHELL -> new Shell(syntax, value);
            case STOPSIGNAL -> new StopSignal(syntax, value);
            case USER -> new User(syntax, value);
            case VOLUME -> new Volume(syntax, value);
            case WORKDIR -> new Workdir(syntax, value);
        };
    }

    /**
     * Whether two instructions are equal, as their records' equals would say: every instruction record holds
     * exactly its syntax and value (a test checks it), so the same kind, syntax and value is equality.
     */
    public static boolean same(Instruction a, Instruction b) {
        return a == b || a.getClass() == b.getClass() && a.syntax().equals(b.syntax()) && a.value().equals(b.value());
    }
}
