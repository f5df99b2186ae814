package dev.dockmend.cli.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.context.BuildContext;
import dev.dockmend.tree.Add;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/**
 * The invariant of recipes that copy files from the build context: every COPY or ADD of an output that
 * the input does not have as it is (a new or changed one) names, for each source, a file or folder
 * that exists in the context and that its ignore rules keep, or a pattern that matches at least one;
 * else the build would fail where the input's did not ({@code COPY} of a missing file is an error).
 * Sources from another stage ({@code --from}), URLs, heredocs and words with a variable are not files of
 * the context, and are not checked. Without a context there is nothing to check against.
 */
public final class CopiedFiles implements RecipeCorpusRun.OutputCheck {
    private int checked;

    @Override
    public List<String> check(Dockerfile before, Dockerfile after, Optional<BuildContext> context) {
        if (context.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (String source : newSources(before, after)) {
            checked++;
            if (!provided(context.get(), source)) {
                problems.add("a COPY names " + source + ", which the build context does not provide (missing, or left out by "
                        + context.get().ignoreFile().map(file -> file.getFileName().toString()).orElse("its ignore rules") + ")");
            }
        }
        return problems;
    }

    /** Sources of new or changed COPY and ADD instructions that the check found, over the run. */
    public int checked() {
        return checked;
    }

    private static boolean provided(BuildContext context, String source) {
        int slash = source.lastIndexOf('/', source.endsWith("/") ? source.length() - 2 : source.length());
        String name = source.substring(slash + 1);
        if (name.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
            String folder = slash < 0 ? "." : source.substring(0, slash);
            return !folder.chars().anyMatch(c -> c == '*' || c == '?' || c == '[') && !context.matching(folder, name).isEmpty();
        }
        return context.provides(source);
    }

    /** The context sources of COPY and ADD instructions of {@code after} that {@code before} does not have (by text). */
    private static List<String> newSources(Dockerfile before, Dockerfile after) {
        Map<String, Integer> old = new HashMap<>();
        for (Instruction instruction : before.instructions()) {
            old.merge(instruction.value().original(), 1, Integer::sum);
        }
        List<String> sources = new ArrayList<>();
        for (Instruction instruction : after.instructions()) {
            Integer left = old.get(instruction.value().original());
            if (left != null && left > 0) {
                old.put(instruction.value().original(), left - 1);
                continue;
            }
            List<String> named = instruction instanceof Copy copy && copy.from().isEmpty() ? copy.sources()
                    : instruction instanceof Add add ? add.sources() : List.of();
            if (!instruction.value().heredocs().isEmpty()) {
                continue;
            }
            for (String source : named) {
                if (!source.contains("$") && !source.contains("://") && !source.startsWith("git@")) {
                    sources.add(source);
                }
            }
        }
        return sources;
    }
}
