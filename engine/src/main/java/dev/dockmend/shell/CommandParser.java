package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The shell grammar (POSIX XCU 2.10, with the bash constructs Dockerfiles use), one method per rule,
 * reading straight from a {@link Cursor}: whether {@code fi} or <code>}</code> is a reserved word depends on
 * where it stands, so there is no separate token stream. After a node is read the cursor is just past
 * its last character, so the node's span ends there.
 */
final class CommandParser {
    /** Words that are reserved at the start of a command. {@code time} is read as a command (see {@link CommandWrapper}). */
    private static final String[] RESERVED = {"{", "}", "!", "if", "then", "else", "elif", "fi", "do", "done",
        "case", "esac", "while", "until", "for", "in", "[[", "]]", "function", "select", "coproc"};
    /**
     * Reserved words that close or continue a construct, and the construct each belongs to, for messages.
     * Where a command should start they end a list, and the construct's parser takes them.
     */
    private static final Map<String, String> CLOSERS = Map.of("}", "`{`", "then", "`if`", "else", "`if`", "elif", "`if`",
            "fi", "`if`", "do", "`for`, `while` or `until`", "done", "`for`, `while` or `until`", "esac", "`case`",
            "in", "`for` or `case`", "]]", "`[[`");

    private final Cursor in;
    private final WordReader words;

    CommandParser(Cursor in) {
        this.in = in;
        this.words = new WordReader(in, this);
    }

    /** All of the cursor's text as one command list. */
    CommandList script() {
        CommandList list = list();
        in.skipBlanks();
        if (!in.atEnd()) {
            throw unexpected();
        }
        if (!in.pending.isEmpty()) {
            Cursor.PendingHereDocument first = in.pending.get(0);
            throw in.error("the heredoc `" + first.delimiter() + "` has no body (no line follows its command)",
                    first.operatorIndex());
        }
        return list;
    }

    /** The inside of {@code $(...)}, {@code <(...)} or {@code >(...)}, the cursor being just after the opener. */
    CommandList substitution(int openIndex, String opener) {
        in.enter(openIndex);
        CommandList list = list();
        in.skipBlanks();
        if (in.peek() != ')') {
            throw in.atEnd() ? in.error("an unclosed `" + opener + "` (no `)`)", openIndex) : unexpected();
        }
        in.pos++;
        in.leave();
        return list;
    }

    // list: (and_or separator)* up to something that cannot start a command (end, `)`, `;;`, a closing word)
    private CommandList list() {
        List<ListItem> items = new ArrayList<>();
        linebreak();
        int start = in.pos;
        int end = start;
        while (true) {
            linebreak();
            if (atListEnd()) {
                break;
            }
            AndOrList andOr = andOr();
            end = in.pos;
            in.skipBlanks();
            int at = in.pos;
            int c = in.peek();
            int next = in.peek(1);
            ListItem.Separator separator;
            if (c == ';' && next != ';' && next != '&') {
                separator = ListItem.Separator.SEMICOLON;
                in.pos++;
            } else if (c == '&' && next != '&' && next != '>') {
                separator = ListItem.Separator.AMPERSAND;
                in.pos++;
            } else if (c == '\n') {
                separator = ListItem.Separator.NEWLINE;
                newline();
            } else {
                separator = ListItem.Separator.NONE;
                in.pos = end;
                at = end;
            }
            items.add(new ListItem(andOr, separator, in.span(at, separator == ListItem.Separator.NONE ? at : at + 1)));
            if (separator == ListItem.Separator.NONE) {
                break;
            }
        }
        return new CommandList(items, in.span(start, end));
    }

    private boolean atListEnd() {
        int c = in.peek();
        if (c == -1 || c == ')') {
            return true;
        }
        if (c == ';' && (in.peek(1) == ';' || in.peek(1) == '&')) {
            return true;
        }
        String reserved = reservedWord();
        return reserved != null && CLOSERS.containsKey(reserved);
    }

    /** Newlines, blanks and comments between commands. */
    private void linebreak() {
        while (true) {
            in.skipBlanks();
            if (in.peek() != '\n') {
                return;
            }
            newline();
        }
    }

    /** Consumes a newline token; the bodies of heredocs opened on its line follow it. */
    private void newline() {
        in.pos++;
        while (!in.pending.isEmpty()) {
            hereDocument(in.pending.remove(0));
        }
    }

