package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command that runs the command written after it ({@code sudo}, {@code env}, ...), and how to read
 * its own options so they can be skipped. Short options may be grouped as getopt allows ({@code -Eu app}).
 *
 * <p>Not wrappers here: {@code xargs} (the command it runs gets arguments the script does not show),
 * {@code sh -c}/{@code bash -c} and {@code su -c} (the command is a string, not words), and
 * {@code chroot}, {@code setpriv} and the like, which are rare in Dockerfiles.
 *
 * @param name        the wrapper's base name
 * @param flags       short options without a value
 * @param valued      short options that take a value, attached ({@code -uapp}) or as the next word
 * @param longValued  long options that take a value as the next word when written without {@code =}
 * @param stops       short options that mean no command is run ({@code command -v}, {@code sudo -l}),
 *                    so the wrapper itself is the command (so it is for an unknown short option)
 * @param assignments whether {@code NAME=value} words may come before the command ({@code env}, {@code sudo})
 * @param positionals words that come before the command after the options ({@code gosu user cmd})
 * @param inShell     whether the command then runs in the shell itself ({@code command cd /x} changes
 *                    directory; {@code sudo cd /x} cannot)
 */
record CommandWrapper(String name, String flags, String valued, Set<String> longValued, String stops, boolean assignments,
        int positionals, boolean inShell) {

    private static final Map<String, CommandWrapper> KNOWN = byName(
            new CommandWrapper("sudo", "AbEHiKknPSs", "CDghpRrTtUu",
                    Set.of("--user", "--group", "--close-from", "--chdir", "--host", "--prompt", "--chroot", "--role",
                            "--command-timeout", "--type", "--other-user"),
                    "elvV", true, 0, false),
            new CommandWrapper("env", "i0v", "uCP", Set.of("--unset", "--chdir"), "S", true, 0, false),
            new CommandWrapper("exec", "cl", "a", Set.of(), "", false, 0, false),
            new CommandWrapper("command", "p", "", Set.of(), "vV", false, 0, true),
            new CommandWrapper("builtin", "", "", Set.of(), "", false, 0, true),
            new CommandWrapper("nohup", "", "", Set.of(), "", false, 0, false),
            // bash's time keyword times a pipeline run in the shell itself; /usr/bin/time would not, but
            // saying "in the shell" is the careful answer for a shell-state check
            new CommandWrapper("time", "p", "", Set.of(), "", false, 0, true),
            new CommandWrapper("nice", "", "n", Set.of("--adjustment"), "", false, 0, false),
            new CommandWrapper("timeout", "v", "sk", Set.of("--signal", "--kill-after"), "", false, 1, false),
            new CommandWrapper("gosu", "", "", Set.of(), "", false, 1, false),
            new CommandWrapper("su-exec", "", "", Set.of(), "", false, 1, false));

    // A loop rather than a stream: it runs once per run, in the interpreter, where each stream stage costs.
    private static Map<String, CommandWrapper> byName(CommandWrapper... wrappers) {
        Map<String, CommandWrapper> byName = new HashMap<>();
        for (CommandWrapper wrapper : wrappers) {
            byName.put(wrapper.name(), wrapper);
        }
        return Map.copyOf(byName);
    }

    static boolean runsInShell(String wrapper) {
        CommandWrapper known = KNOWN.get(wrapper);
        return known != null && known.inShell();
    }

    /** {@code make} for {@code /usr/bin/make}. */
    static String baseName(String command) {
        int slash = command.lastIndexOf('/');
        return slash < 0 || slash == command.length() - 1 ? command : command.substring(slash + 1);
    }

    /** Takes off the wrappers at the front of {@code words} (at least one word). */
    static EffectiveCommand unwrap(List<Word> words) {
        List<String> wrappers = new ArrayList<>();
        int at = 0;
        while (true) {
            Optional<String> literal = words.get(at).literal();
            CommandWrapper wrapper = literal.isPresent() ? KNOWN.get(baseName(literal.get())) : null;
            if (wrapper == null) {
                break;
            }
            int command = wrapper.commandIndex(words, at + 1);
            if (command < 0 || command >= words.size()) {
                break;
            }
            wrappers.add(wrapper.name());
            at = command;
        }
        return new EffectiveCommand(words.get(at), words.subList(at + 1, words.size()), wrappers);
    }

    /**
     * The index of the wrapped command's name, reading options from {@code i}; -1 when this use of the
     * wrapper runs no command. A word that is not fixed text is taken as the command, since its value
     * is unknown.
     */
    private int commandIndex(List<Word> words, int i) {
        while (i < words.size()) {
            Optional<String> literal = words.get(i).literal();
            if (literal.isEmpty()) {
                return i;
            }
            String word = literal.get();
            if (word.equals("--")) {
                i++;
                break;
            }
            if (word.startsWith("--")) {
                boolean takesNext = word.indexOf('=') < 0 && longValued.contains(word);
                i += takesNext ? 2 : 1;
                continue;
            }
            if (word.equals("-") && name.equals("env")) {
                i++;
                continue;
            }
            if (!word.startsWith("-") || word.length() == 1) {
                break;
            }
            if (name.equals("nice") && isNumber(word.substring(1))) {
                i++;
                continue;
            }
            int next = shortOptions(word, i);
            if (next < 0) {
                return -1;
            }
            i = next;
        }
        if (assignments) {
            while (i < words.size() && isAssignment(words.get(i))) {
                i++;
            }
        }
        return i + positionals;
    }

    /**
     * The index after the option word {@code word} (at {@code i}) and its value; -1 for an option that
     * stops the command from running or that we do not know.
     */
    private int shortOptions(String word, int i) {
        for (int j = 1; j < word.length(); j++) {
            char option = word.charAt(j);
            if (stops.indexOf(option) >= 0) {
                return -1;
            }
            if (valued.indexOf(option) >= 0) {
                return j + 1 < word.length() ? i + 1 : i + 2;
            }
            if (flags.indexOf(option) < 0) {
                // an option we do not know may take a value, so the command's position is uncertain
                return -1;
            }
        }
        return i + 1;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAssignment(Word word) {
        Optional<String> literal = word.literal();
        return literal.isPresent() && isAssignment(literal.get());
    }

    static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        return eq > 0 && Chars.isName(word, 0, eq);
    }
}
