package dev.dockmend.recipes.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dockmend.recipes.testing.ShellDifferential;

/**
 * The merged RUN against the separate ones, run for real by {@code /bin/sh}: for each hand-written
 * case the recipe merges, and for every combination of the stub commands' exit codes, the merged
 * script calls the same commands with the same arguments in the same directories, and the build
 * succeeds exactly when the separate RUNs' build did. Only these scripts are run, never corpus ones.
 */
class MergeDifferentialTest {
    private static final List<String> STUBS = List.of("a", "b", "c", "d");

    /**
     * RUN scripts the recipe must merge, perhaps under a shell that runs with -e.
     *
     * @param errexit the Dockerfile says {@code SHELL ["/bin/sh", "-e", "-c"]}, and every script runs with -e
     */
    record Case(String name, boolean errexit, List<String> runs) {
        static Case of(String name, String... runs) {
            return new Case(name, false, List.of(runs));
        }

        static Case errexit(String name, String... runs) {
            return new Case(name, true, List.of(runs));
        }

        @Override
        public String toString() {
            return name + (errexit ? " (sh -e)" : "") + ": " + runs;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("and", "a", "b", "c"),
                Case.of("semicolon in the first part", "a; b", "c"),
                Case.of("semicolon in a later part", "a", "b; c", "d"),
                Case.of("trailing semicolons", "a;", "b;", "c"),
                Case.of("or in the first part", "a || b", "c"),
                Case.of("or in a later part", "a", "b || c", "d"),
                Case.of("and-or in the last part", "a", "b && c || d"),
                Case.of("or then and in the first part", "a || b && c", "d"),
                // one stub per pipeline: the commands of a pipeline run at the same time, in no fixed order
                Case.of("pipes", "cat /dev/null | a", "b | cat", "true | c && d"),
                Case.of("negation", "a", "! b", "c"),
                Case.of("background in the last part, waited for", "a", "b & wait"),
                Case.of("trailing comments", "a # note", "b || c # other", "d"),
                Case.of("cd", "cd sub && a", "b"),
                Case.of("cd in a middle part", "a", "cd sub; b", "c"),
                Case.of("cd in the last part", "a", "cd sub && b"),
                Case.of("export", "export X=1", "a \"$X\""),
                Case.of("bare assignment", "X=1", "a \"$X\""),
                Case.of("assignment before a command", "X=1 a \"$X\"", "b \"$X\""),
                Case.of("set +e", "set +e; a; b", "c"),
                Case.of("set -e in the last part", "a", "set -e; b; c"),
                Case.of("set -x", "set -x; a", "b"),
                Case.of("positional parameters", "set -- x y", "a \"$#\" \"$@\""),
                Case.of("exit 0", "a || exit 0", "b"),
                Case.of("exit with a code", "a && exit 3", "b"),
                Case.of("exit in the last part", "a", "b || exit 4"),
                Case.of("exec", "exec a", "b"),
                Case.of("exec redirection", "exec 2>/dev/null; a", "b"),
                Case.of("function definition", "f() { a x; }; f", "f || b"),
                Case.of("umask", "umask 077", "a \"$(umask)\""),
                Case.of("source", "echo 'cd sub' > env.sh && . ./env.sh", "a"),
                Case.of("alias", "alias b=a", "b"),
                Case.of("trap", "trap c EXIT; a", "b"),
                Case.of("status of the last command", "a || true", "b \"$?\""),
                Case.of("subshell and brace group", "( cd sub && a ) || b", "{ c; d; }"),
                Case.of("if and for", "if a; then b; fi", "for x in 1 2; do c \"$x\"; done"),
                Case.errexit("bare simple lists", "a; b", "c && d", "a x"),
                Case.errexit("grouped last part", "a", "b && c || true; d"),
                Case.errexit("state change in the last part", "a", "cd sub; b"));
    }

