package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Run;

/** The script each kind of RUN hands to its shell, heredocs included, as BuildKit builds it. */
class RunScriptTest {

    static List<RunScript.Source> sources(String dockerfile) {
        return Dockerfiles.parse(dockerfile).orThrow("Dockerfile").instructions().stream()
                .filter(Run.class::isInstance).map(run -> RunScript.of((Run) run)).toList();
    }

    static String text(String dockerfile) {
        return assertInstanceOf(RunScript.ShellText.class, sources(dockerfile).get(0)).text();
    }

    @Test
    void shellFormIsTheJoinedLogicalLine() {
        String text = text("FROM a\nRUN apt-get update && \\\n    # a comment line BuildKit drops\n    apt-get install -y curl\n");
        assertEquals("[apt-get update] && [apt-get install -y curl]", ShellOutline.of(ShellParserTest.understood(text)));
    }

    @Test
    void aLoneHeredocIsTheScript() {
        assertEquals("set -e\napt-get update\n", text("FROM a\nRUN <<EOF\nset -e\napt-get update\nEOF\n"));
        assertEquals("echo one\necho two\n", text("FROM a\nRUN <<-EOF\n\techo one\n\t\techo two\n\tEOF\n"));
        assertEquals("echo $HOME\n", text("FROM a\nRUN --mount=type=cache,target=/x << 'EOF'\necho $HOME\nEOF\n"));
    }

    @Test
    void aHeredocWithAShellShebangIsStillAShellScript() {
        assertEquals("#!/bin/bash -e\necho hi\n", text("FROM a\nRUN <<EOF\n#!/bin/bash -e\necho hi\nEOF\n"));
        assertEquals("#!/usr/bin/env sh\necho hi\n", text("FROM a\nRUN <<EOF\n#!/usr/bin/env sh\necho hi\nEOF\n"));
    }

    @Test
    void aHeredocWithAnotherInterpreterIsNotShell() {
        RunScript.NotShell python = assertInstanceOf(RunScript.NotShell.class,
                sources("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n").get(0));
        assertEquals("its heredoc starts with `#!/usr/bin/env python3`, so `python3` runs it, not a shell", python.reason());
    }

    @Test
    void otherHeredocsAreReadByTheShell() {
        String text = text("FROM a\nRUN python3 <<EOF\nprint(1)\nEOF\n");
        assertEquals("python3 <<EOF\nprint(1)\nEOF", text);
        Script script = ShellParserTest.understood(text);
        assertEquals("[python3 <<EOF] ⏎", ShellOutline.of(script));
        String two = text("FROM a\nRUN cat <<A > a && cat <<B > b\none\nA\ntwo\nB\n");
        assertEquals("cat <<A > a && cat <<B > b\none\nA\ntwo\nB", two);
        assertEquals("[cat <<A >a] && [cat <<B >b] ⏎", ShellOutline.of(ShellParserTest.understood(two)));
        assertEquals("<<EOF bash -x\necho hi\nEOF", text("FROM a\nRUN <<EOF bash -x\necho hi\nEOF\n"));
    }

    @Test
    void execFormRunsNoShell() {
        assertInstanceOf(RunScript.NotShell.class, sources("FROM a\nRUN [\"echo\", \"hi\"]\n").get(0));
    }
}
