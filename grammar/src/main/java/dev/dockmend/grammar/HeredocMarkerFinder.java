package dev.dockmend.grammar;

import java.util.List;

/**
 * Finds the heredoc markers of a complete logical line (continuations joined, comment lines
 * dropped), in the order their bodies follow. Which instructions may have heredocs and how markers
 * are lexed is BuildKit semantics that the engine owns (R6.1-R6.4); the lexer only needs the
 * answer to know where bodies end.
 */
@FunctionalInterface
public interface HeredocMarkerFinder {
    List<HeredocTerminator> find(String logicalLine);
}
