package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dockmend.cli.config.ConfigFinder;
import dev.dockmend.cli.config.ProjectConfig;
import dev.dockmend.cli.config.RecipeSettings;
import dev.dockmend.recipe.RecipeCatalog;

/**
 * {@code exclude} patterns follow {@code .gitignore}'s rules, nested configurations like nested {@code
 * .gitignore} files. Each case pins the files a folder search keeps, and checks that git keeps the same
 * ones given the same patterns as {@code .gitignore} files ({@code git ls-files --others
 * --exclude-standard}), and that a file named under {@code --force-exclude} is excluded exactly when git
 * ignores it ({@code git check-ignore --no-index}).
 */
class ExcludePatternsTest {
    @TempDir
    Path ours;
    @TempDir
    Path gits;

    /**
     * @param patterns by folder ("" the top): the {@code exclude} of its {@code .dockmend.yaml}
     * @param files    every file of the tree
     * @param kept     the files a search keeps
     */
    record Case(String name, Map<String, List<String>> patterns, List<String> files, List<String> kept) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String patterns, String files, String kept) {
        return of(name, Map.of("", patterns), files, kept);
    }

    /** Patterns and file lists separated by spaces; a pattern with a space in it is not needed here. */
    private static Case of(String name, Map<String, String> patterns, String files, String kept) {
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        patterns.forEach((folder, list) -> byFolder.put(folder, words(list)));
        return new Case(name, byFolder, words(files), words(kept));
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }

    static Stream<Case> cases() {
        return Stream.of(
                of("a leading **/ matches at the top too", "**/legacy/**",
                        "legacy/Dockerfile legacy/x/Dockerfile a/legacy/Dockerfile legacyx/Dockerfile Dockerfile",
                        "Dockerfile legacyx/Dockerfile"),
                of("**/Dockerfile matches the top Dockerfile", "**/Dockerfile",
                        "Dockerfile a/Dockerfile a/b/Dockerfile a/x.Dockerfile",
                        "a/x.Dockerfile"),
                of("a name without a slash matches at any depth", "Dockerfile",
                        "Dockerfile a/Dockerfile a/b/Dockerfile a/Dockerfile.prod",
                        "a/Dockerfile.prod"),
                of("a trailing slash matches folders at any depth, not files", "legacy/ Dockerfile.prod/",
                        "legacy/Dockerfile a/legacy/Dockerfile Dockerfile.prod a/Dockerfile.prod",
                        "Dockerfile.prod a/Dockerfile.prod"),
                of("a slash in the middle anchors to the configuration's folder", "a/legacy",
                        "a/legacy/Dockerfile b/a/legacy/Dockerfile a/Dockerfile",
                        "a/Dockerfile b/a/legacy/Dockerfile"),
                of("a leading slash anchors", "/Dockerfile",
                        "Dockerfile a/Dockerfile",
                        "a/Dockerfile"),
                of("a middle /**/ matches zero or more folders", "a/**/Dockerfile",
                        "a/Dockerfile a/b/Dockerfile a/b/c/Dockerfile b/a/Dockerfile",
                        "b/a/Dockerfile"),
                of("a trailing /** matches everything inside, not the folder's siblings", "vendor/**",
                        "vendor/Dockerfile vendor/x/Dockerfile a/vendor/Dockerfile vendor.Dockerfile",
                        "a/vendor/Dockerfile vendor.Dockerfile"),
                of("! re-includes a file", "*.Dockerfile !keep.Dockerfile",
                        "x.Dockerfile keep.Dockerfile a/keep.Dockerfile a/y.Dockerfile Dockerfile",
                        "Dockerfile a/keep.Dockerfile keep.Dockerfile"),
                of("! cannot re-include a file inside an excluded folder", "legacy/ !legacy/Dockerfile",
                        "legacy/Dockerfile Dockerfile",
                        "Dockerfile"),
                of("! re-includes a folder whose parent's contents are excluded", "legacy/* !legacy/keep/",
                        "legacy/Dockerfile legacy/keep/Dockerfile legacy/drop/Dockerfile",
                        "legacy/keep/Dockerfile"),
                of("the last matching pattern wins", "!x.Dockerfile *.Dockerfile",
                        "x.Dockerfile y.Dockerfile Dockerfile",
                        "Dockerfile"),
                of("a backslash escapes ! and #", "\\!x.Dockerfile \\#y.Dockerfile",
                        "!x.Dockerfile #y.Dockerfile z.Dockerfile",
                        "z.Dockerfile"),
                of("wildcards: ? [] and * which does not cross a slash", "?/Dockerfile [bc]*/Dockerfile.*",
                        "a/Dockerfile ab/Dockerfile b/Dockerfile.x bc/d/Dockerfile.x c/Dockerfile",
                        "ab/Dockerfile bc/d/Dockerfile.x"),
                of("an enclosing configuration's exclude applies below a nested configuration",
                        Map.of("", "svc/generated/ *.tmp.Dockerfile", "svc", "cache/"),
                        "svc/Dockerfile svc/generated/Dockerfile svc/cache/Dockerfile svc/x.tmp.Dockerfile svc/deep/cache/Dockerfile cache/Dockerfile",
                        "cache/Dockerfile svc/Dockerfile"),
                of("a nested configuration re-includes with ! what an enclosing one excludes",
                        Map.of("", "*.tmp.Dockerfile", "svc", "!keep.tmp.Dockerfile"),
                        "keep.tmp.Dockerfile svc/keep.tmp.Dockerfile svc/x.tmp.Dockerfile",
                        "svc/keep.tmp.Dockerfile"),
                of("a nested configuration cannot re-include inside a folder excluded above it",
                        Map.of("", "svc/", "svc", "!Dockerfile"),
                        "svc/Dockerfile Dockerfile",
                        "Dockerfile"),
                of("a nested configuration's patterns are anchored at its own folder",
                        Map.of("svc", "/Dockerfile"),
                        "Dockerfile svc/Dockerfile svc/a/Dockerfile",
                        "Dockerfile svc/a/Dockerfile"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSearchKeepsWhatGitKeepsAndForceExcludeLeavesWhatGitIgnores(Case c) throws Exception {
        for (String file : c.files()) {
            write(ours.resolve(file), "FROM alpine\n");
        }
        for (Map.Entry<String, List<String>> config : c.patterns().entrySet()) {
            StringBuilder yaml = new StringBuilder("exclude:\n");
            for (String pattern : config.getValue()) {
                yaml.append("  - '").append(pattern.replace("'", "''")).append("'\n");
            }
            write(ours.resolve(config.getKey()).resolve(ProjectConfig.FILE_NAME), yaml.toString());
        }
        ConfigFinder configs = new ConfigFinder(new RecipeSettings(RecipeCatalog.load()), Path::toString);
        List<String> found = relative(DockerfileFinder.search(ours, (path, isDirectory) -> excludes(configs, path, isDirectory)));
        assertEquals(sorted(c.kept()), found, "found by a search");
        for (String file : c.files()) {
            Path path = ours.resolve(file);
            assertEquals(!c.kept().contains(file), configs.forFile(path).excludesWithFolders(path, false), "named with --force-exclude: " + file);
        }
        compareWithGit(c);
    }

    private static boolean excludes(ConfigFinder configs, Path path, boolean isDirectory) {
        try {
            return configs.forFile(path).excludes(path, isDirectory);
        } catch (ConfigFinder.ConfigException e) {
            throw new AssertionError(e);
        }
    }

    private void compareWithGit(Case c) throws IOException, InterruptedException {
        Assumptions.assumeTrue(git(gits, "init", "-q") == 0, "git is not available");
        for (String file : c.files()) {
            write(gits.resolve(file), "FROM alpine\n");
        }
        for (Map.Entry<String, List<String>> config : c.patterns().entrySet()) {
            write(gits.resolve(config.getKey()).resolve(".gitignore"), String.join("\n", config.getValue()) + "\n");
        }
        List<String> kept = new ArrayList<>();
        for (String line : output(gits, "ls-files", "--others", "--exclude-standard").split("\n")) {
            if (!line.isEmpty() && !line.endsWith(".gitignore")) {
                kept.add(line);
            }
        }
        assertEquals(sorted(c.kept()), sorted(kept), "kept by git ls-files --others --exclude-standard");
        for (String file : c.files()) {
            assertEquals(!c.kept().contains(file), git(gits, "check-ignore", "--no-index", "-q", file) == 0, "git check-ignore " + file);
        }
    }

    private List<String> relative(List<Path> files) {
        return files.stream().map(file -> ours.relativize(file).toString()).sorted().toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static int git(Path dir, String... args) throws IOException, InterruptedException {
        return process(dir, args).waitFor();
    }

    private static String output(Path dir, String... args) throws IOException, InterruptedException {
        Process process = process(dir, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "git " + String.join(" ", args));
        return out;
    }

    private static Process process(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-c", "core.excludesFile=/dev/null"));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Assumptions.abort("git is not available: " + e.getMessage());
            throw e;
        }
    }
}
