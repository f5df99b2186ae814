package dev.dockmend.validate;

import dev.dockmend.tree.Keyword;

/** BuildKit's "did you mean" for a misspelt keyword: the closest keyword within two edits. */
final class Suggestion {
    private Suggestion() {
    }

    static String didYouMean(String written) {
        String lower = Keyword.lowerCase(written);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Keyword keyword : Keyword.values()) {
            if (Math.abs(lower.length() - keyword.lowerCase().length()) > 2) {
                continue; // more than two edits apart whatever the letters: it cannot be the suggestion
            }
            int distance = distance(lower, keyword.lowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = keyword.name();
            }
        }
        return bestDistance <= 2 && !lower.isEmpty() ? " (did you mean " + best.toLowerCase(java.util.Locale.ROOT) + "?)" : "";
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
