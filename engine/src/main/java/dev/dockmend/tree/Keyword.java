package dev.dockmend.tree;

import java.util.Locale;
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
        String lower = lowerCase(written);
        for (Keyword k : VALUES) {
            if (k.lowerCase.equals(lower)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
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

    private static final Keyword[] VALUES = values();
}