    private void hereDocument(Cursor.PendingHereDocument heredoc) {
        String delimiter = heredoc.delimiter();
        int bodyStart = in.pos;
        int bodyEnd;
        while (true) {
            if (in.pos >= in.end) {
                throw in.error("the heredoc `" + delimiter + "` is never closed (no line is just `" + delimiter + "`)",
                        heredoc.operatorIndex());
            }
            int eol = in.text.indexOf('\n', in.pos);
            if (eol < 0 || eol > in.end) {
                eol = in.end;
            }
            int s = in.pos;
            while (heredoc.stripTabs() && s < eol && in.text.charAt(s) == '\t') {
                s++;
            }
            if (eol - s == delimiter.length() && in.text.startsWith(delimiter, s)) {
                bodyEnd = in.pos;
                in.pos = eol < in.end ? eol + 1 : eol;
                break;
            }
            in.pos = eol + 1;
        }
        List<WordPart> parts;
        if (heredoc.quoted()) {
            parts = bodyEnd > bodyStart
                    ? List.of(new WordPart.Literal(in.text.substring(bodyStart, bodyEnd), in.span(bodyStart, bodyEnd)))
                    : List.of();
        } else {
            parts = words.heredocBody(bodyStart, bodyEnd);
        }
        in.context.hereDocument(in.offset(heredoc.operatorIndex()),
                new HereDocument(delimiter, heredoc.quoted(), heredoc.stripTabs(), parts, in.span(bodyStart, bodyEnd)));
    }

    // and_or: pipeline (('&&' | '||') linebreak pipeline)*
    private AndOrList andOr() {
        int start = in.pos;
        List<Pipeline> pipelines = new ArrayList<>();
        List<AndOrList.Operator> operators = new ArrayList<>();
        pipelines.add(pipeline(null, start));
        while (true) {
            int before = in.pos;
            in.skipBlanks();
            boolean and = in.startsWith("&&");
            if (!and && !in.startsWith("||")) {
                in.pos = before;
                break;
            }
            int at = in.pos;
            in.pos += 2;
            operators.add(and ? AndOrList.Operator.AND : AndOrList.Operator.OR);
            linebreak();
            pipelines.add(pipeline(and ? "`&&`" : "`||`", at));
        }
        return new AndOrList(pipelines, operators, in.span(start, in.pos));
    }

    // pipeline: '!'? command (('|' | '|&') linebreak command)*
    private Pipeline pipeline(String after, int afterIndex) {
        in.skipBlanks();
        int start = in.pos;
        boolean negated = false;
        if ("!".equals(reservedWord())) {
            negated = true;
            after = "`!`";
            afterIndex = in.pos;
            in.pos++;
        }
        List<Command> commands = new ArrayList<>();
        List<Pipeline.Pipe> pipes = new ArrayList<>();
        commands.add(command(after, afterIndex));
        while (true) {
            int before = in.pos;
            in.skipBlanks();
            if (in.peek() != '|' || in.peek(1) == '|') {
                in.pos = before;
                break;
            }
            int at = in.pos;
            boolean withErrors = in.peek(1) == '&';
            in.pos += withErrors ? 2 : 1;
            pipes.add(withErrors ? Pipeline.Pipe.OUTPUT_AND_ERROR : Pipeline.Pipe.OUTPUT);
            linebreak();
            commands.add(command(withErrors ? "`|&`" : "`|`", at));
        }
        return new Pipeline(negated, commands, pipes, in.span(start, in.pos));
    }

    /**
     * One command. {@code after} names the operator before it ({@code `&&`}), or is null at the start of a
     * list, for the message when no command follows.
     */
    private Command command(String after, int afterIndex) {
        in.skipBlanks();
        int start = in.pos;
        Command compound = compoundCommand(start);
        if (compound != null) {
            return compound;
        }
        String reserved = reservedWord();
        if (reserved != null) {
            switch (reserved) {
                case "function":
                    return functionKeyword(start);
                case "select":
                    throw in.error("a `select` menu, which waits for a user's choice", start);
                case "coproc":
                    throw in.error("a `coproc` coprocess", start);
                case "!":
                    // bash and dash allow `!` only where a pipeline starts, once
                    throw in.error("`!`".equals(after) ? "a second `!`" : "a `!` after " + after + ", where only a command may stand",
                            start);
                default:
                    throw noCommand(after, afterIndex);
            }
        }
        if (!startsWord() && !startsRedirection()) {
            throw noCommand(after, afterIndex);
        }
        return simpleCommand(start);
    }

