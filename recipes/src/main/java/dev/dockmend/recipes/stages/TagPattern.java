package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An image reference pattern of {@code knowledge/runtime-images.txt}: {@code golang:{version}-alpine{alpine}}.
 * Each placeholder matches one kind of tag part and captures it for the runtime image's template.
 *
 * @param text         the pattern as written
 * @param regex        the whole-reference regular expression
 * @param placeholders the names of the placeholders it has, in order
 */
public record TagPattern(String text, Pattern regex, List<String> placeholders) {
    /** What each placeholder matches. */
    static final Map<String, String> PARTS = Map.of(
            "version", "[0-9]+(?:\\.[0-9]+)*",
            "major", "[0-9]+",
            "alpine", "3\\.[0-9]+",
            "codename", "trixie|bookworm|bullseye|buster|stretch|jessie|noble|jammy|focal|bionic");

    public TagPattern {
        placeholders = List.copyOf(placeholders);
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException for an unknown or repeated placeholder, or an unclosed brace
     */
    public static TagPattern parse(String text) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                regex.append(Pattern.quote(text.substring(at)));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("`" + text + "` has a { without }");
            }
            String name = text.substring(open + 1, close);
            if (!PARTS.containsKey(name) || names.contains(name)) {
                throw new IllegalArgumentException("`" + text + "`: {" + name + "} is " + (names.contains(name) ? "repeated" : "not one of "
                        + String.join(", ", PARTS.keySet().stream().sorted().toList())));
            }
            if (open > at) {
                regex.append(Pattern.quote(text.substring(at, open)));
            }
            regex.append("(?<").append(name).append('>').append(PARTS.get(name)).append(')');
            names.add(name);
            at = close + 1;
        }
        return new TagPattern(text, Pattern.compile(regex.toString()), names);
    }
}
