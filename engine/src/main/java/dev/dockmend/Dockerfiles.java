package dev.dockmend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.DockerfileParser;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.parse.SourceDecoder;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.validate.InstructionChecks;

/**
 * The library's front door: parse a Dockerfile from text, bytes or a file, and print a tree back.
 *
 * <pre>{@code
 * Dockerfile file = Dockerfiles.parse("FROM alpine\nRUN echo hi\n").orThrow("Dockerfile");
 * for (Instruction instruction : file.instructions()) { ... }
 * String same = Dockerfiles.print(file);
 * }</pre>
 */
public final class Dockerfiles {
    private Dockerfiles() {
    }

    /** Parses text that is already decoded. */
    public static ParseResult parse(String text) {
        return DockerfileParser.parse(text);
    }

    /** Parses raw bytes: UTF-8 (with or without BOM) or, if not valid UTF-8, bytes kept as Latin-1. */
    public static ParseResult parse(byte[] bytes) {
        return DockerfileParser.parse(bytes);
    }

    /** Parses the printed text of {@code tree} again, in the tree's encoding: a tree built by hand reads back as itself. */
    public static ParseResult reparse(Dockerfile tree) {
        return DockerfileParser.reparse(tree);
    }

    public static ParseResult read(Path path) throws IOException {
        return parse(Files.readAllBytes(path));
    }

    /**
     * BuildKit's instruction checks (unknown instructions, SHELL not in JSON form, flags an instruction
     * does not take, ...): problems that make a build fail although the file parses.
     */
    public static List<Diagnostic> validate(Dockerfile dockerfile) {
        return InstructionChecks.check(dockerfile);
    }

    /** The text of a tree: for an unmodified tree, the parsed text exactly. */
    public static String print(Dockerfile dockerfile) {
        return dockerfile.text();
    }

    /** The bytes of a tree in its own encoding, byte order mark included: for an unmodified tree, the file's bytes. */
    public static byte[] toBytes(Dockerfile dockerfile) {
        return SourceDecoder.encode(dockerfile.text(), dockerfile.encoding());
    }
}
