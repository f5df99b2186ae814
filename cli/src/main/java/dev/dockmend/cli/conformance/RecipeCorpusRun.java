package dev.dockmend.cli.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.dockmend.Dockerfiles;
import dev.dockmend.context.BuildContext;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.shell.ShellCorpusStats;
import dev.dockmend.tree.Dockerfile;

/**
 * Recipes, in run order with default options, on every input Dockerfile that builds (each with its build
 * context, when it has one): the pipeline checks that each output parses back to the tree the recipe
 * built; this run also checks that a second run on the written output changes nothing, and counts, per
 * recipe, the files it changed, declined (no change, a finding that says why) or found nothing to do in,
 * and how many RUN scripts the shell analysis understands (the recipes leave the others alone). An
 * {@link OutputCheck} can add an invariant of its own (a rewritten RUN is still understood; a COPY names
 * files the context provides).
 */
public final class RecipeCorpusRun {
    private final Inputs inputs;
    private final List<Recipe> recipes;
    private final List<OutputCheck> checks;

    /** An extra invariant on each changed file's output; returns the problems found. */
    public interface OutputCheck {
        /** @param context the file's build context, empty when it has none */
        List<String> check(Dockerfile before, Dockerfile after, Optional<BuildContext> context);
    }

    /** One Dockerfile to run on: its name in messages, its file, and its build context (found when asked). */
    public record Input(String name, Path file, Supplier<Optional<BuildContext>> context) {
    }

    /** The inputs of a run, listed when it starts. */
    @FunctionalInterface
    public interface Inputs {
        List<Input> list() throws IOException;
    }

    /** What one recipe did over the inputs; in a file, a recipe that changed it and also reported findings counts as changed. */
    public record RecipeFiles(int changed, int review, int declined, int notApplicable, Map<String, Integer> findingsByKind) {
    }

    public RecipeCorpusRun(Inputs inputs, List<Recipe> recipes, List<OutputCheck> checks) {
        this.inputs = inputs;
        this.recipes = List.copyOf(recipes);
        this.checks = List.copyOf(checks);
    }

    /**
     * @param files    inputs that parse and pass BuildKit's checks (the others are left out)
     * @param byRecipe per recipe id, in run order
     */
    public record Report(int inputs, int files, int changedFiles, Map<String, Integer> changes, Map<String, Integer> findings,
                         Map<String, RecipeFiles> byRecipe, ShellCorpusStats shell, List<String> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }

        public int totalChanges() {
            return changes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Report run() throws IOException {
        Pipeline pipeline = new Pipeline(recipes);
        Map<String, Integer> changes = new TreeMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
        recipes.forEach(r -> {
            changes.put(r.id().value(), 0);
            findings.put(r.id().value(), 0);
            tallies.put(r.id().value(), new Tally());
        });
        List<String> failures = new ArrayList<>();
        List<Input> all = inputs.list();
        int files = 0;
        int changedFiles = 0;
        ShellCorpusStats shell = ShellCorpusStats.NONE;
        for (Input input : all) {
            ParseResult parsed = Dockerfiles.parse(Files.readAllBytes(input.file()));
            if (!parsed.ok() || Dockerfiles.validate(parsed.tree().orElseThrow()).stream().anyMatch(d -> d.isError())) {
                continue;
            }
            files++;
            shell = shell.plus(ShellCorpusStats.of(List.of(parsed.tree().orElseThrow())));
            String name = input.name();
            Pipeline.Result result;
            try {
                result = pipeline.run(parsed.tree().orElseThrow(), name, Map.of(), input.context());
            } catch (Pipeline.RecipeBugException | BuildContext.UnreadableContextException e) {
                failures.add(name + ": " + e.getMessage());
                continue;
            }
            for (Change change : result.changes()) {
                changes.merge(change.recipe().value(), 1, Integer::sum);
            }
            for (Finding finding : result.findings()) {
                findings.merge(finding.recipe().value(), 1, Integer::sum);
            }
            tallies.forEach((id, tally) -> tally.add(id, result));
            if (!result.changed()) {
                continue;
            }
            changedFiles++;
            ParseResult written = Dockerfiles.parse(Dockerfiles.toBytes(result.after()));
            if (!written.ok()) {
                failures.add(name + ": the written output does not parse: " + written.firstError().orElseThrow().format(name));
                continue;
            }
            Pipeline.Result again = pipeline.run(written.tree().orElseThrow(), name, Map.of(), input.context());
            if (!again.changes().isEmpty()) {
                failures.add(name + ": a second run changes it again: " + again.changes().get(0).recipe() + " "
                        + again.changes().get(0).reason());
            }
            for (OutputCheck check : checks) {
                check.check(result.before(), result.after(), input.context().get()).forEach(problem -> failures.add(name + ": " + problem));
            }
        }
        Map<String, RecipeFiles> byRecipe = new java.util.LinkedHashMap<>();
        int counted = files;
        tallies.forEach((id, tally) -> byRecipe.put(id, tally.files(counted)));
        return new Report(all.size(), files, changedFiles, changes, findings, byRecipe, shell, failures);
    }

    /** What one recipe did, file by file. */
    private static final class Tally {
        private int changed;
        private int review;
        private int declined;
        private final Map<String, Integer> kinds = new TreeMap<>();

        void add(String id, Pipeline.Result result) {
            boolean changedHere = false;
            boolean reviewHere = false;
            for (Change change : result.changes()) {
                if (change.recipe().value().equals(id)) {
                    changedHere = true;
                    reviewHere |= change.safety() != dev.dockmend.recipe.Safety.SAFE;
                }
            }
            Set<String> seen = new HashSet<>();
            for (Finding finding : result.findings()) {
                if (finding.recipe().value().equals(id)) {
                    String kind = finding.severity().label() + ": " + FindingKind.of(finding.reason());
                    if (seen.add(kind)) {
                        kinds.merge(kind, 1, Integer::sum);
                    }
                }
            }
            changed += changedHere ? 1 : 0;
            review += reviewHere ? 1 : 0;
            declined += !changedHere && !seen.isEmpty() ? 1 : 0;
        }

        RecipeFiles files(int total) {
            return new RecipeFiles(changed, review, declined, total - changed - declined, Map.copyOf(kinds));
        }
    }

    /** The Dockerfiles directly in the corpus folder (metadata files and negative/ left out), sorted, without contexts. */
    public static List<Input> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> list = Files.list(corpus)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !(n.endsWith(".tsv") || n.endsWith(".result") || n.endsWith(".md") || n.endsWith(".jsonl"));
            }).sorted().map(p -> new Input(p.getFileName().toString(), p, Optional::<BuildContext>empty)).toList();
        }
    }
}
