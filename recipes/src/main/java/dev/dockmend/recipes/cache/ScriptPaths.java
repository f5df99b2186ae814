package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.shell.AndOrList;
import dev.dockmend.shell.Command;
import dev.dockmend.shell.CommandList;
import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.Pipeline;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;

/**
 * Where each simple command of a script sits in its structure: the command lists around it, outermost
 * first, each with the item and pipeline that lead inwards. Placing a cleanup "after the last apt-get"
 * needs this: the place must be outside loops (the cleanup would run between iterations) and functions,
 * and whether the script's outcome stays the same depends on what runs after each enclosing list.
 * Commands inside words ({@code $(...)}, backquotes, heredoc bodies) are not reached and have no path.
 */
final class ScriptPaths {
    /** What a command list is the body of, as far as placing a cleanup is concerned. */
    enum ListKind {
        /** The script itself. */
        TOP,
        /** {@code ( ... )}: its status is the status of its last command, in a child shell. */
        SUBSHELL,
        /** <code>{ ...; }</code>. */
        GROUP,
        /** The commands an {@code if} or {@code case} branch runs. */
        BRANCH,
        /** The condition of an {@code if} or {@code elif}: its status decides a branch. */
        CONDITION,
        /** The condition or body of {@code while}, {@code until} or {@code for}: run again and again. */
        LOOP,
        /** A function's body: runs where the function is called, perhaps more than once. */
        FUNCTION
    }

    /** One enclosing list: the list, what it is, and the item and pipeline that hold the command. */
    record Frame(CommandList list, ListKind kind, int item, int pipeline) {
        ListItem listItem() {
            return list.items().get(item);
        }

        AndOrList andOr() {
            return listItem().andOr();
        }

        Pipeline pipelineNode() {
            return andOr().pipelines().get(pipeline);
        }

        boolean lastItem() {
            return item == list.items().size() - 1;
        }

        boolean lastPipeline() {
            return pipeline == andOr().pipelines().size() - 1;
        }
    }

    private final Map<SimpleCommand, List<Frame>> paths = new IdentityHashMap<>();

    private ScriptPaths() {
    }

    static ScriptPaths of(Script script) {
        ScriptPaths paths = new ScriptPaths();
        paths.list(script.body(), ListKind.TOP, List.of());
        return paths;
    }

    /** The frames around {@code command}, outermost first; empty when it is inside a word. */
    Optional<List<Frame>> of(SimpleCommand command) {
        return Optional.ofNullable(paths.get(command));
    }

    private void list(CommandList list, ListKind kind, List<Frame> outer) {
        for (int i = 0; i < list.items().size(); i++) {
            List<Pipeline> pipelines = list.items().get(i).andOr().pipelines();
            for (int j = 0; j < pipelines.size(); j++) {
                List<Frame> path = new ArrayList<>(outer);
                path.add(new Frame(list, kind, i, j));
                List<Frame> fixed = List.copyOf(path);
                for (Command command : pipelines.get(j).commands()) {
                    command(command, fixed, null);
                }
            }
        }
    }

    /** @param override the kind of the command's own lists when it is a function's body, else null */
    private void command(Command command, List<Frame> path, ListKind override) {
        if (command instanceof SimpleCommand simple) {
            paths.put(simple, path);
        } else if (command instanceof Command.Subshell subshell) {
            list(subshell.body(), or(override, ListKind.SUBSHELL), path);
        } else if (command instanceof Command.BraceGroup group) {
            list(group.body(), or(override, ListKind.GROUP), path);
        } else if (command instanceof Command.IfCommand ifCommand) {
            for (Command.Branch branch : ifCommand.branches()) {
                list(branch.condition(), or(override, ListKind.CONDITION), path);
                list(branch.body(), or(override, ListKind.BRANCH), path);
            }
            ifCommand.elseBody().ifPresent(body -> list(body, or(override, ListKind.BRANCH), path));
        } else if (command instanceof Command.WhileCommand loop) {
            list(loop.condition(), or(override, ListKind.LOOP), path);
            list(loop.body(), or(override, ListKind.LOOP), path);
        } else if (command instanceof Command.ForCommand loop) {
            list(loop.body(), or(override, ListKind.LOOP), path);
        } else if (command instanceof Command.ArithmeticForCommand loop) {
            list(loop.body(), or(override, ListKind.LOOP), path);
        } else if (command instanceof Command.CaseCommand caseCommand) {
            for (Command.CaseItem item : caseCommand.items()) {
                list(item.body(), or(override, ListKind.BRANCH), path);
            }
        } else if (command instanceof Command.FunctionDefinition function) {
            command(function.body(), path, ListKind.FUNCTION);
        }
    }

    private static ListKind or(ListKind override, ListKind kind) {
        return override != null ? override : kind;
    }
}
