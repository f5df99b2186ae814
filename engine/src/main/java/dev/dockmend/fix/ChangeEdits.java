package dev.dockmend.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.dockmend.diff.LineDelta;
import dev.dockmend.diff.TextDiff;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Pipeline;

/**
 * The edits of each change of a run, in the text of the run's input: applied alone to the input, a change's
 * edits make that change and nothing else, so a bot or an editor can take one change and leave the others.
 *
 * <p>Recipes run one after another, each on the previous one's output. A change whose lines no earlier change
 * touched is independent: its edits replace the input's lines with what its recipe made of them. A change made
 * in lines an earlier change wrote (clean-package-cache cleaning up in the RUN merge-run-layers made) cannot
 * be told apart from that one: its edits make both, from the input, and it names the earlier change in {@link
 * Edited#requires()}; the earlier change's own edits still make it alone. Two changes of one recipe whose
 * edited lines run into each other are tied the same way, each requiring the other.
 *
 * <p>Worked out from each step's line diff in one pass per step: the lines of the text reached so far that
 * changes wrote are kept as blocks (their lines in that text, the input lines they replace, and the changes that
 * made them); a later change's block takes in every block it overlaps. Linear in the number of lines and changes.
 */
public final class ChangeEdits {
    /** No changes. */
    public static final ChangeEdits NONE = new ChangeEdits(List.of(), List.of());

    private final List<Edited> changes;
    private final List<TextEdit> all;

    private ChangeEdits(List<Edited> changes, List<TextEdit> all) {
        this.changes = changes;
        this.all = all;
    }

    /**
     * One change with its own edits (whole-line {@link TextEdit}s of the input, in order) and the ids of the
     * changes those edits make too, which it cannot be made without.
     */
    public record Edited(String id, Change change, List<TextEdit> edits, List<String> requires) {
        public Edited {
            edits = List.copyOf(edits);
            requires = List.copyOf(requires);
        }

        /** Whether the change can be made alone. */
        public boolean independent() {
            return requires.isEmpty();
        }
    }

    /** The id of a change: its recipe and the first input line it replaces, stable for the same file and recipes. */
    public static String id(Change change) {
        return change.recipe() + ":" + change.before().start();
    }

