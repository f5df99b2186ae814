package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The base-image table: its format and errors, image names, versions, and what the shipped table says. */
class BaseImagesTest {

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class,
                () -> BaseImages.parse("t.txt", List.of(text.split("\n", -1)))).getMessage();
    }

    /** What the shipped table says of a tool in an image, against a minimum version. */
    private static String verdict(String reference, String tool, String minimum) {
        Optional<ToolVersion> version = ImageName.of(reference).flatMap(name -> BaseImages.shipped().of(name, tool))
                .flatMap(i -> i.tool(tool));
        return version.map(v -> v.meets(Version.parse(minimum)).name()).orElse("UNKNOWN");
    }

    @ParameterizedTest(name = "{0} {1} >= {2}: {3}")
    @CsvSource({
            "ubuntu:14.04, pip, 6.0, TOO_OLD",
            "ubuntu:trusty-20191217, pip, 6.0, TOO_OLD",
            "ubuntu:16.04, pip, 6.0, NEW_ENOUGH",
            "ubuntu, pip, 6.0, NEW_ENOUGH",
            "debian:jessie, pip, 6.0, TOO_OLD",
            "debian:8.11, pip, 6.0, TOO_OLD",
            "debian:stretch-slim, pip, 6.0, NEW_ENOUGH",
            "debian:jessie, rubygems, 2.0, NEW_ENOUGH",
            "ubuntu:14.04, rubygems, 2.0, TOO_OLD",
            "centos:6, rubygems, 2.0, TOO_OLD",
            "centos:7, rubygems, 2.0, NEW_ENOUGH",
            "centos:6, pip, 6.0, UNKNOWN",
            "python:3.12-slim, pip, 6.0, NEW_ENOUGH",
            "docker.io/library/python:2.7, pip, 6.0, NEW_ENOUGH",
            "python:2.7.8, pip, 6.0, UNKNOWN",
            "ruby:3.3, rubygems, 2.0, NEW_ENOUGH",
            "ruby:1.9.3, rubygems, 2.0, UNKNOWN",
            "alpine:3.2, apk-tools, 2.6.6, TOO_OLD",
            "alpine:3.3, apk-tools, 2.6.6, NEW_ENOUGH",
            "alpine:3.20, apk-tools, 2.6.6, NEW_ENOUGH",
            "alpine, apk-tools, 2.6.6, NEW_ENOUGH",
            "node:20-alpine, apk-tools, 2.6.6, NEW_ENOUGH",
            "nginx:1.29.8-alpine-slim, apk-tools, 2.6.6, NEW_ENOUGH",
            "alpine:3, apk-tools, 2.6.6, NEW_ENOUGH",
            "python:3.6-alpine3.2, apk-tools, 2.6.6, TOO_OLD",
            "python:3.9-alpine3.20, apk-tools, 2.6.6, NEW_ENOUGH",
            "myorg/app:alpine, apk-tools, 2.6.6, UNKNOWN",
            "registry.example.com/ubuntu:14.04, pip, 6.0, UNKNOWN",
            "fedora:40, pip, 6.0, UNKNOWN"
    })
    void theShippedTableKnowsTheVersionBoundaries(String reference, String tool, String minimum, String expected) {
        assertEquals(expected, verdict(reference, tool, minimum));
    }

    @Test
    void anEntryNamesItsReleaseAndEndOfLife() {
        BaseImage trusty = BaseImages.shipped().of(ImageName.of("ubuntu:14.04").orElseThrow(), "pip").orElseThrow();
        assertEquals("Ubuntu 14.04", trusty.release());
        assertEquals(Optional.of("2019-04-25"), trusty.eol());
        assertEquals("1.5.4", trusty.tool("pip").orElseThrow().describe());
        assertTrue(trusty.tool("pip").orElseThrow().source().contains("python-pip"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ubuntu, ubuntu:latest",
            "Ubuntu:14.04, ubuntu:14.04",
            "docker.io/library/python:3.12, python:3.12",
            "index.docker.io/library/debian:8, debian:8",
            "library/ruby:3, ruby:3",
            "ghcr.io/owner/app:1.2, ghcr.io/owner/app:1.2",
            "localhost:5000/app, localhost:5000/app:latest",
            "python:3.12@sha256:abc, python:3.12"
    })
    void readsAnImageReference(String reference, String expected) {
        assertEquals(expected, ImageName.of(reference).orElseThrow().toString());
    }

    @Test
    void aComputedOrDigestOnlyReferenceHasNoName() {
        assertEquals(Optional.empty(), ImageName.of("python:${VERSION}"));
        assertEquals(Optional.empty(), ImageName.of("ubuntu@sha256:abc"));
        assertEquals(Optional.empty(), ImageName.of(""));
    }

    @Test
    void versionsCompareNumberByNumber() {
        assertTrue(Version.parse("1.5.4").compareTo(Version.parse("6.0")) < 0);
        assertTrue(Version.parse("10.0").compareTo(Version.parse("9.0.1")) > 0);
        assertEquals(0, Version.parse("6").compareTo(Version.parse("6.0.0")));
        assertEquals("2.0.14.1", Version.parse("2.0.14.1").toString());
        assertThrows(IllegalArgumentException.class, () -> Version.parse("2.6.x"));
        assertThrows(IllegalArgumentException.class, () -> Version.parse("2..6"));
    }

    @Test
    void aBoundSaysWhatItCan() {
        Version six = Version.parse("6.0");
        assertEquals(ToolVersion.Verdict.NEW_ENOUGH, ToolVersion.parse(">=6.0", "s").meets(six));
        assertEquals(ToolVersion.Verdict.UNKNOWN, ToolVersion.parse(">=5.0", "s").meets(six));
        assertEquals(ToolVersion.Verdict.TOO_OLD, ToolVersion.parse("<6.0", "s").meets(six));
        assertEquals(ToolVersion.Verdict.UNKNOWN, ToolVersion.parse("<7.0", "s").meets(six));
        assertEquals(ToolVersion.Verdict.TOO_OLD, ToolVersion.parse("=1.5.6", "s").meets(six));
        assertEquals(ToolVersion.Verdict.NEW_ENOUGH, ToolVersion.parse("current", "s").meets(six));
        assertEquals(ToolVersion.Verdict.UNKNOWN, ToolVersion.parse("unknown", "s").meets(six));
    }

    @Test
    void aMalformedTableGivesAnErrorNamingTheFileAndLine() {
        assertEquals("t.txt line 1: `images` comes before the first `release` line", error("images ubuntu:14.04"));
        assertEquals("t.txt line 1: release x has no `images` line", error("release x\neol 2020-01-01"));
        assertEquals("t.txt line 2: `ubuntu` is not NAME:TAG", error("release x\nimages ubuntu"));
        assertEquals("t.txt line 3: `eol` takes one date, YYYY-MM-DD, once per release",
                error("release x\nimages a:b\neol April 2020"));
        assertEquals("t.txt line 3: `1.x` is not =VERSION, >=VERSION, <VERSION, current or unknown",
                error("release x\nimages a:b\nships pip 1.x source"));
        assertEquals("t.txt line 3: `ships` takes a tool, a version bound and a source", error("release x\nimages a:b\nships pip =1.0"));
        assertEquals("t.txt line 4: tool pip is given twice for release x",
                error("release x\nimages a:b\nships pip =1.0 s\nships pip =2.0 s"));
        assertEquals("t.txt line 2: unknown key `image`; the keys are release, images, eol, ships", error("release x\nimage a:b"));
    }
}
