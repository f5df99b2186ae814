package dev.dockmend.cli.migrate;

import java.util.Locale;

/** What became of one repository, as the summary and the report name it. */
public enum RepoStatus {
    /** A patch written, or a commit made on the branch. */
    MIGRATED,
    /** The branch already holds exactly these changes on the current HEAD: no new commit. */
    ALREADY_MIGRATED,
    /** The recipes change nothing. */
    NO_CHANGES,
    /** Left alone on purpose, with the reason: uncommitted changes to a Dockerfile, a branch that exists. */
    SKIPPED,
    /** Could not be migrated: not a repository, a push refused, every changed file unreadable. */
    FAILED;

    /** {@code already-migrated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
