package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import dev.dockmend.cli.config.ProjectConfig;
import dev.dockmend.cli.run.Planner;
import dev.dockmend.cli.run.RunPlan;
import dev.dockmend.cli.run.Source;

/**
 * The files {@code fix} and {@code check} work on, from the paths given: a file named is taken as it is
 * (with {@code --force-exclude}, unless a configuration excludes it or a folder above it, which is what
 * pre-commit and editors need: they name files; standard input standing for an excluded file is passed
 * through untouched), a folder is searched ({@link DockerfileFinder}).
 *
 * <p>What a CI job pointed at the wrong place must not pass over in silence is a usage error (exit 2),
 * reported before any file is read: a path that does not exist, a folder in which the search finds no
 * Dockerfile, a wrong configuration. A configuration that selects no recipe is a warning, as it may be
 * meant (a folder switched off), though {@code exclude} says so better.
 */
final class SourceSearch {
    /** Below this many paths, looking at them one after another is quicker than sharing the work out. */
    private static final int PARALLEL_LOOKS = 64;

    private final Path base;
    private final Planner planner;
    private final boolean forceExclude;
    private final boolean verbose;
    private final PrintWriter err;
    /** The first configuration error met while excluding: the search cannot know what to leave out. */
    private String configError;

    SourceSearch(Path base, Planner planner, boolean forceExclude, boolean verbose, PrintWriter err) {
        this.base = base;
        this.planner = planner;
        this.forceExclude = forceExclude;
        this.verbose = verbose;
        this.err = err;
    }

    /** The files of {@code paths} (none: the current folder), or null after reporting a usage error. */
    List<Source> files(List<String> paths) throws IOException {
        List<String> given = paths.isEmpty() ? List.of(".") : paths;
        // One look at each path, on every core when there are many: a batch names thousands of files.
        List<Looked> looked;
        try {
            looked = (given.size() > PARALLEL_LOOKS ? given.parallelStream() : given.stream()).map(path -> Looked.at(base, path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> files = new ArrayList<>();
        // A file named twice, or named and found in a folder also named, is one file: mended and reported once.
        Set<Path> seen = new HashSet<>();
        for (Looked path : looked) {
            if (path.kind() == Looked.Kind.MISSING) {
                err.println(path.given() + ": error: " + path.problem());
                return null;
            }
            boolean isDirectory = path.kind() == Looked.Kind.OTHER && Files.isDirectory(path.file());
            if (forceExclude && excludedWithFolders(path.file(), isDirectory)) {
                if (verbose) {
                    err.println(path.given() + ": excluded by the configuration's exclude (--force-exclude)");
                }
            } else if (isDirectory) {
                List<Path> found = DockerfileFinder.search(path.file(), this::excluded);
                if (configError == null && found.isEmpty()) {
                    err.println(path.given() + ": error: no Dockerfile found in this folder or below, outside hidden folders and what "
                            + ".gitignore files and .dockmend.yaml's exclude leave out (expected a file named "
                            + DockerfileNames.known().describe() + "; a file named on the command line is taken whatever its name)");
                    return null;
                }
                for (Path file : found) {
                    addOnce(files, seen, file);
                }
            } else {
                // A file, or what is neither file nor folder (a dangling link, a device): reading it reports what it is.
                addOnce(files, seen, path.file());
            }
            if (configError != null) {
                err.println(configError);
                return null;
            }
        }
        return sourcesOf(files);
    }

    /**
     * The Dockerfiles in {@code folder} and below, found as a folder named on the command line is searched, but
     * none is no error (a repository of {@code migrate}'s batch may have none); null after reporting a
     * configuration error.
     */
    List<Source> below(Path folder) throws IOException {
        List<Path> found = DockerfileFinder.search(folder, this::excluded);
        if (configError != null) {
            err.println(configError);
            return null;
        }
        return sourcesOf(found);
    }

    /** The files as sources named from the base, or null after reporting a configuration error. */
    private List<Source> sourcesOf(List<Path> files) {
        Source.Namer namer = Source.namer(base);
        List<Source> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(namer.file(file));
        }
        return checkPlans(sources) ? sources : null;
    }

    /**
     * Standard input as the one source, passed through untouched under {@code --force-exclude} when the
     * file it stands for is excluded (an editor's format-on-save then gets the file back as it was); null
     * after reporting a configuration error.
     */
    List<Source> standardInput(Source stdin) {
        Source source = stdin;
        if (forceExclude && stdin.path() != null && excludedWithFolders(stdin.path(), false)) {
            if (verbose) {
                err.println(stdin.name() + ": excluded by the configuration's exclude (--force-exclude)");
            }
            source = stdin.asExcluded();
        }
        if (configError != null) {
            err.println(configError);
            return null;
        }
        return List.of(source);
    }

    /**
     * Plans every file now, so a wrong configuration stops the run before anything is written (and is
     * reported once, not once per file), and a configuration that selects no recipe is said once.
     */
    private boolean checkPlans(List<Source> sources) {
        Set<RunPlan> warned = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Source source : sources) {
            try {
                RunPlan plan = planner.planFor(source.path());
                if (plan.recipes().isEmpty() && warned.add(plan)) {
                    ProjectConfig config = planner.configFor(source.path());
                    err.println(config.name() + ": warning: selects no recipe (" + plan.selection() + "), so the files it governs "
                            + "are only parsed; use `exclude` to leave files out");
                }
            } catch (Planner.PlanException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        return true;
    }

    /** Whether a path a search walked to is excluded (on its own: the walk does not enter excluded folders). */
    private boolean excluded(Path path, boolean isDirectory) {
        return configFor(path).excludes(path, isDirectory);
    }

    /** Whether a path named on the command line, or a folder above it, is excluded. */
    private boolean excludedWithFolders(Path path, boolean isDirectory) {
        return configFor(path).excludesWithFolders(path, isDirectory);
    }

    /** The configuration governing {@code path}; none, after remembering the error, when it is wrong. */
    private ProjectConfig configFor(Path path) {
        try {
            return planner.configFor(path);
        } catch (Planner.PlanException e) {
            remember(e);
            return ProjectConfig.NONE;
        }
    }

    private void remember(Planner.PlanException e) {
        if (configError == null) {
            configError = e.getMessage();
        }
    }

    private static void addOnce(List<Path> files, Set<Path> seen, Path file) {
        if (seen.add(file.normalize())) {
            files.add(file);
        }
    }

    /** A path as given, resolved, and what it is; for a missing one, why (as the system says it). */
    private record Looked(String given, Path file, Kind kind, String problem) {
        enum Kind {
            /** A regular file, or a link to one. */
            FILE,
            /** Nothing by that name, or it cannot be looked at (a file in the middle of the path, no permission). */
            MISSING,
            /** Anything else: a directory, a link to one, a dangling link, a device. */
            OTHER
        }

        static Looked at(Path base, String given) {
            Path file = base.resolve(given);
            // The common case, a file, with java.io's one stat: a batch names thousands, before the batch can
            // start, and the NIO attribute read is several times the code to run (docs/performance.md).
            if (file.toFile().isFile()) {
                return new Looked(given, file, Kind.FILE, null);
            }
            try {
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Looked(given, file, Kind.OTHER, null);
            } catch (NoSuchFileException e) {
                return new Looked(given, file, Kind.MISSING, "no such file or directory");
            } catch (java.nio.file.FileSystemException e) {
                // e.g. Dockerfile/x: "Not a directory"; was an internal error
                String reason = e.getReason() == null ? "cannot be read" : e.getReason().toLowerCase(java.util.Locale.ROOT);
                return new Looked(given, file, Kind.MISSING, reason);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
