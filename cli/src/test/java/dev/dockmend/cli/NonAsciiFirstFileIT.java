package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file with non-ASCII comments, checked by the packaged launcher ({@code bin/dockmend check FILE}) in a JVM of
 * its own: the lexer meets it with nothing cached, as an editor's or a pre-commit hook's run does. Such files
 * crashed with exit 70 when they were the first file of a JVM, never in a batch (issue 13); ColdLexingTest pins
 * the lexer itself, this the program users run. Runs by failsafe after {@code package}.
 */
class NonAsciiFirstFileIT {
    /** Dockerfiles with nothing to change or report, but comments in the text and encodings real files have. */
    private record Case(String name, String text, Charset charset) {
    }

    private static final List<Case> CASES = List.of(
            new Case("cjk-utf8", "FROM alpine:3.19\n#中文注释\nRUN echo hi\n", StandardCharsets.UTF_8),
            new Case("cjk-gbk", "FROM alpine:3.19\n#安装依赖\nRUN echo hi\n", Charset.forName("GBK")),
            new Case("latin1", "#¿Quién? José Müller\nFROM alpine:3.19\n", StandardCharsets.ISO_8859_1),
            new Case("emoji", "FROM alpine:3.19\n#🚀 deploy\nRUN echo hi # ✓\n", StandardCharsets.UTF_8),
            new Case("in-a-continuation", "FROM alpine:3.19\nRUN echo a \\\n#é\n && echo b\n", StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void eachFileAloneIsCheckedWithoutAnInternalError() throws IOException {
        for (Case example : CASES) {
            Path file = Files.write(dir.resolve(example.name() + ".Dockerfile"), example.text().getBytes(example.charset()));
            Program.Run run = Program.launched().run(dir, "check", file.getFileName().toString()).withoutStackTrace();
            // exit 1, not an internal error: add-non-root-user adds a USER to each (merge-run-layers joins its RUN to an echo)
            assertEquals(ExitCodes.FINDINGS, run.exitCode(), example.name() + ": " + run.err());
            assertTrue(run.out().contains(": add-non-root-user (review): ") && run.out().contains("1 file: 1 would change ("),
                    example.name() + ": " + run.out());
        }
    }
}
