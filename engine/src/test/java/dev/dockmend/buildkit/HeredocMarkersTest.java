package dev.dockmend.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Heredoc markers as BuildKit finds them (R6.2-R6.4). BuildKit splits the name part of a marker into words
 * with quotes removed and takes it only when that gives exactly one word; an empty word is none (its word
 * list keeps a word only when it has a character), so a name that unquotes to nothing names no heredoc.
 */
class HeredocMarkersTest {

    private static List<HeredocMarkers.Marker> find(String line) {
        return HeredocMarkers.find(line);
    }

    @Test
    void anEmptyNameIsNoMarker() {
        for (String line : List.of("RUN cmd <<'' && \\", "RUN cmd <<\"\" && x", "RUN cmd <<-'' x", "RUN cmd <<-\"\"",
                "RUN cmd << '' x", "RUN cmd <<'' ", "RUN cmd <<''\"\"", "RUN cmd 3<<''", "RUN cat << ", "RUN cat <<-\t",
                "COPY <<'' /dest")) {
            assertEquals(List.of(), find(line), line);
        }
    }

    @Test
    void anEmptyQuotedPartBesideANameIsStillAMarker() {
        assertEquals(List.of(new HeredocMarkers.Marker("EOF", false, false, 0)), find("RUN cat <<''EOF"));
        assertEquals(List.of(new HeredocMarkers.Marker("E", false, true, 2)), find("RUN cat 2<<-E\"\""));
        assertEquals(List.of(new HeredocMarkers.Marker("EOF", true, false, 0)), find("RUN cat <<'' <<EOF"));
    }

    @Test
    void anEscapedBlankIsPartOfTheName() {
        // BuildKit trims nothing from the name: the lexer keeps an escaped character, even a blank.
        assertEquals(List.of(new HeredocMarkers.Marker(" ", true, false, 0)), find("RUN cat <<\\  && x"));
        assertEquals(List.of(new HeredocMarkers.Marker("A ", true, false, 0)), find("RUN cat <<A\\ "));
    }

    @Test
    void theUsualMarkersStillAre() {
        assertEquals(List.of(new HeredocMarkers.Marker("EOF", true, false, 0), new HeredocMarkers.Marker("E O", false, true, 5)),
                find("RUN cat << EOF 5<<-'E O'"));
        assertEquals(List.of(), find("RUN cat <<- EOF"));
    }
}
