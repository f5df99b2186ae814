package dev.dockmend.recipes.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The differential harness itself: it sees what a merge changes, and nothing else. */
class ShellDifferentialTest {
    private final ShellDifferential sh = new ShellDifferential(List.of("a", "b"));

    @Test
    void recordsCallsArgumentsWorkingDirectoryAndStopsAtTheFirstFailingRun() throws Exception {
        ShellDifferential.Run run = sh.separately(List.of("cd sub && a x 'y z'", "b"), Map.of("a", 1));
        assertEquals(new ShellDifferential.Run(List.of("a x y z @ WORK/sub"), false), run);
    }

    @Test
    void seesThatASemicolonMergeRunsOnAfterAFailure() throws Exception {
        // RUN a / RUN b: when a fails the build stops. Merged as "a; b", b would still run.
        Map<String, Integer> aFails = Map.of("a", 1, "b", 0);
        assertNotEquals(sh.separately(List.of("a", "b"), aFails), sh.together("a; b", aFails));
        assertEquals(sh.separately(List.of("a", "b"), aFails), sh.together("a && b", aFails));
    }

    @Test
    void seesThatACdLeaksIntoTheNextPartUnlessGrouped() throws Exception {
        Map<String, Integer> ok = Map.of();
        assertNotEquals(sh.separately(List.of("cd sub", "b"), ok), sh.together("cd sub && b", ok));
        assertEquals(sh.separately(List.of("cd sub", "b"), ok), sh.together("(cd sub) && b", ok));
    }

    @Test
    void enumeratesEveryExitCodeCombination() {
        assertEquals(4, sh.everyExitCodeCombination().size());
    }
}
