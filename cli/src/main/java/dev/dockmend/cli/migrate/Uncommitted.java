package dev.dockmend.cli.migrate;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.Repository;

/** Which of a repository's Dockerfiles have changes git has not committed, each with what kind. */
final class Uncommitted {
    private Uncommitted() {
    }

    /** {@code paths} (from the work tree's top) that are changed, staged, new, deleted or in conflict: {@code Dockerfile (modified)}. */
    static List<String> among(Repository git, List<String> paths) throws GitAPIException {
        StatusCommand command = Git.wrap(git).status();
        paths.forEach(command::addPath);
        Status status = command.call();
        TreeMap<String, String> found = new TreeMap<>();
        note(found, status.getConflicting(), "in conflict", paths);
        note(found, status.getModified(), "modified", paths);
        note(found, status.getMissing(), "deleted", paths);
        note(found, status.getChanged(), "staged", paths);
        note(found, status.getAdded(), "staged", paths);
        note(found, status.getRemoved(), "staged", paths);
        note(found, status.getUntracked(), "not committed", paths);
        return found.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList();
    }

    private static void note(TreeMap<String, String> found, Set<String> kind, String word, List<String> paths) {
        for (String path : kind) {
            if (paths.contains(path)) {
                found.putIfAbsent(path, word);
            }
        }
    }
}
