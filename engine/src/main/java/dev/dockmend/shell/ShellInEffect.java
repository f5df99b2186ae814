package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.dockmend.tree.Arg;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Keyword;
import dev.dockmend.tree.Shell;

/**
 * The shell that runs shell-form instructions at a point of a Dockerfile: {@code /bin/sh -c} by default,
 * what the last SHELL instruction of the stage (or of the stage it builds on) says, or, on a Windows base
 * image, {@code cmd /S /C}. A Windows image is recognised by its name ({@code windows},
 * {@code nanoserver}, {@code servercore}), after global ARG defaults are put into {@code FROM $BASE};
 * that is a guess from the text, since the image itself is not fetched.
 *
 * @param command the shell and its options, e.g. {@code [powershell, -Command]}
 * @param posix   whether the shell reads POSIX shell syntax (sh, bash, dash, ash, ksh, mksh, zsh), the
 *                syntax {@link ShellParser} reads
 * @param origin  where the shell comes from, for messages
 */
public record ShellInEffect(List<String> command, boolean posix, String origin) {
    public static final ShellInEffect DEFAULT = new ShellInEffect(List.of("/bin/sh", "-c"), true, "the default shell");
    public static final ShellInEffect WINDOWS = new ShellInEffect(List.of("cmd", "/S", "/C"), false,
            "the default shell of a Windows base image");

    private static final List<String> POSIX_SHELLS = List.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh");
    private static final List<String> WINDOWS_IMAGE_WORDS = List.of("windows", "nanoserver", "servercore");

    private static final String FROM_SHELL_INSTRUCTION = "the SHELL instruction";

    public ShellInEffect {
        command = List.copyOf(command);
        Objects.requireNonNull(origin, "origin is null");
    }

    /** The shell in effect at each instruction of {@code file}, in order (before the first FROM, the default). */
    public static List<ShellInEffect> of(Dockerfile file) {
        List<ShellInEffect> shells = new ArrayList<>();
        Map<String, String> globalArgs = new HashMap<>();
        Map<String, ShellInEffect> stageShells = new HashMap<>();
        ShellInEffect current = DEFAULT;
        String stageName = null;
        boolean seenFrom = false;
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof From from) {
                if (stageName != null) {
                    stageShells.put(stageName, current);
                }
                seenFrom = true;
                String image = substitute(from.image(), globalArgs).toLowerCase(Locale.ROOT);
                current = stageShells.getOrDefault(image, isWindows(image) ? WINDOWS : DEFAULT);
                stageName = from.stageName().map(Keyword::lowerCase).orElse(null);
            } else if (instruction instanceof Arg arg && !seenFrom) {
                for (Arg.Declaration declaration : arg.declarations()) {
                    declaration.defaultValue().ifPresent(value -> globalArgs.put(declaration.name(), unquote(value)));
                }
            } else if (instruction instanceof Shell shell && shell.command() instanceof CommandForm.ExecForm exec
                    && !exec.arguments().isEmpty()) {
                current = new ShellInEffect(exec.arguments(), isPosix(exec.arguments().get(0)), FROM_SHELL_INSTRUCTION);
            }
            shells.add(current);
        }
        return shells;
    }

    /** Whether a SHELL instruction of the stage, or of a stage it builds on, chose this shell. */
    public boolean setByShellInstruction() {
        return FROM_SHELL_INSTRUCTION.equals(origin);
    }

    static boolean isPosix(String program) {
        String name = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return POSIX_SHELLS.contains(name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name);
    }

    private static boolean isWindows(String image) {
        for (String word : WINDOWS_IMAGE_WORDS) {
            if (image.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Puts {@code $NAME} and <code>${NAME}</code> global ARG defaults into an image reference. */
    private static String substitute(String image, Map<String, String> args) {
        if (image.indexOf('$') < 0) {
            return image;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < image.length()) {
            char c = image.charAt(i);
            if (c == '$' && i + 1 < image.length()) {
                boolean braced = image.charAt(i + 1) == '{';
                int start = braced ? i + 2 : i + 1;
                int end = start;
                while (end < image.length() && Chars.isNameChar(image.charAt(end))) {
                    end++;
                }
                int close = braced ? image.indexOf('}', end) : end;
                if (end > start && close >= end) {
                    out.append(args.getOrDefault(image.substring(start, end), ""));
                    i = braced ? close + 1 : end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
