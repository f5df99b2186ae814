package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * add-non-root-user through {@code bin/dockmend} as a process: off until chosen (a default run leaves a root
 * container alone), chosen with {@code --recipe} or {@code recipes:} in {@code .dockmend.yaml}, its options set
 * with {@code --option}, and listed by {@code dockmend recipes} as off by default.
 */
class AddNonRootUserIT {
    private static final Program DOCKMEND = Program.launched();
    private static final byte[] ALPINE = "FROM alpine:3.20\nCOPY app /usr/local/bin/app\nCMD [\"app\"]\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aDefaultRunLeavesTheUserAlone() throws IOException {
        Program.Run run = DOCKMEND.run(dir, ALPINE, "fix", "--recipe", "exec-form-cmd", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Program.Run all = DOCKMEND.run(dir, ALPINE, "fix", "-");
        assertEquals(new String(ALPINE, StandardCharsets.UTF_8), new String(all.stdout(), StandardCharsets.UTF_8), all.err());
    }

    @Test
    void chosenWithRecipeItCreatesTheUserAndSwitchesToIt() throws IOException {
        Program.Run run = DOCKMEND.run(dir, ALPINE, "fix", "--recipe", "add-non-root-user", "--option", "add-non-root-user.name=svc", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("FROM alpine:3.20\nCOPY app /usr/local/bin/app\n"
                + "RUN addgroup -S -g 10001 svc && adduser -S -D -u 10001 -G svc svc\nUSER svc\nCMD [\"app\"]\n",
                new String(run.stdout(), StandardCharsets.UTF_8));
    }

    @Test
    void chosenInTheConfigurationWithTheOtherRecipes() throws IOException {
        Files.writeString(dir.resolve(".dockmend.yaml"), "recipes: [add-non-root-user, merge-run-layers]\n");
        Files.write(dir.resolve("Dockerfile"), "FROM debian:12-slim\nRUN apt-get update\nEXPOSE 8080\nCMD [\"app\"]\n"
                .getBytes(StandardCharsets.UTF_8));
        Program.Run run = DOCKMEND.run(dir, "fix", "--write", "Dockerfile");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("FROM debian:12-slim\nRUN apt-get update\nEXPOSE 8080\n"
                + "RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app\n"
                + "USER app\nCMD [\"app\"]\n", Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void listedAsOffByDefault() throws IOException {
        Program.Run run = DOCKMEND.run(dir, "recipes");
        String out = new String(run.stdout(), StandardCharsets.UTF_8);
        assertTrue(out.contains("add-non-root-user      review  Run the final stage as a non-root user\n"
                + "    off by default: --recipe add-non-root-user or `recipes:` in .dockmend.yaml runs it\n"), out);
        Program.Run json = DOCKMEND.run(dir, "recipes", "--json");
        assertTrue(new String(json.stdout(), StandardCharsets.UTF_8).contains("\"onByDefault\": false"), "json");
    }
}
