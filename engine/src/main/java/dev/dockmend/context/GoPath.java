package dev.dockmend.context;

/** Go's {@code path.Clean} on slash-separated paths: BuildKit cleans both ignore patterns and COPY sources with it. */
final class GoPath {
    private GoPath() {
    }

    /**
     * The shortest path equal to {@code path}: repeated slashes folded, {@code .} elements dropped, {@code ..}
     * resolved against the element before it (at the root it is dropped), no trailing slash; "" becomes ".".
     */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        for (String element : path.split("/")) {
            if (element.isEmpty() || element.equals(".")) {
                continue;
            }
            if (element.equals("..")) {
                if (!kept.isEmpty() && !kept.peekLast().equals("..")) {
                    kept.removeLast();
                } else if (!rooted) {
                    kept.addLast("..");
                }
                continue;
            }
            kept.addLast(element);
        }
        String joined = String.join("/", kept);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
