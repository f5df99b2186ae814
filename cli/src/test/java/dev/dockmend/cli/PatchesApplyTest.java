package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.testing.TestData;

/**
 * The diff {@code fix} prints is a patch of the files' own bytes: real {@code git apply} (and
 * {@code patch -p1} where installed) takes it, and gives exactly the bytes {@code fix --write} writes, for
 * files that are not UTF-8 (GBK, Latin-1), with a byte order mark, CRLF, no final newline, over the
 * testdata cases and every corpus file (../shared/corpus, when it is there).
 */
class PatchesApplyTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** "# 你好，世界" in GBK: not UTF-8, so the file is read byte for byte. */
    private static final byte[] GBK_COMMENT = {'#', ' ', (byte) 0xC4, (byte) 0xE3, (byte) 0xBA, (byte) 0xC3, (byte) 0xA3, (byte) 0xAC,
        (byte) 0xCA, (byte) 0xC0, (byte) 0xBD, (byte) 0xE7};

    @TempDir
    Path dir;

    @Test
    void patchesOfEncodingsLineEndingsAndMissingFinalNewlinesApplyAndGiveWhatFixWrites() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("gbk/Dockerfile", bytes(GBK_COMMENT, "\nFROM alpine\nMAINTAINER \u00e9".getBytes(StandardCharsets.UTF_8), GBK_COMMENT,
                "\nCMD nginx\n"));
        files.put("latin1/Dockerfile", "# caf\u00e9 cr\u00e8me\r\nFROM alpine\r\nMAINTAINER Jos\u00e9 \u00ff\r\nCMD nginx -g 'daemon off;'\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        files.put("bom-crlf/Dockerfile", bytes(BOM, "FROM alpine\r\nMAINTAINER me\r\nCMD nginx\r\n"));
        files.put("bom-no-final-newline/Dockerfile", bytes(BOM, "FROM alpine\nMAINTAINER me\nCMD nginx"));
        files.put("bom-latin1/Dockerfile", bytes(BOM, "# caf\u00e9\nFROM alpine\nCMD nginx\n".getBytes(StandardCharsets.ISO_8859_1)));
        files.put("utf8/Dockerfile", "# \u4f60\u597d \u00e9\nFROM alpine\nCMD echo \u00e9\n".getBytes(StandardCharsets.UTF_8));
        files.put("no-final-newline/Dockerfile", bytes("FROM alpine\nCMD nginx"));
        files.put("crlf-no-final-newline/Dockerfile", bytes("FROM alpine\r\nMAINTAINER me\r\nCMD nginx"));
        files.put("mixed-endings/Dockerfile", bytes("FROM alpine\r\nMAINTAINER me\nCMD nginx\r\n"));
        files.put("d\u00e9p\u00f4t \u4e2d/Dockerfile", bytes(GBK_COMMENT, "\nFROM alpine\nCMD nginx\n"));
        Path patch = checkPatchAppliesAsFixWrites(files);
        String applied = new String(Files.readAllBytes(patch), StandardCharsets.ISO_8859_1);
        for (String name : files.keySet()) {
            assertTrue(applied.contains("+++ b/" + new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                    name + " was not changed, so its patch was not tested");
        }
    }

    @Test
    void patchesOfEveryTestdataCaseApplyAndGiveWhatFixWrites() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> found = Files.walk(TestData.root())) {
            for (Path input : found.filter(p -> p.getFileName().toString().equals("Dockerfile") && Files.isRegularFile(p)).sorted().toList()) {
                files.put(TestData.root().relativize(input.getParent()).toString().replace('/', '_') + "/Dockerfile", Files.readAllBytes(input));
            }
        }
        assertTrue(files.size() > 50, files.size() + " cases");
        checkPatchAppliesAsFixWrites(files);
    }

    @Test
    void patchesOfEveryCorpusFileApplyAndGiveWhatFixWrites() throws Exception {
        assumeTrue(TestData.corpus().isPresent(), "../shared/corpus is not there");
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> notUtf8 = new ArrayList<>();
        try (Stream<Path> found = Files.list(TestData.corpus().get())) {
            for (Path input : found.filter(p -> p.getFileName().toString().contains("__") && Files.isRegularFile(p)).sorted().toList()) {
                byte[] content = Files.readAllBytes(input);
                String name = input.getFileName() + "/Dockerfile";
                if (!isUtf8(content)) {
                    notUtf8.add(name);
                }
                files.put(name, content);
            }
        }
        String patch = new String(Files.readAllBytes(checkPatchAppliesAsFixWrites(files)), StandardCharsets.ISO_8859_1);
        // The corpus has a GBK file that fix changes (a MAINTAINER): the case this test is for.
        assertTrue(notUtf8.stream().anyMatch(name -> patch.contains("+++ b/" + name + "\n")), "no patch of a file that is not UTF-8: " + notUtf8);
    }

    /**
     * Lays {@code files} out twice: one copy is committed to a git repository and patched with fix's diff, the
     * other rewritten by {@code fix --write}; every file must then be the same, byte for byte. Returns the patch.
     */
    private Path checkPatchAppliesAsFixWrites(Map<String, byte[]> files) throws Exception {
        assumeTrue(run(dir, "git", "--version") == 0, "git is not on PATH");
        Path patched = layOut(files, dir.resolve("patched"));
        Path written = layOut(files, dir.resolve("written"));
        assertEquals(0, run(patched, "git", "init", "-q", "."));
        CliRun diff = CliRun.in(patched, "fix");
        assertTrue(diff.exitCode() == ExitCodes.OK || diff.exitCode() == ExitCodes.INPUT, diff.err());
        Path patch = Files.write(dir.resolve("fix.patch"), diff.stdout());
        assertFalse(diff.stdout().length == 0, "nothing changed");
        assertEquals(0, run(patched, "git", "-c", "core.autocrlf=false", "apply", "--check", patch.toString()), "git apply --check");
        assertEquals(0, run(patched, "git", "-c", "core.autocrlf=false", "apply", patch.toString()), "git apply");
        CliRun write = CliRun.in(written, "fix", "--write");
        assertEquals(diff.exitCode(), write.exitCode(), write.err());
        assertSameFiles(files, written, patched);
        if (run(dir, "patch", "--version") == 0) {
            Path byPatch = layOut(files, dir.resolve("by-patch"));
            assertEquals(0, run(byPatch, "patch", "-p1", "--quiet", "--batch", "--no-backup-if-mismatch", "-i", patch.toString()), "patch -p1");
            assertSameFiles(files, written, byPatch);
        }
        return patch;
    }

    private static void assertSameFiles(Map<String, byte[]> files, Path expected, Path actual) throws IOException {
        for (String name : files.keySet()) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }

    private static Path layOut(Map<String, byte[]> files, Path root) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return root;
    }

    private static int run(Path dir, String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                System.err.println(String.join(" ", command) + ": " + output);
            }
            return code;
        } catch (IOException notInstalled) {
            return -1;
        }
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Object part : parts) {
            all.writeBytes(part instanceof byte[] raw ? raw : ((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return all.toByteArray();
    }
}
