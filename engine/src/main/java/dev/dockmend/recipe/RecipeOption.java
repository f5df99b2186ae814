package dev.dockmend.recipe;

import java.util.Objects;

/** A typed option of a recipe, set as {@code --option recipe-id.name=value} or in {@code .dockmend.yaml}. */
public record RecipeOption(String name, Type type, String defaultValue, String description) {
    public enum Type { BOOLEAN, STRING, INTEGER }

    public RecipeOption {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(defaultValue, "defaultValue is null");
        Objects.requireNonNull(description, "description is null");
    }

    /** Whether {@code value} is acceptable for this option's type. */
    public boolean accepts(String value) {
        return switch (type) {
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case INTEGER -> value.matches("-?\\d{1,9}");
            case STRING -> true;
        };
    }
}
