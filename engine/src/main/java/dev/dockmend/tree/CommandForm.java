package dev.dockmend.tree;

import java.util.List;

/** How RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD give their command. */
public sealed interface CommandForm {
    /** {@code RUN apt-get update}: one string that a shell runs. */
    record ShellForm(String script) implements CommandForm {
    }

    /** {@code CMD ["nginx", "-g", "daemon off;"]}: the arguments, run without a shell. */
    record ExecForm(List<String> arguments) implements CommandForm {
        public ExecForm {
            arguments = List.copyOf(arguments);
        }
    }

    /** The form of {@code value}'s arguments starting at {@code from}. */
    static CommandForm of(InstructionValue value, int from) {
        List<String> args = value.args().subList(Math.min(from, value.args().size()), value.args().size());
        if (value.json()) {
            return new ExecForm(args);
        }
        return new ShellForm(args.isEmpty() ? "" : args.get(0));
    }
}
