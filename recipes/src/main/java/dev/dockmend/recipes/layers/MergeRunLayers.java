package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.edit.Edits;
import dev.dockmend.edit.InstructionEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeOption;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipe.Suppressions;
import dev.dockmend.recipes.BuildStageOption;
import dev.dockmend.recipes.reorder.CostlyStep;
import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.Span;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.view.ShippedStages;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Merges consecutive RUN instructions of a stage (only comments and blank lines between them) into
 * one, joined with {@code &&}, where the merged RUN does what the separate ones did; {@link JoinRules}
 * says how each part is written (bare, in braces, in a subshell) or why it cannot be merged, and
 * {@link MergedLayout} writes the text. RUNs are left alone, with a finding that says why, when they
 * are in exec form or have heredocs, when their script is not understood, when their flags differ,
 * when their shell is not a POSIX shell, the file is a Windows one ({@code # escape=`}) or their stage
 * looks like one ({@link WindowsLook}), or when a suppression comment sits above one of them. Files without two RUNs in a row cost one pass over the
 * instruction list.
 *
 * <p>Fewer layers are a gain only where it costs no cache reuse, and only in the image. A RUN that installs
 * dependencies from manifests or builds ({@link CostlyStep}: {@code npm ci}, {@code go build}, {@code mvn package})
 * is kept apart from the RUN after it, or an edit there would run the install or build again. A stage whose
 * layers do not ship ({@link ShippedStages}: not the last stage, nor one it is built on) is left alone, with
 * one finding for the stage.
 */
public final class MergeRunLayers implements Recipe {
    private static final RecipeId ID = RecipeId.of("merge-run-layers");

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Merge consecutive RUN instructions into one where the build does the same";
    }

    @Override
    public String rationale() {
        return "Each RUN adds a layer, and a layer that only refreshes a package index (apt-get update) is cached apart "
                + "from the install that needs it, which then installs from a stale index. Consecutive RUNs are joined "
                + "with &&, which stops at the first failing command as the build did; a part that changes the shell "
                + "(cd, export, set) runs in a subshell, and RUNs whose merge could change what runs are left alone "
                + "with a finding. https://docs.docker.com/build/building/best-practices/#run";
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public List<String> fixes() {
        return List.of("DL3059");
    }

    @Override
    public List<RecipeOption> options() {
        return List.of(BuildStageOption.of("merge RUNs"));
    }

    /** Before {@code clean-package-cache} (700), which then cleans up in the merged RUN. */
    @Override
    public int order() {
        return 600;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        if (!hasRunsInARow(file.instructions())) {
            return RecipeResult.unchanged(file);
        }
        return new Merger(file, context).run();
    }

    /** Whether two RUNs follow each other anywhere: the only work done on most files. */
    private static boolean hasRunsInARow(List<Instruction> instructions) {
        for (int i = 1; i < instructions.size(); i++) {
            if (instructions.get(i) instanceof Run && instructions.get(i - 1) instanceof Run) {
                return true;
            }
        }
        return false;
    }

    /** One file's merges: the tree as it changes, and what was done and declined. */
    private static final class Merger {
        private final Dockerfile file;
        private final RecipeContext context;
        private final List<Dockerfile.Located> located;
        private final List<ShellInEffect> shells;
        private final List<Finding> findings = new ArrayList<>();
        private List<Stage> stages;
        /** Per stage number, what makes it look like a Windows stage: each stage is read once. */
        private final Map<Integer, Optional<String>> windowsLooks = new HashMap<>();
        private ShippedStages shipped;
        /** The build stages already reported: one finding per stage. */
        private final Set<Integer> reportedBuildStages = new HashSet<>();
        private final InstructionEdits edits;

        Merger(Dockerfile file, RecipeContext context) {
            this.file = file;
            this.context = context;
            this.located = file.located();
            this.shells = ShellInEffect.of(file);
            this.edits = new InstructionEdits(file);
        }

        RecipeResult run() {
            List<Instruction> instructions = file.instructions();
            boolean inStage = false;
            int i = 0;
            while (i < instructions.size()) {
                inStage |= instructions.get(i) instanceof From;
                int end = i;
                while (instructions.get(i) instanceof Run && end + 1 < instructions.size()
                        && instructions.get(end + 1) instanceof Run) {
                    end++;
                }
                if (inStage && end > i) {
                    sequence(i, end);
                }
                i = end + 1;
            }
            return edits.result(findings);
        }

        /** RUNs {@code first} to {@code last} of the input, one after another. */
        private void sequence(int first, int last) {
            Stage stage = Stages.containing(stages(), first).orElseThrow();
            if (!shipped().ships(stage.number()) && !BuildStageOption.on(context)) {
                buildStage(stage, first, last);
                return;
            }
            Optional<String> whole = wholeSequenceRefusal(first);
            if (whole.isPresent()) {
                int mergeable = 0;
                for (int i = first; i <= last; i++) {
                    mergeable += context.mayChange(i) ? 1 : 0;
                }
                if (mergeable > 1) {
                    // info: RUNs of another shell are fine as they are; dockmend only does not know how to join them
                    findings.add(new Finding(ID, located.get(first).startLine(), 1, Severity.INFO, "the " + (last - first + 1)
                            + " RUN layers at lines " + lines(first).start() + "-" + lines(last).end() + " are not merged: "
                            + whole.get(), "merge them by hand, in that shell's own syntax"));
                }
                return;
            }
            boolean errexit = Errexit.inShell(shells.get(first));
            Candidate[] candidates = new Candidate[last - first + 1];
            for (int k = first; k <= last; k++) {
                candidates[k - first] = candidate(k);
            }
            int k = 0;
            while (k < candidates.length) {
                if (candidates[k] instanceof Refusal refusal) {
                    refusal.reason().ifPresent(reason -> findings.add(new Finding(ID, refusal.lines().start(), 1, refusal.severity(),
                            "this RUN is kept apart from the RUNs next to it: it " + reason, refusal.suggestion())));
                    k++;
                    continue;
                }
                List<RunPart> group = new ArrayList<>();
                group.add((RunPart) candidates[k]);
                while (k + 1 < candidates.length && candidates[k + 1] instanceof RunPart next) {
                    Optional<Finding> declined = boundary(group, next, errexit);
                    if (declined.isPresent()) {
                        findings.add(declined.get());
                        break;
                    }
                    group.add(next);
                    k++;
                }
                if (group.size() > 1) {
                    merge(group, errexit);
                }
                k++;
            }
        }

        /**
         * RUNs {@code first} to {@code last} in a build stage: not merged, and the stage's first such RUNs get the
         * stage's one finding. Info: the stage builds what its author meant, and merging would only cost cache reuse.
         */
        private void buildStage(Stage stage, int first, int last) {
            int mergeable = 0;
            for (int i = first; i <= last; i++) {
                mergeable += context.mayChange(i) ? 1 : 0;
            }
            if (mergeable < 2 || !reportedBuildStages.add(stage.number())) {
                return;
            }
            String name = stage.name().map(n -> "stage `" + n + "`").orElse("stage " + stage.number());
            findings.add(new Finding(ID, located.get(first).startLine(), 1, Severity.INFO, "the RUN layers of " + name
                    + " are not merged: it is a build stage (the last stage is not built on it; "
                    + shipped().howUsed(stage.number(), index -> located.get(index).startLine())
                    + "), whose layers are not in the image, so fewer layers gain nothing there, and separate RUNs keep "
                    + "their own build cache", "nothing to do; if you build this stage as the image (--target), merge its RUNs by hand"));
        }

        private ShippedStages shipped() {
            if (shipped == null) {
                shipped = ShippedStages.of(stages());
            }
            return shipped;
        }

        /** Why none of the RUNs from {@code first} on may be merged, whatever they run. */
        private Optional<String> wholeSequenceRefusal(int first) {
            if (file.escapeCharacter() == '`') {
                return Optional.of("this is a Windows Dockerfile (escape=`), whose RUNs a POSIX shell does not run");
            }
            ShellInEffect shell = shells.get(first);
            if (!shell.posix()) {
                return Optional.of("their shell, " + shell.command().get(0) + " (" + shell.origin()
                        + "), is not a POSIX shell, whose rules decide how RUNs may be joined");
            }
            Stage stage = Stages.containing(stages(), first).orElseThrow();
            Optional<String> evidence = windowsLooks.get(stage.number());
            if (evidence == null) {
                evidence = WindowsLook.in(stage.instructions());
                windowsLooks.put(stage.number(), evidence);
            }
            return evidence.isEmpty() ? Optional.empty()
                    : Optional.of("their stage looks like a Windows one (`" + evidence.get() + "`), whose shell is cmd or "
                            + "PowerShell, not the POSIX shell whose rules decide how RUNs may be joined");
        }

        /** Input instruction {@code index} as a part of a merge, or why it cannot be one. */
        private Candidate candidate(int index) {
            Run run = (Run) file.instructions().get(index);
            LineRange lines = lines(index);
            if (!context.mayChange(index)) {
                return Refusal.silent(lines);
            }
            if (Suppressions.anyIn(run.leading())) {
                return Refusal.info(lines, "has a suppression comment above it, which would then cover the other RUNs' "
                        + "commands too, or no longer reach its own", "merge by hand if the comment may cover the merged RUN");
            }
            if (!run.heredocs().isEmpty()) {
                return Refusal.info(lines, "has a heredoc, which dockmend does not merge", "merge by hand if the commands belong together");
            }
            if (!(RunScript.of(run) instanceof RunScript.ShellText shellText)) {
                return Refusal.info(lines, "is in exec form, which runs no shell to join it with",
                        "write it in shell form if it may run under the shell");
            }
            ShellAnalysis analysis = ShellParser.parse(shellText.text());
            if (analysis instanceof ShellAnalysis.Unknown unknown) {
                return Refusal.info(lines, "has a script the shell analysis does not understand (" + unknown.reason() + ")",
                        "merge by hand if the commands belong together");
            }
            Script script = ((ShellAnalysis.Understood) analysis).script();
            Optional<RunText> text = RunText.of(run, script.text(), file.escapeCharacter());
            if (text.isEmpty()) {
                return Refusal.info(lines, "is written in a way dockmend cannot map back to its script", "merge by hand");
            }
            if (!endsOnLastLine(script, text.get())) {
                // a warning: the commands on the lines after the comment never run, which is a bug of the file
                return Refusal.warning(lines, "has a comment that runs on over its continuation lines, hiding them from the shell",
                        "end the comment before the continuation, or put it on a line of its own");
            }
            return new RunPart(index, run, script, text.get(), lines);
        }

        /** Whether the trailing comment and separator, which a merge may cut, start on the script's last line. */
        private static boolean endsOnLastLine(Script script, RunText text) {
            int lastLine = text.lastContentLine();
            Optional<Span> comment = script.trailingComment();
            if (comment.isPresent() && text.place(comment.get().start()).line() != lastLine) {
                return false;
            }
            List<ListItem> items = script.items();
            return items.isEmpty() || items.get(items.size() - 1).separator() == ListItem.Separator.NONE
                    || text.place(items.get(items.size() - 1).separatorSpan().start()).line() == lastLine;
        }

        /**
         * Why {@code next} may not join {@code group}, as a finding at {@code next}, if it may not. Always info:
         * RUNs a comment keeps apart, RUNs with different flags, or a RUN whose job, {@code set -e} or new
         * programs must end with its layer, build what their author meant as separate layers (the
         * {@code set -eux} style of the official images); a RUN after an install or a build is better apart.
         */
        private Optional<Finding> boundary(List<RunPart> group, RunPart next, boolean errexit) {
            RunPart previous = group.get(group.size() - 1);
            String apart = "not merged into the RUN at line " + previous.lines().start();
            Optional<String> asked = LayerIntent.in(next.run().leading());
            boolean askedHere = asked.isPresent();
            if (!askedHere) {
                asked = LayerIntent.in(previous.run().leading());
            }
            if (asked.isPresent()) {
                return Optional.of(new Finding(ID, next.lines().start(), 1, Severity.INFO, apart + ": the comment above "
                        + (askedHere ? "this RUN" : "that RUN") + " asks for a layer of its own (`"
                        + JoinRules.shortened(asked.get()) + "`)",
                        "merge by hand if the layers no longer need to be apart, and update the comment"));
            }
            if (!previous.run().flags().equals(next.run().flags())) {
                return Optional.of(new Finding(ID, next.lines().start(), 1, Severity.INFO, apart + ": their flags differ ("
                        + flags(next.run()) + " here, " + flags(previous.run()) + " there)",
                        "give them the same flags if both may run with them, then merge"));
            }
            if (JoinRules.decide(previous.script(), group.size() == 1, false, errexit) instanceof JoinRules.Decline decline) {
                return Optional.of(new Finding(ID, next.lines().start(), 1, Severity.INFO, apart + ", which " + decline.reason(),
                        decline.suggestion()));
            }
            if (JoinRules.decide(next.script(), false, true, errexit) instanceof JoinRules.Decline decline) {
                return Optional.of(new Finding(ID, next.lines().start(), 1, Severity.INFO, apart + ": this RUN " + decline.reason(),
                        decline.suggestion()));
            }
            for (SimpleCommand command : previous.script().simpleCommands()) {
                Optional<CostlyStep> costly = command.effectiveCommand().flatMap(CostlyStep::of);
                if (costly.isPresent()) {
                    String what = costly.get().kind() == CostlyStep.Kind.INSTALL ? "the install" : "the build";
                    return Optional.of(new Finding(ID, next.lines().start(), 1, Severity.INFO, apart + ", which "
                            + (costly.get().kind() == CostlyStep.Kind.INSTALL ? "installs dependencies from manifests" : "builds")
                            + " (`" + JoinRules.shortened(previous.script().text(command.span())) + "`): merged, an edit to this RUN "
                            + "would run " + what + " again, where apart the build cache reuses its layer",
                            "nothing to do: the layers stay apart for cache reuse"));
                }
            }
            return Optional.empty();
        }

        private void merge(List<RunPart> group, boolean errexit) {
            List<JoinRules.Join> joins = new ArrayList<>();
            for (int k = 0; k < group.size(); k++) {
                joins.add((JoinRules.Join) JoinRules.decide(group.get(k).script(), k == 0, k == group.size() - 1, errexit));
            }
            MergedLayout.Result layout = MergedLayout.of(group, joins, context.style());
            Instruction merged = Edits.instruction(file, layout.text());
            if (!(merged instanceof Run run) || !(RunScript.of(run) instanceof RunScript.ShellText text)
                    || !(ShellParser.parse(text.text()) instanceof ShellAnalysis.Understood)) {
                throw new IllegalStateException("merge-run-layers wrote a RUN whose script is not understood: " + layout.text());
            }
            String reason = MergeReason.of(group, joins, layout);
            edits.replace(group.get(0).index(), group.get(group.size() - 1).index(), merged, layout.leadingComments(),
                    (before, after) -> new Change(ID, before, after, reason, Safety.SAFE));
        }

        private List<Stage> stages() {
            if (stages == null) {
                stages = Stages.of(file);
            }
            return stages;
        }

        private LineRange lines(int index) {
            Dockerfile.Located at = located.get(index);
            return new LineRange(at.startLine(), at.endLine());
        }

        private static String flags(Run run) {
            return run.flags().isEmpty() ? "none" : "`" + String.join(" ", run.flags()) + "`";
        }
    }
}
