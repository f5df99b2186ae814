package dev.dockmend.cli;

import static dev.dockmend.cli.migrate.GitRepos.BROKEN;
import static dev.dockmend.cli.migrate.GitRepos.CLEAN;
import static dev.dockmend.cli.migrate.GitRepos.WEB;
import static dev.dockmend.cli.migrate.GitRepos.WORKER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dockmend.cli.migrate.GitRepos;

/**
 * {@code dockmend migrate} over real git repositories made for each test: one with nested Dockerfiles (one
 * executable), one with nothing to change, one with an uncommitted change to its Dockerfile, one with a
 * Dockerfile that does not parse beside one that is mended, and a folder that is no repository.
 */
class MigrateTest {
    private static final String BRANCH = "dockmend/mend";
    private static final String BOT = "Bot <bot@example.org>";

    @TempDir
    Path temp;
    Path repos;

    @BeforeEach
    void repositories() throws Exception {
        repos = temp.resolve("repos");
        Path api = GitRepos.repo(repos.resolve("api"), "Dockerfile", WEB, "services/worker/Dockerfile", WORKER, "README.md", "api\n");
        GitRepos.makeExecutable(api.resolve("services/worker/Dockerfile"));
        GitRepos.commitAll(api, "worker is executable");
        GitRepos.repo(repos.resolve("clean"), "Dockerfile", CLEAN);
        Path dirty = GitRepos.repo(repos.resolve("dirty"), "Dockerfile", WEB);
        GitRepos.write(dirty, "Dockerfile", WEB + "# not committed\n");
        GitRepos.repo(repos.resolve("broken"), "Dockerfile", BROKEN, "app/Dockerfile", WORKER);
        Files.createDirectories(repos.resolve("notgit"));
        GitRepos.write(repos.resolve("notgit"), "Dockerfile", WEB);
    }

    private CliRun migrate(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "migrate";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.in(repos, all);
    }

    /** What {@code dockmend fix -} makes of a repository's file: what the branch must hold. */
    private String fixed(String repo, String path) throws IOException {
        Path file = repos.resolve(repo).resolve(path);
        CliRun run = CliRun.withStdin(Files.readAllBytes(file), "fix", "-", "--stdin-filename", file.toString());
        return run.out();
    }

