package dev.dockmend.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.Dockerfiles;
import dev.dockmend.diff.TextDiff;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.style.FileStyle;
import dev.dockmend.tree.Dockerfile;

/**
 * Applies recipes in order, each to the previous one's result, in one pass. The output of a run that
 * changed something is printed and parsed again: it must parse, to the same tree. If not, a recipe has
 * a bug and the pipeline refuses to emit anything ({@link RecipeBugException}, naming the recipe).
 */
public final class Pipeline {
    private final List<Recipe> recipes;
    private final boolean safeOnly;

    public Pipeline(List<Recipe> recipes) {
        this(recipes, false);
    }

    /** @param safeOnly whether only {@code safe} changes may be made ({@code --safe-only}) */
    public Pipeline(List<Recipe> recipes, boolean safeOnly) {
        this.recipes = List.copyOf(recipes);
        this.safeOnly = safeOnly;
    }

    /**
     * The outcome for one file. Every change's {@code before} lines and every finding's line are lines of
     * the input file, and every change's {@code after} lines are lines of the output file, even when
     * several recipes changed it in turn.
     */
    public record Result(Dockerfile before, Dockerfile after, List<Change> changes, List<Finding> findings, List<Step> steps) {
        public Result {
            changes = List.copyOf(changes);
            findings = List.copyOf(findings);
            steps = List.copyOf(steps);
        }

        public boolean changed() {
            return before != after;
        }
    }

    /**
     * @param options option values per recipe id, e.g. {@code {"exec-form-cmd": {"entrypoint": "false"}}}
     */
    public Result run(Dockerfile file, String path, Map<String, Map<String, String>> options) {
        return run(file, path, options, Optional::empty);
    }

    /**
     * @param buildContext the file's build context, found when the first recipe asks for it (at most once)
     */
    public Result run(Dockerfile file, String path, Map<String, Map<String, String>> options,
                      java.util.function.Supplier<Optional<dev.dockmend.context.BuildContext>> buildContext) {
        java.util.function.Supplier<Optional<dev.dockmend.context.BuildContext>> once = new Once<>(buildContext);
        Dockerfile current = file;
        List<Step> steps = new ArrayList<>();
        List<Placed> findings = new ArrayList<>();
        // Suppression comments are read again only after a recipe changed the tree.
        Suppressions suppressions = null;
        Dockerfile suppressionsOf = null;
        for (Recipe recipe : recipes) {
            if (suppressionsOf != current) {
                suppressions = Suppressions.of(current);
                suppressionsOf = current;
            }
            if (suppressions.suppressesFile(recipe)) {
                continue;
            }
            Dockerfile input = current;
            RecipeContext context = new RecipeContext(path, () -> FileStyle.of(input), options.getOrDefault(recipe.id().value(), Map.of()),
                    suppressions, recipe, safeOnly, once);
            RecipeResult result = recipe.apply(current, context);
            int changedBefore = steps.size();
            if (safeOnly) {
                for (Change change : result.changes()) {
                    if (change.safety() != Safety.SAFE) {
                        throw new RecipeBugException(recipe.id(), "it made a review change although only safe changes were allowed");
                    }
                }
            }
            if (result.after() != current) {
                steps.add(new Step(recipe.id(), current, result.after(), result.changes()));
                current = result.after();
            }
            for (Finding finding : result.findings()) {
                findings.add(new Placed(finding, changedBefore));
            }
        }
        if (!steps.isEmpty()) {
            verify(steps);
        }
        StepMaps maps = new StepMaps(steps);
        return new Result(file, current, changesInFileLines(steps, maps), findingsInFileLines(findings, maps), steps);
    }

    /** A value worked out on the first call and kept. */
    private static final class Once<T> implements java.util.function.Supplier<T> {
        private java.util.function.Supplier<T> source;
        private T value;

        Once(java.util.function.Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }

    /** The line map of each step, made when first asked for: most runs need none. */
    private static final class StepMaps {
        private final List<Step> steps;
        private final LineMap[] maps;

        StepMaps(List<Step> steps) {
            this.steps = steps;
            this.maps = new LineMap[steps.size()];
        }

        LineMap get(int step) {
            if (maps[step] == null) {
                maps[step] = LineMap.of(steps.get(step).diff());
            }
            return maps[step];
        }
    }

