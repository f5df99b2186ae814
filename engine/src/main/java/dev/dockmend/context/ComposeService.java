package dev.dockmend.context;

import java.util.Optional;

/**
 * What one service of a compose file says about the build of its image, as written: {@code build: DIR}
 * (the string form) gives the context alone; {@code build:} as a mapping gives {@code context} and
 * {@code dockerfile}, each of which may be absent (compose then takes {@code .} and {@code Dockerfile}),
 * or a {@code dockerfile_inline}. Services without {@code build} are not listed.
 *
 * @param name     the service's name
 * @param position {@code line:column} of its {@code build} value, for notes
 */
public record ComposeService(String name, String position, boolean stringForm, Optional<String> context,
                             Optional<String> dockerfile, boolean inlineDockerfile) {

    /** {@code build: CONTEXT}. */
    public static ComposeService ofString(String name, String position, String context) {
        return new ComposeService(name, position, true, Optional.of(context), Optional.empty(), false);
    }

    /** {@code build: {context: ..., dockerfile: ..., dockerfile_inline: ...}}. */
    public static ComposeService ofMapping(String name, String position, Optional<String> context, Optional<String> dockerfile,
                                           boolean inlineDockerfile) {
        return new ComposeService(name, position, false, context, dockerfile, inlineDockerfile);
    }

    /** Which key named the context, as {@code --verbose} says it. */
    String contextKey() {
        if (stringForm) {
            return "build";
        }
        return context.isPresent() ? "build.context" : "build (no context: the compose file's folder)";
    }
}
