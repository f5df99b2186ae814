package dev.dockmend.recipes.cache;

/**
 * Whether a program name appears in text as a command word would: not inside a longer name or path
 * ({@code apt} is not in {@code /var/lib/apt/lists} or {@code apt-get}). For text the shell analysis could
 * not read, or parts of a script it cannot follow ({@code xargs apt-get}, {@code sh -c "apt-get ..."}).
 */
final class Mentions {
    private Mentions() {
    }

    static boolean mentions(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean startsWord = at == 0 || "\t\n ;&|(`'\"/".indexOf(text.charAt(at - 1)) >= 0;
            int end = at + name.length();
            boolean endsWord = end == text.length() || "\t\n ;&|)`'\"".indexOf(text.charAt(end)) >= 0;
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
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
