package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The structure {@link ShellParser} finds, construct by construct, with the tricky inputs of real RUN lines. */
class ShellParserTest {

    static Script understood(String script) {
        ShellAnalysis analysis = ShellParser.parse(script);
        if (analysis instanceof ShellAnalysis.Unknown unknown) {
            throw new AssertionError("not understood: " + unknown.reason() + " in: " + script);
        }
        return ((ShellAnalysis.Understood) analysis).script();
    }

    static String outline(String script) {
        return ShellOutline.of(understood(script));
    }

    /** The one simple command of a one-command script. */
    static SimpleCommand only(String script) {
        Script parsed = understood(script);
        assertEquals(1, parsed.items().size(), "items");
        Command command = parsed.items().get(0).andOr().pipelines().get(0).commands().get(0);
        return assertInstanceOf(SimpleCommand.class, command);
    }

    static List<Optional<String>> literals(List<Word> words) {
        return words.stream().map(Word::literal).toList();
    }

    @Test
    void readsWordsAndTheirOffsets() {
        String script = "apt-get install  -y curl";
        SimpleCommand command = only(script);
        assertEquals(List.of("apt-get", "install", "-y", "curl"), command.words().stream().map(Word::text).toList());
        assertEquals(new Span(0, 7), command.words().get(0).span());
        assertEquals(new Span(17, 19), command.words().get(2).span());
        assertEquals(new Span(0, script.length()), command.span());
        assertEquals("apt-get", command.name().orElseThrow().text());
        assertEquals(3, command.arguments().size());
    }

    @Test
    void operatorsInsideQuotesArePartOfTheWord() {
        SimpleCommand command = only("echo \"a && b\"");
        assertEquals(List.of(Optional.of("echo"), Optional.of("a && b")), literals(command.words()));
        assertInstanceOf(WordPart.DoubleQuoted.class, command.words().get(1).parts().get(0));
    }

    @Test
    void anEscapedSemicolonIsPartOfTheWord() {
        SimpleCommand command = only("echo a\\;b");
        assertEquals(Optional.of("a;b"), command.words().get(1).literal());
        assertEquals("a\\;b", command.words().get(1).text());
    }

    @Test
    void aParenthesisInQuotesInsideASubstitutionDoesNotCloseIt() {
        Script script = understood("echo $(echo \")\")");
        SimpleCommand echo = assertInstanceOf(SimpleCommand.class, script.commands().get(0));
        WordPart.CommandSubstitution substitution = assertInstanceOf(WordPart.CommandSubstitution.class,
                echo.words().get(1).parts().get(0));
        assertEquals("[echo )]", ShellOutline.list(substitution.body()));
        assertEquals(new Span(5, 16), substitution.span());
        assertEquals(2, script.simpleCommands().size());
        assertEquals(Optional.empty(), echo.words().get(1).literal());
    }

    @Test
    void aCommentRunsToTheEndOfTheLine() {
        Script script = understood("a # comment && b");
        assertEquals("[a]", ShellOutline.of(script));
        assertEquals(Optional.of(new Span(2, 16)), script.trailingComment());
    }

    @Test
    void aHashStartsACommentOnlyAtTheStartOfAWord() {
        Script comment = understood("echo #notacomment");
        assertEquals("[echo]", ShellOutline.of(comment));
        assertEquals(List.of(new Span(5, 17)), comment.comments());
        Script word = understood("echo a#b");
        assertEquals("[echo a#b]", ShellOutline.of(word));
        assertTrue(word.comments().isEmpty());
        assertEquals(Optional.empty(), word.trailingComment());
        assertEquals("[a]; [b]", outline("a;#c\nb"));
    }

    @Test
    void caseItems() {
        assertEquals("case x in a) [b] ;; esac", outline("case x in a) b;; esac"));
        assertEquals("case {$(uname -m)} in x86_64|amd64) [A=x64] ;; arm64) [A=arm64]; [c] ;& {*}) [exit 1] ⏎ esac",
                outline("case $(uname -m) in\n  (x86_64|amd64) A=x64 ;;\n  arm64) A=arm64; c ;&\n  *) exit 1\nesac"));
        Command.CaseCommand empty = assertInstanceOf(Command.CaseCommand.class,
                understood("case \"$1\" in esac").items().get(0).andOr().pipelines().get(0).commands().get(0));
        assertTrue(empty.items().isEmpty());
    }

