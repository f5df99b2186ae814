package dev.dockmend.cli;

import java.util.regex.Pattern;

/** A word for a POSIX shell command line that the reader can paste: as it is when it is plain, else in single quotes. */
final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {
    }

    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
