package dev.dockmend.recipes.images;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code knowledge/base-images.txt}: a distribution release or a line of official images, and
 * what is known of the tools its images have.
 *
 * @param release the entry's name for messages ({@code Ubuntu 14.04})
 * @param eol     the date its free support ended, for releases at their end of life
 * @param tools   the versions of the tools it names, by tool ({@code pip}, {@code rubygems}, {@code apk-tools})
 */
public record BaseImage(String release, Optional<String> eol, Map<String, ToolVersion> tools) {
    public BaseImage {
        Objects.requireNonNull(release, "release is null");
        Objects.requireNonNull(eol, "eol is null");
        tools = Map.copyOf(tools);
    }

    /** What the entry says of the tool; empty when it says nothing. */
    public Optional<ToolVersion> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }
}
