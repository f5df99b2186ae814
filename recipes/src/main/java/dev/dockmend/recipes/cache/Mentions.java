package dev.dockmend.recipes.cache;

/**
 * Whether a program name appears in text as a command word would: not inside a longer name or path
 * ({@code apt} is not in {@code /var/lib/apt/lists} or {@code apt-get}). For text the shell analysis could
 * not read, or parts of a script it cannot follow ({@code xargs apt-get}, {@code sh -c "apt-get ..."}).
 */
final class Mentions {
    private Mentions() {
    }

    /** What may stand right before a command word. */
    private static final String STARTS = "\t\n ;&|(`'\"/";
    /** What may stand right after one. */
    private static final String ENDS = "\t\n ;&|)`'\"";
    private static final boolean[] STARTS_TABLE = table(STARTS);
    private static final boolean[] ENDS_TABLE = table(ENDS);
    private static final boolean[] SPLITS_TABLE = table(STARTS + ENDS);

    static boolean mentions(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (isWord(text, at, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of {@code names} (each {@code minLength} to {@code maxLength} characters long, starting with
     * one of {@code firstChars}) stands in {@code text} as a command word: one pass with table lookups, a set
     * lookup only for words of a possible length and first character. Every RUN of every file goes through
     * here, so it is kept cheap.
     */
    static boolean mentionsAny(String text, java.util.Set<String> names, boolean[] firstChars, int minLength, int maxLength) {
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || is(SPLITS_TABLE, text.charAt(i))) {
                int length = i - start;
                if (length >= minLength && length <= maxLength && is(firstChars, text.charAt(start)) && isWord(text, start, i)
                        && names.contains(text.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** A table of the characters that start the given words (program names, in ASCII), for {@link #mentionsAny}. */
    static boolean[] firstCharacters(Iterable<String> words) {
        boolean[] table = new boolean[128];
        for (String word : words) {
            if (word.isEmpty() || word.charAt(0) >= table.length) {
                throw new IllegalArgumentException("a program name must start with an ASCII character: `" + word + "`");
            }
            table[word.charAt(0)] = true;
        }
        return table;
    }

    private static boolean isWord(String text, int from, int to) {
        return (from == 0 || is(STARTS_TABLE, text.charAt(from - 1)))
                && (to == text.length() || is(ENDS_TABLE, text.charAt(to)));
    }

    private static boolean is(boolean[] table, char c) {
        return c < table.length && table[c];
    }

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[128];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /**
     * Whether any of the manager's program names appears in {@code text} as a command word would; a name
     * ending in {@code *} ({@code pip3.*}) counts wherever its stem appears.
     */
    static boolean mentions(String text, PackageManager manager) {
        for (String command : manager.commands()) {
            boolean found = command.endsWith("*") ? text.contains(command.substring(0, command.length() - 1))
                    : mentions(text, command);
            if (found) {
                return true;
            }
        }
        return false;
    }
}
