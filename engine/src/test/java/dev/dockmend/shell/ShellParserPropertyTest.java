package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser never throws, whatever the input, and what it reports stays inside the script: an Unknown's
 * offset, and every span of an understood script's commands, words, parts and comments. Inputs are random
 * strings and random mixes of the tokens that make shell hard (quotes, substitutions, heredocs, reserved
 * words, operators, escapes, newlines).
 */
class ShellParserPropertyTest {

    private static final List<String> TOKENS = List.of(
            "echo", "a", "x=1", " ", " ", " ", "\t", "\n", "\n", "\\\n", "\\", "'", "\"", "`", "$", "$(", "$((", "${", "}",
            "(", ")", "((", "))", "{", "{ ", "}", ";", ";;", ";&", "&", "&&", "|", "||", "|&", "!", "#", "# c", "<", ">",
            ">>", "2>&1", "&>", "<<<", "<<EOF", "<<-EOF", "<<'EOF'", "EOF", "\tEOF", "if", "then", "elif", "else", "fi",
            "for", "in", "do", "done", "while", "until", "case", "esac", ")", "function", "f()", "[[", "]]", "[", "]", "*",
            "?", "~", "$'", "\\'", "=", "=(", "a[", "@(", "eval", "sudo", "-u", "env", "$x", "$1", "${x:-y}", ",", "..",
            "é", "\r", "<(", ">(", "select", "coproc", "time", "'a b'", "\"$(echo \")\")\"");

    @Provide
    Arbitrary<String> shellLike() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void tokenMixesNeverBreakTheParser(@ForAll("shellLike") String script) {
        check(script);
    }

    @Property(tries = 2000)
    void arbitraryStringsNeverBreakTheParser(@ForAll String script) {
        check(script);
    }

    @Property(tries = 2000)
    void validScriptsAreUnderstood(@ForAll("valid") String script) {
        ShellAnalysis analysis = ShellParser.parse(script);
        assertTrue(analysis instanceof ShellAnalysis.Understood, () -> analysis + " for:\n" + script);
        check(script);
    }

    private static final List<String> SIMPLE = List.of("echo a", "x=1", "FOO=bar make -j4", "sudo -u app cmd \"$HOME\"",
            "apt-get install -y curl > /dev/null 2>&1", "cd /src", "rm -rf /var/lib/apt/lists/*", "echo 'a && b' \\; c",
            "echo $(date) `uname` ${x:-$(y)} $((1 + 2))", "[ -f x ]", "arr=(a b)", "cat <<< \"$x\"",
            "echo a#b", "true");
    private static final List<String> SEPARATORS = List.of(" && ", " || ", "; ", " | ", "\n", " & ", " &&\n  ", " |\n");

    @Provide
    Arbitrary<String> valid() {
        return list(3);
    }

    private static Arbitrary<String> list(int depth) {
        Arbitrary<String> command = depth == 0 ? Arbitraries.of(SIMPLE)
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(SIMPLE)), net.jqwik.api.Tuple.of(1, compound(depth - 1)));
        return command.list().ofMinSize(1).ofMaxSize(4).flatMap(commands -> Arbitraries.of(SEPARATORS)
                .list().ofSize(commands.size() - 1).map(separators -> {
                    StringBuilder out = new StringBuilder(commands.get(0));
                    for (int i = 1; i < commands.size(); i++) {
                        out.append(separators.get(i - 1)).append(commands.get(i));
                    }
                    return out.toString();
                }));
    }

    private static Arbitrary<String> compound(int depth) {
        Arbitrary<String> inner = list(depth);
        return Arbitraries.oneOf(
                inner.map(s -> "{ " + s + "\n}"),
                inner.map(s -> "( " + s + "\n)"),
                inner.map(s -> "if " + s + "\nthen " + s + "\nelse :\nfi"),
                inner.map(s -> "for i in a \"b c\"; do " + s + "\ndone"),
                inner.map(s -> "while " + s + "\ndo " + s + "\ndone > log"),
                inner.map(s -> "case $x in a|b) " + s + "\n;; *) ;; esac"),
                inner.map(s -> "f() { " + s + "\n}"),
                inner.map(s -> "echo \"$(" + s + "\n)\""),
                inner.map(s -> "[[ -n \"$(" + s + "\n)\" ]]"),
                inner.map(s -> "{ cat <<E" + depth + " | wc -l\n$(" + s + "\n)\nE" + depth + "\n}"));
    }

    @Property(tries = 500)
    void parsingIsDeterministic(@ForAll("shellLike") String script) {
        assertEquals(ShellParser.parse(script), ShellParser.parse(script));
    }

    static void check(String script) {
        ShellAnalysis analysis = ShellParser.parse(script);
        if (analysis instanceof ShellAnalysis.Unknown unknown) {
            assertTrue(unknown.offset() >= 0 && unknown.offset() <= script.length(), unknown::toString);
            assertTrue(!unknown.problem().isBlank() && !unknown.reason().isBlank());
            return;
        }
        Script parsed = ((ShellAnalysis.Understood) analysis).script();
        Span all = new Span(0, script.length());
        parsed.comments().forEach(comment -> inside(all, comment));
        for (ListItem item : parsed.items()) {
            inside(all, item.span());
            inside(all, item.separatorSpan());
        }
        for (Command command : parsed.commands()) {
            inside(all, command.span());
            ShellOutline.command(command);
            if (command instanceof SimpleCommand simple) {
                simple.effectiveCommand();
                simple.words().forEach(word -> word(all, word));
                simple.assignments().forEach(assignment -> assignment.values().forEach(word -> word(all, word)));
            }
            for (Redirection redirection : command.redirections()) {
                inside(all, redirection.span());
                word(all, redirection.target());
                redirection.hereDocument().ifPresent(body -> inside(all, body.body()));
            }
        }
        ShellState.changes(parsed);
    }

    private static void word(Span all, Word word) {
        inside(all, word.span());
        word.literal();
        word.parts().forEach(part -> inside(all, part.span()));
    }

    private static void inside(Span all, Span span) {
        assertTrue(span.start() >= all.start() && span.end() <= all.end() && span.start() <= span.end(), span::toString);
    }
}
