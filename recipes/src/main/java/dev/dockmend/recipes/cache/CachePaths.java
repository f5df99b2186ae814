package dev.dockmend.recipes.cache;

import java.util.regex.Pattern;

/**
 * Cache paths as the knowledge table writes them ({@code ~/.cache/pip}, {@code /var/lib/apt/lists}) against
 * paths in a script or a {@code --mount} target. A home directory may be written {@code ~}, {@code $HOME},
 * <code>${HOME}</code>, {@code /root} or {@code /home/NAME}: the cache of whichever user ran the manager.
 */
final class CachePaths {
    private static final Pattern BRACED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private CachePaths() {
    }

    /**
     * {@code raw} with quotes taken out, <code>${NAME}</code> written {@code $NAME}, a home directory written
     * {@code ~}, and a trailing {@code /*}, {@code *} or {@code /} dropped: {@code "$HOME"/.npm/*} is {@code ~/.npm}.
     */
    static String normalise(String raw) {
        String unquoted = raw.replace("\"", "").replace("'", "");
        String path = unquoted.indexOf('{') < 0 ? unquoted : BRACED.matcher(unquoted).replaceAll("\\$$1");
        for (String home : new String[] {"$HOME", "/root"}) {
            if (path.equals(home) || path.startsWith(home + "/")) {
                path = "~" + path.substring(home.length());
                break;
            }
        }
        if (path.startsWith("/home/")) {
            int slash = path.indexOf('/', "/home/".length());
            path = "~" + (slash < 0 ? "" : path.substring(slash));
        }
        while (path.length() > 1 && (path.endsWith("*") || path.endsWith("/"))) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** Whether removing {@code path} (normalised) removes all of {@code cache}: it is the cache or a folder above it. */
    static boolean removes(String path, String cache) {
        return path.equals(cache) || cache.startsWith(path + "/") || path.equals("/");
    }

    /** Whether a mount on {@code target} (normalised) holds {@code cache} or a part of it. */
    static boolean holds(String target, String cache) {
        return removes(target, cache) || target.startsWith(cache + "/");
    }
}
