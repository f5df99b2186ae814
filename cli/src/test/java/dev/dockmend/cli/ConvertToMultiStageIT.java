package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dockmend.testing.TestData;

/**
 * convert-to-multi-stage as users run it: {@code bin/dockmend fix -} with the case's build context
 * ({@code --context}), started as a process, writes the approved output of the yarn, pnpm and ARG cases of
 * {@code testdata/convert-to-multi-stage} (whose context decides yarn 1 against yarn 2, and the native modules).
 * Runs by failsafe after {@code package} (cli/pom.xml).
 */
class ConvertToMultiStageIT {
    private static final Program DOCKMEND = Program.launched();

    @ParameterizedTest
    @ValueSource(strings = {"yarn-build-on-node-slim", "pnpm-build-on-bookworm-slim", "npm-node-version-from-arg", "yarn-berry-not-applicable"})
    void fixWithTheContextWritesTheApprovedFile(String name) throws IOException {
        Path folder = TestData.root().resolve("convert-to-multi-stage").resolve(name);
        Path context = folder.resolve("context");
        Program.Run run = DOCKMEND.run(context, Files.readAllBytes(folder.resolve("Dockerfile")), "fix", "-", "--stdin-filename", "Dockerfile",
                "--context", context.toString(), "--recipe", "convert-to-multi-stage").withoutStackTrace();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(folder.resolve("after.approved.Dockerfile"), StandardCharsets.UTF_8), run.out());
    }
}
