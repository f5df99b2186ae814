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
                "set -e; npm ci; a; npm run build");
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void theRewriteSucceedsAndFailsWithTheOriginal(String script) throws Exception {
        String rewritten = rewrite(script);
        assertNotEquals(script, rewritten, "the recipe should change: " + script);
        // a stub's exit code holds for all its calls; a real `npm cache clean --force` succeeds, so it runs as rm
        String run = rewritten.replace("npm cache clean --force", "rm -rf npm-cache");
        List<String> stubs = new ArrayList<>(Stream.of("apt-get", "npm", "a", "b").filter(script::contains).toList());
        ShellDifferential sh = new ShellDifferential(List.of("apt-get", "npm", "a", "b", "rm"));
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
            int lastInstall = lastIndex(trace, "apt-get install", "npm install", "npm ci", "apt-get update");
            if (after.succeeded() && lastInstall >= 0 && codes.getOrDefault("apt-get", 0) == 0
                    && codes.getOrDefault("npm", 0) == 0) {
                assertTrue(lastIndex(trace, "rm -rf") > lastInstall, "no cleanup after the last install" + where + "\n  " + trace);
            }
        }
    }

    /** The script of the single RUN after the recipe ran on it. */
    private static String rewrite(String script) {
        Dockerfile file = Dockerfiles.parse("FROM debian:12\nRUN " + script + "\n").orThrow("Dockerfile");
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
