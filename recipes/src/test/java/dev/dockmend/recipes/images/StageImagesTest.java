package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.dockmend.parse.DockerfileParser;

/** Stage chains: bases followed back to a real image, and what RUN, USER and ENTRYPOINT add on the way. */
class StageImagesTest {

    private static List<StageImage> stages(String text) {
        return StageImages.of(DockerfileParser.parse(text).orThrow("Dockerfile"));
    }

    private static StageImage last(String text) {
        List<StageImage> stages = stages(text);
        return stages.get(stages.size() - 1);
    }

    @Test
    void aStageChainLeadsBackToItsImageAndCarriesWhatItsRunsInstalled() {
        List<StageImage> stages = stages("""
                FROM python:3.12-slim AS base
                RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*
                FROM base AS app
                RUN groupadd --system app && useradd --system --no-log-init --gid app app
                USER app
                FROM APP
                """);
        assertInstanceOf(StageBase.Image.class, stages.get(0).base());
        assertEquals(new StageBase.Stage(0, "base"), stages.get(1).base());
        assertEquals(new StageBase.Stage(1, "app"), stages.get(2).base(), "stage names are matched in any case");
        StageImage last = stages.get(2);
        assertEquals("debian", last.image().orElseThrow().family().name());
        assertEquals(Set.of(Tool.PYTHON, Tool.CURL), last.tools());
        assertEquals(Set.of("app"), last.createdUsers());
        assertTrue(last.hasUser("app"));
        assertEquals(Optional.of("app"), last.runsAs());
        assertEquals(Set.of(Tool.PYTHON), stages.get(0).image().orElseThrow().tools(), "python slim has no curl of its own");
    }

    @Test
    void aPackageRemovedAgainDoesNotCount() {
        StageImage stage = last("""
                FROM alpine:3.20
                RUN apk add --no-cache --virtual .fetch curl wget && wget -q https://example.com/x && apk del .fetch
                RUN apk add nodejs
                """);
        assertEquals(Set.of(Tool.BUSYBOX_WGET, Tool.NODE), stage.tools());
        StageImage purged = last("""
                FROM nginx:1.27
                RUN apt-get purge -y curl
                """);
        assertFalse(purged.has(Tool.CURL), "nginx ships curl, the RUN purged it");
    }

    @Test
    void theBaseCanComeFromGlobalArgDefaults() {
        StageImage stage = last("""
                ARG VARIANT=alpine
                ARG NODE=20
                FROM --platform=$BUILDPLATFORM node:${NODE}-${VARIANT} AS build
                """);
        StageBase.Image image = assertInstanceOf(StageBase.Image.class, stage.base());
        assertTrue(image.fromArgDefaults());
        FromArgs.Unknown platform = assertInstanceOf(FromArgs.Unknown.class, image.platform().orElseThrow());
        assertTrue(platform.why().contains("BUILDPLATFORM"), platform.why());
        StageBase.Image arm = assertInstanceOf(StageBase.Image.class, last("FROM --platform=linux/arm64 alpine\n").base());
        assertEquals(Optional.of(new FromArgs.Known("linux/arm64", false)), arm.platform());
        assertEquals("node:20-alpine", image.reference().toString());
        ImageFacts facts = stage.image().orElseThrow();
        assertEquals("alpine", facts.family().name());
        assertEquals(UserCreation.BUSYBOX, facts.users());
        assertEquals(Optional.of(new ShippedUser("node", 1000, 1000)), facts.shippedUser());
        assertEquals(Set.of(Tool.NODE, Tool.BUSYBOX_WGET), facts.tools());
        assertEquals(Optional.of(new Entrypoint(List.of("docker-entrypoint.sh"))), stage.entrypoint());
        assertEquals(Optional.empty(), facts.toolchain(), "node's alpine images are runtime images");
    }

