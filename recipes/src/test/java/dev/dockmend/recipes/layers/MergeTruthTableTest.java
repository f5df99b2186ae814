package dev.dockmend.recipes.layers;

import static dev.dockmend.recipes.layers.Merging.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;

/**
 * One test per rule of {@link JoinRules} and per reason to decline: merged or not, and the exact
 * script the merged RUN runs (blanks squeezed) with its grouping. {@code MergeDifferentialTest} runs
 * the same kinds of scripts with a real shell.
 */
class MergeTruthTableTest {

    private static void assertMerged(String script, String... lines) {
        Merging.Outcome outcome = runs(lines);
        assertEquals(script, outcome.merged(), outcome.text());
        assertEquals(List.of(), outcome.findings());
    }

    /** Nothing changes and a finding says why. */
    private static void assertDeclined(String why, String... lines) {
        Merging.Outcome outcome = runs(lines);
        assertEquals(Merging.runs(lines).text(), outcome.text());
        assertEquals(List.of(), outcome.changes(), outcome.text());
        assertTrue(outcome.findings().stream().anyMatch(f -> f.contains(why)), why + " not in " + outcome.findings());
    }

    private static JoinRules.Join join(String script, boolean first, boolean last) {
        ShellAnalysis.Understood understood = assertInstanceOf(ShellAnalysis.Understood.class, ShellParser.parse(script));
        return assertInstanceOf(JoinRules.Join.class, JoinRules.decide(understood.script(), first, last, false));
    }

    // && between parts

    @Test
    void simpleCommandsAreJoinedWithAnd() {
        assertMerged("a && b && c", "RUN a", "RUN b", "RUN c");
    }

    @Test
    void andInsideALaterPartNeedsNoGroup() {
        assertMerged("a && b && c", "RUN a", "RUN b && c");
    }

    // ;

    @Test
    void semicolonInTheFirstPartStaysBare() {
        assertMerged("a; b && c", "RUN a; b", "RUN c");
    }

    @Test
    void semicolonInALaterPartIsBraced() {
        assertMerged("a && { b; c; }", "RUN a", "RUN b; c");
        assertMerged("a && { b; c; } && d", "RUN a", "RUN b; c", "RUN d");
    }

    @Test
    void trailingSemicolonBeforeAndIsDropped() {
        assertMerged("a && b", "RUN a;", "RUN b");
        assertMerged("a; b && c", "RUN a; b;", "RUN c");
    }

    @Test
    void trailingSemicolonOfTheLastPartStays() {
        assertMerged("a && b;", "RUN a", "RUN b;");
        assertMerged("a && { b; c; }", "RUN a", "RUN b; c;");
    }

    // ||

    @Test
    void orInTheFirstPartStaysBare() {
        assertMerged("a || b && c", "RUN a || b", "RUN c");
    }

    @Test
    void orInALaterPartIsBraced() {
        assertMerged("a && { b || c; }", "RUN a", "RUN b || c");
        assertMerged("a && { b && c || d; } && e", "RUN a", "RUN b && c || d", "RUN e");
    }

    // |

    @Test
    void pipesNeedNoGroup() {
        assertMerged("a | b && c | d", "RUN a | b", "RUN c | d");
        assertMerged("a && ! b | c", "RUN a", "RUN ! b | c");
    }

    // &

    @Test
    void backgroundBeforeAnotherPartIsDeclined() {
        assertDeclined("sends a command to the background", "RUN a & b", "RUN c");
        assertDeclined("sends a command to the background", "RUN a &", "RUN c");
        assertDeclined("sends a command to the background", "RUN ( a & ) && b", "RUN c");
        assertDeclined("sends a command to the background", "RUN x=$(a &)", "RUN c");
    }

    @Test
    void serviceStartedBeforeAnotherPartIsDeclined() {
        assertDeclined("starts a service (`service ssh start`)", "RUN service ssh start && a", "RUN b");
        assertDeclined("starts a service (`/etc/init.d/mysql start`)", "RUN /etc/init.d/mysql start", "RUN b");
        assertDeclined("starts a service (`sudo pg_ctl start -D /data`)", "RUN sudo pg_ctl start -D /data", "RUN b");
        assertMerged("service ssh status && b", "RUN service ssh status", "RUN b");
        assertMerged("a && service ssh start", "RUN a", "RUN service ssh start");
    }

