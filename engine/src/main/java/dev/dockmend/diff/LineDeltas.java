package dev.dockmend.diff;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MeyersDiff;

/**
 * The changed blocks between two texts, line by line (see {@link Lines}), in order. Lines the two texts
 * share at their start and end are set aside first, as git does, so a change in a long file costs what the
 * changed lines cost; callers that know more about where the texts differ ({@link TextDiff#of(dev.dockmend.tree.Dockerfile,
 * dev.dockmend.tree.Dockerfile)}) hand over only those regions.
 */
public final class LineDeltas {
    /**
     * Above this many line pairs (old lines times new lines) a region is one block, not diffed: Myers' algorithm
     * costs the region's length times its differences, which for a region rewritten from end to end is the
     * square of its length. Such a region is rewritten anyway; showing it whole costs a reviewer nothing.
     */
    static final long MAX_PAIRS = 4L << 20;

    private LineDeltas() {
    }

    /**
     * Adds the changed blocks between lines [{@code from}, {@code to}) of {@code before} and [{@code afterFrom},
     * {@code afterTo}) of {@code after} to {@code deltas}, in order, in the whole lists' numbering.
     */
    static void addRegion(List<String> before, int from, int to, List<String> after, int afterFrom, int afterTo,
                          List<LineDelta> deltas) {
        while (from < to && afterFrom < afterTo && before.get(from).equals(after.get(afterFrom))) {
            from++;
            afterFrom++;
        }
        while (from < to && afterFrom < afterTo && before.get(to - 1).equals(after.get(afterTo - 1))) {
            to--;
            afterTo--;
        }
        if (from == to && afterFrom == afterTo) {
            return;
        }
        if (from == to || afterFrom == afterTo || (long) (to - from) * (afterTo - afterFrom) > MAX_PAIRS) {
            deltas.add(new LineDelta(from, to - from, afterFrom, after.subList(afterFrom, afterTo)));
            return;
        }
        addMyers(before.subList(from, to), from, after.subList(afterFrom, afterTo), afterFrom, deltas);
    }

    /**
     * java-diff-utils' Myers algorithm is called directly: {@code DiffUtils.diff} wraps its result in a {@code
     * Patch}, whose {@code getDeltas} sorts with {@code Comparator.comparing}, a serializable lambda the class-data
     * sharing archive cannot hold, so every run that diffed generated three classes for it. The blocks are the same.
     */
    private static void addMyers(List<String> before, int offset, List<String> after, int afterOffset, List<LineDelta> deltas) {
        List<Change> changes = new ArrayList<>(new MeyersDiff<String>().computeDiff(before, after, null));
        // The algorithm lists the blocks last first; Patch sorted them (stably) by their place in the old text.
        changes.sort((x, y) -> Integer.compare(x.startOriginal, y.startOriginal));
        for (Change change : changes) {
            deltas.add(new LineDelta(offset + change.startOriginal, change.endOriginal - change.startOriginal,
                    afterOffset + change.startRevised, after.subList(change.startRevised, change.endRevised)));
        }
    }
}
