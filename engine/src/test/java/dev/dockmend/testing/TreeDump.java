package dev.dockmend.testing;

import java.util.List;

import dev.dockmend.buildkit.GoQuote;
import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Directive;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.HeredocBody;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.InstructionValue;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.TriviaLine;

/**
 * Everything the parser decided about a file, one fact per line, for approval files: encoding,
 * directives, each instruction's physical lines (kind, text, line ending), span and BuildKit value,
 * trailing trivia, diagnostics and whether the file prints back exactly.
 */
public final class TreeDump {
    private TreeDump() {
    }

    public static String dump(ParseResult result, List<Diagnostic> checks, boolean roundTrip) {
        StringBuilder out = new StringBuilder();
        if (result.tree().isPresent()) {
            Dockerfile tree = result.tree().get();
            out.append("encoding: ").append(tree.encoding().charset().name())
                    .append(tree.encoding().byteOrderMark() ? " with BOM" : "").append('\n');
            out.append("escape: ").append(tree.escapeCharacter()).append('\n');
            for (Directive directive : tree.directives()) {
                out.append("directive ").append(directive.key()).append(" = ").append(GoQuote.quote(directive.value()))
                        .append("  ").append(GoQuote.quote(directive.content())).append(' ').append(ending(directive.lineEnding())).append('\n');
            }
            for (Dockerfile.Located located : tree.located()) {
                instruction(out, located);
            }
            for (TriviaLine line : tree.trailing().lines()) {
                out.append("trailing ").append(trivia(line)).append('\n');
            }
        } else {
            out.append("no tree\n");
        }
        for (Diagnostic d : result.diagnostics()) {
            out.append(diagnostic(d)).append('\n');
        }
        for (Diagnostic d : checks) {
            out.append(diagnostic(d)).append('\n');
        }
        out.append("round trip: ").append(roundTrip ? "exact" : "DIFFERS").append('\n');
        return out.toString();
    }

    private static void instruction(StringBuilder out, Dockerfile.Located located) {
        Instruction instruction = located.instruction();
        out.append("\n").append(located.startLine()).append('-').append(located.endLine()).append(' ')
                .append(instruction.getClass().getSimpleName()).append('\n');
        for (TriviaLine line : instruction.leading().lines()) {
            out.append("  leading ").append(trivia(line)).append('\n');
        }
        for (PhysicalLine line : instruction.syntax().lines()) {
            out.append("  line ").append(line.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(GoQuote.quote(line.content())).append(' ').append(ending(line.lineEnding())).append('\n');
        }
        for (HeredocBody body : instruction.syntax().heredocBodies()) {
            out.append("  body ").append(body.lines().size()).append(" line(s), terminator ")
                    .append(GoQuote.quote(body.terminator())).append('\n');
        }
        value(out, "  ", instruction.value());
        if (!instruction.comments().isEmpty()) {
            out.append("  comments ").append(quoted(instruction.comments())).append('\n');
        }
    }

    private static void value(StringBuilder out, String indent, InstructionValue value) {
        out.append(indent).append("keyword ").append(GoQuote.quote(value.keyword())).append('\n');
        if (!value.flags().isEmpty()) {
            out.append(indent).append("flags ").append(quoted(value.flags())).append('\n');
        }
        out.append(indent).append(value.json() ? "exec " : "args ").append(quoted(value.args())).append('\n');
        out.append(indent).append("original ").append(GoQuote.quote(value.original())).append('\n');
        for (Heredoc heredoc : value.heredocs()) {
            out.append(indent).append("heredoc ").append(GoQuote.quote(heredoc.name()))
                    .append(" expand=").append(heredoc.expand()).append(" chomp=").append(heredoc.chomp())
                    .append(" fd=").append(heredoc.fileDescriptor()).append(" content=").append(GoQuote.quote(heredoc.content()))
                    .append('\n');
        }
        value.trigger().ifPresent(trigger -> {
            out.append(indent).append("trigger\n");
            value(out, indent + "  ", trigger);
        });
    }

    private static String trivia(TriviaLine line) {
        return (line instanceof dev.dockmend.tree.CommentLine ? "comment " : "blank ") + GoQuote.quote(line.content())
                + ' ' + ending(line.lineEnding());
    }

    private static String diagnostic(Diagnostic d) {
        return d.line() + ":" + d.column() + " " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + " ("
                + d.stage().name().toLowerCase(java.util.Locale.ROOT) + "): " + d.message()
                + (d.expected().isEmpty() ? "" : " | expected " + d.expected());
    }

    private static String ending(String lineEnding) {
        return switch (lineEnding) {
            case "\n" -> "LF";
            case "\r\n" -> "CRLF";
            case "" -> "(no line ending)";
            default -> GoQuote.quote(lineEnding);
        };
    }

    private static String quoted(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(GoQuote.quote(values.get(i)));
        }
        return out.append(']').toString();
    }
}
