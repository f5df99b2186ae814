package dev.dockmend.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Keywords are compared as BuildKit compares them: lower-cased code point by code point (R4.2). */
class KeywordTest {
    @Test
    void everySpellingOfEveryKeyword() {
        for (Keyword keyword : Keyword.values()) {
            String upper = keyword.name();
            String lower = upper.toLowerCase(Locale.ROOT);
            String mixed = upper.charAt(0) + lower.substring(1);
            String alternating = lower.charAt(0) + upper.substring(1);
            for (String written : new String[] {upper, lower, mixed, alternating}) {
                assertEquals(Optional.of(keyword), Keyword.of(written), written);
            }
        }
    }

    @Test
    void unicodeLowerCasingCodePointByCodePoint() {
        assertEquals(Optional.of(Keyword.WORKDIR), Keyword.of("WORKD\u0130R"), "dotted capital I lower-cases to i");
        assertEquals(Optional.of(Keyword.HEALTHCHECK), Keyword.of("HEALTHCHEC\u212A"), "the Kelvin sign lower-cases to k");
    }

    @Test
    void anythingElseIsNoKeyword() {
        for (String written : new String[] {"", "RUNX", "RU", "run ", "FR0M", "//RUN", "Ｒｕｎ"}) {
            assertEquals(Optional.empty(), Keyword.of(written), written);
        }
    }
}
