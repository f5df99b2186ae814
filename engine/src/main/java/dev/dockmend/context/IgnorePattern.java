package dev.dockmend.context;

import java.util.regex.Pattern;

/**
 * One rule of a {@code .dockerignore}, compiled as moby/patternmatcher's {@code Pattern.compile} does:
 * {@code *} and {@code ?} match within one path element, {@code **} any number of elements (none
 * included), {@code [...]} a character class, a backslash escapes the next character. A pattern that
 * needs no regular expression is matched as patternmatcher matches it: exactly, as a prefix
 * ({@code dir/**}) or as a suffix ({@code **}{@code /name}).
 */
final class IgnorePattern {
    private enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

    private final String cleaned;
    private final boolean exclusion;
    private final Kind kind;
    private final Pattern regex;

    private IgnorePattern(String cleaned, boolean exclusion, Kind kind, Pattern regex) {
        this.cleaned = cleaned;
        this.exclusion = exclusion;
        this.kind = kind;
        this.regex = regex;
    }

    /** {@code text} as NewPatternMatcher reads it: trimmed, cleaned, a leading {@code !} making it an exception. */
    static IgnorePattern of(String text) {
        String pattern = GoPath.clean(text.strip());
        boolean exclusion = pattern.startsWith("!");
        if (exclusion) {
            if (pattern.length() == 1) {
                throw new IllegalArgumentException("illegal exclusion pattern: \"!\"");
            }
            pattern = pattern.substring(1);
        }
        return compile(pattern, exclusion);
    }

    boolean exclusion() {
        return exclusion;
    }

    private static IgnorePattern compile(String pattern, boolean exclusion) {
        StringBuilder regex = new StringBuilder("^");
        Kind kind = Kind.EXACT;
        boolean inClass = false;
        int[] chars = pattern.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            int ch = chars[i];
            if (ch == '*') {
                if (i + 1 < chars.length && chars[i + 1] == '*') {
                    boolean first = i == 0;
                    i++;
                    if (i + 1 < chars.length && chars[i + 1] == '/') {
                        i++; // **/ is read as **
                    }
                    if (i + 1 >= chars.length) {
                        // "**" at the end accepts everything below, as in .gitignore
                        if (kind == Kind.EXACT) {
                            kind = Kind.PREFIX;
                        } else {
                            regex.append(".*");
                            kind = Kind.REGEX;
                        }
                    } else {
                        regex.append("(.*/)?");
                        kind = Kind.REGEX;
                    }
                    if (first) {
                        kind = Kind.SUFFIX;
                    }
                } else {
                    regex.append("[^/]*");
                    kind = Kind.REGEX;
                }
            } else if (ch == '?') {
                regex.append("[^/]");
                kind = Kind.REGEX;
            } else if (ch == '\\') {
                if (i + 1 < chars.length) {
                    i++;
                    regex.append(Pattern.quote(Character.toString(chars[i])));
                    kind = Kind.REGEX; // the pattern's text is no longer the path it matches
                } else {
                    regex.append("\\\\");
                }
            } else if (ch == '[' || ch == ']') {
                regex.appendCodePoint(ch);
                inClass = ch == '[';
                kind = Kind.REGEX;
            } else if (inClass) {
                // Inside a class Go's syntax is Java's, but for the characters Java reads as nested classes
                if (ch == '&' || ch == '[') {
                    regex.append('\\');
                }
                regex.appendCodePoint(ch);
            } else {
                // Java's regular expressions give meaning to more characters than Go's; quote each literal.
                regex.append(Pattern.quote(Character.toString(ch)));
            }
        }
        if (kind != Kind.REGEX) {
            return new IgnorePattern(pattern, exclusion, kind, null);
        }
        regex.append('$');
        return new IgnorePattern(pattern, exclusion, kind, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** Whether the slash-separated path, relative to the context, matches (parents not considered). */
    boolean matches(String path) {
        switch (kind) {
            case EXACT:
                return path.equals(cleaned);
            case PREFIX:
                return path.startsWith(cleaned.substring(0, cleaned.length() - 2));
            case SUFFIX:
                String suffix = cleaned.substring(2);
                if (path.endsWith(suffix)) {
                    return true;
                }
                return !suffix.isEmpty() && suffix.charAt(0) == '/' && path.equals(suffix.substring(1));
            default:
                return regex.matcher(path).matches();
        }
    }
}
