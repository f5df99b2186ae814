package dev.dockmend.cli.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one {@code .dockmend.yaml}, checking every key, type, recipe id, option and pattern against what
 * exists, so that a mistake is an error naming {@code file:line:column} and what was expected rather
 * than a setting silently ignored. Read with SnakeYAML's node tree, which keeps every value's position.
 * An empty file (or one of comments only) is a valid configuration that sets nothing.
 */
final class ConfigReader {
    static final List<String> KEYS = List.of("recipes", "skip", "safe-only", "options", "exclude");
    private static final String KEY_LIST = String.join(", ", KEYS);

    private final RecipeSettings settings;

    ConfigReader(RecipeSettings settings) {
        this.settings = settings;
    }

    /**
     * The configuration in {@code file}, named {@code name} in messages; {@code enclosing} is the
     * configuration of the folder above, whose {@code exclude} still applies (see {@link ProjectConfig}).
     */
    ProjectConfig read(Path file, String name, ProjectConfig enclosing) throws ConfigFinder.ConfigException {
        Node document = document(file, name);
        Path directory = file.toAbsolutePath().normalize().getParent();
        Settings read = new Settings(name);
        if (document != null && !isNull(document)) {
            read.document(document);
        }
        return new ProjectConfig(directory, name, read.recipes, read.skip, read.safeOnly, read.options,
                IgnoreRules.of(directory, read.exclude), enclosing);
    }

    /** The one YAML document of the file, or null when it has none. */
    private static Node document(Path file, String name) throws ConfigFinder.ConfigException {
        List<Node> documents;
        try {
            documents = YamlFile.documents(file);
        } catch (YamlFile.Invalid e) {
            throw new ConfigFinder.ConfigException(name + e.position().map(p -> ":" + p).orElse("") + ": error: " + e.problem());
        }
        if (documents.size() > 1) {
            throw error(name, documents.get(1), "a second YAML document (expected one document: a mapping of " + KEY_LIST + ")");
        }
        return documents.isEmpty() ? null : documents.get(0);
    }

    /** What one file sets, read key by key. */
    private final class Settings {
        private final String name;
        private final Map<String, Node> seen = new HashMap<>();
        List<String> recipes = List.of();
        List<String> skip = List.of();
        boolean safeOnly;
        Map<String, Map<String, String>> options = Map.of();
        List<String> exclude = List.of();

        Settings(String name) {
            this.name = name;
        }

        void document(Node document) throws ConfigFinder.ConfigException {
            if (!(document instanceof MappingNode mapping)) {
                throw error(name, document, "the file holds " + describe(document) + " (expected a mapping of keys: " + KEY_LIST + ")");
            }
            for (NodeTuple entry : mapping.getValue()) {
                String key = key(entry.getKeyNode(), seen, "a key (one of " + KEY_LIST + ")");
                Node value = entry.getValueNode();
                switch (key) {
                    case "recipes" -> recipes = recipeIds(key, value, false);
                    case "skip" -> skip = recipeIds(key, value, true);
                    case "safe-only" -> safeOnly = bool(key, value);
                    case "options" -> options = options(value);
                    case "exclude" -> exclude = patterns(value);
                    default -> throw error(name, entry.getKeyNode(), "unknown key `" + key + "`" + RecipeSettings.didYouMean(key, KEYS)
                            + " (expected one of " + KEY_LIST + ")");
                }
            }
        }

        /** A mapping's key: text, said once. */
        private String key(Node node, Map<String, Node> seen, String expected) throws ConfigFinder.ConfigException {
            if (!(node instanceof ScalarNode scalar) || isNull(node)) {
                throw error(name, node, "a key is " + describe(node) + " (expected " + expected + ")");
            }
            Node first = seen.putIfAbsent(scalar.getValue(), node);
            if (first != null) {
                throw error(name, node, "duplicate key `" + scalar.getValue() + "` (first at " + position(first.getStartMark())
                        + "; expected each key once)");
            }
            return scalar.getValue();
        }

        /** {@code recipes} (at least one id: an empty list would select none) or {@code skip}. */
        private List<String> recipeIds(String key, Node value, boolean mayBeEmpty) throws ConfigFinder.ConfigException {
            String expected = "a list of recipe ids, such as [exec-form-cmd]";
            if (!mayBeEmpty && (isNull(value) || value instanceof SequenceNode list && list.getValue().isEmpty())) {
                throw error(name, value, "`" + key + "` is empty, which would select no recipe (expected " + expected
                        + "; leave `" + key + "` out to run every recipe, or use `exclude` to leave files out)");
            }
            List<String> ids = texts(key, value, expected, "a recipe id");
            if (ids.isEmpty()) {
                return ids;
            }
            List<Node> items = ((SequenceNode) value).getValue();
            for (int i = 0; i < ids.size(); i++) {
                String problem = settings.unknownRecipe(ids.get(i));
                if (problem != null) {
                    throw error(name, items.get(i), problem);
                }
            }
            return ids;
        }