    @Test
    void backgroundInTheLastPartIsBraced() {
        assertMerged("a && { b & }", "RUN a", "RUN b &");
        assertMerged("a && { b & wait; }", "RUN a", "RUN b & wait");
    }

    // newline (only a heredoc brings one into a RUN, and heredoc RUNs are not merged)

    @Test
    void newlineInALaterPartIsBraced() {
        JoinRules.Join later = join("b\nc", false, true);
        assertEquals(Grouping.BRACES, later.grouping());
        assertEquals("its newline would otherwise run what follows it even when the commands before it failed",
                later.why().orElseThrow());
        assertEquals(Grouping.BARE, join("a\nb", true, false).grouping());
    }

    // trailing comment

    @Test
    void trailingCommentOfAnEarlierPartMovesToItsOwnLine() {
        Merging.Outcome outcome = runs("RUN a # note", "RUN b");
        assertEquals("a && b", outcome.merged());
        assertEquals("FROM alpine:3.20\n# note\nRUN a \\\n    && b\n", outcome.text());
        assertTrue(outcome.changes().get(0).contains("The comment at the end of line 2 moved to a line of its own"));
    }

    @Test
    void trailingCommentOfAMiddlePartGoesAboveItsLine() {
        Merging.Outcome outcome = runs("RUN a", "RUN b # note", "RUN c");
        assertEquals("FROM alpine:3.20\nRUN a \\\n    # note\n    && b \\\n    && c\n", outcome.text());
    }

    @Test
    void trailingCommentOfABareLastPartStays() {
        assertMerged("a && b # note", "RUN a", "RUN b # note");
    }

    @Test
    void trailingCommentOfABracedLastPartMoves() {
        Merging.Outcome outcome = runs("RUN a", "RUN b || c # note");
        assertEquals("a && { b || c; }", outcome.merged());
        assertTrue(outcome.text().contains("    # note\n    && { b || c; }"), outcome.text());
    }

    @Test
    void commentThatSwallowsItsContinuationIsDeclined() {
        assertDeclined("has a comment that runs on over its continuation lines", "RUN a # note \\", "  b", "RUN c");
    }

    /** Only a RUN that has a problem of its own is a warning; RUNs kept apart on purpose are info, which check passes. */
    @Test
    void aHiddenCommandIsAWarningAndADeliberateSplitIsInfo() {
        assertTrue(runs("RUN a # note \\", "  b", "RUN c").findings().get(0).endsWith("[warning]"),
                "`b` never runs: a bug of the file");
        assertTrue(runs("RUN set -eux; a", "RUN b").findings().get(0).endsWith("[info]"), "the set -eux style");
        assertTrue(runs("RUN --mount=type=cache,target=/root/.cache a", "RUN b").findings().get(0).endsWith("[info]"),
                "different flags");
        assertTrue(runs("RUN [\"a\"]", "RUN b").findings().get(0).endsWith("[info]"), "exec form");
        assertTrue(runs("SHELL [\"pwsh\", \"-c\"]", "RUN a", "RUN b").findings().get(0).endsWith("[info]"), "another shell");
    }

    // shell state: subshell unless last

    @Test
    void cdIsASubshellUnlessLast() {
        assertMerged("( cd /src && make ) && b", "RUN cd /src && make", "RUN b");
        assertMerged("a && cd /src && make", "RUN a", "RUN cd /src && make");
    }

    @Test
    void exportIsASubshell() {
        assertMerged("( export X=1 ) && b $X", "RUN export X=1", "RUN b $X");
    }

    @Test
    void setPlusEAndPipefailAreSubshells() {
        assertMerged("( set +e; a; b ) && c", "RUN set +e; a; b", "RUN c");
        assertMerged("( set -o pipefail && a | b ) && c", "RUN set -o pipefail && a | b", "RUN c");
        assertMerged("( set -x; a ) && b", "RUN set -x; a", "RUN b");
    }

    @Test
    void setMinusEBeforeAnotherPartIsDeclined() {
        assertDeclined("turns on `set -e`", "RUN set -e; a; b", "RUN c");
        assertDeclined("turns on `set -eux`", "RUN set -eux; a", "RUN c");
        assertDeclined("turns on `set -o errexit`", "RUN set -o errexit; a", "RUN c");
        assertDeclined("turns on `set -e`", "RUN a && ( set -e; b; c )", "RUN d");
        Merging.Outcome outcome = runs("RUN a", "RUN set -e; b", "RUN c");
        assertEquals(List.of("a && { set -e; b; }", "c"), outcome.scripts());
        assertTrue(outcome.findings().get(0).startsWith("4: not merged into the RUN at line 3, which turns on `set -e`"),
                outcome.findings().toString());
    }

