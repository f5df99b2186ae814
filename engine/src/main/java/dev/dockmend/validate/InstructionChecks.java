package dev.dockmend.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dockmend.parse.Diagnostic;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.InstructionValue;
import dev.dockmend.tree.Keyword;

/**
 * Runs BuildKit's instruction checks over a parsed file and reports each failure at its
 * instruction, in BuildKit's words.
 */
public final class InstructionChecks {
    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
    private static final Set<String> NETWORK_MODES = Set.of("default", "none", "host");
    private static final Set<String> SECURITY_MODES = Set.of("sandbox", "insecure");

    private InstructionChecks() {
    }

    public static List<Diagnostic> check(Dockerfile dockerfile) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean inStage = false;
        boolean reportedNoStage = false;
        for (Dockerfile.Located located : dockerfile.located()) {
            Instruction instruction = located.instruction();
            List<String> problems = new ArrayList<>();
            Optional<Keyword> keyword = instruction.keyword();
            if (keyword.isPresent() && keyword.get() == Keyword.FROM) {
                inStage = true;
            } else if (!inStage && !reportedNoStage && keyword.map(k -> k != Keyword.ARG).orElse(true)) {
                // BuildKit stops at the first; one report says it without burying the rest.
                problems.add("no build stage in current context");
                reportedNoStage = true;
            }
            problems.addAll(problems(instruction.value()));
            int column = keywordColumn(instruction);
            for (String problem : problems) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Stage.INSTRUCTIONS,
                        located.startLine(), column, problem, Hints.forProblem(problem)));
            }
        }
        return diagnostics;
    }

    private static List<String> problems(InstructionValue value) {
        List<String> problems = new ArrayList<>();
        Optional<Keyword> known = Keyword.of(value.keyword());
        if (known.isEmpty()) {
            problems.add("unknown instruction: " + value.keyword() + Suggestion.didYouMean(value.keyword()));
            return problems;
        }
        Keyword keyword = known.get();
        String name = keyword.name();
        List<String> args = value.args();
        boolean healthcheckNone = keyword == Keyword.HEALTHCHECK && !args.isEmpty() && args.get(0).equalsIgnoreCase("none");
        if (!(healthcheckNone || FlagRule.IGNORING_FLAGS.contains(keyword))) {
            problems.addAll(flagProblems(keyword, value.flags()));
        }
        switch (keyword) {
            case ENV, LABEL, ARG, EXPOSE, VOLUME, HEALTHCHECK, SHELL -> {
                if (args.isEmpty() && !(keyword == Keyword.SHELL && value.json())) {
                    problems.add(name + " requires at least one argument");
                }
            }
            case ONBUILD -> {
                if (value.trigger().isEmpty()) {
                    problems.add("ONBUILD requires at least one argument");
                }
            }
            case USER, WORKDIR, STOPSIGNAL, MAINTAINER -> {
                if (args.isEmpty()) {
                    problems.add(name + " requires exactly one argument");
                }
            }
            default -> {
            }
        }
        switch (keyword) {
            case SHELL -> {
                if (!args.isEmpty() && !value.json()) {
                    problems.add("SHELL requires the arguments to be in JSON form");
                } else if (value.json() && args.isEmpty()) {
                    problems.add("SHELL requires at least one argument");
                }
            }
            case COPY, ADD -> {
                if (args.size() < 2 && value.heredocs().isEmpty()) {
                    problems.add(name + " requires at least two arguments, but only one was provided. Destination could not be determined");
                } else if (!args.isEmpty() && args.get(args.size() - 1).startsWith("<<")
                        && namesHeredoc(args.get(args.size() - 1), value.heredocs())) {
                    problems.add(name + " cannot accept a heredoc as a destination");
                }
            }
            case FROM -> {
                if (!(args.size() == 1 || (args.size() == 3 && args.get(1).equalsIgnoreCase("as")))) {
                    problems.add("FROM requires either one or three arguments");
                } else if (args.size() == 3) {
                    String stage = Keyword.lowerCase(args.get(2));
                    if (!STAGE_NAME.matcher(stage).matches()) {
                        problems.add("invalid name for build stage: \"" + args.get(2)
                                + "\", name can't start with a number or contain symbols");
                    }
                }
            }
            case VOLUME -> {
                if (anyBlank(args)) {
                    problems.add("VOLUME specified can not be an empty string");
                }
            }
            case HEALTHCHECK -> problems.addAll(healthcheckProblems(args));
            case ENV, LABEL -> {
                for (int i = 0; i + 2 < args.size(); i += 3) {
                    if (args.get(i).isEmpty()) {
                        problems.add(name + " names can not be blank");
                        break;
                    }
                }
            }
            case ARG -> {
                if (anyStartsWith(args, "=")) {
                    problems.add("ARG names can not be blank");
                }
            }
            case ONBUILD -> value.trigger().ifPresent(t -> {
                Optional<Keyword> inner = Keyword.of(t.keyword());
                if (inner.isPresent() && inner.get() == Keyword.ONBUILD) {
                    problems.add("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
                } else if (inner.isPresent() && (inner.get() == Keyword.FROM || inner.get() == Keyword.MAINTAINER)) {
                    problems.add(inner.get().name() + " isn't allowed as an ONBUILD trigger");
                }
            });
            default -> {
            }
        }
        return problems;
    }

    private static List<String> healthcheckProblems(List<String> args) {
        if (args.isEmpty()) {
            return List.of();
        }
        String type = args.get(0).toUpperCase(Locale.ROOT);
        return switch (type) {
            case "NONE" -> args.size() > 1 ? List.of("HEALTHCHECK NONE takes no arguments") : List.of();
            case "CMD" -> args.size() < 2
                    ? List.of("Missing command after HEALTHCHECK CMD") : List.of();
            default -> List.of("Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
        };
    }

    private static List<String> flagProblems(Keyword keyword, List<String> flags) {
        List<String> problems = new ArrayList<>();
        Map<String, FlagRule> allowed = FlagRule.ALLOWED.getOrDefault(keyword, Map.of());
        Set<String> seen = new HashSet<>();
        for (String flag : flags) {
            String body = flag.substring(2);
            int eq = body.indexOf('=');
            String flagName = eq < 0 ? body : body.substring(0, eq);
            String flagValue = eq < 0 ? null : body.substring(eq + 1);
            FlagRule rule = allowed.get(flagName);
            if (rule == null) {
                problems.add("unknown flag: --" + flagName);
                continue;
            }
            if (rule != FlagRule.REPEATABLE && !seen.add(flagName)) {
                problems.add("duplicate flag specified: --" + flagName);
            }
            if (rule == FlagRule.BOOL) {
                if (flagValue != null && !flagValue.equalsIgnoreCase("true") && !flagValue.equalsIgnoreCase("false")) {
                    problems.add(flagValue.isEmpty() ? "missing a value on flag: --" + flagName
                            : "expecting boolean value for flag --" + flagName + ", not: " + flagValue);
                }
            } else if (flagValue == null) {
                problems.add("missing a value on flag: --" + flagName);
            } else if (flagName.equals("network") && !NETWORK_MODES.contains(flagValue)) {
                problems.add("invalid network mode \"" + flagValue + "\"");
            } else if (flagName.equals("security") && !SECURITY_MODES.contains(flagValue)) {
                problems.add("security \"" + flagValue + "\" is not valid");
            }
        }
        return problems;
    }

    /** The column of the keyword on the instruction's first line. */
    private static int keywordColumn(Instruction instruction) {
        if (instruction.syntax().lines().isEmpty()) {
            return 1;
        }
        String first = instruction.syntax().lines().get(0).content();
        int i = dev.dockmend.grammar.Whitespace.skipUnicodeSpace(first, 0, first.length());
        return first.codePointCount(0, i) + 1;
    }

    private static boolean namesHeredoc(String argument, List<dev.dockmend.tree.Heredoc> heredocs) {
        for (dev.dockmend.tree.Heredoc heredoc : heredocs) {
            if (argument.contains(heredoc.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyBlank(List<String> args) {
        for (String arg : args) {
            if (arg.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyStartsWith(List<String> args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
