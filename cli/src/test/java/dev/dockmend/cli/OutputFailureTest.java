package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written (a full disk, a closed pipe) fails the command with exit code 3 and the
 * reason on standard error, whatever the command printed: a report, a patch, a whole file. I/O errors a
 * command does not handle itself are exit 3 too, not internal errors. (WritesAndExitCodesIT runs the same
 * with the launcher and {@code /dev/full}.)
 */
class OutputFailureTest {
    private static final byte[] DOCKERFILE = "FROM alpine\nCMD nginx\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void everyCommandThatPrintsFailsWhenItsOutputCannotBeWritten() throws IOException {
        Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        List<List<String>> commands = List.of(
                List.of("fix", "-"), List.of("fix"), List.of("fix", "--format", "json"), List.of("fix", "--format", "sarif"),
                List.of("check"), List.of("check", "--format", "text"), List.of("recipes"),
                List.of("apply", "Dockerfile", "--action", "exec-form-cmd:2"), List.of("apply", "-", "--action", "exec-form-cmd:2"),
                List.of("actions", "Dockerfile", "--line", "2"), List.of("parse", "Dockerfile"), List.of("fix", "--write"));
        for (List<String> command : commands) {
            Result result = run(new Full(), command);
            assertEquals(ExitCodes.INPUT, result.code(), command + ": " + result.err());
            assertTrue(result.err().endsWith("dockmend: error: cannot write standard output: No space left on device; the output is incomplete\n"),
                    command + ": " + result.err());
        }
    }

    @Test
    void aCheckWithFindingsStillSaysItsOutputFailed() throws IOException {
        Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        Result result = run(new Full(), List.of("check"));
        assertEquals(ExitCodes.INPUT, result.code(), "3 outranks 1: the report of the findings was lost");
    }

    @Test
    void textOutputThatFailsWithoutAReasonFailsTheCommandToo() throws IOException {
        Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        StringWriter err = new StringWriter();
        Writer failing = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void close() {
            }
        };
        int code = Dockmend.run(InputStream.nullInputStream(), OutputStream.nullOutputStream(), new PrintWriter(failing),
                new PrintWriter(err), false, "-C", dir.toString(), "check", "--format", "json");
        assertEquals(ExitCodes.INPUT, code, err.toString());
        assertTrue(err.toString().contains("dockmend: error: cannot write standard output; the output is incomplete"), err.toString());
    }

    @Test
    void aWrittenOutputLeavesTheExitCodeAsItWas() throws IOException {
        Files.write(dir.resolve("Dockerfile"), DOCKERFILE);
        assertEquals(ExitCodes.FINDINGS, run(OutputStream.nullOutputStream(), List.of("check")).code());
        assertEquals(ExitCodes.OK, run(OutputStream.nullOutputStream(), List.of("fix")).code());
    }

    @Test
    void anUnreadableStandardInputIsAnInputErrorNotABug() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        StringWriter err = new StringWriter();
        int code = Dockmend.run(broken, OutputStream.nullOutputStream(), new PrintWriter(new StringWriter()), new PrintWriter(err), false,
                "fix", "-");
        assertEquals(ExitCodes.INPUT, code, err.toString());
        assertEquals("dockmend: error: Input/output error\n", err.toString());
    }

    private Result run(OutputStream stdout, List<String> command) {
        StandardOutput watched = StandardOutput.of(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8));
        StringWriter err = new StringWriter();
        String[] args = new String[command.size() + 2];
        args[0] = "-C";
        args[1] = dir.toString();
        for (int i = 0; i < command.size(); i++) {
            args[i + 2] = command.get(i);
        }
        int code = Dockmend.run(new ByteArrayInputStream(DOCKERFILE), watched, out, new PrintWriter(err), false, args);
        return new Result(code, err.toString());
    }

    private record Result(int code, String err) {
    }

    /** Standard output on a full disk, as {@code /dev/full} is. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
