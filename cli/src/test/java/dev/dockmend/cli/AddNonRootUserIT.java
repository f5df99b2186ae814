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
 * add-non-root-user through {@code bin/dockmend} as a process: on by default like the other review recipes (a run
 * without a selection creates the user and switches to it), left out with {@code --skip} or {@code skip:} in
 * {@code .dockmend.yaml}, its options set with {@code --option}, and listed by {@code dockmend recipes}.
 */
class AddNonRootUserIT {
    private static final Program DOCKMEND = Program.launched();
    private static final byte[] ALPINE = "FROM alpine:3.20\nCOPY app /usr/local/bin/app\nCMD [\"app\"]\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aDefaultRunCreatesTheUserAndSwitchesToIt() throws IOException {
        Program.Run run = DOCKMEND.run(dir, ALPINE, "fix", "--option", "add-non-root-user.name=svc", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("FROM alpine:3.20\nCOPY app /usr/local/bin/app\n"
                + "RUN addgroup -S -g 10001 svc && adduser -S -D -u 10001 -G svc svc\nUSER svc\nCMD [\"app\"]\n",
                new String(run.stdout(), StandardCharsets.UTF_8));
    }

    @Test
    void skippedItLeavesTheUserAlone() throws IOException {
        Program.Run run = DOCKMEND.run(dir, ALPINE, "fix", "--skip", "add-non-root-user", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(new String(ALPINE, StandardCharsets.UTF_8), new String(run.stdout(), StandardCharsets.UTF_8), run.err());
        Files.writeString(dir.resolve(".dockmend.yaml"), "skip: [add-non-root-user]\n");
        Files.write(dir.resolve("Dockerfile"), ALPINE);
        Program.Run configured = DOCKMEND.run(dir, "fix", "--write", "Dockerfile");
        assertEquals(ExitCodes.OK, configured.exitCode(), configured.err());
        assertEquals(new String(ALPINE, StandardCharsets.UTF_8), Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void withMergeRunLayersTheCreatedUsersRunIsJoinedWithoutASubshell() throws IOException {
        Files.write(dir.resolve("Dockerfile"), ("FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends "
                + "make && rm -rf /var/lib/apt/lists/*\nRUN cd /src && export PREFIX=/usr/local && make install\nCMD [\"app\"]\n")
                .getBytes(StandardCharsets.UTF_8));
        Program.Run run = DOCKMEND.run(dir, "fix", "--write", "Dockerfile");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends make && rm -rf /var/lib/apt/lists/* \\\n"
                + "    && groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app \\\n"
                + "    && cd /src && export PREFIX=/usr/local && make install\nUSER app\nCMD [\"app\"]\n",
                Files.readString(dir.resolve("Dockerfile")));
        Program.Run again = DOCKMEND.run(dir, "check", "Dockerfile");
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
    }

    @Test
    void listedWithTheOtherRecipes() throws IOException {
        Program.Run run = DOCKMEND.run(dir, "recipes");
        String out = new String(run.stdout(), StandardCharsets.UTF_8);
        assertTrue(out.contains("add-non-root-user      review  Run the final stage as a non-root user\n    fixes:  DL3002"), out);
        Program.Run json = DOCKMEND.run(dir, "recipes", "--json");
        assertTrue(new String(json.stdout(), StandardCharsets.UTF_8).contains("\"id\": \"add-non-root-user\""), "json");
    }
}
