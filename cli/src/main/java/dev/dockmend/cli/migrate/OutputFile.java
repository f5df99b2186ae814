package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dockmend.cli.run.AtomicWrite;

/**
 * A file migrate writes (patch, pull-request title and body, summary): written beside its place and moved
 * there, so a job that reads it never sees half of it, and a failed write leaves the old one. Unlike
 * {@link AtomicWrite#replace}, the file may be new, and it is dockmend's own: no owner or mode to keep.
 */
final class OutputFile {
    private OutputFile() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".dockmend");
        try {
            Files.write(temp, bytes);
            AtomicWrite.moveOver(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
