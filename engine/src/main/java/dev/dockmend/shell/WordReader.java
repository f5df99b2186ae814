package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads words and the parts inside them: quotes, escapes, expansions, globs. Substitutions
 * ({@code $(...)}, backquotes, {@code <(...)}) are handed back to the {@link CommandParser}, which is
 * how {@code echo $(echo ")")} and a {@code case} inside {@code $(...)} come out right.
 */
final class WordReader {
    private final Cursor in;
    private final CommandParser parser;
    /**
     * The last lookahead for a {@code [} or <code>{</code>: a later one inside the stretch already scanned gets
     * its answer from it, so a word of many brackets or braces is still read in linear time.
     */
    private Lookahead bracket = Lookahead.NONE;
    private Lookahead brace = Lookahead.NONE;

    /**
     * A scan from {@code from} that stopped at {@code stop}: at a closer ({@code closed}) or not; for
     * braces, {@code lastList} is the last {@code ,} or {@code ..} before the stop.
     */
    private record Lookahead(int from, int stop, int end, boolean closed, int lastList) {
        static final Lookahead NONE = new Lookahead(-1, -1, -1, false, -1);

        /** Whether a scan from {@code at} would cross the same characters to the same stop. */
        boolean covers(int at, int readEnd) {
            return end == readEnd && at > from && at + 2 < stop;
        }
    }

    /** The places text is read in besides a plain word, each with its own end and escapes. */
    enum Template {
        /** {@code "..."}: ends at {@code "}; backslash escapes only {@code $ ` " \} and newline. */
        DOUBLE_QUOTED,
        /** An unquoted heredoc body: like double quotes, but {@code "} is plain and it ends with the body. */
        HEREDOC,
        /** After the name in <code>${name...}</code>: ends at the matching <code>}</code>; quotes and escapes work. */
        PARAMETER,
        /** Inside {@code $((...))}: ends at the {@code )} that closes the first parenthesis. */
        ARITHMETIC
    }

    WordReader(Cursor in, CommandParser parser) {
        this.in = in;
        this.parser = parser;
    }

    /**
     * Reads one word from the cursor, which is at a word's first character. In a {@code [[ ... ]]} test,
     * {@code <}, {@code >}, {@code (}, {@code )}, {@code &} and {@code |} are parts of words (they are the
     * test's operators, not redirections or command separators).
     */
    Word word(boolean test) {
        int start = in.pos;
        PartList parts = new PartList();
        while (in.pos < in.end) {
            int at = in.pos;
            char c = in.text.charAt(at);
            if (test ? endsTestWord(c) : Chars.endsWord(c)) {
                if (at == start && !test && (c == '<' || c == '>') && in.peek(1) == '(') {
                    parts.add(processSubstitution(), at);
                    continue;
                }
                break;
            }
            parts.next(unquotedPart(c, start, parts.run, test), at);
        }
        return new Word(in.text.substring(start, in.pos), parts.done(in.pos), in.span(start, in.pos));
    }

    private static boolean endsTestWord(int c) {
        return Chars.isBlank(c) || c == '\n' || c == ';';
    }

    /** A word's parts as they are read: plain characters between parts gather into one literal part. */
    private final class PartList {
        private final List<WordPart> parts = new ArrayList<>(2);
        /** Where the plain characters being gathered start, or -1. */
        private int run = -1;

        /** After reading at {@code at}: {@code part}, or (null) a plain character, which the cursor steps over. */
        void next(WordPart part, int at) {
            if (part == null) {
                if (run < 0) {
                    run = at;
                }
                in.pos = at + 1;
            } else {
                add(part, at);
            }
        }

        /** A part that started at {@code at}: the plain characters before it become a literal. */
        void add(WordPart part, int at) {
            endLiteral(at);
            parts.add(part);
        }

        List<WordPart> done(int end) {
            endLiteral(end);
            return parts;
        }

        private void endLiteral(int end) {
            if (run >= 0) {
                parts.add(literal(run, end));
                run = -1;
            }
        }
    }

    private WordPart.Literal literal(int from, int to) {
        return new WordPart.Literal(in.text.substring(from, to), in.span(from, to));
    }

