package dev.dockmend.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;

/** What is sniffed from a file so that new lines look like their neighbours. */
class FileStyleTest {
    private static FileStyle of(String text) {
        return FileStyle.of(Dockerfiles.parse(text).orThrow("test"));
    }

    @Test
    void commandLinesSetTheIndentNotTheLinesThatContinueACommand() {
        FileStyle style = of("FROM a\nRUN set -eux; \\\n\tapt-get install -y \\\n\t\tcurl \\\n\t\tgit \\\n\t\tmake \\\n\t; \\\n"
                + "\trm -rf /var/lib/apt/lists/*\n");
        assertEquals("\t", style.continuationIndent());
    }

    @Test
    void leadingOperatorsAndTheirIndent() {
        FileStyle style = of("FROM a\nRUN a \\\n  && b \\\n  && c\n");
        assertEquals("  ", style.continuationIndent());
        assertTrue(style.leadingOperators());
    }

    @Test
    void trailingOperators() {
        FileStyle style = of("FROM a\nRUN a && \\\n   b && \\\n   c\n");
        assertEquals("   ", style.continuationIndent());
        assertFalse(style.leadingOperators());
    }

    @Test
    void withoutCommandLinesEveryContinuationLineCounts() {
        assertEquals("  ", of("FROM a\nRUN apt-get install \\\n  curl \\\n  git\n").continuationIndent());
        assertEquals("    ", of("FROM a\nRUN a\n").continuationIndent());
    }

    @Test
    void keywordCaseLineEndingAndFinalNewline() {
        FileStyle style = of("from a\r\nrun b");
        assertTrue(style.lowerCaseKeywords());
        assertEquals("\r\n", style.lineEnding());
        assertFalse(style.finalNewline());
    }
}
