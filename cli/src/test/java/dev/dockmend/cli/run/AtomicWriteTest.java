package dev.dockmend.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsRewritten() throws IOException {
        Path target = Files.writeString(dir.resolve("real.Dockerfile"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("Dockerfile"), target.getFileName());
        AtomicWrite.replace(link, "new\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
    }

    @Test
    void permissionsAreKeptAndNoTemporaryFileRemains() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        AtomicWrite.replace(file, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(file));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
