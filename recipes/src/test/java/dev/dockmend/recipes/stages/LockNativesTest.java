package dev.dockmend.recipes.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Which packages of a yarn.lock or pnpm-lock.yaml build native code. */
class LockNativesTest {
    private static final List<String> HELPERS = List.of("node-gyp", "nan", "node-addon-api", "@mapbox/node-pre-gyp");

    @Test
    void yarnEntriesDependingOnAHelperBuildNativeCode() {
        String lock = """
                # yarn lockfile v1

                "@scope/sqlite@^5", "@scope/sqlite@^5.1":
                  version "5.1.7"
                  dependencies:
                    "@mapbox/node-pre-gyp" "^1.0.0"

                bcrypt@^5.1.1:
                  version "5.1.1"
                  dependencies:
                    node-addon-api "^5.0.0"

                express@^4.19.2:
                  version "4.19.2"
                  dependencies:
                    accepts "~1.3.8"

                nan@^2.17.0:
                  version "2.19.0"
                """;
        Set<String> excused = new TreeSet<>();
        // nan has an entry no package depends on: the project depends on it itself.
        assertEquals(Set.of("@scope/sqlite", "the project"), LockNatives.of(lock, 0, HELPERS, List.of("bcrypt"), excused));
        assertEquals(Set.of("bcrypt"), excused);
        assertEquals(Set.of(), LockNatives.of(lock.replace("nan@^2.17.0:\n  version \"2.19.0\"\n", ""), 0, HELPERS,
                List.of("bcrypt", "@scope/sqlite"), new TreeSet<>()));
    }

    @Test
    void pnpmLockFilesBeforeVersion9MarkBuildsAndTheProjectMayDependOnAHelperItself() {
        String lock = """
                lockfileVersion: '6.0'

                dependencies:
                  nan:
                    specifier: ^2.19.0
                    version: 2.19.0

                packages:

                  /re2@1.20.0:
                    resolution: {integrity: sha512-x}
                    requiresBuild: true
                    dev: false

                  /fastify@4.28.1(pino@9.0.0):
                    resolution: {integrity: sha512-y}
                """;
        assertEquals(Set.of("re2", "the project"), LockNatives.of(lock, 2, HELPERS, List.of(), new TreeSet<>()));
        String v9 = """
                importers:

                  .:
                    dependencies:
                      nan:
                        specifier: ^2.19.0
                        version: 2.19.0
                """;
        assertEquals(Set.of("the project"), LockNatives.of(v9, 2, HELPERS, List.of(), new TreeSet<>()));
    }

    @Test
    void namesOfEntryKeys() {
        assertEquals("@scope/pkg", LockNatives.name("\"@scope/pkg@^1.0.0\", \"@scope/pkg@^1.1\""));
        assertEquals("pkg", LockNatives.name("/pkg@1.0.0"));
        assertEquals("pkg", LockNatives.name("pkg@1.0.0(peer@2.0.0)"));
        assertEquals("pkg", LockNatives.name("/pkg/1.0.0"));
        assertEquals("@scope/pkg", LockNatives.name("/@scope/pkg/1.0.0"));
    }
}
