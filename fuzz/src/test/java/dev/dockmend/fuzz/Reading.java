package dev.dockmend.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.dockmend.Dockerfiles;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;

/**
 * The two ways a fuzz input reaches the parser: as the bytes of a file, through the decoder (byte order
 * mark, invalid UTF-8 kept as Latin-1, NUL bytes refused), and as text already decoded (the library's
 * {@code parse(String)}, here the input read as UTF-8 with malformed bytes replaced).
 */
enum Reading {
    BYTES {
        @Override
        ParseResult parse(byte[] input) {
            return Dockerfiles.parse(input);
        }

        @Override
        ParseResult reread(Dockerfile tree) {
            return Dockerfiles.parse(Dockerfiles.toBytes(tree));
        }

        @Override
        boolean printsBack(Dockerfile tree, byte[] input) {
            return Arrays.equals(Dockerfiles.toBytes(tree), input);
        }

        @Override
        String text(byte[] input) {
            // One character per byte: columns counted here are at least the decoded text's.
            return new String(input, StandardCharsets.ISO_8859_1);
        }
    },
    TEXT {
        @Override
        ParseResult parse(byte[] input) {
            return Dockerfiles.parse(text(input));
        }

        @Override
        ParseResult reread(Dockerfile tree) {
            return Dockerfiles.parse(Dockerfiles.print(tree));
        }

        @Override
        boolean printsBack(Dockerfile tree, byte[] input) {
            return Dockerfiles.print(tree).equals(text(input));
        }

        @Override
        String text(byte[] input) {
            return new String(input, StandardCharsets.UTF_8);
        }
    };

    /** Parses the fuzz input read this way. */
    abstract ParseResult parse(byte[] input);

    /** Parses what writing {@code tree} out this way gives (the file on disk, or the printed text). */
    abstract ParseResult reread(Dockerfile tree);

    /** Whether writing {@code tree} out this way gives exactly {@code input} back. */
    abstract boolean printsBack(Dockerfile tree, byte[] input);

    /** The text whose lines and columns the diagnostics of {@link #parse} count. */
    abstract String text(byte[] input);
}
