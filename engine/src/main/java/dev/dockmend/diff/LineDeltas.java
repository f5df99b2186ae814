package dev.dockmend.diff;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MeyersDiff;

/** The changed blocks between two texts, line by line (see {@link Lines}), in order. */
public final class LineDeltas {
    private LineDeltas() {
    }

    public static List<LineDelta> between(String before, String after) {
        if (before.equals(after)) {
            return List.of();
        }
        return between(Lines.of(before), Lines.of(after));
    }

    /**
     * The changed blocks between two lists of lines, in order. java-diff-utils' Myers algorithm is called
     * directly: {@code DiffUtils.diff} wraps its result in a {@code Patch}, whose {@code getDeltas} sorts
     * with {@code Comparator.comparing}, a serializable lambda the class-data sharing archive cannot hold,
     * so every run that diffed generated three classes for it. The blocks are the same.
     */
    static List<LineDelta> between(List<String> before, List<String> after) {
        List<Change> changes = new ArrayList<>(new MeyersDiff<String>().computeDiff(before, after, null));
        // The algorithm lists the blocks last first; Patch sorted them (stably) by their place in the old text.
        changes.sort((x, y) -> Integer.compare(x.startOriginal, y.startOriginal));
        List<LineDelta> deltas = new ArrayList<>(changes.size());
        for (Change change : changes) {
            deltas.add(new LineDelta(change.startOriginal, change.endOriginal - change.startOriginal, change.startRevised,
                    after.subList(change.startRevised, change.endRevised)));
        }
        return deltas;
    }
}
