package dev.dockmend.recipes.layers;

import java.util.Optional;

import dev.dockmend.recipe.LineRange;

/**
 * A RUN that takes part in no merge, and why: a phrase whose subject is the RUN ("is in exec form")
 * and what the user can do. {@code reason} is empty when a suppression comment asked for it: the user
 * knows why, so nothing is reported.
 */
record Refusal(LineRange lines, Optional<String> reason, String suggestion) implements Candidate {
    static Refusal silent(LineRange lines) {
        return new Refusal(lines, Optional.empty(), "");
    }

    static Refusal of(LineRange lines, String reason, String suggestion) {
        return new Refusal(lines, Optional.of(reason), suggestion);
    }
}
