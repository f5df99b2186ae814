package dev.dockmend.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.PrecedencePredicateTransition;
import org.antlr.v4.runtime.atn.PredicateTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The characters grouped by what a lexer's ATN can tell apart: two characters are in one class when every
 * transition of the ATN matches both or neither. From any state the lexer then goes to the same place on
 * either, so a DFA edge computed for one holds for every character of its class. (The Dockerfile lexer's
 * rules tell apart only the line ends, the Unicode blanks and {@code #}: a handful of classes.)
 */
final class CharClasses {
    private static final int ASCII = 128;
    private static final int MAX_CHAR = Character.MAX_CODE_POINT;

    /** The first character of each run of characters that no label boundary splits, in order. */
    private final int[] runStarts;
    /** The class of each run. */
    private final int[] runClasses;
    private final int count;
    /** For each ASCII character, the other ASCII characters of its class. */
    private final int[][] asciiOthersLike = new int[ASCII][];
    private final boolean predicates;

    private CharClasses(int[] runStarts, int[] runClasses, int count, boolean predicates) {
        this.runStarts = runStarts;
        this.runClasses = runClasses;
        this.count = count;
        this.predicates = predicates;
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int c = 0; c < ASCII; c++) {
            members.computeIfAbsent(classOf(c), k -> new ArrayList<>()).add(c);
        }
        for (int c = 0; c < ASCII; c++) {
            List<Integer> same = members.get(classOf(c));
            int[] others = new int[same.size() - 1];
            int i = 0;
            for (int member : same) {
                if (member != c) {
                    others[i++] = member;
                }
            }
            asciiOthersLike[c] = others;
        }
    }

    /** The classes of {@code atn}'s characters, told apart by the labels of its transitions. */
    static CharClasses of(ATN atn) {
        Set<IntervalSet> labels = new LinkedHashSet<>();
        boolean predicates = false;
        for (ATNState state : atn.states) {
            if (state == null) {
                continue;
            }
            for (Transition transition : state.getTransitions()) {
                predicates |= transition instanceof PredicateTransition || transition instanceof PrecedencePredicateTransition;
                // A wildcard's label is null: it matches every character, so it tells none apart.
                if (!transition.isEpsilon() && transition.label() != null) {
                    labels.add(transition.label());
                }
            }
        }
        // Every label boundary starts a run; all the characters of a run are in the same labels.
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (IntervalSet label : labels) {
            for (Interval interval : label.getIntervals()) {
                starts.add(Math.max(interval.a, 0));
                if (interval.b < MAX_CHAR) {
                    starts.add(interval.b + 1);
                }
            }
        }
        int[] runStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        int[] runClasses = new int[runStarts.length];
        Map<String, Integer> classBySignature = new HashMap<>();
        for (int run = 0; run < runStarts.length; run++) {
            StringBuilder signature = new StringBuilder(labels.size());
            for (IntervalSet label : labels) {
                signature.append(label.contains(runStarts[run]) ? '1' : '0');
            }
            runClasses[run] = classBySignature.computeIfAbsent(signature.toString(), k -> classBySignature.size());
        }
        return new CharClasses(runStarts, runClasses, classBySignature.size(), predicates);
    }

    /** The class of character {@code c} (0 to {@link Character#MAX_CODE_POINT}). */
    int classOf(int c) {
        int run = Arrays.binarySearch(runStarts, c);
        return runClasses[run >= 0 ? run : -run - 2];
    }

    /** How many classes there are: {@link #classOf} is below this. */
    int count() {
        return count;
    }

    /** The ASCII characters other than {@code c} that no transition tells apart from it; {@code c} is ASCII. */
    int[] asciiOthersLike(int c) {
        return asciiOthersLike[c];
    }

    /**
     * Whether the ATN has semantic predicates: then where it goes may depend on more than the character, and
     * an edge ANTLR did not cache must not be cached either.
     */
    boolean hasPredicates() {
        return predicates;
    }
}
