package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * The image knowledge on real files ({@code ../shared/corpus} and the contexts' Dockerfiles): every stage
 * gets facts or a reason, a stage built on another has its facts, and most final stages' images are known.
 */
class StageImagesCorpusTest {

    @Test
    void everyStageOfTheCorpusIsKnownOrSaysWhy() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here, so the corpus check is skipped");
        List<Path> files = new ArrayList<>(TestData.corpusDockerfiles(corpus.get()));
        Path contexts = corpus.get().resolveSibling("contexts");
        if (Files.isDirectory(contexts)) {
            try (Stream<Path> paths = Files.walk(contexts)) {
                paths.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().contains("Dockerfile"))
                        .sorted().forEach(files::add);
            }
        }
        int finals = 0;
        int known = 0;
        Map<String, Integer> families = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (Path path : files) {
            Optional<Dockerfile> parsed = Dockerfiles.parse(Files.readAllBytes(path)).tree();
            if (parsed.isEmpty()) {
                continue;
            }
            List<StageImage> stages = StageImages.of(parsed.get());
            for (StageImage stage : stages) {
                if (stage.base() instanceof StageBase.Stage parent) {
                    StageImage earlier = stages.get(parent.number());
                    assertTrue(parent.number() < stage.stage().number(), path + ": a stage builds on an earlier one");
                    assertEquals(earlier.image(), stage.image(), path + ": a stage has its base stage's image");
                    assertTrue(stage.tools().containsAll(earlier.installedTools()) || !stage.removedTools().isEmpty(),
                            path + ": a stage keeps what its base stage installed");
                }
            }
            if (stages.isEmpty()) {
                continue;
            }
            StageImage last = stages.get(stages.size() - 1);
            finals++;
            if (last.known()) {
                known++;
                families.merge(last.image().get().family().name(), 1, Integer::sum);
            } else {
                String why = last.unknownWhy().get();
                reasons.merge(why.contains("of no family") ? "no family" : why.contains("not known before the build")
                        ? "not known before the build" : why.contains("digest") ? "digest alone" : "other", 1, Integer::sum);
            }
        }
        System.out.println("image knowledge corpus check: " + files.size() + " files, final stages " + finals + ", known "
                + known + "; families " + families + "; unknown " + reasons);
        assertTrue(known * 2 > finals, "most final stages should be of a known family: " + known + " of " + finals);
    }
}
