package dev.dockmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Expands command-line paths: a file is taken as it is (even an ignored one: the user named it); a
 * directory is searched for files named like Dockerfiles ({@code Dockerfile}, {@code Containerfile},
 * {@code Dockerfile.*}, {@code *.Dockerfile}), skipping {@code .git} and other hidden directories,
 * paths that a {@code .gitignore} inside the searched directory ignores (read with JGit, so the rules
 * are git's), and paths the caller excludes (a configuration's {@code exclude}). Sorted, so output is
 * deterministic.
 */
public final class DockerfileFinder {
    private DockerfileFinder() {
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        return expand(paths, path -> false);
    }

    public static List<Path> expand(List<Path> paths, Predicate<Path> excluded) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                // A link to a folder, named as a path, is followed (a walk would only visit the link itself), and
                // what is found in it is named through the link. Links further down are not followed.
                Path walked = Files.isSymbolicLink(path) ? path.toRealPath() : path;
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(walked, new Walker(walked, found, candidate -> excluded.test(path.resolve(walked.relativize(candidate)))));
                found.replaceAll(file -> path.resolve(walked.relativize(file)));
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * The warning when {@code paths} held no Dockerfile to work on: a CI gate over a folder whose files are
     * named otherwise would otherwise pass in silence, having checked nothing.
     */
    public static String noneFound(List<?> paths) {
        return "dockmend: warning: no Dockerfile found in " + String.join(", ", paths.stream().map(String::valueOf).toList())
                + " (looked for Dockerfile, Containerfile, Dockerfile.*, *.Dockerfile outside hidden, ignored and excluded paths)";
    }

    public static boolean isDockerfileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("dockerfile") || lower.equals("containerfile")
                || lower.startsWith("dockerfile.") || lower.startsWith("containerfile.")
                || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile");
    }

    /** A walk that keeps the {@code .gitignore} rules of the directories it is in, innermost last. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final Predicate<Path> excluded;
        private final Deque<Rules> rules = new ArrayDeque<>();

        Walker(Path root, List<Path> found, Predicate<Path> excluded) {
            this.root = root;
            this.found = found;
            this.excluded = excluded;
        }

        private record Rules(Path directory, IgnoreNode node) {
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(root)) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || ignored(dir, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            Path gitignore = dir.resolve(".gitignore");
            if (Files.isRegularFile(gitignore)) {
                IgnoreNode node = new IgnoreNode();
                try (InputStream in = Files.newInputStream(gitignore)) {
                    node.parse(gitignore.toString(), in);
                }
                rules.push(new Rules(dir, node));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (!rules.isEmpty() && rules.peek().directory().equals(dir)) {
                rules.pop();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isDockerfileName(file.getFileName().toString())
                    && !ignored(file, false) && !excluded.test(file)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** Git's answer: the innermost .gitignore that has an opinion decides. */
        private boolean ignored(Path path, boolean directory) {
            for (Rules rule : rules) {
                String relative = rule.directory().relativize(path).toString().replace('\\', '/');
                Boolean verdict = rule.node().checkIgnored(relative, directory);
                if (verdict != null) {
                    return verdict;
                }
            }
            return false;
        }
    }
}
