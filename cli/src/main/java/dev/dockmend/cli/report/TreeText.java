package dev.dockmend.cli.report;

import java.util.List;

import dev.dockmend.buildkit.GoQuote;
import dev.dockmend.tree.Directive;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.Instruction;

/**
 * The tree for people: one line per instruction with its line span, keyword, flags and arguments,
 * then its heredocs.
 * <pre>
 * Dockerfile
 *   directive syntax=docker/dockerfile:1
 *   1-1    FROM "golang:1.22" "AS" "build"
 *   2-4    RUN [--mount=type=cache,target=/root/.cache] shell "go build ./..."
 * </pre>
 */
public final class TreeText {
    private TreeText() {
    }

    public static String render(String name, Dockerfile tree) {
        StringBuilder out = new StringBuilder(name).append('\n');
        for (Directive directive : tree.directives()) {
            out.append("  directive ").append(directive.key()).append('=').append(directive.value()).append('\n');
        }
        for (Dockerfile.Located located : tree.located()) {
            Instruction instruction = located.instruction();
            String span = located.startLine() + "-" + located.endLine();
            out.append("  ").append(span).append(" ".repeat(Math.max(1, 7 - span.length())));
            out.append(instruction.keywordText());
            if (!instruction.flags().isEmpty()) {
                out.append(" [").append(String.join(" ", instruction.flags())).append(']');
            }
            if (instruction.keyword().isEmpty()) {
                out.append("  (unknown instruction)");
            }
            instruction.value().trigger().ifPresent(t -> out.append(" -> ").append(t.keyword())
                    .append(t.json() ? " exec" : "").append(quoted(t.args())));
            out.append(instruction.isExecForm() ? " exec" : "").append(quoted(instruction.args())).append('\n');
            for (Heredoc heredoc : instruction.heredocs()) {
                out.append("         heredoc ").append(heredoc.name())
                        .append(heredoc.expand() ? "" : " (no expansion)")
                        .append(heredoc.chomp() ? " (tabs stripped)" : "")
                        .append(": ").append(GoQuote.quote(heredoc.content())).append('\n');
            }
        }
        return out.toString();
    }

    private static String quoted(List<String> args) {
        StringBuilder out = new StringBuilder();
        for (String arg : args) {
            out.append(' ').append(GoQuote.quote(arg));
        }
        return out.toString();
    }
}
