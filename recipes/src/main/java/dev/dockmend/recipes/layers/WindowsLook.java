package dev.dockmend.recipes.layers;

import java.util.List;
import java.util.Optional;

import dev.dockmend.tree.Instruction;

/**
 * A second guess that a stage runs Windows commands, for stages whose shell {@code ShellInEffect} took
 * for {@code /bin/sh}: it knows Windows base images by name only, and misses {@code microsoft/iis} or a
 * private image. A drive path ({@code C:\app}) or a cmd variable ({@code %windir%}) in any instruction
 * of the stage gives it away; a cmd script merged by POSIX rules could run differently.
 */
final class WindowsLook {
    private WindowsLook() {
    }

    /** The first Windows-looking text in the stage's instructions, if any. */
    static Optional<String> in(List<Instruction> stage) {
        for (Instruction instruction : stage) {
            String text = instruction.value().original();
            Optional<String> found = drivePath(text);
            if (found.isEmpty()) {
                found = cmdVariable(text);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code %windir%}: a name of three or more letters, digits or underscores, not starting with a digit, between two {@code %}. */
    private static Optional<String> cmdVariable(String text) {
        for (int at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
            int end = at + 1;
            while (end < text.length() && isNameChar(text.charAt(end))) {
                end++;
            }
            if (end - at - 1 >= 3 && !isDigit(text.charAt(at + 1)) && end < text.length() && text.charAt(end) == '%') {
                return Optional.of(text.substring(at, end + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code C:\} where the letter starts a word. */
    private static Optional<String> drivePath(String text) {
        for (int at = text.indexOf(":\\"); at >= 0; at = text.indexOf(":\\", at + 1)) {
            if (at > 0 && isLetter(text.charAt(at - 1)) && (at == 1 || !Character.isLetterOrDigit(text.charAt(at - 2)))) {
                return Optional.of(text.substring(at - 1, at + 2));
            }
        }
        return Optional.empty();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
