package dev.dockmend.cli.migrate;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** {@code --push REMOTE}: the branch to the remote's branch of the same name, with JGit and the user's credentials. */
final class Pusher {
    private Pusher() {
    }

    /** Pushes {@code branch}; null when the remote has it, else why not. */
    static String push(Repository git, String remote, String branch, boolean force) {
        String ref = "refs/heads/" + branch;
        try {
            Iterable<PushResult> results = Git.wrap(git).push().setRemote(remote)
                    .setRefSpecs(new RefSpec((force ? "+" : "") + ref + ":" + ref))
                    .setCredentialsProvider(new GitCredentials(git.getWorkTree()))
                    .call();
            for (PushResult result : results) {
                RemoteRefUpdate update = result.getRemoteUpdate(ref);
                if (update == null) {
                    return "push to " + remote + ": the remote did not answer for " + ref;
                }
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return "push to " + remote + " refused: its branch " + branch + " has commits that are not on this one"
                                + (force ? "" : " (--force replaces them)");
                    }
                    default -> {
                        return "push to " + remote + " refused: " + update.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                + (update.getMessage() == null ? "" : ": " + update.getMessage());
                    }
                }
            }
            return null;
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            return "push to " + remote + ": " + e.getMessage();
        }
    }
}
