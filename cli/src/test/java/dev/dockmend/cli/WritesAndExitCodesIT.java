package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the packaged launcher does when a write fails: output to a full disk, a read-only file, a file
 * whose owner cannot be kept, a folder that takes no new file. Each is exit 3 with a message naming what
 * failed, and the file is left as it was. Tests run as root here, where the mode bits stop nothing: the
 * cases of an ordinary user run the launcher as {@code nobody} through {@code setpriv}, and a read-only
 * folder is {@code chattr +i}. A patch the launcher prints for a GBK file applies with git apply.
 */
class WritesAndExitCodesIT {
    private static final byte[] DOCKERFILE = "FROM alpine\nMAINTAINER me\nCMD nginx\n".getBytes(StandardCharsets.UTF_8);
    private static final int NOBODY = 65534;

    @TempDir
    Path temp;
    Path dir;

    @BeforeEach
    void openFolder() throws IOException {
        // Traversable by nobody (a @TempDir is the owner's only), writable by its owner only.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        dir = Files.createDirectory(temp.resolve("work"));
    }

    @Test
    void outputToAFullDiskFailsEveryCommandWithExit3() throws Exception {
        assumeTrue(new File("/dev/full").exists(), "no /dev/full here");
        Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        for (List<String> command : List.of(List.of("fix", "-"), List.of("fix"), List.of("fix", "--format", "json"),
                List.of("check"), List.of("check", "--format", "sarif"), List.of("apply", "Dockerfile", "--action", "exec-form-cmd:3"))) {
            Run run = launch(command, new File("/dev/full"), false);
            assertEquals(ExitCodes.INPUT, run.code(), command + ": " + run.err());
            assertTrue(run.err().contains("dockmend: error: cannot write standard output: No space left on device"), command + ": " + run.err());
        }
    }

    @Test
    void aReadOnlyFileIsRefusedEvenAsRootAndLeftAsItIs() throws Exception {
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        for (List<String> command : List.of(List.of("fix", "--write"), List.of("apply", "Dockerfile", "--action", "exec-form-cmd:3", "--write"))) {
            Run run = launch(command, null, false);
            assertEquals(ExitCodes.INPUT, run.code(), command + ": " + run.err());
            assertTrue(run.err().contains("Dockerfile: error: cannot write: read-only"), run.err());
            assertTrue(run.err().contains("the file is unchanged"), run.err());
            assertArrayEquals(DOCKERFILE, Files.readAllBytes(file));
            assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void ownerGroupAndModeAreKept() throws Exception {
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        if (isRoot()) {
            UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName("4321"));
            view.setGroup(users.lookupPrincipalByGroupName("8765"));
        }
        PosixFileAttributes before = Files.readAttributes(file, PosixFileAttributes.class);
        Run run = launch(List.of("fix", "--write"), null, false);
        assertEquals(ExitCodes.OK, run.code(), run.err());
        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        assertTrue(Files.readString(file).contains("CMD [\"nginx\"]"));
        assertEquals(before.owner(), after.owner());
        assertEquals(before.group(), after.group());
        assertEquals(before.permissions(), after.permissions());
    }

    @Test
    void aFolderThatTakesNoNewFileIsAnInputErrorNotAnInternalOne() throws Exception {
        assumeTrue(isRoot(), "chattr +i needs root");
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        assumeTrue(run(List.of("chattr", "+i", dir.toString())) == 0, "chattr +i does not work here");
        try {
            for (List<String> command : List.of(List.of("apply", "Dockerfile", "--action", "exec-form-cmd:3", "--write"), List.of("fix", "--write"))) {
                Run run = launch(command, null, false);
                assertEquals(ExitCodes.INPUT, run.code(), command + ": " + run.err());
                assertTrue(run.err().contains("Dockerfile: error: cannot write: cannot create a file in its folder " + dir.toRealPath()), run.err());
            }
        } finally {
            assertEquals(0, run(List.of("chattr", "-i", dir.toString())));
        }
        assertArrayEquals(DOCKERFILE, Files.readAllBytes(file));
    }

    @Test
    void anOrdinaryUserMayNotWriteAFileTheSystemDeniesThem() throws Exception {
        assumeNobodyCanRunTheLauncher();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // the folder would let them
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE); // root's, rw-r--r--
        Run run = launch(List.of("fix", "--write"), null, true);
        assertEquals(ExitCodes.INPUT, run.code(), run.err());
        assertTrue(run.err().contains("Dockerfile: error: cannot write: read-only for you"), run.err());
        assertArrayEquals(DOCKERFILE, Files.readAllBytes(file));
    }

