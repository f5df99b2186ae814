package dev.dockmend.recipes.images;

import static dev.dockmend.recipes.Knowledge.problem;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dockmend.recipes.Knowledge;

/**
 * The base-image knowledge of {@code knowledge/image-families.txt}, whose header documents the format:
 * {@code family} entries (what a distribution's images have), {@code images} entries (which references
 * are of which family, and what an image adds), {@code provides} lines (which installed package gives
 * which tool) and {@code creates-user} lines (which programs create users). A malformed table fails with
 * an {@link IllegalArgumentException} that names the file, the line and what is wrong.
 */
public final class ImageFamilies {
    static final String FILE = "image-families.txt";

    private static final Set<String> FAMILY_KEYS = Set.of("distribution", "users", "shell", "tools", "user", "windows", "source");
    private static final Set<String> IMAGE_KEYS = Set.of("in-family", "shell", "tools", "user", "runs-as", "entrypoint",
            "drops-privileges", "toolchain", "exposes", "source");
    private static final Set<String> REPEATABLE = Set.of("source", "tools");

    /** One {@code images} entry: its patterns and its facts, by key, as read (checked when read). */
    private record ImageEntry(List<ImagePattern> patterns, Map<String, List<String>> facts, Set<Tool> tools) {
        boolean matches(ImageName image) {
            for (ImagePattern pattern : patterns) {
                if (pattern.matches(image)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Provides(Pattern pattern, Tool tool) {
    }

    private final Map<String, ImageFamily> families;
    private final List<ImageEntry> entries;
    private final List<Provides> provides;
    private final Map<String, Set<String>> userCommands;
    private final List<String> mirrors;
    private final Map<ImageName, Optional<ImageFacts>> answered = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_ANSWERED = 4096;

    private ImageFamilies(Map<String, ImageFamily> families, List<ImageEntry> entries, List<Provides> provides,
                          Map<String, Set<String>> userCommands, List<String> mirrors) {
        this.mirrors = List.copyOf(mirrors);
        this.families = Map.copyOf(families);
        this.entries = List.copyOf(entries);
        this.provides = List.copyOf(provides);
        this.userCommands = Map.copyOf(userCommands);
    }

    /** The table shipped with the recipes, read on first use. */
    public static ImageFamilies shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final ImageFamilies TABLE = parse(FILE, Knowledge.lines(FILE));
    }

    /** A family by name ({@code scratch}, which no reference names, is asked for this way). */
    public Optional<ImageFamily> family(String name) {
        return Optional.ofNullable(families.get(name));
    }

    /**
     * What the table says of an image: its entry is the first matching one that names a family; matching
     * entries before it without a family (distroless's {@code :debug} tags) add their facts, each fact taken
     * from the first that states it, then from the family; tools add up. Entries after the image's own are
     * not read, so {@code eclipse-temurin:*-jre} never inherits {@code eclipse-temurin:*}'s toolchain. Empty
     * when no matching entry names a family.
     */
    public Optional<ImageFacts> of(ImageName image) {
        // A batch asks for the same few hundred images again and again (every recipe, every file), and the answer
        // walks the whole table: it is worked out once per image. Capped, so that a run over very many distinct
        // tags keeps answering (uncached) instead of growing without bound.
        Optional<ImageFacts> known = answered.get(image);
        if (known != null) {
            return known;
        }
        Optional<ImageFacts> facts = lookUp(image);
        if (answered.size() < MAX_ANSWERED) {
            answered.putIfAbsent(image, facts);
        }
        return facts;
    }

    private Optional<ImageFacts> lookUp(ImageName image) {
        for (String mirror : mirrors) {
            if (image.name().startsWith(mirror) && image.name().indexOf('/', mirror.length()) < 0) {
                return of(new ImageName(image.name().substring(mirror.length()), image.tag()));
            }
        }
        Map<String, List<String>> facts = new HashMap<>();
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        List<String> sources = new ArrayList<>();
        for (ImageEntry entry : entries) {
            if (!entry.matches(image)) {
                continue;
            }
            tools.addAll(entry.tools());
            sources.addAll(entry.facts().get("source"));
            entry.facts().forEach(facts::putIfAbsent);
            if (entry.facts().containsKey("in-family")) {
                break;
            }
        }
        if (!facts.containsKey("in-family")) {
            return Optional.empty();
        }
        ImageFamily family = families.get(facts.get("in-family").get(0));
        tools.addAll(family.tools());
        sources.addAll(family.sources());
        return Optional.of(new ImageFacts(image, family,
                facts.containsKey("shell") ? shell(facts.get("shell")) : family.shell(), tools,
                facts.containsKey("user") ? Optional.of(user(facts.get("user"))) : family.user(),
                first(facts, "runs-as"),
                facts.containsKey("entrypoint") ? Optional.of(entrypoint(facts.get("entrypoint"))) : Optional.empty(),
                first(facts, "drops-privileges").map(label -> PrivilegeDrop.ofLabel(label).orElseThrow()),
                first(facts, "toolchain"),
                facts.getOrDefault("exposes", List.of()).stream().map(Integer::valueOf).toList(), sources));
    }

    /** The probe tool a package gives when installed ({@code curl}, {@code nodejs}), if any. */
    public Optional<Tool> toolOfPackage(String packageName) {
        for (Provides line : provides) {
            if (line.pattern().matcher(packageName).matches()) {
                return Optional.of(line.tool());
            }
        }
        return Optional.empty();
    }

    /** For a program that creates users ({@code useradd}, {@code adduser}): its options that take a value. */
    public Optional<Set<String>> userCommand(String program) {
        return Optional.ofNullable(userCommands.get(program));
    }

    private static Optional<String> first(Map<String, List<String>> facts, String key) {
        return facts.containsKey(key) ? Optional.of(facts.get(key).get(0)) : Optional.empty();
    }

    private static Optional<String> shell(List<String> words) {
        return words.get(0).equals("none") ? Optional.empty() : Optional.of(words.get(0));
    }

    private static Entrypoint entrypoint(List<String> words) {
        return words.equals(List.of("none")) ? Entrypoint.NONE : new Entrypoint(words);
    }

    private static ShippedUser user(List<String> words) {
        return new ShippedUser(words.get(0), Integer.parseInt(words.get(1)), Integer.parseInt(words.get(2)));
    }

    /**
     * Reads a table.
     *
     * @param source the file name, for messages
     * @throws IllegalArgumentException naming the source and line of the first problem
     */
    public static ImageFamilies parse(String source, List<String> lines) {
        Map<String, ImageFamily> families = new LinkedHashMap<>();
        List<ImageEntry> entries = new ArrayList<>();
        List<Provides> provides = new ArrayList<>();
        Map<String, Set<String>> userCommands = new HashMap<>();
        List<String> mirrors = new ArrayList<>();
        Map<String, Integer> familyReferences = new LinkedHashMap<>();
        Entry current = null;
        for (Knowledge.KeyLine keyLine : Knowledge.keyLines(lines)) {
            int number = keyLine.number();
            String key = keyLine.key();
            List<String> values = keyLine.values();
            switch (key) {
                case "family", "images", "provides", "creates-user", "mirror" -> {
                    if (current != null) {
                        current.build(source, families, entries, familyReferences);
                        current = null;
                    }
                    if (values.isEmpty()) {
                        throw problem(source, number, "`" + key + "` needs at least one word");
                    }
                    switch (key) {
                        case "family" -> {
                            if (values.size() != 1 || families.containsKey(values.get(0))) {
                                throw problem(source, number, "`family` takes one name, not given before");
                            }
                            current = new Entry(true, values, number);
                        }
                        case "images" -> current = new Entry(false, values, number);
                        case "provides" -> {
                            if (values.size() != 2) {
                                throw problem(source, number, "`provides` takes a package and a tool");
                            }
                            provides.add(new Provides(ImagePattern.glob(values.get(0)), tool(source, number, values.get(1))));
                        }
                        case "mirror" -> {
                            if (values.size() < 2 || !values.get(0).endsWith("/")) {
                                throw problem(source, number, "`mirror` takes a prefix ending in / and a source");
                            }
                            mirrors.add(values.get(0));
                        }
                        default -> userCommands.put(values.get(0), Set.copyOf(values.subList(1, values.size())));
                    }
                }
                default -> {
                    if (current == null) {
                        throw problem(source, number, "`" + key + "` comes before the first `family` or `images` line");
                    }
                    current.add(source, number, key, values);
                }
            }
        }
        if (current != null) {
            current.build(source, families, entries, familyReferences);
        }
        for (Map.Entry<String, Integer> reference : familyReferences.entrySet()) {
            if (!families.containsKey(reference.getKey())) {
                throw problem(source, reference.getValue(), "no `family " + reference.getKey() + "` entry");
            }
        }
        return new ImageFamilies(families, entries, provides, userCommands, mirrors);
    }

    private static Tool tool(String source, int number, String label) {
        return Tool.ofLabel(label).orElseThrow(() -> problem(source, number, "unknown tool `" + label
                + "`; the tools are " + String.join(", ", java.util.Arrays.stream(Tool.values()).map(Tool::label).toList())));
    }

    /** A {@code family} or {@code images} entry while it is read. */
    private static final class Entry {
        private final boolean family;
        private final List<String> heading;
        private final int line;
        private final Map<String, List<String>> facts = new LinkedHashMap<>();
        private final List<String> sources = new ArrayList<>();
        private final Set<Tool> tools = EnumSet.noneOf(Tool.class);

        Entry(boolean family, List<String> heading, int line) {
            this.family = family;
            this.heading = heading;
            this.line = line;
        }

        void add(String source, int number, String key, List<String> values) {
            Set<String> keys = family ? FAMILY_KEYS : IMAGE_KEYS;
            if (!keys.contains(key)) {
                throw problem(source, number, "unknown key `" + key + "` in a" + (family ? " family" : "n images")
                        + " entry; the keys are " + String.join(", ", keys.stream().sorted().toList()));
            }
            if (!REPEATABLE.contains(key) && facts.containsKey(key)) {
                throw problem(source, number, "`" + key + "` is given twice");
            }
            check(source, number, key, values);
            if (key.equals("source")) {
                sources.add(String.join(" ", values));
            } else if (key.equals("tools")) {
                for (String label : values) {
                    if (!label.equals("-")) {
                        tools.add(tool(source, number, label));
                    }
                }
            }
            facts.put(key, List.copyOf(values));
        }

        private static void check(String source, int number, String key, List<String> values) {
            boolean ok = switch (key) {
                case "windows" -> values.isEmpty();
                case "users" -> values.size() == 1 && UserCreation.ofLabel(values.get(0)).isPresent();
                case "drops-privileges" -> values.size() == 1 && PrivilegeDrop.ofLabel(values.get(0)).isPresent();
                case "user" -> values.size() == 3 && values.get(1).matches("[1-9][0-9]{0,9}") && values.get(2).matches("[0-9]{1,10}");
                case "distribution", "shell", "in-family", "runs-as", "toolchain" -> values.size() == 1;
                case "exposes" -> !values.isEmpty() && values.stream().allMatch(v -> v.matches("[1-9][0-9]{0,4}") && Integer.parseInt(v) <= 65535);
                default -> !values.isEmpty();
            };
            if (!ok) {
                throw problem(source, number, "`" + key + "` " + switch (key) {
                    case "windows" -> "takes no words";
                    case "users" -> "takes one of busybox, shadow, none";
                    case "drops-privileges" -> "takes one of none, gosu, su-exec, server";
                    case "user" -> "takes a name, a uid above 0 and a gid";
                    case "distribution", "shell", "in-family", "runs-as", "toolchain" -> "takes one word";
                    case "exposes" -> "takes TCP port numbers (1-65535)";
                    default -> "takes at least one word";
                });
            }
        }

        void build(String source, Map<String, ImageFamily> families, List<ImageEntry> entries, Map<String, Integer> references) {
            if (sources.isEmpty()) {
                throw problem(source, line, "the entry has no `source` line");
            }
            if (family) {
                for (String required : List.of("distribution", "users", "shell", "tools")) {
                    if (!facts.containsKey(required)) {
                        throw problem(source, line, "family " + heading.get(0) + " has no `" + required + "` line");
                    }
                }
                families.put(heading.get(0), new ImageFamily(heading.get(0), facts.get("distribution").get(0),
                        UserCreation.ofLabel(facts.get("users").get(0)).orElseThrow(), shell(facts.get("shell")), tools,
                        facts.containsKey("user") ? Optional.of(user(facts.get("user"))) : Optional.empty(),
                        facts.containsKey("windows"), sources));
                return;
            }
            List<ImagePattern> patterns = new ArrayList<>();
            for (String text : heading) {
                try {
                    patterns.add(ImagePattern.of(text));
                } catch (IllegalArgumentException e) {
                    throw problem(source, line, e.getMessage());
                }
            }
            if (facts.containsKey("in-family")) {
                references.putIfAbsent(facts.get("in-family").get(0), line);
            }
            Map<String, List<String>> stated = new LinkedHashMap<>(facts);
            stated.put("source", List.copyOf(sources));
            stated.remove("tools");
            entries.add(new ImageEntry(patterns, stated, tools));
        }
    }
}
