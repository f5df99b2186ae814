package dev.dockmend.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.fix.TextEdit;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.tree.Dockerfile;

/**
 * Each change's edits, with the shipped recipes: they make that change alone from the input, or, where a change
 * was made in lines another one wrote, both, naming the other in {@code requires}.
 */
class ChangeEditsTest {
    private static Pipeline.Result run(String text) {
        Dockerfile file = Dockerfiles.parse(text).orThrow("Dockerfile");
        // add-non-root-user left out: it would add a USER to every example file; these cases are about the edits of
        // the recipes that rewrite RUNs and MAINTAINER (its own ties are pinned by its approval cases)
        return new Pipeline(RecipeCatalog.load().all().stream().filter(r -> !r.id().value().equals("add-non-root-user")).toList())
                .run(file, "Dockerfile", Map.of());
    }

    private static ChangeEdits.Edited change(ChangeEdits edits, String id) {
        return edits.changes().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no change " + id + " in " + edits.changes()));
    }

    @Test
    void aCleanupInAMergedRunRequiresTheMergeWhoseEditsStayItsOwn() {
        String input = "FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y curl\nCMD curl\n";
        Pipeline.Result result = run(input);
        ChangeEdits edits = ChangeEdits.of(result);
        ChangeEdits.Edited merge = change(edits, "merge-run-layers:2");
        ChangeEdits.Edited clean = change(edits, "clean-package-cache:2");
        ChangeEdits.Edited cmd = change(edits, "exec-form-cmd:4");

        assertEquals(List.of(), merge.requires());
        assertEquals("FROM debian:bookworm-slim\nRUN apt-get update \\\n    && apt-get install -y curl\nCMD curl\n",
                TextEdit.apply(input, merge.edits()), "the merge alone, without the cleanup");
        assertEquals(List.of("merge-run-layers:2"), clean.requires());
        assertEquals("FROM debian:bookworm-slim\nRUN apt-get update \\\n    && apt-get install -y curl \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\nCMD curl\n", TextEdit.apply(input, clean.edits()),
                "the cleanup cannot be made without the merge: its edits make both, once");
        assertEquals(List.of(), cmd.requires());
        assertEquals("FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y curl\nCMD [\"curl\"]\n",
                TextEdit.apply(input, cmd.edits()));
        assertEquals(Dockerfiles.print(result.after()), TextEdit.apply(input, edits.all()));
    }

    @Test
    void changesOnNeighbouringLinesAreIndependent() {
        // debian, not nginx: nginx's own EXPOSE 80 would have add-healthcheck add a check next to the CMD
        String input = "FROM debian\nMAINTAINER me\nCMD nginx -g 'daemon off;'\n";
        ChangeEdits edits = ChangeEdits.of(run(input));
        ChangeEdits.Edited label = change(edits, "maintainer-to-label:2");
        ChangeEdits.Edited cmd = change(edits, "exec-form-cmd:3");
        assertTrue(label.independent() && cmd.independent());
        assertEquals("FROM debian\nLABEL org.opencontainers.image.authors=\"me\"\nCMD nginx -g 'daemon off;'\n",
                TextEdit.apply(input, label.edits()));
        assertEquals("FROM debian\nMAINTAINER me\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n", TextEdit.apply(input, cmd.edits()));
    }

    @Test
    void aCleanupOfARunNoMergeTouchedIsItsOwn() {
        String input = "FROM debian\nRUN apt-get update && apt-get install -y curl\nCOPY . /app\nRUN echo a\nRUN echo b\n";
        ChangeEdits edits = ChangeEdits.of(run(input));
        ChangeEdits.Edited clean = change(edits, "clean-package-cache:2");
        ChangeEdits.Edited merge = change(edits, "merge-run-layers:4");
        assertTrue(clean.independent() && merge.independent());
        assertEquals("FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
                + "COPY . /app\nRUN echo a\nRUN echo b\n", TextEdit.apply(input, clean.edits()));
    }

    @Test
    void twoMaintainersOfAStageAreOneFix() {
        String input = "FROM alpine\nMAINTAINER a\nRUN true\nMAINTAINER b\n";
        Pipeline.Result result = run(input);
        ChangeEdits edits = ChangeEdits.of(result);
        ChangeEdits.Edited first = change(edits, "maintainer-to-label:2");
        ChangeEdits.Edited second = change(edits, "maintainer-to-label:4");
        assertEquals(List.of("maintainer-to-label:4"), first.requires(), "alone, the label it adds would stop the other");
        assertEquals(List.of("maintainer-to-label:2"), second.requires());
        assertEquals(Dockerfiles.print(result.after()), TextEdit.apply(input, first.edits()));
        assertEquals(first.edits(), second.edits());
    }

    @Test
    void aLineAddedRightAfterALineAnotherChangeWroteRequiresThatChange() {
        // merge-run-layers continues the install line; the cleanup line continues it in turn.
        String input = "FROM debian\nRUN apt-get update \\\n  && apt-get install -y curl\n# note\nRUN echo done\n";
        ChangeEdits edits = ChangeEdits.of(run(input));
        ChangeEdits.Edited clean = edits.changes().stream().filter(e -> e.change().recipe().value().equals("clean-package-cache"))
                .findFirst().orElseThrow();
        assertEquals(List.of("merge-run-layers:2"), clean.requires());
    }
}