    @Test
    void setMinusEInTheLastPartIsBraced() {
        assertMerged("a && { set -e; b; c; }", "RUN a", "RUN set -e; b; c");
    }

    @Test
    void exitAndExecAreSubshells() {
        assertMerged("( a || exit 0 ) && b", "RUN a || exit 0", "RUN b");
        assertMerged("( exec a ) && b", "RUN exec a", "RUN b");
        assertMerged("a && exit 3", "RUN a", "RUN exit 3");
    }

    @Test
    void functionDefinitionIsASubshell() {
        assertMerged("( f() { a; }; f ) && b", "RUN f() { a; }; f", "RUN b");
    }

    @Test
    void bareAssignmentIsASubshell() {
        assertMerged("( X=1 ) && b $X", "RUN X=1", "RUN b $X");
        assertMerged("X=1 a && b $X", "RUN X=1 a", "RUN b $X");
    }

    @Test
    void umaskSourceAliasAndTrapAreSubshells() {
        assertMerged("( umask 077 ) && b", "RUN umask 077", "RUN b");
        assertMerged("( . ./env.sh ) && b", "RUN . ./env.sh", "RUN b");
        assertMerged("( source ./env.sh ) && b", "RUN source ./env.sh", "RUN b");
        assertMerged("( alias x=a ) && b", "RUN alias x=a", "RUN b");
        assertMerged("( trap c EXIT; a ) && b", "RUN trap c EXIT; a", "RUN b");
    }

    @Test
    void stateChangeInALaterMiddlePartIsASubshell() {
        assertMerged("a && ( cd /src; make ) && b", "RUN a", "RUN cd /src; make", "RUN b");
    }

    // what is not merged

    @Test
    void unknownScriptIsDeclined() {
        assertDeclined("does not understand (it runs `eval`", "RUN a", "RUN eval \"$CMD\"");
        assertDeclined("does not understand (an unclosed", "RUN a \"b", "RUN c");
    }

    @Test
    void heredocIsDeclined() {
        assertDeclined("has a heredoc", "RUN a", "RUN <<EOF", "b", "EOF");
    }

    @Test
    void execFormIsDeclined() {
        assertDeclined("is in exec form", "RUN [\"a\"]", "RUN b");
    }

    @Test
    void differentFlagsAreDeclinedAndSameFlagsMerge() {
        assertDeclined("their flags differ (none here, `--network=none` there)", "RUN --network=none a", "RUN b");
        assertDeclined("their flags differ", "RUN --mount=type=cache,target=/a a", "RUN --mount=type=cache,target=/b b");
        assertDeclined("their flags differ", "RUN --security=insecure a", "RUN b");
        Merging.Outcome same = runs("RUN --mount=type=cache,target=/a a", "RUN --mount=type=cache,target=/a b");
        assertEquals("a && b", same.merged());
        assertTrue(same.text().contains("RUN --mount=type=cache,target=/a a \\\n    && b\n"), same.text());
    }

    @Test
    void powershellIsDeclined() {
        assertDeclined("their shell, powershell (the SHELL instruction), is not a POSIX shell",
                "SHELL [\"powershell\", \"-Command\"]", "RUN a", "RUN b");
    }

    @Test
    void windowsImageIsDeclined() {
        Merging.Outcome outcome = Merging.file("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a\nRUN b\n");
        assertEquals(List.of(), outcome.changes());
        assertTrue(outcome.findings().get(0).contains("cmd (the default shell of a Windows base image)"), outcome.findings().toString());
    }

    @Test
    void stageThatLooksLikeWindowsIsDeclined() {
        Merging.Outcome outcome = Merging.file("FROM microsoft/iis\nRUN mkdir C:\\app\nRUN echo hi > C:\\app\\hi.txt\n");
        assertEquals(List.of(), outcome.changes());
        assertTrue(outcome.findings().get(0).contains("their stage looks like a Windows one (`C:\\`)"), outcome.findings().toString());
        assertEquals(List.of(), Merging.file("FROM microsoft/iis\nRUN %windir%\\x.exe a\nRUN b\n").changes());
    }

