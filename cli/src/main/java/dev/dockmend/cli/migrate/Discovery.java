package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import dev.dockmend.cli.run.Planner;
import dev.dockmend.cli.run.Source;

/** Finds a repository's Dockerfiles as {@code fix} finds them in a folder; null after telling {@code err} what is wrong. */
@FunctionalInterface
public interface Discovery {
    List<Source> find(Path root, Planner planner, PrintWriter err) throws IOException;
}
