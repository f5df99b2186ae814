package dev.dockmend.buildkit;

import java.util.List;

import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.InstructionValue;

/**
 * A tree in BuildKit's {@code Node.Dump()} format, one line per instruction, e.g.
 * {@code (copy ["--from=build"] "/app" "/usr/local/bin/")}: what BuildKit's parser tests compare
 * with their {@code result} files. ONBUILD nests its trigger: {@code (onbuild (run "echo"))}.
 */
public final class AstDump {
    private AstDump() {
    }

    public static String dump(Dockerfile dockerfile) {
        StringBuilder out = new StringBuilder();
        for (Instruction instruction : dockerfile.instructions()) {
            out.append('(').append(node(instruction.value())).append(")\n");
        }
        return out.toString();
    }

    private static String node(InstructionValue value) {
        StringBuilder out = new StringBuilder(dev.dockmend.tree.Keyword.lowerCase(value.keyword()));
        if (!value.flags().isEmpty()) {
            out.append(' ').append(quoteList(value.flags()));
        }
        if (value.trigger().isPresent()) {
            out.append(" (").append(node(value.trigger().get())).append(')');
        }
        for (String arg : value.args()) {
            out.append(' ').append(GoQuote.quote(arg));
        }
        return out.toString().strip();
    }

    private static String quoteList(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(GoQuote.quote(values.get(i)));
        }
        return out.append(']').toString();
    }
}
