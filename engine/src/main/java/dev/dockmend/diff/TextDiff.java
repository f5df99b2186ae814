package dev.dockmend.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/**
 * Two texts, their lines ({@link Lines}) and the changed blocks between them ({@link LineDeltas}), in the old
 * text's order. Made from two texts, it diffs what lies between their common start and end; made from a tree
 * and the tree recipes made of it, it diffs only the instructions the recipes replaced, so its cost follows
 * the changed lines however long and however often changed the file is.
 */
public record TextDiff(String beforeText, String afterText, List<String> before, List<String> after, List<LineDelta> deltas) {
    public TextDiff {
        deltas = List.copyOf(deltas);
    }

    public static TextDiff of(String beforeText, String afterText) {
        List<String> before = Lines.of(beforeText);
        List<String> after = Lines.of(afterText);
        List<LineDelta> deltas = new ArrayList<>();
        if (!beforeText.equals(afterText)) {
            LineDeltas.addRegion(before, 0, before.size(), after, 0, after.size(), deltas);
        }
        return new TextDiff(beforeText, afterText, before, after, deltas);
    }

    /**
     * The diff of {@code before} and {@code after}, a tree recipes made from it: an instruction node both hold
     * is unchanged, so the texts are lined up at such nodes, and between them, where as many instructions
     * were replaced as replace them, at each one; only the lines between two such places are diffed.
     */
    public static TextDiff of(Dockerfile before, Dockerfile after) {
        int[] startsA = new int[before.instructions().size() + 2];
        int[] startsB = new int[after.instructions().size() + 2];
        String textA = before.text(startsA);
        String textB = after.text(startsB);
        List<int[]> places = new ArrayList<>();
        for (int[] cut : cuts(before.instructions(), after.instructions())) {
            places.add(new int[] {startsA[cut[0]], startsB[cut[1]]});
        }
        return of(textA, textB, places);
    }

    /**
     * The diff of two texts known to be at the same place at each pair of offsets of {@code places} (in order in
     * both texts), which divide them into regions diffed one by one. A place inside a line of either text (after a
     * lone CR) divides nothing: its region runs on past it.
     */
    public static TextDiff of(String textA, String textB, List<int[]> places) {
        List<String> linesA = Lines.of(textA);
        List<String> linesB = Lines.of(textB);
        List<LineDelta> deltas = new ArrayList<>();
        if (!textA.equals(textB)) {
            int[] lineStartsA = lineStarts(linesA);
            int[] lineStartsB = lineStarts(linesB);
            int lineA = 0;
            int lineB = 0;
            for (int[] place : places) {
                int cutA = Arrays.binarySearch(lineStartsA, place[0]);
                int cutB = Arrays.binarySearch(lineStartsB, place[1]);
                if (cutA < lineA || cutB < lineB) {
                    continue;
                }
                LineDeltas.addRegion(linesA, lineA, cutA, linesB, lineB, cutB, deltas);
                lineA = cutA;
                lineB = cutB;
            }
            LineDeltas.addRegion(linesA, lineA, linesA.size(), linesB, lineB, linesB.size(), deltas);
        }
        return new TextDiff(textA, textB, linesA, linesB, deltas);
    }

    /** Offsets where each line starts, and the text's length last. */
    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            starts[i + 1] = starts[i] + lines.get(i).length();
        }
        return starts;
    }

    /**
     * Pairs of part numbers (as {@link Dockerfile#text(int[])} numbers the parts' starts) where both texts are
     * at the same place, in order: the start and end of every instruction node both trees hold, the ends of the
     * directives and the start of the trailing trivia, and between two held nodes, where as many instructions
     * were replaced as replace them, the start of each.
     */
    private static List<int[]> cuts(List<Instruction> before, List<Instruction> after) {
        Map<Instruction, Integer> where = new IdentityHashMap<>();
        for (int j = 0; j < after.size(); j++) {
            where.put(after.get(j), j);
        }
        List<int[]> cuts = new ArrayList<>();
        int lastA = -1;
        int lastB = -1;
        for (int i = 0; i <= before.size(); i++) {
            Integer j = i == before.size() ? Integer.valueOf(after.size()) : where.get(before.get(i));
            if (j == null || j <= lastB) {
                continue;
            }
            cuts.add(new int[] {lastA + 1, lastB + 1});
            if (i - lastA == j - lastB) {
                for (int k = 1; k < i - lastA - 1; k++) {
                    cuts.add(new int[] {lastA + 1 + k, lastB + 1 + k});
                }
            }
            cuts.add(new int[] {i, j});
            lastA = i;
            lastB = j;
        }
        cuts.add(new int[] {before.size() + 1, after.size() + 1});
        return cuts;
    }
}
