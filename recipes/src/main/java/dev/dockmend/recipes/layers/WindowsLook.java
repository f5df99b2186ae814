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
    private static final Pattern EVIDENCE = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]:\\\\|%[A-Za-z_][A-Za-z0-9_]{2,}%");

    private WindowsLook() {
    }

    /** The first Windows-looking text in the stage's instructions, if any. */
    static Optional<String> in(List<Instruction> stage) {
        for (Instruction instruction : stage) {
            Matcher matcher = EVIDENCE.matcher(instruction.value().original());
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
