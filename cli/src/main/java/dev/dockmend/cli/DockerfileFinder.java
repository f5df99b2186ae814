package dev.dockmend.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import dev.dockmend.cli.config.IgnoreRules;

/**
 * Expands command-line paths: a file is taken as it is (even an ignored one: the user named it); a
 * directory is searched for files named like Dockerfiles ({@link DockerfileNames}), skipping {@code
 * .git} and other hidden directories, paths that a {@code .gitignore} inside the searched directory
 * ignores, and paths the caller excludes (the configurations' {@code exclude}). Both are asked about
 * each folder before it is entered and each file, as git asks, so nothing inside an excluded folder is
 * found. Sorted, so output is deterministic.
 */
public final class DockerfileFinder {
    private DockerfileFinder() {
    }

    /** Whether the caller leaves a path out of a search; asked of each folder before it is entered, and each file. */
    @FunctionalInterface
    public interface Exclusion {
        Exclusion NONE = (path, isDirectory) -> false;

        boolean excludes(Path path, boolean isDirectory);
    }

    /** Files as they are, folders searched, excluding nothing but what {@code .gitignore} files ignore. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(search(path, Exclusion.NONE));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The Dockerfiles in folder {@code directory} and below, sorted, named through {@code directory}. */
    public static List<Path> search(Path directory, Exclusion excluded) throws IOException {
        // A link to a folder, named as a path, is followed (a walk would only visit the link itself), and
        // what is found in it is named through the link. Links further down are not followed.
        Path walked = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(walked, new Walker(walked, found,
                (candidate, isDirectory) -> excluded.excludes(directory.resolve(walked.relativize(candidate)), isDirectory)));
        found.replaceAll(file -> directory.resolve(walked.relativize(file)));
        found.sort(null);
        return found;
    }

    /**
     * The warning when {@code paths} held no Dockerfile to work on: a run over a folder whose files are
     * named otherwise would otherwise end in silence, having read nothing.
     */
    public static String noneFound(List<?> paths) {
        List<String> names = new ArrayList<>();
        for (Object path : paths) {
            names.add(String.valueOf(path));
        }
        return "dockmend: warning: no Dockerfile found in " + String.join(", ", names) + " (expected a file named "
                + DockerfileNames.known().describe() + ", outside hidden, ignored and excluded paths)";
    }

    public static boolean isDockerfileName(String name) {
        return DockerfileNames.known().matches(name);
    }

    /** A walk that keeps the {@code .gitignore} rules of the directories it is in, innermost first. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final Exclusion excluded;
        private final Deque<IgnoreRules> rules = new ArrayDeque<>();

        Walker(Path root, List<Path> found, Exclusion excluded) {
            this.root = root;
            this.found = found;
            this.excluded = excluded;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(root)) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || ignored(dir, true) || excluded.excludes(dir, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            Path gitignore = dir.resolve(".gitignore");
            if (Files.isRegularFile(gitignore)) {
                rules.push(IgnoreRules.read(gitignore));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (!rules.isEmpty() && rules.peek().directory().equals(dir.toAbsolutePath().normalize())) {
                rules.pop();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isDockerfileName(file.getFileName().toString())
                    && !ignored(file, false) && !excluded.excludes(file, false)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** Git's answer: the innermost .gitignore that has an opinion decides. */
        private boolean ignored(Path path, boolean directory) {
            if (rules.isEmpty()) {
                return false;
            }
            Path absolute = path.toAbsolutePath().normalize();
            for (IgnoreRules rule : rules) {
                Boolean verdict = rule.verdict(absolute, directory);
                if (verdict != null) {
                    return verdict;
                }
            }
            return false;
        }
    }
}
