package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.dockmend.recipes.Knowledge;
import dev.dockmend.recipes.images.ImageName;
import dev.dockmend.recipes.images.ImagePattern;

/**
 * The toolchains of {@code knowledge/runtime-images.txt} (whose header documents the format): which toolchain
 * images a build runs on, the runtime image for each, what only the build needs, and about how large images
 * are. A malformed table fails with an {@link IllegalArgumentException} naming the file, the line and what is
 * wrong.
 */
public final class RuntimeImages {
    static final String FILE = "runtime-images.txt";

    /**
     * A {@code size} line: images matching {@code pattern} (as the image tables match) are about {@code megabytes}
     * large, by {@code source}: a page that says so, or {@code estimate...} when none was found.
     */
    private record Size(ImagePattern pattern, int megabytes, String source) {
        boolean estimated() {
            return source.startsWith("estimate");
        }
    }

    /** An {@code installer} line: the program and the words after it that install packages. */
    public record Installer(String program, List<String> words) {
        public Installer {
            words = List.copyOf(words);
        }
    }

    private final List<Toolchain> toolchains;
    private final List<Size> sizes;
    private final List<Installer> installers;
    private final FilePatterns notRuntime;

    private RuntimeImages(List<Toolchain> toolchains, List<Size> sizes, List<Installer> installers, FilePatterns notRuntime) {
        this.toolchains = List.copyOf(toolchains);
        this.sizes = List.copyOf(sizes);
        this.installers = List.copyOf(installers);
        this.notRuntime = notRuntime;
    }

    /** Files no program reads at run time, whatever the toolchain. */
    public FilePatterns notRuntime() {
        return notRuntime;
    }