    /** The part that starts with {@code c}, or null when {@code c} is a plain character (not consumed). */
    private WordPart unquotedPart(char c, int wordStart, int run, boolean test) {
        switch (c) {
            case '\\':
                return escape();
            case '\'':
                return singleQuoted();
            case '"':
                return doubleQuoted();
            case '$':
                return dollar(false);
            case '`':
                return backquoted(false);
            case '*', '?':
                rejectExtendedGlob(test);
                in.pos++;
                return new WordPart.Glob(String.valueOf(c), in.span(in.pos - 1, in.pos));
            case '+', '@', '!':
                rejectExtendedGlob(test);
                return null;
            case '[':
                if (!bracketCloses(test)) {
                    return null;
                }
                in.pos++;
                return new WordPart.Glob("[", in.span(in.pos - 1, in.pos));
            case '{':
                if (!braceExpands(test)) {
                    return null;
                }
                in.pos++;
                return new WordPart.BraceExpansion(in.span(in.pos - 1, in.pos));
            case '~':
                return tilde(wordStart, run, test);
            default:
                return null;
        }
    }

    private void rejectExtendedGlob(boolean test) {
        if (!test && in.peek(1) == '(') {
            throw in.error("an extended glob like `@(...)`, which needs bash's extglob option", in.pos);
        }
    }

    /** {@code \x} outside quotes: {@code x} itself; backslash-newline joins lines and stands for nothing. */
    private WordPart escape() {
        int start = in.pos;
        if (start + 1 >= in.end) {
            return null; // a backslash at the very end stays a backslash
        }
        int codePoint = in.text.codePointAt(start + 1);
        in.pos = start + 1 + Character.charCount(codePoint);
        String value = codePoint == '\n' ? "" : new String(Character.toChars(codePoint));
        return new WordPart.Escaped(value, in.span(start, in.pos));
    }

    private WordPart singleQuoted() {
        int start = in.pos;
        int close = in.text.indexOf('\'', start + 1);
        if (close < 0 || close >= in.end) {
            throw in.error("an unclosed single quote", start);
        }
        in.pos = close + 1;
        return new WordPart.SingleQuoted(in.text.substring(start + 1, close), in.span(start, in.pos));
    }

    private WordPart.DoubleQuoted doubleQuoted() {
        int start = in.pos;
        in.pos++;
        List<WordPart> parts = template(Template.DOUBLE_QUOTED, true, start, "an unclosed double quote");
        in.pos++;
        return new WordPart.DoubleQuoted(parts, in.span(start, in.pos));
    }

    /** A {@code $} in or out of double quotes: an expansion, a quote, or a plain dollar sign. */
    private WordPart dollar(boolean quoted) {
        int start = in.pos;
        int next = in.peek(1);
        if (next == '\'' && !quoted) {
            return ansiC();
        }
        if (next == '"' && !quoted) {
            in.pos++;
            WordPart.DoubleQuoted inner = doubleQuoted();
            return new WordPart.DoubleQuoted(inner.parts(), in.span(start, in.pos));
        }
        if (next == '(') {
            if (in.peek(2) == '(') {
                WordPart arithmetic = arithmeticOrNull(start, 3, "an unclosed `$((`");
                if (arithmetic != null) {
                    return arithmetic;
                }
            }
            in.pos = start + 2;
            CommandList body = parser.substitution(start, "$(");
            return new WordPart.CommandSubstitution(body, false, in.span(start, in.pos));
        }
        if (next == '{') {
            return parameter(start);
        }
        if (next == '[') {
            throw in.error("bash's obsolete `$[...]` arithmetic", start);
        }
        if (Chars.isNameStart(next)) {
            int end = start + 2;
            while (end < in.end && Chars.isNameChar(in.text.charAt(end))) {
                end++;
            }
            in.pos = end;
            String name = in.text.substring(start + 1, end);
            return new WordPart.Parameter(name, name, List.of(), in.span(start, end));
        }
        if (Chars.isSpecialParameter(next)) {
            in.pos = start + 2;
            String name = String.valueOf((char) next);
            return new WordPart.Parameter(name, name, List.of(), in.span(start, in.pos));
        }
        in.pos++;
        return new WordPart.Literal("$", in.span(start, in.pos));
    }

