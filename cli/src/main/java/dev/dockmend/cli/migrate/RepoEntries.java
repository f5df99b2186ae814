package dev.dockmend.cli.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repositories of a run, from the arguments and {@code --repos-from}: resolved, each once, named ({@link OutputNames}). */
public final class RepoEntries {
    private RepoEntries() {
    }

    /** {@code given} resolved against {@code base} (the working folder, or {@code -C}); a folder given twice is taken once. */
    public static List<RepoEntry> of(Path base, List<String> given) {
        Map<Path, String> roots = new LinkedHashMap<>();
        for (String path : given) {
            roots.putIfAbsent(base.resolve(path).toAbsolutePath().normalize(), path);
        }
        return OutputNames.of(new ArrayList<>(roots.values()), new ArrayList<>(roots.keySet()));
    }

    /** The paths of a {@code --repos-from} file: one a line, surrounding blanks trimmed, blank and {@code #} lines skipped. */
    public static List<String> linesOf(String text) {
        List<String> paths = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                paths.add(path);
            }
        }
        return paths;
    }
}
