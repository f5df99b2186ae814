package dev.dockmend.context;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@code .dockerignore}, read and matched as BuildKit reads and matches them
 * (moby/patternmatcher: {@code ignorefile.ReadAll} and {@code MatchesOrParentMatches}): {@code #} lines are
 * comments, each rule is trimmed and cleaned, a leading {@code /} dropped, {@code !} makes an exception,
 * and for every path the rules are read in order so that the last one that matches the path or one of
 * its parent folders decides.
 */
public final class IgnoreRules {
    private static final IgnoreRules NONE = new IgnoreRules(List.of());

    private final List<IgnorePattern> patterns;

    private IgnoreRules(List<IgnorePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** No rule: nothing is ignored. */
    public static IgnoreRules none() {
        return NONE;
    }

    /**
     * The rules of a {@code .dockerignore} file's text.
     *
     * @throws IllegalArgumentException naming the line of a rule BuildKit rejects (a lone {@code !})
     */
    public static IgnoreRules parse(String text) {
        List<IgnorePattern> patterns = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean invert = pattern.charAt(0) == '!';
            if (invert) {
                pattern = pattern.substring(1).strip();
            }
            if (!pattern.isEmpty()) {
                pattern = GoPath.clean(pattern);
                if (pattern.length() > 1 && pattern.charAt(0) == '/') {
                    pattern = pattern.substring(1);
                }
            }
            try {
                patterns.add(IgnorePattern.of(invert ? "!" + pattern : pattern));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new IgnoreRules(patterns);
    }

    /** Whether {@code path} (slash-separated, relative to the context) is left out of the context. */
    public boolean ignores(String path) {
        String file = GoPath.clean(path);
        int slash = file.lastIndexOf('/');
        String parent = slash < 0 ? "." : file.substring(0, slash);
        boolean matched = false;
        for (IgnorePattern pattern : patterns) {
            // As patternmatcher: a rule is read only when it could change the answer so far.
            if (pattern.exclusion() != matched) {
                continue;
            }
            boolean match = pattern.matches(file);
            if (!match && !parent.equals(".")) {
                int end = parent.indexOf('/');
                while (!match) {
                    match = pattern.matches(end < 0 ? parent : parent.substring(0, end));
                    if (end < 0) {
                        break;
                    }
                    end = parent.indexOf('/', end + 1);
                }
            }
            if (match) {
                matched = !pattern.exclusion();
            }
        }
        return matched;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }
}
