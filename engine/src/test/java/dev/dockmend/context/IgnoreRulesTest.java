package dev.dockmend.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code .dockerignore} rules against moby/patternmatcher's own cases (patternmatcher_test.go,
 * TestMatches and TestPatternMatcher*), read through {@code MatchesOrParentMatches} as BuildKit does.
 */
class IgnoreRulesTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "**|file|true",
            "**/|file|true",
            "**|dir/file|true",
            "**/|dir/file|true",
            "**/**|dir/file|true",
            "dir/**|dir/file|true",
            "dir/**|dir/dir2/file|true",
            "**/dir|dir|true",
            "**/dir|dir/file|true",
            "**/dir2/*|dir/dir2/file|true",
            "**/dir2/**|dir/dir2/dir3/file|true",
            "**file|file|true",
            "**file|dir/file|true",
            "**/file|dir/file|true",
            "**file|dir/dir/file|true",
            "**/file|dir/dir/file|true",
            "**/file*|dir/dir/file|true",
            "**/file*|dir/dir/file.txt|true",
            "**/file*txt|dir/dir/file.txt|true",
            "**/file*.txt|dir/dir/file.txt|true",
            "**/file*.txt*|dir/dir/file.txt|true",
            "**/**/*.txt|dir/dir/file.txt|true",
            "**/**/*.txt2|dir/dir/file.txt|false",
            "**/*.txt|file.txt|true",
            "**/**/*.txt|file.txt|true",
            "a**/*.txt|a/file.txt|true",
            "a**/*.txt|a/dir/file.txt|true",
            "a**/*.txt|a/dir/dir/file.txt|true",
            "a/*.txt|a/dir/file.txt|false",
            "a/*.txt|a/file.txt|true",
            "a/*.txt**|a/file.txt|true",
            "a[b-d]e|ae|false",
            "a[b-d]e|ace|true",
            "a[b-d]e|aae|false",
            "a[^b-d]e|aze|true",
            ".*|.foo|true",
            ".*|foo|false",
            "abc.def|abcdef|false",
            "abc.def|abc.def|true",
            "abc.def|abcZdef|false",
            "abc?def|abcZdef|true",
            "abc?def|abcdef|false",
            "a\\\\|a\\|true",
            "**/foo/bar|foo/bar|true",
            "**/foo/bar|dir/foo/bar|true",
            "**/foo/bar|dir/dir2/foo/bar|true",
            "abc/**|abc|false",
            "abc/**|abc/def|true",
            "abc/**|abc/def/ghi|true",
            "**/.foo|.foo|true",
            "**/.foo|bar.foo|false",
            "a(b)c/def|a(b)c/def|true",
            "a(b)c/def|a(b)c/xyz|false",
            "a.;)$(}+{bc|a.;)$(}+{bc|true",
            "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl|dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl|true",
            "dist/*.whl|dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl|true",
            // a folder's rule covers what is in it (the parent-folder half of MatchesOrParentMatches)
            "node_modules|node_modules/x/index.js|true",
            "docs/*.md|docs/a/b.txt|false",
            "*|a/b|true",
    })
    void matchesAsPatternmatcher(String pattern, String path, boolean ignored) {
        assertEquals(ignored, IgnoreRules.parse(pattern).ignores(path));
    }

    @Test
    void laterRulesWinAndExceptionsReinclude() {
        IgnoreRules rules = IgnoreRules.parse("docs\n!docs/README.md\n");
        assertTrue(rules.ignores("docs/index.md"));
        assertFalse(rules.ignores("docs/README.md"));
        IgnoreRules again = IgnoreRules.parse("!docs/README.md\ndocs\n");
        assertTrue(again.ignores("docs/README.md"), "an exception before the rule it excepts from changes nothing");
        IgnoreRules all = IgnoreRules.parse("*\n!package.json\n!src\n");
        assertFalse(all.ignores("package.json"));
        assertFalse(all.ignores("src/index.js"));
        assertTrue(all.ignores("README.md"));
    }

    @Test
    void readsTheFileAsIgnorefileReadAll() {
        // comments only at the start of a line; leading / and ./ dropped; blanks trimmed; a BOM skipped
        IgnoreRules rules = IgnoreRules.parse("\uFEFF# comment\n  /build  \n./dist\n\n ! build/keep \n #notacomment\n");
        assertTrue(rules.ignores("build/x"));
        assertFalse(rules.ignores("build/keep"));
        assertTrue(rules.ignores("dist"));
        assertTrue(rules.ignores("#notacomment"));
        assertFalse(rules.ignores("# comment"));
        assertTrue(IgnoreRules.parse("a/../b").ignores("b"));
    }

    @Test
    void aLoneExclamationMarkIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IgnoreRules.parse("a\n!\n"));
        assertEquals("line 2: illegal exclusion pattern: \"!\"", e.getMessage());
    }
}
