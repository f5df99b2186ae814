package dev.dockmend.fix;

import java.util.ArrayList;
import java.util.List;

import dev.dockmend.diff.LineDelta;
import dev.dockmend.diff.LineDeltas;
import dev.dockmend.diff.Lines;
import dev.dockmend.recipe.LineRange;

/**
 * The edits that turn one text into another within some lines: each changed block of their line diff
 * that touches the lines becomes one whole-line edit (an insertion right after the last line counts
 * as touching). Whole lines keep edits simple to review and apply, and each carries its line endings.
 */
public final class TextEdits {
    /** No edits: the text is unchanged. */
    public static final TextEdits NONE = new TextEdits(List.of(), List.of());

    private final List<TextEdit> all;
    private final List<LineDelta> deltas;

    private TextEdits(List<TextEdit> all, List<LineDelta> deltas) {
        this.all = all;
        this.deltas = deltas;
    }

    /** The edits from {@code before} to {@code after}: their line diff, computed once, for any number of questions. */
    public static TextEdits of(String before, String after) {
        List<String> old = Lines.of(before);
        int[] lineStarts = new int[old.size() + 1];
        for (int i = 0; i < old.size(); i++) {
            lineStarts[i + 1] = lineStarts[i] + old.get(i).length();
        }
        List<LineDelta> deltas = LineDeltas.between(before, after);
        List<TextEdit> edits = new ArrayList<>(deltas.size());
        for (LineDelta delta : deltas) {
            int start = lineStarts[delta.sourceStart()];
            int end = lineStarts[delta.sourceEnd()];
            edits.add(new TextEdit(TextPosition.at(before, start), TextPosition.at(before, end), start, end,
                    String.join("", delta.targetLines())));
        }
        return new TextEdits(List.copyOf(edits), deltas);
    }

    /** All edits. */
    public List<TextEdit> all() {
        return all;
    }

    /** The edits in {@code lines} (1-based, of the old text). */
    public List<TextEdit> within(LineRange lines) {
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            if (touches(deltas.get(i), lines)) {
                edits.add(all.get(i));
            }
        }
        return edits;
    }

    private static boolean touches(LineDelta delta, LineRange lines) {
        int first = lines.start() - 1;
        int end = lines.end();
        if (delta.sourceSize() == 0) {
            return delta.sourceStart() >= first && delta.sourceStart() <= end;
        }
        return delta.sourceStart() < end && delta.sourceEnd() > first;
    }
}
