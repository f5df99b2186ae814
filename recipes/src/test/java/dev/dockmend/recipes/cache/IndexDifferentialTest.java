package dev.dockmend.recipes.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Onbuild;
import dev.dockmend.tree.Run;

/**
 * The package lists outlive a RUN: each Dockerfile below is rewritten by the recipe, then its RUNs, and
 * after them its ONBUILD RUNs (a child image's), run one after the other under {@code /bin/sh}, before and
 * after the rewrite. {@code apt-get update} (and {@code aptitude update}) writes the lists; an install by
 * apt-get, aptitude or rosdep fails without them; the recipe's {@code rm -rf /var/lib/apt/lists/*} really
 * removes them. The rewritten build must succeed wherever the original does, and make the same calls.
 */
class IndexDifferentialTest {
    /** Reads the subcommand (the first word that is not an option) and acts on the lists in $DOCKMEND_STATE. */
    private static final String LISTS = """
            sub=""; for w in "$@"; do case "$w" in -*) ;; *) sub=$w; break;; esac; done
            case "$sub" in
              update) mkdir -p "$DOCKMEND_STATE/lists" && : > "$DOCKMEND_STATE/lists/index" ;;
              install|upgrade|dist-upgrade|build-dep) [ -e "$DOCKMEND_STATE/lists/index" ] || exit 100 ;;
            esac""";

    static Stream<String> dockerfiles() {
        return Stream.of(
                // a later refresh under if, ||, a loop or case may not run (issue 14)
                "RUN apt-get update && apt-get install -y curl\nRUN if [ -n \"$PROXY\" ]; then apt-get update; fi && apt-get install -y git\n",
                "RUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git || apt-get update\n",
                "RUN apt-get update && apt-get install -y curl\nRUN for i in 1; do [ -n \"$PROXY\" ] && apt-get update; done; apt-get install -y git\n",
                "RUN apt-get update && apt-get install -y curl\nRUN case \"$PROXY\" in y) apt-get update;; esac; apt-get install -y git\n",
                // other readers of the lists, in the RUN and later
                "RUN apt-get update && apt-get install -y aptitude && aptitude install -y curl\n",
                "RUN apt-get update && apt-get install -y python3-rosdep && rosdep install -y src && echo done\n",
                "RUN apt-get update && apt-get install -y python3-rosdep\nRUN rosdep install -y src\n",
                // an ONBUILD RUN is a later RUN of the child image
                "RUN apt-get update && apt-get install -y curl\nONBUILD RUN apt-get install -y git\n",
                // refreshes that do count: each RUN is cleaned and the build still works
                "RUN set -ex && apt-get update && apt-get install -y curl\nRUN set -ex && apt-get update && apt-get install -y git\n",
                "RUN apt-get update && apt-get install -y curl\nRUN apt-get update || true; apt-get install -y git\n");
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void theRewrittenBuildStillFindsTheLists(String runs) throws Exception {
        Dockerfile before = Dockerfiles.parse("FROM debian:12\n" + runs).orThrow("Dockerfile");
        Dockerfile after = new Pipeline(List.of(new CleanPackageCache())).run(before, "Dockerfile", Map.of()).after();
        ShellDifferential sh = new ShellDifferential(List.of("apt-get", "aptitude", "rosdep"))
                .withBehaviour("apt-get", LISTS).withBehaviour("aptitude", LISTS).withBehaviour("rosdep", LISTS);
        ShellDifferential.Run original = sh.separately(scripts(before), Map.of());
        List<String> rewritten = scripts(after).stream()
                .map(script -> script.replace("/var/lib/apt/lists/*", "\"$DOCKMEND_STATE\"/lists/*")).toList();
        ShellDifferential.Run rewrite = sh.separately(rewritten, Map.of());
        String where = "\n  " + scripts(before) + "\n  " + rewritten;
        assertTrue(original.succeeded(), "the original build should work: " + original + where);
        assertEquals(original, rewrite, "the rewrite builds differently" + where);
    }

    /** The RUN scripts in order, then the ONBUILD RUN scripts (which run in a child image, after them). */
    private static List<String> scripts(Dockerfile file) {
        List<String> runs = new ArrayList<>();
        List<String> onbuilds = new ArrayList<>();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof Run run) {
                runs.add(((RunScript.ShellText) RunScript.of(run)).text());
            } else if (instruction instanceof Onbuild onbuild && onbuild.trigger().orElseThrow() instanceof Run run) {
                onbuilds.add(((RunScript.ShellText) RunScript.of(run)).text());
            }
        }
        runs.addAll(onbuilds);
        return runs;
    }
}
