package dev.dockmend.recipes.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.ImageFamilies;
import dev.dockmend.recipes.images.ImageName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped table of runtime images, and the errors of a malformed one. */
class RuntimeImagesTest {
    private static final RuntimeImages TABLE = RuntimeImages.shipped();

    private static Optional<String> runtime(String toolchain, String kind, String reference) {
        return TABLE.toolchains().stream().filter(t -> t.name().equals(toolchain)).findFirst().orElseThrow().runtime(kind, reference);
    }

    @ParameterizedTest
    @CsvSource({
        "go, static, golang:1.22, gcr.io/distroless/static-debian13",
        "go, cgo, golang:1.22.5-bookworm, gcr.io/distroless/base-debian13",
        "go, static, golang:1.22-alpine3.19, alpine:3.19",
        "go, cgo, golang:1.22-alpine, alpine:3",
        "go, static, golang:alpine, alpine:3",
        "maven, jre, maven:3.9-eclipse-temurin-17, eclipse-temurin:17-jre",
        "maven, jre, maven:3.9.6-eclipse-temurin-21-alpine, eclipse-temurin:21-jre-alpine",
        "maven, jre, maven:3.9-eclipse-temurin-21-jammy, eclipse-temurin:21-jre-jammy",
        "maven, jre, maven:3-openjdk-11-slim, eclipse-temurin:11-jre",
        "gradle, jre, gradle:8.5-jdk17, eclipse-temurin:17-jre",
        "gradle, jre, gradle:8-jdk21-alpine, eclipse-temurin:21-jre-alpine",
        "npm, node, node:18, node:18-slim",
        "npm, node, node:18.20.4-bookworm, node:18.20.4-bookworm-slim",
        "npm, node, node:lts, node:lts-slim",
        "dotnet, aspnet, mcr.microsoft.com/dotnet/sdk:8.0, mcr.microsoft.com/dotnet/aspnet:8.0",
        "dotnet, console, mcr.microsoft.com/dotnet/sdk:8.0-alpine3.20, mcr.microsoft.com/dotnet/runtime:8.0-alpine3.20",
        "dotnet, aspnet, mcr.microsoft.com/dotnet/sdk:9.0-bookworm-slim, mcr.microsoft.com/dotnet/aspnet:9.0-bookworm-slim",
    })
    void keepsTheVersionAndTheVariant(String toolchain, String kind, String reference, String expected) {
        assertEquals(Optional.of(expected), runtime(toolchain, kind, reference));
    }

    @Test
    void runtimeAndSlimImagesAreNoToolchains() {
        for (String image : List.of("node:20-slim", "node:20-alpine", "alpine:3.20", "eclipse-temurin:17-jre", "maven:latest",
                "mcr.microsoft.com/dotnet/aspnet:8.0", "gcr.io/distroless/static-debian13", "golang:1.22-windowsservercore")) {
            assertEquals(List.of(), TABLE.building(image), image);
        }
        assertEquals(List.of("maven", "gradle"), TABLE.building("eclipse-temurin:17-jdk").stream().map(Toolchain::name).toList());
    }

    @Test
    void everyRuntimeImageOfTheTableHasASizeAndIsSmallerThanItsToolchain() {
        for (Toolchain toolchain : TABLE.toolchains()) {
            for (Toolchain.Runtime runtime : toolchain.runtimes()) {
                String example = runtime.toolchain().text().replace("{version}", "1.2").replace("{major}", "17")
                        .replace("{alpine}", "3.20").replace("{codename}", "bookworm");
                String image = toolchain.runtime(runtime.kind(), example).orElseThrow();
                OptionalInt big = TABLE.megabytes(example);
                OptionalInt small = TABLE.megabytes(image);
                assertTrue(big.isPresent() && small.isPresent() && small.getAsInt() < big.getAsInt(), example + " -> " + image);
            }
        }
    }

