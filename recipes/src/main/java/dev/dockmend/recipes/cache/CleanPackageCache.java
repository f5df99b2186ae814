package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dockmend.edit.Edits;
import dev.dockmend.edit.InstructionEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeOption;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.BuildStageOption;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.Run;

/**
 * Keeps package managers' caches out of image layers, in the RUN that installs: {@code rm -rf
 * /var/lib/apt/lists/*} after apt-get, {@code --no-cache} for apk (dropping the {@code apk update} it makes
 * useless), {@code --no-cache-dir} for pip, {@code npm cache clean --force}, {@code yum clean all}, and so on
 * for each manager in {@code knowledge/package-managers.txt} ({@link PackageManagers}).
 *
 * <p>A cleanup goes right after the manager's last command, joined with {@code &&} so that a failing install
 * still fails the RUN with the same status ({@link Placement}); a flag goes right after the subcommand
 * ({@code pip install --no-cache-dir}). On a RUN written one command per line the cleanup is a new
 * continuation line in the file's style ({@link RunLines}).
 *
 * <p>Only shell-form RUNs run by a POSIX shell, whose script the shell analysis understands, are edited. A
 * manager is left alone where its cache is already cleaned in the RUN, disabled ({@code ENV PIP_NO_CACHE_DIR},
 * {@code apk --no-cache}) or kept in a {@code RUN --mount=type=cache} (cleaning would defeat the mount). Where
 * a cache stays visibly and the recipe cannot prove a fix keeps the build's meaning (a script it cannot read,
 * a later RUN that installs from apt-get's lists, a manager run inside a function...), it says so in a
 * finding instead. {@code --no-install-recommends} is added only with the option on, as a {@code review} change.
 *
 * <p>Build stages ({@link BuildStages}: not the last stage, nor one it is built on) are left alone, with one
 * finding per stage, unless the files other stages take from them may hold a cache.
 */
public final class CleanPackageCache implements Recipe {
    private static final RecipeId ID = RecipeId.of("clean-package-cache");
    static final String NO_INSTALL_RECOMMENDS = "no-install-recommends";

    /** The table, read on first use: the recipe is made at every start, and most files never need it. */
    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Keep package manager caches out of image layers";
    }

    @Override
    public String rationale() {
        return "Package managers leave package lists, downloaded packages and caches behind, and a layer keeps whatever "
                + "its RUN wrote, even when a later RUN deletes it. Avoiding the cache, or removing it in the RUN that "
                + "installs, makes the image smaller and leaves no stale package lists in it. "
                + "https://docs.docker.com/build/building/best-practices/#apt-get";
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    /** The rules of the table's remedies; DL3015 only with the option on, so it is not listed. */
    @Override
    public List<String> fixes() {
        return PackageManagers.shipped().rules();
    }

    @Override
    public List<RecipeOption> options() {
        return List.of(new RecipeOption(NO_INSTALL_RECOMMENDS, RecipeOption.Type.BOOLEAN, "false",
                "Also add --no-install-recommends to apt-get install (DL3015). Marked review: the build may need a "
                        + "package that was only recommended."), BuildStageOption.of("clean package caches"));
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        List<Instruction> instructions = file.instructions();
        PackageManagers managers = PackageManagers.shipped();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i) instanceof Run run && mentionsManager(run, managers)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return RecipeResult.unchanged(file);
        }
        FileContext fileContext = new FileContext(file);
        Map<Integer, RunPlanner.RunPlan> plans = new HashMap<>();
        RunPlanner planner = new RunPlanner(fileContext, managers, context, context.booleanOption(NO_INSTALL_RECOMMENDS) && context.allowsReview(), plans);
        BuildStages buildStages = new BuildStages(fileContext, BuildStageOption.on(context));
        // Per build stage left alone where the recipe would have changed or warned about a RUN, its first candidate RUN.
        Map<Integer, Integer> reportedAt = new HashMap<>();
        Set<Integer> wouldActIn = new HashSet<>();
        for (int p = candidates.size() - 1; p >= 0; p--) {
            int index = candidates.get(p);
            RunFacts facts = RunFacts.of(index, (Run) instructions.get(index), fileContext, managers);
            boolean leftAlone = buildStages.leavesAlone(facts, managers);
            if (leftAlone) {
                int stage = fileContext.stage(index).orElseThrow().number();
                // planned a second time only until one RUN of the stage shows the recipe would act there
                if (wouldActIn.contains(stage) || wouldAct(planner.plan(facts, true))) {
                    wouldActIn.add(stage);
                    reportedAt.put(stage, index);
                }
            }
            plans.put(index, planner.plan(facts, !leftAlone));
        }
        InstructionEdits edits = new InstructionEdits(file);
        List<Finding> findings = new ArrayList<>();
        for (int index : candidates) {
            RunPlanner.RunPlan plan = plans.get(index);
            int line = fileContext.line(index);
            if (reportedAt.containsValue(index)) {
                // info: a cache in a build stage costs the image nothing
                findings.add(new Finding(ID, line, 1, Severity.INFO, buildStages.reason(index), BuildStages.SUGGESTION));
            }
            plan.notes().forEach(note -> findings.add(new Finding(ID, line, 1, note.severity(), note.reason(), note.suggestion())));
            if (plan.edits().isEmpty()) {
                continue;
            }
            String reason = String.join("; ", plan.changes());
            Safety safety = plan.review() ? Safety.REVIEW : Safety.SAFE;
            edits.replace(index, rewrite(file, plan, context), (before, after) -> new Change(ID, before, after, reason, safety));
        }
        return edits.result(findings);
    }

    /** Whether the plan edits the RUN or warns about a cache it leaves. */
    private static boolean wouldAct(RunPlanner.RunPlan plan) {
        return !plan.edits().isEmpty() || plan.notes().stream().anyMatch(note -> note.severity() == Severity.WARNING);
    }

    /**
     * Whether the RUN's line or heredocs name a manager's program as a command word: the cheap test before any
     * parsing, which also passes over {@code /var/lib/apt} and {@code pipefail}.
     */
    private static boolean mentionsManager(Run run, PackageManagers managers) {
        if (managers.mentionedIn(run.value().original())) {
            return true;
        }
        for (Heredoc heredoc : run.heredocs()) {
            if (managers.mentionedIn(heredoc.content())) {
                return true;
            }
        }
        return false;
    }

    /** The RUN with the plan's edits made in its lines. */
    private static Instruction rewrite(Dockerfile file, RunPlanner.RunPlan plan, RecipeContext context) {
        RunFacts facts = plan.facts();
        String text = facts.lines().orElseThrow()
                .apply(plan.edits(), RunLines.commandStarts(facts.script().orElseThrow()), context.style());
        Instruction rewritten = Edits.instruction(file, text);
        if (!(rewritten instanceof Run run) || !(run.command() instanceof CommandForm.ShellForm shell)
                || !(ShellParser.parse(shell.script()) instanceof ShellAnalysis.Understood)) {
            throw new Pipeline.RecipeBugException(ID, "it made a RUN whose script the shell analysis does not understand: " + text);
        }
        return rewritten;
    }
}
