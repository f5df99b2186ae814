package dev.dockmend.recipes.cache;

import static dev.dockmend.recipes.Knowledge.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.Knowledge;
import dev.dockmend.recipes.images.Version;

/**
 * The package managers the clean-package-cache recipe knows, read from the line-based table
 * {@code knowledge/package-managers.txt}, whose header documents the format: {@code manager NAME} starts
 * an entry, and each following line is a key and its words. The table is plain text read by hand here,
 * not JSON, so that checking a Dockerfile loads no JSON library (the command line must start in under
 * 200 ms). A malformed table fails with an {@link IllegalArgumentException} that names the file, the
 * line and what is wrong.
 */
public final class PackageManagers {
    static final String FILE = "package-managers.txt";

    /** Each key: how many words it takes (at least, at most; -1 for no limit) and whether it may repeat. */
    private record Key(int min, int max, boolean repeats) {
    }

    private static final Map<String, Key> KEYS = keys();
    /** The keys whose second word is the finding's {@link Severity}. */
    private static final Set<String> DECLINES = Set.of("decline-if", "decline-after");

    private final List<PackageManager> managers;
    /**
     * Every exact program name, with the position in table order of the first manager that runs as it, and
     * the stems of names ending in {@code *}, with their manager's position: for {@link #runningAs}, asked
     * for every command of every RUN that mentions a manager, and for {@link #mentionedIn}.
     */
    private final Map<String, Integer> firstRunningAs = new HashMap<>();
    private final List<Stem> stems = new ArrayList<>();
    /** The other programs that may read a manager's index ({@code read-by}), with the first such manager. */
    private final Map<String, PackageManager> indexReaders = new HashMap<>();
    /** The exact program names and the index readers: what the quick test looks for. */
    private final Set<String> quickNames = new HashSet<>();
    /** For the quick test: the first characters and the lengths the exact program names have. */
    private final boolean[] programFirstCharacters;
    private final int shortestProgram;
    private final int longestProgram;

    private record Stem(String prefix, int manager) {
    }

    private PackageManagers(List<PackageManager> managers) {
        this.managers = List.copyOf(managers);
        for (int i = 0; i < managers.size(); i++) {
            for (String command : managers.get(i).commands()) {
                if (command.endsWith("*")) {
                    stems.add(new Stem(command.substring(0, command.length() - 1), i));
                } else {
                    firstRunningAs.putIfAbsent(command, i);
                }
            }
        }
        for (PackageManager manager : managers) {
            manager.index().ifPresent(index -> index.programs().forEach(program -> indexReaders.putIfAbsent(program, manager)));
        }
        quickNames.addAll(firstRunningAs.keySet());
        quickNames.addAll(indexReaders.keySet());
        int shortest = quickNames.isEmpty() ? 0 : Integer.MAX_VALUE;
        int longest = 0;
        for (String program : quickNames) {
            shortest = Math.min(shortest, program.length());
            longest = Math.max(longest, program.length());
        }
        shortestProgram = shortest;
        longestProgram = longest;
        programFirstCharacters = Mentions.firstCharacters(quickNames);
    }

    /**
     * Whether {@code text} mentions any manager's program, or a program that reads a manager's index, as {@link Mentions} reads a command word: the
     * quick test that lets the recipe skip, without parsing, the many RUNs that install nothing. One
     * pass over the text, whatever the number of managers.
     */
    public boolean mentionedIn(String text) {
        if (Mentions.mentionsAny(text, quickNames, programFirstCharacters, shortestProgram, longestProgram)) {
            return true;
        }
        for (Stem stem : stems) {
            if (text.contains(stem.prefix())) {
                return true;
            }
        }
        return false;
    }

    /** The table shipped with the recipes, read once and shared by every recipe that knows package managers. */
    public static PackageManagers shipped() {
        return Shipped.TABLE;
    }

    /** Read on first use, so a run whose recipes never ask does not read it. */
    private static final class Shipped {
        static final PackageManagers TABLE = load();
    }

    /** Reads the table shipped with the recipes. */
    public static PackageManagers load() {
        return parse(FILE, Knowledge.lines(FILE));
    }

