package dev.dockmend.cli.migrate;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * How far a migration is, on standard error: on a terminal one line redrawn as each repository ends (done of
 * total, changes so far, failures, repositories a second); otherwise a line per repository as it ends, for
 * CI logs. Called from the pool's threads, so synchronised.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int changes;
    private int failed;

    Progress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void finished(RepoResult result) {
        done++;
        changes += result.changes();
        failed += result.failed() ? 1 : 0;
        if (terminal) {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
            err.print(String.format(Locale.ROOT, "\r\033[K[%s] %d/%d repositories, %d changes, %d failed, %.1f/s", bar(), done, total, changes,
                    failed, done / seconds));
        } else {
            err.println("[" + done + "/" + total + "] " + MigrationReport.line(result));
        }
        err.flush();
    }

    /** Ends the redrawn line, so what follows starts on a line of its own. */
    synchronized void end() {
        if (terminal && done > 0) {
            err.println();
            err.flush();
        }
    }

    private String bar() {
        int width = 20;
        int filled = total == 0 ? width : done * width / total;
        return "#".repeat(filled) + ".".repeat(width - filled);
    }
}
