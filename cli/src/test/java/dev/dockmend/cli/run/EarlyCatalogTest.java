package dev.dockmend.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;

/** Loading the catalog early gives the catalog loading it then would, once. */
class EarlyCatalogTest {
    @Test
    void startedEarlyItIsTheCatalogOfTheClassPathLoadedOnce() {
        EarlyCatalog.start();
        EarlyCatalog.start();
        RecipeCatalog early = EarlyCatalog.get();
        assertSame(early, EarlyCatalog.get());
        assertEquals(ids(RecipeCatalog.load()), ids(early));
        assertEquals(List.of("convert-to-multi-stage", "add-non-root-user", "reorder-copy-for-cache", "add-healthcheck", "merge-run-layers", "clean-package-cache",
                "exec-form-cmd", "maintainer-to-label"), ids(early));
    }

    private static List<String> ids(RecipeCatalog catalog) {
        return catalog.all().stream().map(Recipe::id).map(id -> id.value()).toList();
    }
}
