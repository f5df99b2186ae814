package dev.dockmend.cli.run;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Runs the mender over many files on all cores, keeping the input order in the result so that output
 * is deterministic. Files are independent: the tree is immutable and the planner's caches are
 * concurrent.
 */
public final class Batch {
    private Batch() {
    }

    /**
     * Mends every source; {@code then} takes each outcome on the thread that made it, as soon as it is made,
     * and returns the outcome to keep (it may act on it, or let go of what is no longer needed).
     */
    public static List<Outcome> run(List<Source> sources, Mender mender, UnaryOperator<Outcome> then) {
        Function<Source, Outcome> mend = source -> then.apply(mender.mend(source));
        if (sources.size() < 2) {
            return sources.stream().map(mend).toList();
        }
        return sources.parallelStream().map(mend).toList();
    }
}
