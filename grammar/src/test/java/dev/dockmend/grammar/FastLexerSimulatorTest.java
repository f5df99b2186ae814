package dev.dockmend.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast simulator must lex exactly as ANTLR's own on the same input: the same tokens, with the same types,
 * texts, indexes, lines and columns, and the same state left behind (logical lines, escape character,
 * unterminated heredoc). Each simulator runs on a DFA of its own, empty at first: ANTLR's cannot follow an edge the
 * fast one added for a class of characters, and the fast one meets every input cold, as the first file of a JVM
 * does. (That {@link TextCharStream} reads as ANTLR's own streams is
 * TextCharStreamTest's.)
 */
class FastLexerSimulatorTest {
    private static final List<String> FRAGMENTS = List.of(
            "FROM alpine", "RUN apt-get update && apt-get install -y curl", "COPY . /app", "\\", "`", " \\", " ", "\t",
            "\n", "\n", "\n", "\r\n", "\r", "\r\r", "#", "# c", "  # indented", "# escape=`", "# syntax=x", "<<EOF", "<<-EOF",
            "EOF", "\tEOF", "\"", "'", "é", "\u00a0", "\u2003", "\u0085", "漢字", "🚀", "\f", "\u000b", "x".repeat(200));

    @Provide
    Arbitrary<String> dockerfileLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void lexesExactlyAsAntlrsOwnSimulator(@ForAll("dockerfileLike") String text) {
        assertEquals(lex(new TextCharStream(text), false), lex(new TextCharStream(text), true), text);
    }

    @Test
    void longLinesOfEveryKindAndTheirPositions() {
        String text = "# escape=`\n" + "# " + "c".repeat(500) + "\n" + "RUN " + "a".repeat(1000) + " `\n"
                + "    " + "b".repeat(1000) + "\n\n" + "   \t\n" + "RUN <<EOF\n" + "body ".repeat(300) + "\nEOF\n" + "CMD x".repeat(50);
        assertEquals(lex(new TextCharStream(text), false), lex(new TextCharStream(text), true));
    }

    /**
     * The first edge computed out of the state after {@code #} is a self-loop on a character past ASCII: the state
     * has no ASCII edges yet. A shared DFA filled by earlier files hides this; the first file of a JVM meets it.
     */
    @Test
    void aSelfLoopFirstFoundPastAsciiOnAnEmptyDfa() {
        for (String text : List.of("#中文\n", "FROM a\n#é\n", "#🚀🚀", "RUN \\\n#ü\n x\n")) {
            assertEquals(lex(new TextCharStream(text), false), lex(new TextCharStream(text), true), text);
        }
    }

    /**
     * The edges the fast simulator keeps past ASCII belong to the DFA they were found in: a lexer on an empty DFA
     * builds every state it goes through in that DFA, however warm another DFA of the grammar is.
     */
    @Test
    void anOwnDfaIsNotWarmedByAnother() {
        String text = "# é\nFROM a\nRUN ü ü \\\n  ö\n";
        assertEquals(statesBuilt(text), statesBuilt(text));
    }

    /** States ANTLR's own simulator added to a DFA have no edges per class: the fast one then steps as ANTLR does. */
    @Test
    void followsADfaWarmedByAntlrsOwnSimulator() {
        String text = "# é\nFROM a\nRUN ü ü \\\n  ö\n#中文";
        DockerfileLexer warmer = new DockerfileLexer(new TextCharStream(text));
        warmer.useOwnDfa();
        warmer.removeErrorListeners();
        warmer.getAllTokens();
        DockerfileLexer lexer = new DockerfileLexer(new TextCharStream(text));
        lexer.setInterpreter(new LexerATNSimulator(lexer, DockerfileLexer._ATN, warmer.getInterpreter().decisionToDFA, new PredictionContextCache()));
        lexer.useFastSimulator();
        assertEquals(lex(new TextCharStream(text), false), lex(lexer));
    }

    @Test
    void charactersNoRuleTellsApartShareAClass() {
        CharClasses classes = CharClasses.of(DockerfileLexer._ATN);
        assertTrue(IntStream.of(classes.asciiOthersLike('a')).boxed().toList().containsAll(List.of((int) 'Z', (int) '\\', (int) '`', (int) '<')));
        assertTrue(IntStream.of(classes.asciiOthersLike(' ')).boxed().toList().containsAll(List.of((int) '\t', (int) '\f', 0x0B)));
        for (char apart : new char[] {'#', '\n', '\r'}) {
            assertEquals(0, classes.asciiOthersLike(apart).length, "character " + (int) apart);
        }
        assertFalse(IntStream.of(classes.asciiOthersLike('a')).anyMatch(c -> c == ' ' || c == '#' || c == '\r' || c == '\n'));
        // Past ASCII: Go's Unicode blanks are blanks, anything else is like a letter.
        for (int c : new int[] {'é', '漢', 0x1F680, 0xD83D, 0x10FFFF}) {
            assertEquals(classes.classOf('a'), classes.classOf(c), "character " + c);
        }
        for (int c : new int[] {0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000}) {
            assertEquals(classes.classOf(' '), classes.classOf(c), "character " + c);
        }
        assertNotEquals(classes.classOf(' '), classes.classOf(0x200B), "a zero-width space is no blank in Go");
        assertFalse(classes.hasPredicates());
        assertTrue(classes.count() < 10, classes.count() + " classes");
    }

    @Test
    void isInstalledOnce() {
        DockerfileLexer lexer = new DockerfileLexer(new TextCharStream("FROM a\n"));
        lexer.useFastSimulator();
        FastLexerSimulator first = assertInstanceOf(FastLexerSimulator.class, lexer.getInterpreter());
        lexer.useFastSimulator();
        assertEquals(first, lexer.getInterpreter());
    }

    /** How many states lexing {@code text} with the fast simulator builds in an empty DFA of its own. */
    private static int statesBuilt(String text) {
        DockerfileLexer lexer = new DockerfileLexer(new TextCharStream(text));
        lexer.useOwnDfa();
        lexer.useFastSimulator();
        lexer.removeErrorListeners();
        lexer.getAllTokens();
        return Arrays.stream(lexer.getInterpreter().decisionToDFA).mapToInt(dfa -> dfa.states.size()).sum();
    }

    private static List<String> lex(CharStream input, boolean skipping) {
        DockerfileLexer lexer = new DockerfileLexer(input);
        // Each on a DFA of its own: nothing the other simulator or an earlier input cached can steer it.
        lexer.useOwnDfa();
        if (skipping) {
            lexer.useFastSimulator();
        }
        return lex(lexer);
    }

    private static List<String> lex(DockerfileLexer lexer) {
        lexer.removeErrorListeners();
        lexer.setHeredocMarkerFinder(line -> line.contains("<<EOF") || line.contains("<<-EOF")
                ? List.of(new HeredocTerminator("EOF", line.contains("<<-"))) : List.of());
        return LexedLines.of(lexer);
    }
}
