package dev.dockmend.cli.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.dockmend.context.BuildContexts;

/**
 * A folder of real build contexts with an {@code INDEX.tsv} ({@code ../shared/contexts}): one line per
 * Dockerfile, naming its context's folder ({@code context_dir}) and its path in it ({@code dockerfile}).
 * Each becomes an input of a {@link RecipeCorpusRun} with that context, as {@code docker build -f
 * DOCKERFILE CONTEXT} reads it (the ignore file chosen as BuildKit chooses it); a context shared by
 * several Dockerfiles is read once.
 */
public final class SharedContexts {
    public static final String INDEX = "INDEX.tsv";

    private SharedContexts() {
    }

    /** Whether {@code folder} is such a folder. */
    public static boolean isContexts(Path folder) {
        return Files.isRegularFile(folder.resolve(INDEX));
    }

    /** The Dockerfiles of the index, in its order, each with its context. */
    public static List<RecipeCorpusRun.Input> inputs(Path folder) throws IOException {
        List<String> rows = Files.readAllLines(folder.resolve(INDEX), StandardCharsets.UTF_8);
        if (rows.isEmpty()) {
            throw new IOException(folder.resolve(INDEX) + ": empty (expected a header line with context_dir and dockerfile)");
        }
        List<String> header = List.of(rows.get(0).split("\t", -1));
        int dirColumn = header.indexOf("context_dir");
        int fileColumn = header.indexOf("dockerfile");
        if (dirColumn < 0 || fileColumn < 0) {
            throw new IOException(folder.resolve(INDEX) + ":1: no context_dir or dockerfile column");
        }
        BuildContexts contexts = BuildContexts.fromDockerfileFolders();
        List<RecipeCorpusRun.Input> inputs = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            String[] fields = rows.get(i).split("\t", -1);
            if (fields.length <= Math.max(dirColumn, fileColumn)) {
                throw new IOException(folder.resolve(INDEX) + ":" + (i + 1) + ": fewer fields than the header names");
            }
            Path context = folder.resolve(fields[dirColumn]);
            Path dockerfile = context.resolve(fields[fileColumn]);
            inputs.add(new RecipeCorpusRun.Input(fields[dirColumn] + "/" + fields[fileColumn], dockerfile,
                    () -> contexts.forDockerfileIn(dockerfile, context)));
        }
        return inputs;
    }
}