    private JsonNode summary(Path file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    private static Map<String, JsonNode> byRepository(JsonNode summary) {
        Map<String, JsonNode> records = new HashMap<>();
        summary.path("repositories").forEach(record -> records.put(record.path("repository").asText(), record));
        return records;
    }

    @Test
    void aBranchPerRepositoryFromHeadWithoutTouchingTheCheckout() throws Exception {
        Path api = repos.resolve("api");
        ObjectId headBefore;
        ObjectId indexWorkerBefore;
        try (Repository repo = GitRepos.open(api)) {
            headBefore = GitRepos.head(repo);
            indexWorkerBefore = repo.readDirCache().getEntry("services/worker/Dockerfile").getObjectId();
        }
        CliRun run = migrate("--branch", BRANCH, "--author", BOT, "--summary", "summary.json", "--pr-dir", "pr", "--jobs", "2",
                "api", "clean", "dirty", "broken", "notgit");

        assertEquals(ExitCodes.INPUT, run.exitCode(), run.out() + run.err());
        try (Repository repo = GitRepos.open(api)) {
            RevCommit tip = GitRepos.tip(repo, BRANCH);
            assertNotNull(tip, run.out());
            assertAll(
                    () -> assertEquals(headBefore, tip.getParent(0).getId(), "one commit on HEAD"),
                    () -> assertEquals(1, tip.getParentCount()),
                    () -> assertEquals(fixed("api", "Dockerfile"), GitRepos.fileIn(repo, tip, "Dockerfile")),
                    () -> assertEquals(fixed("api", "services/worker/Dockerfile"), GitRepos.fileIn(repo, tip, "services/worker/Dockerfile")),
                    () -> assertEquals("api\n", GitRepos.fileIn(repo, tip, "README.md")),
                    () -> assertEquals(FileMode.EXECUTABLE_FILE, GitRepos.modeIn(repo, tip, "services/worker/Dockerfile")),
                    () -> assertEquals(FileMode.REGULAR_FILE, GitRepos.modeIn(repo, tip, "Dockerfile")),
                    () -> assertEquals("Bot", tip.getAuthorIdent().getName()),
                    () -> assertEquals("bot@example.org", tip.getCommitterIdent().getEmailAddress()),
                    () -> assertTrue(tip.getFullMessage().startsWith("Mend 2 Dockerfiles with dockmend (merge-run-layers, clean-package-cache,"
                            + " exec-form-cmd, maintainer-to-label, add-non-root-user)\n\n- Dockerfile: "), tip.getFullMessage()),
                    // The checkout: HEAD, the branch checked out, the index and the files are as they were.
                    () -> assertEquals(headBefore, GitRepos.head(repo)),
                    () -> assertEquals("refs/heads/main", repo.getFullBranch()),
                    () -> assertEquals(indexWorkerBefore, repo.readDirCache().getEntry("services/worker/Dockerfile").getObjectId()),
                    () -> assertEquals(WEB, Files.readString(api.resolve("Dockerfile"))),
                    () -> assertTrue(Git.wrap(repo).status().call().isClean()));
        }
        try (Repository repo = GitRepos.open(repos.resolve("broken"))) {
            RevCommit tip = GitRepos.tip(repo, BRANCH);
            assertEquals(fixed("broken", "app/Dockerfile"), GitRepos.fileIn(repo, tip, "app/Dockerfile"));
            assertEquals(BROKEN, GitRepos.fileIn(repo, tip, "Dockerfile"), "a file that does not parse is left as it is");
        }
        for (String untouched : List.of("clean", "dirty")) {
            try (Repository repo = GitRepos.open(repos.resolve(untouched))) {
                assertNull(GitRepos.tip(repo, BRANCH), untouched);
            }
        }
        Map<String, JsonNode> records = byRepository(summary(repos.resolve("summary.json")));
        assertAll(
                () -> assertEquals("migrated", records.get("api").path("status").asText()),
                () -> assertEquals(7, records.get("api").path("changes").asInt()),
                () -> assertEquals(BRANCH, records.get("api").path("branch").asText()),
                () -> assertEquals(GitRepos.tip(GitRepos.open(repos.resolve("api")), BRANCH).name(), records.get("api").path("commit").asText()),
                () -> assertEquals("no-changes", records.get("clean").path("status").asText()),
                () -> assertEquals("skipped", records.get("dirty").path("status").asText()),
                () -> assertTrue(records.get("dirty").path("reason").asText().contains("uncommitted changes to Dockerfile (modified)")),
                () -> assertEquals("migrated", records.get("broken").path("status").asText()),
                () -> assertTrue(records.get("broken").path("errors").get(0).asText().startsWith("Dockerfile:2:1: error: unterminated heredoc"),
                        records.get("broken").toString()),
                () -> assertEquals("failed", records.get("notgit").path("status").asText()),
                () -> assertTrue(records.get("notgit").path("errors").get(0).asText().contains("not a git repository")),
                () -> assertEquals(5, summary(repos.resolve("summary.json")).path("totals").path("repositories").asInt()),
                () -> assertTrue(Files.isRegularFile(repos.resolve("pr/api.md"))),
                () -> assertEquals(records.get("api").path("pullRequest").path("title").asText() + "\n",
                        Files.readString(repos.resolve("pr/api.title"))),
                () -> assertFalse(Files.exists(repos.resolve("pr/clean.md")), "no pull request without changes"),
                // The report: a line per repository, the totals, then the errors again.
                () -> assertTrue(run.out().contains("\n5 repositories: 2 migrated, 1 no-changes, 1 skipped, 1 failed; 10 changes\nerrors:\n"
                        + "  broken: Dockerfile:2:1: error: unterminated heredoc"),
                        run.out()));
    }

    @Test
    void aSecondRunMakesNoNewCommit() throws Exception {
        CliRun first = migrate("--branch", BRANCH, "--author", BOT, "api");
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        RevCommit made = GitRepos.tip(GitRepos.open(repos.resolve("api")), BRANCH);

        CliRun second = migrate("--branch", BRANCH, "--author", BOT, "--summary", "again.json", "api");

        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertEquals(made, GitRepos.tip(GitRepos.open(repos.resolve("api")), BRANCH));
        JsonNode record = byRepository(summary(repos.resolve("again.json"))).get("api");
        assertEquals("already-migrated", record.path("status").asText());
        assertEquals(made.name(), record.path("commit").asText());
        assertTrue(second.out().startsWith("api: already-migrated, 7 changes in 2 files, branch dockmend/mend (" + made.name().substring(0, 7) + ")"),
                second.out());
    }

    @Test
    void aBranchWithOtherChangesIsReplacedOnlyWithForce() throws Exception {
        Path api = repos.resolve("api");
        migrate("--branch", BRANCH, "--author", BOT, "api");
        RevCommit first = GitRepos.tip(GitRepos.open(api), BRANCH);
        GitRepos.write(api, "README.md", "main moved on\n");
        GitRepos.commitAll(api, "main moves on");

        CliRun refused = migrate("--branch", BRANCH, "--author", BOT, "api");
        assertEquals(ExitCodes.OK, refused.exitCode(), refused.err());
        assertTrue(refused.out().startsWith("api: skipped (the branch dockmend/mend exists with other changes; --force replaces it"), refused.out());
        assertEquals(first, GitRepos.tip(GitRepos.open(api), BRANCH));

        CliRun forced = migrate("--branch", BRANCH, "--author", BOT, "--force", "api");
        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        try (Repository repo = GitRepos.open(api)) {
            RevCommit rebuilt = GitRepos.tip(repo, BRANCH);
            assertNotEquals(first, rebuilt);
            assertEquals(GitRepos.head(repo), rebuilt.getParent(0).getId(), "rebuilt on the new HEAD");
            assertEquals("main moved on\n", GitRepos.fileIn(repo, rebuilt, "README.md"));
        }
    }

    @Test
    void theCheckedOutBranchIsNeverChanged() throws Exception {
        CliRun run = migrate("--branch", "main", "--author", BOT, "api");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.out().contains("api: error: the branch main is checked out; dockmend never changes the checked-out branch"), run.out());
        try (Repository repo = GitRepos.open(repos.resolve("api"))) {
            assertEquals("worker is executable", GitRepos.tip(repo, "main").getShortMessage());
        }
    }