    @Test
    void aFileWhoseOwnerAnOrdinaryUserCannotKeepIsLeftAsItIs() throws Exception {
        assumeNobodyCanRunTheLauncher();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        // root's file, writable by nobody's group: nobody may write it, but a new file would be nobody's.
        Files.getFileAttributeView(file, PosixFileAttributeView.class)
                .setGroup(file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(String.valueOf(NOBODY)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        Run run = launch(List.of("fix", "--write"), null, true);
        assertEquals(ExitCodes.INPUT, run.code(), run.err());
        assertTrue(run.err().contains("Dockerfile: error: cannot write: cannot keep its owner root"), run.err());
        assertArrayEquals(DOCKERFILE, Files.readAllBytes(file));
        assertEquals("root", Files.getOwner(file).getName());
    }

    @Test
    void anOrdinaryUsersReadOnlyFolderIsAnInputError() throws Exception {
        assumeNobodyCanRunTheLauncher();
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(String.valueOf(NOBODY)));
        // The folder is root's, rwxr-xr-x: nobody may write the file, not add one beside it.
        Run run = launch(List.of("apply", "Dockerfile", "--action", "exec-form-cmd:3", "--write"), null, true);
        assertEquals(ExitCodes.INPUT, run.code(), run.err());
        assertTrue(run.err().contains("Dockerfile: error: cannot write: cannot create a file in its folder"), run.err());
        assertArrayEquals(DOCKERFILE, Files.readAllBytes(file));
    }

    @Test
    void anOrdinaryUserRewritesTheirOwnFile() throws Exception {
        assumeNobodyCanRunTheLauncher();
        Path file = Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        for (Path path : List.of(dir, file)) {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName(String.valueOf(NOBODY)));
            view.setGroup(users.lookupPrincipalByGroupName(String.valueOf(NOBODY)));
        }
        Run run = launch(List.of("fix", "--write"), null, true);
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(Files.readString(file).contains("CMD [\"nginx\"]"));
        assertEquals(String.valueOf(NOBODY), String.valueOf(Files.getAttribute(file, "unix:uid")));
    }

    @Test
    void thePatchOfAGbkFileAppliesWithGitAndGivesWhatFixWrites() throws Exception {
        assumeTrue(run(List.of("git", "--version")) == 0, "git is not on PATH");
        byte[] gbk = {'#', ' ', (byte) 0xC4, (byte) 0xE3, (byte) 0xBA, (byte) 0xC3, '\r', '\n'};
        byte[] original = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, gbk,
                "FROM alpine\r\nMAINTAINER \u00e9\r\n".getBytes(StandardCharsets.UTF_8), gbk, "CMD nginx".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("Dockerfile"), original);
        Path patch = temp.resolve("fix.patch");
        Run diff = launch(List.of("fix"), patch.toFile(), false);
        assertEquals(ExitCodes.OK, diff.code(), diff.err());
        assertEquals(ExitCodes.OK, launch(List.of("fix", "--write"), null, false).code());
        byte[] written = Files.readAllBytes(file);
        Files.write(file, original);
        assertEquals(0, run(List.of("git", "init", "-q", dir.toString())));
        List<String> apply = List.of("git", "-C", dir.toString(), "-c", "core.autocrlf=false", "apply", patch.toString());
        assertEquals(0, run(apply), "git apply");
        assertArrayEquals(written, Files.readAllBytes(file));
    }

    private void assumeNobodyCanRunTheLauncher() throws Exception {
        assumeTrue(isRoot(), "only root can run the launcher as nobody");
        List<String> probe = new ArrayList<>(asNobody().command());
        probe.add("recipes");
        assumeTrue(run(probe) == 0, "setpriv is missing, or nobody cannot run " + Program.launcher());
    }

    /** Runs the launcher in {@code dir} with the Dockerfile as standard input, standard output to {@code stdout} (or kept). */
    private Run launch(List<String> args, File stdout, boolean asNobody) throws IOException {
        Program program = asNobody ? asNobody() : Program.launched();
        byte[] stdin = Files.exists(dir.resolve("Dockerfile")) ? Files.readAllBytes(dir.resolve("Dockerfile")) : new byte[0];
        String[] line = args.toArray(String[]::new);
        Program.Run run = stdout != null ? program.runWithOutputTo(stdout, dir, stdin, line) : program.run(dir, stdin, line);
        run.withoutStackTrace();
        return new Run(run.exitCode(), run.err());
    }

    /** The launcher run as nobody, with no group of root's. */
    private static Program asNobody() {
        return new Program(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", Program.launcher().toString()));
    }

    private record Run(int code, String err) {
    }

    private static int run(List<String> command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException notInstalled) {
            return -1;
        }
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
