package dev.dockmend.grammar;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

/**
 * Everything a lexer makes of its input, one line per token (type, indexes, line and column, text), then the
 * state it leaves behind (logical lines, escape character, unterminated heredoc, where it ends): what two
 * simulators lexing the same input must agree on, compared as lists so that a failure shows the first token
 * that differs.
 */
public final class LexedLines {
    private LexedLines() {
    }

    /** Lexes the lexer's whole input. */
    public static List<String> of(DockerfileLexer lexer) {
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
}
