package dev.dockmend.recipes.cache;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;

/**
 * One command of a package manager in a RUN script, e.g. {@code sudo apt-get -y install curl}: the
 * command, what runs once wrappers are taken off, and its subcommand, found after the options before it
 * ({@code -o Dpkg::Options::=x} skips its value).
 *
 * @param subcommand the subcommand ({@link PackageManager#NO_SUBCOMMAND} when there is none), or empty
 *                   when a word before it is computed at run time ({@code apt-get $OPTS install}) and the
 *                   subcommand cannot be told
 * @param anchor     the word a flag is written after: the subcommand, or the program when there is none
 */
record ManagerCommand(PackageManager manager, SimpleCommand command, EffectiveCommand effective, Optional<String> subcommand,
                      Word anchor) {

    /** Wrappers that run the command as another user: a cleanup must run the same way to reach its cache. */
    private static final Set<String> USER_WRAPPERS = Set.of("sudo", "gosu", "su-exec");

    ManagerCommand {
        Objects.requireNonNull(manager, "manager is null");
        Objects.requireNonNull(command, "command is null");
        Objects.requireNonNull(effective, "effective is null");
        Objects.requireNonNull(subcommand, "subcommand is null");
        Objects.requireNonNull(anchor, "anchor is null");
    }

    /** The command {@code command}, whose program is {@code manager}'s, read as such. */
    static ManagerCommand of(PackageManager manager, SimpleCommand command, EffectiveCommand effective) {
        List<Word> arguments = effective.arguments();
        int i = 0;
        while (i < arguments.size()) {
            Optional<String> word = arguments.get(i).literal();
            if (word.isEmpty()) {
                return new ManagerCommand(manager, command, effective, Optional.empty(), effective.name());
            }
            if (!word.get().startsWith("-") || word.get().equals("-")) {
                return new ManagerCommand(manager, command, effective, word, arguments.get(i));
            }
            i += manager.valueOptions().contains(word.get()) ? 2 : 1;
        }
        return new ManagerCommand(manager, command, effective, Optional.of(PackageManager.NO_SUBCOMMAND), effective.name());
    }

    boolean is(String name) {
        return subcommand.isPresent() && subcommand.get().equals(name);
    }

    boolean isAny(Set<String> names) {
        return subcommand.isPresent() && names.contains(subcommand.get());
    }

    /** Whether the subcommand leaves the manager's cache behind ({@code yarn} alone does, {@code yarn --version} not). */
    boolean fills() {
        if (is(PackageManager.NO_SUBCOMMAND)) {
            for (String option : manager.infoOptions()) {
                if (hasOption(option)) {
                    return false;
                }
            }
        }
        return isAny(manager.fills());
    }

    /** Whether the subcommand is unknown: a word before it is computed at run time. */
    boolean unknownSubcommand() {
        return subcommand.isEmpty();
    }

    /** Whether an argument is {@code option} or {@code option=value}. */
    boolean hasOption(String option) {
        for (Word word : effective.arguments()) {
            String text = word.literal().orElse(word.text());
            if (text.equals(option) || text.startsWith(option + "=")) {
                return true;
            }
        }
        return false;
    }

    boolean hasAnyOption(List<String> options) {
        for (String option : options) {
            if (hasOption(option)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an argument contains {@code text}, ignoring case ({@code APT::Install-Recommends=false}). */
    boolean hasWordContaining(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        for (Word word : effective.arguments()) {
            if (word.literal().orElse(word.text()).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the arguments after the program start with {@code words}, options skipped ({@code npm cache clean}). */
    boolean startsWith(List<String> words) {
        int matched = 0;
        for (Word word : effective.arguments()) {
            if (matched == words.size()) {
                break;
            }
            Optional<String> literal = word.literal();
            if (literal.isPresent() && literal.get().startsWith("-") && !words.get(matched).startsWith("-")) {
                continue;
            }
            if (!literal.map(words.get(matched)::equals).orElse(false)) {
                return false;
            }
            matched++;
        }
        return matched == words.size();
    }

    /** Whether the command runs with {@code exec}, so nothing after it in the script runs. */
    boolean replacesShell() {
        return effective.wrappers().contains("exec");
    }

    /** The program as the script writes it ({@code /opt/conda/bin/conda}), for a cleanup that runs it again. */
    String program() {
        return effective.name().text();
    }

    /**
     * The wrappers that run the command as another user, as written ({@code sudo -E }, {@code gosu node }),
     * or "" when it runs as the shell's user; a cleanup runs with the same prefix so that it reaches the same
     * files and cache.
     */
    String userPrefix(Script script) {
        boolean asAnotherUser = false;
        for (String wrapper : effective.wrappers()) {
            asAnotherUser |= USER_WRAPPERS.contains(wrapper);
        }
        if (!asAnotherUser) {
            return "";
        }
        int start = command.words().get(0).span().start();
        int end = effective.name().span().start();
        return script.text().substring(start, end);
    }
}