    @Test
    void caseItemTerminators() {
        Script script = understood("case x in a) ;; b) x;& c) y;;& d) z\nesac");
        Command.CaseCommand command = (Command.CaseCommand) script.commands().get(0);
        assertEquals(List.of(Command.CaseTerminator.BREAK, Command.CaseTerminator.FALL_THROUGH,
                Command.CaseTerminator.CONTINUE, Command.CaseTerminator.NONE),
                command.items().stream().map(Command.CaseItem::terminator).toList());
        assertEquals("a) ;;", script.text(command.items().get(0).span()));
        assertEquals("d) z", script.text(command.items().get(3).span()));
    }

    @Test
    void forLoops() {
        Script script = understood("for i in 1 2; do echo $i; done");
        assertEquals("for i in 1 2 do [echo {$i}]; done", ShellOutline.of(script));
        Command.ForCommand loop = (Command.ForCommand) script.commands().get(0);
        assertEquals("i", loop.variable());
        assertEquals(new Span(0, 30), loop.span());
        assertEquals("for x do [y] done", outline("for x\ndo y\ndone").replace(" ⏎", ""));
        assertEquals("for x do [y]; done", outline("for x; do y; done"));
        assertEquals("for x in  do [y]; done", outline("for x in; do y; done"));
        assertEquals("for ((i = 0; i < 3; i++)) do [echo {$i}]; done", outline("for ((i = 0; i < 3; i++)); do echo $i; done"));
    }

    @Test
    void whileAndUntilLoops() {
        assertEquals("while [read -r line]; do [echo {$line}]; done <list", outline("while read -r line; do echo $line; done < list"));
        assertEquals("until [curl -fs localhost]; do [sleep 1]; done", outline("until curl -fs localhost; do sleep 1; done"));
    }

    @Test
    void anIfFollowedByAnd() {
        Script script = understood("if a; then b; fi && c");
        assertEquals("if [a]; then [b]; fi && [c]", ShellOutline.of(script));
        AndOrList andOr = script.items().get(0).andOr();
        assertEquals(List.of(AndOrList.Operator.AND), andOr.operators());
        assertEquals(new Span(0, 16), andOr.pipelines().get(0).span());
    }

    @Test
    void ifWithElifAndElse() {
        assertEquals("if [a] then [b] elif [c] then [d] else [e] fi",
                outline("if a\nthen b\nelif c\nthen d\nelse e\nfi").replace(" ⏎", ""));
    }

    @Test
    void anAssignmentAlone() {
        SimpleCommand command = only("x=1");
        assertEquals(1, command.assignments().size());
        assertEquals("x", command.assignments().get(0).name());
        assertEquals(Optional.of("1"), command.assignments().get(0).value().literal());
        assertTrue(command.words().isEmpty());
        assertEquals(Optional.empty(), command.effectiveCommand());
    }

    @Test
    void assignmentsBeforeACommand() {
        SimpleCommand command = only("FOO=bar BAZ= QUX+=\"a b\" make -j4");
        assertEquals(List.of("FOO", "BAZ", "QUX"), command.assignments().stream().map(Assignment::name).toList());
        assertEquals(Optional.of(""), command.assignments().get(1).value().literal());
        assertTrue(command.assignments().get(2).append());
        assertEquals(Optional.of("a b"), command.assignments().get(2).value().literal());
        assertEquals("make", command.name().orElseThrow().text());
        assertEquals("[FOO=bar BAZ='' QUX+='a b' make -j4]", outline("FOO=bar BAZ= QUX+=\"a b\" make -j4"));
        assertEquals("[make A=1]", outline("make A=1"));
        assertEquals("[a[1]=x]", outline("a[1]=x"));
    }

    @Test
    void arrayAssignments() {
        SimpleCommand command = only("pkgs=(curl 'git lfs'\n  jq)");
        Assignment array = command.assignments().get(0);
        assertTrue(array.array());
        assertEquals(List.of(Optional.of("curl"), Optional.of("git lfs"), Optional.of("jq")), literals(array.values()));
    }

    @Test
    void sudoWithOptionsIsUnwrapped() {
        EffectiveCommand command = only("sudo -u app -E cmd arg").effectiveCommand().orElseThrow();
        assertEquals(Optional.of("cmd"), command.literalName());
        assertEquals(List.of(Optional.of("arg")), command.literalArguments());
        assertEquals(List.of("sudo"), command.wrappers());
    }

