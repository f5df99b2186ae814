package dev.dockmend.recipes.reorder;

import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;

/**
 * A command whose layer the build cache should keep: a dependency install from manifests, recognised as
 * reorder-copy-for-cache recognises it ({@code npm ci}, {@code go mod download}, {@code pip install -r
 * requirements.txt}), or a build step ({@code npm run build}, {@code go build}, {@code mvn package}), both from
 * {@code knowledge/ecosystems.txt}. merge-run-layers keeps a RUN with one apart from the RUN after it: merged,
 * an edit to the later commands would run the costly one again.
 *
 * @param ecosystem the name of the ecosystem whose command it is
 */
public record CostlyStep(Kind kind, String ecosystem) {
    /** What the command does. */
    public enum Kind {
        /** It installs dependencies from manifests (or would, with the sources: {@code pip install .}). */
        INSTALL,
        /** It builds the project. */
        BUILD
    }

    /** What {@code command} is, by the shipped table; empty when it is neither an install nor a build. */
    public static Optional<CostlyStep> of(EffectiveCommand command) {
        Ecosystems ecosystems = Ecosystems.shipped();
        InstallCommand install = InstallCommand.of(ecosystems, command);
        // An ecosystem without a separate install (cargo) has reorder-copy-for-cache run its build against dummy
        // sources: the command itself is the project's build, and the reason should say so.
        if (install instanceof InstallCommand.Install found && found.ecosystem().dummySources()) {
            Optional<CostlyStep> build = build(ecosystems, command);
            if (build.isPresent()) {
                return build;
            }
        }
        if (install instanceof InstallCommand.Install found) {
            return Optional.of(new CostlyStep(Kind.INSTALL, found.ecosystem().name()));
        }
        if (install instanceof InstallCommand.NeedsSources found) {
            return Optional.of(new CostlyStep(Kind.INSTALL, found.ecosystem().name()));
        }
        if (install instanceof InstallCommand.NotUnderstood found) {
            return Optional.of(new CostlyStep(Kind.INSTALL, found.ecosystem().name()));
        }
        return build(ecosystems, command);
    }

    private static Optional<CostlyStep> build(Ecosystems ecosystems, EffectiveCommand command) {
        Optional<String> program = command.baseName();
        if (program.isPresent()) {
            for (Ecosystem ecosystem : ecosystems.runningAs(program.get())) {
                if (ecosystem.builds(command)) {
                    return Optional.of(new CostlyStep(Kind.BUILD, ecosystem.name()));
                }
            }
        }
        return Optional.empty();
    }
}
