package dev.dockmend.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

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
 * The simulator that takes runs of self-loops at once must lex exactly as ANTLR's own on the same input: the
 * same tokens, with the same types, texts, indexes, lines and columns, and the same state left behind (logical
 * lines, escape character, unterminated heredoc). (That {@link TextCharStream} reads as ANTLR's own streams is
 * TextCharStreamTest's.)
 */
class SelfLoopSkippingSimulatorTest {
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
    void isInstalledOnce() {
        DockerfileLexer lexer = new DockerfileLexer(new TextCharStream("FROM a\n"));
        lexer.skipSelfLoops();
        SelfLoopSkippingSimulator first = assertInstanceOf(SelfLoopSkippingSimulator.class, lexer.getInterpreter());
        lexer.skipSelfLoops();
        assertEquals(first, lexer.getInterpreter());
    }

    private static List<String> lex(CharStream input, boolean skipping) {
        DockerfileLexer lexer = new DockerfileLexer(input);
        if (skipping) {
            lexer.skipSelfLoops();
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
