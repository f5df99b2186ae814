package dev.dockmend.cli.migrate;

import java.util.List;
import java.util.Optional;

/**
 * What a migration did in one repository: its status and why (for skipped and failed ones), every
 * Dockerfile's changes, findings and errors, what was written (patch, branch and commit, push, pull-request
 * files), and the errors of the repository itself. Errors of files or the repository make the run's exit
 * code 3 (70 for a bug), whatever the status.
 */
public record RepoResult(RepoEntry repo, RepoStatus status, String reason, List<FileResult> files, Written written, List<String> errors,
                         int exitCode) {
    public RepoResult {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }

    /** What was written for the repository; each empty when not asked for or not made. */
    public record Written(Optional<String> patch, Optional<String> branch, Optional<String> commit, Optional<String> pushedTo,
                          Optional<String> title, Optional<String> titleFile, Optional<String> bodyFile) {
        public static final Written NOTHING = new Written(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public int changes() {
        return files.stream().mapToInt(file -> file.changes().size()).sum();
    }

    public int findings() {
        return files.stream().mapToInt(file -> file.findings().size()).sum();
    }

    /** The repository's errors ({@code error: ...}), then its files' ({@code FILE:LINE:COLUMN: error: ...}), from the repository's top. */
    public List<String> allErrors() {
        List<String> all = new java.util.ArrayList<>(errors);
        files.forEach(file -> all.addAll(file.errors()));
        return all;
    }

    public boolean failed() {
        return status == RepoStatus.FAILED || exitCode != 0;
    }

    /** A repository that could not be worked on at all. */
    static RepoResult failed(RepoEntry repo, String reason, int exitCode) {
        return new RepoResult(repo, RepoStatus.FAILED, reason, List.of(), Written.NOTHING, List.of("error: " + reason), exitCode);
    }
}
