package dev.dockmend.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.DockerfileParseException;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing any input, as bytes and as text: it never throws; a file that is refused has an error with a
 * line and column inside the input (and {@code orThrow} throws exactly {@link DockerfileParseException}
 * with it); a tree prints back to the exact input, byte for byte; and where the bytes are valid UTF-8,
 * both ways accept alike and build the same tree.
 */
class ParseFuzzTest {

    @MethodSource("dev.dockmend.fuzz.Seeds#dockerfiles")
    @FuzzTest
    @DictionaryFile(resourcePath = "/dev/dockmend/fuzz/dockerfile.dict")
    void parse(byte[] input) {
        ParseResult bytes = parsed(input, Reading.BYTES);
        ParseResult text = parsed(input, Reading.TEXT);
        if (isUtf8(input)) {
            // The same text either way: the decoder and parse(String) must accept and build alike.
            assertEquals(bytes.ok(), text.ok(), "BYTES and TEXT disagree on accepting valid UTF-8");
            assertEquals(bytes.tree(), text.tree(), "BYTES and TEXT build different trees of valid UTF-8");
        }
    }

    private static ParseResult parsed(byte[] input, Reading reading) {
        ParseResult result = reading.parse(input);
        String text = reading.text(input);
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertInside(diagnostic, text, reading);
        }
        if (result.tree().isEmpty()) {
            assertTrue(result.firstError().isPresent(), reading + ": no tree and no error");
        } else {
            assertTrue(reading.printsBack(result.tree().get(), input), reading + ": the tree does not print back to the input");
        }
        assertThrowsOnlyParseErrors(result, reading);
        return result;
    }

    private static boolean isUtf8(byte[] input) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@code orThrow} gives the tree of an accepted file, else a parse exception carrying the first error. */
    private static void assertThrowsOnlyParseErrors(ParseResult result, Reading reading) {
        try {
            Dockerfile tree = result.orThrow("Dockerfile");
            assertTrue(result.ok(), reading + ": orThrow accepted a file with errors");
            assertEquals(result.tree().orElseThrow(), tree);
        } catch (DockerfileParseException e) {
            if (result.ok()) {
                fail(reading + ": orThrow refused an accepted file", e);
            }
            assertEquals(result.firstError().orElseThrow(), e.diagnostic());
        }
    }

    /**
     * The diagnostic's line is a line of the input (or the empty one after its last line end), its column
     * within it. Lines end at LF only, as BuildKit reads them (a CR is part of its line).
     */
    private static void assertInside(Diagnostic diagnostic, String text, Reading reading) {
        String[] lines = text.split("\n", -1);
        String where = reading + ": " + diagnostic.format("Dockerfile");
        assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lines.length, where + ": line outside the input");
        String line = lines[diagnostic.line() - 1];
        assertTrue(diagnostic.column() >= 1 && diagnostic.column() <= line.codePointCount(0, line.length()) + 1,
                where + ": column outside its line");
    }
}
