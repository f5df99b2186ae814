package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.shell.RunScript;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;

/** Runs merge-run-layers on a small Dockerfile and says what came out, for the rule tests. */
final class Merging {
    private Merging() {
    }

    /**
     * @param text     the output file
     * @param scripts  the script of every RUN of the output, runs of blanks squeezed to one space
     *                 (a continuation joins lines with the indentation between them)
     * @param changes  the changes' reasons
     * @param findings the findings: line, reason, suggestion and severity
     */
    record Outcome(String text, List<String> scripts, List<String> changes, List<String> findings) {
        /** The script of the one RUN left, as the shell reads it (blanks squeezed). */
        String merged() {
            if (scripts.size() != 1) {
                throw new AssertionError("expected one RUN, got " + scripts + "\n" + text + "\nfindings: " + findings);
            }
            return scripts.get(0);
        }

        /** The scripts the shell runs, exactly (blanks not squeezed). */
        List<String> exactScripts() {
            Dockerfile file = Dockerfiles.parse(text).orThrow("output");
            return runs(file).stream().map(Merging::script).toList();
        }
    }

    /** {@code FROM alpine:3.20}, then {@code lines} as lines. */
    static Outcome runs(String... lines) {
        return file("FROM alpine:3.20\n" + String.join("\n", lines) + "\n");
    }

    static Outcome file(String text) {
        Dockerfile before = Dockerfiles.parse(text).orThrow("input");
        Pipeline.Result result = new Pipeline(List.of(new MergeRunLayers())).run(before, "Dockerfile", Map.of());
        List<String> scripts = new ArrayList<>();
        for (Run run : runs(result.after())) {
            scripts.add(script(run).replaceAll("[ \\t]+", " "));
        }
        return new Outcome(Dockerfiles.print(result.after()), scripts,
                result.changes().stream().map(Change::reason).toList(),
                result.findings().stream().map(f -> f.line() + ": " + f.reason() + " | " + f.suggestion()
                        + " [" + f.severity().label() + "]").toList());
    }

    private static List<Run> runs(Dockerfile file) {
        List<Run> runs = new ArrayList<>();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof Run run) {
                runs.add(run);
            }
        }
        return runs;
    }

    private static String script(Run run) {
        return RunScript.of(run) instanceof RunScript.ShellText text ? text.text() : "<not shell>";
    }
}