    /**
     * {@code $((...))} or {@code ((...))} from {@code start}, whose opener is {@code openLength} long; null
     * when the text is not arithmetic after all (bash reads {@code $((a) | b)} as a substitution holding a
     * subshell), with the cursor put back.
     */
    WordPart.Arithmetic arithmeticOrNull(int start, int openLength, String unclosed) {
        if (in.context.isNotArithmetic(in.offset(start))) {
            return null;
        }
        Cursor.Mark mark = in.mark();
        try {
            in.enter(start);
            in.pos = start + openLength;
            int bodyStart = in.pos;
            List<WordPart> parts = template(Template.ARITHMETIC, false, start, unclosed);
            if (in.peek(1) == ')') {
                String expression = in.text.substring(bodyStart, in.pos);
                in.pos += 2;
                in.leave();
                return new WordPart.Arithmetic(expression, parts, in.span(start, in.pos));
            }
        } catch (ShellSyntaxError notArithmetic) {
            // read again as a substitution or subshell, which reports its own errors
        }
        in.reset(mark);
        in.context.notArithmetic(in.offset(start));
        return null;
    }

    /** <code>${name...}</code>, with bash's {@code #} (length) and {@code !} (indirection) prefixes. */
    private WordPart parameter(int start) {
        in.enter(start);
        in.pos = start + 2;
        int c = in.peek();
        int next = in.peek(1);
        if ((c == '#' || c == '!') && next != '}' && (Chars.isNameStart(next) || Chars.isSpecialParameter(next))) {
            in.pos++;
            c = next;
        }
        int nameStart = in.pos;
        if (Chars.isNameStart(c)) {
            while (Chars.isNameChar(in.peek())) {
                in.pos++;
            }
        } else if (Chars.isDigit(c)) {
            while (Chars.isDigit(in.peek())) {
                in.pos++;
            }
        } else if (Chars.isSpecialParameter(c)) {
            in.pos++;
        } else if (c == -1) {
            throw in.error("an unclosed `${`", start);
        } else {
            throw in.error("a `${...}` expansion with no variable name (a bad substitution)", start);
        }
        String name = in.text.substring(nameStart, in.pos);
        List<WordPart> operand = template(Template.PARAMETER, false, start, "an unclosed `${`");
        in.pos++;
        in.leave();
        return new WordPart.Parameter(name, in.text.substring(start + 2, in.pos - 1), operand, in.span(start, in.pos));
    }

