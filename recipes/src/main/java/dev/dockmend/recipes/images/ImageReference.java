package dev.dockmend.recipes.images;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference read as Docker's reference grammar (github.com/distribution/reference) reads it:
 * {@code [registry[:port]/]path[:tag][@digest]}. The first path component is a registry only when it
 * has a {@code .} or a {@code :} or is {@code localhost} ({@code localhost:5000/app}, {@code gcr.io/x});
 * otherwise the image is Docker Hub's, whose one-component paths are under {@code library/}. So
 * {@code node}, {@code library/node}, {@code docker.io/node} and {@code docker.io/library/node} are one
 * image, whose {@link #name()} is {@code node}.
 *
 * @param registry the registry host and port as written, lower-cased; empty for Docker Hub
 * @param path     the repository path, for Docker Hub with {@code library/} for official images
 * @param tag      the tag; empty when none is written
 * @param digest   the digest ({@code sha256:...}); empty when none is written
 */
public record ImageReference(Optional<String> registry, String path, Optional<String> tag, Optional<String> digest) {
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}");
    private static final Pattern HOST = Pattern.compile("(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?");
    /** Docker Hub's names: the client treats them all as {@code docker.io}. */
    private static final java.util.Set<String> HUB = java.util.Set.of("docker.io", "index.docker.io", "registry-1.docker.io");

    public ImageReference {
        Objects.requireNonNull(registry, "registry is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(tag, "tag is null");
        Objects.requireNonNull(digest, "digest is null");
    }

    /**
     * Reads a reference.
     *
     * @throws IllegalArgumentException saying what is wrong, as the build would refuse it
     *                                  ({@code repository name must be lowercase})
     */
    public static ImageReference parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the reference is empty");
        }
        String rest = text;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            String value = rest.substring(at + 1);
            if (!DIGEST.matcher(value).matches()) {
                throw new IllegalArgumentException("`" + value + "` is not a digest (ALGORITHM:HEX)");
            }
            digest = Optional.of(value);
            rest = rest.substring(0, at);
        }
        Optional<String> registry = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost")
                    || !first.toLowerCase(java.util.Locale.ROOT).equals(first)) {
                if (!HOST.matcher(first).matches()) {
                    throw new IllegalArgumentException("`" + first + "` is not a registry host[:port]");
                }
                registry = Optional.of(first.toLowerCase(java.util.Locale.ROOT));
                rest = rest.substring(slash + 1);
            }
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            String value = rest.substring(colon + 1);
            if (!TAG.matcher(value).matches()) {
                throw new IllegalArgumentException("`" + value + "` is not a tag");
            }
            tag = Optional.of(value);
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("the reference has no repository name");
        }
        for (String component : rest.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                throw new IllegalArgumentException(component.toLowerCase(java.util.Locale.ROOT).equals(component)
                        ? "`" + component + "` is not a repository name component" : "repository name must be lowercase");
            }
        }
        if (registry.isPresent() && HUB.contains(registry.get())) {
            registry = Optional.empty();
        }
        String path = registry.isEmpty() && rest.indexOf('/') < 0 ? "library/" + rest : rest;
        return new ImageReference(registry, path, tag, digest);
    }

    /** Whether the reference parses; for callers that only ask. */
    public static Optional<ImageReference> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The name the knowledge tables use: Docker Hub's without {@code docker.io/} and {@code library/}
     * ({@code node}, {@code bitnami/redis}), others with their registry ({@code gcr.io/distroless/static}).
     */
    public String name() {
        if (registry.isPresent()) {
            return registry.get() + "/" + path;
        }
        return path.startsWith("library/") ? path.substring("library/".length()) : path;
    }

    /** Whether this is one of Docker Hub's official images ({@code library/...}). */
    public boolean official() {
        return registry.isEmpty() && path.startsWith("library/");
    }

    /**
     * The name and tag the knowledge tables are keyed by: a missing tag is {@code latest}, unless a digest
     * pins the image, whose tag is then not known (empty).
     */
    public Optional<ImageName> imageName() {
        if (tag.isEmpty() && digest.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ImageName(name(), tag.orElse("latest").toLowerCase(java.util.Locale.ROOT)));
    }

    /** The reference in its shortest form: {@code node:20@sha256:...}. */
    @Override
    public String toString() {
        return name() + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
