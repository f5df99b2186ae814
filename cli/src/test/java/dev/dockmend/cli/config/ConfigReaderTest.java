package dev.dockmend.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dockmend.recipe.RecipeCatalog;

/** Every way a {@code .dockmend.yaml} can be wrong gets a message naming file:line:column and what was expected. */
class ConfigReaderTest {
    private static final String KEYS = "(expected one of recipes, skip, safe-only, options, exclude)";
    private static final String KNOWN = "(known: convert-to-multi-stage, add-non-root-user, reorder-copy-for-cache, add-healthcheck, merge-run-layers, clean-package-cache, exec-form-cmd, maintainer-to-label)";

    @TempDir
    Path dir;

    private ProjectConfig read(String yaml) throws ConfigFinder.ConfigException, IOException {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private ProjectConfig read(byte[] bytes) throws ConfigFinder.ConfigException, IOException {
        Path file = dir.resolve(ProjectConfig.FILE_NAME);
        Files.write(file, bytes);
        return new ConfigFinder(new RecipeSettings(RecipeCatalog.load()), path -> dir.relativize(path).toString()).read(file);
    }

    private String error(String yaml) {
        return assertThrows(ConfigFinder.ConfigException.class, () -> read(yaml), yaml).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# nothing set yet\n", "---\n", "--- # a document with nothing in it\n...\n", "\uFEFF"})
    void anEmptyFileIsAValidConfigurationThatSetsNothing(String yaml) throws Exception {
        ProjectConfig config = read(yaml);
        assertEquals(List.of(), config.recipes());
        assertEquals(List.of(), config.skip());
        assertFalse(config.safeOnly());
        assertEquals(Map.of(), config.options());
        assertFalse(config.excludes(dir.resolve("Dockerfile"), false));
        assertEquals(ProjectConfig.NONE, config.enclosing());
    }

    @Test
    void aFullConfigurationIsReadAsWritten() throws Exception {
        ProjectConfig config = read("""
                recipes: [exec-form-cmd, clean-package-cache]
                skip:
                  - maintainer-to-label
                safe-only: true
                options:
                  clean-package-cache:
                    no-install-recommends: True
                exclude: ["vendor/", 2024]
                """);
        assertEquals(List.of("exec-form-cmd", "clean-package-cache"), config.recipes());
        assertEquals(List.of("maintainer-to-label"), config.skip());
        assertTrue(config.safeOnly());
        assertEquals(Map.of("clean-package-cache", Map.of("no-install-recommends", "true")), config.options());
        assertTrue(config.excludes(dir.resolve("a/vendor"), true));
        assertTrue(config.excludes(dir.resolve("2024"), false), "a folder named 2024 is a pattern, not a number");
        assertEquals(".dockmend.yaml", config.name());
    }

    /** The YAML (a | stands for a line break, ~ for a tab) and the exact message. */
    @ParameterizedTest
    @CsvSource(delimiter = '=', quoteCharacter = '"', textBlock = """
            recipes: x = 1:10: error: `recipes` is the text `x` (expected a list of recipe ids, such as [exec-form-cmd])
            recipes: {a: b} = 1:10: error: `recipes` is a mapping (expected a list of recipe ids, such as [exec-form-cmd])
            recipes: [] = 1:10: error: `recipes` is empty, which would select no recipe (expected a list of recipe ids, such as [exec-form-cmd]; leave `recipes` out to run every recipe, or use `exclude` to leave files out)
            recipes: = 1:9: error: `recipes` is empty, which would select no recipe (expected a list of recipe ids, such as [exec-form-cmd]; leave `recipes` out to run every recipe, or use `exclude` to leave files out)
            recipes: [[exec-form-cmd]] = 1:11: error: an entry of `recipes` is a list (expected a recipe id)
            recipes: [exec-form-cmd, exec-form-cm] = 1:26: error: unknown recipe `exec-form-cm`; did you mean `exec-form-cmd`? KNOWN
            skip: [nope] = 1:8: error: unknown recipe `nope` KNOWN
            skip: 3 = 1:7: error: `skip` is the number `3` (expected a list of recipe ids, such as [exec-form-cmd])
            safe-only: yes = 1:12: error: `safe-only` is the boolean `yes` (expected true or false)
            safe-only: 'true' = 1:12: error: `safe-only` is the text `true` (expected true or false)
            safe-only: = 1:11: error: `safe-only` is empty (expected true or false)
            options: [a] = 1:10: error: `options` is a list (expected a mapping of recipe ids to their options, such as {clean-package-cache: {no-install-recommends: true}})
            options: {nope: {}} = 1:11: error: unknown recipe `nope` KNOWN
            options: {clean-package-cache: true} = 1:32: error: the options of clean-package-cache are the boolean `true` (expected a mapping of option names to values, such as {no-install-recommends: true})
            options:|  clean-package-cache:|    no-install-recomends: true = 3:5: error: recipe clean-package-cache has no option `no-install-recomends`; did you mean `no-install-recommends`? (it has: no-install-recommends, build-stages)
            options:|  exec-form-cmd: {x: 1} = 2:19: error: recipe exec-form-cmd has no option `x` (it has none)
            options:|  clean-package-cache:|    no-install-recommends: maybe = 3:28: error: option clean-package-cache.no-install-recommends takes a boolean value, not `maybe`
            options:|  clean-package-cache:|    no-install-recommends: [true] = 3:28: error: option clean-package-cache.no-install-recommends is a list (expected a value)
            exclude: vendor/ = 1:10: error: `exclude` is the text `vendor/` (expected a list of .gitignore patterns, such as ["vendor/", "**/*.generated.Dockerfile"])
            exclude: ["#x"] = 1:11: error: pattern `#x`: a pattern starting with # is a comment in .gitignore rules and matches nothing (write \\# for a name starting with #)
            exclude: ["a[b"] = 1:11: error: pattern `a[b`: not a valid .gitignore pattern
            exclude: [""] = 1:11: error: pattern ``: an empty pattern matches nothing
            safe_only: true = 1:1: error: unknown key `safe_only`; did you mean `safe-only`? KEYS
            recipes: [exec-form-cmd]|recpies: [exec-form-cmd] = 2:1: error: unknown key `recpies`; did you mean `recipes`? KEYS
            colour: red = 1:1: error: unknown key `colour` KEYS
            skip: []|skip: [exec-form-cmd] = 2:1: error: duplicate key `skip` (first at 1:1; expected each key once)
            options:|  clean-package-cache: {}|  clean-package-cache: {} = 3:3: error: duplicate key `clean-package-cache` (first at 2:3; expected each key once)
            - exec-form-cmd = 1:1: error: the file holds a list (expected a mapping of keys: recipes, skip, safe-only, options, exclude)
            exec-form-cmd = 1:1: error: the file holds the text `exec-form-cmd` (expected a mapping of keys: recipes, skip, safe-only, options, exclude)
            [1, 2]: x = 1:1: error: a key is a list (expected a key (one of recipes, skip, safe-only, options, exclude))
            recipes: [exec-form-cmd = 2:1: error: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence at 1:10)
            recipes:|~- exec-form-cmd = 2:1: error: invalid YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)
            skip: []|---|skip: [] = 3:1: error: a second YAML document (expected one document: a mapping of recipes, skip, safe-only, options, exclude)
            "recipes: ""a" = 2:1: error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at 1:10)
            """)
    void everyMistakeNamesFileLineColumnAndWhatWasExpected(String yaml, String message) {
        String text = yaml.replace('|', '\n').replace('~', '\t') + "\n";
        assertEquals(".dockmend.yaml:" + message.replace("KNOWN", KNOWN).replace("KEYS", KEYS), error(text));
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAsSuch() {
        String message = assertThrows(ConfigFinder.ConfigException.class, () -> read(new byte[] {'s', 'k', 'i', 'p', ':', ' ', (byte) 0xff, '\n'}))
                .getMessage();
        assertEquals(".dockmend.yaml: error: not UTF-8 text (expected a YAML file in UTF-8)", message);
    }
}
