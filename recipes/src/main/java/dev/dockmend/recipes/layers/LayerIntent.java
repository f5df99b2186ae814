package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.dockmend.recipes.Knowledge;
import dev.dockmend.tree.CommentLine;
import dev.dockmend.tree.Trivia;
import dev.dockmend.tree.TriviaLine;

/**
 * Comments by which the author asks for a RUN to stay a layer of its own ("slow, keep in its own layer",
 * "separate step for layer caching"), from {@code layer-intent.txt}. Merging such a RUN would undo a
 * choice the author made on purpose, so merge-run-layers keeps it apart and says why.
 */
final class LayerIntent {
    private static final List<Pattern> PHRASES = phrases();

    private LayerIntent() {
    }

    /** The first comment line of {@code leading} that asks for a layer of its own, as written. */
    static Optional<String> in(Trivia leading) {
        for (TriviaLine line : leading.lines()) {
            if (line instanceof CommentLine comment) {
                for (Pattern phrase : PHRASES) {
                    if (phrase.matcher(comment.content()).find()) {
                        return Optional.of(comment.content().strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Pattern> phrases() {
        List<Pattern> phrases = new ArrayList<>();
        for (String line : Knowledge.lines("layer-intent.txt")) {
            String phrase = line.strip();
            if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                phrases.add(Pattern.compile(phrase, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return List.copyOf(phrases);
    }
}
