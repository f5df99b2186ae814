package dev.dockmend.recipes.reorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
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
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/**
 * The recipe over every real build context of {@code ../shared/contexts} (INDEX.tsv): each output parses
 * (the pipeline checks), a second run changes nothing, and every COPY it adds names only files of the
 * context that the ignore rules keep. Prints how many contexts were changed, declined (by reason) and not
 * applicable. Skipped when the shared folder is absent.
 */
class ReorderContextsTest {

    @Test
    void everySharedContext() throws IOException {
        Path contexts = contexts();
        assumeTrue(Files.isRegularFile(contexts.resolve("INDEX.tsv")), "no ../shared/contexts");
        List<String> rows = Files.readAllLines(contexts.resolve("INDEX.tsv"));
        List<String> header = List.of(rows.get(0).split("\t"));
        int dirColumn = header.indexOf("context_dir");
        int fileColumn = header.indexOf("dockerfile");
        ReorderCopyForCache recipe = new ReorderCopyForCache();
        Pipeline pipeline = new Pipeline(List.of(recipe));
        int changed = 0;
        int review = 0;
        int notApplicable = 0;
        int unparsable = 0;
        Map<String, Integer> declined = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split("\t");
            Path folder = contexts.resolve(fields[dirColumn]);
            Path dockerfile = folder.resolve(fields[fileColumn]);
            ParseResult parsed = Dockerfiles.parse(Files.readAllBytes(dockerfile));
            if (!parsed.ok() || parsed.tree().isEmpty()) {
                unparsable++;
                continue;
            }
            Dockerfile before = parsed.tree().get();
            Optional<BuildContext> context = new BuildContexts(Optional.of(folder)).forDockerfile(dockerfile);
            Pipeline.Result result = pipeline.run(before, dockerfile.toString(), Map.of(), () -> context);
            for (Finding finding : result.findings()) {
                declined.merge(kind(finding.reason()), 1, Integer::sum);
            }
            if (!result.changed()) {
                notApplicable += result.findings().isEmpty() ? 1 : 0;
                continue;
            }
            changed++;
            review += result.changes().stream().anyMatch(c -> c.safety() != dev.dockmend.recipe.Safety.SAFE) ? 1 : 0;
            Dockerfile after = Dockerfiles.parse(Dockerfiles.toBytes(result.after())).orThrow(dockerfile.toString());
            if (!pipeline.run(after, dockerfile.toString(), Map.of(), () -> context).changes().isEmpty()) {
                problems.add(fields[dirColumn] + ": a second run changes it again");
            }
            for (String source : addedSources(before, after)) {
                if (!context.orElseThrow().provides(source)) {
                    problems.add(fields[dirColumn] + ": COPY names " + source + ", which the context does not provide");
                }
            }
        }
        System.out.println("reorder-copy-for-cache over " + (rows.size() - 1) + " contexts: changed " + changed + " (" + review
                + " review), declined " + declined.values().stream().mapToInt(Integer::intValue).sum() + ", not applicable "
                + notApplicable + ", not parsed " + unparsable);
        declined.forEach((reason, count) -> System.out.println("  declined " + count + ": " + reason));
        assertEquals(List.of(), problems);
        assertTrue(changed > 0, "the contexts hold installs after COPY . .; none changed");
    }

    /** The sources of the COPY instructions of {@code after} that {@code before} does not have (by text). */
    private static List<String> addedSources(Dockerfile before, Dockerfile after) {
        Map<String, Integer> old = new HashMap<>();
        for (Instruction instruction : before.instructions()) {
            old.merge(instruction.value().original(), 1, Integer::sum);
        }
        List<String> sources = new ArrayList<>();
        for (Instruction instruction : after.instructions()) {
            Integer left = old.get(instruction.value().original());
            if (left != null && left > 0) {
                old.put(instruction.value().original(), left - 1);
                continue;
            }
            if (instruction instanceof Copy copy && copy.from().isEmpty()) {
                sources.addAll(copy.sources());
            }
        }
        return sources;
    }

    /** A finding's reason without its particulars, to count findings by kind. */
    private static String kind(String reason) {
        String text = reason.substring(reason.indexOf(", but ") + 6);
        for (String end : List.of(" (", ", which", ": ", " `")) {
            int at = text.indexOf(end);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        return text.replaceAll("[0-9]+", "N");
    }

    private static Path contexts() {
        String shared = System.getProperty("dockmend.shared");
        Path corpus = TestData.corpus().orElse(null);
        if (shared != null) {
            return Paths.get(shared, "contexts");
        }
        return corpus != null ? corpus.resolveSibling("contexts") : TestData.root().getParent().resolve("../shared/contexts").normalize();
    }
}
