package dev.dockmend.recipe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.tree.CommentLine;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Trivia;
import dev.dockmend.tree.TriviaLine;

/**
 * Inline suppression comments:
 * <ul>
 *   <li>{@code # dockmend:ignore} or {@code # dockmend:ignore ID[,ID...]} just before an instruction
 *       (among the comment lines right above it): no recipe, or the named ones, touch it;</li>
 *   <li>{@code # dockmend:ignore-file} or {@code # dockmend:ignore-file ID[,ID...]} anywhere: the same
 *       for the whole file;</li>
 *   <li>hadolint's {@code # hadolint ignore=DL3059,DL3009} before an instruction, for the recipes
 *       whose {@link Recipe#fixes()} list those rules.</li>
 * </ul>
 */
public final class Suppressions {
    private static final Pattern DOCKMEND = Pattern.compile("^\\s*#\\s*dockmend:(ignore|ignore-file)(?:\\s+([\\w,\\s-]+?))?\\s*$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final Pattern HADOLINT = Pattern.compile("^\\s*#\\s*hadolint\\s+ignore=([\\w,\\s]+?)\\s*$");

    /** Every recipe, or the listed ids and rules. */
    private record Rule(boolean all, Set<String> names) {
        boolean covers(Recipe recipe) {
            if (all || names.contains(recipe.id().value())) {
                return true;
            }
            for (String rule : recipe.fixes()) {
                if (names.contains(rule.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> fileRules;
    private final List<List<Rule>> instructionRules;

    private Suppressions(List<Rule> fileRules, List<List<Rule>> instructionRules) {
        this.fileRules = fileRules;
        this.instructionRules = instructionRules;
    }

    public static Suppressions of(Dockerfile file) {
        List<Rule> fileRules = new ArrayList<>();
        List<List<Rule>> perInstruction = new ArrayList<>();
        for (Instruction instruction : file.instructions()) {
            perInstruction.add(rules(instruction.leading(), fileRules));
        }
        rules(file.trailing(), fileRules);
        return new Suppressions(fileRules, perInstruction);
    }

    /** Whether {@code recipe} is switched off for the whole file. */
    public boolean suppressesFile(Recipe recipe) {
        return covers(fileRules, recipe);
    }

    private static boolean covers(List<Rule> rules, Recipe recipe) {
        for (Rule rule : rules) {
            if (rule.covers(recipe)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code recipe} may not touch instruction {@code index}. */
    public boolean suppresses(Recipe recipe, int index) {
        return suppressesFile(recipe) || covers(instructionRules.get(index), recipe);
    }

    /**
     * Whether any line of {@code trivia} is a suppression comment (dockmend's or hadolint's, for any
     * recipe or rule). A recipe that moves such a comment, or the instruction under it, would change
     * what it suppresses, so it asks here first.
     */
    public static boolean anyIn(Trivia trivia) {
        for (TriviaLine line : trivia.lines()) {
            if (line instanceof CommentLine comment && isSuppression(comment.content())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a suppression comment switches off lint rule {@code rule} (e.g. {@code DL3015}) at instruction
     * {@code index}: a {@code # hadolint ignore=} above it or a file-wide {@code # dockmend:ignore-file} that
     * names it, or a bare {@code # dockmend:ignore} or {@code # dockmend:ignore-file}. For a recipe that fixes a
     * rule only in part of what it does (an option), so that ignoring that rule leaves the rest alone.
     */
    public boolean suppressesRule(String rule, int index) {
        String name = rule.toLowerCase(Locale.ROOT);
        return switchesOff(fileRules, name) || switchesOff(instructionRules.get(index), name);
    }

    private static boolean switchesOff(List<Rule> rules, String name) {
        for (Rule rule : rules) {
            if (rule.all() || rule.names().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Rules in the comment lines directly above the instruction (a blank line ends the group). */
    private static List<Rule> rules(Trivia leading, List<Rule> fileRules) {
        List<Rule> rules = new ArrayList<>();
        for (TriviaLine line : leading.lines()) {
            if (!(line instanceof CommentLine comment)) {
                rules.clear();
                continue;
            }
            if (!mayBeSuppression(comment.content())) {
                continue;
            }
            Matcher dockmend = DOCKMEND.matcher(comment.content());
            if (dockmend.matches()) {
                Rule rule = rule(dockmend.group(2));
                if (dockmend.group(1).equals("ignore-file")) {
                    fileRules.add(rule);
                } else {
                    rules.add(rule);
                }
                continue;
            }
            Matcher hadolint = HADOLINT.matcher(comment.content());
            if (hadolint.matches()) {
                rules.add(rule(hadolint.group(1)));
            }
        }
        return rules;
    }

    private static boolean isSuppression(String comment) {
        return mayBeSuppression(comment) && (DOCKMEND.matcher(comment).matches() || HADOLINT.matcher(comment).matches());
    }

    /**
     * Whether the comment names dockmend or hadolint at all: most comments do not, and a plain search
     * is much cheaper than the patterns (every comment line of every file is asked).
     */
    private static boolean mayBeSuppression(String comment) {
        return comment.contains("dockmend:") || comment.contains("hadolint");
    }

    private static Rule rule(String list) {
        if (list == null || list.isBlank()) {
            return new Rule(true, Set.of());
        }
        Set<String> names = new HashSet<>();
        for (String name : LIST_SEPARATOR.split(list)) {
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return new Rule(false, names);
    }
}
