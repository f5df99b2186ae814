package dev.dockmend.cli.migrate;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * What {@code migrate} writes for each repository: a patch into {@code patchDir}, a branch (and a push), the
 * pull-request files into {@code prDir} (else beside the patch); who the commit is by ({@code author}, empty:
 * git's {@code user.name} and {@code user.email}) and its message (empty: the pull request's title and a list of
 * the changes); {@code rerun} is the command the pull request gives to make the branch again; {@code base} is
 * the folder dockmend runs in ({@code -C}), from which the files written are named in the report and summary.
 */
public record MigrateOptions(Optional<Path> patchDir, Optional<Path> prDir, Optional<String> branch, boolean force, Optional<String> push,
                             Optional<PersonIdent> author, Optional<String> message, String rerun, String version, Path base) {
    public MigrateOptions {
        base = base.toAbsolutePath().normalize();
    }

    /** A file written, as the report and summary name it: relative to {@code base} when below it, as {@code fix} names files. */
    String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** Where the pull request's title and body go, if anywhere. */
    Optional<Path> pullRequestDir() {
        return prDir.or(() -> patchDir);
    }
}