    /** The managers, in the table's order. */
    public List<PackageManager> all() {
        return managers;
    }

    /** The manager whose program has this base name, if any. */
    public Optional<PackageManager> runningAs(String baseName) {
        // The first manager in table order that runs as the name (PackageManager.runsAs), by lookups.
        Integer exact = firstRunningAs.get(baseName);
        int first = exact == null ? managers.size() : exact;
        for (Stem stem : stems) {
            if (stem.manager() < first && baseName.startsWith(stem.prefix())) {
                first = stem.manager();
            }
        }
        return first < managers.size() ? Optional.of(managers.get(first)) : Optional.empty();
    }

    /**
     * Whether {@code command} does nothing but clean package managers' caches: a manager's {@code cleaned-by}
     * subcommand ({@code npm cache clean --force}), or an {@code rm} whose every path is a manager's cache or
     * holds one ({@code rm -rf /root/.cache/pip}). A recipe that splits a RUN keeps such a cleanup with the
     * install it follows, whose layer it keeps small.
     */
    public boolean cleansCache(dev.dockmend.shell.SimpleCommand command) {
        Optional<dev.dockmend.shell.EffectiveCommand> effective = command.effectiveCommand();
        Optional<String> program = effective.flatMap(dev.dockmend.shell.EffectiveCommand::baseName);
        if (program.isEmpty()) {
            return false;
        }
        if (program.get().equals("rm")) {
            boolean any = false;
            for (dev.dockmend.shell.Word argument : effective.get().arguments()) {
                String text = argument.literal().orElse(argument.text());
                if (text.startsWith("-")) {
                    continue;
                }
                String path = CachePaths.normalise(text);
                if (managers.stream().noneMatch(m -> m.signs().cache().stream().anyMatch(cache -> CachePaths.removes(path, cache)))) {
                    return false;
                }
                any = true;
            }
            return any;
        }
        Optional<PackageManager> manager = runningAs(program.get());
        if (manager.isEmpty()) {
            return false;
        }
        ManagerCommand read = ManagerCommand.of(manager.get(), command, effective.get());
        return manager.get().signs().cleanedBy().stream().anyMatch(read::startsWith);
    }

    /** The manager whose package index a program of this base name may read without being the manager ({@code rosdep}). */
    public Optional<PackageManager> indexReadBy(String baseName) {
        return Optional.ofNullable(indexReaders.get(baseName));
    }

    /** The rules the table's remedies satisfy, in table order, each once. */
    public List<String> rules() {
        Set<String> rules = new LinkedHashSet<>();
        managers.forEach(manager -> rules.addAll(manager.rules()));
        return List.copyOf(rules);
    }

    /**
     * Reads a table.
     *
     * @param source the file name, for messages
     * @throws IllegalArgumentException naming the source and line of the first problem
     */
    public static PackageManagers parse(String source, List<String> lines) {
        List<PackageManager> managers = new ArrayList<>();
        Map<String, Integer> commandLines = new HashMap<>();
        Entry entry = null;
        for (Knowledge.KeyLine keyLine : Knowledge.keyLines(lines)) {
            int number = keyLine.number();
            String key = keyLine.key();
            List<String> values = keyLine.values();
            Key shape = KEYS.get(key);
            if (shape == null) {
                throw problem(source, number, "unknown key `" + key + "`; the keys are " + String.join(", ", KEYS.keySet()));
            }
            if (values.size() < shape.min() || (shape.max() >= 0 && values.size() > shape.max())) {
                throw problem(source, number, "`" + key + "` takes " + arity(shape) + ", not " + values.size());
            }
            if (DECLINES.contains(key) && Severity.ofLabel(values.get(1)).isEmpty()) {
                throw problem(source, number, "`" + key + "` needs a severity after `" + values.get(0)
                        + "`: info or warning, not `" + values.get(1) + "`");
            }
            if (key.equals("manager")) {
                if (entry != null) {
                    managers.add(entry.build(source, managers, commandLines));
                }
                entry = new Entry(values.get(0), number);
                continue;
            }
            if (entry == null) {
                throw problem(source, number, "`" + key + "` comes before the first `manager` line");
            }
            if (!shape.repeats() && entry.facts.containsKey(key)) {
                throw problem(source, number, "`" + key + "` is given twice for manager " + entry.name);
            }
            entry.facts.computeIfAbsent(key, k -> new ArrayList<>()).add(List.copyOf(values));
        }
        if (entry != null) {
            managers.add(entry.build(source, managers, commandLines));
        }
        if (managers.isEmpty()) {
            throw new IllegalArgumentException(source + ": no `manager` entry");
        }
        return new PackageManagers(managers);
    }

