package dev.dockmend.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the {@code .dockmend.yaml} that governs a file: the nearest one in the file's folder or a
 * folder above it, which links to the one above it in turn (see {@link ProjectConfig} for what each
 * decides). Results are cached per folder, so a batch of thousands of files reads each configuration
 * once; safe to use from several threads.
 */
public final class ConfigFinder {
    private final Map<Path, ProjectConfig> byDirectory = new ConcurrentHashMap<>();
    private final ConfigReader reader;
    private final Function<Path, String> namer;

    /** {@code namer} says how messages name a configuration file. */
    public ConfigFinder(RecipeSettings settings, Function<Path, String> namer) {
        this.reader = new ConfigReader(settings);
        this.namer = namer;
    }

    /** The configuration for {@code file}, or {@link ProjectConfig#NONE}. */
    public ProjectConfig forFile(Path file) throws ConfigException {
        return forFolder(file.toAbsolutePath().normalize().getParent());
    }

    private ProjectConfig forFolder(Path directory) throws ConfigException {
        List<Path> visited = new ArrayList<>();
        ProjectConfig found = ProjectConfig.NONE;
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            ProjectConfig cached = byDirectory.get(dir);
            if (cached != null) {
                found = cached;
                break;
            }
            visited.add(dir);
            Path candidate = dir.resolve(ProjectConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                found = read(candidate, dir.getParent() == null ? ProjectConfig.NONE : forFolder(dir.getParent()));
                break;
            }
        }
        for (Path dir : visited) {
            byDirectory.putIfAbsent(dir, found);
        }
        return found;
    }

    /** Reads one configuration file, on its own (for {@code --config}). */
    public ProjectConfig read(Path file) throws ConfigException {
        return read(file, ProjectConfig.NONE);
    }

    private ProjectConfig read(Path file, ProjectConfig enclosing) throws ConfigException {
        return reader.read(file, namer.apply(file), enclosing);
    }

    /** A configuration file that cannot be read or is wrong; the message names the file and position. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
