package dev.dockmend.cli.migrate;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * What {@code migrate} writes for each repository: a patch into {@code patchDir}, a branch (and a push), the
 * pull-request files into {@code prDir} (else beside the patch); who the commit is by ({@code author}, empty:
 * git's {@code user.name} and {@code user.email}) and its message (empty: the pull request's title and a list of
 * the changes); {@code rerun} is the command the pull request gives to make the branch again.
 */
public record MigrateOptions(Optional<Path> patchDir, Optional<Path> prDir, Optional<String> branch, boolean force, Optional<String> push,
                             Optional<PersonIdent> author, Optional<String> message, String rerun, String version) {
    /** Where the pull request's title and body go, if anywhere. */
    Optional<Path> pullRequestDir() {
        return prDir.or(() -> patchDir);
    }
}
