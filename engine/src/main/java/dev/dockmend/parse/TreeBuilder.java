package dev.dockmend.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import dev.dockmend.buildkit.ArgumentException;
import dev.dockmend.buildkit.LineParser;
import dev.dockmend.grammar.DirectiveSyntax;
import dev.dockmend.grammar.DockerfileLexer;
import dev.dockmend.grammar.DockerfileParser.ContinuationContext;
import dev.dockmend.grammar.DockerfileParser.DirectiveContext;
import dev.dockmend.grammar.DockerfileParser.DockerfileContext;
import dev.dockmend.grammar.DockerfileParser.HeredocContext;
import dev.dockmend.grammar.DockerfileParser.InstructionContext;
import dev.dockmend.grammar.DockerfileParser.TriviaContext;
import dev.dockmend.grammar.LineEnds;
import dev.dockmend.grammar.Whitespace;
import dev.dockmend.tree.BlankLine;
import dev.dockmend.tree.CommentLine;
import dev.dockmend.tree.Directive;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.HeredocBody;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.InstructionSyntax;
import dev.dockmend.tree.InstructionValue;
import dev.dockmend.tree.Instructions;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.SourceEncoding;
import dev.dockmend.tree.Trivia;
import dev.dockmend.tree.TriviaLine;

/**
 * The only class that knows ANTLR's parse tree: turns it into the dockmend tree, every token's text
 * kept on the node it belongs to, and each instruction's value parsed from the logical line the
 * lexer joined. Problems BuildKit's parser reports on arguments and directives become diagnostics;
 * the tree is still built so that it prints back.
 */
final class TreeBuilder {
    /** The text the lexer read: each line is cut from it once (ANTLR's Token.getText copies, with an Interval). */
    private final String text;
    private final SourceEncoding encoding;
    private final List<String> logicalLines;
    private final LineParser lineParser;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int nextLogicalLine;

