package dev.dockmend.context;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the build context of each Dockerfile of a run and keeps one {@link BuildContext} per context
 * folder and ignore file, so that a batch over thousands of Dockerfiles lists and reads each context
 * once. The context is the folder the user gave ({@code --context}), else the one a compose file gives
 * the Dockerfile ({@link ComposeContexts}, when the run has one), else the Dockerfile's own folder. Its
 * ignore file is {@code <Dockerfile name>.dockerignore} beside the Dockerfile when there is one (BuildKit
 * prefers it), else {@code .dockerignore} at the context's root, wherever that root is.
 */
public final class BuildContexts {
    private final Optional<Path> given;
    private final Optional<ComposeContexts> compose;
    private final Map<Key, BuildContext> known = new ConcurrentHashMap<>();

    private record Key(Path root, Optional<Path> ignoreFile) {
    }

    /** A Dockerfile's context and why it is that one. */
    public record Located(BuildContext context, ContextOrigin origin) {
    }

    /** @param given the folder of {@code --context}, if the user named one; no compose files are read */
    public BuildContexts(Optional<Path> given) {
        this(given, Optional.empty());
    }

    /**
     * @param given   the folder of {@code --context}, if the user named one
     * @param compose the compose files' contexts, asked when no folder is given
     */
    public BuildContexts(Optional<Path> given, Optional<ComposeContexts> compose) {
        this.given = given.map(path -> path.toAbsolutePath().normalize());
        this.compose = compose;
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
        return locate(dockerfile).map(Located::context);
    }

    /** {@link #forDockerfile}, with why the context is that one. */
    public Optional<Located> locate(Path dockerfile) {
        if (dockerfile == null) {
            return Optional.empty();
        }
        Path file = dockerfile.toAbsolutePath().normalize();
        if (given.isPresent()) {
            return at(file, given.get(), new ContextOrigin.Given("--context"));
        }
        if (compose.isPresent()) {
            ComposeContexts.Found found = compose.get().find(file);
            if (found.context().isPresent()) {
                return at(file, found.context().get(), found.origin());
            }
            return at(file, file.getParent(), found.origin());
        }
        return at(file, file.getParent(), new ContextOrigin.DockerfileFolder(java.util.List.of()));
    }

    /**
     * The context {@code root} for the Dockerfile at {@code dockerfile}, as {@code docker build -f
     * dockerfile root} uses it (its ignore file chosen as BuildKit does); empty when {@code root} cannot
     * be read. For runs that know each Dockerfile's context, such as the conformance run over contexts.
     */
    public Optional<BuildContext> forDockerfileIn(Path dockerfile, Path root) {
        Path file = dockerfile.toAbsolutePath().normalize();
        return at(file, root.toAbsolutePath().normalize(), new ContextOrigin.Given("its context")).map(Located::context);
    }

    private Optional<Located> at(Path file, Path root, ContextOrigin origin) {
        if (root == null || !Files.isDirectory(root) || !Files.isReadable(root)) {
            return Optional.empty();
        }
        Optional<Path> ignore = Optional.empty();
        Path folder = file.getParent();
        if (folder != null && file.getFileName() != null) {
            Path beside = folder.resolve(file.getFileName() + ".dockerignore");
            if (Files.isRegularFile(beside)) {
                ignore = Optional.of(beside);
            }
        }
        if (ignore.isEmpty() && Files.isRegularFile(root.resolve(".dockerignore"))) {
            ignore = Optional.of(root.resolve(".dockerignore"));
        }
        Optional<Path> ignoreFile = ignore;
        BuildContext context = known.computeIfAbsent(new Key(root, ignoreFile), key -> new BuildContext(root, ignoreFile));
        return Optional.of(new Located(context, origin));
    }
}
