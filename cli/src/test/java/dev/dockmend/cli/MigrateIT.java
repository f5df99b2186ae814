package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dockmend.cli.migrate.GitRepos;
import dev.dockmend.testing.TestData;

/**
 * The packaged {@code bin/dockmend migrate}, as docs/migrate.md shows it: a push to a real (bare) remote
 * over a {@code file://} URL, then the files {@code gh pr create} and {@code glab mr create} take; and shards
 * run as separate processes whose summaries merge.
 */
class MigrateIT {
    private static final String MIGRATE_AND_PUSH = "dockmend migrate --branch dockmend/mend --push origin --pr-dir pr api";
    private static final String GH = "gh pr create --head dockmend/mend --title \"$(cat ../pr/api.title)\" --body-file ../pr/api.md";
    private static final String GLAB = "glab mr create --source-branch dockmend/mend --title \"$(cat ../pr/api.title)\" --description \"$(cat ../pr/api.md)\" --yes";

    @TempDir
    Path temp;

    /** A clone-like repository: main pushed to a bare origin, git's user set as a CI job sets it. */
    private Path repository(Path work, String name, String... files) throws Exception {
        Path root = GitRepos.repo(work.resolve(name), files);
        Path remote = GitRepos.bare(temp.resolve("remotes").resolve(name + ".git"));
        GitRepos.addRemote(root, "origin", remote);
        try (Git git = Git.open(root.toFile())) {
            git.push().setRemote("origin").setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
            git.getRepository().getConfig().setString("user", null, "name", "dockmend bot");
            git.getRepository().getConfig().setString("user", null, "email", "bot@example.org");
            git.getRepository().getConfig().save();
        }
        return root;
    }

    @Test
    void theDocumentedFlowPushesTheBranchAndWritesWhatGhAndGlabTake() throws Exception {
        String docs = Files.readString(TestData.root().getParent().resolve("docs/migrate.md"));
        assertTrue(docs.contains(MIGRATE_AND_PUSH + "\ncd api\n" + GH + "\n" + GLAB + "\n"), "docs/migrate.md shows the flow this test runs");
        Path work = Files.createDirectories(temp.resolve("work"));
        Path api = repository(work, "api", "Dockerfile", GitRepos.WEB, "services/worker/Dockerfile", GitRepos.WORKER);

        List<String> args = new ArrayList<>(List.of(MIGRATE_AND_PUSH.split(" ")));
        Program.Run run = Program.launched().run(work, args.subList(1, args.size()).toArray(String[]::new)).withoutStackTrace();

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("[1/1] api: migrated, 7 changes in 2 files, branch dockmend/mend ("), "plain progress lines: " + run.err());
        try (Repository local = GitRepos.open(api); Repository remote = GitRepos.openBare(temp.resolve("remotes/api.git"))) {
            RevCommit made = GitRepos.tip(local, "dockmend/mend");
            assertEquals(made, GitRepos.tip(remote, "dockmend/mend"), "the branch is on the remote");
            assertEquals("dockmend bot", made.getAuthorIdent().getName());
            assertEquals(GitRepos.head(local), made.getParent(0).getId());
        }
        // What gh and glab read, from the repository's folder, as the documented commands name them.
        Path title = api.resolve("../pr/api.title").normalize();
        Path body = api.resolve("../pr/api.md").normalize();
        assertEquals("Mend 2 Dockerfiles with dockmend (merge-run-layers, clean-package-cache, exec-form-cmd, maintainer-to-label, add-non-root-user)\n",
                Files.readString(title));
        assertTrue(Files.readString(body).contains("\n| File | Recipe | Safety | Lines |\n"), Files.readString(body));

        Program.Run again = Program.launched().run(work, args.subList(1, args.size()).toArray(String[]::new)).withoutStackTrace();
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("api: already-migrated, "), again.out());
    }

    @Test
    void shardsRunApartAndTheirSummariesMerge() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        List<String> names = List.of("api", "web", "billing", "search", "auth");
        for (String name : names) {
            repository(work, name, "Dockerfile", GitRepos.WEB);
        }
        Files.writeString(work.resolve("repos.txt"), String.join("\n", names) + "\n");
        List<String> merge = new ArrayList<>(List.of("migrate", "--merge-summaries"));
        for (int shard = 1; shard <= 3; shard++) {
            Program.Run run = Program.launched().run(work, "migrate", "--repos-from", "repos.txt", "--shard", shard + "/3", "--patch-dir", "out",
                    "--summary", "summary-" + shard + ".json").withoutStackTrace();
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            merge.add("summary-" + shard + ".json");
        }
        Program.Run merged = Program.launched().run(work, merge.toArray(String[]::new)).withoutStackTrace();

        assertEquals(ExitCodes.OK, merged.exitCode(), merged.err());
        JsonNode all = new ObjectMapper().readTree(merged.out());
        assertEquals(5, all.path("totals").path("migrated").asInt(), merged.out());
        List<String> paths = new ArrayList<>();
        all.path("repositories").forEach(record -> paths.add(record.path("path").asText()));
        assertEquals(List.of("api", "auth", "billing", "search", "web"), paths);
        for (String name : names) {
            assertTrue(Files.isRegularFile(work.resolve("out/" + name + ".patch")), name);
        }
    }
}
