package dev.dockmend.cli.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Progress on standard error: one line redrawn on a terminal, a line per repository in a log. */
class ProgressTest {
    private static RepoResult result(String name, RepoStatus status, String reason, int exitCode) {
        return new RepoResult(new RepoEntry(name, Path.of("/r", name), name), status, reason, List.of(), RepoResult.Written.NOTHING,
                exitCode == 0 ? List.of() : List.of("error: " + reason), exitCode);
    }

    @Test
    void aLinePerRepositoryInALog() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, 2);
        progress.finished(result("api", RepoStatus.NO_CHANGES, "", 0));
        progress.finished(result("web", RepoStatus.FAILED, "not a git repository", 3));
        progress.end();
        assertEquals("[1/2] api: no-changes\n[2/2] web: failed (not a git repository), 1 error\n", err.toString());
    }

    @Test
    void oneRedrawnLineOnATerminal() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, 4);
        progress.finished(result("api", RepoStatus.NO_CHANGES, "", 0));
        progress.finished(result("web", RepoStatus.FAILED, "not a git repository", 3));
        progress.end();
        String[] draws = err.toString().split("\r");
        assertEquals(3, draws.length, err.toString());
        assertTrue(draws[1].startsWith("\033[K[#####...............] 1/4 repositories, 0 changes, 0 failed, "), draws[1]);
        assertTrue(draws[2].startsWith("\033[K[##########..........] 2/4 repositories, 0 changes, 1 failed, "), draws[2]);
        assertTrue(draws[2].matches("(?s).*, [0-9]+\\.[0-9]/s\n"), "the rate, then the line ends: " + draws[2]);
    }
}
