package dev.dockmend.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.dockmend.tree.Keyword;

/**
 * "Did you mean": the closest of some known words within two edits. BuildKit's for a misspelt keyword,
 * and the command line's for a misspelt configuration key or recipe id.
 */
public final class Suggestion {
    private static final int MOST_EDITS = 2;
    private static final List<String> KEYWORDS = Arrays.stream(Keyword.values()).map(Keyword::lowerCase).toList();

    private Suggestion() {
    }

    static String didYouMean(String written) {
        return closest(Keyword.lowerCase(written), KEYWORDS).map(keyword -> " (did you mean " + keyword + "?)").orElse("");
    }

    /** The known word closest to {@code written} within two edits (the first of equals), if any. */
    public static Optional<String> closest(String written, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : known) {
            int distance = distanceWithin(written, word);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = word;
            }
        }
        return written.isEmpty() ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The edit distance when it is at most two, else {@link Integer#MAX_VALUE}. */
    private static int distanceWithin(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MOST_EDITS) {
            return Integer.MAX_VALUE; // more than two edits apart whatever the letters: it cannot be the suggestion
        }
        int distance = distance(a, b);
        return distance <= MOST_EDITS ? distance : Integer.MAX_VALUE;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
