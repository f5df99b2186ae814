package dev.dockmend.cli.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code --shard I/N}: every repository in exactly one shard, by its folder's name, the same on every machine. */
class ShardTest {
    private static List<RepoEntry> repositories() {
        List<String> given = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String path = "org-" + (i % 7) + "/service-" + i;
            given.add(path);
            roots.add(Path.of("/work", path));
        }
        return OutputNames.of(given, roots);
    }

    @Test
    void everyRepositoryLandsInExactlyOneShard() {
        List<RepoEntry> repos = repositories();
        for (int count = 1; count <= 7; count++) {
            Map<RepoEntry, Integer> seen = new HashMap<>();
            for (int index = 1; index <= count; index++) {
                List<RepoEntry> share = new Shard(index, count).of(repos);
                assertTrue(count == 1 || share.size() < repos.size(), "shard " + index + "/" + count + " takes everything");
                share.forEach(repo -> seen.merge(repo, 1, Integer::sum));
            }
            assertEquals(repos.size(), seen.size(), "every repository in a shard of " + count);
            assertTrue(seen.values().stream().allMatch(times -> times == 1), "no repository in two shards of " + count);
        }
    }

    @Test
    void theShardDependsOnTheFolderNameOnlyNotWhereItIsCheckedOut() {
        RepoEntry runner = new RepoEntry("/home/runner/work/org/api", Path.of("/home/runner/work/org/api"), "api");
        RepoEntry pod = new RepoEntry("repos/api", Path.of("/workspace/repos/api"), "api");
        for (int count = 1; count <= 7; count++) {
            for (int index = 1; index <= count; index++) {
                Shard shard = new Shard(index, count);
                assertEquals(shard.contains(runner), shard.contains(pod), shard.toString());
            }
        }
    }

    /**
     * The hash documented in docs/migrate.md, as Python computes it:
     * {@code int.from_bytes(hashlib.sha256(b"api").digest()[:8], "big")}, so a shard can be worked out anywhere.
     */
    @Test
    void theHashIsTheDocumentedOne() {
        assertEquals(1495848867823455325L, Shard.hash("api"));
        assertEquals(5430874918674711225L, Shard.hash("web"));
        RepoEntry api = new RepoEntry("api", Path.of("/x/api"), "api");
        assertTrue(new Shard(6, 7).contains(api), "1495848867823455325 % 7 == 5: the sixth of seven");
        assertTrue(new Shard(2, 2).contains(api));
    }

    @Test
    void readsIOverN() {
        assertEquals(new Shard(2, 5), Shard.parse("2/5"));
        assertEquals("expected I/N with 1 <= I <= N, got 0/3", assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/3")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/0"));
    }
}
