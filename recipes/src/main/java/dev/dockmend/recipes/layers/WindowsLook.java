package dev.dockmend.recipes.layers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.tree.Instruction;

/**
 * A second guess that a stage runs Windows commands, for stages whose shell {@code ShellInEffect} took
 * for {@code /bin/sh}: it knows Windows base images by name only, and misses {@code microsoft/iis} or a
 * private image. A drive path ({@code C:\app}) or a cmd variable ({@code %windir%}) in any instruction
 * of the stage gives it away; a cmd script merged by POSIX rules could run differently.
 */
final class WindowsLook {
    private static final Pattern CMD_VARIABLE = Pattern.compile("%[A-Za-z_][A-Za-z0-9_]{2,}%");

    private WindowsLook() {
    }

    /** The first Windows-looking text in the stage's instructions, if any. */
    static Optional<String> in(List<Instruction> stage) {
        for (Instruction instruction : stage) {
            String text = instruction.value().original();
            Optional<String> found = drivePath(text);
            if (found.isEmpty() && text.indexOf('%') >= 0) {
                Matcher matcher = CMD_VARIABLE.matcher(text);
                found = matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
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
