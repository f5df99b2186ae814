package dev.dockmend.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.dockmend.Dockerfiles;
import dev.dockmend.fix.QuickFix;
import dev.dockmend.fix.QuickFixes;
import dev.dockmend.fix.TextEdit;
import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.Safety;
import dev.dockmend.tree.Dockerfile;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fix pipeline on any input the CLI would fix (it parses and passes BuildKit's instruction checks),
 * as bytes and as text, with every recipe and with the safe ones under {@code --safe-only}: it throws
 * nothing (a recipe whose output does not parse back is a {@link Pipeline.RecipeBugException}, a
 * finding too); the output, written out, parses and passes the checks again; a second run on it
 * changes nothing; each quick fix (one change's own edits) applied alone to the input leaves a file that
 * parses, and the fix of all changes gives the fixed file.
 */
class FixFuzzTest {
    private static final String PATH = "Dockerfile";
    private static final List<Recipe> ALL = RecipeCatalog.load().all();
    private static final List<Recipe> SAFE = ALL.stream().filter(recipe -> recipe.safety() == Safety.SAFE).toList();

    @MethodSource("dev.dockmend.fuzz.Seeds#dockerfiles")
    @FuzzTest
    @DictionaryFile(resourcePath = "/dev/dockmend/fuzz/dockerfile.dict")
    void fix(byte[] input) {
        for (Reading reading : Reading.values()) {
            ParseResult parsed = reading.parse(input);
            if (!parsed.ok() || hasErrors(Dockerfiles.validate(parsed.tree().orElseThrow()))) {
                continue; // the CLI reports these files' errors and fixes nothing
            }
            Dockerfile tree = parsed.tree().orElseThrow();
            fixes(tree, ALL, false, reading);
            fixes(tree, SAFE, true, reading);
        }
    }

    private static void fixes(Dockerfile tree, List<Recipe> recipes, boolean safeOnly, Reading reading) {
        String run = reading + (safeOnly ? " --safe-only" : "");
        Pipeline pipeline = new Pipeline(recipes, safeOnly);
        Pipeline.Result result = pipeline.run(tree, PATH, Map.of());
        if (!result.changed()) {
            return; // nothing written, no changes to offer as fixes
        }
        ParseResult written = reading.reread(result.after());
        assertTrue(written.ok(), run + ": the fixed file does not parse: " + written.firstError().map(d -> d.format(PATH)).orElse(""));
        Dockerfile output = written.tree().orElseThrow();
        assertFalse(hasErrors(Dockerfiles.validate(output)), run + ": the fixed file fails BuildKit's instruction checks");
        Pipeline.Result again = pipeline.run(output, PATH, Map.of());
        assertEquals(List.of(), again.changes(), run + ": a second run changes the fixed file again");
        assertFalse(again.changed(), run + ": a second run changes the fixed file again");
        String text = Dockerfiles.print(tree);
        for (QuickFix fix : QuickFixes.of(result)) {
            String fixed = TextEdit.apply(text, fix.edits());
            if (fix.fixesAll()) {
                assertEquals(Dockerfiles.print(result.after()), fixed, run + ": the fix of all changes does not give the fixed file");
            }
            ParseResult alone = Dockerfiles.parse(fixed);
            assertTrue(alone.ok(), run + ": quick fix " + fix.id() + " applied alone gives a file that does not parse: "
                    + alone.firstError().map(d -> d.format(PATH)).orElse(""));
        }
    }

    private static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