    /** The compound command at {@code start}, with its redirections, or null if none starts there. */
    private Command compoundCommand(int start) {
        if (in.peek() == '(') {
            if (in.peek(1) == '(') {
                WordPart.Arithmetic arithmetic = words.arithmeticOrNull(start, 2, "an unclosed `((`");
                if (arithmetic != null) {
                    List<Redirection> redirections = redirections();
                    return new Command.ArithmeticCommand(arithmetic, redirections, in.span(start, in.pos));
                }
            }
            return subshell(start);
        }
        String reserved = reservedWord();
        if (reserved == null) {
            return null;
        }
        switch (reserved) {
            case "{":
                return braceGroup(start);
            case "if":
                return ifCommand(start);
            case "while", "until":
                return whileCommand(start, reserved);
            case "for":
                return forCommand(start);
            case "case":
                return caseCommand(start);
            case "[[":
                return testCommand(start);
            default:
                return null;
        }
    }

    private ShellSyntaxError noCommand(String after, int afterIndex) {
        return after != null ? in.error(after + " with no command after it", afterIndex) : unexpected();
    }

    /** An error for the token at the cursor, which cannot stand where it is. */
    private ShellSyntaxError unexpected() {
        int at = in.pos;
        int c = in.peek();
        if (c == -1) {
            return in.error("an unexpected end", at);
        }
        if (c == ')') {
            return in.error("a `)` without a matching `(`", at);
        }
        if (c == '(') {
            return in.error("an unexpected `(`", at);
        }
        if (in.startsWith(";;") || in.startsWith(";&")) {
            return in.error("`" + (in.startsWith(";;&") ? ";;&" : in.text.substring(at, at + 2)) + "` outside a `case`", at);
        }
        String reserved = reservedWord();
        if (reserved != null && CLOSERS.containsKey(reserved)) {
            return in.error("`" + reserved + "` without a matching " + CLOSERS.get(reserved), at);
        }
        return in.error(token() + " with no command before it", at);
    }

    /** The token at the cursor as a message shows it: {@code `&&`}, {@code `done`}, {@code the word `x`}. */
    private String token() {
        for (String operator : List.of("&&", "||", ";;&", ";;", ";&", "|&", ";", "&", "|", "(", ")")) {
            if (in.startsWith(operator)) {
                return "`" + operator + "`";
            }
        }
        if (in.atEnd()) {
            return "the end";
        }
        int end = in.pos;
        while (end < in.end && !Chars.endsWord(in.text.charAt(end)) && end - in.pos < 24) {
            end++;
        }
        String reserved = reservedWord();
        String word = in.text.substring(in.pos, Math.max(end, in.pos + 1));
        return reserved != null ? "`" + reserved + "`" : "the word `" + word + "`";
    }

    /** The reserved word at the cursor, if the next word is one (meaningful where a command may start). */
    private String reservedWord() {
        int p = in.pos;
        int limit = Math.min(in.end, p + 9);
        while (p < limit && !Chars.endsWord(in.text.charAt(p)) && !isContinuation(p)) {
            p++;
        }
        if (p == in.pos || (p < in.end && !Chars.endsWord(in.text.charAt(p)) && !isContinuation(p))) {
            return null;
        }
        // Compared in place, without a copy: asked at the start of every command and in every list.
        int length = p - in.pos;
        for (String word : RESERVED) {
            if (word.length() == length && in.text.startsWith(word, in.pos)) {
                return word;
            }
        }
        return null;
    }

    /** A backslash-newline, which the shell removes before it splits words: {@code then\<newline>} is {@code then}. */
    private boolean isContinuation(int p) {
        return in.text.charAt(p) == '\\' && p + 1 < in.end && in.text.charAt(p + 1) == '\n';
    }

    /** Whether the next word is exactly {@code word}, as {@code in} after {@code case x} or {@code for x}. */
    private boolean atWord(String word) {
        return in.startsWith(word) && Chars.endsWord(in.peek(word.length()));
    }

