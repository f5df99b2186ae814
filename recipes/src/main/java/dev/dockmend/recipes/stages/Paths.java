package dev.dockmend.recipes.stages;

import java.util.ArrayDeque;
import java.util.Deque;

/** Absolute image paths, as a WORKDIR or a COPY destination resolves them. */
final class Paths {
    private Paths() {
    }

    /** {@code path} made absolute against {@code base} (absolute) and cleaned: {@code .}, {@code ..} and repeated slashes resolved. */
    static String join(String base, String path) {
        String joined = path.startsWith("/") ? path : base + "/" + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** The last name of an absolute path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder of an absolute path. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
