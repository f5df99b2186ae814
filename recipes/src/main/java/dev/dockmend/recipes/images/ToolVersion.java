package dev.dockmend.recipes.images;

import java.util.Objects;
import java.util.Optional;

/**
 * What a base image says of a tool's version: exactly one version, a bound, or the tool's latest release
 * when the image was built; with where that is read.
 *
 * @param bound   how {@code version} bounds the tool's version
 * @param version the version the bound names; empty for {@link Bound#CURRENT}
 * @param source  where the fact is read (a package page, an image's Dockerfile)
 */
public record ToolVersion(Bound bound, Optional<Version> version, String source) {

    /** How a fact bounds the version. */
    public enum Bound {
        /** {@code =1.5.4} */
        EXACTLY("="),
        /** {@code >=2.0} */
        AT_LEAST(">="),
        /** {@code <2.6.6} */
        BELOW("<"),
        /** {@code current}: the latest release when the image was built */
        CURRENT(""),
        /** {@code unknown}: the version may be old or new (images of one line built over the years) */
        UNKNOWN("");

        private final String prefix;

        Bound(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Whether a tool is new enough for something that needs a version. */
    public enum Verdict {
        NEW_ENOUGH,
        TOO_OLD,
        UNKNOWN
    }

    public ToolVersion {
        Objects.requireNonNull(bound, "bound is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(source, "source is null");
        if (version.isEmpty() != (bound == Bound.CURRENT || bound == Bound.UNKNOWN)) {
            throw new IllegalArgumentException("a version goes with every bound but current and unknown");
        }
    }

    /**
     * Reads {@code =V}, {@code >=V}, {@code <V}, {@code current} or {@code unknown}.
     *
     * @throws IllegalArgumentException when it is none of them
     */
    public static ToolVersion parse(String text, String source) {
        if (text.equals("current")) {
            return new ToolVersion(Bound.CURRENT, Optional.empty(), source);
        }
        if (text.equals("unknown")) {
            return new ToolVersion(Bound.UNKNOWN, Optional.empty(), source);
        }
        for (Bound bound : new Bound[] {Bound.AT_LEAST, Bound.EXACTLY, Bound.BELOW}) {
            if (text.startsWith(bound.prefix)) {
                return new ToolVersion(bound, Optional.of(Version.parse(text.substring(bound.prefix.length()))), source);
            }
        }
        throw new IllegalArgumentException("`" + text + "` is not =VERSION, >=VERSION, <VERSION, current or unknown");
    }

    /** Whether the tool is at {@code minimum} or later, by this fact. */
    public Verdict meets(Version minimum) {
        return switch (bound) {
            case CURRENT -> Verdict.NEW_ENOUGH;
            case UNKNOWN -> Verdict.UNKNOWN;
            case EXACTLY -> version.get().compareTo(minimum) >= 0 ? Verdict.NEW_ENOUGH : Verdict.TOO_OLD;
            case AT_LEAST -> version.get().compareTo(minimum) >= 0 ? Verdict.NEW_ENOUGH : Verdict.UNKNOWN;
            case BELOW -> version.get().compareTo(minimum) <= 0 ? Verdict.TOO_OLD : Verdict.UNKNOWN;
        };
    }

    /** {@code 1.5.4}, {@code 2.0 or later}, {@code older than 2.6.6}, {@code its latest release}: for messages. */
    public String describe() {
        return switch (bound) {
            case CURRENT -> "its latest release";
            case UNKNOWN -> "a version that is not known";
            case EXACTLY -> version.get().toString();
            case AT_LEAST -> version.get() + " or later";
            case BELOW -> "older than " + version.get();
        };
    }
}
