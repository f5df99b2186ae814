package dev.dockmend.cli.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests run as root here, where permission bits stop no write: the read-only cases are decided by the mode
 * ({@link AtomicWrite}'s rule for root), and a folder is made read-only with {@code chattr +i}, which stops
 * root too. As another user the kernel's answer decides, as WritesAndExitCodesIT shows with the launcher.
 */
class AtomicWriteTest {
    private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsRewritten() throws IOException {
        Path target = Files.writeString(dir.resolve("real.Dockerfile"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("Dockerfile"), target.getFileName());
        AtomicWrite.replace(link, NEW);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
    }

    @Test
    void permissionsAreKeptAndNoTemporaryFileRemains() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicWrite.replace(file, NEW);
        assertEquals("new\n", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), files());
    }

    @Test
    void ownerAndGroupAreKept() throws IOException {
        assumeTrue(EffectiveUser.isRoot(), "only root may give a file to another owner and group");
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = users.lookupPrincipalByName("4321");
        GroupPrincipal group = users.lookupPrincipalByGroupName("8765");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(owner);
        view.setGroup(group);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicWrite.replace(file, NEW);
        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        assertEquals("new\n", Files.readString(file));
        assertEquals(owner, after.owner());
        assertEquals(group, after.group());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(after.permissions()));
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> AtomicWrite.replace(file, NEW));
        assertEquals(file.toRealPath().toString(), refused.getFile());
        assertTrue(refused.getReason().startsWith("read-only"), refused.getReason());
        assertTrue(refused.getReason().contains("mode r--r--r--"), refused.getReason());
        assertEquals("old\n", Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), files());
    }

    @Test
    void aFileOthersMayWriteButItsOwnerMayNotIsRefusedAsRoot() throws IOException {
        assumeTrue(EffectiveUser.isRoot(), "the owner's bit is root's rule; another user gets the kernel's answer");
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--rw-rw-"));
        assertThrows(AccessDeniedException.class, () -> AtomicWrite.replace(file, NEW));
        assertEquals("old\n", Files.readString(file));
    }

    @Test
    void aFolderThatTakesNoNewFileFailsNamingTheFolderAndTheFileIsUnchanged() throws Exception {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        ReadOnlyFolder folder = ReadOnlyFolder.of(dir);
        try {
            FileSystemException failed = assertThrows(FileSystemException.class, () -> AtomicWrite.replace(file, NEW));
            assertTrue(failed.getReason().startsWith("cannot create a file in its folder " + dir.toRealPath()), failed.getReason());
        } finally {
            folder.release();
        }
        assertArrayEquals("old\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(List.of(file), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** A folder no one may add a file to: {@code chattr +i} as root (mode bits do not stop root), else mode r-x. */
    record ReadOnlyFolder(Path dir, boolean immutable) {
        static ReadOnlyFolder of(Path dir) throws Exception {
            if (EffectiveUser.isRoot()) {
                assumeTrue(run("chattr", "+i", dir.toString()) == 0, "chattr +i is not available here");
                return new ReadOnlyFolder(dir, true);
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            return new ReadOnlyFolder(dir, false);
        }

        void release() throws Exception {
            if (immutable) {
                assertEquals(0, run("chattr", "-i", dir.toString()));
            } else {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }

        private static int run(String... command) throws Exception {
            try {
                return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException notInstalled) {
                return -1;
            }
        }
    }
}
