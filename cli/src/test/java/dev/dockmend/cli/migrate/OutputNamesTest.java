package dev.dockmend.cli.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutputNamesTest {
    private static List<String> names(String... roots) {
        List<Path> paths = java.util.Arrays.stream(roots).map(Path::of).toList();
        return OutputNames.of(List.of(roots), paths).stream().map(RepoEntry::name).toList();
    }

    @Test
    void theFolderNameWhenItIsUnique() {
        assertEquals(List.of("api", "web"), names("/w/org-a/api", "/w/org-a/web"));
    }

    @Test
    void parentFoldersWhenTwoAreAlike() {
        assertEquals(List.of("org-a-api", "org-b-api", "web"), names("/w/org-a/api", "/w/org-b/api", "/w/org-a/web"));
        assertEquals(List.of("x-org-api", "y-org-api"), names("/x/org/api", "/y/org/api"));
    }
}