    /** The two knowledge tables agree: each toolchain is one to the base-image knowledge, each runtime image known and none. */
    @Test
    void theBaseImageKnowledgeKnowsEveryToolchainAndRuntimeImage() {
        List<String> problems = new java.util.ArrayList<>();
        for (Toolchain toolchain : TABLE.toolchains()) {
            for (Toolchain.Runtime runtime : toolchain.runtimes()) {
                String example = runtime.toolchain().text().replace("{version}", "1.2").replace("{major}", "17")
                        .replace("{alpine}", "3.20").replace("{codename}", "bookworm");
                String image = toolchain.runtime(runtime.kind(), example).orElseThrow();
                Optional<ImageFacts> from = facts(example);
                Optional<ImageFacts> to = facts(image);
                if (!from.flatMap(ImageFacts::toolchain).equals(Optional.of(toolchain.imageToolchain()))) {
                    problems.add(example + " is no " + toolchain.imageToolchain() + " toolchain to the base-image knowledge");
                }
                if (to.isEmpty()) {
                    problems.add(image + " is not known to the base-image knowledge");
                }
                if (to.flatMap(ImageFacts::toolchain).isPresent()) {
                    problems.add(image + " is a toolchain to the base-image knowledge");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Optional<ImageFacts> facts(String reference) {
        return ImageName.of(reference).flatMap(ImageFamilies.shipped()::of);
    }

    @Test
    void sizesSayTheOrderOfMagnitude() {
        assertEquals("the runtime image node:18-slim instead of node:18 is about 900 MB smaller", ConvertToMultiStage.size("node:18", "node:18-slim"));
        assertEquals("the runtime image x:1 instead of y:1 (their sizes are not in the data)", ConvertToMultiStage.size("y:1", "x:1"));
    }

    @Test
    void aMalformedTableNamesItsLine() {
        assertEquals("t line 2: `runtime` takes a kind, a toolchain image and a runtime image", assertThrows(IllegalArgumentException.class,
                () -> RuntimeImages.parse("t", List.of("toolchain go", "  runtime static golang:{version}"))).getMessage());
        assertEquals("t line 2: `golang:{tag}`: {tag} is not one of alpine, codename, major, version",
                assertThrows(IllegalArgumentException.class, () -> RuntimeImages.parse("t",
                        List.of("toolchain go", "  runtime static golang:{tag} alpine:3"))).getMessage());
        assertEquals("t line 2: the runtime image uses {alpine}, which the toolchain image does not capture",
                assertThrows(IllegalArgumentException.class, () -> RuntimeImages.parse("t",
                        List.of("toolchain go", "  runtime static golang:{version} alpine:{alpine}"))).getMessage());
        assertEquals("t line 1: toolchain go needs `image-toolchain`, `runtime` and `source` lines", assertThrows(IllegalArgumentException.class,
                () -> RuntimeImages.parse("t", List.of("toolchain go"))).getMessage());
        assertEquals("t line 1: `workdir` comes before the first `toolchain` line", assertThrows(IllegalArgumentException.class,
                () -> RuntimeImages.parse("t", List.of("workdir /go"))).getMessage());
        assertEquals("t line 1: `size` takes an image, a whole number of MB and a source", assertThrows(IllegalArgumentException.class,
                () -> RuntimeImages.parse("t", List.of("size golang:* big"))).getMessage());
        assertEquals("t line 2: unknown key `ships`; the keys are toolchain, image-toolchain, workdir, runtime, build-env, build-packages, build-inputs, "
                + "self-contained, build-programs, native-helpers, source, installer, not-runtime, size", assertThrows(IllegalArgumentException.class,
                () -> RuntimeImages.parse("t", List.of("toolchain go", "ships x"))).getMessage());
    }

    /** A value each placeholder of a toolchain pattern matches, to make a reference of every runtime line. */
    private static final java.util.Map<String, String> SAMPLE = java.util.Map.of("version", "1.22", "major", "17", "alpine", "3.20",
            "codename", "bookworm");

    @Test
    void everyToolchainAndRuntimePairHasASizeStatementWithTheRuntimeSmaller() {
        List<String> problems = new java.util.ArrayList<>();
        int pairs = 0;
        for (Toolchain toolchain : TABLE.toolchains()) {
            for (Toolchain.Runtime line : toolchain.runtimes()) {
                String reference = line.toolchain().text();
                for (String placeholder : line.toolchain().placeholders()) {
                    reference = reference.replace("{" + placeholder + "}", SAMPLE.get(placeholder));
                }
                String runtime = toolchain.runtime(line.kind(), reference).orElseThrow();
                OptionalInt big = TABLE.megabytes(reference);
                OptionalInt small = TABLE.megabytes(runtime);
                pairs++;
                if (big.isEmpty() || small.isEmpty()) {
                    problems.add(reference + " -> " + runtime + ": no size for " + (big.isEmpty() ? reference : runtime));
                } else if (big.getAsInt() <= small.getAsInt()) {
                    problems.add(reference + " -> " + runtime + ": the runtime is not smaller");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(pairs > 50, pairs + " pairs");
    }

    @Test
    void aSizeWithoutAPublishedFigureIsMarkedAsAnEstimate() {
        assertTrue(TABLE.estimatedSize("maven:3.9-eclipse-temurin-17"));
        assertTrue(!TABLE.estimatedSize("node:20") && !TABLE.estimatedSize("node:20-slim"));
        assertEquals("the runtime image eclipse-temurin:17-jre instead of maven:3.9-eclipse-temurin-17 is about 230 MB smaller (the sizes "
                + "of both are estimates, no published figures)",
                ConvertToMultiStage.size("maven:3.9-eclipse-temurin-17", "eclipse-temurin:17-jre"));
    }
}
