package dev.dockmend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

import dev.dockmend.grammar.DockerfileLexer;
import dev.dockmend.grammar.TextCharStream;
import dev.dockmend.tree.SourceEncoding;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lexer reads {@link TextCharStream} (UTF-16 units) where ANTLR's own streams give code points: it must
 * cut the same tokens, of the same types and text, on the same lines, and join the same logical lines,
 * whatever characters the text holds.
 */
class TextCharStreamTest {
    private static final List<String> FRAGMENTS = List.of(
            "FROM alpine", "RUN echo hi", "COPY . /app", "\\", "`", " \\", " ", "\t", "\n", "\n", "\r\n", "\r",
            "#", "# c", "# escape=`", "<<EOF", "<<-EOF", "EOF", "\tEOF", "\"", "é", "\u00a0", "漢字", "🚀", "\ud83d\ude00x",
            "\ufeff", "𝔘\\", "RUN <<🚀", "🚀");

    @Provide
    Arbitrary<String> dockerfileLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void cutsTheSameTokensAsAntlrsOwnStream(@ForAll("dockerfileLike") String text) {
        assertEquals(tokens(CharStreams.fromString(text)), tokens(new TextCharStream(text)), text);
    }

    @Test
    void readsAheadAndBehindLikeAntlrsOwnStream() {
        String text = "ab\n";
        CharStream ours = new TextCharStream(text);
        CharStream theirs = CharStreams.fromString(text);
        for (int step = 0; step <= text.length(); step++) {
            for (int i = -4; i <= 4; i++) {
                assertEquals(theirs.LA(i), ours.LA(i), "LA(" + i + ") at " + step);
            }
            assertEquals(theirs.index(), ours.index());
            assertEquals(theirs.getText(Interval.of(0, step)), ours.getText(Interval.of(0, step)));
            if (step < text.length()) {
                ours.consume();
                theirs.consume();
            }
        }
        assertEquals(theirs.size(), ours.size());
        ours.seek(1);
        assertEquals('b', ours.LA(1));
    }

    private static List<String> tokens(CharStream input) {
        DockerfileLexer lexer = DockerfileParser.lexer(input, SourceEncoding.UTF_8);
        List<String> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            tokens.add(DockerfileLexer.VOCABULARY.getSymbolicName(token.getType()) + "@" + token.getLine() + ":" + token.getText());
        }
        tokens.add("unterminated heredoc: " + lexer.unterminatedHeredoc());
        // The rule actions read a TextCharStream's lines in place and copy other streams' lines: the same state.
        tokens.add("logical lines: " + lexer.logicalLines() + ", escape " + lexer.escapeCharacter());
        return tokens;
    }
}
