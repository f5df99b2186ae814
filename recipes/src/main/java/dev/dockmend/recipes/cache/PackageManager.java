package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.images.Version;

/**
 * What the clean-package-cache recipe knows about one package manager, read from
 * {@code knowledge/package-managers.txt} (see {@link PackageManagers} for the format): how its commands
 * are recognised, which of them leave a cache in the layer, what shows the cache is already dealt with,
 * and the remedy.
 *
 * @param name         the entry's name, used in messages ({@code apt-get})
 * @param commands     program base names; an entry ending in {@code *} matches names starting with the rest
 * @param valueOptions options that take the next word as their value, skipped to find the subcommand
 * @param infoOptions  options with which the program without a subcommand only prints information
 * @param fills        subcommands that leave the cache behind ({@link #NO_SUBCOMMAND} for the bare program), in table order
 * @param saves        what the cache holds and where, a noun phrase for messages
 * @param remedy       how the cache is avoided or removed
 * @param signs        what shows that the cache is already cleaned, disabled or kept in a mount
 * @param index        the package index that installs read, for managers that keep one
 * @param declines     words with which a command is left alone, and why
 * @param option       a flag added only when the recipe option it names is on
 * @param rules        the lint rules the remedy satisfies
 * @param installs     subcommands that install the packages named after them ({@code apt-get install}), for
 *                     the image knowledge's "installed by an earlier RUN"
 * @param removes      subcommands that remove the packages named after them ({@code apk del})
 * @param groupOptions options of an install that name a group the packages join ({@code apk add --virtual .deps})
 */
