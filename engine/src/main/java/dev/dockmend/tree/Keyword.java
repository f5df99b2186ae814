package dev.dockmend.tree;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The instructions BuildKit knows. Anything else is kept as an {@link UnknownInstruction}. */
public enum Keyword {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD, RUN,
    SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR;

    private final String lowerCase = name().toLowerCase(Locale.ROOT);

    /** The keyword as BuildKit prints it in its dumps: lower case. */
    public String lowerCase() {
        return lowerCase;
    }

    /**
     * The keyword {@code written} names, compared as BuildKit does: lower-cased code point by code
     * point with Unicode rules (R4.2), so {@code WORKDİR} (U+0130) is WORKDIR.
     */
    public static Optional<Keyword> of(String written) {
        // Most files write keywords all upper or all lower case: found as written, without lower-casing a copy.
        Keyword keyword = BY_SPELLING.get(written);
        return keyword != null ? Optional.of(keyword) : Optional.ofNullable(BY_SPELLING.get(lowerCase(written)));
    }

    /** Go's {@code strings.ToLower}: each code point on its own, unlike Java's locale-aware rules. */
    public static String lowerCase(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    /**
     * Every keyword by its upper-case and its lower-case spelling: asked for each instruction of each file.
     * A lower-cased word can only find the lower-case one.
     */
    private static final Map<String, Keyword> BY_SPELLING = bySpelling();

    private static Map<String, Keyword> bySpelling() {
        Map<String, Keyword> keywords = new HashMap<>();
        for (Keyword keyword : values()) {
            keywords.put(keyword.lowerCase, keyword);
            keywords.put(keyword.name(), keyword);
        }
        return Map.copyOf(keywords);
    }
}
