package dev.dockmend.cli.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.dockmend.recipe.RecipeCatalog;

/**
 * The recipe catalog, loaded on a thread of its own while the main thread reads the command line. Finding
 * the recipes (the service files on the class path, then each recipe's class) does not depend on the
 * command line, and took about 9 ms of every start before the first file could be read; the second core is
 * mostly idle then (docs/performance.md). {@link #get} gives the same catalog {@link RecipeCatalog#load} does,
 * or its failure, whether or not loading was started early.
 */
public final class EarlyCatalog {
    private static volatile FutureTask<RecipeCatalog> loading;

    private EarlyCatalog() {
    }

    /** Starts loading the catalog on a daemon thread; only the first call does. */
    public static synchronized void start() {
        if (loading == null) {
            FutureTask<RecipeCatalog> task = new FutureTask<>(RecipeCatalog::load);
            Thread thread = new Thread(task, "dockmend-recipes");
            thread.setDaemon(true);
            thread.start();
            loading = task;
        }
    }

    /** The catalog: the one being loaded if {@link #start} was called (waiting for it), else loaded now. */
    public static RecipeCatalog get() {
        FutureTask<RecipeCatalog> task = loading;
        if (task == null) {
            return RecipeCatalog.load();
        }
        task.run(); // does nothing if the thread has taken it; else loads it here rather than wait
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the recipes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
