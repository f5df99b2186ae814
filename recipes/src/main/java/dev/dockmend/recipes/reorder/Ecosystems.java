package dev.dockmend.recipes.reorder;

import static dev.dockmend.recipes.Knowledge.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.Knowledge;

/**
 * The ecosystems of {@code knowledge/ecosystems.txt}, read by hand as the other line-based tables are (no
 * JSON library on the start-up path). A malformed table fails with an {@link IllegalArgumentException}
 * naming the file, the line and what is wrong.
 */
public final class Ecosystems {
    static final String FILE = "ecosystems.txt";
    /** Each key and whether it may repeat. */
    private static final Map<String, Boolean> KEYS = keys();

    private final List<Ecosystem> all;
    private final Map<String, List<Ecosystem>> byProgram = new HashMap<>();

    private Ecosystems(List<Ecosystem> all) {
        this.all = List.copyOf(all);
        for (Ecosystem ecosystem : all) {
            for (String program : ecosystem.programs()) {
                byProgram.computeIfAbsent(program, k -> new ArrayList<>()).add(ecosystem);
            }
        }
    }

    /** The table shipped with the recipes, read on first use. */
    public static Ecosystems shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final Ecosystems TABLE = parse(FILE, Knowledge.lines(FILE));
    }

    public List<Ecosystem> all() {
        return all;
    }

    /** The ecosystems whose program has this base name, in table order. */
    public List<Ecosystem> runningAs(String program) {
        return byProgram.getOrDefault(program, List.of());
    }

    /**
     * Reads a table.
     *
     * @throws IllegalArgumentException naming the source and line of the first problem
     */
    public static Ecosystems parse(String source, List<String> lines) {
        List<Ecosystem> ecosystems = new ArrayList<>();
        Map<String, List<List<String>>> facts = null;
        String name = null;
        int start = 0;
        for (Knowledge.KeyLine keyLine : Knowledge.keyLines(lines)) {
            int number = keyLine.number();
            String key = keyLine.key();
            List<String> values = keyLine.values();
            Boolean repeats = KEYS.get(key);
            if (repeats == null) {
                throw problem(source, number, "unknown key `" + key + "`; the keys are " + String.join(", ", KEYS.keySet()));
            }
            if (values.isEmpty()) {
                throw problem(source, number, "`" + key + "` needs at least one word");
            }
            if (key.equals("ecosystem")) {
                if (facts != null) {
                    ecosystems.add(build(source, start, name, facts));
                }
                name = values.get(0);
                start = number;
                facts = new LinkedHashMap<>();
                continue;
            }
            if (facts == null) {
                throw problem(source, number, "`" + key + "` comes before the first `ecosystem` line");
            }
            if (!repeats && facts.containsKey(key)) {
                throw problem(source, number, "`" + key + "` is given twice for ecosystem " + name);
            }
            if ((key.equals("requires") || key.equals("decline-if") || key.equals("decline")) && !values.contains("|")) {
                throw problem(source, number, "`" + key + "` needs a reason and, after ` | `, what the user can do");
            }
            facts.computeIfAbsent(key, k -> new ArrayList<>()).add(List.copyOf(values));
        }
        if (facts != null) {
            ecosystems.add(build(source, start, name, facts));
        }
        if (ecosystems.isEmpty()) {
            throw new IllegalArgumentException(source + ": no `ecosystem` entry");
        }
        return new Ecosystems(ecosystems);
    }

    private static Ecosystem build(String source, int line, String name, Map<String, List<List<String>>> facts) {
        for (String required : List.of("programs", "install", "source")) {
            if (!facts.containsKey(required)) {
                throw problem(source, line, "ecosystem " + name + " has no `" + required + "` line");
            }
        }
        List<List<String>> installs = new ArrayList<>();
        for (List<String> words : facts.get("install")) {
            installs.add(words.equals(List.of("-")) ? List.of() : words);
        }
        String arguments = one(facts, "arguments").isEmpty() ? "none" : one(facts, "arguments").get(0);
        if (!List.of("none", "packages", "manifests").contains(arguments)) {
            throw problem(source, line, "ecosystem " + name + ": `arguments` is none, packages or manifests, not " + arguments);
        }
        List<Ecosystem.Requirement> requires = new ArrayList<>();
        for (List<String> words : facts.getOrDefault("requires", List.of())) {
            requires.add(new Ecosystem.Requirement(List.of(words.get(0).split(",")), reason(words.subList(1, words.size()))));
        }
        List<Ecosystem.Decline> declines = new ArrayList<>();
        for (List<String> words : facts.getOrDefault("decline-if", List.of())) {
            List<String> texts = words.get(1).equals("-") ? List.of()
                    : Arrays.stream(words.get(1).split(",")).map(text -> text.replace('_', ' ')).toList();
            boolean unless = words.size() > 2 && words.get(2).startsWith("unless:");
            declines.add(new Ecosystem.Decline(words.get(0), texts,
                    unless ? Optional.of(words.get(2).substring("unless:".length())) : Optional.empty(),
                    reason(words.subList(unless ? 3 : 2, words.size()))));
        }
        Optional<Ecosystem.Reason> decline = facts.containsKey("decline")
                ? Optional.of(reason(one(facts, "decline"))) : Optional.empty();
        boolean review = one(facts, "safety").equals(List.of("review"));
        if (facts.containsKey("safety") && !review) {
            throw problem(source, line, "ecosystem " + name + ": `safety` can only be review");
        }
        boolean requirements = one(facts, "includes").equals(List.of("requirements"));
        if (facts.containsKey("includes") && !requirements) {
            throw problem(source, line, "ecosystem " + name + ": `includes` can only be requirements");
        }
        if (!facts.containsKey("reads") && !facts.containsKey("manifest-options")) {
            throw problem(source, line, "ecosystem " + name + " names no manifest: it needs `reads` or `manifest-options`");
        }
        boolean dummySources = one(facts, "technique").equals(List.of("dummy-sources"));
        if (facts.containsKey("technique") && !dummySources) {
            throw problem(source, line, "ecosystem " + name + ": `technique` can only be dummy-sources");
        }
        List<List<String>> builds = facts.getOrDefault("build", List.of());
        return new Ecosystem(name, Set.copyOf(one(facts, "programs")), List.copyOf(installs), Set.copyOf(one(facts, "value-options")),
                Ecosystem.Arguments.valueOf(arguments.toUpperCase(java.util.Locale.ROOT)), Set.copyOf(one(facts, "manifest-options")), requirements,
                Set.copyOf(one(facts, "sources-options")), one(facts, "reads"), one(facts, "required"),
                one(facts, "without-context"), one(facts, "writes"), one(facts, "updates"), Set.copyOf(one(facts, "frozen-by")),
                requires, declines, review, decline, dummySources, Set.copyOf(one(facts, "known-options")),
                List.copyOf(facts.getOrDefault("cached-by", List.of())), one(facts, "environment"), one(facts, "source").get(0),
                List.copyOf(builds), Set.copyOf(one(facts, "build-goals")));
    }

    private static Ecosystem.Reason reason(List<String> words) {
        String text = String.join(" ", words);
        int bar = text.indexOf(" | ");
        return new Ecosystem.Reason(text.substring(0, bar), text.substring(bar + 3));
    }

    private static List<String> one(Map<String, List<List<String>>> facts, String key) {
        List<List<String>> values = facts.get(key);
        return values == null ? List.of() : values.get(0);
    }

    private static Map<String, Boolean> keys() {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (String key : List.of("ecosystem", "programs", "value-options", "arguments", "manifest-options", "includes",
                "sources-options", "reads", "required", "without-context", "writes", "updates", "frozen-by", "decline", "safety",
                "technique", "known-options", "environment", "source", "build-goals")) {
            keys.put(key, key.equals("ecosystem"));
        }
        for (String key : List.of("install", "requires", "decline-if", "cached-by", "build")) {
            keys.put(key, true);
        }
        return keys;
    }
}
