package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dockmend.testing.ExactApproval;
import dev.dockmend.testing.TestData;

/**
 * The whole report of {@code dockmend conformance CORPUS}, approved byte for byte on the small corpus of
 * {@code testdata/conformance/corpus}: BuildKit's checks, then each recipe alone (files changed, declined
 * with the findings by reason, not applicable), all recipes in order, and the invariants of the outputs.
 * Named relative to {@code -C}, so the output is the same on every machine.
 */
class ConformanceCorpusApprovalTest {
    @Test
    void theCorpusRunPrintsPerRecipeChangedDeclinedByReasonAndNotApplicable() {
        CliRun run = CliRun.in(TestData.root().resolve("conformance"), "conformance", "corpus");
        assertAll(
                () -> ExactApproval.verify(TestData.root().resolve("conformance/approved"), "corpus", "txt", run.out()),
                () -> assertEquals("", run.err()),
                () -> assertEquals(ExitCodes.OK, run.exitCode(), run.out()));
    }
}
