package dev.dockmend.tree;

import java.util.List;

/** Blank and comment lines, in order: what stands before an instruction, or after the last one. */
public record Trivia(List<TriviaLine> lines) {
    public static final Trivia EMPTY = new Trivia(List.of());

    public Trivia {
        lines = List.copyOf(lines);
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Trivia trivia && lines.equals(trivia.lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public void appendTo(StringBuilder out) {
        for (TriviaLine line : lines) {
            out.append(line.content()).append(line.lineEnding());
        }
    }
}
