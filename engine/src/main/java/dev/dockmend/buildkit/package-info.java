/**
 * BuildKit's reading of one logical line, rule by rule as {@code BUILDKIT-PARSING.md} states it:
 * keyword and builder flags, the argument parser of each keyword, JSON arrays, shell words, heredoc
 * markers. Pure functions over strings; the tree builder calls them once per instruction.
 */
package dev.dockmend.buildkit;
