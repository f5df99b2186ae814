package dev.dockmend.shell;

import java.util.Objects;

/**
 * What {@link ShellParser} made of a script: its structure, or the reason it is beyond the analysis.
 * Recipes leave an {@link Unknown} script alone and show its {@link Unknown#reason()} to the user.
 */
public sealed interface ShellAnalysis {

    /** Every character of the script was read and the whole structure is known. */
    record Understood(Script script) implements ShellAnalysis {
        public Understood {
            Objects.requireNonNull(script, "script is null");
        }
    }

    /**
     * The script was not (fully) understood.
     *
     * @param problem  what is wrong or unsupported, in plain words and without a position, e.g.
     *                 {@code an unclosed double quote}; the same kind of problem always has the same text,
     *                 so problems can be counted
     * @param offset   where in the script, {@code 0 <= offset <= script.length()}
     * @param position the offset as a person reads it: {@code column 14}, or {@code line 2, column 3} when
     *                 the script has several lines
     */
    record Unknown(String problem, int offset, String position) implements ShellAnalysis {
        public Unknown {
            Objects.requireNonNull(problem, "problem is null");
            Objects.requireNonNull(position, "position is null");
        }

        /** The sentence for the user, e.g. {@code an unclosed double quote at column 14}. */
        public String reason() {
            return problem + " at " + position;
        }

        static Unknown at(String script, String problem, int offset) {
            int at = Math.max(0, Math.min(offset, script.length()));
            int lineStart = script.lastIndexOf('\n', at - 1) + 1;
            int column = at - lineStart + 1;
            if (script.indexOf('\n') < 0) {
                return new Unknown(problem, at, "column " + column);
            }
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                if (script.charAt(i) == '\n') {
                    line++;
                }
            }
            return new Unknown(problem, at, "line " + line + ", column " + column);
        }
    }
}
