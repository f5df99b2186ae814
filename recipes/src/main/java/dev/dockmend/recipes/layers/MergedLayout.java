package dev.dockmend.recipes.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.Span;
import dev.dockmend.style.FileStyle;
import dev.dockmend.tree.CommentLine;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.TriviaLine;

/**
 * The text of a merged RUN, one part after another in the file's continuation style:
 * <pre>
 * RUN apt-get update \
 *     &amp;&amp; apt-get install -y curl \
 *     &amp;&amp; ( cd /src &amp;&amp; make )
 * </pre>
 * ({@code &&} starting the continuation lines, or ending the lines before, as {@link FileStyle} found).
 * The first part keeps its lines, keyword and flags; a later part loses its keyword and flags and
 * keeps the rest of its own lines and indentation. Comments between the RUNs become comment lines of
 * the merged RUN, indented like its continuation lines; blank lines between them are dropped, since
 * BuildKit warns about blank lines inside an instruction. A trailing comment that would swallow what
 * follows moves to a line of its own just above the line it ended (above the RUN, for the first line).
 */
final class MergedLayout {
    private MergedLayout() {
    }

    /**
     * @param text            the merged instruction, its lines ending as in the file
     * @param leadingComments comment lines to add above it (a moved trailing comment of its first line)
     * @param blankLines      blank lines between the RUNs that were dropped
     * @param movedComments   input lines whose trailing comment moved to a line of its own
     */
    record Result(String text, List<TriviaLine> leadingComments, int blankLines, List<Integer> movedComments) {
    }

    static Result of(List<RunPart> parts, List<JoinRules.Join> joins, FileStyle style) {
        StringBuilder out = new StringBuilder();
        List<TriviaLine> leadingComments = new ArrayList<>();
        List<Integer> movedComments = new ArrayList<>();
        int blankLines = 0;
        String indent = style.continuationIndent();
        String continuation = style.leadingOperators() ? " " + style.escape() : " && " + style.escape();
        String and = style.leadingOperators() ? "&& " : "";
        for (int k = 0; k < parts.size(); k++) {
            RunPart part = parts.get(k);
            JoinRules.Join join = joins.get(k);
            boolean first = k == 0;
            boolean last = k == parts.size() - 1;
            if (!first) {
                for (TriviaLine line : part.run().leading().lines()) {
                    if (line instanceof CommentLine comment) {
                        out.append(indent).append(comment.content().stripLeading()).append(comment.lineEnding());
                    } else {
                        blankLines++;
                    }
                }
            }
            Script script = part.script();
            Optional<Span> comment = join.moveTrailingComment() ? script.trailingComment() : Optional.empty();
            int end = script.text().length();
            if (comment.isPresent()) {
                end = comment.get().start();
            }
            if (join.dropTrailingSeparator()) {
                List<ListItem> items = script.items();
                end = Math.min(end, items.get(items.size() - 1).separatorSpan().start());
            }
            boolean cutEnd = !last || join.grouping() != Grouping.BARE || end < script.text().length();
            RunText.Place start = part.text().place(0);
            RunText.Place stop = part.text().place(end);
            List<PhysicalLine> lines = part.text().lines();
            for (int i = 0; i < lines.size(); i++) {
                PhysicalLine line = lines.get(i);
                String content = line.content();
                if (!first && i < start.line()) {
                    // the keyword and flags of a later part go; comment lines among them stay
                    if (line.kind() == PhysicalLine.Kind.COMMENT) {
                        out.append(content).append(line.lineEnding());
                    }
                    continue;
                }
                int from = i == start.line() ? start.column() : 0;
                boolean ending = i == stop.line() && cutEnd;
                String body = ending ? stripTrailingBlanks(content.substring(from, stop.column())) : content.substring(from);
                String prefix = "";
                if (i == start.line()) {
                    prefix = (first ? content.substring(0, from) : indent + and) + join.grouping().open();
                }
                String suffix = ending ? join.close() + (last ? "" : continuation) : "";
                if (i == stop.line() && comment.isPresent()) {
                    String moved = script.text(comment.get());
                    movedComments.add(part.lines().start() + i);
                    if (first && i == 0) {
                        leadingComments.add(new CommentLine(indentOf(content) + moved, style.lineEnding()));
                    } else {
                        out.append(indentOf(prefix + body)).append(moved).append(style.lineEnding());
                    }
                }
                out.append(prefix).append(body).append(suffix).append(line.lineEnding());
            }
        }
        return new Result(out.toString(), leadingComments, blankLines, movedComments);
    }

    private static String stripTrailingBlanks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String indentOf(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(0, i);
    }
}
