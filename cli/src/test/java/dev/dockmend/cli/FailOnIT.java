package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fail-on} through the program users run: {@code bin/dockmend} as a process, on the files of
 * {@link FailOnTest} (which pins every value in-process). Runs by failsafe after {@code package}.
 */
class FailOnIT {
    private static final Program DOCKMEND = Program.launched();

    @TempDir
    Path dir;

    @BeforeEach
    void writeFiles() throws IOException {
        FailOnTest.write(dir, FailOnTest.FILES);
    }

    private Program.Run check(String... args) throws IOException {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return DOCKMEND.run(dir, all).withoutStackTrace();
    }

    @Test
    void byDefaultAWarningFailsAndInfoPasses() throws IOException {
        Program.Run warning = check("warning");
        assertEquals(ExitCodes.FINDINGS, warning.exitCode(), warning.err());
        assertTrue(warning.out().contains("warning/Dockerfile:2:1: exec-form-cmd: warning: "), warning.out());
        Program.Run info = check("info");
        assertEquals(ExitCodes.OK, info.exitCode(), info.err());
        assertTrue(info.out().contains("info/Dockerfile:3:1: merge-run-layers: info: "), info.out());
    }

    @Test
    void eachValueThroughTheLauncher() throws IOException {
        assertEquals(ExitCodes.FINDINGS, check("--fail-on", "info", "info").exitCode());
        assertEquals(ExitCodes.OK, check("--fail-on", "changes", "warning", "info").exitCode());
        assertEquals(ExitCodes.FINDINGS, check("--fail-on", "changes", "change").exitCode());
        assertEquals(ExitCodes.FINDINGS, check("--fail-on", "warnings", "warning").exitCode());
        assertEquals(ExitCodes.OK, check("--fail-on", "never", "change", "warning", "info").exitCode());
        Program.Run broken = check("--fail-on", "never", ".");
        assertEquals(ExitCodes.INPUT, broken.exitCode(), "errors exit 3 whatever --fail-on says");
        assertTrue(broken.err().contains("broken/Dockerfile:2:1: error: unterminated heredoc"), broken.err());
        Program.Run wrong = check("--fail-on", "errors", "clean");
        assertEquals(ExitCodes.USAGE, wrong.exitCode());
        assertTrue(wrong.err().startsWith("dockmend check: invalid value for option '--fail-on'"), wrong.err());
    }

    @Test
    void sarifAndJsonCarryTheSeverity() throws IOException {
        Program.Run sarif = check("--format", "sarif", "info");
        assertEquals(ExitCodes.OK, sarif.exitCode(), sarif.err());
        assertTrue(sarif.out().contains("\"level\": \"note\""), sarif.out());
        Program.Run json = check("--format", "json", "--fail-on", "info", "info");
        assertEquals(ExitCodes.FINDINGS, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"severity\": \"info\""), json.out());
    }
}
