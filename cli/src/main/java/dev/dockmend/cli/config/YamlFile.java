package dev.dockmend.cli.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML file read as SnakeYAML's node tree, which keeps every value's position, so that what reads it
 * ({@code .dockmend.yaml}, compose files) can name {@code file:line:column} in its messages.
 */
final class YamlFile {
    private YamlFile() {
    }

    /**
     * The file is not UTF-8 YAML, or cannot be read.
     *
     * @param position {@code line:column} when the problem has a place
     */
    static final class Invalid extends Exception {
        private final transient Optional<String> position;
        private final String problem;

        Invalid(Optional<String> position, String problem) {
            super(position.map(p -> p + ": ").orElse("") + problem);
            this.position = position;
            this.problem = problem;
        }

        Optional<String> position() {
            return position;
        }

        String problem() {
            return problem;
        }
    }

    /** The documents of {@code file}: UTF-8 (with or without a byte order mark), as YAML 1.2 asks. */
    static List<Node> documents(Path file) throws Invalid {
        String text = text(file);
        List<Node> documents = new ArrayList<>();
        try {
            for (Node document : new Yaml(new LoaderOptions()).composeAll(new StringReader(text))) {
                documents.add(document);
            }
        } catch (MarkedYAMLException e) {
            String context = e.getContext() == null ? "" : " (" + e.getContext()
                    + (e.getContextMark() == null ? "" : " at " + position(e.getContextMark())) + ")";
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new Invalid(Optional.of(position(at)), "invalid YAML: " + e.getProblem() + context);
        } catch (YAMLException e) {
            throw new Invalid(Optional.empty(), "invalid YAML: " + e.getMessage());
        }
        return documents;
    }

    private static String text(Path file) throws Invalid {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Invalid(Optional.empty(), "cannot read: " + e.getMessage());
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(Optional.empty(), "not UTF-8 text (expected a YAML file in UTF-8)");
        }
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** How a message names what was found. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return "empty";
        }
        String kind = tag.equals(Tag.BOOL) ? "the boolean" : tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? "the number" : "the text";
        return kind + " `" + scalar.getValue() + "`";
    }

    /** {@code line:column} of {@code node}, counted from 1. */
    static String position(Node node) {
        return position(node.getStartMark());
    }

    static String position(Mark mark) {
        return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }
}
