package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.dockmend.testing.TestData;

/**
 * {@code bin/dockmend conformance corpus}, the packaged program started as CI starts it, prints the report
 * {@code ConformanceCorpusApprovalTest} approves in-process, byte for byte: the per-recipe table and the
 * invariants of the outputs, and exits 0.
 */
class ConformanceCorpusIT {
    @Test
    void thePackagedProgramPrintsTheApprovedReport() throws IOException {
        Path folder = TestData.root().resolve("conformance");
        Program.Run run = Program.launched().run(folder, "conformance", "corpus");
        assertEquals("", run.err());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertEquals(Files.readString(folder.resolve("approved/corpus.approved.txt"), StandardCharsets.UTF_8), run.out());
    }
}
