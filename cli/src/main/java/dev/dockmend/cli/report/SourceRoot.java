package dev.dockmend.cli.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder SARIF's artifact locations are relative to, {@code %SRCROOT%}: the nearest folder at or above
 * the working directory that holds {@code .git} (a folder, or the file a git worktree has), else the
 * working directory. Code-scanning services match results to the files of the repository, so a location
 * relative to wherever dockmend happened to run ({@code -C services/api}) would name no file there.
 */
final class SourceRoot {
    static final String BASE_ID = "%SRCROOT%";

    /** The working directory made absolute: the files found from it are named through it. */
    private final Path workingDirectory;
    /** The root, with symbolic links resolved: its URI is printed. */
    private final Path root;
    /** The working directory below the root, as a relative path (empty when it is the root). */
    private final Path workingDirectoryInRoot;

    private SourceRoot(Path workingDirectory, Path root, Path realWorkingDirectory) {
        this.workingDirectory = workingDirectory;
        this.root = root;
        this.workingDirectoryInRoot = root.relativize(realWorkingDirectory);
    }

    static SourceRoot around(Path workingDirectory) {
        Path absolute = workingDirectory.toAbsolutePath().normalize();
        Path real = realPath(absolute);
        for (Path dir = real; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return new SourceRoot(absolute, dir, real);
            }
        }
        return new SourceRoot(absolute, real, real);
    }

    /** The root as an absolute {@code file:} URI ending in {@code /}, as SARIF's {@code originalUriBaseIds} wants it. */
    String uri() {
        String uri = root.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** Where {@code file} is, relative to the root, as a URI reference; null when it lies outside the root. */
    String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path inRoot;
        if (absolute.startsWith(workingDirectory)) {
            // Named through the working directory, as a file found by a search is: no look at the disk.
            inRoot = workingDirectoryInRoot.resolve(workingDirectory.relativize(absolute));
        } else {
            Path real = realPath(absolute);
            if (!real.startsWith(root)) {
                return null;
            }
            inRoot = root.relativize(real);
        }
        return reference(inRoot.toString().replace('\\', '/'));
    }

    /** A path as a relative URI reference: characters a URI may not hold are percent-encoded. */
    static String reference(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** {@code path} with symbolic links resolved, or as it is where it does not exist (a --stdin-filename). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
