package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Dockerfile;

/** The counts behind the corpus figure (and the CLI's conformance report). */
class ShellCorpusStatsTest {

    @Test
    void countsUnderstoodUnknownAndOtherShells() {
        Dockerfile linux = Dockerfiles.parse("FROM a\nRUN apt-get update\nRUN eval \"$(x)\"\nRUN echo \"oops\nRUN [\"ls\"]\n"
                + "RUN <<EOF\n#!/usr/bin/python3\nprint(1)\nEOF\n").orThrow("a");
        Dockerfile windows = Dockerfiles.parse("FROM a\nSHELL [\"powershell\"]\nRUN Get-Item x\n").orThrow("b");
        ShellCorpusStats stats = ShellCorpusStats.of(List.of(linux, windows));
        assertEquals(1, stats.understood());
        assertEquals(2, stats.unknownCount());
        assertEquals(3, stats.analysed());
        assertEquals(2, stats.otherShell());
        assertEquals(List.of(Map.entry("an unclosed double quote", 1),
                Map.entry("it runs `eval`, whose commands are only known when the build runs", 1)), stats.topUnknown(10));
        assertEquals("1 of 3 RUN scripts understood (33.3%); 2 run by another shell", stats.summary());
        assertEquals(stats.understood() * 2, stats.plus(stats).understood());
        assertEquals(1.0, ShellCorpusStats.NONE.understoodShare());
    }
}