    private static String arity(Key shape) {
        if (shape.min() == shape.max()) {
            return shape.min() == 0 ? "no words" : shape.min() == 1 ? "one word" : shape.min() + " words";
        }
        return shape.max() < 0 ? "at least " + (shape.min() == 1 ? "one word" : shape.min() + " words")
                : "at most " + shape.max() + " words";
    }

    /** The facts of one {@code manager} entry while it is read. */
    private static final class Entry {
        private final String name;
        private final int line;
        private final Map<String, List<List<String>>> facts = new LinkedHashMap<>();

        Entry(String name, int line) {
            this.name = name;
            this.line = line;
        }

        PackageManager build(String source, List<PackageManager> earlier, Map<String, Integer> commandLines) {
            for (PackageManager other : earlier) {
                if (other.name().equals(name)) {
                    throw problem(source, line, "manager " + name + " is given twice");
                }
            }
            for (String required : List.of("commands", "fills", "saves")) {
                if (!facts.containsKey(required)) {
                    throw problem(source, line, "manager " + name + " has no `" + required + "` line");
                }
            }
            if (facts.containsKey("flag") == facts.containsKey("cleanup")) {
                throw problem(source, line, "manager " + name + " needs exactly one of `flag` and `cleanup`");
            }
            requires("index-options", "index", source);
            requires("reads-index", "index", source);
            requires("drop-index", "index", source);
            requires("drop-index", "flag", source);
            requires("option-unless", "option", source);
            for (String command : one("commands")) {
                Integer other = commandLines.putIfAbsent(command, line);
                if (other != null) {
                    throw problem(source, line, "command " + command + " of manager " + name
                            + " already belongs to the manager at line " + other);
                }
            }
            requires("flag-needs", "flag", source);
            requires("renewed-by", "flag-needs", source);
            requires("otherwise", "flag-needs", source);
            requires("read-by", "index", source);
            PackageManager.Remedy remedy = facts.containsKey("flag")
                    ? new PackageManager.Flag(one("flag").get(0), needs(source))
                    : new PackageManager.Cleanup(facts.get("cleanup"));
            PackageManager.Signs signs = new PackageManager.Signs(one("cache"), one("mounts"), all("cleaned-by"),
                    one("chosen-by"), one("env"), facts.containsKey("configured-by")
                    ? Optional.of(String.join(" ", one("configured-by"))) : Optional.empty(), one("relocated-by"));
            Optional<PackageManager.Index> index = facts.containsKey("index")
                    ? Optional.of(new PackageManager.Index(one("index").get(0), Set.copyOf(one("index-options")),
                    Set.copyOf(one("reads-index")),
                    facts.containsKey("drop-index") ? Optional.of(Set.copyOf(one("drop-index"))) : Optional.empty(),
                    Set.copyOf(one("read-by"))))
                    : Optional.empty();
            List<PackageManager.Decline> declines = new ArrayList<>();
            for (String key : List.of("decline-if", "decline-after")) {
                for (List<String> words : all(key)) {
                    Severity severity = Severity.ofLabel(words.get(1)).orElseThrow(); // checked as the line was read
                    String text = String.join(" ", words.subList(2, words.size()));
                    int bar = text.indexOf(" | ");
                    for (String word : words.get(0).split(",")) {
                        declines.add(new PackageManager.Decline(word, key.equals("decline-after"), severity,
                                bar < 0 ? text : text.substring(0, bar),
                                bar < 0 ? Optional.empty() : Optional.of(text.substring(bar + 3))));
                    }
                }
            }
            Optional<PackageManager.OptionFlag> option = facts.containsKey("option")
                    ? Optional.of(new PackageManager.OptionFlag(one("option").get(0), one("option").get(1),
                    one("option").get(2), one("option").get(3), one("option-unless")))
                    : Optional.empty();
            return new PackageManager(name, one("commands"), Set.copyOf(one("value-options")), Set.copyOf(one("info-options")),
                    new LinkedHashSet<>(one("fills")),
                    String.join(" ", one("saves")), remedy, signs, index, declines, option, one("rules"),
                    Set.copyOf(one("installs")), Set.copyOf(one("removes")), Set.copyOf(one("group-options")));
        }

