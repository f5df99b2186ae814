package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.dockmend.grammar.Continuations;
import dev.dockmend.grammar.Whitespace;
import dev.dockmend.shell.Script;
import dev.dockmend.style.FileStyle;
import dev.dockmend.tree.PhysicalLine;

/**
 * The physical lines of a shell-form RUN (without heredocs) and where each character of its script is in
 * them, so that edits made at script offsets land in the lines as written: every untouched line, and every
 * untouched part of a touched line, keeps its bytes.
 *
 * <p>BuildKit joins a RUN's lines into one logical line: each line up to its continuation escape, comment
 * and blank lines inside the continuation left out. The script is the end of that line after the keyword
 * and flags. So each line that is not a comment or blank contributes one segment of the script.
 *
 * <p>A cleanup appended at the end of a line's code, in a RUN written over several lines, becomes new
 * continuation lines, one command each, in the RUN's style: {@code &&} leading the new line when the RUN
 * puts operators first, else ending the line before; indented like the line where the command it follows
 * starts. Otherwise it is written inline ({@code ... && rm -rf /var/lib/apt/lists/*}).
 */
public final class RunLines {
    private final List<PhysicalLine> lines;
    private final char escape;
    /** For each segment: its line, its start column in that line, its length, and its start in the script. */
    private final List<Segment> segments;

    private record Segment(int line, int column, int length, int scriptStart) {
        int scriptEnd() {
            return scriptStart + length;
        }
    }

    /** A position in the lines: line index and column. */
    public record Position(int line, int column) {
    }

    /** An edit at script offsets. */
    sealed interface Edit {
        int offset();
    }

    /** Text written at {@code offset}, e.g. {@code " --no-cache-dir"} after a subcommand. */
    record Insert(int offset, String text) implements Edit {
    }

    /** The script text {@code [offset, end)} taken out. */
    record Delete(int offset, int end) implements Edit {
    }

    /**
     * Commands run after the node ending at {@code offset}, joined as {@code joiner} says; {@code start} is
     * where that node starts, for indentation.
     */
    record Append(int offset, int start, Placement.Joiner joiner, List<String> commands) implements Edit {
    }

    private RunLines(List<PhysicalLine> lines, char escape, List<Segment> segments) {
        this.lines = lines;
        this.escape = escape;
        this.segments = segments;
    }

