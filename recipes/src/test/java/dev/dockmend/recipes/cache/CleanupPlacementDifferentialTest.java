package dev.dockmend.recipes.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipes.testing.ShellDifferential;
import dev.dockmend.shell.RunScript;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Run;

/**
 * The cleanup keeps each script's outcome: every script below is rewritten by the recipe, then it and its
 * rewrite run for real under {@code /bin/sh} with every command stubbed ({@code rm} too), for every
 * combination of the stubs' exit codes. Both must succeed or fail together and make the same calls, the
 * cleanup aside; and when the package managers succeed and so does the build, the cleanup ran after the
 * last install. Only these hand-written scripts are run.
 */
class CleanupPlacementDifferentialTest {

    static Stream<String> scripts() {
        return Stream.of(
                "apt-get update && apt-get install -y x || a",
                "apt-get update && apt-get install -y x; a",
                "apt-get update; apt-get install -y x",
                "set -e; apt-get update; apt-get install -y x; a",
                "set -e; apt-get update && apt-get install -y x",
                "set -e; a && apt-get update && apt-get install -y x; b",
                "set -e; if a; then apt-get update && apt-get install -y x; fi; b",
                "if a; then apt-get update && apt-get install -y x; fi && b",
                "set -e; case 1 in 1) apt-get update && apt-get install -y x;; esac; b",
                "(apt-get update && apt-get install -y x) || a",
                "set -e; (apt-get update && apt-get install -y x); a",
                "{ apt-get update; apt-get install -y x; } && a",
                "set -e; { apt-get update; apt-get install -y x; } && a; b",
                "set -e; { apt-get update; apt-get install -y x; }; a",
                "a || apt-get update && apt-get install -y x",
                "apt-get update && apt-get install -y x | cat && b",
                "apt-get update && if a; then apt-get install -y x; else apt-get install -y y; fi && b",
                "set -e; apt-get update && apt-get install -y x && a; b",
                "for p in 1 2; do npm install $p; done; a",
                "set -e; for p in 1 2; do npm install $p; done; a",
                "set -e; while a; do npm install; break; done; b",
                "npm ci && npm run build || a",
                "set -e; npm ci; a; npm run build",
                // programs that may read apt-get's lists: the cleanup goes after them (issue 14)
                "apt-get update && apt-get install -y x && aptitude install -y y",
                "apt-get update && apt-get install -y x; rosdep install -y a || b",
                "set -e; apt-get update; apt-get install -y x; install.sh; a",
                "apt-get update && apt-get install -y x && install.sh && a; b");
    }

    /** Scripts on a base image whose pip version is unknown: pip gets the cleanup that works with every pip. */
    static Stream<String> unknownPipScripts() {
        return Stream.of(
                "pip install x && a",
                "set -e; pip install -U pip; pip install x; a",
                "pip install x || a; b",
                "for p in 1 2; do pip install $p; done; a");
    }

    /** The programs each run is traced through; the managers and index readers among them, and the others. */
    private static final List<String> INSTALLERS = List.of("apt-get", "npm", "pip", "aptitude", "rosdep", "install.sh");
    private static final List<String> OTHERS = List.of("a", "b");

    @ParameterizedTest
    @MethodSource("scripts")
    void theRewriteSucceedsAndFailsWithTheOriginal(String script) throws Exception {
        compare(script, "debian:12");
    }

    @ParameterizedTest
    @MethodSource("unknownPipScripts")
    void theCleanupForEveryPipVersionKeepsTheOutcome(String script) throws Exception {
        String rewritten = compare(script, "mycompany/python:1");
        assertTrue(rewritten.contains("rm -rf ~/.cache/pip"), rewritten);
    }

    private static String compare(String script, String base) throws Exception {
        String rewritten = rewrite(script, base);
        assertNotEquals(script, rewritten, "the recipe should change: " + script);
        // a stub's exit code holds for all its calls; a real `npm cache clean --force` succeeds, so it runs as rm
        String run = rewritten.replace("npm cache clean --force", "rm -rf npm-cache");
        List<String> all = new ArrayList<>(INSTALLERS);
        all.addAll(OTHERS);
        List<String> stubs = new ArrayList<>(all.stream().filter(script::contains).toList());
        List<String> stubbed = new ArrayList<>(all);
        stubbed.add("rm");
        ShellDifferential sh = new ShellDifferential(stubbed);
        for (int bits = 0; bits < (1 << stubs.size()); bits++) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            for (int i = 0; i < stubs.size(); i++) {
                codes.put(stubs.get(i), (bits >> i) & 1);
            }
            codes.put("rm", 0);
            ShellDifferential.Run before = sh.together(script, codes);
            ShellDifferential.Run after = sh.together(run, codes);
            String where = "\n  " + script + "\n  " + rewritten + "\n  exit codes " + codes;
            assertEquals(before.succeeded(), after.succeeded(), "success differs" + where);
            assertEquals(before.trace(), withoutCleanup(after.trace()), "calls differ" + where);
            List<String> trace = after.trace();
            int lastInstall = lastIndex(trace, "apt-get install", "npm install", "npm ci", "apt-get update", "pip install",
                    "aptitude", "rosdep", "install.sh");
            boolean installersSucceed = INSTALLERS.stream().allMatch(name -> codes.getOrDefault(name, 0) == 0);
            if (after.succeeded() && lastInstall >= 0 && installersSucceed) {
                assertTrue(lastIndex(trace, "rm -rf") > lastInstall, "no cleanup after the last install" + where + "\n  " + trace);
            }
        }
        return rewritten;
    }

    /** The script of the single RUN after the recipe ran on it, in a stage built on {@code base}. */
    private static String rewrite(String script, String base) {
        Dockerfile file = Dockerfiles.parse("FROM " + base + "\nRUN " + script + "\n").orThrow("Dockerfile");
        Pipeline.Result result = new Pipeline(List.of(new CleanPackageCache())).run(file, "Dockerfile", Map.of());
        Run run = (Run) result.after().instructions().get(1);
        return ((RunScript.ShellText) RunScript.of(run)).text();
    }

    private static List<String> withoutCleanup(List<String> trace) {
        return trace.stream().filter(call -> !call.startsWith("rm ")).toList();
    }

    private static int lastIndex(List<String> trace, String... prefixes) {
        int last = -1;
        for (int i = 0; i < trace.size(); i++) {
            for (String prefix : prefixes) {
                if (trace.get(i).startsWith(prefix)) {
                    last = i;
                }
            }
        }
        return last;
    }
}
