package dev.dockmend.recipes.images;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference as a FROM line writes it, read into the repository name and tag the knowledge tables
 * are keyed by: Docker Hub's {@code docker.io/library/ubuntu:14.04} and {@code ubuntu:14.04} are both
 * {@code ubuntu} and {@code 14.04}; a missing tag is {@code latest}.
 *
 * @param name the repository, without Docker Hub's registry and {@code library/} prefix
 * @param tag  the tag
 */
public record ImageName(String name, String tag) {

    /**
     * The name and tag of a reference; empty when the reference is computed ({@code $BASE}), pinned by a
     * digest alone (the tag is then unknown) or not a reference at all.
     */
    public static Optional<ImageName> of(String reference) {
        if (reference.isEmpty() || reference.indexOf('$') >= 0) {
            return Optional.empty();
        }
        // Lower-cased first: the build refuses an upper-case repository name, and the tables are lower case.
        // The digest is cut off unread: it names no family, and only whether there is one matters here.
        String text = reference.toLowerCase(Locale.ROOT);
        int at = text.indexOf('@');
        Optional<ImageReference> parsed = ImageReference.tryParse(at < 0 ? text : text.substring(0, at));
        if (at >= 0 && parsed.isPresent() && parsed.get().tag().isEmpty()) {
            return Optional.empty();
        }
        return parsed.flatMap(ImageReference::imageName);
    }

    /** Whether this is an official image of Docker Hub (a name without a slash). */
    public boolean official() {
        return name.indexOf('/') < 0;
    }

    @Override
    public String toString() {
        return name + ":" + tag;
    }
}
