package dev.dockmend.grammar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.LexerATNConfig;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator with two shortcuts that leave the tokens exactly as ANTLR's own simulator makes
 * them: their types, texts, indexes, lines and columns, and the lexer state behind them (FastLexerSimulatorTest
 * compares the two on generated input, each with a DFA of its own; the conformance run compares whole parses
 * on the corpus). The lexer emits one token per physical line, and it was the largest single item of a
 * batch run (docs/performance.md).
 *
 * <ol>
 * <li>Runs of self-loops at once. Most of a line keeps the DFA in one state ({@code CONTENT*}), and for
 * each character ANTLR looks its edge up, consumes it (two calls to the stream, the line and column
 * bookkeeping) and, in an accepting state, records the state. Here, once a character has led from a state
 * back to itself, the characters after it whose cached edge also leads back to it are taken by one loop over
 * the text; the index, line and column end where ANTLR's steps would leave them, and the accept state is
 * recorded once, as ANTLR's last step would. Only edges the DFA has already cached as a self-loop are
 * followed that way; anything else (an edge not computed yet, a character outside ASCII, which ANTLR never
 * caches, the end of the input) is ANTLR's own step. A state may have no ASCII edge yet when a character past
 * ASCII first leads back to it (the first file of a JVM, {@code #中文}): then there is nothing to follow. The text
 * is read directly only from a {@link TextCharStream}.</li>
 * <li>One DFA edge computation per class of characters. ANTLR computes the edge of a DFA state for a
 * character the first time it meets it there (a closure over the ATN), and caches it only for ASCII: the
 * end of the input and every character past ASCII are computed again each time, once per file at least.
 * Characters no transition tells apart ({@link CharClasses}) lead to the same state, so an edge computed for
 * one is added to ANTLR's cache for the ASCII characters of its class, and kept here, per state and class,
 * for the rest and for the end of the input, where ANTLR would compute each the same way on meeting it
 * (ANTLR's cache assumes the same). Those are kept on the state itself ({@link ClassState}), as ANTLR keeps its
 * edges, so they belong to the DFA the state is in: a lexer on a DFA of its own meets every path cold. Never
 * when the ATN has semantic predicates: an edge may then depend on more than the character.</li>
 * </ol>
 */
final class FastLexerSimulator extends LexerATNSimulator {
    private static final Map<ATN, CharClasses> CLASSES = new ConcurrentHashMap<>();
    /** What {@link #skipSelfLoop} reads for a state that has no ASCII edge yet: none leads anywhere. */
    private static final DFAState[] NO_EDGES = new DFAState[MAX_DFA_EDGE - MIN_DFA_EDGE + 1];

    private final CharClasses classes;

    FastLexerSimulator(Lexer lexer, LexerATNSimulator original) {
        super(lexer, original.atn, original.decisionToDFA, original.getSharedContextCache());
        this.classes = CLASSES.computeIfAbsent(original.atn, CharClasses::of);
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
        DFAState[] edges = s.edges != null ? s.edges : NO_EDGES;
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

    /**
     * ANTLR's computation of the edge on {@code t}, then the same edge for the ASCII rest of {@code t}'s class;
     * for the end of the input and characters past ASCII, the edge kept for the class once computed.
     */
    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
            DFAState target = super.computeTargetState(input, s, t);
            if (s.edges != null && s.edges[t - MIN_DFA_EDGE] == target) {
                for (int same : classes.asciiOthersLike(t)) {
                    if (s.edges[same - MIN_DFA_EDGE] == null) {
                        addDFAEdge(s, same, target);
                    }
                }
            }
            return target;
        }
        if (classes.hasPredicates()) {
            return super.computeTargetState(input, s, t);
        }
        if (!(s instanceof ClassState state)) {
            // Made by ANTLR's own simulator on a DFA it shares with this one: it has nowhere to keep the edge.
            return super.computeTargetState(input, s, t);
        }
        int slot = t == IntStream.EOF ? classes.count() : classes.classOf(t);
        DFAState known = state.classEdges().get(slot);
        if (known == null) {
            known = super.computeTargetState(input, s, t);
            state.classEdges().set(slot, known);
        }
        return known;
    }

    /**
     * ANTLR's {@code addDFAState}, with the state made a {@link ClassState}: the state for {@code configs} the DFA
     * of the current mode already has, else a new one added to it, accepting when a configuration has finished a
     * rule (the first such one names the token and its actions).
     */
    @Override
    protected DFAState addDFAState(ATNConfigSet configs) {
        ClassState proposed = new ClassState(configs, classes.count() + 1);
        for (ATNConfig config : configs) {
            if (config.state instanceof RuleStopState) {
                proposed.isAcceptState = true;
                proposed.lexerActionExecutor = ((LexerATNConfig) config).getLexerActionExecutor();
                proposed.prediction = atn.ruleToTokenType[config.state.ruleIndex];
                break;
            }
        }
        DFA dfa = decisionToDFA[mode];
        synchronized (dfa.states) {
            DFAState existing = dfa.states.get(proposed);
            if (existing != null) {
                return existing;
            }
            proposed.stateNumber = dfa.states.size();
            configs.setReadonly(true);
            dfa.states.put(proposed, proposed);
            return proposed;
        }
    }

    /**
     * A DFA state with the edges ANTLR does not cache, one per character class, then one for the end of the
     * input. Another thread's edge may not be seen at once: the edge is then computed again, to the same state.
     */
    private static final class ClassState extends DFAState {
        private final AtomicReferenceArray<DFAState> classEdges;

        ClassState(ATNConfigSet configs, int slots) {
            super(configs);
            this.classEdges = new AtomicReferenceArray<>(slots);
        }

        AtomicReferenceArray<DFAState> classEdges() {
            return classEdges;
        }
    }
}
