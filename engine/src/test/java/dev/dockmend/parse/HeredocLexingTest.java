package dev.dockmend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import dev.dockmend.grammar.DockerfileLexer;
import dev.dockmend.grammar.TextCharStream;
import dev.dockmend.tree.SourceEncoding;

/** Which lines the lexer reads as heredoc bodies, with BuildKit's markers: the lines each instruction spans. */
class HeredocLexingTest {

    private static List<String> lines(String text) {
        DockerfileLexer lexer = DockerfileParser.lexer(new TextCharStream(text), SourceEncoding.UTF_8);
        List<String> lines = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            lines.add((DockerfileLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getText()).strip());
        }
        return lines;
    }

    /** {@code <<''} names no heredoc in BuildKit: the continuation goes on, and an empty line ends nothing. */
    @Test
    void anEmptyNameOpensNoBody() {
        assertEquals(List.of("INSTRUCTION_LINE RUN cmd <<'' && \\", "CONTINUATION_LINE   echo joined", "INSTRUCTION_LINE RUN x",
                        "BLANK_LINE", "INSTRUCTION_LINE RUN y"),
                lines("RUN cmd <<'' && \\\n  echo joined\nRUN x\n\nRUN y\n"));
        for (String marker : List.of("<<\"\"", "<<-''", "<<-\"\"", "<< ''", "<<'' ", "<<''\"\"")) {
            assertEquals(List.of("INSTRUCTION_LINE RUN cat " + marker.strip(), "INSTRUCTION_LINE RUN x", "BLANK_LINE", "INSTRUCTION_LINE RUN y"),
                    lines("RUN cat " + marker + "\nRUN x\n\nRUN y\n"), marker);
        }
    }

    @Test
    void anEmptyQuotedPartBesideANameOpensItsBody() {
        assertEquals(List.of("INSTRUCTION_LINE RUN cat <<''EOF", "HEREDOC_LINE", "HEREDOC_END EOF", "INSTRUCTION_LINE RUN y"),
                lines("RUN cat <<''EOF\n\nEOF\nRUN y\n"));
    }
}