    private boolean startsWord() {
        int c = in.peek();
        return c != -1 && (!Chars.endsWord(c) || ((c == '<' || c == '>') && in.peek(1) == '('));
    }

    /** Whether a redirection starts here: digits then {@code <} or {@code >}, or {@code &>}; not {@code <(}. */
    private boolean startsRedirection() {
        int p = in.pos;
        while (p < in.end && Chars.isDigit(in.text.charAt(p))) {
            p++;
        }
        if (p >= in.end) {
            return false;
        }
        char c = in.text.charAt(p);
        if (c == '<' || c == '>') {
            return !(p == in.pos && p + 1 < in.end && in.text.charAt(p + 1) == '(');
        }
        return p == in.pos && c == '&' && p + 1 < in.end && in.text.charAt(p + 1) == '>';
    }

    private Redirection redirection() {
        int start = in.pos;
        while (Chars.isDigit(in.peek())) {
            in.pos++;
        }
        OptionalInt fd = OptionalInt.empty();
        if (in.pos > start) {
            if (in.pos - start > 9) {
                throw in.error("a file descriptor number that is too large", start);
            }
            fd = OptionalInt.of(Integer.parseInt(in.text.substring(start, in.pos)));
        }
        Redirection.Operator operator = null;
        for (Redirection.Operator candidate : Redirection.Operator.values()) {
            if (in.startsWith(candidate.symbol())) {
                operator = candidate;
                break;
            }
        }
        if (operator == null) {
            throw unexpected();
        }
        in.pos += operator.symbol().length();
        in.skipBlanks();
        // `2>` after `&>` is another redirection (digits before `>` make a descriptor), not a file name
        if (!startsWord() || startsRedirection()) {
            throw in.error(operator.isHeredoc() ? "a heredoc `" + operator.symbol() + "` with no delimiter word"
                    : "a redirection `" + operator.symbol() + "` with no file name", start);
        }
        Word target = words.word(false);
        Optional<HereDocument> hereDocument = Optional.empty();
        if (operator.isHeredoc()) {
            String delimiter = target.literal().orElseThrow(
                    () -> in.error("a heredoc delimiter with an expansion in it", start));
            in.pending.add(new Cursor.PendingHereDocument(start, delimiter, target.hasQuoting(),
                    operator == Redirection.Operator.HEREDOC_STRIP_TABS));
            hereDocument = in.context.hereDocument(in.offset(start));
        }
        return new Redirection(fd, operator, target, hereDocument, in.span(start, in.pos));
    }

    /** The redirections after a compound command. */
    private List<Redirection> redirections() {
        List<Redirection> redirections = new ArrayList<>();
        while (true) {
            int before = in.pos;
            in.skipBlanks();
            if (!startsRedirection()) {
                in.pos = before;
                return redirections;
            }
            redirections.add(redirection());
        }
    }

    // simple_command: (assignment | redirection)* (word | redirection)*
    private Command simpleCommand(int start) {
        List<Assignment> assignments = new ArrayList<>();
        List<Word> commandWords = new ArrayList<>();
        List<Redirection> redirections = new ArrayList<>();
        while (true) {
            int before = in.pos;
            in.skipBlanks();
            if (startsRedirection()) {
                redirections.add(redirection());
                continue;
            }
            if (!startsWord()) {
                in.pos = before;
                break;
            }
            if (commandWords.isEmpty()) {
                Assignment assignment = assignment();
                if (assignment != null) {
                    assignments.add(assignment);
                    continue;
                }
            }
            Word word = words.word(false);
            if (commandWords.isEmpty() && assignments.isEmpty() && redirections.isEmpty() && isFunctionName(word)
                    && functionParentheses()) {
                return functionBody(start, word.literal().orElseThrow());
            }
            if (in.peek() == '(' && word.text().endsWith("=") && CommandWrapper.isAssignment(word.text())) {
                throw in.error("an array value `" + word.text() + "(...)` given to a command", in.pos);
            }
            commandWords.add(word);
        }
        return new SimpleCommand(assignments, commandWords, redirections, in.span(start, in.pos));
    }

