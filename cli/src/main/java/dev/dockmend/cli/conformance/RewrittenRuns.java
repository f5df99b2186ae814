package dev.dockmend.cli.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.context.BuildContext;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;

/**
 * The invariant of recipes that rewrite RUN scripts (merging layers, adding cleanup): every RUN of an
 * output that is not an input RUN left as it was must be understood by the shell analysis again, so
 * a later recipe, or a later run, can still reason about it. It also counts, over the corpus, the RUNs
 * rewritten and how many fewer RUNs the outputs have than their inputs (the RUNs merged away).
 */
public final class RewrittenRuns implements RecipeCorpusRun.OutputCheck {
    private int rewritten;
    private int removed;

    @Override
    public List<String> check(Dockerfile before, Dockerfile after, Optional<BuildContext> context) {
        Set<Instruction> unchanged = new HashSet<>(before.instructions());
        List<String> problems = new ArrayList<>();
        for (Dockerfile.Located located : after.located()) {
            if (!(located.instruction() instanceof Run run) || unchanged.contains(run)) {
                continue;
            }
            rewritten++;
            if (RunScript.of(run) instanceof RunScript.ShellText text
                    && ShellParser.parse(text.text()) instanceof ShellAnalysis.Unknown unknown) {
                problems.add("the RUN at line " + located.startLine() + " of the output is no longer understood: "
                        + unknown.reason());
            }
        }
        removed += runs(before) - runs(after);
        return problems;
    }

    /** RUNs of the outputs that are new or changed, all checked. */
    public int rewritten() {
        return rewritten;
    }

    /** How many fewer RUNs the outputs have than the inputs. */
    public int removed() {
        return removed;
    }

    private static int runs(Dockerfile file) {
        return (int) file.instructions().stream().filter(Run.class::isInstance).count();
    }
}
