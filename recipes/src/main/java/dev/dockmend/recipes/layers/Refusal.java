package dev.dockmend.recipes.layers;

import java.util.Optional;

import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Severity;

/**
 * A RUN that takes part in no merge, and why: a phrase whose subject is the RUN ("is in exec form"),
 * what the user can do, and the finding's severity. {@code reason} is empty when a suppression comment
 * asked for it: the user knows why, so nothing is reported.
 */
record Refusal(LineRange lines, Optional<String> reason, String suggestion, Severity severity) implements Candidate {
    static Refusal silent(LineRange lines) {
        return new Refusal(lines, Optional.empty(), "", Severity.INFO);
    }

    /** The RUN builds what its author meant on its own; dockmend only says why it did not merge it. */
    static Refusal info(LineRange lines, String reason, String suggestion) {
        return new Refusal(lines, Optional.of(reason), suggestion, Severity.INFO);
    }

    /** The RUN has a problem of its own that a person should fix. */
    static Refusal warning(LineRange lines, String reason, String suggestion) {
        return new Refusal(lines, Optional.of(reason), suggestion, Severity.WARNING);
    }
}