    /**
     * The assignment at the cursor ({@code NAME=value}, {@code NAME+=value}, {@code NAME[i]=value},
     * {@code NAME=(a b)}), or null with the cursor unmoved when the next word is not one.
     */
    private Assignment assignment() {
        int start = in.pos;
        int p = start;
        if (p >= in.end || !Chars.isNameStart(in.text.charAt(p))) {
            return null;
        }
        while (p < in.end && Chars.isNameChar(in.text.charAt(p))) {
            p++;
        }
        if (p < in.end && in.text.charAt(p) == '[') {
            int open = p;
            while (p < in.end && in.text.charAt(p) != ']' && !Chars.endsWord(in.text.charAt(p))) {
                p++;
            }
            if (p >= in.end || in.text.charAt(p) != ']') {
                // bash reads `name[` where a command starts as an array subscript and looks past the word for `]`
                throw in.error("an unclosed `[` after the name `" + in.text.substring(start, open) + "`", open);
            }
            p++;
        }
        boolean append = p + 1 < in.end && in.text.charAt(p) == '+' && in.text.charAt(p + 1) == '=';
        if (!append && (p >= in.end || in.text.charAt(p) != '=')) {
            return null;
        }
        String name = in.text.substring(start, p);
        in.pos = p + (append ? 2 : 1);
        if (in.peek() == '(') {
            return arrayAssignment(start, name, append);
        }
        Word value = startsWord() && in.peek() != '<' && in.peek() != '>'
                ? words.word(false)
                : new Word("", List.of(), in.span(in.pos, in.pos));
        return new Assignment(name, append, List.of(value), false, in.span(start, in.pos));
    }

    private Assignment arrayAssignment(int start, String name, boolean append) {
        int open = in.pos;
        in.pos++;
        List<Word> elements = new ArrayList<>();
        while (true) {
            linebreak();
            int c = in.peek();
            if (c == ')') {
                in.pos++;
                break;
            }
            if (c == -1) {
                throw in.error("an unclosed array `(` (no `)`)", open);
            }
            if (!startsWord()) {
                throw in.error(token() + " inside an array value", in.pos);
            }
            elements.add(words.word(false));
        }
        return new Assignment(name, append, elements, true, in.span(start, in.pos));
    }

    private static boolean isFunctionName(Word word) {
        return !word.hasQuoting() && word.literal().map(name -> !name.isEmpty() && name.indexOf('=') < 0).orElse(false);
    }

    /** Consumes {@code ()} (blanks allowed) after a function name, or leaves the cursor and says false. */
    private boolean functionParentheses() {
        int before = in.pos;
        while (Chars.isBlank(in.peek())) {
            in.pos++;
        }
        if (in.peek() == '(') {
            in.pos++;
            while (Chars.isBlank(in.peek())) {
                in.pos++;
            }
            if (in.peek() == ')') {
                in.pos++;
                return true;
            }
        }
        in.pos = before;
        return false;
    }

    private Command functionBody(int start, String name) {
        linebreak();
        int bodyStart = in.pos;
        Command body = compoundCommand(bodyStart);
        if (body == null) {
            throw in.error("the function `" + name + "` has no `{ ... }` body", bodyStart);
        }
        return new Command.FunctionDefinition(name, body, in.span(start, in.pos));
    }

    // bash: 'function' name ['()'] linebreak compound_command
    private Command functionKeyword(int start) {
        in.pos += "function".length();
        in.skipBlanks();
        if (!startsWord()) {
            throw in.error("a `function` with no name", start);
        }
        Word name = words.word(false);
        if (!isFunctionName(name)) {
            throw in.error("a function name that is not fixed text", start);
        }
        functionParentheses();
        return functionBody(start, name.literal().orElseThrow());
    }

    /** Consumes the reserved word {@code word} that closes the construct {@code opener} begun at {@code openIndex}. */
    private void close(String word, int openIndex, String opener) {
        in.skipBlanks();
        if (word.equals(reservedWord())) {
            in.pos += word.length();
            return;
        }
        if (in.atEnd()) {
            throw in.error("an unclosed `" + opener + "` (no `" + word + "`)", openIndex);
        }
        throw in.error(token() + " where `" + word + "` should close the `" + opener + "`", in.pos);
    }

    private void requireCommands(CommandList list, String problem, int index) {
        if (list.isEmpty()) {
            throw in.error(problem, index);
        }
    }

