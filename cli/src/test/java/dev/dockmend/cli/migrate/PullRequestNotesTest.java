package dev.dockmend.cli.migrate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipe.RecipeCatalog;

/** Every recipe's pull-request notes are in the table: a recipe added without them fails here, not in a user's pull request. */
class PullRequestNotesTest {
    @Test
    void everyRecipeHasAnEffectAndACheck() {
        PullRequestNotes notes = PullRequestNotes.load();
        assertAll(RecipeCatalog.load().all().stream().flatMap(recipe -> Stream.of(
                () -> assertTrue(notes.effect(recipe.id().value()).isPresent(), recipe.id() + ": no effect in pull-request-notes.txt"),
                () -> assertTrue(notes.check(recipe.id().value()).isPresent(), recipe.id() + ": no check in pull-request-notes.txt"))));
    }
}
