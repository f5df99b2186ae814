package dev.dockmend.recipes.layers;

import java.util.Objects;

import dev.dockmend.recipe.LineRange;
import dev.dockmend.shell.Script;
import dev.dockmend.tree.Run;

/**
 * One RUN that may take part in a merge: where it is, its script as the shell analysis read it and
 * the map from the script to its lines.
 *
 * @param index the instruction's index in the file being changed
 * @param lines the lines it spans in the input file (for messages)
 */
record RunPart(int index, Run run, Script script, RunText text, LineRange lines) implements Candidate {
    RunPart {
        Objects.requireNonNull(run, "run is null");
        Objects.requireNonNull(script, "script is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(lines, "lines is null");
    }
}