    /** The edits of every change of {@code result}, whose changes are those of its steps, in order. */
    public static ChangeEdits of(Pipeline.Result result) {
        if (result.steps().isEmpty()) {
            return NONE;
        }
        TextDiff first = result.steps().get(0).diff();
        Input input = new Input(first.beforeText(), first.before());
        List<Change> changes = result.changes();
        List<List<Made>> made = new ArrayList<>();
        List<Set<Integer>> requires = new ArrayList<>();
        for (int g = 0; g < changes.size(); g++) {
            made.add(new ArrayList<>());
            requires.add(new TreeSet<>());
        }
        List<Block> blocks = List.of();
        List<String> lines = first.before();
        int base = 0;
        for (Pipeline.Step step : result.steps()) {
            TextDiff diff = step.diff();
            List<List<Integer>> owners = owners(diff.deltas(), step.changes(), base);
            blocks = new StepWalk(diff, step.changes(), base, owners, blocks, made, requires).run();
            lines = diff.after();
            base += step.changes().size();
        }
        tie(changes, made, requires);
        List<Edited> edited = new ArrayList<>(changes.size());
        for (int g = 0; g < changes.size(); g++) {
            List<TextEdit> edits = new ArrayList<>();
            for (Made m : made.get(g)) {
                edits.add(input.edit(m.block().inputStart(), m.block().inputEnd(), m.text()));
            }
            List<String> ids = new ArrayList<>();
            for (int other : requires.get(g)) {
                ids.add(id(changes.get(other)));
            }
            edited.add(new Edited(id(changes.get(g)), changes.get(g), edits, ids));
        }
        edited.sort((a, b) -> Integer.compare(a.change().before().start(), b.change().before().start()));
        List<TextEdit> all = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            all.add(input.edit(block.inputStart(), block.inputEnd(), String.join("", lines.subList(block.start(), block.end()))));
        }
        return new ChangeEdits(Collections.unmodifiableList(edited), List.copyOf(all));
    }

    /**
     * Changes of one recipe decided together ({@link Change#tie()}) become one fix: each one's edits make all of
     * them, and each requires the others.
     */
    private static void tie(List<Change> changes, List<List<Made>> made, List<Set<Integer>> requires) {
        Map<String, List<Integer>> ties = new HashMap<>();
        for (int g = 0; g < changes.size(); g++) {
            Change change = changes.get(g);
            if (change.tie().isPresent()) {
                ties.computeIfAbsent(change.recipe() + " " + change.tie().get(), k -> new ArrayList<>()).add(g);
            }
        }
        for (List<Integer> tied : ties.values()) {
            if (tied.size() < 2) {
                continue;
            }
            Map<Block, Made> together = new IdentityHashMap<>();
            for (int g : tied) {
                made.get(g).forEach(m -> together.put(m.block(), m));
            }
            List<Made> all = new ArrayList<>(together.values());
            all.sort((a, b) -> Integer.compare(a.block().inputStart(), b.block().inputStart()));
            for (int g : tied) {
                made.set(g, all);
                for (int other : tied) {
                    if (other != g) {
                        requires.get(g).add(other);
                    }
                }
            }
        }
    }

    /** Every change with its edits, by their first line in the input (the run lists them recipe by recipe). */
    public List<Edited> changes() {
        return changes;
    }

    /** The edits that make every change: applied to the input, the run's output. */
    public List<TextEdit> all() {
        return all;
    }

    /**
     * Lines {@code start} to {@code end} (0-based, end exclusive) of the text reached so far, which replace
     * lines {@code inputStart} to {@code inputEnd} of the input, written by the changes {@code owners}
     * (indexes into the run's changes); {@code extentStart} to {@code extentEnd} are the lines of the
     * instructions those changes made, which hold the block: a later change in those instructions cannot be
     * made without them, even where its own lines only touch the block (a line continued after it).
     */
    private record Block(int start, int end, int inputStart, int inputEnd, Set<Integer> owners, int extentStart, int extentEnd) {
        int shift() {
            return (end - start) - (inputEnd - inputStart);
        }
    }

    /** A block a change made, and its text: what the change's edit puts in place of the block's input lines. */
    private record Made(Block block, String text) {
    }

    /**
     * For each of a step's blocks, the changes of that step it belongs to (indexes into the run's changes, from
     * {@code base}): those whose lines it touches, or the nearest one when a recipe's lines missed it.
     */
    private static List<List<Integer>> owners(List<LineDelta> deltas, List<Change> changes, int base) {
        List<Integer> order = new ArrayList<>(changes.size());
        for (int c = 0; c < changes.size(); c++) {
            order.add(c);
        }
        order.sort((a, b) -> Integer.compare(changes.get(a).before().start(), changes.get(b).before().start()));
        List<List<Integer>> owners = new ArrayList<>(deltas.size());
        int p = 0;
        for (LineDelta delta : deltas) {
            while (p < order.size() - 1 && changes.get(order.get(p)).before().end() < delta.sourceStart()) {
                p++;
            }
            List<Integer> touching = new ArrayList<>(1);
            for (int q = p; q < order.size() && changes.get(order.get(q)).before().start() - 1 <= delta.sourceEnd(); q++) {
                if (touches(delta, changes.get(order.get(q)).before())) {
                    touching.add(base + order.get(q));
                }
            }
            if (touching.isEmpty() && !order.isEmpty()) {
                touching.add(base + order.get(p));
            }
            owners.add(touching);
        }
        return owners;
    }

    /** Whether a block touches 1-based {@code lines}: overlaps them, or (an insertion) sits in or right after them. */
    static boolean touches(LineDelta delta, LineRange lines) {
        int first = lines.start() - 1;
        int end = lines.end();
        if (delta.sourceSize() == 0) {
            return delta.sourceStart() >= first && delta.sourceStart() <= end;
        }
        return delta.sourceStart() < end && delta.sourceEnd() > first;
    }

    /**
     * One step's blocks of changed lines merged into the blocks of the text before it: each group of the step's
     * blocks (those of one change together) and the earlier blocks they overlap, or whose instructions the group's
     * changes rewrote, becomes one block of the step's output, and the edit of each of the step's changes in it.
     */
    private static final class StepWalk {
        private final TextDiff diff;
        private final List<Change> stepChanges;
        private final int base;
        private final List<List<Integer>> owners;
        private final List<Block> before;
        private final List<List<Made>> made;
        private final List<Set<Integer>> requires;
        private final List<Block> after = new ArrayList<>();
        /** Next earlier block and next step block to place. */
        private int b;
        private int d;
        /** Lines the step's blocks so far added (output minus input of the step). */
        private int stepShift;
        /** Lines the earlier blocks so far added (text before the step minus the run's input). */
        private int inputShift;

        StepWalk(TextDiff diff, List<Change> stepChanges, int base, List<List<Integer>> owners, List<Block> before,
                 List<List<Made>> made, List<Set<Integer>> requires) {
            this.diff = diff;
            this.stepChanges = stepChanges;
            this.base = base;
            this.owners = owners;
            this.before = before;
            this.made = made;
            this.requires = requires;
        }

        List<Block> run() {
            List<LineDelta> deltas = diff.deltas();
            while (d < deltas.size()) {
                LineDelta delta = deltas.get(d);
                int from = delta.sourceStart();
                for (int owner : owners.get(d)) {
                    from = Math.min(from, stepChanges.get(owner - base).before().start() - 1);
                }
                carryBlocksBefore(from);
                group();
            }
            carryBlocksBefore(Integer.MAX_VALUE);
            return after;
        }

        /**
         * Moves the earlier blocks whose instructions end at or before line {@code line} into the step's output
         * unchanged: a group starting there cannot take them in.
         */
        private void carryBlocksBefore(int line) {
            while (b < before.size() && before.get(b).extentEnd() <= line && before.get(b).end() <= line) {
                Block block = before.get(b++);
                after.add(new Block(block.start() + stepShift, block.end() + stepShift, block.inputStart(), block.inputEnd(),
                        block.owners(), block.extentStart() + stepShift, block.extentEnd() + stepShift));
                inputShift += block.shift();
            }
        }

        /** The group that starts with the step's next block: it, its change's other blocks and all they overlap. */
        private void group() {
            List<LineDelta> deltas = diff.deltas();
            int start = deltas.get(d).sourceStart();
            int end = deltas.get(d).sourceEnd();
            int extentStart = start;
            int extentEnd = end;
            int shiftBefore = stepShift;
            int inputShiftBefore = inputShift;
            Set<Integer> groupOwners = new TreeSet<>();
            Set<Integer> stepOwners = new TreeSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                while (d < deltas.size() && (stepOwners.isEmpty() || takes(deltas.get(d), d, stepOwners, start, end, extentStart, extentEnd))) {
                    LineDelta delta = deltas.get(d);
                    start = Math.min(start, delta.sourceStart());
                    end = Math.max(end, delta.sourceEnd());
                    extentStart = Math.min(extentStart, start);
                    extentEnd = Math.max(extentEnd, end);
                    for (int owner : owners.get(d)) {
                        stepOwners.add(owner);
                        LineRange lines = stepChanges.get(owner - base).before();
                        extentStart = Math.min(extentStart, lines.start() - 1);
                        extentEnd = Math.max(extentEnd, lines.end());
                    }
                    stepShift += delta.targetSize() - delta.sourceSize();
                    d++;
                    grew = true;
                }
                while (b < before.size() && (overlaps(before.get(b).start(), before.get(b).end(), start, end)
                        || shareALine(before.get(b).extentStart(), before.get(b).extentEnd(), extentStart, extentEnd))) {
                    Block block = before.get(b++);
                    start = Math.min(start, block.start());
                    end = Math.max(end, block.end());
                    inputShift += block.shift();
                    groupOwners.addAll(block.owners());
                    grew = true;
                }
            }
            groupOwners.addAll(stepOwners);
            int newStart = start + shiftBefore;
            int newEnd = end + stepShift;
            int newExtentStart = newStart;
            int newExtentEnd = newEnd;
            for (int owner : stepOwners) {
                LineRange lines = stepChanges.get(owner - base).after();
                newExtentStart = Math.min(newExtentStart, lines.start() - 1);
                newExtentEnd = Math.max(newExtentEnd, lines.end());
            }
            Block block = new Block(newStart, newEnd, start - inputShiftBefore, end - inputShift, groupOwners,
                    newExtentStart, newExtentEnd);
            after.add(block);
            Made madeHere = new Made(block, String.join("", diff.after().subList(newStart, newEnd)));
            for (int owner : stepOwners) {
                made.get(owner).add(madeHere);
                for (int other : groupOwners) {
                    if (other != owner) {
                        requires.get(owner).add(other);
                    }
                }
            }
        }

        /** Whether the group takes in step block {@code index}: one of its changes', or one in or overlapping it. */
        private boolean takes(LineDelta delta, int index, Set<Integer> stepOwners, int start, int end, int extentStart, int extentEnd) {
            for (int owner : owners.get(index)) {
                if (stepOwners.contains(owner)) {
                    return true;
                }
            }
            return overlaps(delta.sourceStart(), delta.sourceEnd(), start, end)
                    || shareALine(delta.sourceStart(), delta.sourceEnd(), extentStart, extentEnd);
        }

        /**
         * Whether lines [{@code start}, {@code end}) share a line with the group's [{@code groupStart}, {@code
         * groupEnd}), or an empty range (an insertion, a deletion's place) falls strictly inside the other.
         */
        private static boolean overlaps(int start, int end, int groupStart, int groupEnd) {
            if (start == end) {
                return start > groupStart && start < groupEnd;
            }
            if (groupStart == groupEnd) {
                return groupStart > start && groupStart < end;
            }
            return start < groupEnd && end > groupStart;
        }

        /** Whether two ranges of lines, neither empty, share a line. */
        private static boolean shareALine(int start, int end, int otherStart, int otherEnd) {
            return start < end && otherStart < otherEnd && start < otherEnd && end > otherStart;
        }
    }

    /** The run's input: its text, lines and where each line starts, for making edits of it. */
    private static final class Input {
        private final String text;
        private final int[] lineStarts;
        private final TextPosition.Index positions;

        Input(String text, List<String> lines) {
            this.text = text;
            this.lineStarts = new int[lines.size() + 1];
            for (int i = 0; i < lines.size(); i++) {
                lineStarts[i + 1] = lineStarts[i] + lines.get(i).length();
            }
            this.positions = new TextPosition.Index(text);
        }

        TextEdit edit(int startLine, int endLine, String newText) {
            int start = lineStarts[startLine];
            int end = lineStarts[endLine];
            return new TextEdit(positions.at(start), positions.at(end), start, end, newText);
        }
    }
}
