package dev.dockmend.cli.run;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Dockerfile to work on: a file, or standard input ({@code stdin} holds its bytes, read once; {@code
 * path} is then what {@code --stdin-filename} says it stands for, or null). {@code name} is how
 * messages and diff headers name it: the path as the user gave or the search found it.
 */
public final class Source {
    private final Path path;
    private final byte[] stdin;
    /** The absolute base a file's name is worked out from; null when the name was given. */
    private final Path absoluteBase;
    /**
     * Worked out on first use, which in a batch is on the thread that mends the file: the path arithmetic
     * for thousands of files then runs on every core instead of before the batch starts. A race only
     * computes the same immutable string twice.
     */
    private String name;
    /** Named, but excluded by a configuration under {@code --force-exclude}: passed through untouched. */
    private final boolean excluded;

    private Source(String name, Path path, byte[] stdin, Path absoluteBase, boolean excluded) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
        this.absoluteBase = absoluteBase;
        this.excluded = excluded;
    }

    /** This source, to be passed through untouched: a configuration excludes it (see {@code --force-exclude}). */
    public Source asExcluded() {
        return new Source(name, path, stdin, absoluteBase, true);
    }

    public boolean isExcluded() {
        return excluded;
    }

    /** {@code path} as found from {@code base} (the working directory, or {@code -C DIR}), named relative to it. */
    public static Source file(Path base, Path path) {
        return namer(base).file(path);
    }

    /** Names files found from {@code base}, which is made absolute once for all of them. */
    public static Namer namer(Path base) {
        return new Namer(base.toAbsolutePath().normalize());
    }

    /** Makes the sources of the files found from one base directory. */
    public static final class Namer {
        private final Path absoluteBase;

        private Namer(Path absoluteBase) {
            this.absoluteBase = absoluteBase;
        }

        public Source file(Path path) {
            return new Source(null, path, null, absoluteBase, false);
        }

        /** How messages name {@code path}, as they name a source. */
        public String name(Path path) {
            return displayName(absoluteBase, path);
        }
    }

    public static Source stdin(Path base, Path standsFor, byte[] bytes) {
        return new Source(standsFor == null ? "<stdin>" : displayName(base.toAbsolutePath().normalize(), standsFor), standsFor, bytes, null, false);
    }

    /** How messages and diff headers name the file. */
    public String name() {
        String known = name;
        if (known == null) {
            known = displayName(absoluteBase, path);
            name = known;
        }
        return known;
    }

    /** The file; for standard input, the path it stands for, or null. */
    public Path path() {
        return path;
    }

    /** Standard input's bytes; null for a file. */
    public byte[] stdin() {
        return stdin;
    }

    public boolean isStdin() {
        return stdin != null;
    }

    /**
     * The file's bytes. Read with a plain {@link FileInputStream}, which reads straight into the array:
     * {@code Files.readAllBytes} goes through a file channel and a temporary direct buffer, several times
     * the code to load and compile for the small files a batch reads by the thousand (docs/performance.md).
     */
    public byte[] read() throws IOException {
        if (isStdin()) {
            return stdin;
        }
        try (FileInputStream in = new FileInputStream(path.toFile())) {
            return in.readAllBytes();
        }
    }

    /**
     * How a path is shown: relative to {@code base} when it lies below it (so diff headers are
     * {@code a/services/api/Dockerfile}, which {@code git apply} takes), otherwise as it is.
     */
    private static String displayName(Path absoluteBase, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(absoluteBase) ? absoluteBase.relativize(absolute) : path.normalize();
        String name = shown.toString().replace('\\', '/');
        return name.isEmpty() ? path.toString() : name;
    }

    @Override
    public String toString() {
        return name();
    }
}
