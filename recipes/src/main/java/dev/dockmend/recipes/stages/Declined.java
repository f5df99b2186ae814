package dev.dockmend.recipes.stages;

/**
 * Why the recipe leaves a stage single: thrown where a reader finds it, deep in the analysis, and turned into a
 * finding by {@link ConvertToMultiStage}. Carries no stack trace: it is an answer, not an error.
 *
 * @param index      the instruction (index in the file) the reason is about
 */
final class Declined extends RuntimeException {
    private final int index;
    private final String suggestion;

    Declined(int index, String reason, String suggestion) {
        super(reason, null, false, false);
        this.index = index;
        this.suggestion = suggestion;
    }

    int index() {
        return index;
    }

    String reason() {
        return getMessage();
    }

    String suggestion() {
        return suggestion;
    }
}
