package dev.dockmend.context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The build context of a Dockerfile: the folder whose files {@code COPY} and {@code ADD} read, and the
 * {@code .dockerignore} rules that leave some of them out. Nothing is read until a recipe asks, and what
 * is read once is kept: the rules, each folder's listing and each file's text. Paths are slash-separated
 * and relative to the context's root, as a COPY source is ({@code ./a/../b} is {@code b}); a path that
 * leaves the root exists in no context.
 *
 * <p>Thread-safe: a batch shares one context between the Dockerfiles that use it.
 */
public final class BuildContext {
    private final Path root;
    private final Optional<Path> ignoreFile;
    private volatile IgnoreRules rules;
    private final Map<String, List<String>> listings = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();

    /**
     * @param root       the context's folder
     * @param ignoreFile the ignore file BuildKit reads for this Dockerfile, if there is one
     */
    BuildContext(Path root, Optional<Path> ignoreFile) {
        this.root = root;
        this.ignoreFile = ignoreFile;
    }

    /** A context of {@code root} with the rules of {@code root/.dockerignore}; for tests and tools. */
    public static BuildContext of(Path root) {
        Path ignore = root.resolve(".dockerignore");
        return new BuildContext(root, Files.isRegularFile(ignore) ? Optional.of(ignore) : Optional.empty());
    }

    public Path root() {
        return root;
    }

    /** The ignore file in effect, if any. */
    public Optional<Path> ignoreFile() {
        return ignoreFile;
    }

    /**
     * The ignore rules, read on first use.
     *
     * @throws UnreadableContextException when the ignore file cannot be read or has a rule BuildKit rejects
     */
    public IgnoreRules rules() {
        IgnoreRules known = rules;
        if (known == null) {
            if (ignoreFile.isEmpty()) {
                known = IgnoreRules.none();
            } else {
                try {
                    known = IgnoreRules.parse(Files.readString(ignoreFile.get(), StandardCharsets.UTF_8));
                } catch (IOException | IllegalArgumentException e) {
                    throw new UnreadableContextException(ignoreFile.get() + ": " + e.getMessage());
                }
            }
            rules = known;
        }
        return known;
    }

    /** {@code path} cleaned as BuildKit cleans a COPY source, or empty when it leaves the context. */
    public static Optional<String> normalize(String path) {
        String cleaned = GoPath.clean(path.startsWith("/") ? path.substring(1) : path);
        return cleaned.equals("..") || cleaned.startsWith("../") ? Optional.empty() : Optional.of(cleaned);
    }

    /** Whether a file or folder {@code path} exists in the context's folder (whatever the ignore rules say). */
    public boolean exists(String path) {
        Optional<String> clean = normalize(path);
        if (clean.isEmpty()) {
            return false;
        }
        if (clean.get().equals(".")) {
            return true;
        }
        int slash = clean.get().lastIndexOf('/');
        String parent = slash < 0 ? "." : clean.get().substring(0, slash);
        return list(parent).contains(clean.get().substring(slash + 1));
    }

    /** Whether the ignore rules leave {@code path} out of the context sent to the builder. */
    public boolean ignored(String path) {
        return normalize(path).map(rules()::ignores).orElse(true);
    }

    /** Whether a COPY of {@code path} finds it: it exists and is not ignored. */
    public boolean provides(String path) {
        return exists(path) && !ignored(path);
    }

    /** Whether {@code path} is a folder of the context. */
    public boolean isFolder(String path) {
        return exists(path) && Files.isDirectory(resolve(normalize(path).orElseThrow()), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The names in folder {@code path} (sorted; empty when it is no folder), listed once. Names, not
     * paths, so that the many questions about one folder cost one listing.
     */
    public List<String> list(String path) {
        Optional<String> clean = normalize(path);
        if (clean.isEmpty()) {
            return List.of();
        }
        return listings.computeIfAbsent(clean.get(), folder -> {
            Path directory = resolve(folder);
            if (!Files.isDirectory(directory)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(directory)) {
                List<String> names = new ArrayList<>();
                entries.forEach(entry -> names.add(entry.getFileName().toString()));
                names.sort(null);
                return List.copyOf(names);
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    /**
     * The text of file {@code path} (UTF-8, read once), or empty when it is missing, ignored, not a regular
     * file or unreadable: recipes read manifests through here.
     */
    public Optional<String> read(String path) {
        Optional<String> clean = normalize(path);
        if (clean.isEmpty() || !provides(clean.get())) {
            return Optional.empty();
        }
        return texts.computeIfAbsent(clean.get(), file -> {
            Path resolved = resolve(file);
            if (!Files.isRegularFile(resolved)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new String(Files.readAllBytes(resolved), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The files and folders of folder {@code folder} whose name matches {@code glob} (Go's filepath.Match), not ignored. */
    public List<String> matching(String folder, String glob) {
        Pattern pattern = Pattern.of(glob);
        List<String> found = new ArrayList<>();
        String prefix = normalize(folder).map(f -> f.equals(".") ? "" : f + "/").orElse(null);
        if (prefix == null) {
            return List.of();
        }
        for (String name : list(folder)) {
            if (pattern.matches(name) && !ignored(prefix + name)) {
                found.add(prefix + name);
            }
        }
        return found;
    }

    private Path resolve(String clean) {
        return clean.equals(".") ? root : root.resolve(clean);
    }

    /** A name pattern of COPY: {@code *}, {@code ?} and classes within one name. */
    private record Pattern(java.util.regex.Pattern regex) {
        static Pattern of(String glob) {
            StringBuilder regex = new StringBuilder();
            boolean inClass = false;
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (inClass) {
                    regex.append(c == '!' && glob.charAt(i - 1) == '[' ? '^' : c);
                    inClass = c != ']';
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else if (c == '[') {
                    regex.append('[');
                    inClass = true;
                } else {
                    regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
                }
            }
            return new Pattern(java.util.regex.Pattern.compile(regex.toString()));
        }

        boolean matches(String name) {
            return regex.matcher(name).matches();
        }
    }

    @Override
    public String toString() {
        return root + ignoreFile.map(file -> " (ignore file " + file + ")").orElse("");
    }

    /** The context's ignore file cannot be read, or BuildKit would reject it. */
    public static final class UnreadableContextException extends RuntimeException {
        public UnreadableContextException(String message) {
            super(message);
        }
    }
}
