package dev.dockmend.tree;

import java.util.Objects;

/**
 * One physical line of an instruction, as written. The first line holds the indentation and the
 * keyword; a line ending in the escape character continues on the next. Comment and blank lines
 * inside a continuation belong to the instruction (BuildKit drops them from its value but they
 * count in its line span).
 */
public record PhysicalLine(Kind kind, String content, String lineEnding) {
    public enum Kind {
        /** The instruction's first line, e.g. {@code "RUN apt-get update \"}. */
        FIRST,
        /** A line joined to the instruction, e.g. {@code "    && apt-get install -y curl"}. */
        CONTINUATION,
        /** A comment line inside a continuation, dropped from the value. */
        COMMENT,
        /** A whitespace-only line inside a continuation, dropped from the value (BuildKit warns). */
        BLANK
    }

    public PhysicalLine {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(lineEnding, "lineEnding is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof PhysicalLine line
                && kind == line.kind && content.equals(line.content) && lineEnding.equals(line.lineEnding);
    }
}
