package dev.dockmend.recipes.images;

import java.util.List;

/**
 * An image's ENTRYPOINT in exec form ({@code docker-entrypoint.sh}), or none: with an entrypoint the CMD is
 * only its arguments, so a recipe that rewrites CMD changes what the entrypoint script sees.
 */
public record Entrypoint(List<String> words) {
    public static final Entrypoint NONE = new Entrypoint(List.of());

    public Entrypoint {
        words = List.copyOf(words);
    }

    public boolean none() {
        return words.isEmpty();
    }

    @Override
    public String toString() {
        return none() ? "none" : String.join(" ", words);
    }
}
