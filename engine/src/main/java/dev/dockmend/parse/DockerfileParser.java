package dev.dockmend.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import dev.dockmend.buildkit.LineParser;
import dev.dockmend.grammar.DockerfileLexer;
import dev.dockmend.grammar.HeredocTerminator;
import dev.dockmend.grammar.TextCharStream;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.SourceEncoding;

/**
 * Text to tree: lexes physical lines (DockerfileLexer), groups them (the ANTLR DockerfileParser, in
 * SLL mode: the grammar needs no full-context prediction), and hands the parse tree to the
 * {@link TreeBuilder}. Input BuildKit would reject comes back as error diagnostics.
 */
public final class DockerfileParser {
    /** BuildKit's limit on one physical line, in bytes, its LF not counted (R1.5). */
    public static final int MAX_LINE_BYTES = 65_535;

    private DockerfileParser() {
    }

    public static ParseResult parse(byte[] bytes) {
        SourceDecoder.Decoded decoded;
        try {
            decoded = SourceDecoder.decode(bytes);
        } catch (SourceDecoder.NotText e) {
            return failed(e.diagnostic());
        }
        return parse(decoded.text(), decoded.encoding());
    }

    /** Parses decoded text; a leading U+FEFF is taken as the byte order mark. Text with a NUL is refused, as bytes are. */
    public static ParseResult parse(String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failed(nulAt(text, nul));
        }
        if (text.startsWith("\uFEFF")) {
            return parse(text.substring(1), new SourceEncoding(StandardCharsets.UTF_8, true));
        }
        return parse(text, SourceEncoding.UTF_8);
    }

    /**
     * Parses the text of {@code tree} again under the tree's own encoding: what a recipe's output
     * reads as once written, even for a Latin-1 file whose edited text would now also be valid UTF-8.
     */
    public static ParseResult reparse(dev.dockmend.tree.Dockerfile tree) {
        String text = tree.text();
        if (tree.encoding().byteOrderMark() && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, tree.encoding());
    }

    static ParseResult parse(String text, SourceEncoding encoding) {
        DockerfileLexer lexer = lexer(new TextCharStream(text), encoding);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Optional<Diagnostic> tooLong = overlongLine(text, tokens.getTokens(), encoding);
        if (tooLong.isPresent()) {
            return failed(tooLong.get());
        }
        Optional<HeredocTerminator> unterminated = lexer.unterminatedHeredoc();
        if (unterminated.isPresent()) {
            return failed(Diagnostic.parserError(lexer.unterminatedHeredocLine(), 1, "unterminated heredoc",
                    "a line that is exactly `" + unterminated.get().name() + "`"
                            + (unterminated.get().chomp() ? " (leading TABs allowed)" : "") + " to end the heredoc"));
        }
        dev.dockmend.grammar.DockerfileParser parser = new dev.dockmend.grammar.DockerfileParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        dev.dockmend.grammar.DockerfileParser.DockerfileContext context;
        try {
            context = parser.dockerfile();
        } catch (ParseCancellationException e) {
            // The lexer only produces token sequences the grammar accepts; reaching this is a bug.
            throw new IllegalStateException("dockmend's line grammar rejected its own tokens", e);
        }
        TreeBuilder builder = new TreeBuilder(text, encoding, lexer.logicalLines(), lexer.escapeCharacter());
        Dockerfile tree = builder.build(context);
        return new ParseResult(Optional.of(tree), builder.diagnostics());
    }

    /** The line lexer over {@code input}, finding heredoc markers as BuildKit does. */
    static DockerfileLexer lexer(CharStream input, SourceEncoding encoding) {
        DockerfileLexer lexer = new DockerfileLexer(input);
        lexer.useFastSimulator();
        findHeredocsAsBuildKit(lexer, encoding);
        return lexer;
    }

    /** Makes {@code lexer} print nothing to the console and find heredoc markers as BuildKit does. */
    static void findHeredocsAsBuildKit(DockerfileLexer lexer, SourceEncoding encoding) {
        lexer.removeErrorListeners();
        lexer.setHeredocMarkerFinder(line -> heredocTerminators(line, lexer.escapeCharacter(), encoding));
    }

    private static List<HeredocTerminator> heredocTerminators(String line, char escape, SourceEncoding encoding) {
        return new LineParser(escape, encoding.charset()).heredocTerminators(line);
    }

    private static ParseResult failed(Diagnostic diagnostic) {
        return new ParseResult(Optional.empty(), List.of(diagnostic));
    }

    /**
     * R1.5: BuildKit stops at a physical line over 65,535 bytes. The lexer's tokens are the physical lines,
     * each with its line ending, so their lengths are checked rather than the text scanned again.
     */
    private static Optional<Diagnostic> overlongLine(String text, List<Token> lines, SourceEncoding encoding) {
        // A line of at most MAX_LINE_BYTES / 3 characters cannot exceed the limit in UTF-8.
        for (Token line : lines) {
            int start = line.getStartIndex();
            int end = line.getStopIndex() + 1;
            if (end > start && text.charAt(end - 1) == '\n') {
                end--; // the LF is not counted; CRs before it are, as BuildKit reads them
            }
            if (end - start > MAX_LINE_BYTES / 3 && byteLength(text, start, end, encoding) > MAX_LINE_BYTES) {
                return Optional.of(Diagnostic.parserError(line.getLine(), 1,
                        "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES,
                        "physical lines of at most 65,535 bytes (split long commands with the escape character)"));
            }
        }
        return Optional.empty();
    }

    private static int byteLength(String text, int start, int end, SourceEncoding encoding) {
        if (encoding.isRawBytes()) {
            return end - start;
        }
        return text.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The error for the NUL at {@code index}, at its line and column (in code points, a byte order mark not counted, as in the tree). */
    private static Diagnostic nulAt(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int columnStart = lineStart == 0 && text.startsWith("\uFEFF") ? 1 : lineStart;
        return Diagnostic.parserError(line, text.codePointCount(columnStart, index) + 1, "binary file: NUL character", "text");
    }
}
