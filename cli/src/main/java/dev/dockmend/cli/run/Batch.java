package dev.dockmend.cli.run;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the mender over many files on all cores, keeping the input order in the result so that output
 * is deterministic. Files are independent: the tree is immutable and the planner's caches are
 * concurrent.
 */
public final class Batch {
    private Batch() {
    }

    /** Mends every source; {@code then} sees each outcome on the thread that made it, as soon as it is made. */
    public static List<Outcome> run(List<Source> sources, Mender mender, Consumer<Outcome> then) {
        Function<Source, Outcome> mend = source -> {
            Outcome outcome = mender.mend(source);
            then.accept(outcome);
            return outcome;
        };
        if (sources.size() < 2) {
            return sources.stream().map(mend).toList();
        }
        return sources.parallelStream().map(mend).toList();
    }
}