    @Test
    void anUnknownBaseSaysWhy() {
        assertTrue(last("ARG BASE\nFROM $BASE\n").unknownWhy().orElseThrow().contains("ARG BASE has no default"));
        assertTrue(last("FROM Node:20\n").unknownWhy().orElseThrow().contains("repository name must be lowercase"));
        assertTrue(last("FROM myorg/app:1\n").unknownWhy().orElseThrow().contains("of no family"));
        assertTrue(last("FROM node@sha256:" + "0".repeat(64) + "\n").unknownWhy().orElseThrow().contains("digest alone"));
        StageImage fromUnknown = last("FROM myorg/app:1 AS a\nRUN apk add curl\nFROM a\n");
        assertFalse(fromUnknown.known());
        assertEquals(Set.of(Tool.CURL), fromUnknown.tools(), "what a RUN installed is known even on an unknown base");
    }

    @Test
    void scratchAndDistrolessHaveNoShellNorUserTools() {
        StageImage scratch = last("FROM scratch\nCOPY app /app\n");
        assertInstanceOf(StageBase.Scratch.class, scratch.base());
        ImageFacts facts = scratch.image().orElseThrow();
        assertEquals(Optional.empty(), facts.shell());
        assertEquals(UserCreation.NONE, facts.users());
        ImageFacts distroless = last("FROM gcr.io/distroless/static-debian12:nonroot\n").image().orElseThrow();
        assertEquals(Optional.empty(), distroless.shell());
        assertEquals(Optional.of("nonroot"), distroless.runsAs());
        assertEquals(65532, distroless.shippedUser().orElseThrow().uid());
        ImageFacts debug = last("FROM gcr.io/distroless/java21-debian12:debug\n").image().orElseThrow();
        assertEquals(Optional.of("/busybox/sh"), debug.shell());
        assertEquals(Set.of(Tool.JAVA, Tool.BUSYBOX_WGET), debug.tools());
        assertEquals(Optional.of(new Entrypoint(List.of("/usr/bin/java", "-jar"))), debug.entrypoint());
    }

    @Test
    void anOwnEntrypointHidesTheImagesScriptAndItsPrivilegeDrop() {
        StageImage postgres = last("FROM postgres:16\n");
        assertEquals(Optional.of(PrivilegeDrop.GOSU), postgres.dropsPrivileges());
        StageImage own = last("FROM postgres:16-alpine\nENTRYPOINT exec postgres\n");
        assertEquals(Optional.empty(), own.dropsPrivileges(), "its own script may or may not call the image's");
        assertEquals(List.of("/bin/sh", "-c", "exec postgres"), own.entrypoint().orElseThrow().words());
        StageImage nginx = last("FROM nginx:alpine\nENTRYPOINT [\"nginx\", \"-g\", \"daemon off;\"]\n");
        assertEquals(Optional.of(PrivilegeDrop.SERVER), nginx.dropsPrivileges(), "nginx's master needs root whatever starts it");
    }

    @Test
    void usersCreatedByEitherToolAreSeenPastTheirOptions() {
        StageImage stage = last("""
                FROM alpine
                RUN addgroup -S app && adduser -S -G app -h /home/app -s /sbin/nologin web
                RUN useradd -u 1001 --gid 0 -m worker
                """);
        assertEquals(Set.of("web", "worker"), stage.createdUsers());
    }

    @Test
    void runsOfAnotherShellAreNotRead() {
        StageImage stage = last("FROM debian:12\nSHELL [\"pwsh\", \"-Command\"]\nRUN apt-get install -y curl\n");
        assertFalse(stage.has(Tool.CURL), "pwsh does not read POSIX shell, so the RUN is not understood as one");
    }

    @Test
    void windowsImagesAreWindows() {
        assertTrue(last("FROM mcr.microsoft.com/windows/servercore:ltsc2022\n").image().orElseThrow().windows());
        assertTrue(last("FROM python:3.12-windowsservercore-ltsc2022\n").image().orElseThrow().windows());
    }
}
