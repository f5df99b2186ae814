package dev.dockmend.tree;

import java.util.Objects;

/** An empty or whitespace-only line, e.g. {@code "  \n"}. BuildKit skips it without trace. */
public record BlankLine(String content, String lineEnding) implements TriviaLine {
    public BlankLine {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(lineEnding, "lineEnding is null");
    }

    // Written out rather than left to the record: the generated equals goes through method handles, which
    // a short run interprets or compiles slowly, and the pipeline compares whole trees (see Dockerfile#equals).
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof BlankLine line && content.equals(line.content) && lineEnding.equals(line.lineEnding);
    }
}
