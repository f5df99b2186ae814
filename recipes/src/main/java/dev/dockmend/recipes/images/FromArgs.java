package dev.dockmend.recipes.images;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.tree.Arg;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;

/**
 * The build arguments a FROM line can use: the {@code ARG}s before the first FROM (only those are in FROM's
 * scope), each with its default, as BuildKit expands {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}},
 * {@code ${NAME-word}}, {@code ${NAME:+word}} and {@code ${NAME+word}} in a FROM. A value read from a default is
 * what the build uses unless {@code --build-arg} overrides it; an argument declared without a default, or one
 * of the platform arguments BuildKit sets ({@code TARGETARCH}), is not known before the build (though
 * {@code ${NAME:-word}} of one without a default reads {@code word}, the build's value when no
 * {@code --build-arg} is given); an undeclared name expands to nothing, as BuildKit expands it.
 */
public final class FromArgs {
    /** BuildKit's automatic platform arguments, in scope in every FROM without a declaration. */
    private static final Set<String> PLATFORM = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

    /** Each declared name: its value, or empty when it is not known before the build. */
    private final Map<String, Optional<String>> values;
    private final char escape;

    private FromArgs(Map<String, Optional<String>> values, char escape) {
        this.values = values;
        this.escape = escape;
    }

    /** What a word expands to: the text, or why it is not known; {@code defaults} when an ARG default was used. */
    public sealed interface Expansion {
    }

    public record Known(String text, boolean defaults) implements Expansion {
    }

    public record Unknown(String why) implements Expansion {
    }

    /** The arguments declared before the first FROM of {@code instructions}, defaults expanded in turn. */
    public static FromArgs of(List<Instruction> instructions, char escape) {
        FromArgs args = new FromArgs(new HashMap<>(), escape);
        for (Instruction instruction : instructions) {
            if (instruction instanceof From) {
                break;
            }
            if (instruction instanceof Arg arg) {
                for (Arg.Declaration declaration : arg.declarations()) {
                    Optional<String> value = Optional.empty();
                    if (declaration.defaultValue().isPresent()
                            && args.expand(declaration.defaultValue().get()) instanceof Known known) {
                        value = Optional.of(known.text());
                    }
                    args.values.put(declaration.name(), value);
                }
            }
        }
        return args;
    }

    /** Expands a FROM word (the image, or {@code --platform}'s value). */
    public Expansion expand(String word) {
        StringBuilder text = new StringBuilder();
        boolean defaults = false;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '\'' || c == '"') {
                return new Unknown("`" + word + "` has quotes, which dockmend does not expand in a FROM");
            }
            if (c == escape && i + 1 < word.length()) {
                text.append(word.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c != '$') {
                text.append(c);
                i++;
                continue;
            }
            Parameter parameter = Parameter.read(word, i);
            if (parameter == null) {
                return new Unknown("`" + word.substring(i) + "` is an expansion dockmend does not read in a FROM");
            }
            i = parameter.end();
            boolean declared = values.containsKey(parameter.name());
            Optional<String> value = declared ? values.get(parameter.name()) : Optional.of("");
            if (PLATFORM.contains(parameter.name()) && (!declared || value.isEmpty())) {
                return new Unknown(parameter.name() + " is the build's platform, known only when it runs");
            }
            if (parameter.operator().isEmpty()) {
                if (value.isEmpty()) {
                    return new Unknown("ARG " + parameter.name() + " has no default, so it is set only by --build-arg");
                }
                defaults |= declared;
                text.append(value.get());
                continue;
            }
            Expansion operand = expand(parameter.operand());
            if (operand instanceof Unknown) {
                return operand;
            }
            // an ARG declared without a default is unset unless --build-arg sets it: the operators read it so
            boolean set = value.isPresent() && declared;
            boolean nonEmpty = value.isPresent() && !value.get().isEmpty();
            defaults |= declared || ((Known) operand).defaults();
            String word2 = ((Known) operand).text();
            text.append(switch (parameter.operator().get()) {
                case ":-" -> nonEmpty ? value.get() : word2;
                case "-" -> set ? value.get() : word2;
                case ":+" -> nonEmpty ? word2 : "";
                default -> set ? word2 : ""; // "+"
            });
        }
        return new Known(text.toString(), defaults);
    }

    /** {@code $NAME}, {@code ${NAME}} or {@code ${NAME<op>word}} at {@code start}, or null when it is another form. */
    private record Parameter(String name, Optional<String> operator, String operand, int end) {
        static Parameter read(String word, int start) {
            int i = start + 1;
            boolean braced = i < word.length() && word.charAt(i) == '{';
            if (braced) {
                i++;
            }
            int nameStart = i;
            while (i < word.length() && (Character.isLetterOrDigit(word.charAt(i)) || word.charAt(i) == '_')) {
                i++;
            }
            if (i == nameStart) {
                return null;
            }
            String name = word.substring(nameStart, i);
            if (!braced) {
                return new Parameter(name, Optional.empty(), "", i);
            }
            int close = word.indexOf('}', i);
            if (close < 0) {
                return null;
            }
            String rest = word.substring(i, close);
            if (rest.isEmpty()) {
                return new Parameter(name, Optional.empty(), "", close + 1);
            }
            for (String operator : List.of(":-", ":+", "-", "+")) {
                if (rest.startsWith(operator)) {
                    String operand = rest.substring(operator.length());
                    return operand.indexOf('{') >= 0 ? null : new Parameter(name, Optional.of(operator), operand, close + 1);
                }
            }
            return null;
        }
    }
}
