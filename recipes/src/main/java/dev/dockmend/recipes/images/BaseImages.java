package dev.dockmend.recipes.images;

import static dev.dockmend.recipes.Knowledge.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.recipes.Knowledge;

/**
 * What the recipes know of base images, read from the line-based table {@code knowledge/base-images.txt},
 * whose header documents the format: {@code release NAME} starts an entry, {@code images} says which
 * references it covers, {@code eol} and {@code ships TOOL BOUND SOURCE} what is known of it. A malformed
 * table fails with an {@link IllegalArgumentException} that names the file, the line and what is wrong.
 */
public final class BaseImages {
    static final String FILE = "base-images.txt";

    private record Entry(ImagePattern pattern, BaseImage image) {
    }

    private final List<Entry> entries;

    private BaseImages(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The table shipped with the recipes, read on first use. */
    public static BaseImages shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final BaseImages TABLE = parse(FILE, Knowledge.lines(FILE));
    }

    /**
     * The first entry whose references match {@code image} and that names {@code tool}: an image may be of
     * several lines at once ({@code python:3.12-alpine3.20} is an official python image and an Alpine 3.20
     * one), each knowing another tool. Empty when no entry says anything of the tool.
     */
    public Optional<BaseImage> of(ImageName image, String tool) {
        for (Entry entry : entries) {
            if (entry.image().tool(tool).isPresent() && entry.pattern().matches(image)) {
                return Optional.of(entry.image());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a table.
     *
     * @param source the file name, for messages
     * @throws IllegalArgumentException naming the source and line of the first problem
     */
    public static BaseImages parse(String source, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Builder current = null;
        for (Knowledge.KeyLine keyLine : Knowledge.keyLines(lines)) {
            int number = keyLine.number();
            String key = keyLine.key();
            List<String> values = keyLine.values();
            if (key.equals("release")) {
                if (values.size() != 1) {
                    throw problem(source, number, "`release` takes one word, not " + values.size());
                }
                if (current != null) {
                    current.build(source, entries);
                }
                current = new Builder(values.get(0).replace('-', ' '), number);
                continue;
            }
            if (current == null) {
                throw problem(source, number, "`" + key + "` comes before the first `release` line");
            }
            switch (key) {
                case "images" -> {
                    if (values.isEmpty() || !current.references.isEmpty()) {
                        throw problem(source, number, "`images` takes at least one reference, once per release");
                    }
                    for (String reference : values) {
                        try {
                            current.references.add(ImagePattern.of(reference));
                        } catch (IllegalArgumentException e) {
                            throw problem(source, number, e.getMessage());
                        }
                    }
                }
                case "eol" -> {
                    if (values.size() != 1 || !values.get(0).matches("\\d{4}-\\d{2}-\\d{2}") || current.eol.isPresent()) {
                        throw problem(source, number, "`eol` takes one date, YYYY-MM-DD, once per release");
                    }
                    current.eol = Optional.of(values.get(0));
                }
                case "ships" -> {
                    if (values.size() < 3) {
                        throw problem(source, number, "`ships` takes a tool, a version bound and a source");
                    }
                    ToolVersion version;
                    try {
                        version = ToolVersion.parse(values.get(1), String.join(" ", values.subList(2, values.size())));
                    } catch (IllegalArgumentException e) {
                        throw problem(source, number, e.getMessage());
                    }
                    if (current.tools.putIfAbsent(values.get(0), version) != null) {
                        throw problem(source, number, "tool " + values.get(0) + " is given twice for release " + current.name);
                    }
                }
                default -> throw problem(source, number, "unknown key `" + key + "`; the keys are release, images, eol, ships");
            }
        }
        if (current != null) {
            current.build(source, entries);
        }
        return new BaseImages(entries);
    }

    /** The facts of one {@code release} entry while it is read. */
    private static final class Builder {
        private final String name;
        private final int line;
        private final List<ImagePattern> references = new ArrayList<>();
        private final Map<String, ToolVersion> tools = new HashMap<>();
        private Optional<String> eol = Optional.empty();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void build(String source, List<Entry> entries) {
            if (references.isEmpty()) {
                throw problem(source, line, "release " + name + " has no `images` line");
            }
            BaseImage image = new BaseImage(name, eol, tools);
            for (ImagePattern reference : references) {
                entries.add(new Entry(reference, image));
            }
        }
    }
}
