package dev.dockmend.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Findings that differ only in their particulars (lines, quoted words, the copy they name) are one kind. */
class FindingKindTest {
    @Test
    void whyAfterButWithoutNumbersOrQuotedWords() {
        assertEquals("the install at line N comes after line N", FindingKind.of(
                "COPY . /app comes before the dependency install, but the install at line 7 comes after line 5, which may read the sources"));
        assertEquals(FindingKind.of("COPY --chown=node . . comes before the dependency install, but the install at line 12 comes after line 9"),
                FindingKind.of("COPY . . comes before the dependency install, but the install at line 4 comes after line 3"));
        assertEquals("it has the glob character `…`", FindingKind.of("it has the glob character `*` (exec form would pass it as it is)"));
        assertEquals("the layer keeps yarn's downloaded packages", FindingKind.of("the layer keeps yarn's downloaded packages: add yarn cache clean"));
    }
}
