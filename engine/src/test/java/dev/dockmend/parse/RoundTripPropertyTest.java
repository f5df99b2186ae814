package dev.dockmend.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Dockerfile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lossless is an invariant: for any input that parses, printing the tree gives the input back, and
 * parsing never throws. Inputs are built from the fragments that make Dockerfiles hard (escape
 * characters at line ends, CR, comments inside continuations, heredoc markers, directives, quotes).
 */
class RoundTripPropertyTest {

    private static final List<String> FRAGMENTS = List.of(
            "FROM alpine", "RUN echo hi", "RUN ", "COPY . /app", "ENV A=1", "ENV A b", "CMD [\"sh\"]", "CMD [1]",
            "ONBUILD RUN x", "HEALTHCHECK CMD true", "ARG X", "run", "\\", "`", " \\", "\\\\", " ", "\t", "\u00a0",
            "\n", "\n", "\n", "\r\n", "\r", "#", "# c", "# escape=`", "# syntax=x", "<<EOF", "<<-EOF", "EOF",
            "\tEOF", "<<'E'", "E", "\"", "'", "[", "]", "=", "--mount=type=cache,target=/x", "--", "é", "\ufeff",
            "&&", "$HOME", "{{ x }}");

    @Provide
    Arbitrary<String> dockerfileLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void printingAParsedTreeGivesTheTextBack(@ForAll("dockerfileLike") String text) {
        ParseResult result = Dockerfiles.parse(text);
        result.tree().ifPresent(tree -> assertEquals(text, Dockerfiles.print(tree)));
    }

    @Property(tries = 1000)
    void printingGivesTheBytesBackForAnyBytes(@ForAll("dockerfileLike") String text, @ForAll byte extra) {
        byte[] bytes = (text + (char) (extra & 0xFF)).getBytes(StandardCharsets.ISO_8859_1);
        ParseResult result = Dockerfiles.parse(bytes);
        result.tree().ifPresent(tree -> assertArrayEquals(bytes, Dockerfiles.toBytes(tree)));
    }

    @Property(tries = 1000)
    void arbitraryUnicodeNeverBreaksTheRoundTrip(@ForAll String text) {
        ParseResult result = Dockerfiles.parse(text);
        result.tree().ifPresent(tree -> assertEquals(text, Dockerfiles.print(tree)));
    }

    @Property(tries = 500)
    void reparsingThePrintedTreeGivesTheSameTree(@ForAll("dockerfileLike") String text) {
        ParseResult result = Dockerfiles.parse(text);
        if (result.tree().isPresent()) {
            Dockerfile again = Dockerfiles.parse(Dockerfiles.print(result.tree().get())).tree().orElseThrow();
            assertEquals(result.tree().get(), again);
        }
    }
}