    private Command subshell(int start) {
        in.pos++;
        in.enter(start);
        CommandList body = list();
        in.skipBlanks();
        if (in.peek() != ')') {
            throw in.atEnd() ? in.error("an unclosed `(` (no `)`)", start)
                    : in.error(token() + " where `)` should close the `(`", in.pos);
        }
        in.pos++;
        requireCommands(body, "an empty `( )` subshell", start);
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.Subshell(body, redirections, in.span(start, in.pos));
    }

    private Command braceGroup(int start) {
        in.pos++;
        in.enter(start);
        CommandList body = list();
        close("}", start, "{");
        requireCommands(body, "an empty `{ }` group", start);
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.BraceGroup(body, redirections, in.span(start, in.pos));
    }

    private Command ifCommand(int start) {
        in.pos += 2;
        in.enter(start);
        List<Command.Branch> branches = new ArrayList<>();
        branches.add(branch(start, "if"));
        Optional<CommandList> elseBody = Optional.empty();
        while (true) {
            in.skipBlanks();
            String word = reservedWord();
            int at = in.pos;
            if ("elif".equals(word)) {
                in.pos += 4;
                branches.add(branch(at, "elif"));
            } else {
                if ("else".equals(word)) {
                    in.pos += 4;
                    CommandList body = list();
                    requireCommands(body, "an `else` with no commands", at);
                    elseBody = Optional.of(body);
                }
                break;
            }
        }
        close("fi", start, "if");
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.IfCommand(branches, elseBody, redirections, in.span(start, in.pos));
    }

    /** The condition and body after {@code if} or {@code elif} (at {@code at}). */
    private Command.Branch branch(int at, String keyword) {
        CommandList condition = list();
        requireCommands(condition, "an `" + keyword + "` with no condition", at);
        close("then", at, keyword);
        CommandList body = list();
        requireCommands(body, "a `then` with no commands", at);
        return new Command.Branch(condition, body);
    }

    private Command whileCommand(int start, String keyword) {
        in.pos += keyword.length();
        in.enter(start);
        CommandList condition = list();
        requireCommands(condition, "a `" + keyword + "` loop with no condition", start);
        CommandList body = doGroup(start, keyword);
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.WhileCommand(keyword.equals("until"), condition, body, redirections, in.span(start, in.pos));
    }

    // do_group: 'do' list 'done'
    private CommandList doGroup(int start, String keyword) {
        close("do", start, keyword);
        int at = in.pos;
        CommandList body = list();
        requireCommands(body, "a `do` with no commands", at);
        close("done", start, keyword);
        return body;
    }

    private Command forCommand(int start) {
        in.pos += 3;
        in.enter(start);
        in.skipBlanks();
        if (in.startsWith("((")) {
            int open = in.pos;
            WordPart.Arithmetic header = words.arithmeticOrNull(open, 2, "an unclosed `((`");
            if (header == null) {
                throw in.error("a `for ((` loop whose header is not closed by `))`", open);
            }
            in.skipBlanks();
            if (in.peek() == ';') {
                in.pos++;
            }
            linebreak();
            CommandList body = doGroup(start, "for");
            in.leave();
            List<Redirection> redirections = redirections();
            return new Command.ArithmeticForCommand(header, body, redirections, in.span(start, in.pos));
        }
        if (!startsWord()) {
            throw in.error("a `for` loop with no variable", start);
        }
        Word variable = words.word(false);
        String name = variable.literal().filter(v -> Chars.isName(v, 0, v.length()))
                .orElseThrow(() -> in.error("a `for` loop variable that is not a name", start));
        Optional<List<Word>> items = Optional.empty();
        in.skipBlanks();
        if (in.peek() == ';' && in.peek(1) != ';') {
            in.pos++;
        } else {
            linebreak();
            if (atWord("in")) {
                in.pos += 2;
                items = Optional.of(forItems(start));
            }
        }
        linebreak();
        CommandList body = doGroup(start, "for");
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.ForCommand(name, items, body, redirections, in.span(start, in.pos));
    }

