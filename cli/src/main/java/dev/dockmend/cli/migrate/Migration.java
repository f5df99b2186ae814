package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.dockmend.cli.ExitCodes;

/** A whole {@code migrate} run over a shard of the repositories: the pool, the report, the summary, the exit code. */
public final class Migration {
    private Migration() {
    }

    /** Runs it and returns the exit code: 0, or the worst of the repositories' (3 for input and output errors, 70 for a bug). */
    public static int run(List<RepoEntry> repos, RepoMigrator migrator, int jobs, Shard shard, Optional<Path> summary, String version,
                          PrintWriter out, PrintWriter err, boolean terminal) {
        Progress progress = new Progress(err, terminal, repos.size());
        List<RepoResult> results = MigrationPool.run(repos, migrator, jobs, progress);
        progress.end();
        MigrationReport.print(results, out);
        int code = ExitCodes.OK;
        for (RepoResult result : results) {
            code = ExitCodes.worse(code, result.exitCode());
            if (result.status() == RepoStatus.FAILED) {
                code = ExitCodes.worse(code, ExitCodes.INPUT);
            }
        }
        if (summary.isPresent()) {
            try {
                OutputFile.write(summary.get(), SummaryJson.of(results, shard, version).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println(summary.get() + ": error: cannot write the summary: " + dev.dockmend.cli.run.IoErrors.reason(e));
                code = ExitCodes.worse(code, ExitCodes.INPUT);
            }
        }
        return code;
    }
}
