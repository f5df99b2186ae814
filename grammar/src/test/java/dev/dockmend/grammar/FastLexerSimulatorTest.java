package dev.dockmend.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast simulator must lex exactly as ANTLR's own on the same input: the same tokens, with the same types,
 * texts, indexes, lines and columns, and the same state left behind (logical lines, escape character,
 * unterminated heredoc). ANTLR's simulator runs on a DFA of its own, so that it cannot follow an edge the fast
 * one added for a class of characters. (That {@link TextCharStream} reads as ANTLR's own streams is
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

    private static List<String> lex(CharStream input, boolean skipping) {
        DockerfileLexer lexer = new DockerfileLexer(input);
        if (skipping) {
            lexer.useFastSimulator();
        } else {
            // A DFA of its own, so that nothing the other simulator cached can steer this one.
            lexer.setInterpreter(new LexerATNSimulator(lexer, DockerfileLexer._ATN, freshDfa(), new PredictionContextCache()));
        }
        lexer.removeErrorListeners();
        lexer.setHeredocMarkerFinder(line -> line.contains("<<EOF") || line.contains("<<-EOF")
                ? List.of(new HeredocTerminator("EOF", line.contains("<<-"))) : List.of());
        List<String> out = new ArrayList<>();
        Token token;
        do {
            token = lexer.nextToken();
            out.add(DockerfileLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getStartIndex() + "-" + token.getStopIndex()
                    + " " + token.getLine() + ":" + token.getCharPositionInLine() + " " + token.getText());
        } while (token.getType() != Token.EOF);
        out.add("logical lines " + lexer.logicalLines());
        out.add("escape " + lexer.escapeCharacter() + ", unterminated " + lexer.unterminatedHeredoc()
                + ", ends at " + lexer.getLine() + ":" + lexer.getCharPositionInLine());
        return out;
    }

    /** An empty DFA per lexer mode, as the generated lexer makes its shared one. */
    private static DFA[] freshDfa() {
        DFA[] dfa = new DFA[DockerfileLexer._ATN.getNumberOfDecisions()];
        for (int i = 0; i < dfa.length; i++) {
            dfa[i] = new DFA(DockerfileLexer._ATN.getDecisionState(i), i);
        }
        return dfa;
    }
}
