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
        assertEquals("its final stage runs on the toolchain image …", FindingKind.of(
                "the file is already multi-stage, but its final stage runs on the toolchain image golang:1.22"));
        assertEquals("it has the glob character `…`", FindingKind.of("it has the glob character `*` (exec form would pass it as it is)"));
        assertEquals("the layer keeps yarn's downloaded packages", FindingKind.of("the layer keeps yarn's downloaded packages: add yarn cache clean"));
    }

    @Test
    void aBareOutcomeKeepsItsWhyWithoutImagesPathsOrParentheses() {
        assertEquals("left alone: … is a Windows image", FindingKind.of("left alone: mcr.microsoft.com/windows/servercore:ltsc2019 is a "
                + "Windows image, whose users (ContainerUser, ContainerAdministrator) work differently"));
        assertEquals(FindingKind.of("left alone: php:8.3-fpm starts as root and leaves it by itself (the server's master process binds)"),
                FindingKind.of("left alone: rabbitmq:3.13-alpine starts as root and leaves it by itself (its entrypoint script re-runs)"));
        assertEquals("left alone: the stage uses gosu", FindingKind.of("left alone: the stage uses gosu, which switches to another user itself"));
        assertEquals("left alone: the stage declares VOLUME …, a folder owned by root that a non-root process cannot write to",
                FindingKind.of("left alone: the stage declares VOLUME /var/lib/influxdb, a folder owned by root that a non-root process cannot "
                        + "write to"));
        assertEquals("no HEALTHCHECK added: the final stage's image has no program to probe port N with",
                FindingKind.of("no HEALTHCHECK added: the final stage's image (ubuntu) has no program to probe port 8080 with (node, python3)"));
        assertEquals("no HEALTHCHECK added: the final stage serves only ports that do not speak HTTP",
                FindingKind.of("no HEALTHCHECK added: the final stage serves only ports that do not speak HTTP: 5432 (postgresql)"));
    }

    @Test
    void aLongerSayingBeforeTheColonIsTheKind() {
        assertEquals("the RUN layers of stage `…` are not merged", FindingKind.of(
                "the RUN layers of stage `builder` are not merged: it is a build stage (the last stage is not built on it)"));
    }
}
