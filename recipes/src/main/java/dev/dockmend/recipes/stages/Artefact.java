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
 */
record Artefact(int producer, String path, boolean folder, String kind, String how, List<String> finishing) {
    Artefact {
        Objects.requireNonNull(path, "path is null");
        finishing = List.copyOf(finishing);
    }

    /** Whether {@code absolute} is the artefact or inside it. */
    boolean holds(String absolute) {
        return absolute.equals(path) || folder && absolute.startsWith(path.endsWith("/") ? path : path + "/");
    }
}
