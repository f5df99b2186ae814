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
    private TextEdits() {
    }

    /** All edits from {@code before} to {@code after}. */
    public static List<TextEdit> between(String before, String after) {
        return within(before, after, null);
    }

    /** The edits from {@code before} to {@code after} in {@code lines} (1-based, of {@code before}). */
    public static List<TextEdit> within(String before, String after, LineRange lines) {
        List<String> old = Lines.of(before);
        int[] lineStarts = new int[old.size() + 1];
        for (int i = 0; i < old.size(); i++) {
            lineStarts[i + 1] = lineStarts[i] + old.get(i).length();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (LineDelta delta : LineDeltas.between(before, after)) {
            if (lines != null && !touches(delta, lines)) {
                continue;
            }
            int start = lineStarts[delta.sourceStart()];
            int end = lineStarts[delta.sourceEnd()];
            edits.add(new TextEdit(TextPosition.at(before, start), TextPosition.at(before, end), start, end,
                    String.join("", delta.targetLines())));
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
