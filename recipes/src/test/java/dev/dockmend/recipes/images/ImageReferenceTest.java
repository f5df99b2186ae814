package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image references read as Docker's reference grammar reads them. */
class ImageReferenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // reference,                              registry,        path,                      tag,       name
            "node,                                     -,               library/node,              -,         node",
            "library/node,                             -,               library/node,              -,         node",
            "docker.io/node,                           -,               library/node,              -,         node",
            "docker.io/library/node:20,                -,               library/node,              20,        node",
            "index.docker.io/library/debian:8,         -,               library/debian,            8,         debian",
            "bitnami/redis:7.2,                        -,               bitnami/redis,             7.2,       bitnami/redis",
            "localhost/app,                            localhost,       app,                       -,         localhost/app",
            "localhost:5000/app:1.0,                   localhost:5000,  app,                       1.0,       localhost:5000/app",
            "registry.example.com:5000/team/app,       registry.example.com:5000, team/app,        -,         registry.example.com:5000/team/app",
            "gcr.io/distroless/static-debian12:nonroot, gcr.io,         distroless/static-debian12, nonroot,  gcr.io/distroless/static-debian12",
            "myhost:5000/a/b/c:V1_x-2,                 myhost:5000,     a/b/c,                     V1_x-2,    myhost:5000/a/b/c",
            "my.registry/ns/app:latest,                my.registry,     ns/app,                    latest,    my.registry/ns/app",
            "a__b/c-d--e:1,                            -,               a__b/c-d--e,               1,         a__b/c-d--e"
    })
    void readsRegistriesPortsPathsAndTags(String text, String registry, String path, String tag, String name) {
        ImageReference reference = ImageReference.parse(text);
        assertEquals(Optional.ofNullable(registry), reference.registry());
        assertEquals(path, reference.path());
        assertEquals(Optional.ofNullable(tag), reference.tag());
        assertEquals(name, reference.name());
    }

    @Test
    void aPortIsNotATag() {
        ImageReference reference = ImageReference.parse("registry:5000/app");
        assertEquals(Optional.of("registry:5000"), reference.registry());
        assertEquals(Optional.empty(), reference.tag());
        assertEquals("registry:5000/app:latest", reference.imageName().orElseThrow().toString());
    }

    @Test
    void aDigestPinsTheImageAndHidesAMissingTag() {
        String digest = "sha256:" + "a".repeat(64);
        ImageReference pinned = ImageReference.parse("node@" + digest);
        assertEquals(Optional.of(digest), pinned.digest());
        assertEquals(Optional.empty(), pinned.imageName(), "a digest alone says nothing of the tag");
        ImageReference both = ImageReference.parse("localhost:5000/node:20-alpine@" + digest);
        assertEquals(Optional.of("20-alpine"), both.tag());
        assertEquals("localhost:5000/node:20-alpine", both.imageName().orElseThrow().toString());
        assertEquals("localhost:5000/node:20-alpine@" + digest, both.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Node:20, repository name must be lowercase",
            "library/Node, repository name must be lowercase",
            "node:, `` is not a tag",
            "node:-x, `-x` is not a tag",
            "node@sha256:zz, is not a digest",
            "-node, is not a repository name component",
            "node//x, is not a repository name component",
            "gcr.io/, has no repository name"
    })
    void refusesWhatTheBuildRefuses(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageReference.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void anUpperCaseFirstComponentIsAHostAsDockerReadsIt() {
        // distribution/reference treats a first component with upper case as a registry
        assertEquals(Optional.of("myhost"), ImageReference.parse("MyHost/app").registry());
    }

    @Test
    void imageNameKeepsItsLenientReading() {
        assertEquals("ubuntu:14.04", ImageName.of("Ubuntu:14.04").orElseThrow().toString());
        assertEquals(Optional.empty(), ImageName.of("$BASE"));
        assertEquals("python:3.12", ImageName.of("registry-1.docker.io/library/python:3.12").orElseThrow().toString());
    }
}
