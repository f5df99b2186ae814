package dev.dockmend.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Trivia;
import dev.dockmend.tree.TriviaLine;

/**
 * One recipe's replacements of instructions of a file, named by their place in the file the recipe was
 * given and made together, in one pass, at the end ({@link #result}). A recipe that replaced instructions
 * one by one, each time copying the instruction list and counting lines of the new tree for its change,
 * cost the square of the file's length; here the new tree is made once and its lines counted once.
 */
public final class InstructionEdits {
    private final Dockerfile file;
    private final List<Replacement> replacements = new ArrayList<>();

    public InstructionEdits(Dockerfile file) {
        this.file = file;
    }

    /** Replaces instruction {@code index} by {@code replacement} (see {@link Edits#replace(Dockerfile, int, Instruction)}). */
    public void replace(int index, Instruction replacement, BiFunction<LineRange, LineRange, Change> change) {
        replace(index, index, replacement, List.of(), change);
    }

    /**
     * Replaces instructions {@code from} to {@code to} (inclusive) by one, {@code replacement}, as {@link
     * Edits#replace(Dockerfile, int, int, Instruction)} does, with {@code movedComments} (comment lines of the
     * replaced instructions that the caller keeps) added after the first one's leading trivia. Replacements are
     * made in the order of the file and do not overlap.
     *
     * @param change makes the change record from the lines replaced (of the given file, without the first
     *               instruction's leading trivia) and the lines that replace them (of the result, moved comments
     *               included)
     */
    public void replace(int from, int to, Instruction replacement, List<TriviaLine> movedComments,
                        BiFunction<LineRange, LineRange, Change> change) {
        int previousEnd = replacements.isEmpty() ? -1 : replacements.get(replacements.size() - 1).to();
        if (from <= previousEnd || to < from) {
            throw new IllegalArgumentException("replacements out of order or overlapping: " + from + "-" + to
                    + " after one that ends at " + previousEnd);
        }
        replacements.add(new Replacement(from, to, replacement, List.copyOf(movedComments), change));
    }

    public boolean isEmpty() {
        return replacements.isEmpty();
    }

    /** The file with every replacement made, the changes they made, and {@code findings}. */
    public RecipeResult result(List<Finding> findings) {
        if (replacements.isEmpty()) {
            return new RecipeResult(file, List.of(), findings);
        }
        List<Instruction> instructions = new ArrayList<>(file.instructions().size());
        int[] placedAt = new int[replacements.size()];
        int next = 0;
        for (int k = 0; k < replacements.size(); k++) {
            Replacement r = replacements.get(k);
            instructions.addAll(file.instructions().subList(next, r.from()));
            placedAt[k] = instructions.size();
            instructions.add(placed(r));
            next = r.to() + 1;
        }
        instructions.addAll(file.instructions().subList(next, file.instructions().size()));
        Dockerfile after = file.withInstructions(instructions);
        List<Dockerfile.Located> before = file.located();
        List<Dockerfile.Located> located = after.located();
        List<Change> changes = new ArrayList<>(replacements.size());
        for (int k = 0; k < replacements.size(); k++) {
            Replacement r = replacements.get(k);
            Dockerfile.Located now = located.get(placedAt[k]);
            changes.add(r.change().apply(new LineRange(before.get(r.from()).startLine(), before.get(r.to()).endLine()),
                    new LineRange(now.startLine() - r.movedComments().size(), now.endLine())));
        }
        return new RecipeResult(after, changes, findings);
    }

    private Instruction placed(Replacement r) {
        Instruction first = file.instructions().get(r.from());
        Instruction last = file.instructions().get(r.to());
        Instruction placed = Edits.placed(r.replacement(), first, last);
        if (r.movedComments().isEmpty()) {
            return placed;
        }
        List<TriviaLine> leading = new ArrayList<>(placed.leading().lines());
        leading.addAll(r.movedComments());
        return placed.withLeading(new Trivia(leading));
    }

    private record Replacement(int from, int to, Instruction replacement, List<TriviaLine> movedComments,
                               BiFunction<LineRange, LineRange, Change> change) {
    }
}
