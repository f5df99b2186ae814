package dev.dockmend.cli.run;

import java.util.List;

/**
 * Runs the mender over many files on all cores, keeping the input order in the result so that output
 * is deterministic. Files are independent: the tree is immutable and the planner's caches are
 * concurrent.
 */
public final class Batch {
    private Batch() {
    }

    public static List<Outcome> run(List<Source> sources, Mender mender) {
        if (sources.size() < 2) {
            return sources.stream().map(mender::mend).toList();
        }
        return sources.parallelStream().map(mender::mend).toList();
    }
}
