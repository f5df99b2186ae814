package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.dockmend.recipes.images.ImagePattern;

/**
 * Name patterns of {@code knowledge/runtime-images.txt}'s {@code build-inputs} and {@code not-runtime}: a pattern
 * ending in {@code /} is a folder name and covers all it holds, others match a file's name ({@code *} any text).
 */
public final class FilePatterns {
    private final List<String> folders = new ArrayList<>();
    private final List<Pattern> names = new ArrayList<>();

    public FilePatterns(List<String> patterns) {
        for (String pattern : patterns) {
            if (pattern.endsWith("/")) {
                folders.add(pattern.substring(0, pattern.length() - 1));
            } else {
                names.add(ImagePattern.glob(pattern));
            }
        }
    }

    /** Whether a path (slash-separated, relative) is covered: a folder of it is one of the folders, or its name matches. */
    public boolean covers(String path) {
        String[] elements = path.split("/");
        for (int i = 0; i < elements.length - 1; i++) {
            if (folders.contains(elements[i])) {
                return true;
            }
        }
        String name = elements[elements.length - 1];
        return names.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }

    /** Whether a folder (slash-separated, relative) is covered whole. */
    public boolean coversFolder(String path) {
        for (String element : path.split("/")) {
            if (folders.contains(element)) {
                return true;
            }
        }
        return false;
    }
}
