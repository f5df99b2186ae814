package dev.dockmend.tree;

import java.util.List;

/**
 * Everything an instruction prints: the blank and comment lines before it, its physical lines
 * (first line, continuation lines, comment and blank lines inside the continuation), and the raw
 * heredoc bodies that follow it.
 */
public record InstructionSyntax(Trivia leading, List<PhysicalLine> lines, List<HeredocBody> heredocBodies) {
    /** For an instruction that has no text of its own, such as the trigger inside ONBUILD. */
    public static final InstructionSyntax NONE = new InstructionSyntax(Trivia.EMPTY, List.of(), List.of());

    public InstructionSyntax {
        java.util.Objects.requireNonNull(leading, "leading is null");
        lines = List.copyOf(lines);
        heredocBodies = List.copyOf(heredocBodies);
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InstructionSyntax syntax
                && leading.equals(syntax.leading) && lines.equals(syntax.lines) && heredocBodies.equals(syntax.heredocBodies);
    }

    public InstructionSyntax withLeading(Trivia newLeading) {
        return newLeading == leading || newLeading.equals(leading) ? this : new InstructionSyntax(newLeading, lines, heredocBodies);
    }

    public void appendTo(StringBuilder out) {
        leading.appendTo(out);
        for (PhysicalLine line : lines) {
            out.append(line.content()).append(line.lineEnding());
        }
        for (HeredocBody body : heredocBodies) {
            for (String line : body.lines()) {
                out.append(line);
            }
            out.append(body.terminator());
        }
    }

    /** Whether comment lines sit inside the instruction (between its continuation lines). */
    public boolean hasCommentLines() {
        for (PhysicalLine line : lines) {
            if (line.kind() == PhysicalLine.Kind.COMMENT) {
                return true;
            }
        }
        return false;
    }

    /** Physical lines the instruction itself spans (LF count), without its leading trivia. */
    public int lineCount() {
        int count = 0;
        for (PhysicalLine line : lines) {
            count += newlines(line.lineEnding());
        }
        for (HeredocBody body : heredocBodies) {
            for (String line : body.lines()) {
                count += newlines(line);
            }
            count += newlines(body.terminator());
        }
        return count;
    }

    static int newlines(String s) {
        return s.endsWith("\n") ? 1 : 0;
    }
}
