package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.context.BuildContext;

/**
 * pip's requirements file format, as far as the recipe needs it: the files a requirements file includes
 * ({@code -r FILE}, {@code -c FILE}, relative to the including file's folder) and whether a line installs a
 * path of the context ({@code .}, {@code -e ./lib}, {@code pkg @ file:...}, {@code --find-links ./wheels}).
 * https://pip.pypa.io/en/stable/reference/requirements-file-format/
 */
final class Requirements {
    private Requirements() {
    }

    /** What a requirements file and the files it includes read. */
    record Closure(Set<String> files, Optional<String> localLine) {
    }

    /**
     * The file {@code first} and every file it includes, in the order found, read from {@code context};
     * {@code localLine} is the first line that installs a path of the context, if any. A file the context
     * does not provide ends the walk there (the caller finds it missing).
     */
    static Closure of(BuildContext context, String first) {
        Set<String> files = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(first));
        while (!todo.isEmpty()) {
            String file = todo.remove(0);
            Optional<String> normal = BuildContext.normalize(file);
            if (normal.isEmpty() || !files.add(normal.get())) {
                continue;
            }
            Optional<String> text = context.read(normal.get());
            if (text.isEmpty()) {
                continue;
            }
            int slash = normal.get().lastIndexOf('/');
            String folder = slash < 0 ? "" : normal.get().substring(0, slash + 1);
            for (String line : logicalLines(text.get())) {
                String[] words = line.split("\\s+");
                String option = words[0];
                String value = words.length > 1 ? words[1] : "";
                if (option.contains("=") && option.startsWith("--")) {
                    value = option.substring(option.indexOf('=') + 1);
                    option = option.substring(0, option.indexOf('='));
                } else if (option.length() > 2 && (option.startsWith("-r") || option.startsWith("-c") || option.startsWith("-e")
                        || option.startsWith("-f")) && !option.startsWith("--")) {
                    value = option.substring(2);
                    option = option.substring(0, 2);
                }
                switch (option) {
                    case "-r", "--requirement", "-c", "--constraint" -> todo.add(value.startsWith("/") ? value : folder + value);
                    case "-e", "--editable", "-f", "--find-links" -> {
                        if (InstallCommand.isLocalPath(value)) {
                            return new Closure(files, Optional.of(line));
                        }
                    }
                    default -> {
                        if (!option.startsWith("-") && (InstallCommand.isLocalPath(option) || line.contains("@ file:")
                                || line.contains("@file:"))) {
                            return new Closure(files, Optional.of(line));
                        }
                    }
                }
            }
        }
        return new Closure(files, Optional.empty());
    }

    /** The file's lines with comments removed and continuations joined, blank ones left out. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\r?\n", -1)) {
            if (raw.endsWith("\\")) {
                current.append(raw, 0, raw.length() - 1);
                continue;
            }
            current.append(raw);
            String line = current.toString();
            current.setLength(0);
            int hash = line.startsWith("#") ? 0 : line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
