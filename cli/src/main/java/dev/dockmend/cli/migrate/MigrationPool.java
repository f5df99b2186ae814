package dev.dockmend.cli.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.dockmend.cli.ExitCodes;

/**
 * Migrates the repositories on a pool of {@code jobs} threads (a repository's own files are mended on all
 * cores, as {@code fix} mends them), and gives the results in the order of the list. A bug that escapes one
 * repository (a recipe's, JGit's) fails that repository, with exit code 70; the others go on.
 */
final class MigrationPool {
    private MigrationPool() {
    }

    static List<RepoResult> run(List<RepoEntry> repos, RepoMigrator migrator, int jobs, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, repos.size())), runnable -> {
            Thread thread = new Thread(runnable, "dockmend-migrate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RepoResult>> futures = new ArrayList<>();
            for (RepoEntry repo : repos) {
                futures.add(pool.submit(() -> {
                    RepoResult result = migrateOne(migrator, repo);
                    progress.finished(result);
                    return result;
                }));
            }
            List<RepoResult> results = new ArrayList<>();
            for (Future<RepoResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while migrating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a migration task failed outside its own guard", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RepoResult migrateOne(RepoMigrator migrator, RepoEntry repo) {
        try {
            return migrator.migrate(repo);
        } catch (RuntimeException | StackOverflowError e) {
            return RepoResult.failed(repo, "internal error: " + e + " (please report it)", ExitCodes.INTERNAL);
        }
    }
}