public record PackageManager(String name, List<String> commands, Set<String> valueOptions, Set<String> infoOptions,
                             Set<String> fills,
                             String saves, Remedy remedy, Signs signs, Optional<Index> index, List<Decline> declines,
                             Optional<OptionFlag> option, List<String> rules, Set<String> installs, Set<String> removes,
                             Set<String> groupOptions) {

    /** The {@code fills} entry that stands for the program run without a subcommand ({@code yarn}). */
    public static final String NO_SUBCOMMAND = "-";

    public PackageManager {
        Objects.requireNonNull(name, "name is null");
        commands = List.copyOf(commands);
        valueOptions = Set.copyOf(valueOptions);
        infoOptions = Set.copyOf(infoOptions);
        fills = Collections.unmodifiableSet(new LinkedHashSet<>(fills));
        Objects.requireNonNull(saves, "saves is null");
        Objects.requireNonNull(remedy, "remedy is null");
        Objects.requireNonNull(signs, "signs is null");
        Objects.requireNonNull(index, "index is null");
        declines = List.copyOf(declines);
        Objects.requireNonNull(option, "option is null");
        rules = List.copyOf(rules);
        installs = Set.copyOf(installs);
        removes = Set.copyOf(removes);
        groupOptions = Set.copyOf(groupOptions);
    }

    /**
     * An entry of the table is known by its name, which {@link PackageManagers} keeps unique. Managers are
     * map keys for every RUN the recipe reads; the record's own hash would walk all twelve components.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PackageManager manager && manager.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Whether a program of this base name is this manager. */
    public boolean runsAs(String baseName) {
        for (String command : commands) {
            int last = command.length() - 1;
            boolean matches = command.charAt(last) == '*'
                    ? baseName.regionMatches(0, command, 0, last)
                    : baseName.equals(command);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** How the cache is dealt with: an option on each install, or commands after the last one. */
    public sealed interface Remedy {
        /** What the remedy writes, for messages: {@code --no-cache-dir} or {@code yum clean all && rm -rf /var/cache/yum}. */
        String text();
    }

    /**
     * {@code pip install --no-cache-dir}: the option goes right after the subcommand word.
     *
     * @param needs the tool version the option needs, when old versions reject it
     */
    public record Flag(String option, Optional<Needs> needs) implements Remedy {
        public Flag {
            Objects.requireNonNull(option, "option is null");
            Objects.requireNonNull(needs, "needs is null");
        }

        /** A flag every version of the tool accepts. */
        public Flag(String option) {
            this(option, Optional.empty());
        }

        @Override
        public String text() {
            return option;
        }
    }

    /**
     * The tool version a flag needs ({@code --no-cache-dir} came with pip 6.0), and what the recipe does where
     * the stage's tool is not known to be that new.
     *
     * @param tool      the tool whose version counts, as {@code knowledge/base-images.txt} names it ({@code pip})
     * @param minimum   the first version that accepts the flag
     * @param source    where that is read (a changelog)
     * @param renewedBy text whose mention in an earlier RUN (of the stage or one it builds on) installs the
     *                  tool's latest release ({@code get-pip.py}, {@code install --upgrade pip})
     * @param otherwise a cleanup that works with every version, used where the version is unknown; without
     *                  one the manager is left alone there, with a finding
     */
    public record Needs(String tool, Version minimum, String source, List<String> renewedBy,
                        Optional<Cleanup> otherwise) {
        public Needs {
            Objects.requireNonNull(tool, "tool is null");
            Objects.requireNonNull(minimum, "minimum is null");
            Objects.requireNonNull(source, "source is null");
            renewedBy = List.copyOf(renewedBy);
            Objects.requireNonNull(otherwise, "otherwise is null");
        }
    }

    /**
     * {@code && yum clean all && rm -rf /var/cache/yum}: commands run after the manager's last command, each
     * as its words; a first word that is one of the manager's commands is written as the script writes it.
     */
    public record Cleanup(List<List<String>> commands) implements Remedy {
        public Cleanup {
            commands = copies(commands);
            if (commands.isEmpty()) {
                throw new IllegalArgumentException("a cleanup needs a command");
            }
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder();
            for (List<String> words : commands) {
                text.append(text.length() == 0 ? "" : " && ").append(String.join(" ", words));
            }
            return text.toString();
        }
    }

    /**
     * What shows that the cache is already dealt with.
     *
     * @param cache        where the cache lives ({@code ~} is any home directory)
     * @param mounts       other mount targets that mean the cache is kept in a mount
     * @param cleanedBy    subcommands (as word sequences) that clean the cache
     * @param chosenBy     options with which a command chooses its cache itself
     * @param env          variables that configure the cache
     * @param configuredBy text whose mention in an earlier RUN configures the manager
     * @param relocatedBy  variables and files that can move the cache elsewhere ({@code PIP_CACHE_DIR},
     *                     {@code pip.conf}): where one is set or mentioned, any cache mount of the RUN may hold it
     */
    public record Signs(List<String> cache, List<String> mounts, List<List<String>> cleanedBy, List<String> chosenBy,
                        List<String> env, Optional<String> configuredBy, List<String> relocatedBy) {
        public Signs {
            relocatedBy = List.copyOf(relocatedBy);
            cache = List.copyOf(cache);
            mounts = List.copyOf(mounts);
            cleanedBy = copies(cleanedBy);
            chosenBy = List.copyOf(chosenBy);
            env = List.copyOf(env);
            Objects.requireNonNull(configuredBy, "configuredBy is null");
        }
    }

    /**
     * The package index some managers download before installing ({@code apt-get update}).
     *
     * @param subcommand  the subcommand that downloads it
     * @param options     options with which an install downloads it itself ({@code apk add --update})
     * @param readers     subcommands that read it
     * @param droppableBeside for a flag remedy that makes the index useless: the other subcommands besides
     *                    the fills ones that may be in the RUN for the index command to be dropped
     * @param programs    other programs that may read it ({@code aptitude}, {@code rosdep}): a cleanup goes after
     *                    them, and a later RUN that runs one needs the index
     */
    public record Index(String subcommand, Set<String> options, Set<String> readers, Optional<Set<String>> droppableBeside,
                        Set<String> programs) {
        public Index {
            programs = Set.copyOf(programs);
            Objects.requireNonNull(subcommand, "subcommand is null");
            options = Set.copyOf(options);
            readers = Set.copyOf(readers);
            droppableBeside = droppableBeside.map(Set::copyOf);
        }
    }

    /**
     * A sign that the remedy may do harm, with which the manager is left alone and a finding says why.
     *
     * @param text    a word of the manager's commands ({@code yarn install --immutable}), or, when
     *                {@code before} is set, text that the RUN or an instruction before it mentions
     *                ({@code corepack}, {@code .yarnrc.yml})
     * @param before     whether {@code text} is looked for in the RUN and the instructions before it
     * @param severity   the finding's: a warning when the cache stays where the user should clean it, info
     *                   when it may be meant to stay (Yarn 2's cache may hold the installed packages)
     * @param reason     why, for the finding
     * @param suggestion what the user can do, when the table says
     */
    public record Decline(String text, boolean before, Severity severity, String reason, Optional<String> suggestion) {
        public Decline {
            Objects.requireNonNull(text, "text is null");
            Objects.requireNonNull(severity, "severity is null");
            Objects.requireNonNull(reason, "reason is null");
            Objects.requireNonNull(suggestion, "suggestion is null");
        }
    }

    /**
     * A flag added only with a recipe option ({@code apt-get install --no-install-recommends}).
     *
     * @param name       the recipe option that turns it on
     * @param subcommand the subcommand it is written after
     * @param flag       the flag
     * @param rule       the lint rule it satisfies
     * @param unless     text that, in a word of the command (any case), means the command already decides
     */
    public record OptionFlag(String name, String subcommand, String flag, String rule, List<String> unless) {
        public OptionFlag {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(subcommand, "subcommand is null");
            Objects.requireNonNull(flag, "flag is null");
            Objects.requireNonNull(rule, "rule is null");
            unless = List.copyOf(unless);
        }
    }

    /** An unmodifiable copy of each word list, in an unmodifiable list. */
    private static List<List<String>> copies(List<List<String>> lists) {
        List<List<String>> copies = new ArrayList<>(lists.size());
        for (List<String> words : lists) {
            copies.add(List.copyOf(words));
        }
        return List.copyOf(copies);
    }
}
