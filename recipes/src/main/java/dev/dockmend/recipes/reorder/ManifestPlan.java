package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.context.BuildContext;
import dev.dockmend.recipe.Safety;

/**
 * The files to copy before an install, worked out from the ecosystems' facts: with a build context, the
 * manifests that exist and are not ignored; without one, only what the Dockerfile proves. Either a plan
 * (the sources, and how safe the move is and why) or the reason the install cannot move.
 */
sealed interface ManifestPlan {

    /**
     * @param sources the paths to copy, relative to the context
     * @param folders those of them that are folders (a COPY copies a folder's content, so each gets a COPY of its own)
     * @param safety  {@code safe} only with a context that shows every file the install reads
     * @param notes   why the move is only {@code review}, if it is
     */
    record Copy(List<String> sources, Set<String> folders, Safety safety, List<String> notes) implements ManifestPlan {
        /** This plan, {@code review}, with more files to copy and one more note. */
        Copy with(List<String> files, String note) {
            Set<String> all = new LinkedHashSet<>(sources);
            all.addAll(files);
            List<String> more = new ArrayList<>(notes);
            more.add(note);
            return new Copy(List.copyOf(all), folders, Safety.REVIEW, List.copyOf(more));
        }
    }

    /** The install cannot move before the copy of the sources. */
    record Declined(String reason, String suggestion) implements ManifestPlan {
    }

    /** The plan for the installs of one RUN, run in the copy's destination. */
    static ManifestPlan of(List<InstallCommand.Install> installs, Optional<BuildContext> context) {
        Set<String> sources = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        boolean review = context.isEmpty();
        if (context.isEmpty()) {
            notes.add("without a build context the recipe cannot see which manifests exist");
        }
        for (InstallCommand.Install install : installs) {
            Ecosystem ecosystem = install.ecosystem();
            String program = install.command().name().text();
            if (ecosystem.decline().isPresent()) {
                return new Declined(ecosystem.decline().get().reason(), ecosystem.decline().get().suggestion());
            }
            for (String named : install.named()) {
                if (named.startsWith("/") || BuildContext.normalize(named).isEmpty() || named.contains("$")) {
                    return new Declined("`" + program + "` reads " + named + ", which is not a path below the copy's destination",
                            "copy that file before the install by hand");
                }
            }
            review |= ecosystem.reviewOnly();
            if (ecosystem.reviewOnly() && !ecosystem.dummySources()) { // a dummy build says what to check itself
                notes.add(ecosystem.name() + " installs may read more than the recipe knows");
            }
            if (context.isEmpty()) {
                if (ecosystem.requirements() && !install.named().isEmpty()) {
                    notes.add(String.join(", ", install.named()) + " may include other files, which the recipe cannot read");
                }
                sources.addAll(install.named().isEmpty() ? ecosystem.withoutContext()
                        : install.named().stream().map(n -> BuildContext.normalize(n).orElseThrow()).toList());
                if (ecosystem.withoutContext().isEmpty() && install.named().isEmpty()) {
                    return new Declined("without a build context the recipe cannot tell which files " + program + " reads",
                            "run dockmend with the Dockerfile in its build context, or --context DIR");
                }
                continue;
            }
            BuildContext files = context.get();
            Optional<ManifestPlan.Declined> declined = declined(ecosystem, install, files, "");
            if (declined.isPresent()) {
                return declined.get();
            }
            if (install.named().isEmpty() && !ecosystem.required().isEmpty() && ecosystem.required().stream().noneMatch(file -> !present(files, file).isEmpty())) {
                return new Declined("the build context has none of " + String.join(", ", ecosystem.required()) + ", which "
                        + program + " needs", "check the build context (--context DIR) and its .dockerignore");
            }
            for (String read : ecosystem.reads()) {
                sources.addAll(present(files, read));
            }
            for (String named : install.named()) {
                if (!ecosystem.requirements()) {
                    sources.add(BuildContext.normalize(named).orElseThrow());
                    continue;
                }
                Requirements.Closure closure = Requirements.of(files, named);
                if (closure.localLine().isPresent()) {
                    return new Declined(named + " installs a path of the build context (`" + closure.localLine().get()
                            + "`), which is part of the sources", "install that path after the copy of the sources");
                }
                sources.addAll(closure.files());
            }
            for (String source : sources) {
                if (!files.provides(source)) {
                    return new Declined("`" + program + "` reads " + source + ", which the build context "
                            + (files.exists(source) ? "ignores (.dockerignore)" : "does not have"),
                            "check the build context (--context DIR) and its .dockerignore");
                }
            }
            for (String written : ecosystem.writes()) {
                if (files.provides(written)) {
                    return new Declined("the build context has " + written + ", which " + program
                            + " makes: the copy of the sources after the install would replace it", "add " + written + " to .dockerignore");
                }
            }
            boolean frozen = ecosystem.frozenBy().stream().anyMatch(install::has);
            if (!frozen) {
                for (String lock : ecosystem.updates()) {
                    if (files.provides(lock)) {
                        review = true;
                        notes.add("`" + program + "` may rewrite " + lock + ", which the copy of the sources then replaces"
                                + (ecosystem.frozenBy().isEmpty() ? "" : " (" + String.join(" or ", ecosystem.frozenBy().stream().sorted().toList()) + " would rule that out)"));
                        break;
                    }
                }
            }
        }
        Set<String> folders = new LinkedHashSet<>();
        context.ifPresent(files -> sources.stream().filter(files::isFolder).forEach(folders::add));
        return new Copy(List.copyOf(sources), Set.copyOf(folders), review ? Safety.REVIEW : Safety.SAFE, notes);
    }

    /**
     * The first {@code decline-if} fact of the ecosystem that holds in {@code folder} of the context
     * ({@code ""}: its root; {@code crates/api/}: a workspace member, whose files the facts then name).
     */
    static Optional<ManifestPlan.Declined> declined(Ecosystem ecosystem, InstallCommand.Install install, BuildContext files, String folder) {
        for (Ecosystem.Decline decline : ecosystem.declines()) {
            if (decline.unless().isPresent() && install.has(decline.unless().get())) {
                continue;
            }
            List<String> checked = new ArrayList<>(present(files, folder + decline.file()));
            for (String named : install.named()) {
                String name = named.substring(named.lastIndexOf('/') + 1);
                boolean matches = decline.file().startsWith("*") ? name.endsWith(decline.file().substring(1)) : name.equals(decline.file());
                BuildContext.normalize(named).filter(n -> matches && !checked.contains(n)).ifPresent(checked::add);
            }
            for (String file : checked) {
                if (!files.provides(file)) {
                    continue;
                }
                if (decline.texts().isEmpty()) {
                    return Optional.of(new Declined(decline.why().reason(), decline.why().suggestion()));
                }
                String text = files.read(file).orElse("");
                for (String wanted : decline.texts()) {
                    if (text.contains(wanted)) {
                        return Optional.of(new Declined(decline.why().reason(), decline.why().suggestion()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The context's paths that {@code file} names (a glob over names of its folder), not ignored. */
    private static List<String> present(BuildContext files, String file) {
        if (file.indexOf('*') < 0 && file.indexOf('?') < 0 && file.indexOf('[') < 0) {
            return files.provides(file) ? List.of(file) : List.of();
        }
        int slash = file.lastIndexOf('/');
        return files.matching(slash < 0 ? "." : file.substring(0, slash), file.substring(slash + 1));
    }
}
