package dev.dockmend.recipes.images;

/** What a stage's FROM names, once its build arguments are expanded. */
public sealed interface StageBase {

    /**
     * A registry image.
     *
     * @param fromArgDefaults the reference was read from ARG defaults, which {@code --build-arg} may override
     * @param platform        FROM's {@code --platform}, expanded ({@code linux/arm64}), or why it is not known
     *                        ({@code $BUILDPLATFORM}); empty when the FROM has none
     */
    record Image(ImageReference reference, boolean fromArgDefaults, java.util.Optional<FromArgs.Expansion> platform)
            implements StageBase {
    }

    /** An earlier stage of the file ({@code FROM build AS test}), by its number and name. */
    record Stage(int number, String name) implements StageBase {
    }

    /** {@code FROM scratch}: the empty image. */
    record Scratch() implements StageBase {
    }

    /** The reference is not known before the build, or is not valid; {@code why} says which, for a finding. */
    record Unresolved(String written, String why) implements StageBase {
    }
}
