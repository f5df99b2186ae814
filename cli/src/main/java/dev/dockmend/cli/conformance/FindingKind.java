package dev.dockmend.cli.conformance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A finding's reason without its particulars, to count findings by kind over many files: what comes
 * after {@code , but } when the reason has it (recipes say what they saw, then why they left it), up
 * to the first parenthesis, colon or {@code , which}; numbers become {@code N} and quoted words
 * {@code `…`}, and unquoted image references, paths and variables ({@code php:8.3-fpm},
 * {@code /var/lib/mysql}, {@code $PORT}) {@code …}, so {@code the install at line 7 comes after line 5}
 * and {@code ... line 9 ... line 4} are one kind.
 *
 * <p>A reason that opens with a bare outcome ({@code left alone: ...}, {@code no HEALTHCHECK added: ...})
 * keeps the why after it, else every decline of the recipe would be one kind: the why loses its
 * parentheses and ends at {@code , so}, {@code , whose} or {@code , which} too.
 */
final class FindingKind {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern QUOTED = Pattern.compile("`[^`]*`|\"[^\"]*\"");
    private static final List<String> ENDS = List.of(" (", ": ", ", which", "; ");
    /** An outcome without particulars is this short: {@code no HEALTHCHECK added}. */
    private static final int OUTCOME_WORDS = 3;
    private static final List<String> WHY_ENDS = List.of(": ", ", which", "; ", ", so ", ", whose ");
    private static final Pattern PARENTHESES = Pattern.compile(" ?\\([^()]*\\)");
    /** An unquoted word with a slash, a variable or a colon inside: an image reference, a path. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![^\\s])[^\\s`,]*(?:/|\\$|\\w:\\w)[^\\s`,]*");

    private FindingKind() {
    }

    static String of(String reason) {
        int but = reason.indexOf(", but ");
        String text = but >= 0 ? reason.substring(but + ", but ".length()) : reason;
        int colon = text.indexOf(": ");
        if (colon > 0 && text.substring(0, colon).split(" ").length <= OUTCOME_WORDS) {
            String why = PARENTHESES.matcher(text.substring(colon + ": ".length())).replaceAll("");
            return withoutParticulars(text.substring(0, colon)) + ": " + withoutParticulars(cut(why, WHY_ENDS));
        }
        return withoutParticulars(cut(text, ENDS));
    }

    private static String cut(String text, List<String> ends) {
        for (String end : ends) {
            int at = text.indexOf(end);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        return text;
    }

    private static String withoutParticulars(String text) {
        return NUMBER.matcher(REFERENCE.matcher(QUOTED.matcher(text).replaceAll("`…`")).replaceAll("…")).replaceAll("N");
    }
}
