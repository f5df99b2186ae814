package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.dockmend.testing.TestData;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}: both run the dockmend on the PATH with {@code --force-exclude},
 * once for all files, and their {@code files} and {@code exclude} patterns take exactly the names a folder
 * search takes ({@code dockerfile-names.txt}), so pre-commit passes the files {@code dockmend check .} would
 * find. (PreCommitHooksIT runs them.)
 */
class PreCommitHooksTest {
    @Test
    void aCheckHookAndAFixHookRunTheDockmendOnThePathWithForceExclude() throws IOException {
        PreCommitHooks hooks = PreCommitHooks.load();
        assertEquals(List.of("dockmend-check", "dockmend-fix"), hooks.hooks().stream().map(PreCommitHooks.Hook::id).toList());
        assertEquals("dockmend check --force-exclude", hooks.hook("dockmend-check").entry());
        assertEquals("dockmend fix --write --force-exclude", hooks.hook("dockmend-fix").entry());
        for (PreCommitHooks.Hook hook : hooks.hooks()) {
            assertEquals("system", hook.language(), hook.id());
            assertTrue(hook.requireSerial(), hook.id() + ": one JVM for all files");
        }
    }

    @Test
    void theHooksTakeTheNamesAFolderSearchTakes() throws IOException {
        Set<String> names = names();
        assertTrue(names.size() > 300, "names tried: " + names.size());
        for (PreCommitHooks.Hook hook : PreCommitHooks.load().hooks()) {
            List<String> wrong = new ArrayList<>();
            for (String name : names) {
                boolean searched = DockerfileFinder.isDockerfileName(name);
                for (String path : List.of(name, "services/api/" + name, "a.Dockerfile/" + name, "Dockerfile.j2/" + name)) {
                    if (hook.takes(path) != searched) {
                        wrong.add(path + (searched ? " (a search takes it)" : " (a search leaves it)"));
                    }
                }
            }
            assertEquals(List.of(), wrong, hook.id());
        }
    }

    /**
     * Names made from every line of the table, in three spellings of case, with the shared corpus's real names
     * when it is there: each name; each prefix and suffix alone and with more; each of those with each
     * exception's ending, with text after that ending, and with a neighbour of it.
     */
    private static Set<String> names() throws IOException {
        DockerfileNames table = DockerfileNames.known();
        List<String> stems = new ArrayList<>(table.names());
        for (String prefix : table.prefixes()) {
            stems.addAll(List.of(prefix, prefix + "prod", prefix + "a.b"));
        }
        for (String suffix : table.suffixes()) {
            stems.addAll(List.of(suffix, "api" + suffix, "a.b" + suffix, suffix.substring(1)));
        }
        List<String> made = new ArrayList<>(stems);
        for (String stem : stems) {
            made.addAll(List.of("my" + stem, stem + "s", stem + ".md"));
            for (String exception : table.exceptions()) {
                made.addAll(List.of(stem + exception, stem + exception + ".prod", stem + exception + "x", stem + exception.substring(1)));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : made) {
            names.addAll(List.of(name, name.toUpperCase(Locale.ROOT), name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)));
        }
        names.addAll(corpusNames());
        return names;
    }

    /** The shared corpus names each Dockerfile by its path in its repository, joined with {@code __}. */
    private static List<String> corpusNames() throws IOException {
        if (TestData.corpus().isEmpty()) {
            return List.of();
        }
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(TestData.corpus().get())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.contains("__") && !name.endsWith(".result"))
                    .map(name -> name.substring(name.lastIndexOf("__") + 2))
                    .toList();
        }
    }
}
