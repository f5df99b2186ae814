package dev.dockmend.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedDiffTest {
    @TempDir
    Path dir;

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("Dockerfile", "FROM a\n", "FROM a\n", 3));
    }

    @Test
    void headersHunkAndContext() {
        String before = "FROM a\nRUN 1\nRUN 2\nRUN 3\nRUN 4\nRUN 5\nCMD x\n";
        String after = "FROM a\nRUN 1\nRUN 2\nRUN 3\nRUN 4\nRUN 5\nCMD [\"x\"]\n";
        assertEquals("""
                --- a/Dockerfile
                +++ b/Dockerfile
                @@ -4,4 +4,4 @@
                 RUN 3
                 RUN 4
                 RUN 5
                -CMD x
                +CMD ["x"]
                """, UnifiedDiff.of("Dockerfile", before, after, 3));
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertEquals("""
                --- a/Dockerfile
                +++ b/Dockerfile
                @@ -1,2 +1,2 @@
                 FROM a
                -CMD x
                \\ No newline at end of file
                +CMD ["x"]
                \\ No newline at end of file
                """, UnifiedDiff.of("Dockerfile", "FROM a\nCMD x", "FROM a\nCMD [\"x\"]", 3));
    }

    @Test
    void crlfIsKeptInDiffLines() {
        String diff = UnifiedDiff.of("Dockerfile", "FROM a\r\nCMD x\r\n", "FROM a\r\nCMD [\"x\"]\r\n", 1);
        assertEquals("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n FROM a\r\n-CMD x\r\n+CMD [\"x\"]\r\n", diff);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            change in the middle      | a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\n        | a\\nb\\nc\\nd\\nX\\nf\\ng\\nh\\ni\\n
            two distant hunks         | 1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n | 0\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\nX\\n
            insertion at the start    | b\\nc\\n                                 | a\\nb\\nc\\n
            deletion at the end       | a\\nb\\nc\\n                             | a\\nb\\n
            everything removed        | a\\nb\\n                                 | x
            crlf lines                | a\\r\\nb\\r\\nc\\r\\n                    | a\\r\\nB\\r\\nc\\r\\n
            final newline added       | a\\nb                                    | a\\nb\\n
            final newline removed     | a\\nb\\n                                 | a\\nb
            """)
    void gitAppliesTheDiff(String name, String before, String after) throws Exception {
        checkWithGit(before.replace("\\n", "\n").replace("\\r", "\r"), after.replace("\\n", "\n").replace("\\r", "\r"), 3);
    }

    @Test
    void gitAppliesRandomEdits() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 25; round++) {
            List<String> lines = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                lines.add("RUN step " + i + (random.nextInt(5) == 0 ? "\r\n" : "\n"));
            }
            List<String> edited = new ArrayList<>(lines);
            for (int e = 0; e < 1 + random.nextInt(4); e++) {
                int at = random.nextInt(edited.size() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> edited.add(at, "RUN new " + e + "\n");
                    case 1 -> {
                        if (at < edited.size() && edited.size() > 1) {
                            edited.remove(at);
                        }
                    }
                    default -> {
                        if (at < edited.size()) {
                            edited.set(at, "RUN changed " + e + "\n");
                        }
                    }
                }
            }
            // git refuses hunks without context unless told --unidiff-zero, so contexts are 1 to 3 here.
            checkWithGit(String.join("", lines), String.join("", edited), 1 + random.nextInt(3));
        }
    }

    @Test
    void aPatchCarriesTheFilesOwnBytesAndNamesThePathInUtf8() throws Exception {
        byte[] gbk = {'#', ' ', (byte) 0xC4, (byte) 0xE3, (byte) 0xBA, (byte) 0xC3, '\r', '\n'}; // "# 你好" in GBK, CRLF
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] before = concat(bom, gbk, "FROM a\r\nCMD x".getBytes(StandardCharsets.US_ASCII));
        byte[] after = concat(bom, gbk, "FROM a\r\nCMD [\"x\"]".getBytes(StandardCharsets.US_ASCII));
        UnifiedDiff.Patch patch = UnifiedDiff.patch("d\u00e9p\u00f4t/Dockerfile", before, after, 3).orElseThrow();
        assertEquals("--- a/d\u00e9p\u00f4t/Dockerfile\n+++ b/d\u00e9p\u00f4t/Dockerfile\n", patch.header());
        byte[] expected = concat("--- a/d\u00e9p\u00f4t/Dockerfile\n+++ b/d\u00e9p\u00f4t/Dockerfile\n@@ -1,3 +1,3 @@\n ".getBytes(StandardCharsets.UTF_8),
                bom, gbk, " FROM a\r\n-CMD x\n\\ No newline at end of file\n+CMD [\"x\"]\n\\ No newline at end of file\n"
                        .getBytes(StandardCharsets.US_ASCII));
        assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(patch.bytes(), StandardCharsets.ISO_8859_1));
        assertTrue(UnifiedDiff.patch("Dockerfile", before, before.clone(), 3).isEmpty());

        assumeTrue(gitAvailable(), "git is not on PATH");
        Path work = Files.createTempDirectory(dir, "apply");
        Path file = Files.createDirectories(work.resolve("d\u00e9p\u00f4t")).resolve("Dockerfile");
        Files.write(file, before);
        Files.write(work.resolve("change.patch"), patch.bytes());
        assertEquals(0, git(work, "apply", "change.patch"), "git apply");
        assertArrayEquals(after, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space/Dockerfile", "say \"hi\"/Dockerfile", "tab\there/Dockerfile", "back\\slash/Dockerfile",
        "caf\u00e9 \u4e2d/Dockerfile"})
    void pathsThatNeedQuotingOrATabAreReadWholeByGitAndPatch(String path) throws Exception {
        byte[] before = "FROM a\nCMD x\n".getBytes(StandardCharsets.UTF_8);
        byte[] after = "FROM a\nCMD [\"x\"]\n".getBytes(StandardCharsets.UTF_8);
        byte[] patch = UnifiedDiff.patch(path, before, after, 3).orElseThrow().bytes();
        assumeTrue(gitAvailable(), "git is not on PATH");
        List<List<String>> tools = new ArrayList<>(List.of(List.of("git", "apply")));
        if (available("patch")) {
            tools.add(List.of("patch", "-p1", "--batch", "--quiet", "-i"));
        }
        for (List<String> tool : tools) {
            Path work = Files.createTempDirectory(dir, "apply");
            Path file = Files.createDirectories(work.resolve(path).getParent()).resolve("Dockerfile");
            Files.write(file, before);
            Files.write(work.resolve("change.patch"), patch);
            List<String> command = new ArrayList<>(tool);
            command.add("change.patch");
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), tool + ": " + output);
            assertArrayEquals(after, Files.readAllBytes(file), tool.toString());
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** Writes {@code before}, applies the diff with real {@code git apply}, and compares with {@code after}. */
    private void checkWithGit(String before, String after, int context) throws Exception {
        assumeTrue(gitAvailable(), "git is not on PATH");
        if (before.equals(after)) {
            assertEquals("", UnifiedDiff.of("Dockerfile", before, after, context));
            return;
        }
        Path work = Files.createTempDirectory(dir, "apply");
        Path file = work.resolve("Dockerfile");
        Files.writeString(file, before, StandardCharsets.UTF_8);
        Path patch = work.resolve("change.patch");
        Files.writeString(patch, UnifiedDiff.of("Dockerfile", before, after, context), StandardCharsets.UTF_8);
        assertEquals(0, git(work, "apply", "--check", "change.patch"), "git apply --check");
        assertEquals(0, git(work, "apply", "change.patch"), "git apply");
        assertEquals(after, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static boolean gitAvailable() {
        return available("git");
    }

    private static boolean available(String program) {
        try {
            return new ProcessBuilder(program, "--version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int git(Path work, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "apply.whitespace=nowarn"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0) {
            System.err.println(output);
        }
        return process.exitValue();
    }
}
