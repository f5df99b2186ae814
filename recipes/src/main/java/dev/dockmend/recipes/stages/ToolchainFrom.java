package dev.dockmend.recipes.stages;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.recipes.images.FromArgs;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.view.Stage;

/**
 * The toolchain image a stage's FROM names: written literally, or computed from the build arguments declared
 * before the first FROM ({@code ARG GO_VERSION=1.22} and {@code FROM golang:${GO_VERSION}}), read with their
 * defaults as {@link FromArgs} expands them. Such a global ARG is in scope in every FROM of the file, so the
 * runtime stage's FROM can use it too: it does when the variable fills exactly one placeholder of the table's
 * toolchain pattern ({@code golang:{version}}), for then the runtime image the table gives follows every value of
 * that form ({@code node:${NODE_VERSION}-slim}, or a runtime that does not depend on it, such as
 * {@code gcr.io/distroless/static-debian13}). Otherwise ({@code FROM ${BASE}}, a variable that also names the
 * variant) a {@code --build-arg} could ask for a toolchain the runtime image does not fit, and the recipe declines.
 *
 * @param written  the image as the FROM writes it
 * @param resolved the image with the ARG defaults put in (the same as {@code written} when it uses none)
 * @param variable the one {@code $NAME} or {@code ${NAME}} the image uses, where it stands in {@code resolved}
 */
record ToolchainFrom(String written, String resolved, Optional<Variable> variable) {
    private static final Pattern REFERENCE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    /**
     * @param name  the build argument
     * @param text  the reference as written ({@code ${GO_VERSION}})
     * @param start where its value starts in the resolved image
     * @param end   where its value ends
     */
    record Variable(String name, String text, int start, int end) {
        String value(String resolved) {
            return resolved.substring(start, end);
        }
    }

    /** The stage's image; empty when it uses a build argument whose value is not known before the build. */
    static Optional<ToolchainFrom> of(Dockerfile file, Stage stage) {
        String written = stage.from().image();
        if (written.indexOf('$') < 0) {
            return Optional.of(new ToolchainFrom(written, written, Optional.empty()));
        }
        if (!(FromArgs.of(file.instructions(), file.escapeCharacter()).expand(written) instanceof FromArgs.Known known)) {
            return Optional.empty();
        }
        String resolved = known.text();
        Matcher reference = REFERENCE.matcher(written);
        Optional<Variable> variable = Optional.empty();
        if (reference.find() && written.indexOf('$', reference.end()) < 0) {
            String before = written.substring(0, reference.start());
            String after = written.substring(reference.end());
            if (resolved.startsWith(before) && resolved.endsWith(after) && resolved.length() >= before.length() + after.length()) {
                String name = reference.group(1) != null ? reference.group(1) : reference.group(2);
                variable = Optional.of(new Variable(name, reference.group(), before.length(), resolved.length() - after.length()));
            }
        }
        return Optional.of(new ToolchainFrom(written, resolved, variable));
    }

    /** Whether the FROM uses build arguments. */
    boolean fromArgs() {
        return written.indexOf('$') >= 0;
    }

    /**
     * The runtime stage's FROM image for an artefact of {@code kind}: {@code runtimeImage} when the toolchain's FROM
     * is literal, else the runtime image written with the same variable.
     *
     * @throws Declined when the runtime image cannot follow every value of the variable
     */
    String runtimeFrom(Toolchain toolchain, String kind, String runtimeImage, int at) {
        if (!fromArgs()) {
            return runtimeImage;
        }
        String why = "the toolchain image " + written + " is " + resolved + " by the default of "
                + variable.map(v -> "ARG " + v.name()).orElse("its build arguments");
        Variable v = variable.orElseThrow(() -> new Declined(at, why + ", but a --build-arg could name another toolchain, whose runtime "
                + "image the recipe cannot write for every value", "name the image literally, or only its version with an ARG"));
        return toolchain.runtimeFollowing(kind, resolved, v.start(), v.end(), v.text()).orElseThrow(() -> new Declined(at, why + ", which "
                + "stands for more than the tag's version or release, so a --build-arg could ask for a toolchain the runtime image "
                + runtimeImage + " does not fit", "name the image and its variant literally and only the version with the ARG, as in "
                + "FROM golang:${GO_VERSION}-alpine"));
    }

    /** What the change's reason says of the runtime FROM, when it follows the variable. */
    Optional<String> note(String runtimeFrom) {
        return variable.filter(v -> fromArgs()).map(v -> "the runtime FROM " + runtimeFrom + (runtimeFrom.contains(v.text())
                ? " follows ARG " + v.name() + " as the toolchain's does" : " fits every " + v.name() + " of the form of its default "
                + v.value(resolved)));
    }
}
