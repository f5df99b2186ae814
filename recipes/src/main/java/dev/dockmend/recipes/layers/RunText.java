package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.Run;

/**
 * A RUN's physical lines and where its script's characters are on them, so a merge can cut and
 * wrap the script while every line keeps its own layout. BuildKit joins the content lines (the first
 * line and the continuation lines; comment and blank lines inside are dropped), taking the escape
 * character and the blanks after it off each but the last; the script is the end of that logical
 * line, after the keyword and flags.
 */
final class RunText {
    private final List<PhysicalLine> lines;
    /** Per content line (segment): its index in {@link #lines} and the logical offset it starts at. */
    private final int[] lineOf;
    private final int[] startOf;
    private final int scriptStart;

    /** A place on the RUN's lines: index in {@link #lines()} and column in that line's content. */
    record Place(int line, int column) {
    }

    private RunText(List<PhysicalLine> lines, int[] lineOf, int[] startOf, int scriptStart) {
        this.lines = lines;
        this.lineOf = lineOf;
        this.startOf = startOf;
        this.scriptStart = scriptStart;
    }

    /** The map of {@code run}'s text, or empty when its lines do not join into a line ending with {@code script}. */
    static Optional<RunText> of(Run run, String script, char escape) {
        List<PhysicalLine> lines = run.syntax().lines();
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PhysicalLine.Kind kind = lines.get(i).kind();
            if (kind == PhysicalLine.Kind.FIRST || kind == PhysicalLine.Kind.CONTINUATION) {
                content.add(i);
            }
        }
        int[] lineOf = new int[content.size()];
        int[] startOf = new int[content.size()];
        StringBuilder logical = new StringBuilder();
        for (int s = 0; s < content.size(); s++) {
            lineOf[s] = content.get(s);
            startOf[s] = logical.length();
            String text = lines.get(content.get(s)).content();
            logical.append(s < content.size() - 1 ? withoutContinuation(text, escape) : text);
        }
        int start = logical.lastIndexOf(script);
        if (script.isEmpty() || start < 0 || !logical.substring(start + script.length()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RunText(lines, lineOf, startOf, start));
    }

    /** The line without the escape character and the blanks after it, which BuildKit takes off a continued line. */
    private static String withoutContinuation(String line, char escape) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return end > 0 && line.charAt(end - 1) == escape ? line.substring(0, end - 1) : line;
    }

    List<PhysicalLine> lines() {
        return lines;
    }

    /** Where the script's character {@code offset} is ({@code offset == length} is just after its last one). */
    Place place(int offset) {
        int logical = scriptStart + offset;
        int segment = lineOf.length - 1;
        while (segment > 0 && startOf[segment] > logical) {
            segment--;
        }
        return new Place(lineOf[segment], logical - startOf[segment]);
    }

    /** The index of the last content line, where the script ends. */
    int lastContentLine() {
        return lineOf[lineOf.length - 1];
    }
}