    /** A finding and how many recipes had changed the file before the one that reported it. */
    private record Placed(Finding finding, int stepsBefore) {
    }

    /** Every finding on a line of the run's input, like the changes (a later recipe saw lines an earlier one moved), in line order. */
    private static List<Finding> findingsInFileLines(List<Placed> findings, StepMaps maps) {
        List<Finding> placed = new ArrayList<>();
        for (Placed finding : findings) {
            if (finding.stepsBefore() == 0) {
                placed.add(finding.finding());
                continue;
            }
            LineRange line = new LineRange(finding.finding().line(), finding.finding().line());
            for (int j = finding.stepsBefore() - 1; j >= 0; j--) {
                line = maps.get(j).back(line);
            }
            placed.add(finding.finding().atLine(line.start()));
        }
        // In line order, as a reader goes through the file (and as the text report shows them); the sort is
        // stable, so findings on one line keep the recipes' order.
        placed.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return placed;
    }

    /**
     * One recipe that changed the file: its input and output, and its changes in their lines (of {@code input}
     * before, of {@code output} after). The diff of the two is made once, when first asked for: to carry changes
     * back to the run's input lines, and to work out each change's own edits ({@code dev.dockmend.fix.ChangeEdits}).
     */
    public static final class Step {
        private final RecipeId recipe;
        private final Dockerfile input;
        private final Dockerfile output;
        private final List<Change> changes;
        private TextDiff diff;

        public Step(RecipeId recipe, Dockerfile input, Dockerfile output, List<Change> changes) {
            this.recipe = recipe;
            this.input = input;
            this.output = output;
            this.changes = List.copyOf(changes);
        }

        public RecipeId recipe() {
            return recipe;
        }

        public Dockerfile input() {
            return input;
        }

        public Dockerfile output() {
            return output;
        }

        public List<Change> changes() {
            return changes;
        }

        public TextDiff diff() {
            if (diff == null) {
                diff = TextDiff.of(input, output);
            }
            return diff;
        }
    }

    /**
     * Checks the run's final output; only when it is broken, each step's output in turn, to name the
     * recipe at fault. Recipes work on trees, so a later one cannot hide an earlier one's broken text
     * except by replacing it, and then the output is right: checking once is enough, and saves a parse
     * per recipe on files that several recipes change.
     */
    private static void verify(List<Step> steps) {
        Step last = steps.get(steps.size() - 1);
        if (problem(last.output()).isEmpty()) {
            return;
        }
        for (Step step : steps) {
            Optional<String> problem = problem(step.output());
            if (problem.isPresent()) {
                throw new RecipeBugException(step.recipe(), problem.get());
            }
        }
        throw new RecipeBugException(last.recipe(), problem(last.output()).orElseThrow());
    }

    /** Every step's changes in the lines of the run's input (before) and output (after). */
    private static List<Change> changesInFileLines(List<Step> steps, StepMaps maps) {
        if (steps.size() == 1) {
            return steps.get(0).changes();
        }
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            for (Change change : steps.get(k).changes()) {
                LineRange before = change.before();
                for (int j = k - 1; j >= 0; j--) {
                    before = maps.get(j).back(before);
                }
                LineRange after = change.after();
                for (int j = k + 1; j < steps.size(); j++) {
                    after = maps.get(j).forward(after);
                }
                changes.add(change.at(before, after));
            }
        }
        return changes;
    }

    /** What is wrong with {@code output}, if it does not parse back to itself. */
    private static Optional<String> problem(Dockerfile output) {
        ParseResult reparsed = Dockerfiles.reparse(output);
        if (reparsed.ok() && reparsed.tree().orElseThrow().equals(output)) {
            return Optional.empty();
        }
        return Optional.of(reparsed.firstError()
                .map(d -> "its output does not parse: " + d.format("output"))
                .orElse("its output parses to a different tree than the one it built"));
    }

    /** A recipe produced output that does not parse back to itself; nothing is written. */
    public static final class RecipeBugException extends RuntimeException {
        public RecipeBugException(RecipeId recipe, String problem) {
            super("recipe " + recipe + " is broken: " + problem);
        }
    }
}
