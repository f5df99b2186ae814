package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fail-on}: the exit code of every value on a file of each kind (clean, with a change, with
 * only a warning, with only an info finding, unparsable), and the severity in every report format.
 */
class FailOnTest {
    /** One Dockerfile of each kind, by folder name. */
    /** One file per outcome; HEALTHCHECK NONE keeps add-healthcheck out of them. */
    static final List<String[]> FILES = List.of(
            new String[] {"clean", "FROM alpine\nCMD [\"nginx\"]\nHEALTHCHECK NONE\n"},
            new String[] {"change", "FROM alpine\nCMD nginx -g \"daemon off;\"\nHEALTHCHECK NONE\n"},
            new String[] {"warning", "FROM alpine\nCMD echo $HOME\nHEALTHCHECK NONE\n"},
            new String[] {"info", "FROM alpine\nRUN set -eux; make\nRUN make install\nHEALTHCHECK NONE\n"},
            new String[] {"broken", "FROM alpine\nRUN <<EOF\n"});

    @TempDir
    Path dir;

    @BeforeEach
    void writeFiles() throws IOException {
        write(dir, FILES);
    }

    /** The files, and a configuration that skips add-non-root-user, whose change or finding every file would get. */
    static void write(Path dir, List<String[]> files) throws IOException {
        Files.writeString(dir.resolve(".dockmend.yaml"), "skip: [add-non-root-user]\n");
        for (String[] file : files) {
            Files.createDirectories(dir.resolve(file[0]));
            Files.writeString(dir.resolve(file[0]).resolve("Dockerfile"), file[1]);
        }
    }

    /** The exit code of {@code check [--fail-on value] FOLDER} for each folder, as one line. */
    private String row(String value) {
        List<String> codes = new ArrayList<>();
        for (String[] file : FILES) {
            List<String> args = new ArrayList<>(List.of("check"));
            if (value != null) {
                args.addAll(List.of("--fail-on", value));
            }
            args.add(file[0]);
            codes.add(file[0] + " " + CliRun.in(dir, args.toArray(String[]::new)).exitCode());
        }
        return (value == null ? "(default)" : value) + ": " + String.join(", ", codes);
    }

    @Test
    void everyValueFailsOnWhatItNamesAndErrorsAlwaysExitThree() {
        assertEquals(List.of(
                        "(default): clean 0, change 1, warning 1, info 0, broken 3",
                        "changes: clean 0, change 1, warning 0, info 0, broken 3",
                        "warnings: clean 0, change 1, warning 1, info 0, broken 3",
                        "info: clean 0, change 1, warning 1, info 1, broken 3",
                        "never: clean 0, change 0, warning 0, info 0, broken 3"),
                List.of(row(null), row("changes"), row("warnings"), row("info"), row("never")));
    }

    @Test
    void inABatchTheMostSeriousWins() {
        assertEquals(ExitCodes.INPUT, CliRun.in(dir, "check", "--fail-on", "never", ".").exitCode(), "an error is never passed");
        assertEquals(ExitCodes.INPUT, CliRun.in(dir, "check", "--fail-on", "info", ".").exitCode(), "errors outrank findings");
        assertEquals(ExitCodes.FINDINGS, CliRun.in(dir, "check", "--fail-on", "changes", "info", "warning", "change").exitCode());
        assertEquals(ExitCodes.OK, CliRun.in(dir, "check", "--fail-on", "changes", "info", "warning", "clean").exitCode());
        assertEquals(ExitCodes.OK, CliRun.in(dir, "check", "info", "clean").exitCode(), "info alone passes by default");
    }

    @Test
    void valuesAreCaseInsensitiveAndAnUnknownOneIsAUsageError() {
        assertEquals(ExitCodes.FINDINGS, CliRun.in(dir, "check", "--fail-on", "INFO", "info").exitCode());
        CliRun wrong = CliRun.in(dir, "check", "--fail-on", "errors", "clean");
        assertEquals(ExitCodes.USAGE, wrong.exitCode());
        // the values as the command line and the help spell them, as --format and --color do
        assertTrue(wrong.err().contains("invalid value for option '--fail-on'")
                && wrong.err().contains("'errors' is not one of changes, warnings, info, never"), wrong.err());
    }

    @Test
    void fixHasNoFailOn() {
        assertEquals(ExitCodes.USAGE, CliRun.in(dir, "fix", "--fail-on", "never", "clean").exitCode());
    }

    @Test
    void textAndDiffReportsPrintTheSeverityAfterTheRecipe() {
        CliRun text = CliRun.in(dir, "check", "--color", "never", "warning", "info");
        assertTrue(text.out().contains("warning/Dockerfile:2:1: exec-form-cmd: warning: CMD is in shell form"), text.out());
        assertTrue(text.out().contains("info/Dockerfile:3:1: merge-run-layers: info: not merged into the RUN at line 2"), text.out());
        assertTrue(text.out().endsWith("2 files: 0 would change (0 changes), 2 findings (1 warning, 1 info), 0 files with errors\n"),
                text.out());
        CliRun diff = CliRun.in(dir, "fix", "warning", "info");
        assertTrue(diff.err().contains("warning/Dockerfile:2:1: exec-form-cmd: warning: "), diff.err());
        assertTrue(diff.err().contains("info/Dockerfile:3:1: merge-run-layers: info: "), diff.err());
    }

    @Test
    void coloredTextMarksOnlyWarnings() {
        String out = CliRun.in(dir, "check", "--color", "always", "warning", "info").out();
        assertTrue(out.contains(": \u001b[33mwarning\u001b[0m: CMD is in shell form"), out);
        assertTrue(out.contains("\u001b[0m: info: not merged"), out);
    }

    @Test
    void jsonGivesEachFindingItsSeverityAndCountsThem() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliRun.in(dir, "check", "--format", "json", "warning", "info").out());
        assertEquals("warning", json.at("/files/0/findings/0/severity").asText(), json.toString());
        assertEquals("info", json.at("/files/1/findings/0/severity").asText(), json.toString());
        assertEquals(2, json.at("/summary/findings").asInt());
        assertEquals(1, json.at("/summary/findingsBySeverity/warning").asInt());
        assertEquals(1, json.at("/summary/findingsBySeverity/info").asInt());
    }

    @Test
    void actionsGiveTheFindingsSeverity() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliRun.in(dir, "actions", "info/Dockerfile", "--line", "3").out());
        assertEquals("info", json.at("/findings/0/severity").asText(), json.toString());
    }

    @Test
    void sarifGivesAnInfoFindingTheLevelNoteAndChangesStayWarnings() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(CliRun.in(dir, "check", "--format", "sarif", "change", "warning", "info").out());
        List<String> levels = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            levels.add(result.get("ruleId").asText() + " " + result.get("level").asText()
                    + (result.has("fixes") ? " with a fix" : ""));
        }
        assertEquals(List.of("exec-form-cmd warning with a fix", "exec-form-cmd warning", "merge-run-layers note"), levels);
    }
}