    /** The words after {@code for x in}, and the {@code ;} or newline that ends them. */
    private List<Word> forItems(int start) {
        List<Word> items = new ArrayList<>();
        while (true) {
            in.skipBlanks();
            if (!startsWord()) {
                break;
            }
            items.add(words.word(false));
        }
        int c = in.peek();
        if (c == ';' && in.peek(1) != ';') {
            in.pos++;
        } else if (c == '\n') {
            newline();
        } else if (c == -1) {
            throw in.error("an unclosed `for` (no `do`)", start);
        } else {
            throw in.error(token() + " in the word list of a `for` loop", in.pos);
        }
        return items;
    }

    private Command caseCommand(int start) {
        in.pos += 4;
        in.enter(start);
        in.skipBlanks();
        if (!startsWord()) {
            throw in.error("a `case` with no word to match", start);
        }
        Word subject = words.word(false);
        linebreak();
        if (!atWord("in")) {
            throw in.atEnd() ? in.error("an unclosed `case` (no `esac`)", start) : in.error("a `case` without `in`", start);
        }
        in.pos += 2;
        List<Command.CaseItem> items = new ArrayList<>();
        while (true) {
            linebreak();
            if ("esac".equals(reservedWord())) {
                in.pos += 4;
                break;
            }
            if (in.atEnd()) {
                throw in.error("an unclosed `case` (no `esac`)", start);
            }
            Command.CaseItem item = caseItem(start);
            items.add(item);
            if (item.terminator() == Command.CaseTerminator.NONE) {
                linebreak();
                if (!"esac".equals(reservedWord())) {
                    throw in.atEnd() ? in.error("an unclosed `case` (no `esac`)", start)
                            : in.error(token() + " where `;;` or `esac` should end a `case` item", in.pos);
                }
            }
        }
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.CaseCommand(subject, items, redirections, in.span(start, in.pos));
    }

    // case_item: '('? pattern ('|' pattern)* ')' list (';;' | ';&' | ';;&')?
    private Command.CaseItem caseItem(int caseStart) {
        int start = in.pos;
        if (in.peek() == '(') {
            in.pos++;
        }
        List<Word> patterns = new ArrayList<>();
        while (true) {
            in.skipBlanks();
            if (!startsWord()) {
                throw in.atEnd() ? in.error("an unclosed `case` (no `esac`)", caseStart)
                        : in.error(token() + " where a `case` pattern should be", in.pos);
            }
            patterns.add(words.word(false));
            in.skipBlanks();
            if (in.peek() == '|' && in.peek(1) != '|') {
                in.pos++;
                continue;
            }
            break;
        }
        if (in.peek() != ')') {
            throw in.atEnd() ? in.error("an unclosed `case` (no `esac`)", caseStart)
                    : in.error("a `case` pattern not closed by `)`", in.pos);
        }
        in.pos++;
        int afterPattern = in.pos;
        CommandList body = list();
        in.skipBlanks();
        Command.CaseTerminator terminator = Command.CaseTerminator.NONE;
        for (Command.CaseTerminator candidate : List.of(Command.CaseTerminator.CONTINUE, Command.CaseTerminator.BREAK,
                Command.CaseTerminator.FALL_THROUGH)) {
            if (in.startsWith(candidate.symbol())) {
                terminator = candidate;
                in.pos += candidate.symbol().length();
                break;
            }
        }
        Span span = terminator != Command.CaseTerminator.NONE ? in.span(start, in.pos)
                : new Span(in.offset(start), body.isEmpty() ? in.offset(afterPattern) : body.span().end());
        return new Command.CaseItem(patterns, body, terminator, span);
    }

    // bash: '[[' word+ ']]', where && || ! ( ) < > are the test's own operators
    private Command testCommand(int start) {
        in.pos += 2;
        in.enter(start);
        List<Word> testWords = new ArrayList<>();
        while (true) {
            linebreak();
            if (in.startsWith("]]") && Chars.endsWord(in.peek(2))) {
                in.pos += 2;
                break;
            }
            if (in.atEnd()) {
                throw in.error("an unclosed `[[` (no `]]`)", start);
            }
            if (in.peek() == ';') {
                throw in.error("a `;` inside `[[ ]]`", in.pos);
            }
            testWords.add(words.word(true));
        }
        if (testWords.isEmpty()) {
            throw in.error("an empty `[[ ]]` test", start);
        }
        in.leave();
        List<Redirection> redirections = redirections();
        return new Command.TestCommand(testWords, redirections, in.span(start, in.pos));
    }
}
