package dev.dockmend.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * The state behind DockerfileLexer's rule actions: what the escape character is, whether the
 * directive run at the top of the file is still open, the logical line being joined, and the heredoc
 * terminators still to read. Each action looks at the physical line just matched and decides its
 * token type and the next mode, the way BuildKit's line loop decides what to read next.
 */
public abstract class DockerfileLexerBase extends Lexer {
    private static final char DEFAULT_ESCAPE = '\\';

    private char escape = DEFAULT_ESCAPE;
    private boolean directivesOpen = true;
    private final StringBuilder logicalLine = new StringBuilder();
    /** The physical line being looked at: {@code line[lineStart, lineEnd)}, its line ending included. */
    private CharSequence line;
    private int lineStart;
    private int lineEnd;
    private final Deque<HeredocTerminator> pendingHeredocs = new ArrayDeque<>();
    private HeredocTerminator unterminatedHeredoc;
    private int instructionStartLine;
    private int heredocInstructionLine;
    private final List<String> logicalLines = new ArrayList<>();
    private HeredocMarkerFinder heredocMarkerFinder;
    private int continuationMode = -1;
    private int heredocMode = -1;

    protected DockerfileLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Lexes with {@link FastLexerSimulator}: the same tokens as ANTLR's own simulator, about twice as fast on a
     * {@link TextCharStream}.
     */
    public void useFastSimulator() {
        if (!(getInterpreter() instanceof FastLexerSimulator)) {
            setInterpreter(new FastLexerSimulator(this, getInterpreter()));
        }
    }

    /**
     * Lexes on a DFA of this lexer's own, empty at first, instead of the one every DockerfileLexer shares: the
     * file then meets every path the first file of a fresh JVM meets (the cold-path tests lex each input so).
     * Call it before {@link #useFastSimulator}, which keeps the DFA it finds.
     */
    public void useOwnDfa() {
        DFA[] dfa = new DFA[getATN().getNumberOfDecisions()];
        for (int decision = 0; decision < dfa.length; decision++) {
            dfa[decision] = new DFA(getATN().getDecisionState(decision), decision);
        }
        setInterpreter(new LexerATNSimulator(this, getATN(), dfa, new PredictionContextCache()));
    }

    /** Required before lexing a file that may contain {@code <<}. */
    public void setHeredocMarkerFinder(HeredocMarkerFinder finder) {
        this.heredocMarkerFinder = finder;
    }

    /** The escape character in force: {@code \} unless a valid {@code # escape=} directive chose {@code `}. */
    public char escapeCharacter() {
        return escape;
    }

    /** The heredoc whose body the input ended in, if it did. */
    public Optional<HeredocTerminator> unterminatedHeredoc() {
        return Optional.ofNullable(unterminatedHeredoc);
    }

    /** The line of the instruction whose heredoc is unterminated. */
    public int unterminatedHeredocLine() {
        return heredocInstructionLine;
    }

    /**
     * The logical line of every instruction lexed so far, in order (continuations joined, comment and
     * blank lines inside the continuation dropped, R3.4-R3.6): what BuildKit parses arguments from.
     */
    public List<String> logicalLines() {
        return logicalLines;
    }

    protected void onBlankLine() {
        directivesOpen = false;
    }

    protected void onCommentLine() {
        if (!directivesOpen) {
            return;
        }
        readLine();
        Optional<DirectiveSyntax.Match> directive = DirectiveSyntax.match(line.subSequence(lineStart, LineEnds.contentEnd(line, lineStart, lineEnd)));
        if (directive.isEmpty()) {
            directivesOpen = false;
            return;
        }
        setType(DockerfileLexer.DIRECTIVE);
        DirectiveSyntax.Match match = directive.get();
        // An invalid escape value is an error the engine reports; lexing goes on with the default.
        if (match.key().equals("escape") && (match.value().equals("\\") || match.value().equals("`"))) {
            escape = match.value().charAt(0);
        }
    }

    protected void onInstructionLine() {
        directivesOpen = false;
        readLine();
        int end = LineEnds.contentEnd(line, lineStart, lineEnd);
        int start = Whitespace.skipUnicodeSpace(line, lineStart, end);
        instructionStartLine = _tokenStartLine;
        logicalLine.setLength(0);
        appendOrEnd(start, end);
    }

    protected void onContinuationLine() {
        readLine();
        appendOrEnd(lineStart, LineEnds.contentEnd(line, lineStart, lineEnd));
    }

    /**
     * Points {@link #line}, {@link #lineStart} and {@link #lineEnd} at the physical line just matched: in the
     * input's own text when it is a {@link TextCharStream}, so that no copy of each line is made (the lexer
     * sees every line of every file), else in a copy.
     */
    private void readLine() {
        if (_input instanceof TextCharStream text) {
            line = text.text();
            lineStart = _tokenStartCharIndex;
            lineEnd = _input.index();
        } else {
            line = getText();
            lineStart = 0;
            lineEnd = line.length();
        }
    }

    /** A blank or comment line inside a continuation: BuildKit drops it and keeps on joining. */
    protected void onContinuationFiller() {
    }

    protected void onHeredocLine() {
        HeredocTerminator current = pendingHeredocs.peek();
        if (current != null && current.isTerminator(getText())) {
            setType(DockerfileLexer.HEREDOC_END);
            pendingHeredocs.poll();
            if (pendingHeredocs.isEmpty()) {
                mode(DEFAULT_MODE);
            }
        }
    }

    @Override
    public Token emitEOF() {
        if (_mode == continuationMode()) {
            // R3.8: a file that ends inside a continuation just ends the instruction there.
            endInstruction();
        }
        if (!pendingHeredocs.isEmpty()) {
            unterminatedHeredoc = pendingHeredocs.peek();
        }
        return super.emitEOF();
    }

    private void appendOrEnd(int start, int end) {
        int marker = Continuations.markerStart(line, start, end, escape);
        if (marker >= 0) {
            logicalLine.append(line, start, marker);
            mode(continuationMode());
        } else {
            logicalLine.append(line, start, end);
            mode(DEFAULT_MODE);
            endInstruction();
        }
    }

    private void endInstruction() {
        String line = logicalLine.toString();
        logicalLine.setLength(0);
        logicalLines.add(line);
        if (line.indexOf("<<") < 0) {
            return;
        }
        if (heredocMarkerFinder == null) {
            throw new IllegalStateException("DockerfileLexer needs a HeredocMarkerFinder to read heredocs");
        }
        List<HeredocTerminator> markers = heredocMarkerFinder.find(line);
        if (!markers.isEmpty()) {
            pendingHeredocs.addAll(markers);
            heredocInstructionLine = instructionStartLine;
            mode(heredocMode());
        }
    }

    private int continuationMode() {
        if (continuationMode < 0) {
            continuationMode = Arrays.asList(getModeNames()).indexOf("CONTINUATION");
        }
        return continuationMode;
    }

    private int heredocMode() {
        if (heredocMode < 0) {
            heredocMode = Arrays.asList(getModeNames()).indexOf("HEREDOC");
        }
        return heredocMode;
    }
}
