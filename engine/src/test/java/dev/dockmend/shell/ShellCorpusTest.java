package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * Every RUN script of the shared corpus (shell form and RUN heredocs) is analysed without a crash, and
 * the understood share stays above what was measured. The scripts are only parsed, never run.
 */
class ShellCorpusTest {
    /** Measured 3617 of 3658 (98.9%) on 2026-11-23; the remaining Unknowns are eval and templated or Windows scripts. */
    private static final double MINIMUM_UNDERSTOOD = 0.985;

    @Test
    void theCorpusIsUnderstood() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here, so the shell corpus figure is skipped");
        List<Dockerfile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(corpus.get())) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                Dockerfiles.parse(Files.readAllBytes(path)).tree().ifPresent(files::add);
            }
        }
        ShellCorpusStats stats = ShellCorpusStats.of(files);
        System.out.println("shell analysis of " + files.size() + " corpus files: " + stats.summary());
        for (Map.Entry<String, Integer> problem : stats.topUnknown(10)) {
            System.out.println("  " + problem.getValue() + "  " + problem.getKey());
        }
        assertTrue(stats.analysed() > 1000, "the corpus should hold over a thousand RUN scripts");
        assertTrue(stats.understoodShare() >= MINIMUM_UNDERSTOOD,
                () -> "understood share fell below " + MINIMUM_UNDERSTOOD + ": " + stats.summary());
    }
}
