package dev.dockmend.recipes.layers;

/** A RUN as a merge sees it: a {@link RunPart}, or a {@link Refusal} saying why it stays as it is. */
sealed interface Candidate permits RunPart, Refusal {
}