    @Test
    void theAuthorDefaultsToGitConfiguration() throws Exception {
        try (Repository repo = GitRepos.open(repos.resolve("api"))) {
            repo.getConfig().setString("user", null, "name", "Config User");
            repo.getConfig().setString("user", null, "email", "config@example.org");
            repo.getConfig().save();
        }
        CliRun run = migrate("--branch", BRANCH, "api");
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        RevCommit tip = GitRepos.tip(GitRepos.open(repos.resolve("api")), BRANCH);
        assertEquals("Config User", tip.getAuthorIdent().getName());
        assertEquals("config@example.org", tip.getCommitterIdent().getEmailAddress());
    }

    @Test
    void theMessageCanBeGiven() throws Exception {
        CliRun run = migrate("--branch", BRANCH, "--author", BOT, "--message", "chore: mend Dockerfiles", "api");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("chore: mend Dockerfiles\n", GitRepos.tip(GitRepos.open(repos.resolve("api")), BRANCH).getFullMessage());
    }

    @Test
    void pushesTheBranchToARemote() throws Exception {
        Path remote = GitRepos.bare(temp.resolve("remote.git"));
        GitRepos.addRemote(repos.resolve("api"), "origin", remote);

        CliRun run = migrate("--branch", BRANCH, "--author", BOT, "--push", "origin", "api");
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        RevCommit local = GitRepos.tip(GitRepos.open(repos.resolve("api")), BRANCH);
        try (Repository bare = GitRepos.openBare(remote)) {
            assertEquals(local, GitRepos.tip(bare, BRANCH));
        }
        assertTrue(run.out().contains(", pushed to origin"), run.out());

        CliRun again = migrate("--branch", BRANCH, "--author", BOT, "--push", "origin", "api");
        assertEquals(ExitCodes.OK, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().startsWith("api: already-migrated"), again.out());
    }

