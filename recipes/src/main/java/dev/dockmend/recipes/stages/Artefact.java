package dev.dockmend.recipes.stages;

import java.util.List;
import java.util.Objects;

/**
 * What the build stage makes that the runtime stage needs: a file (a Go binary, a jar) or a folder (a .NET
 * publish folder, a Node application folder), at the same absolute path in both stages, so the command that
 * ran it before runs it the same way.
 *
 * @param producer  index in the file of the RUN that makes it
 * @param path      its absolute path in the build stage
 * @param folder    whether it is a folder
 * @param kind      the runtime kind the toolchain table maps ({@code static}, {@code cgo}, {@code jre}...)
 * @param how       how it is made and where its path comes from, for the change's reason
 * @param finishing instructions (text without line ending) the build stage ends with ({@code RUN npm prune --omit=dev})
 * @param setup     what the build stage and the runtime stage need besides (a Python virtual environment)
 */
record Artefact(int producer, String path, boolean folder, String kind, String how, List<String> finishing, Setup setup) {
    Artefact {
        Objects.requireNonNull(path, "path is null");
        finishing = List.copyOf(finishing);
        Objects.requireNonNull(setup, "setup is null");
    }

    Artefact(int producer, String path, boolean folder, String kind, String how, List<String> finishing) {
        this(producer, path, folder, kind, how, finishing, Setup.NONE);
    }

    /**
     * Instructions (text without line ending) the split adds around the artefact: {@code build} go into the build
     * stage before its {@code before}-th instruction (stage index; -1 for none), {@code folders} are copied from the
     * build stage, at the same paths, before the artefact, and {@code runtime} follow those copies.
     */
    record Setup(int before, List<String> build, List<String> folders, List<String> runtime) {
        static final Setup NONE = new Setup(-1, List.of(), List.of(), List.of());

        Setup {
            build = List.copyOf(build);
            folders = List.copyOf(folders);
            runtime = List.copyOf(runtime);
        }
    }

    /** Every path the runtime stage receives from the build stage, in the order it is copied. */
    List<String> copied() {
        List<String> all = new java.util.ArrayList<>(setup.folders());
        all.add(path);
        return all;
    }

    /** Whether {@code absolute} is the artefact or inside it. */
    boolean holds(String absolute) {
        return absolute.equals(path) || folder && absolute.startsWith(path.endsWith("/") ? path : path + "/");
    }
}
