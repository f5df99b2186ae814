package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The GitHub Action ({@code action.yml} at the repository's root) run on a sample checkout as GitHub's runner
 * runs a composite action (CompositeAction), with the action's path being this repository: its scripts
 * start the packaged launcher. Its build step is not run (the jar it makes is the one under test, built by
 * this very Maven run), nor are the actions it uses (setup-java, cache, upload-sarif), whose inputs are checked.
 */
class GitHubActionIT {
    // HEALTHCHECK NONE: add-healthcheck has nothing to say, so the reports hold only what these tests count
    private static final String LAYERED = "FROM alpine\nRUN apk update\nRUN apk add curl\nHEALTHCHECK NONE\n";
    private static final String MENDED = "FROM alpine\nRUN apk add --no-cache curl \\\n"
            + "    && addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app\nUSER app\nHEALTHCHECK NONE\n";
    private static final String CLEAN = "FROM alpine\nUSER 65534\nCMD [\"true\"]\nHEALTHCHECK NONE\n";
    private static final Set<String> NOT_RUN = Set.of("build");

    @TempDir
    Path dir;
    private Path workspace;
    private CompositeAction action;

    /** A checkout: a Dockerfile to mend at the root, a clean one below. */
    @BeforeEach
    void checkout() throws IOException {
        action = CompositeAction.load(PreCommitHooks.repositoryRoot());
        workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.writeString(workspace.resolve("Dockerfile"), LAYERED);
        Files.createDirectories(workspace.resolve("services/api"));
        Files.writeString(workspace.resolve("services/api/Dockerfile"), CLEAN);
        Command git = Command.in(workspace);
        git.ok("git", "init", "-q", ".");
        git.ok("git", "add", "-A");
        git.ok("git", "-c", "user.name=dockmend", "-c", "user.email=dockmend@example.org", "commit", "-q", "-m", "sample");
    }

    private CompositeAction.Outcome run(Map<String, String> inputs) throws IOException {
        return action.run(workspace, Files.createTempDirectory(dir, "runner"), inputs, NOT_RUN);
    }

    @Test
    void theScriptsTakeTheInputsOnlyThroughTheEnvironment() {
        assertEquals("composite", action.runs().get("using"));
        List<String> read = new ArrayList<>();
        for (Map<String, Object> step : action.steps()) {
            if (step.containsKey("run")) {
                assertFalse(((String) step.get("run")).contains("${{"), "an expression in a script runs an input as shell code: " + step.get("run"));
            }
            Matcher inputs = Pattern.compile("inputs\\.([a-z-]+)").matcher(step.toString());
            while (inputs.find()) {
                read.add(inputs.group(1));
            }
        }
        assertEquals(action.inputs().keySet(), Set.copyOf(read), "every input is read, and only those declared");
    }

    @Test
    void checkFailsOnAChangeAndUploadsItsSarifReport() throws IOException {
        CompositeAction.Outcome run = run(Map.of());
        assertEquals(1, run.exitCode(), run.log());
        assertEquals("1", run.outputs().get("exit-code"), run.log());
        String log = run.step("dockmend").result().output();
        assertTrue(log.contains("Dockerfile:2-3: merge-run-layers (safe)"), log);
        assertTrue(log.contains("2 files: 1 would change (3 changes), 0 findings, 0 files with errors"), log);

        Path sarif = Path.of(run.outputs().get("sarif-file"));
        CompositeAction.Step upload = run.step("github/codeql-action/upload-sarif@v3");
        assertTrue(upload.ran(), run.log());
        assertEquals(Map.of("sarif_file", sarif.toString(), "category", "dockmend"), upload.with());
        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", report.get("version").asText());
        JsonNode results = report.get("runs").get(0).get("results");
        assertEquals(3, results.size(), report.toPrettyString());
        assertEquals("Dockerfile", results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());

        CompositeAction.Step java = run.step("actions/setup-java@v4");
        assertEquals(Map.of("distribution", "temurin", "java-version", "17"), java.with());
        String poms = run.step("actions/cache@v4").with().get("key");
        assertTrue(poms.matches("dockmend-maven-Linux-[0-9a-f]{16}"), poms);
        assertFalse(run.step("build").ran());
    }

    @Test
    void failOnAndRecipesChooseWhatFails() throws IOException {
        CompositeAction.Outcome never = run(Map.of("fail-on", "never"));
        assertEquals(0, never.exitCode(), never.log());
        assertTrue(never.step("github/codeql-action/upload-sarif@v3").ran(), "the report is uploaded all the same");

        CompositeAction.Outcome others = run(Map.of("recipes", "exec-form-cmd, maintainer-to-label"));
        assertEquals(0, others.exitCode(), "neither recipe changes the file: " + others.log());
        assertTrue(others.step("dockmend").result().output().contains("2 files: 0 would change"), others.log());

        CompositeAction.Outcome below = run(Map.of("paths", "services", "sarif", "false"));
        assertEquals(0, below.exitCode(), below.log());
        assertEquals("", below.outputs().get("sarif-file"));
        assertFalse(below.step("github/codeql-action/upload-sarif@v3").ran(), "no report, no upload");
    }

    @Test
    void fixRewritesTheFilesAndSaysSoForAPullRequestStep() throws IOException {
        CompositeAction.Outcome fix = run(Map.of("mode", "fix"));
        assertEquals(0, fix.exitCode(), fix.log());
        assertEquals("true", fix.outputs().get("changed"), fix.log());
        assertEquals(MENDED, Files.readString(workspace.resolve("Dockerfile")));
        assertEquals(CLEAN, Files.readString(workspace.resolve("services/api/Dockerfile")));
        assertFalse(fix.step("github/codeql-action/upload-sarif@v3").ran());

        CompositeAction.Outcome again = run(Map.of("mode", "fix"));
        assertEquals(0, again.exitCode(), again.log());
        assertEquals("false", again.outputs().get("changed"), again.log());
        assertEquals(0, run(Map.of()).exitCode(), "check passes on the mended files");
    }

    @Test
    void aFileThatDoesNotParseFailsFixAndCheck() throws IOException {
        Files.writeString(workspace.resolve("services/api/Dockerfile"), "FROM alpine\nRUN <<EOF\n");
        CompositeAction.Outcome fix = run(Map.of("mode", "fix"));
        assertEquals(3, fix.exitCode(), fix.log());
        assertEquals(MENDED, Files.readString(workspace.resolve("Dockerfile")), "the other file is still mended");
        CompositeAction.Outcome check = run(Map.of("working-directory", "services"));
        assertEquals(3, check.exitCode(), check.log());
        assertTrue(check.step("dockmend").result().err().contains("api/Dockerfile:2:1: error: unterminated heredoc"), check.log());
        assertTrue(check.step("github/codeql-action/upload-sarif@v3").ran(), "the report says which file failed");
    }

    @Test
    void anUnknownModeIsAUsageError() throws IOException {
        CompositeAction.Outcome run = run(Map.of("mode", "lint"));
        assertEquals(2, run.exitCode(), run.log());
        assertTrue(run.step("dockmend").result().err().contains("dockmend action: mode is 'lint' (expected check or fix)"), run.log());
    }
}