    @Test
    void aRefusedPushIsAnErrorOfThatRepository() throws Exception {
        CliRun run = migrate("--branch", BRANCH, "--author", BOT, "--push", "nowhere", "api", "clean");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.out().contains("api: error: push to nowhere"), run.out());
        assertTrue(run.out().contains("clean: no-changes"), run.out());
    }

    @Test
    void aPatchPerRepositoryThatGitApplies() throws Exception {
        CliRun run = migrate("--patch-dir", "out", "api", "clean");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Path patch = repos.resolve("out/api.patch");
        assertTrue(Files.isRegularFile(repos.resolve("out/api.md")));
        assertFalse(Files.exists(repos.resolve("out/clean.patch")));
        String web = fixed("api", "Dockerfile");
        String worker = fixed("api", "services/worker/Dockerfile");
        try (Git git = Git.open(repos.resolve("api").toFile()); InputStream in = Files.newInputStream(patch)) {
            git.apply().setPatch(in).call();
        }
        assertEquals(web, Files.readString(repos.resolve("api/Dockerfile")));
        assertEquals(worker, Files.readString(repos.resolve("api/services/worker/Dockerfile")));
    }

    @Test
    void reposFromAFile() throws Exception {
        Files.writeString(repos.resolve("list.txt"), "# the services\napi\n\n  clean  \napi\n");
        CliRun run = migrate("--patch-dir", "out", "--repos-from", "list.txt");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("api: migrated, 7 changes in 2 files, patch out/api.patch\n"), "named from the working folder: " + run.out());
        assertTrue(run.out().contains("\nclean: no-changes\n"), run.out());
        assertTrue(run.out().contains("\n2 repositories: 1 migrated, 1 no-changes; 7 changes\n"), run.out());
    }

    @Test
    void everyRepositoryInExactlyOneShardAndTheSummariesMerge() throws Exception {
        List<String> all = List.of("api", "clean", "dirty", "broken", "notgit");
        for (int count = 1; count <= 4; count++) {
            Map<String, Integer> seen = new HashMap<>();
            String[] summaries = new String[count + 1];
            summaries[0] = "--merge-summaries";
            for (int index = 1; index <= count; index++) {
                String name = "shard-" + index + "-of-" + count + ".json";
                migrate(concat(List.of("--patch-dir", "out", "--shard", index + "/" + count, "--summary", name), all));
                summary(repos.resolve(name)).path("repositories").forEach(record -> seen.merge(record.path("repository").asText(), 1, Integer::sum));
                summaries[index] = name;
            }
            for (String repo : all) {
                assertEquals(1, seen.get(repo), repo + " in " + count + " shards: " + seen);
            }
            CliRun merged = CliRun.in(repos, concat(List.of("migrate"), List.of(summaries)));
            assertEquals(ExitCodes.INPUT, merged.exitCode(), "a failed repository makes the merge exit 3: " + merged.err());
            JsonNode document = new ObjectMapper().readTree(merged.out());
            assertEquals(5, document.path("totals").path("repositories").asInt());
            assertEquals(1, document.path("totals").path("failed").asInt());
            assertEquals(List.of("api", "broken", "clean", "dirty", "notgit"),
                    java.util.stream.StreamSupport.stream(document.path("repositories").spliterator(), false)
                            .map(record -> record.path("path").asText()).toList());
        }
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }

    @Test
    void aNewDockerfileNotCommittedSkipsTheRepositoryAndNoDockerfileIsNoChange() throws Exception {
        GitRepos.write(repos.resolve("clean"), "tools/Dockerfile", WEB);
        GitRepos.repo(repos.resolve("docs"), "README.md", "no images here\n");
        CliRun run = migrate("--branch", BRANCH, "--author", BOT, "--jobs", "1", "clean", "docs");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("clean: skipped (uncommitted changes to tools/Dockerfile (not committed); commit or stash them and run again)\n"
                + "docs: no-changes (no Dockerfile found)\n"
                + "2 repositories: 1 no-changes, 1 skipped; 0 changes\n", run.out());
        assertNull(GitRepos.tip(GitRepos.open(repos.resolve("clean")), BRANCH));
    }

    @Test
    void usageErrors() {
        assertAll(
                () -> assertUsage(migrate("api"), "give --patch-dir DIR"),
                () -> assertUsage(migrate("--patch-dir", "out", "--push", "origin", "api"), "--push needs --branch"),
                () -> assertUsage(migrate("--patch-dir", "out", "--shard", "4/3", "api"), "expected I/N with 1 <= I <= N, got 4/3"),
                () -> assertUsage(migrate("--patch-dir", "out", "--shard", "two", "api"), "expected I/N (such as 2/5"),
                () -> assertUsage(migrate("--branch", "a..b", "api"), "--branch a..b: not a valid branch name"),
                () -> assertUsage(migrate("--branch", "x", "--author", "nobody", "api"), "expected \"Name <mail>\", got 'nobody'"),
                () -> assertUsage(migrate("--patch-dir", "out", "--recipe", "no-such", "api"), "no-such"),
                () -> assertUsage(migrate("--patch-dir", "out"), "no repository given"),
                () -> assertUsage(migrate("--patch-dir", "out", "--jobs", "0", "api"), "--jobs 0: expected 1 or more"),
                () -> assertUsage(migrate("--patch-dir", "out", "--context", "api", "api"), "--context names one folder"));
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    void summariesThatAreNotSummariesAreNamed() throws Exception {
        Files.writeString(repos.resolve("bad.json"), "{\"tool\": ");
        CliRun run = CliRun.in(repos, "migrate", "--merge-summaries", "bad.json");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.err().startsWith(repos.resolve("bad.json") + ":1:"), run.err());
        Files.writeString(repos.resolve("other.json"), "{\"repositories\": []}");
        CliRun other = CliRun.in(repos, "migrate", "--merge-summaries", "other.json");
        assertTrue(other.err().contains("not a summary of dockmend migrate"), other.err());
    }
}
