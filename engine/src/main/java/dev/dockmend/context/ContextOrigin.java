package dev.dockmend.context;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why a Dockerfile has the build context it has, for {@code --verbose}: the folder the user named, a
 * compose service that builds it, or its own folder; with notes on what the search saw and left out
 * (a compose file that could not be read, services that disagree).
 */
public sealed interface ContextOrigin {
    /** The notes of the search, in the order it saw them. */
    List<Note> notes();

    /** The reason in words, files named by {@code names} (e.g. relative to the working directory). */
    String describe(Function<Path, String> names);

    /** The folder the user named ({@code --context DIR}). */
    record Given(String option) implements ContextOrigin {
        @Override
        public List<Note> notes() {
            return List.of();
        }

        @Override
        public String describe(Function<Path, String> names) {
            return "given with " + option;
        }
    }

    /**
     * Services of a compose file build this Dockerfile, all with this context.
     *
     * @param key which key of theirs named the context: {@code build} (the string form), {@code
     *            build.context}, or none ({@code build.dockerfile} alone: the compose file's folder)
     */
    record Compose(Path file, List<String> services, String key, List<Note> notes) implements ContextOrigin {
        public Compose {
            services = List.copyOf(services);
            notes = List.copyOf(notes);
        }

        @Override
        public String describe(Function<Path, String> names) {
            String who = (services.size() == 1 ? "service " : "services ")
                    + String.join(", ", services.stream().map(s -> "\"" + s + "\"").toList());
            return names.apply(file) + " " + who + " " + key;
        }
    }

    /** No compose file says otherwise: the Dockerfile's own folder. */
    record DockerfileFolder(List<Note> notes) implements ContextOrigin {
        public DockerfileFolder {
            notes = List.copyOf(notes);
        }

        @Override
        public String describe(Function<Path, String> names) {
            return "the Dockerfile's folder";
        }
    }

    /** Something the search saw in {@code file} (at {@code position}, {@code line:column}, when known). */
    record Note(Path file, Optional<String> position, String text) {
        public String describe(Function<Path, String> names) {
            return names.apply(file) + position.map(p -> ":" + p).orElse("") + ": " + text;
        }
    }
}
