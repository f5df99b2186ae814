package dev.dockmend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dockmend.cli.run.Source;

/** The single FILE of {@code actions} and {@code apply}: a path, or {@code -} for standard input (an editor's unsaved buffer). */
final class SourceArgument {
    private SourceArgument() {
    }

    /** The source, or null after printing why it is not usable. */
    static Source resolve(String file, Path stdinFilename, Dockmend root, java.io.PrintWriter err) throws IOException {
        if (file.equals("-")) {
            return Source.stdin(root.directory(), stdinFilename == null ? null : root.resolve(stdinFilename.toString()),
                    root.stdin().readAllBytes());
        }
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            err.println(file + ": error: no such file");
            return null;
        }
        return Source.file(root.directory(), path);
    }
}
