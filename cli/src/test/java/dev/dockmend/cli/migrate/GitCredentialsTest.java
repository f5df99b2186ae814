package dev.dockmend.cli.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A push asks git's credential helpers, as {@code git push} would; a host no helper knows gets none. */
class GitCredentialsTest {
    @TempDir
    Path temp;

    private static boolean gitInstalled() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void asksTheRepositorysCredentialHelper() throws Exception {
        assumeTrue(gitInstalled(), "git is not installed");
        Path root = GitRepos.repo(temp.resolve("api"), "Dockerfile", GitRepos.CLEAN);
        Path helper = temp.resolve("helper.sh");
        // A helper answers only for its host, as a keychain or a store file does; it records what it was asked.
        Files.writeString(helper, "#!/bin/sh\ncat > " + temp.resolve("asked.txt") + "\n"
                + "grep -q '^host=forge.example$' " + temp.resolve("asked.txt") + " && printf 'username=bot\\npassword=s3cret\\n'\nexit 0\n");
        GitRepos.makeExecutable(helper);
        try (Repository repo = GitRepos.open(root)) {
            repo.getConfig().setString("credential", null, "helper", helper.toString());
            repo.getConfig().save();
        }
        GitCredentials credentials = new GitCredentials(root.toFile());
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();

        assertTrue(credentials.get(new URIish("https://forge.example/org/api.git"), user, password));
        assertEquals("bot", user.getValue());
        assertArrayEquals("s3cret".toCharArray(), password.getValue());
        String asked = Files.readString(temp.resolve("asked.txt"));
        assertTrue(asked.contains("protocol=https\nhost=forge.example\n"), asked);

        assertFalse(credentials.get(new URIish("https://elsewhere.example/org/api.git"), new CredentialItem.Username(),
                new CredentialItem.Password()), "no helper knows this host");
    }
}