    @Test
    void envWithOptionsAndAssignmentsIsUnwrapped() {
        EffectiveCommand command = only("env -i A=1 cmd").effectiveCommand().orElseThrow();
        assertEquals(Optional.of("cmd"), command.literalName());
        assertEquals(List.of("env"), command.wrappers());
    }

    @Test
    void aHeredocBody() {
        String text = "cat <<EOF > f\nline $X\nEOF\necho done\n";
        Script script = understood(text);
        assertEquals("[cat <<EOF >f] ⏎ [echo done] ⏎", ShellOutline.of(script));
        Redirection heredoc = script.simpleCommands().get(0).redirections().get(0);
        assertEquals(Redirection.Operator.HEREDOC, heredoc.operator());
        HereDocument body = heredoc.hereDocument().orElseThrow();
        assertEquals("EOF", body.delimiter());
        assertFalse(body.quoted());
        assertEquals("line $X\n", script.text(body.body()));
        assertInstanceOf(WordPart.Parameter.class, body.parts().get(1));
    }

    @Test
    void quotedAndTabStrippedHeredocs() {
        String text = "cat <<'EOF' >a; cat <<-END >b\n$NOT expanded\nEOF\n\t\tindented\n\tEND\n";
        Script script = understood(text);
        HereDocument first = script.simpleCommands().get(0).redirections().get(0).hereDocument().orElseThrow();
        assertTrue(first.quoted());
        assertEquals(List.of(new WordPart.Literal("$NOT expanded\n", first.body())), first.parts());
        HereDocument second = script.simpleCommands().get(1).redirections().get(0).hereDocument().orElseThrow();
        assertTrue(second.stripTabs());
        assertEquals("\t\tindented\n", script.text(second.body()));
    }

    @Test
    void commandsInAHeredocBodyAreFound() {
        Script script = understood("cat <<EOF\n$(apt-get install -y x)\nEOF");
        assertEquals(List.of("cat", "apt-get"), names(script));
    }

    @Test
    void aBackgroundCommand() {
        Script script = understood("cmd &");
        assertEquals(ListItem.Separator.AMPERSAND, script.items().get(0).separator());
        assertEquals(new Span(4, 5), script.items().get(0).separatorSpan());
        assertTrue(script.endsInBackground());
        assertFalse(understood("a & b").endsInBackground());
        assertEquals("[a]& [b]", outline("a & b"));
    }

    @Test
    void everyCommandListOuterFirst() {
        Script script = understood("a; ( b & ) && x=$(c; d)");
        assertEquals(List.of("a; ( b & ) && x=$(c; d)", "b", "c; d"),
                script.commandLists().stream().map(list -> script.text(list.span()).strip()).toList());
        assertTrue(script.commandLists().stream().flatMap(list -> list.items().stream())
                .anyMatch(item -> item.separator() == ListItem.Separator.AMPERSAND));
    }

    @Test
    void orLists() {
        Script script = understood("a || b");
        assertEquals(List.of(AndOrList.Operator.OR), script.items().get(0).andOr().operators());
        assertEquals("[a] || [b] && [c]", outline("a ||\n  b && c"));
    }

    @Test
    void setWithOptions() {
        SimpleCommand command = only("set -ex");
        assertEquals(List.of(Optional.of("set"), Optional.of("-ex")), literals(command.words()));
    }

    @Test
    void aBackslashNewlineInsideAWordJoinsIt() {
        SimpleCommand command = only("echo ab\\\ncd \\\n  ef");
        assertEquals(List.of(Optional.of("echo"), Optional.of("abcd"), Optional.of("ef")), literals(command.words()));
    }

    @Test
    void ansiCQuotes() {
        assertEquals(Optional.of("a'b"), only("echo $'a\\'b'").words().get(1).literal());
        assertEquals(Optional.of("\t\n\u0001A\u00e9"), only("echo $'\\t\\n\\x01\\101\\u00e9'").words().get(1).literal());
    }

