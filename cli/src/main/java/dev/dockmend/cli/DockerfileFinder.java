package dev.dockmend.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands command-line paths: a file is taken as it is; a directory is searched for files named
 * like Dockerfiles ({@code Dockerfile}, {@code Containerfile}, {@code Dockerfile.*}, {@code *.Dockerfile}),
 * skipping {@code .git} and other hidden directories. Sorted, so output is deterministic.
 */
final class DockerfileFinder {
    private DockerfileFinder() {
    }

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        return !dir.equals(path) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isDockerfileName(file.getFileName().toString())) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static boolean isDockerfileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("dockerfile") || lower.equals("containerfile")
                || lower.startsWith("dockerfile.") || lower.startsWith("containerfile.")
                || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile");
    }
}
