/**
 * The recipe API: a {@link dev.dockmend.recipe.Recipe} turns a tree into a new tree plus the
 * {@link dev.dockmend.recipe.Change}s it made (each with its reason) and the
 * {@link dev.dockmend.recipe.Finding}s it could not fix safely. A {@link dev.dockmend.recipe.Pipeline}
 * runs recipes in the catalog's order and refuses any output that does not parse again.
 */
package dev.dockmend.recipe;
