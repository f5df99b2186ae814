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
import dev.dockmend.tree.Run;
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
        List<Stage> stages = Stages.of(file);
        List<Change> changes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Dockerfile current = file;
        List<dev.dockmend.shell.ShellInEffect> shells = null;
        // Last stage first: a change moves lines only in and after its stage, so the stages still to visit
        // keep the input's lines, which findings and changes name.
        for (int s = stages.size() - 1; s >= 0; s--) {
            Stage stage = stages.get(s);
            if (stage.instructions().stream().noneMatch(ReorderCopyForCache::isBroadCopy)) {
                continue; // most stages: no shell analysis, no context
            }
            if (shells == null) {
                shells = dev.dockmend.shell.ShellInEffect.of(file);
            }
            Optional<Move> move = StageReader.read(stage, file, context, findings, shells);
            if (move.isEmpty()) {
                continue;
            }
            Dockerfile before = current;
            current = move.get().applyTo(current, context);
            int first = move.get().copyIndex();
            LineRange was = new LineRange(Edits.lines(before, first).start(), Edits.lines(before, move.get().runIndex()).end());
            LineRange now = new LineRange(Edits.lines(current, first).start(),
                    Edits.lines(current, move.get().lastIndexAfter()).end());
            int added = now.end() - was.end();
            List<Change> shifted = new ArrayList<>();
            for (Change later : changes) {
                shifted.add(new Change(later.recipe(), later.before(), new LineRange(later.after().start() + added,
                        later.after().end() + added), later.reason(), later.safety()));
            }
            changes.clear();
            changes.add(new Change(ID, was, now, move.get().reason(), move.get().plan().safety()));
            changes.addAll(shifted);
        }
        return new RecipeResult(current, changes, findings);
    }

    /**
     * One rewrite: the broad copy at {@code copyIndex}, the install RUN at {@code runIndex} (its first
     * {@code installCount} commands install; the text of the install and of the rest, when it is split), the
     * manifests to copy.
     */
    record Move(int copyIndex, int runIndex, Optional<String[]> split, ManifestPlan.Copy plan, String dest, List<String> flags,
                List<String> ecosystems) {

        int lastIndexAfter() {
            return runIndex + groups().size() - 1 + 1 + (split.isPresent() ? 1 : 0);
        }

        String reason() {
            String what = "copied " + String.join(", ", plan.sources()) + " before the " + String.join(" and ", ecosystems)
                    + " install and the rest of the context after it, so that a change to the sources does not re-run it"
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

        Dockerfile applyTo(Dockerfile file, RecipeContext context) {
            String ending = context.style().lineEnding();
            String copyWord = context.style().keyword("COPY");
            String flagText = flags.isEmpty() ? "" : String.join(" ", flags) + " ";
            List<Instruction> copies = new ArrayList<>();
            for (Map.Entry<String, List<String>> group : groups().entrySet()) {
                copies.add(Edits.instruction(file, copyWord + " " + flagText + String.join(" ", group.getValue()) + " "
                        + dest + group.getKey() + ending));
            }
            List<Instruction> instructions = new ArrayList<>(file.instructions());
            Instruction broad = instructions.get(copyIndex);
            Instruction run = instructions.get(runIndex);
            List<Instruction> afterRun = new ArrayList<>();
            if (split.isPresent()) {
                Run original = (Run) run;
                String runWord = context.style().keyword("RUN");
                String runFlags = original.flags().isEmpty() ? "" : String.join(" ", original.flags()) + " ";
                run = Edits.instruction(file, runWord + " " + runFlags + split.get()[0] + ending).withLeading(run.leading());
                afterRun.add(Edits.instruction(file, runWord + " " + runFlags + split.get()[1] + ending));
            }
            List<Instruction> between = new ArrayList<>(instructions.subList(copyIndex + 1, runIndex));
            List<Instruction> rebuilt = new ArrayList<>(instructions.subList(0, copyIndex));
            copies.set(0, copies.get(0).withLeading(broad.leading()));
            rebuilt.addAll(copies);
            rebuilt.addAll(between);
            rebuilt.add(run);
            rebuilt.add(broad.withLeading(dev.dockmend.tree.Trivia.EMPTY));
            rebuilt.addAll(afterRun);
            rebuilt.addAll(instructions.subList(runIndex + 1, instructions.size()));
            return file.withInstructions(rebuilt);
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
