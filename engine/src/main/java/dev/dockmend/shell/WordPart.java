package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of a {@link Word}: fixed text (plain, escaped or quoted) or something the shell computes when
 * the script runs (an expansion, a glob). A part knows its value only when it is fixed text.
 */
public sealed interface WordPart {

    Span span();

    /** The part's value with quotes and escapes removed, or empty when the shell computes it at run time. */
    default Optional<String> literal() {
        return Optional.empty();
    }

    /** Text the script fixes: its {@code value} is known before it runs, with quotes and escapes removed. */
    sealed interface FixedText extends WordPart {
        String value();

        @Override
        default Optional<String> literal() {
            return Optional.of(value());
        }
    }

    /** Unquoted characters that stand for themselves: {@code apt-get}. */
    record Literal(String value, Span span) implements FixedText {
    }

    /**
     * A backslash escape: {@code \;} is {@code ;}. A backslash before a newline continues the line and
     * stands for nothing, so its value is empty.
     */
    record Escaped(String value, Span span) implements FixedText {
    }

    /** {@code 'a && b'}: nothing inside single quotes is special. */
    record SingleQuoted(String value, Span span) implements FixedText {
    }

    /** {@code $'a\'b'} (bash, also dash 0.5.12+): C-style escapes, decoded into {@code value}. */
    record AnsiCQuoted(String value, Span span) implements FixedText {
    }

    /** {@code "$HOME/bin"} (or bash's {@code $"..."}): fixed text and expansions, never split or globbed. */
    record DoubleQuoted(List<WordPart> parts, Span span) implements WordPart {
        public DoubleQuoted {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> literal() {
            return Word.concatenate(parts);
        }
    }

    /**
     * {@code $HOME}, {@code $1}, {@code $?} or {@code ${VERSION:-1.0}}.
     *
     * @param name       the parameter, e.g. {@code VERSION}, {@code 1}, {@code ?}
     * @param expression the text between {@code ${} and <code>}</code> (just the name for {@code $NAME})
     * @param operand    what follows the name inside the braces, read for nested expansions and quotes
     */
    record Parameter(String name, String expression, List<WordPart> operand, Span span) implements WordPart {
        public Parameter {
            Objects.requireNonNull(name, "name is null");
            operand = List.copyOf(operand);
        }

        /** Whether the expansion assigns the variable when it is unset, as {@code ${x:=1}} and {@code ${x=1}} do. */
        public boolean assigns() {
            int i = name.length();
            while (i < expression.length() && expression.charAt(i) != '=' && expression.charAt(i) != ':'
                    && expression.charAt(i) != '-' && expression.charAt(i) != '+' && expression.charAt(i) != '?'
                    && expression.charAt(i) != '#' && expression.charAt(i) != '%' && expression.charAt(i) != '/') {
                i++;
            }
            return expression.startsWith("=", i) || expression.startsWith(":=", i);
        }
    }

    /** {@code $(uname -m)} or {@code `uname -m`}: the output of commands, run in a subshell. */
    record CommandSubstitution(CommandList body, boolean backquoted, Span span) implements WordPart {
        public CommandSubstitution {
            Objects.requireNonNull(body, "body is null");
        }
    }

    /** {@code $((n + 1))}: the expression's parts, for the expansions inside it. */
    record Arithmetic(String expression, List<WordPart> parts, Span span) implements WordPart {
        public Arithmetic {
            Objects.requireNonNull(expression, "expression is null");
            parts = List.copyOf(parts);
        }

        /** Whether the expression may assign a variable ({@code =}, {@code +=}, {@code ++}, {@code --} ...). */
        public boolean assigns() {
            for (int i = 0; i < expression.length(); i++) {
                char c = expression.charAt(i);
                char next = i + 1 < expression.length() ? expression.charAt(i + 1) : 0;
                if ((c == '+' || c == '-') && next == c) {
                    return true;
                }
                if (c == '=' && next != '=') {
                    char before = i > 0 ? expression.charAt(i - 1) : 0;
                    if (before != '=' && before != '!' && before != '<' && before != '>') {
                        return true;
                    }
                    // <<= and >>= assign too
                    if ((before == '<' || before == '>') && i > 1 && expression.charAt(i - 2) == before) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** {@code <(sort a)} or {@code >(gzip > f)} (bash): a command whose input or output is a file name. */
    record ProcessSubstitution(CommandList body, boolean input, Span span) implements WordPart {
        public ProcessSubstitution {
            Objects.requireNonNull(body, "body is null");
        }
    }

    /** An unquoted {@code *}, {@code ?} or the {@code [} of a bracket expression: the word is a file pattern. */
    record Glob(String pattern, Span span) implements WordPart {
    }

    /** The {@code {} of bash's brace expansion {@code {a,b}} or {@code {1..3}}: one word becomes several. */
    record BraceExpansion(Span span) implements WordPart {
    }

    /** {@code ~} or {@code ~user}: a home directory, known only when the script runs. */
    record Tilde(String user, Span span) implements WordPart {
    }
}
