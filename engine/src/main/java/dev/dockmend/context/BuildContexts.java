package dev.dockmend.context;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the build context of each Dockerfile of a run and keeps one {@link BuildContext} per context
 * folder and ignore file, so that a batch over thousands of Dockerfiles lists and reads each context
 * once. The context is the folder given with {@code --context}, else the Dockerfile's own folder; its
 * ignore file is {@code <Dockerfile name>.dockerignore} beside the Dockerfile when there is one (BuildKit
 * prefers it), else {@code .dockerignore} at the context's root.
 */
public final class BuildContexts {
    private final Optional<Path> given;
    private final Map<Key, BuildContext> known = new ConcurrentHashMap<>();

    private record Key(Path root, Optional<Path> ignoreFile) {
    }

    /** @param given the folder of {@code --build-context}, if the user named one */
    public BuildContexts(Optional<Path> given) {
        this.given = given.map(path -> path.toAbsolutePath().normalize());
    }

    /** Contexts found from each Dockerfile's folder. */
    public static BuildContexts fromDockerfileFolders() {
        return new BuildContexts(Optional.empty());
    }

    /**
     * The context of the Dockerfile at {@code dockerfile}; empty for standard input without a file name
     * ({@code null}) or when the folder cannot be read.
     */
    public Optional<BuildContext> forDockerfile(Path dockerfile) {
        if (dockerfile == null) {
            return Optional.empty();
        }
        Path file = dockerfile.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path root = given.orElse(folder);
        if (root == null || !Files.isDirectory(root) || !Files.isReadable(root)) {
            return Optional.empty();
        }
        Optional<Path> ignore = Optional.empty();
        if (folder != null && file.getFileName() != null) {
            Path beside = folder.resolve(file.getFileName() + ".dockerignore");
            if (Files.isRegularFile(beside)) {
                ignore = Optional.of(beside);
            }
        }
        if (ignore.isEmpty() && Files.isRegularFile(root.resolve(".dockerignore"))) {
            ignore = Optional.of(root.resolve(".dockerignore"));
        }
        String why = given.isPresent() ? "given with --context" : "the Dockerfile's folder";
        Optional<Path> ignoreFile = ignore;
        return Optional.of(known.computeIfAbsent(new Key(root, ignoreFile), key -> new BuildContext(root, ignoreFile, why)));
    }
}