    TreeBuilder(String text, SourceEncoding encoding, List<String> logicalLines, char escape) {
        this.text = text;
        this.encoding = encoding;
        this.logicalLines = logicalLines;
        this.lineParser = new LineParser(escape, encoding.charset());
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Dockerfile build(DockerfileContext file) {
        List<Directive> directives = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        // Blank and comment lines belong to the instruction after them; those after the last one are the file's.
        List<Instruction> instructions = new ArrayList<>();
        List<TriviaContext> pending = new ArrayList<>();
        for (ParseTree child : file.children) {
            if (child instanceof DirectiveContext directive) {
                directives.add(directive(directive.DIRECTIVE().getSymbol(), seenKeys));
            } else if (child instanceof TriviaContext trivia) {
                pending.add(trivia);
            } else if (child instanceof InstructionContext context) {
                instructions.add(instruction(trivia(pending), context));
                pending.clear();
            }
        }
        Trivia trailing = trivia(pending);
        Dockerfile dockerfile = new Dockerfile(encoding, directives, instructions, trailing);
        if (instructions.isEmpty()) {
            // BuildKit reports the number of lines it read: the last line, with or without its LF.
            Token eof = file.EOF().getSymbol();
            int lastLine = eof.getCharPositionInLine() == 0 ? Math.max(eof.getLine() - 1, 1) : eof.getLine();
            diagnostics.add(Diagnostic.parserError(lastLine, 1, "file with no instructions",
                    "at least one instruction such as FROM"));
        }
        return dockerfile;
    }

    private Directive directive(Token token, Set<String> seenKeys) {
        String[] parts = split(token.getText());
        DirectiveSyntax.Match match = DirectiveSyntax.match(parts[0]).orElseThrow();
        int column = column(parts[0], Whitespace.skipUnicodeSpace(parts[0], 0, parts[0].length()));
        if (!seenKeys.add(match.key())) {
            diagnostics.add(Diagnostic.parserError(token.getLine(), column,
                    "only one " + match.key() + " parser directive can be used", "each directive at most once"));
        }
        if (match.key().equals("escape") && !match.value().equals("\\") && !match.value().equals("`")) {
            diagnostics.add(Diagnostic.parserError(token.getLine(), column,
                    "invalid escape token '" + match.value() + "' does not match ` or \\", "`# escape=\\` or `# escape=``"));
        }
        return new Directive(parts[0], parts[1], match.key(), match.value());
    }

    private Instruction instruction(Trivia leading, InstructionContext context) {
        List<ContinuationContext> continuations = context.continuation();
        List<PhysicalLine> lines = new ArrayList<>(1 + continuations.size());
        Token first = context.first;
        lines.add(physical(PhysicalLine.Kind.FIRST, first));
        boolean blankInside = false;
        for (ContinuationContext continuation : continuations) {
            Token token = continuation.getStart();
            PhysicalLine.Kind kind = switch (token.getType()) {
                case DockerfileLexer.CONTINUATION_COMMENT -> PhysicalLine.Kind.COMMENT;
                case DockerfileLexer.CONTINUATION_BLANK -> PhysicalLine.Kind.BLANK;
                default -> PhysicalLine.Kind.CONTINUATION;
            };
            blankInside |= kind == PhysicalLine.Kind.BLANK;
            lines.add(physical(kind, token));
        }
        List<HeredocContext> heredocs = context.heredoc();
        List<HeredocBody> bodies = new ArrayList<>(heredocs.size());
        for (HeredocContext heredoc : heredocs) {
            List<String> body = new ArrayList<>(heredoc.body.size());
            for (Token line : heredoc.body) {
                body.add(textOf(line));
            }
            bodies.add(new HeredocBody(body, textOf(heredoc.end)));
        }
        String logicalLine = logicalLines.get(nextLogicalLine++);
        int column = column(lines.get(0).content(), Whitespace.skipUnicodeSpace(lines.get(0).content(), 0, lines.get(0).content().length()));
        InstructionValue value = value(logicalLine, first.getLine(), column);
        value = withBodies(value, bodies);
        InstructionSyntax syntax = new InstructionSyntax(leading, lines, bodies);
        if (blankInside) {
            int lastLine = first.getLine() + syntax.lineCount() - (endsWithNewline(context) ? 1 : 0);
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Stage.PARSER, lastLine, 1,
                    "Empty continuation line found in: " + logicalLine,
                    "no blank line inside a continued instruction (https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/)"));
        }
        return Instructions.create(syntax, value);
    }

    private boolean endsWithNewline(InstructionContext context) {
        return text.charAt(context.getStop().getStopIndex()) == '\n';
    }

    private InstructionValue value(String logicalLine, int line, int column) {
        try {
            return lineParser.parse(logicalLine);
        } catch (ArgumentException e) {
            diagnostics.add(Diagnostic.parserError(line, column, e.getMessage(), Expectations.forMessage(e.getMessage())));
            return fallbackValue(logicalLine);
        }
    }

    /** The keyword alone, so a rejected instruction still has a node that prints. */
    private InstructionValue fallbackValue(String logicalLine) {
        String trimmed = dev.dockmend.buildkit.CommandSplit.trimUnicodeSpace(logicalLine);
        int end = 0;
        while (end < trimmed.length() && !Whitespace.isAsciiSpace(trimmed.charAt(end))) {
            end++;
        }
        return new InstructionValue(trimmed.substring(0, end), List.of(), List.of(), false, List.of(), logicalLine, Optional.empty());
    }

    private static InstructionValue withBodies(InstructionValue value, List<HeredocBody> bodies) {
        if (bodies.isEmpty()) {
            return value;
        }
        List<Heredoc> heredocs = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size() && i < value.heredocs().size(); i++) {
            Heredoc marker = value.heredocs().get(i);
            heredocs.add(new Heredoc(marker.name(), bodies.get(i).content(), marker.expand(), marker.chomp(), marker.fileDescriptor()));
        }
        return value.withHeredocs(heredocs);
    }

    private Trivia trivia(List<TriviaContext> contexts) {
        if (contexts.isEmpty()) {
            return Trivia.EMPTY;
        }
        List<TriviaLine> lines = new ArrayList<>(contexts.size());
        for (TriviaContext context : contexts) {
            Token token = context.getStart();
            int start = token.getStartIndex();
            int stop = token.getStopIndex() + 1;
            int end = LineEnds.contentEnd(text, start, stop);
            String content = text.substring(start, end);
            String ending = lineEnding(text, end, stop);
            lines.add(token.getType() == DockerfileLexer.COMMENT_LINE ? new CommentLine(content, ending) : new BlankLine(content, ending));
        }
        return new Trivia(lines);
    }

    private PhysicalLine physical(PhysicalLine.Kind kind, Token token) {
        int start = token.getStartIndex();
        int stop = token.getStopIndex() + 1;
        int end = LineEnds.contentEnd(text, start, stop);
        return new PhysicalLine(kind, text.substring(start, end), lineEnding(text, end, stop));
    }

    private String textOf(Token token) {
        return text.substring(token.getStartIndex(), token.getStopIndex() + 1);
    }

    /** A physical line's content and its line ending. */
    private static String[] split(String line) {
        int end = LineEnds.contentEnd(line);
        return new String[] {line.substring(0, end), lineEnding(line, end, line.length())};
    }

    /** The line ending {@code text[contentEnd, end)}: the usual ones shared, not copied for each of a file's lines. */
    private static String lineEnding(String text, int contentEnd, int end) {
        int length = end - contentEnd;
        if (length == 0) {
            return "";
        }
        if (length == 1 && text.charAt(contentEnd) == '\n') {
            return "\n";
        }
        if (length == 2 && text.charAt(contentEnd) == '\r' && text.charAt(contentEnd + 1) == '\n') {
            return "\r\n";
        }
        return text.substring(contentEnd, end);
    }

    /** 1-based column of {@code index}, counted in code points. */
    static int column(String line, int index) {
        return line.codePointCount(0, index) + 1;
    }
}
