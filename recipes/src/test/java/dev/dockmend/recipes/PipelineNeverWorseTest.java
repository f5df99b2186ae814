package dev.dockmend.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.context.BuildContext;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;
import dev.dockmend.context.BuildContexts;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.cache.PackageManagers;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * The outcome must not depend on the order of the recipes (issue 15): on every input, the full pipeline is
 * never worse than any one recipe run alone. For a recipe R, a file F, R's lone output L and the pipeline's
 * output P, "never worse" is measured as three conditions ({@link Comparison}):
 * <ol>
 * <li><b>nothing left to do</b>: R run on P changes nothing (the pipeline reached R's own fixed point);</li>
 * <li><b>no new problem</b>: every warning R reports on P, R also reports on L (as multisets of reasons with
 *     the numbers masked, since lines move): the pipeline left no problem that R alone would have fixed;</li>
 * <li><b>nothing R added is lost</b>: every word R added alone is in P at least as many times more than in F
 *     (for each word w of the printed files split at blanks, {@code count(P, w) - count(F, w) >= count(L, w) -
 *     count(F, w)} where the right side is positive): a cleanup, a flag, a manifest COPY R writes alone is in
 *     the pipeline's output too; unless another recipe of the pipeline replaced the image that runs (the last
 *     stage's FROM, as convert-to-multi-stage does), after which R's lone run on the old stage is no longer
 *     comparable and conditions 1 and 2 alone hold R to what it can still do.</li>
 * </ol>
 * The inputs: every case of {@code testdata/<recipe>/} (with its options and build context), the corpus of
 * {@code ../shared/corpus} and the Dockerfiles of {@code ../shared/contexts} with their contexts (skipped when
 * absent). The numbers are printed.
 */
class PipelineNeverWorseTest {

    @Test
    void everyTestdataCase() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Recipe recipe : RecipeCatalog.load().all()) {
            for (Path folder : TestData.cases(recipe.id().value())) {
                Path dockerfile = folder.resolve("Dockerfile");
                Optional<BuildContext> context = RecipeCasesTest.buildContext(folder);
                inputs.add(new Input(folder.getParent().getFileName() + "/" + folder.getFileName(), Files.readAllBytes(dockerfile),
                        Map.of(recipe.id().value(), RecipeCasesTest.options(folder)), () -> context));
            }
        }
        Tally tally = compare(inputs);
        tally.print("testdata cases");
        assertEquals(List.of(), tally.problems);
    }

    @Test
    void theSharedCorpusAndContexts() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here, so the corpus comparison is skipped");
        List<Input> inputs = new ArrayList<>();
        for (Path path : TestData.corpusDockerfiles(corpus.get())) {
            inputs.add(new Input(corpus.get().relativize(path).toString(), Files.readAllBytes(path), Map.of(), Optional::empty));
        }
        Path contexts = corpus.get().resolveSibling("contexts");
        if (Files.isRegularFile(contexts.resolve("INDEX.tsv"))) {
            List<String> rows = Files.readAllLines(contexts.resolve("INDEX.tsv"));
            List<String> header = List.of(rows.get(0).split("\t"));
            for (String row : rows.subList(1, rows.size())) {
                String[] fields = row.split("\t");
                Path folder = contexts.resolve(fields[header.indexOf("context_dir")]);
                Path dockerfile = folder.resolve(fields[header.indexOf("dockerfile")]);
                Optional<BuildContext> context = new BuildContexts(Optional.of(folder)).forDockerfile(dockerfile);
                inputs.add(new Input("contexts/" + fields[header.indexOf("context_dir")], Files.readAllBytes(dockerfile), Map.of(),
                        () -> context));
            }
        }
        Tally tally = compare(inputs);
        tally.print("../shared corpus and contexts");
        assertTrue(tally.files > 1000, "the corpus should give more than 1000 files, not " + tally.files);
        assertEquals(List.of(), tally.problems);
    }

    /** One file to run: a name for messages, its bytes, recipe options and its build context. */
    record Input(String name, byte[] bytes, Map<String, Map<String, String>> options, Supplier<Optional<BuildContext>> context) {
    }

    /** What the comparisons found over all inputs. */
    private static final class Tally {
        int files;
        final Map<String, Integer> loneChanged = new TreeMap<>();
        final List<String> problems = new ArrayList<>();

        void print(String what) {
            System.out.println("pipeline never worse, " + what + ": " + files + " files; files each recipe changes alone: "
                    + loneChanged + "; " + problems.size() + " where the pipeline is worse");
            problems.stream().limit(40).forEach(problem -> System.out.println("  " + problem));
        }
    }

    private static Tally compare(List<Input> inputs) {
        List<Recipe> all = RecipeCatalog.load().all();
        Tally tally = new Tally();
        for (Input input : inputs) {
            ParseResult parsed = Dockerfiles.parse(input.bytes());
            if (!parsed.ok() || parsed.tree().isEmpty()) {
                continue;
            }
            tally.files++;
            Dockerfile file = parsed.tree().get();
            Pipeline.Result pipelined = new Pipeline(all).run(file, "Dockerfile", input.options(), input.context());
            boolean imageReplaced = !runningImage(file).equals(runningImage(pipelined.after()));
            for (Recipe recipe : all) {
                Pipeline alone = new Pipeline(List.of(recipe));
                Pipeline.Result lone = alone.run(file, "Dockerfile", input.options(), input.context());
                if (lone.changed()) {
                    tally.loneChanged.merge(recipe.id().value(), 1, Integer::sum);
                }
                Comparison.of(alone, recipe.id(), lone, pipelined, imageReplaced, input)
                        .forEach(problem -> tally.problems.add(input.name() + ": " + recipe.id() + ": " + problem));
            }
        }
        return tally;
    }

    /** The base image the last stage is written FROM: the image that runs. */
    private static String runningImage(Dockerfile file) {
        List<Stage> stages = Stages.of(file);
        return stages.isEmpty() ? "" : stages.get(stages.size() - 1).from().image();
    }

    /** The three conditions of the class comment, for one recipe on one file. */
    static final class Comparison {
        private Comparison() {
        }

        /**
         * @param alone     a pipeline of the one recipe
         * @param lone      its run on the input
         * @param pipelined the full pipeline's run on the input
         * @param imageReplaced whether the pipeline replaced the image that runs (see below)
         */
        static List<String> of(Pipeline alone, RecipeId recipe, Pipeline.Result lone, Pipeline.Result pipelined,
                               boolean imageReplaced, Input source) {
            List<String> problems = new ArrayList<>();
            Pipeline.Result again = alone.run(pipelined.after(), "Dockerfile", source.options(), source.context());
            if (!again.changes().isEmpty()) {
                problems.add("it changes the pipeline's output again: " + again.changes().get(0).reason());
            }
            Map<String, Integer> loneWarnings = warnings(alone.run(lone.after(), "Dockerfile", source.options(), source.context()).findings());
            warnings(again.findings()).forEach((reason, count) -> {
                if (count > loneWarnings.getOrDefault(reason, 0)) {
                    problems.add("it warns on the pipeline's output, not on its own: " + reason);
                }
            });
            Set<String> kept = kinds(pipelined.changes(), recipe);
            String output = Dockerfiles.print(pipelined.after());
            // A recipe of the pipeline may replace the image that runs (convert-to-multi-stage puts the program on a
            // runtime image, in a new stage that already has what some recipes would write): what another recipe
            // does alone to the old single stage is then no longer comparable. Conditions 1 and 2 still hold it:
            // whatever it could still do on the new file, it must have done.
            for (String kind : kinds(lone.changes(), recipe)) {
                if (!kept.contains(kind) && !inOutput(code(kind), output) && !imageReplaced) {
                    problems.add("it makes a change of a kind the pipeline does not: " + kind);
                }
            }
            return problems;
        }


        /** The reasons of the warnings, with what differs between the two runs masked: numbers and quoted code. */
        private static Map<String, Integer> warnings(List<Finding> findings) {
            Map<String, Integer> reasons = new HashMap<>();
            for (Finding finding : findings) {
                if (finding.severity() == Severity.WARNING) {
                    reasons.merge(finding.reason().replaceAll("`[^`]*`", "`_`").replaceAll("[0-9]+", "N"), 1, Integer::sum);
                }
            }
            return reasons;
        }

        /**
         * The kinds of {@code recipe}'s changes: each clause of a reason (clauses are joined with {@code "; "}) up to
         * the end of its first quoted code, or else up to its first {@code :}, {@code ,} or {@code .}, numbers masked:
         * {@code apt-get: added `rm -rf /var/lib/apt/lists/*`}, {@code N RUN layers merged into one}. A package
         * manager's program that starts the code is written as the manager's name ({@code mamba clean -ay} and
         * {@code /opt/conda/bin/conda clean -ay} are both {@code conda clean -ay}).
         */
        static Set<String> kinds(List<Change> changes, RecipeId recipe) {
            Set<String> kinds = new TreeSet<>();
            for (Change change : changes) {
                if (!change.recipe().equals(recipe)) {
                    continue;
                }
                for (String clause : change.reason().split("; ")) {
                    int quote = clause.indexOf('`');
                    int close = quote >= 0 ? clause.indexOf('`', quote + 1) : -1;
                    if (close < 0) {
                        kinds.add(clause.substring(0, firstOf(clause, ":,.")).replaceAll("[0-9]+", "N"));
                        continue;
                    }
                    kinds.add(clause.substring(0, quote + 1).replaceAll("[0-9]+", "N") + managerNamed(clause.substring(quote + 1, close)) + "`");
                }
            }
            return kinds;
        }

        /** {@code code} with its first word, when it runs a package manager, written as the manager's name. */
        private static String managerNamed(String code) {
            int blank = code.indexOf(' ');
            String program = blank < 0 ? code : code.substring(0, blank);
            return PackageManagers.shipped().runningAs(program.substring(program.lastIndexOf('/') + 1))
                    .map(manager -> manager.name() + (blank < 0 ? "" : code.substring(blank)))
                    .orElse(code);
        }

        /**
         * Whether the pipeline's output already has what {@code code} adds: the code itself, or, for code that names
         * paths ({@code rm -rf /var/lib/apt/lists/*}), each of those paths ({@code rm -rf /var/lib/apt/lists} written
         * by the file's author is the same cleanup).
         */
        private static boolean inOutput(String code, String output) {
            if (output.contains(code)) {
                return true;
            }
            boolean paths = false;
            for (String word : code.split(" ")) {
                if (word.contains("/")) {
                    paths = true;
                    String path = word.replaceAll("/?\\*$", "");
                    if (!output.contains(path)) {
                        return false;
                    }
                }
            }
            return paths;
        }

        /** The quoted code of a kind, or the kind when it has none. */
        private static String code(String kind) {
            int quote = kind.indexOf('`');
            return quote < 0 ? kind : kind.substring(quote + 1, kind.length() - 1);
        }

        private static int firstOf(String text, String characters) {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return text.length();
        }
    }
}