    /** The table shipped with the recipes, read on first use. */
    public static RuntimeImages shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final RuntimeImages TABLE = parse(FILE, Knowledge.lines(FILE));
    }

    public List<Toolchain> toolchains() {
        return toolchains;
    }

    /** The toolchains that build on image {@code reference} ({@code name:tag}), in table order. */
    public List<Toolchain> building(String reference) {
        return toolchains.stream().filter(toolchain -> toolchain.builds(reference)).toList();
    }

    /** Whether a toolchain of the table builds the base-image knowledge's toolchain ecosystem {@code ecosystem}. */
    public boolean converts(String ecosystem) {
        return toolchains.stream().anyMatch(toolchain -> toolchain.imageToolchain().equals(ecosystem));
    }

    /** About how large image {@code reference} ({@code name:tag}) is, in MB, if the table says. */
    public OptionalInt megabytes(String reference) {
        return size(reference).map(size -> OptionalInt.of(size.megabytes())).orElse(OptionalInt.empty());
    }

    /** Whether the table's size of image {@code reference} is an estimate, no published figure. */
    public boolean estimatedSize(String reference) {
        return size(reference).map(Size::estimated).orElse(false);
    }

    private Optional<Size> size(String reference) {
        Optional<ImageName> image = ImageName.of(reference);
        return sizes.stream().filter(size -> image.isPresent() && size.pattern().matches(image.get())).findFirst();
    }

    /** The package installers a build stage may run ({@code apt-get install}, {@code apk add}). */
    public List<Installer> installers() {
        return installers;
    }

    /**
     * Reads a table.
     *
     * @throws IllegalArgumentException naming the source and line of the first problem
     */
    public static RuntimeImages parse(String source, List<String> lines) {
        List<Toolchain> toolchains = new ArrayList<>();
        List<Size> sizes = new ArrayList<>();
        List<Installer> installers = new ArrayList<>();
        List<String> notRuntime = new ArrayList<>();
        Builder current = null;
        for (Knowledge.KeyLine line : Knowledge.keyLines(lines)) {
            List<String> values = line.values();
            switch (line.key()) {
                case "size" -> {
                    if (values.size() < 3 || !values.get(1).matches("[0-9]{1,6}")) {
                        throw Knowledge.problem(source, line.number(), "`size` takes an image, a whole number of MB and a source");
                    }
                    try {
                        sizes.add(new Size(ImagePattern.of(values.get(0)), Integer.parseInt(values.get(1)),
                                String.join(" ", values.subList(2, values.size()))));
                    } catch (IllegalArgumentException e) {
                        throw Knowledge.problem(source, line.number(), e.getMessage());
                    }
                }
                case "installer" -> {
                    if (values.size() < 2) {
                        throw Knowledge.problem(source, line.number(), "`installer` takes a program and the words that install");
                    }
                    installers.add(new Installer(values.get(0), values.subList(1, values.size())));
                }
                case "not-runtime" -> notRuntime.addAll(values);
                case "toolchain" -> {
                    if (values.size() != 1) {
                        throw Knowledge.problem(source, line.number(), "`toolchain` takes one name");
                    }
                    if (current != null) {
                        toolchains.add(current.build(source));
                    }
                    current = new Builder(values.get(0), line.number());
                }
                default -> {
                    if (current == null) {
                        throw Knowledge.problem(source, line.number(), "`" + line.key() + "` comes before the first `toolchain` line");
                    }
                    current.add(source, line);
                }
            }
        }
        if (current != null) {
            toolchains.add(current.build(source));
        }
        if (toolchains.isEmpty()) {
            throw new IllegalArgumentException(source + ": no `toolchain` entry");
        }
        return new RuntimeImages(toolchains, sizes, installers, new FilePatterns(notRuntime));
    }

    /** The facts of one {@code toolchain} entry while it is read. */
    private static final class Builder {
        private final String name;
        private final int line;
        private String workdir;
        private String imageToolchain;
        private String sourceUrl;
        private final List<Toolchain.Runtime> runtimes = new ArrayList<>();
        private final List<String> buildEnv = new ArrayList<>();
        private final List<String> buildPackages = new ArrayList<>();
        private final List<String> buildInputs = new ArrayList<>();
        private final List<String> selfContained = new ArrayList<>();
        private final List<String> buildPrograms = new ArrayList<>();
        private final List<String> nativeHelpers = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void add(String source, Knowledge.KeyLine keyLine) {
            List<String> values = keyLine.values();
            int number = keyLine.number();
            switch (keyLine.key()) {
                case "image-toolchain" -> {
                    if (values.size() != 1 || imageToolchain != null) {
                        throw Knowledge.problem(source, number, "`image-toolchain` takes one ecosystem, once per toolchain");
                    }
                    imageToolchain = values.get(0);
                }
                case "workdir" -> {
                    if (values.size() != 1 || !values.get(0).startsWith("/") || workdir != null) {
                        throw Knowledge.problem(source, number, "`workdir` takes one absolute path, once per toolchain");
                    }
                    workdir = values.get(0);
                }
                case "runtime" -> {
                    if (values.size() != 3) {
                        throw Knowledge.problem(source, number, "`runtime` takes a kind, a toolchain image and a runtime image");
                    }
                    TagPattern pattern;
                    try {
                        pattern = TagPattern.parse(values.get(1));
                    } catch (IllegalArgumentException e) {
                        throw Knowledge.problem(source, number, e.getMessage());
                    }
                    String template = values.get(2);
                    for (String part : TagPattern.PARTS.keySet()) {
                        if (template.contains("{" + part + "}") && !pattern.placeholders().contains(part)) {
                            throw Knowledge.problem(source, number, "the runtime image uses {" + part + "}, which the toolchain image does not capture");
                        }
                    }
                    runtimes.add(new Toolchain.Runtime(values.get(0), pattern, template));
                }
                case "build-env" -> buildEnv.addAll(values);
                case "build-packages" -> buildPackages.addAll(values);
                case "build-inputs" -> buildInputs.addAll(values);
                case "self-contained" -> selfContained.addAll(values);
                case "build-programs" -> buildPrograms.addAll(values);
                case "native-helpers" -> nativeHelpers.addAll(values);
                case "source" -> {
                    if (values.size() != 1 || sourceUrl != null) {
                        throw Knowledge.problem(source, number, "`source` takes one URL, once per toolchain");
                    }
                    sourceUrl = values.get(0);
                }
                default -> throw Knowledge.problem(source, number, "unknown key `" + keyLine.key()
                        + "`; the keys are toolchain, image-toolchain, workdir, runtime, build-env, build-packages, build-inputs, self-contained, build-programs, native-helpers, source, installer, not-runtime, size");
            }
        }

        Toolchain build(String source) {
            if (runtimes.isEmpty() || sourceUrl == null || imageToolchain == null) {
                throw Knowledge.problem(source, line, "toolchain " + name + " needs `image-toolchain`, `runtime` and `source` lines");
            }
            return new Toolchain(name, imageToolchain, workdir == null ? "/" : workdir, runtimes, buildEnv, buildPackages, new FilePatterns(buildInputs), selfContained, sourceUrl,
                    buildPrograms, nativeHelpers);
        }
    }
}
