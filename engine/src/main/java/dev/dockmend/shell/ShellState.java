package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which top-level commands of a script change the state of the shell that runs it (directory,
 * variables, options, functions, traps, open files) or end it, and why. A later command of the same
 * script sees such a change; a command of the next RUN, run by a new shell, does not. So merging
 * {@code RUN cd /src} with {@code RUN make} changes what {@code make} does, and a merge recipe asks here
 * first.
 *
 * <p>"Top level" means run by the script's own shell: commands in a brace group, {@code if}, loop or
 * {@code case} count; commands in a subshell, in a pipeline of two or more commands, in the background
 * ({@code &}) or in a substitution do not, since they run in a child shell. The builtins are listed,
 * with their reasons, in {@code state-builtins.txt} beside this class.
 */
public final class ShellState {
    private static final Map<String, List<Entry>> BUILTINS = load();
    /**
     * POSIX special builtins: assignments written before them stay set afterwards ({@code IFS=, set -- $x}),
     * unlike before other commands (XCU 2.14).
     */
    private static final Set<String> SPECIAL_BUILTINS = Set.of(":", ".", "break", "continue", "eval", "exec", "exit",
            "export", "readonly", "return", "set", "shift", "times", "trap", "unset");

    private ShellState() {
    }

    /** One command that changes the shell's state: what it is (e.g. {@code cd}) and why it matters. */
    public record Change(Command command, String name, String reason) {
        public Change {
            Objects.requireNonNull(command, "command is null");
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(reason, "reason is null");
        }

        public Span span() {
            return command.span();
        }
    }

    /** A builtin of the list, perhaps only with an option ({@code printf -v}). */
    private record Entry(Optional<String> option, String reason) {
    }

    /** The changes, in script order; empty when the script leaves the shell as it found it. */
    public static List<Change> changes(Script script) {
        List<Change> changes = new ArrayList<>();
        list(script.body(), changes);
        return changes;
    }

    public static boolean changesState(Script script) {
        return !changes(script).isEmpty();
    }

    private static void list(CommandList list, List<Change> changes) {
        for (ListItem item : list.items()) {
            if (item.separator() == ListItem.Separator.AMPERSAND) {
                continue;
            }
            for (Pipeline pipeline : item.andOr().pipelines()) {
                if (pipeline.commands().size() == 1) {
                    command(pipeline.commands().get(0), changes);
                }
            }
        }
    }

    private static void command(Command command, List<Change> changes) {
        if (command instanceof SimpleCommand simple) {
            simple(simple, changes);
        } else if (command instanceof Command.BraceGroup group) {
            list(group.body(), changes);
        } else if (command instanceof Command.IfCommand ifCommand) {
            for (Command.Branch branch : ifCommand.branches()) {
                list(branch.condition(), changes);
                list(branch.body(), changes);
            }
            ifCommand.elseBody().ifPresent(body -> list(body, changes));
        } else if (command instanceof Command.WhileCommand loop) {
            list(loop.condition(), changes);
            list(loop.body(), changes);
        } else if (command instanceof Command.ForCommand loop) {
            changes.add(new Change(command, "for", "sets the loop variable `" + loop.variable() + "`"));
            list(loop.body(), changes);
        } else if (command instanceof Command.ArithmeticForCommand loop) {
            changes.add(new Change(command, "for", "sets the variables of its `((...))` header"));
            list(loop.body(), changes);
        } else if (command instanceof Command.CaseCommand caseCommand) {
            for (Command.CaseItem item : caseCommand.items()) {
                list(item.body(), changes);
            }
        } else if (command instanceof Command.FunctionDefinition function) {
            changes.add(new Change(command, function.name(), "defines the function `" + function.name() + "`"));
        } else if (command instanceof Command.ArithmeticCommand arithmetic && arithmetic.expression().assigns()) {
            changes.add(new Change(command, "((", "sets shell variables in `((...))`"));
        }
    }

    private static void simple(SimpleCommand command, List<Change> changes) {
        if (command.words().isEmpty()) {
            if (!command.assignments().isEmpty()) {
                changes.add(new Change(command, command.assignments().get(0).name(), "sets the shell variable"
                        + (command.assignments().size() > 1 ? "s " : " ") + names(command.assignments())));
            }
            return;
        }
        Word first = command.words().get(0);
        Optional<String> name = first.literal();
        if (name.isEmpty()) {
            changes.add(new Change(command, first.text(), "runs a command whose name is only known when the build runs"));
            return;
        }
        EffectiveCommand effective = command.effectiveCommand().orElseThrow();
        Optional<String> reason = reason(name.get(), command.arguments());
        if (reason.isEmpty() && effective.runsInShell() && effective.literalName().isPresent()) {
            reason = reason(effective.literalName().get(), effective.arguments());
        }
        if (reason.isPresent()) {
            changes.add(new Change(command, effective.runsInShell() ? effective.literalName().orElse(name.get()) : name.get(),
                    reason.get()));
        } else if (!command.assignments().isEmpty() && SPECIAL_BUILTINS.contains(name.get())) {
            changes.add(new Change(command, name.get(), "keeps the variables set before the special builtin `" + name.get()
                    + "` (" + names(command.assignments()) + ")"));
        } else if (assignsInWords(command)) {
            changes.add(new Change(command, name.get(), "sets a shell variable inside an expansion (`${x:=...}` or `$((x=...))`)"));
        }
    }

    private static boolean anyIs(List<Word> words, String value) {
        for (Word word : words) {
            if (word.is(value)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> reason(String name, List<Word> arguments) {
        for (Entry entry : BUILTINS.getOrDefault(name, List.of())) {
            if (entry.option().isEmpty() || anyIs(arguments, entry.option().get())) {
                return Optional.of(entry.reason());
            }
        }
        return Optional.empty();
    }

    private static String names(List<Assignment> assignments) {
        StringBuilder names = new StringBuilder();
        for (Assignment assignment : assignments) {
            names.append(names.length() == 0 ? "`" : ", `").append(assignment.name()).append('`');
        }
        return names.toString();
    }

    private static boolean assignsInWords(SimpleCommand command) {
        for (Word word : command.words()) {
            if (assigns(word.parts())) {
                return true;
            }
        }
        return false;
    }

    private static boolean assigns(List<WordPart> parts) {
        for (WordPart part : parts) {
            if ((part instanceof WordPart.Parameter parameter && parameter.assigns())
                    || (part instanceof WordPart.Arithmetic arithmetic && arithmetic.assigns())
                    || (part instanceof WordPart.DoubleQuoted quoted && assigns(quoted.parts()))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> builtins = new LinkedHashMap<>();
        for (String trimmed : ShellTables.lines("state-builtins.txt")) {
            String[] fields = Chars.BLANKS.split(trimmed, 3);
            boolean hasOption = fields.length == 3 && fields[1].startsWith("-");
            String reason = hasOption ? fields[2] : trimmed.substring(fields[0].length()).strip();
            if (reason.isEmpty()) {
                throw new IllegalStateException("state-builtins.txt: no reason for " + fields[0]);
            }
            builtins.computeIfAbsent(fields[0], k -> new ArrayList<>())
                    .add(new Entry(hasOption ? Optional.of(fields[1]) : Optional.empty(), reason));
        }
        builtins.replaceAll((name, entries) -> List.copyOf(entries));
        return Map.copyOf(builtins);
    }
}