    @Test
    void pipelines() {
        Script script = understood("curl -fsSL $URL | tar -xz -C /opt |& tee log");
        Pipeline pipeline = script.items().get(0).andOr().pipelines().get(0);
        assertEquals(3, pipeline.commands().size());
        assertEquals(List.of(Pipeline.Pipe.OUTPUT, Pipeline.Pipe.OUTPUT_AND_ERROR), pipeline.pipes());
        assertEquals("! [grep -q x f] | [y]", outline("! grep -q x f | y"));
        assertEquals("[a] | [b]", outline("a |\n b"));
    }

    @Test
    void subshellsAndGroups() {
        assertEquals("( [cd /src] && [make] ) && [ls]", outline("(cd /src && make) && ls"));
        assertEquals("{ [a]; [b]; } >log 2>&1", outline("{ a; b; } > log 2>&1"));
        Script nested = understood("{ ( a ) }");
        assertEquals("{ ( [a] ) }", ShellOutline.of(nested));
    }

    @Test
    void functionDefinitions() {
        assertEquals("greet() { [echo hi]; }", outline("greet() { echo hi; }"));
        assertEquals("greet() { [echo hi]; } >log", outline("function greet { echo hi; } > log"));
        assertEquals("f() ( [a] ) ⏎ [f]", outline("f ()\n( a )\nf"));
        Command.FunctionDefinition function = (Command.FunctionDefinition) understood("f() { a; }").commands().get(0);
        assertEquals("f", function.name());
        assertEquals(new Span(0, 10), function.span());
    }

    @Test
    void testAndArithmeticCommands() {
        assertEquals("[[ -f {\"$f\"} && {$x} == {y*} ]] && [echo]", outline("[[ -f \"$f\" && $x == y* ]] && echo"));
        assertEquals("[[ {$v} =~ ^(a|b)$ ]]", outline("[[ $v =~ ^(a|b)$ ]]"));
        assertEquals("((i++)) && [b]", outline("((i++)) && b"));
        assertEquals("( ( [a] ) )", outline("((a) )"));
    }

    @Test
    void redirections() {
        SimpleCommand command = only("2>/dev/null cmd > out 2>&1 &> all >> log < in 3<&0 >| f <<< \"text\" <> rw");
        assertEquals(List.of("2>/dev/null", ">out", "2>&1", "&>all", ">>log", "<in", "3<&0", ">|f", "<<<text", "<>rw"),
                command.redirections().stream().map(ShellOutline::redirection).toList());
        assertEquals(List.of(Optional.of("cmd")), literals(command.words()));
    }

    @Test
    void parameterExpansions() {
        String text = "echo ${x:-$(date)} ${#arr[@]} $@ $1 ${!ref} \"${v//\\//-}\" $";
        SimpleCommand command = only(text);
        List<WordPart> parts = command.words().stream().skip(1).map(w -> w.parts().get(0)).toList();
        WordPart.Parameter defaulted = assertInstanceOf(WordPart.Parameter.class, parts.get(0));
        assertEquals("x", defaulted.name());
        assertEquals("x:-$(date)", defaulted.expression());
        assertInstanceOf(WordPart.CommandSubstitution.class, defaulted.operand().get(1));
        assertEquals("arr", ((WordPart.Parameter) parts.get(1)).name());
        assertEquals("@", ((WordPart.Parameter) parts.get(2)).name());
        assertEquals("1", ((WordPart.Parameter) parts.get(3)).name());
        assertEquals("ref", ((WordPart.Parameter) parts.get(4)).name());
        assertInstanceOf(WordPart.DoubleQuoted.class, parts.get(5));
        assertEquals(new WordPart.Literal("$", new Span(text.length() - 1, text.length())), parts.get(6));
        assertEquals(List.of("echo", "date"), names(understood("echo ${x:-$(date)}")));
    }

    @Test
    void arithmeticAndSubstitutionsThatStartAlike() {
        WordPart arithmetic = only("echo $((1 + (2 * 3)))").words().get(1).parts().get(0);
        assertEquals("1 + (2 * 3)", assertInstanceOf(WordPart.Arithmetic.class, arithmetic).expression());
        WordPart substitution = only("echo $( (a) | b)").words().get(1).parts().get(0);
        assertEquals("( [a] ) | [b]", ShellOutline.list(assertInstanceOf(WordPart.CommandSubstitution.class, substitution).body()));
    }