    /** {@code $'...'}: decodes the C escapes bash and dash 0.5.12 know. */
    private WordPart ansiC() {
        int start = in.pos;
        in.pos += 2;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (in.pos >= in.end) {
                throw in.error("an unclosed `$'` quote", start);
            }
            char c = in.text.charAt(in.pos);
            if (c == '\'') {
                in.pos++;
                break;
            }
            if (c == '\\' && in.pos + 1 < in.end) {
                in.pos = AnsiC.decode(in.text, in.pos + 1, in.end, value);
            } else {
                value.append(c);
                in.pos++;
            }
        }
        return new WordPart.AnsiCQuoted(value.toString(), in.span(start, in.pos));
    }

    /**
     * {@code `...`}: the inside, with the backslashes before {@code $ ` \} (and {@code "} inside double
     * quotes) removed, is parsed as a script of its own whose offsets map back to this text.
     */
    private WordPart backquoted(boolean quoted) {
        int start = in.pos;
        in.pos++;
        StringBuilder inner = new StringBuilder();
        int[] offsets = new int[16];
        while (true) {
            if (in.pos >= in.end) {
                throw in.error("an unclosed backquote", start);
            }
            char c = in.text.charAt(in.pos);
            if (c == '`') {
                break;
            }
            // an escaped character maps to its backslash, so a span over it covers the escape as written
            int from = in.pos;
            if (c == '\\' && in.pos + 1 < in.end) {
                char d = in.text.charAt(in.pos + 1);
                if (d == '$' || d == '`' || d == '\\' || (quoted && d == '"')) {
                    c = d;
                    in.pos++;
                }
            }
            offsets = grow(offsets, inner.length() + 2);
            offsets[inner.length()] = in.offset(from);
            inner.append(c);
            in.pos++;
        }
        offsets[inner.length()] = in.offset(in.pos);
        in.pos++;
        in.enter(start);
        Cursor nested = new Cursor(inner.toString(), offsets, in.context);
        CommandList body = new CommandParser(nested).script();
        in.leave();
        return new WordPart.CommandSubstitution(body, true, in.span(start, in.pos));
    }

    private static int[] grow(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    /** {@code <(...)} or {@code >(...)}: bash runs the commands and puts a file name in their place. */
    private WordPart processSubstitution() {
        int start = in.pos;
        boolean input = in.peek() == '<';
        in.pos += 2;
        CommandList body = parser.substitution(start, input ? "<(" : ">(");
        return new WordPart.ProcessSubstitution(body, input, in.span(start, in.pos));
    }

    /**
     * {@code ~} at the start of a word, or after {@code =} or {@code :} in an assignment ({@code PATH=~/bin:~/x}), followed
     * by a user name and then {@code /} or the word's end; otherwise a plain character.
     */
    private WordPart tilde(int wordStart, int run, boolean test) {
        int start = in.pos;
        boolean afterAssignment = run >= 0 && start > run && (in.text.charAt(start - 1) == '=' || in.text.charAt(start - 1) == ':')
                && isAssignmentWord(wordStart, start);
        if (start != wordStart && !afterAssignment) {
            return null;
        }
        int end = start + 1;
        while (end < in.end && isUserChar(in.text.charAt(end))) {
            end++;
        }
        int next = end < in.end ? in.text.charAt(end) : -1;
        boolean endsPrefix = next == '/' || (afterAssignment && next == ':') || (test ? endsTestWord(next) || next == -1 : Chars.endsWord(next));
        if (!endsPrefix) {
            return null;
        }
        in.pos = end;
        return new WordPart.Tilde(in.text.substring(start + 1, end), in.span(start, end));
    }

    /** Whether the word begun at {@code wordStart} starts {@code NAME=} or {@code NAME+=} before {@code at}. */
    private boolean isAssignmentWord(int wordStart, int at) {
        int eq = in.text.indexOf('=', wordStart);
        if (eq < 0 || eq >= at) {
            return false;
        }
        int nameEnd = eq > wordStart && in.text.charAt(eq - 1) == '+' ? eq - 1 : eq;
        return Chars.isName(in.text, wordStart, nameEnd);
    }

    private static boolean isUserChar(char c) {
        return Chars.isNameChar(c) || c == '-' || c == '.' || c == '+';
    }

    /**
     * Whether the {@code [} at the cursor opens a bracket expression, which makes the word a pattern: a
     * {@code ]} follows in the same word. Quotes or expansions before it make the answer uncertain, and an
     * uncertain answer is "pattern", since only a fixed word may be read as fixed text.
     */
    private boolean bracketCloses(boolean test) {
        if (bracket.covers(in.pos, in.end)) {
            return bracket.closed();
        }
        int p = in.pos + 1;
        if (p < in.end && (in.text.charAt(p) == '!' || in.text.charAt(p) == '^')) {
            p++;
        }
        if (p < in.end && in.text.charAt(p) == ']') {
            p++;
        }
        boolean closed = false;
        for (; p < in.end; p++) {
            char c = in.text.charAt(p);
            if (test ? endsTestWord(c) : Chars.endsWord(c)) {
                break;
            }
            if (c == ']' || c == '\'' || c == '"' || c == '$' || c == '\\' || c == '`') {
                closed = true;
                break;
            }
        }
        bracket = new Lookahead(in.pos, p, in.end, closed, -1);
        return closed;
    }

    /**
     * Whether the <code>{</code> at the cursor starts a brace expansion (bash): a <code>}</code> follows in the
     * same word with a {@code ,} or {@code ..} before it. <code>{}</code> (as in {@code find -exec {} \;}) is
     * plain text.
     */
    private boolean braceExpands(boolean test) {
        if (!brace.covers(in.pos, in.end)) {
            int lastList = -1;
            int p = in.pos + 1;
            boolean closed = false;
            for (; p < in.end; p++) {
                char c = in.text.charAt(p);
                if (c == '}') {
                    closed = true;
                    break;
                }
                if (test ? endsTestWord(c) : Chars.endsWord(c)) {
                    break;
                }
                if (c == ',' || (c == '.' && p + 1 < in.end && in.text.charAt(p + 1) == '.')) {
                    lastList = p;
                }
            }
            brace = new Lookahead(in.pos, p, in.end, closed, lastList);
        }
        return brace.closed() && brace.lastList() > in.pos;
    }

    /**
     * The parts of a double-quoted string, heredoc body, parameter operand or arithmetic expression, up to
     * (not including) the character that ends it.
     *
     * @param quoted whether the text is inside double quotes, where single quotes are plain characters
     */
    List<WordPart> template(Template template, boolean quoted, int openIndex, String unclosed) {
        PartList parts = new PartList();
        int depth = 0;
        while (true) {
            if (in.pos >= in.end) {
                if (template == Template.HEREDOC) {
                    break;
                }
                throw in.error(unclosed, openIndex);
            }
            int at = in.pos;
            char c = in.text.charAt(at);
            if (closes(template, c, depth)) {
                break;
            }
            if ((template == Template.PARAMETER && c == '{') || (template == Template.ARITHMETIC && c == '(')) {
                depth++;
            } else if ((template == Template.PARAMETER && c == '}') || (template == Template.ARITHMETIC && c == ')')) {
                depth--;
            }
            if (template == Template.PARAMETER && (c == '<' || c == '>') && in.peek(1) == '(') {
                // bash reads process substitutions inside ${...} too
                parts.add(processSubstitution(), at);
                continue;
            }
            WordPart part = switch (c) {
                case '\\' -> templateEscape(template);
                case '$' -> dollar(template == Template.DOUBLE_QUOTED || template == Template.HEREDOC || quoted);
                case '`' -> backquoted(template == Template.DOUBLE_QUOTED || quoted);
                case '\'' -> quotesWork(template) && !quoted ? singleQuoted() : null;
                case '"' -> quotesWork(template) ? doubleQuoted() : null;
                default -> null;
            };
            parts.next(part, at);
        }
        return parts.done(in.pos);
    }

    private static boolean closes(Template template, char c, int depth) {
        return switch (template) {
            case DOUBLE_QUOTED -> c == '"';
            case PARAMETER -> c == '}' && depth == 0;
            case ARITHMETIC -> c == ')' && depth == 0;
            case HEREDOC -> false;
        };
    }

    private static boolean quotesWork(Template template) {
        return template == Template.PARAMETER || template == Template.ARITHMETIC;
    }

    /** A backslash in a template: an escape when the template lets it escape the next character, else plain. */
    private WordPart templateEscape(Template template) {
        int start = in.pos;
        if (start + 1 >= in.end) {
            return null;
        }
        char next = in.text.charAt(start + 1);
        boolean escapes = switch (template) {
            case DOUBLE_QUOTED -> next == '$' || next == '`' || next == '"' || next == '\\' || next == '\n';
            case HEREDOC -> next == '$' || next == '`' || next == '\\' || next == '\n';
            case PARAMETER, ARITHMETIC -> true;
        };
        if (!escapes) {
            return null;
        }
        in.pos = start + 2;
        return new WordPart.Escaped(next == '\n' ? "" : String.valueOf(next), in.span(start, in.pos));
    }

    /** The parts of an unquoted heredoc body {@code [from, to)}: its expansions run, its quotes are plain. */
    List<WordPart> heredocBody(int from, int to) {
        int pos = in.pos;
        int end = in.end;
        in.pos = from;
        in.end = to;
        try {
            return template(Template.HEREDOC, true, from, "");
        } finally {
            in.pos = pos;
            in.end = end;
        }
    }
}
