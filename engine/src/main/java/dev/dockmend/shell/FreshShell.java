package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Commands after which a new shell behaves differently from the shell that ran them, though no variable
 * or option of the shell changed: upgrading a program the shell may have looked up already ({@code pip
 * install --upgrade pip}: the shell remembers where it found {@code pip} and keeps running the old one),
 * or replacing {@code /bin/sh} itself. Separate RUNs each start a new shell and see the change; commands
 * merged after such a command into one RUN do not, and a subshell does not help (it inherits the
 * remembered paths, and it is the old {@code /bin/sh} already running). The commands are listed, with
 * their reasons, in {@code fresh-shell.txt} beside this class.
 */
public final class FreshShell {
    private static final Table TABLE = Table.load();

    private FreshShell() {
    }

    /** A command of the script after which only a new shell sees the system as it now is, why, and what to do. */
    public record Need(SimpleCommand command, String reason, String suggestion) {
        public Need {
            Objects.requireNonNull(command, "command is null");
            Objects.requireNonNull(reason, "reason is null");
            Objects.requireNonNull(suggestion, "suggestion is null");
        }
    }

    /** A kind of command of the table: its reason and suggestion. */
    private record Kind(String reason, String suggestion) {
    }

    /** The first command of the script, at any depth, after which a later command needs a new shell. */
    public static Optional<Need> neededAfter(Script script) {
        for (SimpleCommand command : script.simpleCommands()) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            if (effective.isEmpty() || effective.get().baseName().isEmpty()) {
                continue;
            }
            Optional<Kind> kind = TABLE.kind(effective.get().baseName().get(), effective.get().literalArguments());
            if (kind.isPresent()) {
                return Optional.of(new Need(command, kind.get().reason(), kind.get().suggestion()));
            }
        }
        return Optional.empty();
    }

    /** One line of the table: a program pattern and the argument patterns that must all be matched. */
    private record Rule(Pattern program, List<Pattern> arguments, Kind kind) {
        boolean matches(String name, List<Optional<String>> given) {
            if (!program.matcher(name).matches()) {
                return false;
            }
            boolean[] used = new boolean[given.size()];
            for (Pattern wanted : arguments) {
                if (!claim(wanted, given, used)) {
                    return false;
                }
            }
            return true;
        }

        /** Marks the first argument not matched yet that {@code wanted} matches; false when there is none. */
        private static boolean claim(Pattern wanted, List<Optional<String>> given, boolean[] used) {
            for (int i = 0; i < given.size(); i++) {
                if (!used[i] && given.get(i).isPresent() && wanted.matcher(given.get(i).get()).matches()) {
                    used[i] = true;
                    return true;
                }
            }
            return false;
        }
    }

    private record Table(List<Rule> rules) {
        Optional<Kind> kind(String program, List<Optional<String>> arguments) {
            for (Rule rule : rules) {
                if (rule.matches(program, arguments)) {
                    return Optional.of(rule.kind());
                }
            }
            return Optional.empty();
        }

        static Table load() {
            Map<String, Kind> kinds = new HashMap<>();
            List<Rule> rules = new ArrayList<>();
            for (String trimmed : ShellTables.lines("fresh-shell.txt")) {
                String[] fields = Chars.BLANKS.split(trimmed);
                if (fields[0].equals("kind") && fields.length >= 3) {
                    String[] texts = trimmed.substring(trimmed.indexOf(fields[1]) + fields[1].length()).split(" -- ");
                    if (texts.length != 2) {
                        throw new IllegalStateException("fresh-shell.txt: a kind needs `reason -- suggestion`: " + trimmed);
                    }
                    kinds.put(fields[1], new Kind(texts[0].strip(), texts[1].strip()));
                    continue;
                }
                Kind kind = kinds.get(fields[0]);
                if (kind == null || fields.length < 2) {
                    throw new IllegalStateException("fresh-shell.txt: unknown kind or no program in: " + trimmed);
                }
                List<Pattern> arguments = new ArrayList<>();
                for (int i = 2; i < fields.length; i++) {
                    arguments.add(glob(fields[i]));
                }
                rules.add(new Rule(glob(fields[1]), List.copyOf(arguments), kind));
            }
            return new Table(List.copyOf(rules));
        }
    }

    /** A pattern of the table as a regular expression: {@code |} between alternatives, {@code *} and {@code [...]} as in globs. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '|') {
                regex.append('|');
            } else if (c == '[') {
                int close = pattern.indexOf(']', i);
                regex.append(pattern, i, close + 1);
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
