package dev.dockmend.recipe;

import java.util.regex.Pattern;

/** A recipe's stable id: kebab-case, verb first, e.g. {@code merge-run-layers}. */
public record RecipeId(String value) implements Comparable<RecipeId> {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RecipeId {
        if (value == null || !KEBAB.matcher(value).matches()) {
            throw new IllegalArgumentException("recipe id must be kebab-case: " + value);
        }
    }

    public static RecipeId of(String value) {
        return new RecipeId(value);
    }

    @Override
    public int compareTo(RecipeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
