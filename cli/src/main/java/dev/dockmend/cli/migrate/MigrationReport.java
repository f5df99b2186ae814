package dev.dockmend.cli.migrate;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code migrate} prints on standard output when the batch is over: a line per repository in the order
 * given, the totals, then every error again, so the failures of a long batch are found at its end.
 */
public final class MigrationReport {
    private MigrationReport() {
    }

    public static void print(List<RepoResult> results, PrintWriter out) {
        results.forEach(result -> out.println(line(result)));
        Map<RepoStatus, Integer> counts = new EnumMap<>(RepoStatus.class);
        results.forEach(result -> counts.merge(result.status(), 1, Integer::sum));
        StringBuilder totals = new StringBuilder().append(results.size()).append(results.size() == 1 ? " repository" : " repositories");
        String separator = ": ";
        for (RepoStatus status : RepoStatus.values()) {
            if (counts.containsKey(status)) {
                totals.append(separator).append(counts.get(status)).append(' ').append(status.label());
                separator = ", ";
            }
        }
        totals.append("; ").append(results.stream().mapToInt(RepoResult::changes).sum()).append(" changes");
        out.println(totals);
        List<String> errors = results.stream().flatMap(result -> result.allErrors().stream().map(error -> result.repo().name() + ": " + error))
                .toList();
        if (!errors.isEmpty()) {
            out.println("errors:");
            errors.forEach(error -> out.println("  " + error));
        }
    }

    /** {@code api: migrated, 3 changes in 2 files, branch dockmend/mend (1a2b3c4), pushed to origin}. */
    static String line(RepoResult result) {
        StringBuilder line = new StringBuilder(result.repo().name()).append(": ").append(result.status().label());
        if (!result.reason().isEmpty() && result.status() != RepoStatus.ALREADY_MIGRATED) {
            line.append(" (").append(result.reason()).append(')');
        }
        long files = result.files().stream().filter(FileResult::changed).count();
        if (files > 0) {
            line.append(", ").append(result.changes()).append(result.changes() == 1 ? " change" : " changes").append(" in ").append(files)
                    .append(files == 1 ? " file" : " files");
        }
        RepoResult.Written written = result.written();
        written.patch().ifPresent(patch -> line.append(", patch ").append(patch));
        written.commit().ifPresent(commit -> line.append(", branch ").append(written.branch().orElse("")).append(" (")
                .append(commit, 0, 7).append(')'));
        written.pushedTo().ifPresent(remote -> line.append(", pushed to ").append(remote));
        int errors = result.allErrors().size();
        if (errors > 0) {
            line.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        }
        return line.toString();
    }
}
