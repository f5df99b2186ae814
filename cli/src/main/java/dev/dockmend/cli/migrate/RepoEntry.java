package dev.dockmend.cli.migrate;

import java.nio.file.Path;

/**
 * One repository of a migration: the path as the user gave it (argument or line of {@code --repos-from}),
 * its folder (absolute), and {@code name}, which names its patch and pull-request files and its summary
 * record: the folder's name, made unique within the run ({@link OutputNames}).
 */
public record RepoEntry(String given, Path root, String name) {
    /** The folder's own name: what {@link Shard} hashes, the same wherever the repository is checked out. */
    public String folderName() {
        return folderNameOf(root);
    }

    static String folderNameOf(Path root) {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }
}