    /** The lines of a RUN whose script is {@code script}, or empty when the script is not found in them. */
    public static Optional<RunLines> of(List<PhysicalLine> lines, String script, char escape) {
        List<Segment> pieces = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            PhysicalLine line = lines.get(i);
            if (line.kind() == PhysicalLine.Kind.COMMENT || line.kind() == PhysicalLine.Kind.BLANK) {
                continue;
            }
            String content = line.content();
            int start = line.kind() == PhysicalLine.Kind.FIRST ? Whitespace.skipUnicodeSpace(content, 0, content.length()) : 0;
            int marker = Continuations.markerStart(content, start, content.length(), escape);
            int end = marker >= 0 ? marker : content.length();
            pieces.add(new Segment(i, start, end - start, logical.length()));
            logical.append(content, start, end);
        }
        int end = logical.length();
        while (end > 0 && Whitespace.isUnicodeSpace(logical.charAt(end - 1))) {
            end--;
        }
        int scriptStart = end - script.length();
        if (scriptStart < 0 || !logical.substring(scriptStart, end).equals(script)) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>(pieces.size());
        for (var piece : pieces) {
            segments.add(new Segment(piece.line(), piece.column(), piece.length(), piece.scriptStart() - scriptStart));
        }
        return Optional.of(new RunLines(List.copyOf(lines), escape, List.copyOf(segments)));
    }

    /**
     * Where script offset {@code offset} is. At a boundary between two segments, {@code ending} picks the
     * end of the earlier one (for text that ends code) over the start of the later one (for code that starts).
     */
    public Position at(int offset, boolean ending) {
        Segment found = null;
        for (Segment segment : segments) {
            boolean inside = ending
                    ? offset > segment.scriptStart() && offset <= segment.scriptEnd()
                    : offset >= segment.scriptStart() && offset < segment.scriptEnd();
            if (inside) {
                found = segment;
                break;
            }
            if (found == null && offset >= segment.scriptStart() && offset <= segment.scriptEnd()) {
                found = segment;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("offset " + offset + " is outside the script");
        }
        return new Position(found.line(), found.column() + offset - found.scriptStart());
    }

    /** Where each command of the script starts, for the indentation of new lines. */
    static List<Integer> commandStarts(Script script) {
        List<Integer> starts = new ArrayList<>(script.commands().size());
        for (var command : script.commands()) {
            starts.add(command.span().start());
        }
        return starts;
    }

    /** Whether the RUN is written on one line (plus comment lines, perhaps). */
    boolean singleLine() {
        return segments.size() == 1;
    }

    /**
     * Whether deleting the script text {@code [offset, end)} would take a comment line inside the RUN with it
     * (BuildKit leaves such lines out of the script, so the script alone does not show them).
     */
    boolean deletionDropsComment(int offset, int end) {
        int from = at(offset, false).line();
        int to = at(end, false).line();
        for (int i = from + 1; i < to; i++) {
            if (lines.get(i).kind() == PhysicalLine.Kind.COMMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The RUN's lines after the edits, as text with their line endings.
     *
     * @param commandStarts script offsets where commands start, to find the indentation of command lines
     */
    String apply(List<Edit> edits, List<Integer> commandStarts, FileStyle style) {
        List<String> contents = new ArrayList<>();
        List<PhysicalLine.Kind> kinds = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (PhysicalLine line : lines) {
            contents.add(line.content());
            kinds.add(line.kind());
            endings.add(line.lineEnding());
        }
        Editor editor = new Editor(contents, kinds, endings, commandStarts, style);
        // from the end backwards, so that earlier positions stay valid; at one offset the later edit first,
        // so that text given first ends up first
        List<Edit> reversed = new ArrayList<>(edits);
        Collections.reverse(reversed);
        reversed.sort((a, b) -> Integer.compare(b.offset(), a.offset())); // descending; not comparingInt: see RecipeCatalog
        reversed.forEach(editor::apply);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < contents.size(); i++) {
            text.append(contents.get(i)).append(endings.get(i));
        }
        return text.toString();
    }

    /** Applies edits to mutable copies of the lines. */
    private final class Editor {
        private final List<String> contents;
        private final List<PhysicalLine.Kind> kinds;
        private final List<String> endings;
        private final List<Integer> commandStarts;
        private final FileStyle style;

        Editor(List<String> contents, List<PhysicalLine.Kind> kinds, List<String> endings, List<Integer> commandStarts,
               FileStyle style) {
            this.contents = contents;
            this.kinds = kinds;
            this.endings = endings;
            this.commandStarts = commandStarts;
            this.style = style;
        }

        void apply(Edit edit) {
            if (edit instanceof Insert insert) {
                Position at = at(insert.offset(), true);
                String content = contents.get(at.line());
                contents.set(at.line(), content.substring(0, at.column()) + insert.text() + content.substring(at.column()));
            } else if (edit instanceof Delete delete) {
                if (deletionDropsComment(delete.offset(), delete.end())) {
                    throw new IllegalStateException("a deletion would drop a comment line: the planner checks that first");
                }
                Position from = at(delete.offset(), false);
                Position to = at(delete.end(), false);
                String joined = contents.get(from.line()).substring(0, from.column()) + contents.get(to.line()).substring(to.column());
                contents.set(from.line(), joined);
                endings.set(from.line(), endings.get(to.line()));
                for (int i = to.line(); i > from.line(); i--) {
                    contents.remove(i);
                    kinds.remove(i);
                    endings.remove(i);
                }
            } else if (edit instanceof Append append) {
                append(append);
            }
        }

        private void append(Append append) {
            Position at = at(append.offset(), true);
            int k = at.line();
            String content = contents.get(k);
            String head = content.substring(0, at.column());
            String tail = content.substring(at.column());
            Tail shape = shape(tail, k);
            boolean semicolon = append.joiner() == Placement.Joiner.SEMICOLON;
            if (singleLine() || shape == Tail.OTHER || (semicolon && shape == Tail.CONTINUES)) {
                StringBuilder inline = new StringBuilder();
                for (String command : append.commands()) {
                    inline.append(append.joiner().text()).append(command);
                }
                contents.set(k, head + inline + tail);
                return;
            }
            String indent = indent(append.start(), k);
            String esc = String.valueOf(escape);
            String sep = append.joiner().text();
            String ending = endings.get(k).isEmpty() ? style.lineEnding() : endings.get(k);
            List<String> added = new ArrayList<>();
            List<String> commands = append.commands();
            boolean leading = !semicolon && (shape == Tail.CONTINUES || shape == Tail.ENDS && leadingOperators());
            if (leading) {
                if (shape == Tail.ENDS) {
                    contents.set(k, head + " " + esc);
                }
                for (int i = 0; i < commands.size(); i++) {
                    boolean lastOfAll = shape == Tail.ENDS && i == commands.size() - 1;
                    added.add(indent + "&& " + commands.get(i) + (lastOfAll ? "" : " " + esc));
                }
            } else if (shape == Tail.OPERATOR_CONTINUES && tail.strip().startsWith(sep.strip())) {
                for (String command : commands) {
                    added.add(indent + command + tail);
                }
            } else {
                contents.set(k, head + sep + esc);
                for (int i = 0; i < commands.size(); i++) {
                    boolean last = i == commands.size() - 1;
                    added.add(indent + commands.get(i) + (last ? (shape == Tail.ENDS ? "" : tail) : sep + esc));
                }
            }
            String lastEnding = endings.get(k);
            endings.set(k, ending);
            for (int i = 0; i < added.size(); i++) {
                boolean last = i == added.size() - 1;
                contents.add(k + 1 + i, added.get(i));
                kinds.add(k + 1 + i, PhysicalLine.Kind.CONTINUATION);
                endings.add(k + 1 + i, last && shape == Tail.ENDS ? lastEnding : ending);
            }
        }

        /** What follows the code on line {@code k}. */
        private Tail shape(String tail, int k) {
            String rest = tail.strip();
            boolean lastCodeLine = segments.get(segments.size() - 1).line() == k;
            if (rest.isEmpty()) {
                return lastCodeLine ? Tail.ENDS : Tail.OTHER;
            }
            if (!rest.endsWith(String.valueOf(escape)) || lastCodeLine) {
                return Tail.OTHER;
            }
            String operator = rest.substring(0, rest.length() - 1).strip();
            if (operator.isEmpty()) {
                return Tail.CONTINUES;
            }
            return operator.equals("&&") || operator.equals("||") || operator.equals(";") ? Tail.OPERATOR_CONTINUES : Tail.OTHER;
        }

        /** Whether this RUN puts {@code &&} and {@code ||} at the start of lines; the file's habit when it shows none. */
        private boolean leadingOperators() {
            int leading = 0;
            int trailing = 0;
            for (int i = 0; i < contents.size(); i++) {
                String content = contents.get(i).strip();
                if (kinds.get(i) == PhysicalLine.Kind.CONTINUATION && (content.startsWith("&&") || content.startsWith("||"))) {
                    leading++;
                }
                String code = content.endsWith(String.valueOf(escape)) ? content.substring(0, content.length() - 1).strip() : "";
                if (code.endsWith("&&") || code.endsWith("||")) {
                    trailing++;
                }
            }
            return leading == trailing ? style.leadingOperators() : leading > trailing;
        }

        /**
         * The indentation of new lines: that of the line where the command they follow starts, if that is a
         * continuation line; else that of another continuation line where a command starts; else that of the
         * line they follow (a package list's last line); else the file's.
         */
        private String indent(int start, int after) {
            int line = RunLines.this.at(start, false).line();
            if (lines.get(line).kind() == PhysicalLine.Kind.CONTINUATION) {
                return indentOf(lines.get(line).content());
            }
            for (int offset : commandStarts) {
                Position position = RunLines.this.at(offset, false);
                PhysicalLine candidate = lines.get(position.line());
                if (candidate.kind() == PhysicalLine.Kind.CONTINUATION) {
                    return indentOf(candidate.content());
                }
            }
            if (lines.get(after).kind() == PhysicalLine.Kind.CONTINUATION) {
                return indentOf(lines.get(after).content());
            }
            return style.continuationIndent();
        }
    }

    /** What follows the code at the end of an edit's line. */
    private enum Tail {
        /** Nothing: the RUN's last line of code. */
        ENDS,
        /** Only the continuation escape: the next line goes on (perhaps starting with an operator). */
        CONTINUES,
        /** An operator ({@code &&}, {@code ||}, {@code ;}) and the continuation escape. */
        OPERATOR_CONTINUES,
        /** Anything else: more code, a comment. */
        OTHER
    }

    private static String indentOf(String content) {
        int i = 0;
        while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        return content.substring(0, i);
    }
}
