package dev.dockmend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.grammar.DockerfileLexer;
import dev.dockmend.grammar.LexedLines;
import dev.dockmend.grammar.TextCharStream;
import dev.dockmend.testing.TestData;

/**
 * The lexer on cold paths. The first file of a JVM (one file per run: an editor's quick fix, a pre-commit hook)
 * meets a DFA nothing has filled yet; in a batch, earlier files have filled it and hide what only an empty DFA
 * meets (issue 13: {@code #中文} crashed the first file only). So every input here is lexed as production lexes
 * it (the fast simulator, BuildKit's heredoc markers) on a DFA of its own, empty at first, and compared token by
 * token with ANTLR's own simulator. That one, the reference, lexes every input on one DFA that only it uses: nothing
 * the fast one caches can steer it, and ANTLR's own cache is what the fast simulator must agree with (an empty DFA
 * for each reference run too would double the time and test ANTLR).
 */
class ColdLexingTest {
    /** The reference's DFA, made empty by the first reference lexer and filled by every one after it. */
    private static DFA[] referenceDfa;

    /** The characters past ASCII a Dockerfile brings, as the text they are written in and the charset of its bytes. */
    private record Sample(String text, Charset charset) {
        byte[] bytes(String template) {
            return template.replace("X", text).getBytes(charset);
        }
    }

    private static final Charset GBK = Charset.forName("GBK");

    private static final List<Sample> NON_ASCII = List.of(
            new Sample("中文注释", StandardCharsets.UTF_8), // CJK
            new Sample("中文注释", GBK), // not UTF-8: read as Latin-1, including bytes that are blanks there (0x85, 0xA0)
            new Sample("café Müller", StandardCharsets.ISO_8859_1), // Latin-1 text, read as Latin-1
            new Sample("José Müller", StandardCharsets.UTF_8), // accented names
            new Sample("🚀👍", StandardCharsets.UTF_8), // surrogate pairs
            new Sample("\uFFFD", StandardCharsets.UTF_8), // the replacement character
            new Sample("\u00A0\u3000\u2028\u0085", StandardCharsets.UTF_8), // Go's Unicode blanks
            new Sample("e\u0301\u200B\uFEFF", StandardCharsets.UTF_8)); // combining mark, zero-width space, a BOM inside

    /**
     * X is where a sample goes, in every lexer mode and at every kind of position: right after the character
     * that entered a state (so the first edge out of it is past ASCII), after a blank, at the end of the input.
     */
    private static final List<String> TEMPLATES = List.of(
            "#X\n", "# X\n", "  #X\n", "FROM a\n#X", "FROM a\n# X\r\n", // comment lines
            "# syntax=X\nFROM a\n", "#X=1\nFROM a\n", "# escape=X\nFROM a\n", "#\u00A0syntax=X\n", // directives
            "X\n", "X", "  X\n", "FROM a\nX y\n", "FROM X\n", // instruction lines, first word
            "FROM a\nRUN echo X\n", "FROM a\nRUN X\n", "FROM a\nLABEL k=\"X\" X=v\n", "FROM a\nENV X\n", // arguments
            "FROM a\nCMD [\"X\"]\n", "FROM a\nENTRYPOINT [\"sh\", \"-c\", \"echo X\"]", // JSON form
            "FROM a\nRUN a \\\nX\n", "FROM a\nRUN a \\\n  X\n", "FROM a\nRUN a \\\nX", "FROM a\nRUN X \\\n b\n", // continuation
            "FROM a\nRUN a \\\n#X\n b\n", "FROM a\nRUN a \\\n # X\n b\n", "FROM a\nRUN a \\\nX\\\n b\n", // its comments
            "# escape=`\nFROM a\nRUN X `\nX\n", // another escape character
            "FROM a\nRUN <<EOF\nX\nEOF\n", "FROM a\nRUN <<EOF\nEOF X\nEOF\n", "FROM a\nRUN cat <<EOF\n\nX\nEOF", // heredoc bodies
            "FROM a\nCOPY <<-EOF /x\n\tX\n\tEOF\n", "FROM a\nRUN <<X\nbody\nX\n", "FROM a\nRUN <<'X' \\\n x\nX\nX\n",
            "FROM a\nRUN <<EOF\nX"); // a body the input ends in

    @Test
    void nonAsciiTextInEveryLexerModeOnAnEmptyDfa() {
        int inputs = 0;
        for (Sample sample : NON_ASCII) {
            for (String template : TEMPLATES) {
                for (String repeated : List.of(template, template.replace("X", "XX"))) {
                    assertLexesColdAsAntlr(sample.bytes(repeated), sample + " in " + repeated);
                    inputs++;
                }
            }
        }
        assertEquals(NON_ASCII.size() * TEMPLATES.size() * 2, inputs);
    }

    @Test
    void everyCorpusFileOnAnEmptyDfa() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here, so the corpus is not lexed cold");
        List<Path> files = TestData.corpusDockerfiles(corpus.get());
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                assertLexesColdAsAntlr(Files.readAllBytes(file), file.getFileName().toString());
            } catch (AssertionError | RuntimeException e) {
                failures.add(file.getFileName() + ": " + e);
            }
        }
        assertTrue(files.size() > 1000, files.size() + " corpus files");
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " files lex otherwise on an empty DFA than with ANTLR's simulator");
    }

    /** Decodes {@code bytes} as production does, then lexes the text cold with both simulators. */
    private static void assertLexesColdAsAntlr(byte[] bytes, String what) {
        SourceDecoder.Decoded decoded;
        try {
            decoded = SourceDecoder.decode(bytes);
        } catch (SourceDecoder.NotText e) {
            return; // never lexed
        }
        assertEquals(lexAsAntlr(decoded), lexOnAnEmptyDfa(decoded), what);
    }

    private static List<String> lexOnAnEmptyDfa(SourceDecoder.Decoded decoded) {
        DockerfileLexer lexer = new DockerfileLexer(new TextCharStream(decoded.text()));
        lexer.useOwnDfa();
        lexer.useFastSimulator();
        return lex(lexer, decoded);
    }

    private static synchronized List<String> lexAsAntlr(SourceDecoder.Decoded decoded) {
        DockerfileLexer lexer = new DockerfileLexer(new TextCharStream(decoded.text()));
        if (referenceDfa == null) {
            lexer.useOwnDfa();
            referenceDfa = lexer.getInterpreter().decisionToDFA;
        } else {
            lexer.setInterpreter(new LexerATNSimulator(lexer, DockerfileLexer._ATN, referenceDfa, new PredictionContextCache()));
        }
        return lex(lexer, decoded);
    }

    private static List<String> lex(DockerfileLexer lexer, SourceDecoder.Decoded decoded) {
        DockerfileParser.findHeredocsAsBuildKit(lexer, decoded.encoding());
        return LexedLines.of(lexer);
    }
}
