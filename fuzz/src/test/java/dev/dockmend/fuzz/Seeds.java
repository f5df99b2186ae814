package dev.dockmend.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * The hand-written Dockerfiles in {@code seeds/} (every instruction, heredocs, directives, escapes,
 * CRLF, a byte order mark, Latin-1 bytes): every fuzz test runs on them first, and fuzzing starts
 * from them. Jazzer keeps what it finds in each test's own inputs folder instead.
 */
final class Seeds {
    private Seeds() {
    }

    /** The seed files' bytes, in name order, each named after its file: a {@code @MethodSource} for {@code byte[]} fuzz tests. */
    static Stream<Named<byte[]>> dockerfiles() {
        return files().stream().map(file -> Named.of(file.getFileName().toString(), read(file)));
    }

    private static List<Path> files() {
        try (Stream<Path> list = Files.list(Path.of(Seeds.class.getResource("seeds").toURI()))) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
