package dev.dockmend.cli.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code .dockmend.yaml}: which recipes run ({@code recipes}, default all; {@code skip}; {@code
 * safe-only}), their options ({@code options: {recipe-id: {name: value}}}) and which files a folder search
 * leaves out ({@code exclude}: {@code .gitignore} patterns anchored at the file's folder). Command-line
 * flags win over it. {@link #NONE} is the configuration of a file with no {@code .dockmend.yaml} above it.
 *
 * <p>Precedence, as with ruff's and ESLint's nested configurations: the recipe settings are the nearest
 * file's alone, but the {@code exclude} patterns of every file above still apply ({@link #enclosing}),
 * layered like nested {@code .gitignore} files: the nearest file with a pattern matching a path decides,
 * so a nested file adds patterns and can re-include with {@code !} what one above excludes (but, as in
 * git, nothing inside a folder that is excluded).
 *
 * @param name      how messages name the file (relative to the working folder when below it)
 * @param enclosing the configuration of the folder above this one's, or {@link #NONE}
 */
public record ProjectConfig(Path directory, String name, List<String> recipes, List<String> skip, boolean safeOnly,
                            Map<String, Map<String, String>> options, IgnoreRules exclude, ProjectConfig enclosing) {
    public static final String FILE_NAME = ".dockmend.yaml";
    public static final ProjectConfig NONE = new ProjectConfig(null, "command line", List.of(), List.of(), false, Map.of(), null, null);

    public ProjectConfig {
        recipes = List.copyOf(recipes);
        skip = List.copyOf(skip);
        options = Map.copyOf(options);
    }

    /**
     * Whether the {@code exclude} patterns of this file and those above leave out {@code path}, judged on
     * its own: what a folder search asks of each path it walks to (it does not enter an excluded folder).
     */
    public boolean excludes(Path path, boolean isDirectory) {
        if (directory == null) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        for (ProjectConfig config = this; config != null && config.directory != null; config = config.enclosing) {
            Boolean verdict = config.exclude.verdict(absolute, isDirectory);
            if (verdict != null) {
                return verdict;
            }
        }
        return false;
    }

    /**
     * Whether {@code path} or a folder above it is excluded: what git answers for a path it did not walk
     * to, and so for a path named on the command line under {@code --force-exclude}.
     */
    public boolean excludesWithFolders(Path path, boolean isDirectory) {
        Path absolute = path.toAbsolutePath().normalize();
        Path outermost = null;
        for (ProjectConfig config = this; config != null && config.directory != null; config = config.enclosing) {
            if (!config.exclude.isEmpty()) {
                outermost = config.directory;
            }
        }
        if (outermost == null || !absolute.startsWith(outermost)) {
            return false;
        }
        List<Path> folders = new ArrayList<>();
        for (Path folder = absolute.getParent(); folder != null && folder.startsWith(outermost) && !folder.equals(outermost);
                folder = folder.getParent()) {
            folders.add(folder);
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            if (excludes(folders.get(i), true)) {
                return true;
            }
        }
        return excludes(absolute, isDirectory);
    }
}
