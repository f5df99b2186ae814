package dev.dockmend.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator, stepping through a run of characters that leave the DFA in the state it is in
 * with one tight loop over the text instead of one full step per character.
 *
 * <p>Why: the lexer emits one token per physical line, and most of a line is matched by a loop
 * ({@code CONTENT*}) whose DFA state has an edge back to itself for every ordinary character. For each
 * character ANTLR looks the edge up, consumes it (two calls to the stream and the line and column
 * bookkeeping) and, in an accepting state, records the state; that made the lexer the largest single item
 * of a batch run (README "Speed"). Here, once a character has led from a state back to the same state, the
 * characters after it whose cached edge also leads back to it are taken at once: the input index, line and
 * column end where ANTLR's own steps would leave them, and the accept state is recorded once, as ANTLR's
 * last step would record it. Only edges the DFA has already cached as a self-loop are followed that way;
 * anything else (an edge not yet computed, a character outside ASCII, which ANTLR never caches, the end of
 * the input) is left to ANTLR's own step. So the tokens, their types, texts, lines and columns are exactly
 * ANTLR's (SelfLoopSkippingSimulatorTest compares the two on generated input, the conformance run on the
 * corpus). The text is read directly only from a {@link TextCharStream}; on any other stream this is ANTLR's
 * simulator unchanged.
 */
final class SelfLoopSkippingSimulator extends LexerATNSimulator {
    SelfLoopSkippingSimulator(Lexer lexer, LexerATNSimulator original) {
        super(lexer, original.atn, original.decisionToDFA, original.getSharedContextCache());
    }

    /** ANTLR 4.13's {@code execATN}, its debug output left out, with the run of self-loops taken at once. */
    @Override
    protected int execATN(CharStream input, DFAState ds0) {
        if (ds0.isAcceptState) {
            captureSimState(prevAccept, input, ds0); // allow zero-length tokens
        }
        TextCharStream text = input instanceof TextCharStream stream ? stream : null;
        int t = input.LA(1);
        DFAState s = ds0;
        while (true) {
            DFAState target = getExistingTargetState(s, t);
            if (target == null) {
                target = computeTargetState(input, s, t);
            }
            if (target == ERROR) {
                break;
            }
            // Consume before capturing the accept state, so the index, line and column are those at the end of the token.
            if (t != IntStream.EOF) {
                consume(input);
                if (target == s && text != null) {
                    skipSelfLoop(text, s);
                }
            }
            if (target.isAcceptState) {
                captureSimState(prevAccept, input, target);
                if (t == IntStream.EOF) {
                    break;
                }
            }
            t = input.LA(1);
            s = target;
        }
        return failOrAccept(prevAccept, input, s.configs, t);
    }

    /**
     * Consumes the characters from the input's index on whose cached edge from {@code s} leads back to
     * {@code s}, keeping line and column as {@link #consume} does. An edge another thread is adding right now
     * may still read as missing, which only ends the run early.
     */
    private void skipSelfLoop(TextCharStream input, DFAState s) {
        DFAState[] edges = s.edges;
        String text = input.text();
        int index = input.index();
        int end = input.size();
        int lineNumber = line;
        int column = charPositionInLine;
        while (index < end) {
            char c = text.charAt(index);
            if (c > MAX_DFA_EDGE || edges[c - MIN_DFA_EDGE] != s) {
                break;
            }
            if (c == '\n') {
                lineNumber++;
                column = 0;
            } else {
                column++;
            }
            index++;
        }
        input.seek(index);
        line = lineNumber;
        charPositionInLine = column;
    }
}
