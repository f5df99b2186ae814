package dev.dockmend.cli.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * {@code --shard I/N}: the repositories whose folder name hashes to {@code I - 1} modulo {@code N}, so that N
 * copies of one command (a CI matrix, a Kubernetes indexed Job) share a list without talking to each other.
 *
 * <p>The key is the repository folder's own name ({@code api} for {@code /home/runner/work/org/api} and for
 * {@code /workspace/api}), not the path: each machine of a matrix checks repositories out under a folder of
 * its own, and a path as given can be absolute. A remote URL would be stable too, but one clone has
 * {@code https://}, the next {@code git@}, and a repository need not have a remote. Two repositories of the
 * same name land in the same shard, which only makes the shards less even. The hash is the first 8 bytes of
 * the SHA-256 of the name's UTF-8 bytes, read as an unsigned big-endian number, modulo N: any language can
 * compute it (docs/migrate.md), and it is the same on every machine and JVM.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("expected I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Reads {@code I/N}; the message of the exception says what is wrong. */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash < 1) {
                throw new NumberFormatException();
            }
            return new Shard(Integer.parseInt(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected I/N (such as 2/5: the second of five shards), got '" + text + "'");
        }
    }

    /** Whether {@code repo} is in this shard. */
    public boolean contains(RepoEntry repo) {
        return Long.remainderUnsigned(hash(repo.folderName()), count) == index - 1;
    }

    public List<RepoEntry> of(List<RepoEntry> repos) {
        return count == 1 ? repos : repos.stream().filter(this::contains).toList();
    }

    static long hash(String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