    @Test
    void escapeFileIsDeclined() {
        Merging.Outcome outcome = Merging.file("# escape=`\nFROM alpine:3.20\nRUN a\nRUN b\n");
        assertEquals(List.of(), outcome.changes());
        assertTrue(outcome.findings().get(0).contains("this is a Windows Dockerfile (escape=`)"), outcome.findings().toString());
    }

    @Test
    void anythingButRunCommentsAndBlankLinesStopsAMerge() {
        Merging.Outcome outcome = runs("RUN a", "ENV X=1", "RUN b", "WORKDIR /x", "RUN c");
        assertEquals(List.of("a", "b", "c"), outcome.scripts());
        assertEquals(List.of(), outcome.findings());
    }

    @Test
    void commentsAndBlankLinesBetweenRunsDoNot() {
        Merging.Outcome outcome = runs("RUN a", "", "# then b", "", "RUN b");
        assertEquals("FROM alpine:3.20\nRUN a \\\n    # then b\n    && b\n", outcome.text());
        assertTrue(outcome.changes().get(0).contains("The 2 blank lines between them were dropped"), outcome.changes().toString());
    }

    @Test
    void stagesAreNeverCrossed() {
        Merging.Outcome outcome = runs("RUN a", "FROM alpine:3.20 AS two", "RUN b", "RUN c");
        assertEquals(List.of("a", "b && c"), outcome.scripts());
    }

    @Test
    void runsBeforeTheFirstFromAreLeftAlone() {
        Merging.Outcome outcome = Merging.file("RUN a\nRUN b\nFROM alpine:3.20\n");
        assertEquals(List.of("a", "b"), outcome.scripts());
    }

    @Test
    void suppressionCommentKeepsARunOutOfAnyMerge() {
        Merging.Outcome outcome = runs("RUN a", "# dockmend:ignore merge-run-layers", "RUN b", "RUN c", "RUN d");
        assertEquals(List.of("a", "b", "c && d"), outcome.scripts());
        assertEquals(List.of(), outcome.findings());
        assertEquals(List.of("a", "b"), runs("RUN a", "# hadolint ignore=DL3059", "RUN b").scripts());
    }

    @Test
    void otherSuppressionCommentsAreNotMovedOrWidened() {
        assertDeclined("has a suppression comment above it", "RUN a", "# hadolint ignore=DL3008", "RUN b");
        assertDeclined("has a suppression comment above it", "# dockmend:ignore clean-package-cache", "RUN a", "RUN b");
    }

    @Test
    void aRunWithoutCommandsIsDeclined() {
        assertDeclined("runs no command", "RUN # nothing yet", "RUN b");
    }

    // a SHELL that runs with -e

    @Test
    void underAnErrexitShellOnlyBareSimpleListsMayPrecede() {
        String shell = "SHELL [\"/bin/sh\", \"-e\", \"-c\"]";
        assertMerged("a; b && c && { d; e; }", shell, "RUN a; b", "RUN c", "RUN d; e");
        Merging.Outcome outcome = runs(shell, "RUN a", "RUN b; c", "RUN d");
        assertEquals(List.of("a && { b; c; }", "d"), outcome.scripts());
        assertTrue(outcome.findings().get(0).contains("which would need grouping or `&&` around its commands, where the "
                + "shell's -e (from the SHELL instruction) no longer applies"), outcome.findings().toString());
        assertDeclined("where the shell's -e", shell, "RUN cd /x", "RUN b");
        assertDeclined("where the shell's -e", shell, "RUN if a; then b; c; fi", "RUN d");
    }

    @Test
    void errexitIsReadFromShellOptions() {
        assertTrue(Errexit.turnsOn(List.of("-e", "-c")));
        assertTrue(Errexit.turnsOn(List.of("-eo", "pipefail", "-c")));
        assertTrue(Errexit.turnsOn(List.of("-o", "errexit")));
        assertTrue(Errexit.turnsOn(List.of("--login", "-exc")));
        assertEquals(false, Errexit.turnsOn(List.of("-o", "pipefail", "-c")));
        assertEquals(false, Errexit.turnsOn(List.of("+e")));
        assertEquals(false, Errexit.turnsOn(List.of("--", "-e")));
        assertEquals(false, Errexit.turnsOn(List.of("-x", "-E")));
    }

    @Test
    void pipefailShellAppliesToEveryPartAlike() {
        assertMerged("a | b && { c || d; }", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]", "RUN a | b", "RUN c || d");
    }
}