    @BeforeAll
    static void needsASh() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to run scripts with");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergedRunDoesWhatTheSeparateRunsDid(Case c) throws Exception {
        List<String> lines = new ArrayList<>();
        if (c.errexit()) {
            lines.add("SHELL [\"/bin/sh\", \"-e\", \"-c\"]");
        }
        c.runs().forEach(run -> lines.add("RUN " + run));
        List<String> merged = Merging.runs(lines.toArray(String[]::new)).exactScripts();
        assertEquals(1, merged.size(), "the recipe must merge " + c + ", got " + merged);
        String prefix = c.errexit() ? "set -e\n" : "";
        List<String> separate = c.runs().stream().map(run -> prefix + run).toList();
        ShellDifferential sh = new ShellDifferential(used(c.runs()));
        for (Map<String, Integer> codes : sh.everyExitCodeCombination()) {
            assertEquals(sh.separately(separate, codes), sh.together(prefix + merged.get(0), codes),
                    c + " merged as `" + merged.get(0) + "`, exit codes " + codes);
        }
    }

    /** The stub commands the scripts name, so only their exit codes are combined. */
    private static List<String> used(List<String> runs) {
        List<String> words = runs.stream().flatMap(run -> Arrays.stream(run.split("[^a-z]+"))).toList();
        return STUBS.stream().filter(words::contains).toList();
    }

    /** Without the rules: merges a naive join gets wrong, which is why the rules exist. */
    @Test
    void naiveJoinsDiffer() throws Exception {
        ShellDifferential sh = new ShellDifferential(List.of("a", "b", "c"));
        Map<String, Integer> aFails = Map.of("a", 1);
        // a later || reaches back over the parts before it
        assertNotEquals(sh.separately(List.of("a", "b || c"), aFails), sh.together("a && b || c", aFails));
        // a cd leaks into the next part
        assertNotEquals(sh.separately(List.of("cd sub", "b"), Map.of()), sh.together("cd sub && b", Map.of()));
        // a ; runs the next part after a failure
        assertNotEquals(sh.separately(List.of("a", "b; c"), aFails), sh.together("a && b; c", aFails));
    }

    /**
     * Two things only a new shell sees, so only separate RUNs: a program that replaced itself earlier on the
     * PATH (the shell remembers where it found the old one), and a replaced /bin/sh. The naive merge differs
     * from the separate RUNs; the recipe keeps such RUNs apart, written as real Dockerfiles write them.
     */
    @Test
    void aNewShellSeesWhatTheMergedRunDoesNot() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no /bin/bash to replace /bin/sh with");
        ShellDifferential sh = new ShellDifferential(List.of("a"));
        String upgrade = "a upgrade && printf '#!/bin/sh\\necho new >> \"$DOCKMEND_TRACE\"\\n' > \"$DOCKMEND_FRONT/a\""
                + " && chmod +x \"$DOCKMEND_FRONT/a\"";
        ShellDifferential.Run separate = sh.separately(List.of(upgrade, "a"), Map.of());
        assertEquals(List.of("a upgrade @ WORK", "new"), separate.trace());
        assertNotEquals(separate, sh.together(upgrade + " && a", Map.of()));
        assertEquals(separate, sh.together(upgrade + " && hash -r && a", Map.of()));

        String swap = "ln -sf /bin/bash \"$DOCKMEND_SH\"";
        String shellName = "a \"${BASH_VERSION:+bash}\"";
        ShellDifferential.Run swapped = sh.separately(List.of(swap, shellName), Map.of());
        assertEquals(List.of("a bash @ WORK"), swapped.trace());
        assertNotEquals(swapped, sh.together(swap + " && " + shellName, Map.of()));

        for (String first : List.of("pip install --upgrade pip", "python3 -m pip install -U pip", "npm install -g npm",
                "gem update --system", "ln -sf /bin/bash /bin/sh", "dpkg-reconfigure dash")) {
            assertEquals(2, Merging.runs("RUN " + first, "RUN a").exactScripts().size(), first + " must stay apart");
        }
    }

    /**
     * The analysis the recipe started from said a part that turns on -e could run in a subshell. It cannot:
     * the shell ignores -e in every command of an and-or list but the last, and everything those run.
     */
    @Test
    void setMinusEIsIgnoredOnTheLeftOfAnd() throws Exception {
        ShellDifferential sh = new ShellDifferential(List.of("a", "b", "c"));
        Map<String, Integer> aFails = Map.of("a", 1);
        ShellDifferential.Run separate = sh.separately(List.of("set -e; a; b", "c"), aFails);
        assertEquals(new ShellDifferential.Run(List.of("a  @ WORK"), false), separate);
        assertNotEquals(separate, sh.together("( set -e; a; b ) && c", aFails));
        assertNotEquals(separate, sh.together("{ set -e; a; b; } && c", aFails));
        // under a shell started with -e, a group on the left of && loses it too
        assertNotEquals(sh.separately(List.of("set -e\na; b", "set -e\nc"), aFails), sh.together("set -e\n{ a; b; } && c", aFails));
    }
}
