package dev.dockmend.cli.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.dockmend.Dockerfiles;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.shell.ShellCorpusStats;
import dev.dockmend.tree.Dockerfile;

/**
 * Every recipe, in run order with default options, on every corpus file that builds: the pipeline
 * checks that each output parses back to the tree the recipe built; this run also checks that a
 * second run on the written output changes nothing, and counts what changed, per recipe, and how
 * many RUN scripts the shell analysis understands (the recipes leave the others alone). An
 * {@link OutputCheck} can add a recipe's own invariant (e.g. a rewritten RUN is still understood).
 */
public final class RecipeCorpusRun {
    private final Path corpus;
    private final List<Recipe> recipes;
    private final List<OutputCheck> checks;

    /** An extra invariant on each changed file's output; returns the problems found. */
    public interface OutputCheck {
        List<String> check(Dockerfile before, Dockerfile after);
    }

    public RecipeCorpusRun(Path corpus, List<Recipe> recipes, List<OutputCheck> checks) {
        this.corpus = corpus;
        this.recipes = List.copyOf(recipes);
        this.checks = List.copyOf(checks);
    }

    public record Report(int files, int changedFiles, Map<String, Integer> changes, Map<String, Integer> findings,
                         ShellCorpusStats shell, List<String> failures) {
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
        recipes.forEach(r -> {
            changes.put(r.id().value(), 0);
            findings.put(r.id().value(), 0);
        });
        List<String> failures = new ArrayList<>();
        int files = 0;
        int changedFiles = 0;
        ShellCorpusStats shell = ShellCorpusStats.NONE;
        for (Path file : corpusFiles()) {
            ParseResult parsed = Dockerfiles.parse(Files.readAllBytes(file));
            if (!parsed.ok() || Dockerfiles.validate(parsed.tree().orElseThrow()).stream().anyMatch(d -> d.isError())) {
                continue;
            }
            files++;
            shell = shell.plus(ShellCorpusStats.of(List.of(parsed.tree().orElseThrow())));
            String name = file.getFileName().toString();
            Pipeline.Result result;
            try {
                result = pipeline.run(parsed.tree().orElseThrow(), name, Map.of());
            } catch (Pipeline.RecipeBugException e) {
                failures.add(name + ": " + e.getMessage());
                continue;
            }
            for (Change change : result.changes()) {
                changes.merge(change.recipe().value(), 1, Integer::sum);
            }
            for (Finding finding : result.findings()) {
                findings.merge(finding.recipe().value(), 1, Integer::sum);
            }
            if (!result.changed()) {
                continue;
            }
            changedFiles++;
            ParseResult written = Dockerfiles.parse(Dockerfiles.toBytes(result.after()));
            if (!written.ok()) {
                failures.add(name + ": the written output does not parse: " + written.firstError().orElseThrow().format(name));
                continue;
            }
            Pipeline.Result again = pipeline.run(written.tree().orElseThrow(), name, Map.of());
            if (!again.changes().isEmpty()) {
                failures.add(name + ": a second run changes it again: " + again.changes().get(0).recipe() + " "
                        + again.changes().get(0).reason());
            }
            for (OutputCheck check : checks) {
                check.check(result.before(), result.after()).forEach(problem -> failures.add(name + ": " + problem));
            }
        }
        return new Report(files, changedFiles, changes, findings, shell, failures);
    }

    /** The Dockerfiles directly in the corpus folder (metadata files and negative/ left out), sorted. */
    private List<Path> corpusFiles() throws IOException {
        try (Stream<Path> list = Files.list(corpus)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !(n.endsWith(".tsv") || n.endsWith(".result") || n.endsWith(".md") || n.endsWith(".jsonl"));
            }).sorted().toList();
        }
    }
}
