package dev.dockmend.recipe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Trivia;

/** Which comment lines are suppression comments, for recipes that move comments or the instructions under them. */
class SuppressionsTest {
    private static Trivia leadingOfRun(String text) {
        return Dockerfiles.parse(text + "RUN a\n").orThrow("test").instructions().get(0).leading();
    }

    @Test
    void dockmendAndHadolintCommentsAreSuppressions() {
        assertTrue(Suppressions.anyIn(leadingOfRun("# dockmend:ignore\n")));
        assertTrue(Suppressions.anyIn(leadingOfRun("# dockmend:ignore clean-package-cache\n# why\n")));
        assertTrue(Suppressions.anyIn(leadingOfRun("# hadolint ignore=DL3008\n\n")));
        assertTrue(Suppressions.anyIn(leadingOfRun("#dockmend:ignore-file\n")));
    }

    @Test
    void otherCommentsAreNot() {
        assertFalse(Suppressions.anyIn(leadingOfRun("# install the tools\n\n")));
        assertFalse(Suppressions.anyIn(leadingOfRun("# see dockmend:ignore in the docs\n")));
        assertFalse(Suppressions.anyIn(Trivia.EMPTY));
    }
}
