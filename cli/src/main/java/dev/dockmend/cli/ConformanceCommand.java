package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.dockmend.cli.conformance.CopiedFiles;
import dev.dockmend.cli.conformance.CorpusCheck;
import dev.dockmend.cli.conformance.EachRecipeAlone;
import dev.dockmend.cli.conformance.RecipeCorpusRun;
import dev.dockmend.cli.conformance.RewrittenRuns;
import dev.dockmend.cli.conformance.SharedContexts;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dockmend conformance}: how exactly dockmend reads the shared corpus, against BuildKit; or, on a
 * folder of build contexts, what every recipe does with each real context.
 */
@Command(
        name = "conformance",
        addMethodSubcommands = false, // no @Command methods: spares picocli a scan of every method (start-up)
        mixinStandardHelpOptions = true,
        header = "Check dockmend's parser against BuildKit on a corpus, or the recipes on real build contexts.",
        description = {
            "Reads every file of CORPUS (a folder with buildkit-expected.jsonl, *.result files and the files",
            "they name) and reports: files that print back byte for byte, files whose instructions agree",
            "with BuildKit's parse field by field (and files BuildKit rejects that dockmend rejects too),",
            "BuildKit AST dumps that match, and the line spans of BuildKit's line-number test. Then every",
            "recipe runs alone, then all in order, on every file that builds: each output must parse again, a",
            "second run change nothing, and every RUN a recipe rewrote must be understood again by the shell",
            "analysis. Prints per recipe the files changed, declined (with the findings grouped by reason) and",
            "not applicable.",
            "Exits 1 when any figure is below 100%%.", // %% : picocli formats descriptions
            "",
            "On a folder of build contexts (one with an INDEX.tsv naming each Dockerfile's context_dir and",
            "dockerfile, such as ../shared/contexts), every recipe runs alone, then all in order, on every",
            "Dockerfile with its context: each output must parse again, a second run change nothing, every",
            "rewritten RUN be understood again, and every COPY or ADD a recipe added or changed name files the",
            "context has and its .dockerignore keeps. Prints per recipe the Dockerfiles changed, declined",
            "(with the findings grouped by reason) and not applicable. Exits 1 when an output breaks a rule."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  dockmend conformance ../shared/corpus", "  dockmend conformance ../shared/contexts"})
final class ConformanceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", description = "the corpus folder, or a folder of build contexts with an INDEX.tsv",
            defaultValue = "../shared/corpus")
    Path corpus;

    @Option(names = "--max-failures", description = "how many failing files to list (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    int maxFailures;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Dockmend root;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path corpus = root.directory().resolve(this.corpus); // relative to -C, as every path argument
        if (SharedContexts.isContexts(corpus) && !Files.isRegularFile(corpus.resolve("buildkit-expected.jsonl"))) {
            return contexts(corpus, out);
        }
        if (!Files.isRegularFile(corpus.resolve("buildkit-expected.jsonl"))) {
            spec.commandLine().getErr().println("dockmend: " + corpus + ": no buildkit-expected.jsonl (a corpus) or "
                    + SharedContexts.INDEX + " (build contexts) there");
            return ExitCodes.INPUT;
        }
        CorpusCheck.Report report = new CorpusCheck(corpus).run();
        out.printf(Locale.ROOT, "corpus:             %s (%d files)%n", this.corpus, report.files()); // as given, like every name in output
        out.printf(Locale.ROOT, "round trip:         %d/%d parsed files print back byte for byte (%s)%n",
                report.roundTripOk(), report.roundTripFiles(), percent(report.roundTripOk(), report.roundTripFiles()));
        out.printf(Locale.ROOT, "BuildKit agreement: %d/%d files (%s); BuildKit rejects %d, dockmend rejects %d of them%n",
                report.agreeing(), report.files(), percent(report.agreeing(), report.files()),
                report.rejectedByBuildKit(), report.rejectedAlike());
        out.printf(Locale.ROOT, "BuildKit AST dumps: %d/%d .result files match (%s)%n",
                report.dumpsOk(), report.dumps(), percent(report.dumpsOk(), report.dumps()));
        out.printf(Locale.ROOT, "line-number case:   %s%n", report.lineSpansOk() ? "spans 5-5, 11-12, 17-31 as BuildKit" : "DIFFERS");
        if (!report.fieldMismatches().isEmpty()) {
            out.println("mismatches by field: " + report.fieldMismatches());
        }
        listFailures(report.failures(), out);
        List<RecipeCorpusRun.Input> inputs = RecipeCorpusRun.corpusFiles(corpus);
        List<Recipe> catalog = RecipeCatalog.load().all();
        RewrittenRuns runs = new RewrittenRuns();
        RecipeCorpusRun.Report recipes = new RecipeCorpusRun(() -> inputs, catalog, List.of(runs)).run();
        out.printf(Locale.ROOT, "shell analysis:     %s%n", recipes.shell().summary());
        recipes.shell().topUnknown(3).forEach(e -> out.printf(Locale.ROOT, "                      %d not understood: %s%n",
                e.getValue(), e.getKey()));
        // alone, with checks of their own: the RUN layers line counts the pipeline's rewritten RUNs only
        List<String> failures = new java.util.ArrayList<>(EachRecipeAlone.run(() -> inputs, catalog, List.of(new RewrittenRuns()), out));
        failures.addAll(recipes.failures().stream().map(f -> "all recipes: " + f).toList());
        out.printf(Locale.ROOT, "recipes:            %d of %d files that build change (%d changes: %s); %d findings (%s)%n",
                recipes.changedFiles(), recipes.files(), recipes.totalChanges(), counts(recipes.changes()),
                recipes.findings().values().stream().mapToInt(Integer::intValue).sum(), counts(recipes.findings()));
        int merges = recipes.changes().getOrDefault("merge-run-layers", 0);
        out.printf(Locale.ROOT, "RUN layers:         %d RUNs merged into %d; %d rewritten RUNs, each understood again by the "
                + "shell analysis%n", runs.removed() + merges, merges, runs.rewritten());
        out.printf(Locale.ROOT, "recipe outputs:     %s%n", failures.isEmpty()
                ? "every output, of each recipe alone and of all in order, parses again and a second run changes nothing"
                : failures.size() + " FAILURES");
        listFailures(failures, out);
        boolean ok = report.meetsTarget() && failures.isEmpty();
        out.println(ok ? "conformance: 100% on every check" : "conformance: BELOW TARGET (100%)");
        return ok ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** Every recipe alone, then all in order, over the build contexts of {@code folder}. */
    private int contexts(Path folder, PrintWriter out) throws IOException {
        List<RecipeCorpusRun.Input> inputs = SharedContexts.inputs(folder);
        List<Recipe> recipes = RecipeCatalog.load().all();
        CopiedFiles copies = new CopiedFiles();
        RewrittenRuns runs = new RewrittenRuns();
        List<RecipeCorpusRun.OutputCheck> checks = List.of(runs, copies);
        RecipeCorpusRun.Report pipeline = new RecipeCorpusRun(() -> inputs, recipes, checks).run();
        out.printf(Locale.ROOT, "contexts:           %s (%d Dockerfiles; %d parse and pass BuildKit's checks)%n", corpus, pipeline.inputs(),
                pipeline.files());
        List<String> failures = new java.util.ArrayList<>(EachRecipeAlone.run(() -> inputs, recipes, checks, out));
        failures.addAll(pipeline.failures().stream().map(f -> "all recipes: " + f).toList());
        out.printf(Locale.ROOT, "all recipes in order: %d of %d Dockerfiles change (%d changes: %s)%n", pipeline.changedFiles(),
                pipeline.files(), pipeline.totalChanges(), counts(pipeline.changes()));
        out.printf(Locale.ROOT, "recipe outputs:     %s%n", failures.isEmpty()
                ? "every output parses again, a second run changes nothing, every rewritten RUN is understood again, and every "
                        + "COPY source a recipe added or changed (" + copies.checked() + " checked) is in its context and not ignored"
                : failures.size() + " FAILURES");
        listFailures(failures, out);
        out.println(failures.isEmpty() ? "conformance: 100% on every check" : "conformance: BELOW TARGET (100%)");
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The first {@code --max-failures} of {@code failures}, and how many more there are. */
    private void listFailures(List<String> failures, PrintWriter out) {
        failures.stream().limit(maxFailures).forEach(f -> out.println("  FAIL " + f));
        if (failures.size() > maxFailures) {
            out.println("  ... and " + (failures.size() - maxFailures) + " more");
        }
    }

    private static String counts(java.util.Map<String, Integer> byRecipe) {
        return String.join(", ", byRecipe.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }
}
