package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.dockmend.cli.conformance.CorpusCheck;
import dev.dockmend.cli.conformance.RecipeCorpusRun;
import dev.dockmend.cli.conformance.RewrittenRuns;
import dev.dockmend.recipe.RecipeCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockmend conformance}: how exactly dockmend reads the shared corpus, against BuildKit. */
@Command(
        name = "conformance",
        addMethodSubcommands = false, // no @Command methods: spares picocli a scan of every method (start-up)
        mixinStandardHelpOptions = true,
        header = "Check dockmend's parser against BuildKit on a corpus.",
        description = {
            "Reads every file of CORPUS (a folder with buildkit-expected.jsonl, *.result files and the files",
            "they name) and reports: files that print back byte for byte, files whose instructions agree",
            "with BuildKit's parse field by field (and files BuildKit rejects that dockmend rejects too),",
            "BuildKit AST dumps that match, and the line spans of BuildKit's line-number test. Then every",
            "recipe runs on every file that builds: each output must parse again, a second run change nothing,",
            "and every RUN a recipe rewrote must be understood again by the shell analysis.",
            "Exits 1 when any figure is below 100%%." // %% : picocli formats descriptions
        },
        footerHeading = "%nExample:%n",
        footer = "  dockmend conformance ../shared/corpus")
final class ConformanceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", description = "the corpus folder", defaultValue = "../shared/corpus")
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
        if (!Files.isRegularFile(corpus.resolve("buildkit-expected.jsonl"))) {
            spec.commandLine().getErr().println("dockmend: " + corpus + ": no buildkit-expected.jsonl there");
            return ExitCodes.INPUT;
        }
        CorpusCheck.Report report = new CorpusCheck(corpus).run();
        out.printf(Locale.ROOT, "corpus:             %s (%d files)%n", corpus, report.files());
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
        report.failures().stream().limit(maxFailures).forEach(f -> out.println("  FAIL " + f));
        if (report.failures().size() > maxFailures) {
            out.println("  ... and " + (report.failures().size() - maxFailures) + " more");
        }
        RewrittenRuns runs = new RewrittenRuns();
        RecipeCorpusRun.Report recipes = new RecipeCorpusRun(corpus, RecipeCatalog.load().all(), List.of(runs)).run();
        out.printf(Locale.ROOT, "shell analysis:     %s%n", recipes.shell().summary());
        recipes.shell().topUnknown(3).forEach(e -> out.printf(Locale.ROOT, "                      %d not understood: %s%n",
                e.getValue(), e.getKey()));
        out.printf(Locale.ROOT, "recipes:            %d of %d files that build change (%d changes: %s); %d findings (%s)%n",
                recipes.changedFiles(), recipes.files(), recipes.totalChanges(), counts(recipes.changes()),
                recipes.findings().values().stream().mapToInt(Integer::intValue).sum(), counts(recipes.findings()));
        int merges = recipes.changes().getOrDefault("merge-run-layers", 0);
        out.printf(Locale.ROOT, "RUN layers:         %d RUNs merged into %d; %d rewritten RUNs, each understood again by the "
                + "shell analysis%n", runs.removed() + merges, merges, runs.rewritten());
        out.printf(Locale.ROOT, "recipe outputs:     %s%n", recipes.ok()
                ? "every output parses again and a second run changes nothing"
                : recipes.failures().size() + " FAILURES");
        recipes.failures().stream().limit(maxFailures).forEach(f -> out.println("  FAIL " + f));
        boolean ok = report.meetsTarget() && recipes.ok();
        out.println(ok ? "conformance: 100% on every check" : "conformance: BELOW TARGET (100%)");
        return ok ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static String counts(java.util.Map<String, Integer> byRecipe) {
        return String.join(", ", byRecipe.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }
}
