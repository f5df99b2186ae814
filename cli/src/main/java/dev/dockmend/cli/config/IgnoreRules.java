package dev.dockmend.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Patterns with {@code .gitignore}'s rules, anchored at a folder: a {@code .gitignore} file, or a
 * configuration's {@code exclude} list (one pattern per entry). The matching is JGit's, which implements
 * git's: a pattern with a slash (other than a trailing one) is anchored to the folder, one without matches
 * a name at any depth; {@code **}, a trailing {@code /} for folders only, {@code !} to re-include, the
 * last matching pattern decides, {@code \} escapes.
 *
 * <p>As in git, these rules answer for one path; a caller that walks a tree does not enter a folder the
 * rules ignore (so nothing below it can be re-included), and one that asks about a path it did not
 * walk to asks about each folder above it first ({@link ProjectConfig#excludesWithFolders}).
 */
public final class IgnoreRules {
    private final Path directory;
    private final IgnoreNode node;

    private IgnoreRules(Path directory, IgnoreNode node) {
        this.directory = directory.toAbsolutePath().normalize();
        this.node = node;
    }

    /** The rules of a {@code .gitignore} file, anchored at its folder. */
    public static IgnoreRules read(Path gitignore) throws IOException {
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(gitignore)) {
            node.parse(gitignore.toString(), in);
        }
        return new IgnoreRules(gitignore.getParent(), node);
    }

    /** Patterns, one per entry (each as one line of a {@code .gitignore}), anchored at {@code directory}. */
    public static IgnoreRules of(Path directory, List<String> patterns) {
        List<FastIgnoreRule> rules = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            rules.add(new FastIgnoreRule(pattern));
        }
        return new IgnoreRules(directory, new IgnoreNode(rules));
    }

    /**
     * Why {@code pattern} can match nothing, or null when it is a working pattern: git takes a blank, a
     * comment or a malformed pattern (an unclosed {@code [}) silently, which in a configuration is a mistake.
     */
    public static String problem(String pattern) {
        if (pattern.isBlank()) {
            return "an empty pattern matches nothing";
        }
        if (pattern.startsWith("#")) {
            return "a pattern starting with # is a comment in .gitignore rules and matches nothing (write \\# for a name starting with #)";
        }
        if (new FastIgnoreRule(pattern).isEmpty()) {
            return "not a valid .gitignore pattern";
        }
        return null;
    }

    /** The folder the patterns are anchored at: absolute, normalized. */
    public Path directory() {
        return directory;
    }

    /**
     * Git's verdict on one path, which must be absolute and normalized: true ignored, false re-included
     * by a {@code !} pattern, null when no pattern matches it or it lies outside the folder.
     */
    public Boolean verdict(Path path, boolean isDirectory) {
        if (!path.startsWith(directory) || path.equals(directory)) {
            return null;
        }
        String relative = directory.relativize(path).toString().replace('\\', '/');
        return node.checkIgnored(relative, isDirectory);
    }

    boolean isEmpty() {
        return node.getRules().isEmpty();
    }
}
