package dev.dockmend.recipes.cache;

import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.AndOrList;
import dev.dockmend.shell.Pipeline;
import dev.dockmend.shell.SimpleCommand;

/**
 * What the structure of a script guarantees about whether a command runs: an {@code apt-get update} counts
 * as refreshing the package lists only where nothing can skip it. One under {@code if} or {@code case}, in
 * a loop or a function, or to the right of {@code ||} may not run, and a later install then reads the lists
 * an earlier RUN left, or none.
 *
 * <p>The reasoning follows the shell's rules without errexit: every item of a command list runs in turn; in
 * an and-or list {@code a && b || c} a pipeline runs depending on the status of what is before it; a
 * compound command's status is that of its list's last item; a pipeline's status is that of its last
 * command, inverted by {@code !}. Where a command may be skipped only when the script fails anyway, the
 * command counts as run for "when the script succeeds". Whatever else cannot be shown counts as not run.
 */
final class CommandOrder {
    private CommandOrder() {
    }

    /** What is guaranteed of a command once the list or pipeline that holds it runs. */
    private enum Sure {
        /** the command runs */
        RUNS,
        /** the command runs, or the list or pipeline fails */
        RUNS_OR_FAILS,
        /** neither can be shown */
        NOTHING
    }

    /** Whether {@code command} has run whenever the script ends with success. */
    static boolean runsWhenScriptSucceeds(ScriptPaths paths, SimpleCommand command) {
        Optional<List<ScriptPaths.Frame>> path = paths.of(command);
        if (path.isEmpty()) {
            return false;
        }
        Sure inList = inList(path.get(), 0);
        return inList != Sure.NOTHING;
    }

    /**
     * Whether {@code first} has run, and ended, whenever {@code then} runs: both in one script, {@code first}
     * before {@code then} in a way no branch, loop or {@code ||} can undo.
     */
    static boolean runsBefore(ScriptPaths paths, SimpleCommand first, SimpleCommand then) {
        Optional<List<ScriptPaths.Frame>> a = paths.of(first);
        Optional<List<ScriptPaths.Frame>> b = paths.of(then);
        if (a.isEmpty() || b.isEmpty() || first.span().start() >= then.span().start()) {
            return false;
        }
        List<ScriptPaths.Frame> from = a.get();
        List<ScriptPaths.Frame> to = b.get();
        for (int d = 0; d < Math.min(from.size(), to.size()); d++) {
            ScriptPaths.Frame x = from.get(d);
            ScriptPaths.Frame y = to.get(d);
            if (x.list() != y.list()) {
                // two lists of one compound command (an if's condition and its branch): not followed
                return false;
            }
            if (x.item() == y.item() && x.pipeline() == y.pipeline()) {
                continue;
            }
            Sure pipeline = inPipeline(from, d);
            if (x.item() < y.item()) {
                return x.pipeline() == 0 && pipeline == Sure.RUNS;
            }
            return x.item() == y.item() && x.pipeline() < y.pipeline() && pipeline != Sure.NOTHING
                    && allAnd(x.andOr(), 0, y.pipeline());
        }
        // one pipeline holds both (a | b), which run side by side
        return false;
    }

    /** What is sure of the command once the list at {@code path.get(depth)} runs. */
    private static Sure inList(List<ScriptPaths.Frame> path, int depth) {
        ScriptPaths.Frame frame = path.get(depth);
        Sure pipeline = inPipeline(path, depth);
        AndOrList andOr = frame.andOr();
        int last = andOr.pipelines().size() - 1;
        if (frame.pipeline() == 0 && pipeline == Sure.RUNS) {
            return Sure.RUNS;
        }
        // skipped or failed, the pipeline leaves the list failing only if nothing after it recovers
        boolean failureEndsTheList = allAnd(andOr, 0, last) && frame.lastItem();
        return pipeline != Sure.NOTHING && failureEndsTheList ? Sure.RUNS_OR_FAILS : Sure.NOTHING;
    }

    /** What is sure of the command once the pipeline at {@code path.get(depth)} runs. */
    private static Sure inPipeline(List<ScriptPaths.Frame> path, int depth) {
        if (depth == path.size() - 1) {
            return Sure.RUNS;
        }
        ScriptPaths.Frame inner = path.get(depth + 1);
        if (inner.kind() != ScriptPaths.ListKind.GROUP && inner.kind() != ScriptPaths.ListKind.SUBSHELL) {
            // a branch, a condition, a loop or a function body need not run when its command does
            return Sure.NOTHING;
        }
        Sure list = inList(path, depth + 1);
        if (list == Sure.RUNS_OR_FAILS) {
            Pipeline pipeline = path.get(depth).pipelineNode();
            // the group's failure is the pipeline's only when it is the pipeline's one command, not inverted
            return pipeline.commands().size() == 1 && !pipeline.negated() ? Sure.RUNS_OR_FAILS : Sure.NOTHING;
        }
        return list;
    }

    /** Whether the operators that join pipelines {@code from} to {@code to} of the and-or list are all {@code &&}. */
    private static boolean allAnd(AndOrList andOr, int from, int to) {
        for (int i = from; i < to; i++) {
            if (andOr.operators().get(i) != AndOrList.Operator.AND) {
                return false;
            }
        }
        return true;
    }
}
