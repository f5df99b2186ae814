package dev.dockmend.context;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the build context that a compose file gives a Dockerfile, as {@code docker compose build} would
 * use it. The search looks in the Dockerfile's folder and each folder above it, up to the repository
 * root (the first folder holding {@code .git}) or the file system's root; in each folder it reads the
 * compose file compose itself would read there ({@link #FILE_NAMES}, the first that exists). A service
 * builds the Dockerfile when its context, resolved against the compose file's folder, and its
 * dockerfile ({@code Dockerfile} by default), resolved against the context, name it. The nearest compose
 * file with such a service decides; if its services give different contexts, none is chosen (a note
 * says so) and the Dockerfile's folder serves. A compose file that cannot be read is left out, with a
 * note. Remote contexts (a URL or a git repository) and {@code dockerfile_inline} name no file here; a
 * path with a variable ({@code ${DIR}}) is not resolved and is left out with a note.
 *
 * <p>Each folder is looked at once and each compose file read once per instance, so a batch over
 * thousands of Dockerfiles reads each compose file once. Thread-safe.
 */
public final class ComposeContexts {
    /** The names compose reads by default, in its order of preference. */
    public static final List<String> FILE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

    /** A context that is no folder here: {@code https://...}, {@code git@host:repo}, {@code github.com/...}. */
    private static final Pattern REMOTE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://|git@|github\\.com/).*");

    private final ComposeReader reader;
    private final Map<Path, Folder> folders = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> composeFilesFrom = new ConcurrentHashMap<>();
    private final Map<Path, Read> reads = new ConcurrentHashMap<>();

    public ComposeContexts(ComposeReader reader) {
        this.reader = reader;
    }

    /** What the search found for one Dockerfile: a context and why, or no context and the notes. */
    public record Found(Optional<Path> context, ContextOrigin origin) {
    }

    /** What one folder holds for the search: its compose file, and whether the repository's root is here. */
    private record Folder(Optional<Path> composeFile, boolean repositoryRoot) {
    }

    /** A compose file as read: its services, or the note that says why it was left out. */
    private record Read(List<ComposeService> services, Optional<ContextOrigin.Note> problem) {
    }

    /** A service that builds the Dockerfile, with the context it gives it. */
    private record Match(ComposeService service, Path context) {
    }

    /** The context compose files give {@code dockerfile} (an absolute, normalized path), if any. */
    public Found find(Path dockerfile) {
        Path file = dockerfile.toAbsolutePath().normalize();
        List<ContextOrigin.Note> notes = new ArrayList<>();
        Path folder = file.getParent();
        if (folder == null) {
            return new Found(Optional.empty(), new ContextOrigin.DockerfileFolder(notes));
        }
        for (Path composeFile : composeFilesFrom(folder)) {
            Read read = read(composeFile);
            if (read.problem().isPresent()) {
                notes.add(read.problem().get());
                continue;
            }
            List<Match> matches = matches(composeFile, read.services(), file, notes);
            if (matches.isEmpty()) {
                continue;
            }
            Set<Path> contexts = new LinkedHashSet<>();
            matches.forEach(match -> contexts.add(match.context()));
            if (contexts.size() > 1) {
                List<String> each = matches.stream().map(m -> "\"" + m.service().name() + "\" " + relative(composeFile.getParent(), m.context()))
                        .toList();
                notes.add(new ContextOrigin.Note(composeFile, Optional.empty(), "services build this Dockerfile with different contexts ("
                        + String.join(", ", each) + "), so none is taken"));
                return new Found(Optional.empty(), new ContextOrigin.DockerfileFolder(notes));
            }
            List<String> names = matches.stream().map(m -> m.service().name()).toList();
            return new Found(Optional.of(matches.get(0).context()),
                    new ContextOrigin.Compose(composeFile, names, matches.get(0).service().contextKey(), notes));
        }
        return new Found(Optional.empty(), new ContextOrigin.DockerfileFolder(notes));
    }

    /** {@code context} as the compose file would name it: relative to its folder, {@code .} for the folder itself. */
    private static String relative(Path base, Path context) {
        String path = base.relativize(context).toString().replace('\\', '/');
        return path.isEmpty() ? "." : path;
    }

    /** The services of {@code composeFile} that build {@code dockerfile}, noting those the search cannot follow. */
    private static List<Match> matches(Path composeFile, List<ComposeService> services, Path dockerfile, List<ContextOrigin.Note> notes) {
        Path base = composeFile.getParent();
        List<Match> matches = new ArrayList<>();
        for (ComposeService service : services) {
            if (service.inlineDockerfile()) {
                continue;
            }
            String context = service.context().orElse(".");
            String name = service.dockerfile().orElse("Dockerfile");
            if (REMOTE.matcher(context).matches()) {
                continue;
            }
            if (context.contains("$") || name.contains("$")) {
                notes.add(new ContextOrigin.Note(composeFile, Optional.of(service.position()), "service \"" + service.name()
                        + "\" names its build with a variable, which is not resolved: left out"));
                continue;
            }
            try {
                Path root = base.resolve(context).normalize();
                if (root.resolve(name).normalize().equals(dockerfile)) {
                    matches.add(new Match(service, root));
                }
            } catch (InvalidPathException e) {
                notes.add(new ContextOrigin.Note(composeFile, Optional.of(service.position()), "service \"" + service.name()
                        + "\" names a path that is not one here (" + e.getMessage() + "): left out"));
            }
        }
        return matches;
    }

    /** The compose files from {@code folder} up to the repository's root, nearest first. */
    private List<Path> composeFilesFrom(Path folder) {
        List<Path> known = composeFilesFrom.get(folder);
        if (known != null) {
            return known;
        }
        Folder here = folder(folder);
        List<Path> files = new ArrayList<>();
        here.composeFile().ifPresent(files::add);
        if (!here.repositoryRoot() && folder.getParent() != null) {
            files.addAll(composeFilesFrom(folder.getParent()));
        }
        List<Path> found = List.copyOf(files);
        composeFilesFrom.putIfAbsent(folder, found);
        return found;
    }

    private Folder folder(Path folder) {
        return folders.computeIfAbsent(folder, f -> {
            Optional<Path> composeFile = FILE_NAMES.stream().map(f::resolve).filter(Files::isRegularFile).findFirst();
            return new Folder(composeFile, Files.exists(f.resolve(".git")));
        });
    }

    private Read read(Path composeFile) {
        return reads.computeIfAbsent(composeFile, file -> {
            try {
                return new Read(List.copyOf(reader.services(file)), Optional.empty());
            } catch (ComposeReader.UnreadableComposeFileException e) {
                return new Read(List.of(), Optional.of(e.note()));
            }
        });
    }
}
