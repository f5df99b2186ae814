package dev.dockmend.cli.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds the {@code .dockmend.yaml} that governs a file: the nearest one in the file's folder or a
 * folder above it (no merging: the nearest wins, as with {@code .editorconfig} roots). Results are
 * cached per folder, so a batch of thousands of files reads each configuration once; safe to use from
 * several threads.
 */
public final class ConfigFinder {
    private final Map<Path, ProjectConfig> byDirectory = new ConcurrentHashMap<>();
    private volatile ObjectMapper yaml;

    /** The configuration for {@code file}, or {@link ProjectConfig#NONE}. */
    public ProjectConfig forFile(Path file) throws ConfigException {
        Path directory = file.toAbsolutePath().normalize().getParent();
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
                found = read(candidate);
                break;
            }
        }
        for (Path dir : visited) {
            byDirectory.putIfAbsent(dir, found);
        }
        return found;
    }

    /** Reads one configuration file. */
    public ProjectConfig read(Path file) throws ConfigException {
        try {
            ProjectConfig.Document document = mapper().readValue(file.toFile(), ProjectConfig.Document.class);
            if (document == null) {
                return new ProjectConfig(file.toAbsolutePath().getParent(), List.of(), List.of(), false, Map.of(), List.of());
            }
            return new ProjectConfig(file.toAbsolutePath().normalize().getParent(), orEmpty(document.recipes), orEmpty(document.skip),
                    document.safeOnly, document.options == null ? Map.of() : document.options, orEmpty(document.exclude));
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ":" + keyPosition(file, e) + ": error: unknown key `" + e.getPropertyName()
                    + "` (expected one of recipes, skip, safe-only, options, exclude)");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + line(e) + ": error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": error: cannot read: " + e.getMessage());
        }
    }

    /** The key's own line and column: Jackson reports where it stopped, on the key's line but past it. */
    private static String keyPosition(Path file, UnrecognizedPropertyException e) {
        String position = line(e);
        int line = Integer.parseInt(position.substring(0, position.indexOf(':')));
        try {
            List<String> lines = Files.readAllLines(file);
            if (line >= 1 && line <= lines.size()) {
                int column = lines.get(line - 1).indexOf(e.getPropertyName());
                if (column >= 0) {
                    return line + ":" + (column + 1);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Fall back to Jackson's position.
        }
        return position;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** Where the offending token starts (the exception's own location is where reading stopped, after it). */
    private static String line(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser && parser.currentTokenLocation() != null) {
            location = parser.currentTokenLocation();
        }
        return location == null ? "1:1" : location.getLineNr() + ":" + location.getColumnNr();
    }

    /** Jackson's YAML support is loaded only when a project has a configuration file. */
    private ObjectMapper mapper() {
        ObjectMapper mapper = yaml;
        if (mapper == null) {
            mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            yaml = mapper;
        }
        return mapper;
    }

    /** A configuration file that cannot be read or is wrong; the message names the file and position. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
