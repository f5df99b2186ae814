package dev.dockmend.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Pins the token stream (one token per physical line, typed by context) for the tricky inputs. */
class DockerfileLexerTest {

    /** Token types and texts; heredoc markers are found by a stub that knows only {@code <<EOF}. */
    private static List<String> tokens(String text) {
        DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString(text));
        lexer.setHeredocMarkerFinder(line -> line.contains("<<EOF") ? List.of(new HeredocTerminator("EOF", false)) : List.of());
        List<String> out = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            out.add(DockerfileLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getText().replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
        }
        return out;
    }

    @Test
    void directivesOnlyAtTheTop() {
        assertEquals(List.of("DIRECTIVE # escape=`\\n", "INSTRUCTION_LINE FROM a\\n", "COMMENT_LINE # escape=\\\\\\n"),
                tokens("# escape=`\nFROM a\n# escape=\\\n"));
    }

    @Test
    void blankFirstLineEndsTheDirectiveRun() {
        assertEquals(List.of("BLANK_LINE \\n", "COMMENT_LINE # syntax=x\\n", "INSTRUCTION_LINE FROM a"),
                tokens("\n# syntax=x\nFROM a"));
    }

    @Test
    void commentAndBlankLinesInsideAContinuationDoNotEndIt() {
        assertEquals(List.of("INSTRUCTION_LINE RUN a \\\\\\n", "CONTINUATION_COMMENT # c\\n", "CONTINUATION_BLANK   \\n",
                "CONTINUATION_LINE RUN b\\n", "INSTRUCTION_LINE CMD x\\n"),
                tokens("RUN a \\\n# c\n  \nRUN b\nCMD x\n"));
    }

    @Test
    void escapedEscapeDoesNotContinue() {
        assertEquals(List.of("INSTRUCTION_LINE RUN a \\\\\\\\\\n", "INSTRUCTION_LINE RUN b\\n"), tokens("RUN a \\\\\nRUN b\n"));
    }

    @Test
    void backtickContinuesOnlyUnderTheEscapeDirective() {
        assertEquals(List.of("DIRECTIVE # escape=`\\n", "INSTRUCTION_LINE RUN a `\\n", "CONTINUATION_LINE  b\\n",
                "INSTRUCTION_LINE COPY x c:\\\\\\n", "INSTRUCTION_LINE RUN y\\n"),
                tokens("# escape=`\nRUN a `\n b\nCOPY x c:\\\nRUN y\n"));
    }

    @Test
    void crlfAndLoneCr() {
        assertEquals(List.of("INSTRUCTION_LINE FROM a\\r\\n", "INSTRUCTION_LINE RUN x\\ry\\r\\r\\n", "INSTRUCTION_LINE CMD z\\r"),
                tokens("FROM a\r\nRUN x\ry\r\r\nCMD z\r"));
    }

    @Test
    void heredocBodyIsRawUntilItsTerminator() {
        assertEquals(List.of("INSTRUCTION_LINE RUN <<EOF\\n", "HEREDOC_LINE # not a comment \\\\\\n", "HEREDOC_LINE  EOF\\n",
                "HEREDOC_END EOF\\r\\n", "INSTRUCTION_LINE CMD x"),
                tokens("RUN <<EOF\n# not a comment \\\n EOF\nEOF\r\nCMD x"));
    }

    @Test
    void heredocMarkersAreLookedForInTheWholeLogicalLine() {
        assertEquals(List.of("INSTRUCTION_LINE RUN \\\\\\n", "CONTINUATION_LINE <<EOF\\n", "HEREDOC_LINE x\\n", "HEREDOC_END EOF"),
                tokens("RUN \\\n<<EOF\nx\nEOF"));
    }

    @Test
    void unterminatedHeredocIsReported() {
        DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString("FROM a\nRUN <<EOF\nbody\n"));
        lexer.setHeredocMarkerFinder(line -> List.of(new HeredocTerminator("EOF", false)));
        while (lexer.nextToken().getType() != Token.EOF) {
            // drain
        }
        assertEquals("EOF", lexer.unterminatedHeredoc().orElseThrow().name());
        assertEquals(2, lexer.unterminatedHeredocLine());
    }

    @Test
    void heredocsNeedAFinder() {
        DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString("RUN <<EOF\n"));
        assertThrows(IllegalStateException.class, () -> lexer.nextToken());
    }

    @Test
    void logicalLinesJoinContinuationsAndDropCommentLines() {
        DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString("  RUN a \\\n# c\n  b\\\n\n c"));
        while (lexer.nextToken().getType() != Token.EOF) {
            // drain
        }
        assertEquals(List.of("RUN a   b c"), lexer.logicalLines());
    }
}