    @Test
    void backquotesWithNestedEscapedBackquotes() {
        Script script = understood("echo `echo \\`date\\` \\$HOME`");
        assertEquals(List.of("echo", "echo", "date"), names(script));
        SimpleCommand inner = script.simpleCommands().get(1);
        assertEquals("`date`", inner.words().get(1).text());
        // offsets inside backquotes point into the script, escapes included
        assertEquals("\\`date\\`", script.text(inner.words().get(1).span()));
        assertEquals("\\$HOME", script.text(inner.words().get(2).span()));
    }

    @Test
    void processSubstitution() {
        Script script = understood("diff <(sort a) <(sort b) > d");
        assertEquals(List.of("diff", "sort", "sort"), names(script));
        assertInstanceOf(WordPart.ProcessSubstitution.class, script.simpleCommands().get(0).words().get(1).parts().get(0));
    }

    @Test
    void globsBracesAndTildesAreNotFixedText() {
        SimpleCommand command = only("rm -rf /var/lib/apt/lists/* ~/x a?b [ab] {a,b} {1..3} {} \\* '*' [ x ] a~b x=~");
        assertEquals(List.of(Optional.of("rm"), Optional.of("-rf"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("{}"), Optional.of("*"), Optional.of("*"),
                Optional.of("["), Optional.of("x"), Optional.of("]"), Optional.of("a~b"), Optional.empty()),
                literals(command.words()));
    }

    @Test
    void aMultiLineScript() {
        String text = "set -e\n# install\napt-get update\n\napt-get install -y \\\n  curl\n";
        Script script = understood(text);
        assertEquals("[set -e] ⏎ [apt-get update] ⏎ [apt-get install -y curl] ⏎", ShellOutline.of(script));
        assertEquals(List.of(new Span(7, 16)), script.comments());
        assertEquals("apt-get install -y \\\n  curl", script.text(script.items().get(2).span()));
    }

    @Test
    void spansSliceTheOriginalText() {
        String text = "  cd /app &&  { npm ci ; } ; X=1 make >log || (echo failed; exit 1)  # done";
        Script script = understood(text);
        assertEquals(List.of("cd /app &&  { npm ci ; }", "X=1 make >log || (echo failed; exit 1)"),
                script.items().stream().map(item -> script.text(item.span())).toList());
        assertEquals(List.of("cd /app", "{ npm ci ; }", "npm ci", "X=1 make >log", "(echo failed; exit 1)", "echo failed", "exit 1"),
                script.commands().stream().map(command -> script.text(command.span())).toList());
        assertEquals("# done", script.text(script.trailingComment().orElseThrow()));
        assertEquals(new Span(2, text.length() - 8), script.body().span());
    }

    @Test
    void commandsAreWalkedEverywhere() {
        Script script = understood("f() { a; }; if b; then c; fi; while d; do e; done; for x in $(g); do h; done; "
                + "case $(i) in j) k;; esac; (l) | m; echo \"$(n)\" ${o:-`p`} $((q + $(r))); [[ $(s) ]] > $(t)");
        assertEquals(List.of("a", "b", "c", "d", "e", "g", "h", "i", "k", "l", "m", "echo", "n", "p", "r", "s", "t"),
                names(script));
    }

    @Test
    void aReservedWordFollowedByALineContinuationIsStillReserved() {
        assertEquals("if [a]; then [b] fi", outline("if a; then\\\nb\nfi").replace(" ⏎", ""));
    }

    @Test
    void anEmptyScriptHasNoItems() {
        assertTrue(understood("").items().isEmpty());
        assertTrue(understood("  # just a comment").items().isEmpty());
        assertTrue(understood("\n\n").items().isEmpty());
    }

    @Test
    void reservedWordsAreOnlyReservedWhereACommandStarts() {
        assertEquals("[echo if then fi done { } esac]", outline("echo if then fi done { } esac"));
        assertEquals("[echo a] && [done]", outline("echo a && \\done"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            echo "oops                      => an unclosed double quote at column 6
            echo 'it''s                     => an unclosed single quote at column 10
            echo $(date                     => an unclosed `$(` (no `)`) at column 6
            echo `date                      => an unclosed backquote at column 6
            echo ${x                        => an unclosed `${` at column 6
            echo ${}                        => a `${...}` expansion with no variable name (a bad substitution) at column 6
            echo $'a                        => an unclosed `$'` quote at column 6
            a &&                            => `&&` with no command after it at column 3
            a ||                            => `||` with no command after it at column 3
            a |                             => `|` with no command after it at column 3
            && a                            => `&&` with no command before it at column 1
            ; a                             => `;` with no command before it at column 1
            a && ; b                        => `&&` with no command after it at column 3
            a ;; b                          => `;;` outside a `case` at column 3
            fi                              => `fi` without a matching `if` at column 1
            a ) b                           => a `)` without a matching `(` at column 3
            echo a(b)                       => an unexpected `(` at column 7
            if a; then b                    => an unclosed `if` (no `fi`) at column 1
            if a; then b; done              => `done` where `fi` should close the `if` at column 15
            while a; do b                   => an unclosed `while` (no `done`) at column 1
            for x in a b                    => an unclosed `for` (no `do`) at column 1
            case x in a) b                  => an unclosed `case` (no `esac`) at column 1
            { a                             => an unclosed `{` (no `}`) at column 1
            { a }                           => an unclosed `{` (no `}`) at column 1
            ( a                             => an unclosed `(` (no `)`) at column 1
            [[ -f a                         => an unclosed `[[` (no `]]`) at column 1
            if then a; fi                   => an `if` with no condition at column 1
            f() echo                        => the function `f` has no `{ ... }` body at column 5
            echo > ;                        => a redirection `>` with no file name at column 6
            cat <<                          => a heredoc `<<` with no delimiter word at column 5
            eval $(ssh-agent)               => it runs `eval`, whose commands are only known when the build runs at column 1
            a && sudo eval x                => it runs `eval`, whose commands are only known when the build runs at column 6
            ls @(a|b)                       => an extended glob like `@(...)`, which needs bash's extglob option at column 4
            in                              => `in` without a matching `for` or `case` at column 1
            ]] x                            => `]]` without a matching `[[` at column 1
            a[1 = x                         => an unclosed `[` after the name `a` at column 2
            echo &>2>&1                     => a redirection `&>` with no file name at column 6
            echo $[1 + 2]                   => bash's obsolete `$[...]` arithmetic at column 6
            a | ! b                         => a `!` after `|`, where only a command may stand at column 5
            select x in a; do b; done       => a `select` menu, which waits for a user's choice at column 1
            declare -a x=(1 2)              => an array value `x=(...)` given to a command at column 14
            """)
    void unknownScriptsSayWhyAndWhere(String script, String reason) {
        ShellAnalysis.Unknown unknown = assertInstanceOf(ShellAnalysis.Unknown.class, ShellParser.parse(script));
        assertEquals(reason, unknown.reason());
    }

    @Test
    void unknownHeredocsSayWhyAndWhere() {
        assertEquals("the heredoc `EOF` is never closed (no line is just `EOF`) at line 1, column 5",
                unknown("cat <<EOF\nbody\nEOF \n").reason());
        assertEquals("the heredoc `EOF` has no body (no line follows its command) at column 5", unknown("cat <<EOF").reason());
        assertEquals("a heredoc delimiter with an expansion in it at line 1, column 5", unknown("cat <<$X\nx\n$X\n").reason());
    }

    @Test
    void positionsOnLaterLinesSayTheLine() {
        ShellAnalysis.Unknown unknown = unknown("apt-get update\n  echo \"oops\n");
        assertEquals("line 2, column 8", unknown.position());
        assertEquals(22, unknown.offset());
        assertEquals("an unclosed double quote", unknown.problem());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        assertEquals("it nests more than 100 levels deep", unknown("( ".repeat(5000) + "a" + ")".repeat(5000)).problem());
        assertEquals("it nests more than 100 levels deep", unknown("echo " + "$(".repeat(5000) + "a" + ")".repeat(5000)).problem());
        assertEquals("it nests more than 100 levels deep", unknown("echo \"" + "$(echo \"".repeat(3000)).problem());
        assertTrue(ShellParser.parse("(".repeat(50) + "a" + ")".repeat(50)) instanceof ShellAnalysis.Understood);
    }

    static ShellAnalysis.Unknown unknown(String script) {
        return assertInstanceOf(ShellAnalysis.Unknown.class, ShellParser.parse(script));
    }

    static List<String> names(Script script) {
        return script.simpleCommands().stream().map(c -> c.name().map(Word::text).orElse("")).toList();
    }
}
