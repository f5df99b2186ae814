package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.Script;

/**
 * Where a cleanup goes so that it runs after every command of a package manager in a RUN script while
 * the script still succeeds and fails exactly when it did: right after the pipeline that holds the
 * manager's last command, joined with {@code &&}, so a failing install skips the cleanup and keeps its
 * exit status.
 *
 * <p>The place is the innermost command list that holds all the manager's commands, after the last
 * pipeline that holds one, lifted out of loops and {@code if}/{@code while} conditions (a cleanup inside
 * would run between iterations, or change a condition). Commands in a function, in a command
 * substitution, sent to the background or run with {@code exec} have no such place.
 *
 * <p>{@code a && cleanup} keeps the outcome of {@code a} when something follows with {@code &&} or
 * {@code ||}, or when errexit ({@code set -e}) is off. With errexit on, a failing {@code a} that ended its
 * and-or list stopped the shell; inside {@code a && cleanup} it no longer does. That is harmless when
 * nothing runs after it anyway (the end of the script or of a subshell, or a context where errexit is
 * ignored); otherwise the cleanup goes in as a command of its own, {@code a; cleanup; next}, which keeps
 * the outcome as long as {@code next} does not read {@code $?}; otherwise the place moves out one level.
 */
final class Placement {
    private Placement() {
    }

    /** How the cleanup is joined to what it follows. */
    enum Joiner {
        AND(" && "),
        SEMICOLON("; ");

        private final String text;

        Joiner(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /** The result: a place, or why there is none. */
    sealed interface Result {
    }

    /**
     * After the node ending at {@code offset}, which starts at {@code start} (for the new line's indentation).
     */
    record After(int start, int offset, Joiner joiner) implements Result {
    }

    record Declined(String reason) implements Result {
    }

    /**
     * @param errexitMayBeOn whether {@code set -e} may be in effect (the script sets it, or the SHELL's options)
     */
    static Result of(Script script, ScriptPaths paths, List<ManagerCommand> commands, boolean errexitMayBeOn) {
        String name = commands.get(0).manager().name();
        List<List<ScriptPaths.Frame>> all = new ArrayList<>();
        for (ManagerCommand command : commands) {
            Optional<List<ScriptPaths.Frame>> path = paths.of(command.command());
            if (path.isEmpty()) {
                return new Declined(name + " runs inside a command substitution or heredoc here, after which no place in "
                        + "the script is sure to follow");
            }
            if (command.replacesShell()) {
                return new Declined(name + " runs with exec here, so nothing after it runs");
            }
            all.add(path.get());
        }
        int depth = commonDepth(all);
        List<ScriptPaths.Frame> frames = all.get(0).subList(0, depth + 1);
        ScriptPaths.Frame last = lastAt(all, depth);
        for (int k = 0; k <= depth; k++) {
            ScriptPaths.ListKind kind = frames.get(k).kind();
            if (kind == ScriptPaths.ListKind.FUNCTION) {
                return new Declined(name + " runs inside a shell function here, which may run more than once");
            }
            if (kind == ScriptPaths.ListKind.LOOP || kind == ScriptPaths.ListKind.CONDITION) {
                // outside the outermost loop or condition: the compound command that holds it
                depth = k - 1;
                last = frames.get(depth);
                break;
            }
        }
        for (int k = 0; k <= depth; k++) {
            ScriptPaths.Frame frame = k == depth ? last : frames.get(k);
            if (frame.listItem().separator() == ListItem.Separator.AMPERSAND) {
                return new Declined("the last " + name + " command runs in the background (&)");
            }
        }
        boolean readsStatus = script.text().contains("$?");
        for (int t = depth; t >= 0; t--) {
            ScriptPaths.Frame target = t == depth ? last : frames.get(t);
            List<ScriptPaths.Frame> outer = frames.subList(0, t);
            if (!target.lastPipeline() || !errexitMayBeOn || tailUnderErrexit(outer, target)) {
                return new After(target.pipelineNode().span().start(), target.pipelineNode().span().end(), Joiner.AND);
            }
            if (!target.lastItem() && !readsStatus) {
                return new After(target.andOr().span().start(), target.andOr().span().end(), Joiner.SEMICOLON);
            }
        }
        return new Declined("the shell may stop at a failing command (set -e), and no place after the last " + name
                + " command keeps that");
    }

    /** The deepest level at which every path goes through the same command list. */
    private static int commonDepth(List<List<ScriptPaths.Frame>> all) {
        int depth = 0;
        while (true) {
            int next = depth + 1;
            List<ScriptPaths.Frame> first = all.get(0);
            if (next >= first.size()) {
                return depth;
            }
            for (List<ScriptPaths.Frame> path : all) {
                if (next >= path.size() || path.get(next).list() != first.get(next).list()) {
                    return depth;
                }
            }
            depth = next;
        }
    }

    /** Among the paths' frames at {@code depth} (all in one list), the one furthest on. */
    private static ScriptPaths.Frame lastAt(List<List<ScriptPaths.Frame>> all, int depth) {
        ScriptPaths.Frame last = all.get(0).get(depth);
        for (List<ScriptPaths.Frame> path : all) {
            ScriptPaths.Frame frame = path.get(depth);
            if (frame.item() > last.item() || frame.item() == last.item() && frame.pipeline() > last.pipeline()) {
                last = frame;
            }
        }
        return last;
    }

    /**
     * Whether, with errexit on, {@code target && cleanup} (target's pipeline ending its and-or list) still
     * ends the script or child shell with the same outcome: nothing runs after it before the end of the
     * script or of a subshell, unless errexit is ignored at some enclosing level anyway (a compound command
     * followed by {@code &&} or {@code ||}, negated, or one command of a pipeline).
     */
    private static boolean tailUnderErrexit(List<ScriptPaths.Frame> outer, ScriptPaths.Frame target) {
        ScriptPaths.Frame frame = target;
        for (int k = outer.size(); ; k--) {
            if (frame != target && (!frame.lastPipeline() || frame.pipelineNode().negated()
                    || frame.pipelineNode().commands().size() > 1)) {
                return true;
            }
            if (!frame.lastItem()) {
                return false;
            }
            if (frame.kind() == ScriptPaths.ListKind.SUBSHELL || k == 0) {
                return true;
            }
            frame = outer.get(k - 1);
        }
    }
}