        /** The {@code flag-needs} line with its {@code renewed-by} and {@code otherwise} lines, if given. */
        private Optional<PackageManager.Needs> needs(String source) {
            if (!facts.containsKey("flag-needs")) {
                return Optional.empty();
            }
            List<String> words = one("flag-needs");
            Version minimum;
            try {
                minimum = Version.parse(words.get(1));
            } catch (IllegalArgumentException e) {
                throw problem(source, line, "manager " + name + ": `flag-needs` " + e.getMessage());
            }
            List<String> renewedBy = new ArrayList<>();
            for (List<String> phrase : all("renewed-by")) {
                renewedBy.add(String.join(" ", phrase));
            }
            return Optional.of(new PackageManager.Needs(words.get(0), minimum, String.join(" ", words.subList(2, words.size())),
                    renewedBy, facts.containsKey("otherwise") ? Optional.of(new PackageManager.Cleanup(all("otherwise")))
                    : Optional.empty()));
        }

        private void requires(String key, String needed, String source) {
            if (facts.containsKey(key) && !facts.containsKey(needed)) {
                throw problem(source, line, "manager " + name + " has `" + key + "` but no `" + needed + "`");
            }
        }

        /** The words of a key given once; empty when it is absent. */
        private List<String> one(String key) {
            List<List<String>> values = facts.get(key);
            return values == null ? List.of() : values.get(0);
        }

        /** Every line of a repeatable key. */
        private List<List<String>> all(String key) {
            return facts.getOrDefault(key, List.of());
        }
    }

    private static Map<String, Key> keys() {
        Map<String, Key> keys = new LinkedHashMap<>();
        keys.put("manager", new Key(1, 1, true));
        keys.put("commands", new Key(1, -1, false));
        keys.put("fills", new Key(1, -1, false));
        keys.put("saves", new Key(1, -1, false));
        keys.put("flag", new Key(1, 1, false));
        keys.put("cleanup", new Key(1, -1, true));
        keys.put("flag-needs", new Key(3, -1, false));
        keys.put("renewed-by", new Key(1, -1, true));
        keys.put("otherwise", new Key(1, -1, true));
        keys.put("value-options", new Key(1, -1, false));
        keys.put("info-options", new Key(1, -1, false));
        keys.put("cache", new Key(1, -1, false));
        keys.put("mounts", new Key(1, -1, false));
        keys.put("cleaned-by", new Key(1, -1, true));
        keys.put("chosen-by", new Key(1, -1, false));
        keys.put("env", new Key(1, -1, false));
        keys.put("configured-by", new Key(1, -1, false));
        keys.put("relocated-by", new Key(1, -1, false));
        keys.put("index", new Key(1, 1, false));
        keys.put("index-options", new Key(1, -1, false));
        keys.put("reads-index", new Key(1, -1, false));
        keys.put("drop-index", new Key(0, -1, false));
        keys.put("read-by", new Key(1, -1, false));
        keys.put("decline-if", new Key(3, -1, true));
        keys.put("decline-after", new Key(3, -1, true));
        keys.put("option", new Key(4, 4, false));
        keys.put("option-unless", new Key(1, -1, false));
        keys.put("rules", new Key(1, -1, false));
        keys.put("installs", new Key(1, -1, false));
        keys.put("removes", new Key(1, -1, false));
        keys.put("group-options", new Key(1, -1, false));

        return Collections.unmodifiableMap(keys);
    }
}
