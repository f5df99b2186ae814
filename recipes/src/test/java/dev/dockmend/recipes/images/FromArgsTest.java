package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.dockmend.parse.DockerfileParser;
import dev.dockmend.tree.Dockerfile;

/** FROM's build arguments: global ARG defaults expanded, the rest unknown, undeclared names empty. */
class FromArgsTest {
    private static final String ARGS = """
            ARG REG=registry.example.com:5000
            ARG TAG
            ARG NODE=20
            ARG IMAGE=${REG}/team/node:${NODE}-alpine
            ARG EMPTY=
            FROM scratch
            ARG LATE=9
            """;

    private static FromArgs args() {
        Dockerfile file = DockerfileParser.parse(ARGS).orThrow("t");
        return FromArgs.of(file.instructions(), file.escapeCharacter());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "node:20|node:20|false",
            "${REG}/x:${TAG:-1}|registry.example.com:5000/x:1|true",
            "$REG/x|registry.example.com:5000/x|true",
            "node:${NODE}|node:20|true",
            "${IMAGE}|registry.example.com:5000/team/node:20-alpine|true",
            "node:${TAG-18}|node:18|true",
            "node:20${TAG:+-alpine}|node:20|true",
            "node:20${NODE:+-alpine}|node:20-alpine|true",
            "node:${EMPTY:-lts}|node:lts|true",
            "node:${EMPTY-lts}|node:|true",
            "node:${UNDECLARED}20|node:20|false",
            "node:${LATE:-7}|node:7|false",
            "node\\$x|node$x|false"
    })
    void expandsDefaults(String word, String expected, boolean defaults) {
        FromArgs.Known known = assertInstanceOf(FromArgs.Known.class, args().expand(word));
        assertEquals(expected, known.text());
        assertEquals(defaults, known.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "node:$TAG|ARG TAG has no default",
            "golang:1.22-${TARGETARCH}|TARGETARCH is the build's platform",
            "node:${NODE%.*}|dockmend does not read",
            "\"node\"|quotes"
    })
    void leavesTheRestUnknown(String word, String why) {
        FromArgs.Unknown unknown = assertInstanceOf(FromArgs.Unknown.class, args().expand(word));
        assertTrue(unknown.why().contains(why), unknown.why());
    }
}
