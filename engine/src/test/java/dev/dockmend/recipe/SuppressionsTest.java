package dev.dockmend.recipe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.style.FileStyle;
import dev.dockmend.testing.TestRecipe;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Trivia;

/**
 * Suppression comments: which comment lines are suppressions (for recipes that move comments or the
 * instructions under them), and what they switch off: a whole recipe, or one lint rule of the ones a
 * recipe fixes in part.
 */
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

    private static final Recipe RECIPE = new TestRecipe("clean-things") {
        @Override
        public List<String> fixes() {
            return List.of("DL3009");
        }

        @Override
        public RecipeResult apply(Dockerfile file, RecipeContext context) {
            return RecipeResult.unchanged(file);
        }
    };

    private static RecipeContext context(String text) {
        Dockerfile file = Dockerfiles.parse(text).orThrow("Dockerfile");
        return new RecipeContext("Dockerfile", FileStyle.DEFAULT, Map.of(), Suppressions.of(file), RECIPE);
    }

    @Test
    void aHadolintRuleTheRecipeDoesNotListSuppressesOnlyThatRule() {
        RecipeContext context = context("FROM debian\n# hadolint ignore=DL3015\nRUN apt-get install -y curl\nRUN apt-get install -y git\n");
        assertTrue(context.mayChange(1));
        assertFalse(context.mayFix(1, "DL3015"));
        assertTrue(context.mayFix(1, "DL3008"));
        assertTrue(context.mayFix(2, "DL3015"));
    }

    @Test
    void aRuleTheRecipeListsOrABareIgnoreSuppressesEverything() {
        RecipeContext listed = context("FROM debian\n# hadolint ignore=DL3009\nRUN apt-get update\n");
        assertFalse(listed.mayChange(1));
        assertFalse(listed.mayFix(1, "DL3015"));
        RecipeContext bare = context("FROM debian\n# dockmend:ignore-file\nRUN apt-get update\n");
        assertFalse(bare.mayFix(1, "DL3015"));
        RecipeContext other = context("FROM debian\n# dockmend:ignore-file exec-form-cmd\nRUN apt-get update\n");
        assertTrue(other.mayFix(1, "DL3015"));
    }
}
