package dev.dockmend.recipes.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.context.BuildContext;
import dev.dockmend.context.BuildContexts;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * The recipe over every real build context of {@code ../shared/contexts} (with its context) and every Dockerfile
 * of {@code ../shared/corpus} (without one, as {@code fix -} runs): each output has the shape of a multi-stage
 * build ({@link MultiStageShape}) and a second run changes nothing. Prints how many files were converted and
 * declined, by reason. Skipped when the shared folder is absent.
 */
class ConvertContextsTest {

    @Test
    void everySharedContext() throws IOException {
        Path contexts = shared().resolve("contexts");
        assumeTrue(Files.isRegularFile(contexts.resolve("INDEX.tsv")), "no ../shared/contexts");
        List<String> rows = Files.readAllLines(contexts.resolve("INDEX.tsv"));
        List<String> header = List.of(rows.get(0).split("\t"));
        Tally tally = new Tally();
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split("\t");
            Path folder = contexts.resolve(fields[header.indexOf("context_dir")]);
            Path dockerfile = folder.resolve(fields[header.indexOf("dockerfile")]);
            tally.run(dockerfile, fields[header.indexOf("context_dir")], new BuildContexts(Optional.of(folder)).forDockerfile(dockerfile));
        }
        tally.print("../shared/contexts", rows.size() - 1);
        assertEquals(List.of(), tally.problems);
    }

    @Test
    void everyCorpusFile() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        assumeTrue(corpus.isPresent(), "no ../shared/corpus");
        List<Path> files = TestData.corpusDockerfiles(corpus.get());
        Tally tally = new Tally();
        for (Path file : files) {
            tally.run(file, corpus.get().relativize(file).toString(), Optional.empty());
        }
        tally.print("../shared/corpus", files.size());
        assertEquals(List.of(), tally.problems);
    }

    /** What the runs found, and what went wrong. */
    private static final class Tally {
        private final Pipeline pipeline = new Pipeline(List.of(new ConvertToMultiStage()));
        private final Map<String, Integer> declined = new TreeMap<>();
        private final List<String> converted = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private int unparsable;

        void run(Path dockerfile, String name, Optional<BuildContext> context) throws IOException {
            ParseResult parsed = Dockerfiles.parse(Files.readAllBytes(dockerfile));
            if (!parsed.ok() || parsed.tree().isEmpty()) {
                unparsable++;
                return;
            }
            Pipeline.Result result = pipeline.run(parsed.tree().get(), dockerfile.toString(), Map.of(), () -> context);
            for (Finding finding : result.findings()) {
                declined.merge(kind(finding.reason()), 1, Integer::sum);
                if (System.getProperty("dockmend.verbose") != null) {
                    System.out.println("  " + name + ": " + finding.reason());
                }
            }
            if (!result.changed()) {
                return;
            }
            converted.add(name);
            Dockerfile after = Dockerfiles.parse(Dockerfiles.toBytes(result.after())).orThrow(name);
            if (!pipeline.run(after, dockerfile.toString(), Map.of(), () -> context).changes().isEmpty()) {
                problems.add(name + ": a second run changes it again");
            }
            MultiStageShape.problems(after).forEach(problem -> problems.add(name + ": " + problem));
        }

        void print(String what, int files) {
            System.out.println("convert-to-multi-stage over " + files + " files of " + what + ": converted " + converted.size()
                    + ", declined " + declined.values().stream().mapToInt(Integer::intValue).sum() + ", not parsed " + unparsable);
            converted.forEach(name -> System.out.println("  converted: " + name));
            declined.forEach((reason, count) -> System.out.println("  declined " + count + ": " + reason));
        }
    }

    /** A finding's reason without its particulars (names, paths, numbers), to count findings by kind. */
    static String kind(String reason) {
        return reason.replaceAll("`[^`]*`", "`X`").replaceAll("(?<=[ (])[^ ]*[/:.][^ ]*(?=[ ,):]|$)", "X").replaceAll("[0-9]+", "N");
    }

    private static Path shared() {
        String shared = System.getProperty("dockmend.shared");
        if (shared != null) {
            return Paths.get(shared);
        }
        return TestData.corpus().map(Path::getParent).orElse(TestData.root().getParent().resolve("../shared").normalize());
    }
}
