package dev.dockmend.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.tree.Dockerfile;

/** What a batch keeps of a mended file: the trees only while something still needs them. */
class OutcomeTest {
    private static final Source SOURCE = Source.file(Path.of(""), Path.of("Dockerfile"));

    private static Dockerfile tree(String text) {
        return Dockerfiles.parse(text).tree().orElseThrow();
    }

    @Test
    void aChangedFileKeepsItsRewriteUntilLetGo() {
        Outcome.Mended mended = Outcome.Mended.of(SOURCE,
                new Pipeline.Result(tree("FROM a\nCMD x\n"), tree("FROM a\nCMD [\"x\"]\n"), List.of(), List.of(), List.of()));
        assertTrue(mended.changed());
        assertTrue(mended.rewrite().isPresent());
        assertTrue(mended.diff(3).contains("+CMD [\"x\"]"), mended.diff(3));

        Outcome.Mended lighter = mended.withoutRewrite();
        assertTrue(lighter.changed(), "still reported as changed");
        assertTrue(lighter.rewrite().isEmpty());
        assertEquals(mended.changes(), lighter.changes());
        assertThrows(IllegalStateException.class, () -> lighter.diff(3), "the texts are gone with the trees");
    }

    @Test
    void anUnchangedFileHasNoRewriteToLetGo() {
        Dockerfile same = tree("FROM a\n");
        Outcome.Mended mended = Outcome.Mended.of(SOURCE, new Pipeline.Result(same, same, List.of(), List.of(), List.of()));
        assertFalse(mended.changed());
        assertTrue(mended.rewrite().isEmpty());
        assertEquals("", mended.diff(3));
        assertSame(mended, mended.withoutRewrite());
    }
}
