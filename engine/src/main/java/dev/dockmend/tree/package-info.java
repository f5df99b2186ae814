/**
 * The lossless Dockerfile tree. Every byte of the source belongs to exactly one node: a directive,
 * the leading trivia (blank and comment lines) or the physical lines of an instruction, a heredoc
 * body, or the file's trailing trivia. Nodes are immutable records without positions; positions are
 * computed on demand ({@link dev.dockmend.tree.Dockerfile#located()}), so an edited tree never holds
 * stale offsets. Next to its text each instruction carries its value as BuildKit reads it
 * ({@link dev.dockmend.tree.InstructionValue}).
 */
package dev.dockmend.tree;
