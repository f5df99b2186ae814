package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.recipes.cache.RunLines;
import dev.dockmend.tree.BlankLine;
import dev.dockmend.tree.CommentLine;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.Trivia;
import dev.dockmend.tree.TriviaLine;

/**
 * A RUN cut after its installs, at a top-level {@code &&} when more follows: the install before it and the
 * rest after it, each written with the RUN's own lines, so the layout stays as written (continuation
 * escapes, indentation, {@code &&} leading or ending lines, the keyword's case and the RUN's flags):
 *
 * <pre>
 * RUN npm ci \                 RUN npm ci
 *     &amp;&amp; npm run build \    -->  ...
 *     &amp;&amp; npm prune           RUN npm run build \
 *                                  &amp;&amp; npm prune
 * </pre>
 *
 * Splitting {@code a && b} into {@code RUN a} and {@code RUN b} builds the same: a failure of either still
 * fails the build, and the commands before the cut are installs, which leave no shell state behind.
 * Comment lines inside the RUN stay with the part they are in; those between the two parts go above the
 * rest's RUN, whose commands they describe.
 *
 * @param head        the RUN's text before its script: keyword and flags ({@code RUN --mount=... })
 * @param installBody the script's lines from its start to the end of the last install, without the last line ending
 * @param ending      the line ending after the install
 * @param rest        the rest's RUN, if more follows the installs: the head, then the lines from the command after the cut
 * @param restLeading the comment (and blank) lines that stood between the two parts
 */
record RunSplit(String head, String installBody, String ending, Optional<String> rest, Trivia restLeading) {

    /** The install's RUN. */
    String install() {
        return head + installBody + ending;
    }

    /**
     * The parts of {@code run}, whose script is {@code script}, cut at script offsets {@code installEnd} (the
     * end of the last install) and {@code restStart} (the start of the command after the {@code &&}, or -1
     * when nothing follows); empty when the script is not found in the RUN's lines.
     */
    static Optional<RunSplit> of(Run run, String script, int installEnd, int restStart, char escape, String lineEnding) {
        List<PhysicalLine> lines = run.syntax().lines();
        Optional<RunLines> mapped = RunLines.of(lines, script, escape);
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        RunLines.Position start = mapped.get().at(0, false);
        RunLines.Position end = mapped.get().at(installEnd, true);

        StringBuilder head = new StringBuilder();
        for (int i = 0; i < start.line(); i++) {
            head.append(lines.get(i).content()).append(lines.get(i).lineEnding());
        }
        head.append(lines.get(start.line()).content(), 0, start.column());
        StringBuilder body = new StringBuilder();
        for (int i = start.line(); i < end.line(); i++) {
            String content = lines.get(i).content();
            body.append(i == start.line() ? content.substring(start.column()) : content).append(lines.get(i).lineEnding());
        }
        String last = lines.get(end.line()).content().substring(0, end.column()).stripTrailing();
        body.append(start.line() == end.line() ? last.substring(Math.min(start.column(), last.length())) : last);
        String ending = lines.get(end.line()).lineEnding().isEmpty() ? lineEnding : lines.get(end.line()).lineEnding();
        if (restStart < 0) {
            return Optional.of(new RunSplit(head.toString(), body.toString(), ending, Optional.empty(), Trivia.EMPTY));
        }

        RunLines.Position restAt = mapped.get().at(restStart, false);
        List<TriviaLine> between = new ArrayList<>();
        for (int i = end.line() + 1; i < restAt.line(); i++) {
            PhysicalLine line = lines.get(i);
            if (line.kind() == PhysicalLine.Kind.COMMENT) {
                between.add(new CommentLine(line.content(), line.lineEnding()));
            } else if (line.kind() == PhysicalLine.Kind.BLANK) {
                between.add(new BlankLine(line.content(), line.lineEnding()));
            }
        }
        StringBuilder rest = new StringBuilder(head);
        rest.append(lines.get(restAt.line()).content().substring(restAt.column())).append(lines.get(restAt.line()).lineEnding());
        for (int i = restAt.line() + 1; i < lines.size(); i++) {
            rest.append(lines.get(i).content()).append(lines.get(i).lineEnding());
        }
        return Optional.of(new RunSplit(head.toString(), body.toString(), ending, Optional.of(rest.toString()), new Trivia(between)));
    }
}