        private boolean bool(String key, Node value) throws ConfigFinder.ConfigException {
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                // YAML 1.1 also reads yes/no/on/off as booleans; only YAML 1.2's true and false are taken, as they read the same everywhere.
                switch (scalar.getValue()) {
                    case "true", "True", "TRUE":
                        return true;
                    case "false", "False", "FALSE":
                        return false;
                    default:
                        break;
                }
            }
            throw error(name, value, "`" + key + "` is " + describe(value) + " (expected true or false)");
        }

        private Map<String, Map<String, String>> options(Node value) throws ConfigFinder.ConfigException {
            Map<String, Map<String, String>> options = new LinkedHashMap<>();
            if (isNull(value)) {
                return options;
            }
            String expected = "a mapping of recipe ids to their options, such as {clean-package-cache: {no-install-recommends: true}}";
            if (!(value instanceof MappingNode recipes)) {
                throw error(name, value, "`options` is " + describe(value) + " (expected " + expected + ")");
            }
            Map<String, Node> seenRecipes = new HashMap<>();
            for (NodeTuple recipe : recipes.getValue()) {
                String id = key(recipe.getKeyNode(), seenRecipes, "a recipe id");
                String unknown = settings.unknownRecipe(id);
                if (unknown != null) {
                    throw error(name, recipe.getKeyNode(), unknown);
                }
                options.put(id, recipeOptions(id, recipe.getValueNode()));
            }
            return options;
        }

        private Map<String, String> recipeOptions(String id, Node value) throws ConfigFinder.ConfigException {
            if (!(value instanceof MappingNode settingsNode)) {
                throw error(name, value, "the options of " + id + " are " + describe(value) + " (expected a mapping of option names to values, such as "
                        + "{no-install-recommends: true})");
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Node> seenOptions = new HashMap<>();
            for (NodeTuple setting : settingsNode.getValue()) {
                String option = key(setting.getKeyNode(), seenOptions, "an option name");
                String unknown = settings.unknownOption(id, option);
                if (unknown != null) {
                    throw error(name, setting.getKeyNode(), unknown);
                }
                Node valueNode = setting.getValueNode();
                if (!(valueNode instanceof ScalarNode scalar) || isNull(valueNode)) {
                    throw error(name, valueNode, "option " + id + "." + option + " is " + describe(valueNode) + " (expected a value)");
                }
                String text = scalar.getTag().equals(Tag.BOOL) ? scalar.getValue().toLowerCase(java.util.Locale.ROOT) : scalar.getValue();
                String wrong = settings.wrongValue(id, option, text);
                if (wrong != null) {
                    throw error(name, valueNode, wrong);
                }
                values.put(option, text);
            }
            return values;
        }

        private List<String> patterns(Node value) throws ConfigFinder.ConfigException {
            List<String> patterns = texts("exclude", value, "a list of .gitignore patterns, such as [\"vendor/\", \"**/*.generated.Dockerfile\"]",
                    "a pattern");
            for (int i = 0; i < patterns.size(); i++) {
                String problem = IgnoreRules.problem(patterns.get(i));
                if (problem != null) {
                    throw error(name, ((SequenceNode) value).getValue().get(i), "pattern `" + patterns.get(i) + "`: " + problem);
                }
            }
            return patterns;
        }

        /** A list of scalars, as written (a folder called 2024 is a pattern, not a number); nothing: none. */
        private List<String> texts(String key, Node value, String expected, String item) throws ConfigFinder.ConfigException {
            if (isNull(value)) {
                return List.of();
            }
            if (!(value instanceof SequenceNode list)) {
                throw error(name, value, "`" + key + "` is " + describe(value) + " (expected " + expected + ")");
            }
            List<String> texts = new ArrayList<>();
            for (Node element : list.getValue()) {
                if (!(element instanceof ScalarNode scalar) || isNull(element)) {
                    throw error(name, element, "an entry of `" + key + "` is " + describe(element) + " (expected " + item + ")");
                }
                texts.add(scalar.getValue());
            }
            return texts;
        }
    }

    private static boolean isNull(Node node) {
        return YamlFile.isNull(node);
    }

    private static String describe(Node node) {
        return YamlFile.describe(node);
    }

    private static ConfigFinder.ConfigException error(String name, Node node, String message) {
        return new ConfigFinder.ConfigException(name + ":" + position(node.getStartMark()) + ": error: " + message);
    }

    private static String position(Mark mark) {
        return YamlFile.position(mark);
    }

}
