package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.recipe.LineRange;
import dev.dockmend.shell.Script;

/**
 * The reason a merge gives: how many layers became one and what that gains, then every grouping and
 * why, moved comments and dropped blank lines, in the input's line numbers.
 */
final class MergeReason {
    private MergeReason() {
    }

    static String of(List<RunPart> parts, List<JoinRules.Join> joins, MergedLayout.Result layout) {
        StringBuilder out = new StringBuilder();
        out.append(parts.size()).append(" RUN layers merged into one: fewer layers");
        List<Script> scripts = new ArrayList<>(parts.size());
        for (RunPart part : parts) {
            scripts.add(part.script());
        }
        Optional<PackageIndex> apart = PackageIndex.refreshedApart(scripts);
        if (apart.isPresent()) {
            PackageIndex index = apart.get();
            out.append(", and ").append(index.manager()).append(' ').append(index.update()).append(" is no longer cached apart from ")
                    .append(index.manager()).append(' ').append(index.install());
        }
        out.append('.');
        for (int k = 0; k < parts.size(); k++) {
            JoinRules.Join join = joins.get(k);
            LineRange lines = parts.get(k).lines();
            String subject = " The RUN at " + (lines.start() == lines.end() ? "line " : "lines ") + lines;
            switch (join.grouping()) {
                case SUBSHELL -> out.append(subject).append(" runs in a subshell `( ... )`: ")
                        .append(join.why().orElseThrow()).append(", and that must end with it, as it ended with its own RUN.");
                case BRACES -> out.append(subject).append(" is grouped in `{ ...; }`: ")
                        .append(join.why().orElseThrow()).append('.');
                case BARE -> {
                }
            }
        }
        List<Integer> moved = layout.movedComments();
        if (moved.size() == 1) {
            out.append(" The comment at the end of line ").append(moved.get(0))
                    .append(" moved to a line of its own, where it hides no command after it.");
        } else if (moved.size() > 1) {
            out.append(" The comments at the end of lines ").append(listed(moved))
                    .append(" moved to lines of their own, where they hide no command after them.");
        }
        if (layout.blankLines() == 1) {
            out.append(" The blank line between them was dropped: BuildKit warns about blank lines inside an instruction.");
        } else if (layout.blankLines() > 1) {
            out.append(" The ").append(layout.blankLines())
                    .append(" blank lines between them were dropped: BuildKit warns about blank lines inside an instruction.");
        }
        return out.toString();
    }

    private static String listed(List<Integer> lines) {
        List<String> words = new ArrayList<>(lines.size());
        for (int line : lines) {
            words.add(String.valueOf(line));
        }
        String last = words.remove(words.size() - 1);
        return String.join(", ", words) + " and " + last;
    }
}
