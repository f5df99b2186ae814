package dev.dockmend.cli.conformance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A finding's reason without its particulars, to count findings by kind over many files: what comes
 * after {@code , but } when the reason has it (recipes say what they saw, then why they left it), up
 * to the first parenthesis, colon or {@code , which}; numbers become {@code N} and quoted words
 * {@code `…`}, so {@code the install at line 7 comes after line 5} and {@code ... line 9 ... line 4}
 * are one kind.
 */
final class FindingKind {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern QUOTED = Pattern.compile("`[^`]*`|\"[^\"]*\"");
    private static final List<String> ENDS = List.of(" (", ": ", ", which", "; ");

    private FindingKind() {
    }

    static String of(String reason) {
        int but = reason.indexOf(", but ");
        String text = but >= 0 ? reason.substring(but + ", but ".length()) : reason;
        for (String end : ENDS) {
            int at = text.indexOf(end);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        text = QUOTED.matcher(text).replaceAll("`…`");
        return NUMBER.matcher(text).replaceAll("N");
    }
}
