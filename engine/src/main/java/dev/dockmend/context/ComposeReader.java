package dev.dockmend.context;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the services of a compose file. The engine has no YAML parser: the CLI gives one (SnakeYAML),
 * and {@link ComposeContexts} keeps the rules of what the services mean for a Dockerfile's context.
 */
@FunctionalInterface
public interface ComposeReader {
    /**
     * The services of {@code file} that build an image, in the file's order.
     *
     * @throws UnreadableComposeFileException when the file cannot be read or is no compose file
     */
    List<ComposeService> services(Path file);

    /**
     * A compose file that cannot be read.
     *
     * @param position {@code line:column} of the problem, when it has one
     */
    final class UnreadableComposeFileException extends RuntimeException {
        private final transient Path file;
        private final String position;
        private final String problem;

        public UnreadableComposeFileException(Path file, Optional<String> position, String problem) {
            super(file + position.map(p -> ":" + p).orElse("") + ": " + problem);
            this.file = file;
            this.position = position.orElse(null);
            this.problem = problem;
        }

        /** The note that tells the user the file was left out, and why. */
        ContextOrigin.Note note() {
            return new ContextOrigin.Note(file, Optional.ofNullable(position), "not read: " + problem);
        }
    }
}
