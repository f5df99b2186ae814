package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.context.BuildContext;
import dev.dockmend.edit.Edits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.tree.Add;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Expose;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Label;
import dev.dockmend.tree.User;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * In a stage where a copy of the whole build context ({@code COPY . .}) comes before the RUN that installs
 * the dependencies from their manifests, copies only the manifests first, runs the install, then copies the
 * rest: a change to the sources then no longer re-runs the install. An install RUN that also builds is split
 * at its top-level {@code &&}. The ecosystems and the files each install reads are data
 * ({@code knowledge/ecosystems.txt}); the build context says which of them exist and are not ignored.
 */
public final class ReorderCopyForCache implements Recipe {
    static final RecipeId ID = RecipeId.of("reorder-copy-for-cache");

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Copy dependency manifests and install them before copying the sources";
    }

    @Override
    public String rationale() {
        return "When COPY . . comes before the dependency install, every change to any source file invalidates the "
                + "install's cache and re-runs it. Copying only the manifests the install reads, installing, then copying "
                + "the rest keeps the install cached until a manifest changes. "
                + "https://docs.docker.com/build/cache/optimize/#order-your-layers";
    }

    /** Safe with a build context that shows every file the install reads; review otherwise (asked of the context). */
    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    /** Before merge-run-layers (600) and clean-package-cache (700): they then see the install in a RUN of its own. */
    @Override
    public int order() {
        return 400;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<dev.dockmend.shell.ShellInEffect> shells = null;
        for (Stage stage : Stages.of(file)) {
            if (stage.instructions().stream().noneMatch(ReorderCopyForCache::isBroadCopy)) {
                continue; // most stages: no shell analysis, no context
            }
            if (shells == null) {
                shells = dev.dockmend.shell.ShellInEffect.of(file);
            }
            StageReader.read(stage, file, context, findings, shells).ifPresent(moves::add);
        }
        if (moves.isEmpty()) {
            return new RecipeResult(file, List.of(), findings);
        }
        // One pass over the instructions for every move, and the lines of each tree counted once, so the
        // cost stays linear in the file whatever the number of stages changed.
        List<Instruction> rebuilt = new ArrayList<>(file.instructions().size() + 2 * moves.size());
        int[][] placed = new int[moves.size()][2];
        int next = 0;
        for (int k = 0; k < moves.size(); k++) {
            Move move = moves.get(k);
            rebuilt.addAll(file.instructions().subList(next, move.copyIndex()));
            placed[k][0] = rebuilt.size();
            rebuilt.addAll(move.replacement(file, context));
            placed[k][1] = rebuilt.size() - 1;
            next = move.runIndex() + 1;
        }
        rebuilt.addAll(file.instructions().subList(next, file.instructions().size()));
        Dockerfile after = file.withInstructions(rebuilt);
        List<Dockerfile.Located> linesBefore = file.located();
        List<Dockerfile.Located> linesAfter = after.located();
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < moves.size(); k++) {
            Move move = moves.get(k);
            changes.add(new Change(ID, new LineRange(linesBefore.get(move.copyIndex()).startLine(), linesBefore.get(move.runIndex()).endLine()),
                    new LineRange(linesAfter.get(placed[k][0]).startLine(), linesAfter.get(placed[k][1]).endLine()),
                    move.reason(), move.plan().safety()));
        }
        return new RecipeResult(after, changes, findings);
    }

    /**
     * One rewrite: the broad copy at {@code copyIndex}, the install RUN at {@code runIndex} (and its two
     * parts, when it is split), the manifests to copy; {@code prepared}, the RUN that builds the dependencies
     * against dummy sources before the copy, when the install itself needs the sources and stays after it.
     */
    record Move(int copyIndex, int runIndex, Optional<RunSplit> split, Optional<String> prepared, ManifestPlan.Copy plan, String dest,
                List<String> flags, List<String> ecosystems) {

        String reason() {
            String install = String.join(" and ", ecosystems) + " install";
            String what = "copied " + String.join(", ", plan.sources())
                    + (prepared.isPresent() ? " and ran the " + install + " against dummy sources before the rest of the context,"
                            + " so that a change to the sources does not rebuild the dependencies"
                            : " before the " + install + " and the rest of the context after it, so that a change to the sources"
                            + " does not re-run it")
                    + (split.isPresent() ? "; split the install from the build that follows it in the RUN" : "");
            return plan.notes().isEmpty() ? what : what + " (review: " + String.join("; ", plan.notes()) + ")";
        }

        /** The manifest copies, one per folder (a COPY of several files puts them all in one folder). */
        Map<String, List<String>> groups() {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (String source : plan.sources()) {
                int slash = source.lastIndexOf('/');
                String folder = plan.folders().contains(source) ? source + "/" : slash < 0 ? "" : source.substring(0, slash + 1);
                groups.computeIfAbsent(folder, k -> new ArrayList<>()).add(source);
            }
            return groups;
        }

        /** What takes the place of the instructions from the broad copy to the install RUN. */
        List<Instruction> replacement(Dockerfile file, RecipeContext context) {
            String ending = context.style().lineEnding();
            String copyWord = context.style().keyword("COPY");
            String flagText = flags.isEmpty() ? "" : String.join(" ", flags) + " ";
            List<Instruction> out = new ArrayList<>();
            for (Map.Entry<String, List<String>> group : groups().entrySet()) {
                out.add(Edits.instruction(file, copyWord + " " + flagText + String.join(" ", group.getValue()) + " "
                        + dest + group.getKey() + ending));
            }
            Instruction broad = file.instructions().get(copyIndex);
            Instruction run = file.instructions().get(runIndex);
            // The broad copy's leading comments and blank lines stay at the top of the block.
            out.set(0, out.get(0).withLeading(broad.leading()));
            out.addAll(file.instructions().subList(copyIndex + 1, runIndex));
            if (prepared.isPresent()) {
                out.add(Edits.instruction(file, prepared.get()));
                out.add(broad.withLeading(dev.dockmend.tree.Trivia.EMPTY));
                out.add(run);
                return out;
            }
            if (split.isEmpty()) {
                out.add(run);
                out.add(broad.withLeading(dev.dockmend.tree.Trivia.EMPTY));
                return out;
            }
            // Each part keeps the RUN's own lines (keyword, flags such as --mount, continuations), so both
            // run as the original did; the rest keeps the RUN's last line ending.
            out.add(Edits.instruction(file, split.get().install()).withLeading(run.leading()));
            out.add(broad.withLeading(dev.dockmend.tree.Trivia.EMPTY));
            out.add(Edits.instruction(file, split.get().rest().orElseThrow()).withLeading(split.get().restLeading()));
            return out;
        }
    }

    /** Instructions that may stand between the broad copy and the install: none of them reads or writes files. */
    static boolean mayStandBetween(Instruction instruction) {
        return instruction instanceof Env || instruction instanceof Arg || instruction instanceof Label
                || instruction instanceof Expose || instruction instanceof User;
    }

    /**
     * Whether {@code instruction} copies the whole build context ({@code COPY . .}, {@code ADD ./ /app}), or a
     * folder of another stage into the current one ({@code COPY --from=src /app .}), which the recipe names
     * in a finding.
     */
    static boolean isBroadCopy(Instruction instruction) {
        if (!(instruction instanceof Copy) && !(instruction instanceof Add) || !instruction.heredocs().isEmpty()) {
            return false;
        }
        List<String> args = instruction.args();
        if (args.size() != 2) {
            return false;
        }
        if (instruction.flag("from").isPresent()) {
            return args.get(1).equals(".") || args.get(1).equals("./");
        }
        return BuildContext.normalize(args.get(0)).equals(Optional.of("."));
    }
}
