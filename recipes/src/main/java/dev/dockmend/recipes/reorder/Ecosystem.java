package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Word;

/**
 * What the recipe knows of one ecosystem's install from manifests, as {@code knowledge/ecosystems.txt}
 * states it (its header documents each field).
 *
 * @param installs        the words after the program that make an install (`ci`; `mod download`; empty: none)
 * @param arguments       what words after the install words are
 * @param manifestOptions options whose value names a manifest; non-empty: only commands with one install from manifests
 * @param requirements    whether such a manifest may include others ({@code -r}, {@code -c}), pip's format
 * @param reviewOnly      whether a change is at most {@code review}
 * @param decline         why the recipe never moves this install, if it never does
 * @param dummySources    whether the install needs the sources, so it is run before the copy against dummy ones (cargo)
 * @param knownOptions    the only options the recipe accepts on the install; empty: any
 * @param cachedBy        words after the program with which an earlier RUN already caches the dependencies ({@code chef cook})
 * @param environment     variables that, named in the Dockerfile, make the recipe leave the install alone
 * @param builds          the words after the program that make a build step ({@code run build}; {@code build}), which
 *                        merge-run-layers keeps apart from what follows for the build cache
 * @param buildGoals      words any one of which, among the words after the program, makes a build step (maven
 *                        phases, gradle tasks: {@code mvn -B clean package})
 */
public record Ecosystem(String name, Set<String> programs, List<List<String>> installs, Set<String> valueOptions, Arguments arguments,
                        Set<String> manifestOptions, boolean requirements, Set<String> sourcesOptions, List<String> reads,
                        List<String> required, List<String> withoutContext, List<String> writes, List<String> updates,
                        Set<String> frozenBy, List<Requirement> requires, List<Decline> declines, boolean reviewOnly,
                        Optional<Reason> decline, boolean dummySources, Set<String> knownOptions, List<List<String>> cachedBy,
                        List<String> environment, String source, List<List<String>> builds, Set<String> buildGoals) {

    /** What the words after an install's own are: none allowed, package names, or manifests ({@code dotnet restore App.csproj}). */
    public enum Arguments { NONE, PACKAGES, MANIFESTS }

    /**
     * Whether {@code command}, a command of one of this ecosystem's programs, is a build step: its words after the
     * program, options and their values left out, start with one of {@link #builds} or hold one of {@link #buildGoals}.
     */
    public boolean builds(EffectiveCommand command) {
        List<String> positional = new ArrayList<>();
        List<Word> arguments = command.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i).literal().orElse("");
            if (!word.startsWith("-")) {
                positional.add(word);
            } else if (valueOptions.contains(word)) {
                i++; // its value
            }
        }
        for (List<String> build : builds) {
            if (positional.size() >= build.size() && positional.subList(0, build.size()).equals(build)) {
                return true;
            }
        }
        for (String word : positional) {
            if (buildGoals.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A reason and what the user can do: the two halves of a finding. */
    public record Reason(String reason, String suggestion) {
    }

    /** Without one of {@code options}, the install reads the sources. */
    public record Requirement(List<String> options, Reason why) {
    }

    /**
     * The install is left alone when {@code file} is in the context and contains one of {@code texts} (any
     * content when empty), unless the command has option {@code unless}.
     */
    public record Decline(String file, List<String> texts, Optional<String> unless, Reason why) {
    }
}
