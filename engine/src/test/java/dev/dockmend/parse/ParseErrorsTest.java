package dev.dockmend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.dockmend.Dockerfiles;

/** Every input BuildKit rejects gives one clear error: position, BuildKit's words, what was expected. */
class ParseErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unterminated heredoc      | FROM a\\nRUN <<EOF\\necho hi\\n              | 2 | 1 | unterminated heredoc                                   | a line that is exactly `EOF` to end the heredoc
            ENV without a value       | FROM a\\n  ENV NAME\\n                     | 2 | 3 | ENV must have two arguments                            | a value after the name: `ENV NAME=value` (or the legacy `ENV NAME value`)
            LABEL without a value     | FROM a\\nLABEL x\\n                        | 2 | 1 | LABEL must have two arguments                          | a value after the name: `LABEL NAME=value` (or the legacy `LABEL NAME value`)
            ENV pair without =        | FROM a\\nENV A=1 B\\n                      | 2 | 1 | Syntax error - can't find = in "B". Must be of the form: name=value | every word to be NAME=value once the first one is
            nested JSON               | FROM a\\nCMD [ "echo", [ "nested" ] ]\\n   | 2 | 1 | when using JSON array syntax, arrays must be comprised of strings only | a JSON array of strings such as ["executable", "arg"], with no numbers, null or nested arrays
            JSON with a number        | FROM a\\nRUN [1]\\n                        | 2 | 1 | when using JSON array syntax, arrays must be comprised of strings only | a JSON array of strings such as ["executable", "arg"], with no numbers, null or nested arrays
            nested JSON under ONBUILD | FROM a\\nONBUILD RUN [null]\\n             | 2 | 1 | when using JSON array syntax, arrays must be comprised of strings only | a JSON array of strings such as ["executable", "arg"], with no numbers, null or nested arrays
            invalid escape directive  | # escape=``\\nFROM a\\n                    | 1 | 1 | invalid escape token '``' does not match ` or \\       | `# escape=\\` or `# escape=``
            duplicate directive       | # syntax=a\\n# SYNTAX=b\\nFROM a\\n        | 2 | 1 | only one syntax parser directive can be used           | each directive at most once
            empty file                |                                            | 1 | 1 | file with no instructions                              | at least one instruction such as FROM
            only comments             | # a\\n\\n# b\\n                            | 3 | 1 | file with no instructions                              | at least one instruction such as FROM
            """)
    void reportsBuildKitParserErrors(String name, String source, int line, int column, String message, String expected) {
        ParseResult result = Dockerfiles.parse(unescape(source));
        assertFalse(result.ok(), name);
        Diagnostic error = result.firstError().orElseThrow();
        assertEquals(List.of(line, column, message, expected),
                List.of(error.line(), error.column(), error.message(), error.expected()), name);
    }

    @Test
    void binaryFileIsRefusedWithItsPosition() {
        ParseResult result = Dockerfiles.parse("FROM a\nRUN x\u0000y\n".getBytes(StandardCharsets.UTF_8));
        Diagnostic error = result.firstError().orElseThrow();
        assertEquals("2:6", error.line() + ":" + error.column());
        assertTrue(error.message().startsWith("binary file"), error.message());
        assertTrue(result.tree().isEmpty());
        Diagnostic afterNonAscii = Dockerfiles.parse("# é\n\nab\u0000".getBytes(StandardCharsets.UTF_8)).firstError().orElseThrow();
        assertEquals("3:3", afterNonAscii.line() + ":" + afterNonAscii.column());
        Diagnostic first = Dockerfiles.parse(new byte[] {0, 'a'}).firstError().orElseThrow();
        assertEquals("1:1", first.line() + ":" + first.column());
    }

    @Test
    void textWithANulIsRefusedWithItsPositionAfterAByteOrderMarkToo() {
        // Found by fuzzing: a text starting with U+FEFF skipped the NUL check, and a recipe then failed
        // on the NUL with an IllegalStateException instead of the file being refused.
        for (String text : List.of("FROM a\nRUN é\u0000y\n", "\uFEFFFROM a\nRUN é\u0000y\n")) {
            ParseResult result = Dockerfiles.parse(text);
            Diagnostic error = result.firstError().orElseThrow();
            assertEquals("2:6", error.line() + ":" + error.column(), text);
            assertTrue(error.message().startsWith("binary file"), error.message());
            assertTrue(result.tree().isEmpty());
        }
        Diagnostic first = Dockerfiles.parse("\uFEFF\u0000").firstError().orElseThrow();
        assertEquals("1:1", first.line() + ":" + first.column());
    }

    @Test
    void utf16FileIsRefusedAsBinary() {
        ParseResult result = Dockerfiles.parse("FROM a\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(result.firstError().orElseThrow().message().startsWith("binary file"));
    }

    @Test
    void fileOverTheSizeLimitIsRefused() {
        byte[] big = new byte[SourceDecoder.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        ParseResult result = Dockerfiles.parse(big);
        assertTrue(result.firstError().orElseThrow().message().contains("over the limit"));
    }

    @Test
    void physicalLineOverBuildKitsLimitIsRefused() {
        String text = "FROM a\nRUN echo " + "x".repeat(DockerfileParser.MAX_LINE_BYTES) + "\n";
        Diagnostic error = Dockerfiles.parse(text).firstError().orElseThrow();
        assertEquals(2, error.line());
        assertEquals("dockerfile line greater than max allowed size of 65535", error.message());
    }

    /** Where the limit falls: in bytes, not characters; the LF not counted, a CR before it counted; any kind of line. */
    @Test
    void physicalLineLimitIsInBytesOfEveryKindOfLine() {
        int max = DockerfileParser.MAX_LINE_BYTES;
        String exactly = "RUN " + "x".repeat(max - 4);
        assertTrue(Dockerfiles.parse("FROM a\n" + exactly + "\n").ok());
        assertTrue(Dockerfiles.parse("FROM a\n" + exactly).ok(), "last line, no line ending");
        assertEquals(2, lineOfError("FROM a\n" + exactly + "x\n"));
        assertEquals(2, lineOfError("FROM a\n" + exactly + "\r\n"), "the CR is part of the line");
        assertEquals(2, lineOfError("FROM a\n" + exactly + "x"), "last line, no line ending");
        assertEquals(2, lineOfError("FROM a\nRUN " + "é".repeat(max / 2) + "\n"), "two bytes each in UTF-8");
        assertTrue(Dockerfiles.parse("FROM a\nRUN " + "é".repeat((max - 4) / 2) + "\n").ok());
        assertEquals(3, lineOfError("FROM a\n# c\n#" + "c".repeat(max) + "\nRUN x\n"), "a comment line");
        assertEquals(3, lineOfError("FROM a\nRUN <<EOF\n" + "b".repeat(max + 1) + "\nEOF\n"), "a heredoc body line");
        assertEquals(3, lineOfError("FROM a\nRUN a \\\n" + "b".repeat(max + 1) + "\n"), "a continuation line");
        assertEquals(3, lineOfError("FROM a\nRUN <<EOF\n" + "b".repeat(max + 1) + "\n"), "before the unterminated heredoc");
    }

    private static int lineOfError(String text) {
        Diagnostic error = Dockerfiles.parse(text).firstError().orElseThrow();
        assertEquals("dockerfile line greater than max allowed size of 65535", error.message());
        return error.line();
    }

    @Test
    void longLogicalLineMadeOfShortPhysicalLinesIsAccepted() {
        String part = "x".repeat(40_000);
        String text = "FROM a\nRUN " + part + " \\\n" + part + " \\\n" + part + "\n";
        assertTrue(Dockerfiles.parse(text).ok());
    }

    @Test
    void orThrowNamesFileLineAndColumn() {
        DockerfileParseException e = assertThrows(DockerfileParseException.class,
                () -> Dockerfiles.parse("FROM a\nENV A\n").orThrow("app/Dockerfile"));
        assertEquals("app/Dockerfile:2:1: error: ENV must have two arguments (expected a value after the name: "
                + "`ENV NAME=value` (or the legacy `ENV NAME value`))", e.getMessage());
    }

    @Test
    void argumentErrorsStillLeaveAPrintableTree() {
        String text = "FROM a\nENV A\n";
        ParseResult result = Dockerfiles.parse(text);
        assertFalse(result.ok());
        assertEquals(text, Dockerfiles.print(result.tree().orElseThrow()));
    }

    @Test
    void shellFormShellIsAnInstructionCheckError() {
        ParseResult result = Dockerfiles.parse("FROM a\nSHELL /bin/sh -c\n");
        assertTrue(result.ok(), "BuildKit's parser accepts it");
        Diagnostic error = Dockerfiles.validate(result.tree().orElseThrow()).get(0);
        assertEquals("2:1 SHELL requires the arguments to be in JSON form | SHELL [\"/bin/bash\", \"-c\"]",
                error.line() + ":" + error.column() + " " + error.message() + " | " + error.expected());
        assertEquals(Diagnostic.Stage.INSTRUCTIONS, error.stage());
    }

    private static String unescape(String csv) {
        return csv == null ? "" : csv.replace("\\n", "\n");
    }
}
