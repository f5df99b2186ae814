package dev.dockmend.recipes.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tool's version as dotted numbers ({@code 1.5.4}, {@code 2.0.14.1}), compared number by number, a missing
 * number counting as 0 ({@code 6} is {@code 6.0}).
 */
public record Version(List<Integer> numbers) implements Comparable<Version> {
    public Version {
        numbers = List.copyOf(numbers);
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a version needs a number");
        }
    }

    /** @throws IllegalArgumentException when {@code text} is not dotted numbers */
    public static Version parse(String text) {
        Objects.requireNonNull(text, "text is null");
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9') || part.length() > 9) {
                throw new IllegalArgumentException("`" + text + "` is not a version of dotted numbers");
            }
            numbers.add(Integer.parseInt(part));
        }
        return new Version(numbers);
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int a = i < numbers.size() ? numbers.get(i) : 0;
            int b = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int number : numbers) {
            text.append(text.length() == 0 ? "" : ".").append(number);
        }
        return text.toString();
    }
}
