package dev.dockmend.cli.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code .dockmend.yaml}: which recipes run ({@code recipes}, default all; {@code skip}; {@code
 * safe-only}), their options ({@code options: {recipe-id: {name: value}}}) and which files a directory
 * search leaves out ({@code exclude}: globs relative to the file's folder). Command-line flags win over
 * it. {@link #NONE} is the configuration of a file with no {@code .dockmend.yaml} above it.
 */
public record ProjectConfig(Path directory, List<String> recipes, List<String> skip, boolean safeOnly,
                            Map<String, Map<String, String>> options, List<String> exclude) {
    public static final String FILE_NAME = ".dockmend.yaml";
    public static final ProjectConfig NONE = new ProjectConfig(null, List.of(), List.of(), false, Map.of(), List.of());

    public ProjectConfig {
        recipes = List.copyOf(recipes);
        skip = List.copyOf(skip);
        options = Map.copyOf(options);
        exclude = List.copyOf(exclude);
    }

    /** Whether {@code file} (under {@link #directory()}) matches an {@code exclude} glob. */
    public boolean excludes(Path file) {
        if (directory == null || exclude.isEmpty()) {
            return false;
        }
        Path relative = directory.relativize(file.toAbsolutePath().normalize());
        for (String glob : exclude) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The YAML document as written; {@link ConfigFinder} adds the folder. A plain class rather than a
     * record: Jackson then reads it key by key, so an unknown key is reported at its own line.
     */
    static final class Document {
        @JsonProperty("recipes")
        List<String> recipes = List.of();
        @JsonProperty("skip")
        List<String> skip = List.of();
        @JsonProperty("safe-only")
        boolean safeOnly;
        @JsonProperty("options")
        Map<String, Map<String, String>> options = Map.of();
        @JsonProperty("exclude")
        List<String> exclude = List.of();
    }
}
