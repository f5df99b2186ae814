package dev.dockmend.recipes.stages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One {@code toolchain} entry of {@code knowledge/runtime-images.txt}: a build (go, maven, npm...) and the runtime
 * image its artefact runs on for each toolchain image.
 *
 * @param name          the build: {@code go}, {@code maven}, {@code gradle}, {@code npm}, {@code dotnet}
 * @param imageToolchain the ecosystem the base-image knowledge marks its toolchain images with
 * @param workdir       the WORKDIR the toolchain image sets, {@code /} when it sets none
 * @param runtimes      the {@code runtime} lines, in the order they are tried
 * @param buildEnv      variables only the build reads (a trailing {@code *} matches any end)
 * @param buildPackages distribution packages only the build needs
 * @param buildInputs   files only the build reads
 * @param selfContained dependencies whose install scripts link nothing the runtime image lacks
 * @param buildPrograms programs other than the ecosystem's that the build may run ({@code yarn}, {@code corepack})
 * @param nativeHelpers packages native modules build or load with ({@code node-gyp}, {@code nan}): a package that
 *                      depends on one builds native code, where the lock file does not record install scripts
 */
public record Toolchain(String name, String imageToolchain, String workdir, List<Runtime> runtimes, List<String> buildEnv, List<String> buildPackages,
                        FilePatterns buildInputs, List<String> selfContained, String source,
                        List<String> buildPrograms, List<String> nativeHelpers) {
    public Toolchain {
        Objects.requireNonNull(name, "name is null");
        runtimes = List.copyOf(runtimes);
        buildEnv = List.copyOf(buildEnv);
        buildPackages = List.copyOf(buildPackages);
        selfContained = List.copyOf(selfContained);
        buildPrograms = List.copyOf(buildPrograms);
        nativeHelpers = List.copyOf(nativeHelpers);
    }

    /** A {@code runtime KIND TOOLCHAIN RUNTIME} line: a toolchain reference pattern and the runtime it gives. */
    public record Runtime(String kind, TagPattern toolchain, String template) {
        /** The runtime image for {@code reference} ({@code name:tag}), if the pattern matches it. */
        Optional<String> forReference(String reference) {
            Matcher matcher = toolchain.regex().matcher(reference);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String image = template;
            for (String placeholder : toolchain.placeholders()) {
                image = image.replace("{" + placeholder + "}", matcher.group(placeholder));
            }
            return Optional.of(image);
        }
    }

    /** Whether some runtime line's toolchain pattern matches {@code reference}. */
    public boolean builds(String reference) {
        return runtimes.stream().anyMatch(runtime -> runtime.toolchain().regex().matcher(reference).matches());
    }

    /** The runtime image for an artefact of {@code kind} built on {@code reference}: the first matching line's. */
    public Optional<String> runtime(String kind, String reference) {
        for (Runtime runtime : runtimes) {
            if (runtime.kind().equals(kind)) {
                Optional<String> image = runtime.forReference(reference);
                if (image.isPresent()) {
                    return image;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The runtime image for {@code reference} as {@link #runtime} gives it, but with {@code replacement} for the
     * placeholder whose captured text is exactly {@code reference}'s {@code [start, end)}; empty when no placeholder
     * of the matching line captures just that.
     */
    public Optional<String> runtimeFollowing(String kind, String reference, int start, int end, String replacement) {
        for (Runtime runtime : runtimes) {
            Matcher matcher = runtime.toolchain().regex().matcher(reference);
            if (!runtime.kind().equals(kind) || !matcher.matches()) {
                continue;
            }
            String image = runtime.template();
            boolean spanned = false;
            for (String placeholder : runtime.toolchain().placeholders()) {
                boolean exact = matcher.start(placeholder) == start && matcher.end(placeholder) == end;
                spanned |= exact;
                image = image.replace("{" + placeholder + "}", exact ? replacement : matcher.group(placeholder));
            }
            return spanned ? Optional.of(image) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether ENV variable {@code variable} is read only by the build. */
    public boolean buildOnly(String variable) {
        for (String name : buildEnv) {
            if (name.endsWith("*") ? variable.startsWith(name.substring(0, name.length() - 1)) : variable.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
