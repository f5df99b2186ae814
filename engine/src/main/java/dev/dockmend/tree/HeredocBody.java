package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;

/**
 * The raw lines of one heredoc body, each with its own line ending, and the terminator line
 * (e.g. {@code "EOF\n"}). Nothing in a body is interpreted: not comments, escapes or continuations.
 */
public record HeredocBody(List<String> lines, String terminator) {
    public HeredocBody {
        lines = List.copyOf(lines);
        Objects.requireNonNull(terminator, "terminator is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof HeredocBody body && lines.equals(body.lines) && terminator.equals(body.terminator);
    }

    /** The content as BuildKit reports it: the body lines joined, terminator left out (R6.8). */
    public String content() {
        return String.join("", lines);
    }
}
