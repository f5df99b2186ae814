package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.cli.migrate.GitRepos;
import dev.dockmend.testing.ExactApproval;
import dev.dockmend.testing.TestData;

/**
 * The files {@code migrate} writes for a pull request and a patch, approved byte for byte
 * ({@code testdata/cli/migrate/}): a repository whose changes are safe and review, with a finding, and one
 * whose other Dockerfile does not parse.
 */
class MigratePullRequestApprovalTest {
    @TempDir
    Path repos;

    @BeforeEach
    void repositories() throws Exception {
        GitRepos.repo(repos.resolve("api"), "Dockerfile", GitRepos.WEB, "services/worker/Dockerfile", GitRepos.WORKER);
        GitRepos.repo(repos.resolve("broken"), "Dockerfile", GitRepos.BROKEN, "app/Dockerfile", GitRepos.WEB);
        GitRepos.repo(repos.resolve("safe"), "Dockerfile", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n");
    }

    private static Path approved() {
        return TestData.root().resolve("cli/migrate");
    }

    private static void approve(String name, String extension, Path file) throws Exception {
        ExactApproval.verify(approved(), name, extension, Files.readAllBytes(file));
    }

    @Test
    void pullRequestsOfABranch() throws Exception {
        CliRun run = CliRun.in(repos, "migrate", "--branch", "dockmend/mend", "--author", "Bot <bot@example.org>", "--pr-dir", "pr",
                "--safe-only", "--skip", "clean-package-cache", "safe");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        CliRun all = CliRun.in(repos, "migrate", "--branch", "dockmend/mend", "--author", "Bot <bot@example.org>", "--pr-dir", "pr",
                "api", "broken");
        assertEquals(ExitCodes.INPUT, all.exitCode(), all.err());
        assertAll(
                () -> approve("api", "md", repos.resolve("pr/api.md")),
                () -> approve("api", "title", repos.resolve("pr/api.title")),
                () -> approve("broken", "md", repos.resolve("pr/broken.md")),
                () -> approve("safe", "md", repos.resolve("pr/safe.md")));
    }

    @Test
    void patchesAndTheirPullRequests() throws Exception {
        CliRun run = CliRun.in(repos, "migrate", "--patch-dir", "out", "api");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertAll(
                () -> approve("api", "patch", repos.resolve("out/api.patch")),
                () -> approve("api-patch-dir", "md", repos.resolve("out/api.md")));
    }
}
