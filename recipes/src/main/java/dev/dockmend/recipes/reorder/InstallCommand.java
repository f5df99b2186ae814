package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Word;

/**
 * What one command of a RUN script is to the recipe, read through {@link Ecosystems}: an install from
 * manifests (with the manifests its options name), an install that needs the sources, a command the
 * recipe cannot read, or none of these ({@code npm run build}, {@code pip install flask}).
 */
sealed interface InstallCommand {

    /** An install from manifests. {@code named}: the manifests its options name ({@code pip -r FILE}). */
    record Install(Ecosystem ecosystem, EffectiveCommand command, List<String> named) implements InstallCommand {
        /** Whether a word of the command is {@code word}, or {@code word=...}. */
        boolean has(String word) {
            for (Word argument : command.arguments()) {
                String text = argument.literal().orElse("");
                if (text.equals(word) || text.startsWith(word + "=")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An install that reads the sources: it cannot run before they are copied. */
    record NeedsSources(Ecosystem ecosystem, String reason, String suggestion) implements InstallCommand {
    }

    /** An install whose words are computed at run time ({@code npm ci $FLAGS}). */
    record NotUnderstood(Ecosystem ecosystem, String reason) implements InstallCommand {
    }

    /** Not an install from manifests. */
    record Other() implements InstallCommand {
    }

    InstallCommand OTHER = new Other();

    /** How {@code ecosystems} read {@code command}: the first ecosystem of its program that takes it as an install. */
    static InstallCommand of(Ecosystems ecosystems, EffectiveCommand written) {
        EffectiveCommand command = moduleRun(written);
        Optional<String> program = command.baseName();
        if (program.isEmpty()) {
            return OTHER;
        }
        for (Ecosystem ecosystem : ecosystems.runningAs(program.get())) {
            InstallCommand read = read(ecosystem, command);
            if (!(read instanceof Other)) {
                return read;
            }
        }
        return OTHER;
    }

    /** {@code python3 -m pip install ...} read as {@code pip install ...}: the module is the program. */
    private static EffectiveCommand moduleRun(EffectiveCommand command) {
        Optional<String> program = command.baseName();
        List<Word> arguments = command.arguments();
        if (program.isPresent() && program.get().matches("python[0-9.]*") && arguments.size() >= 2
                && arguments.get(0).is("-m") && arguments.get(1).literal().isPresent()) {
            return new EffectiveCommand(arguments.get(1), arguments.subList(2, arguments.size()), command.wrappers());
        }
        return command;
    }

    private static InstallCommand read(Ecosystem ecosystem, EffectiveCommand command) {
        List<String> positional = new ArrayList<>();
        List<String> named = new ArrayList<>();
        String sources = null; // the option with which the install reads the sources (pip -e)
        List<Word> arguments = command.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            Optional<String> literal = arguments.get(i).literal();
            if (literal.isEmpty()) {
                return matchesInstall(ecosystem, positional)
                        ? new NotUnderstood(ecosystem, "its word `" + arguments.get(i).text() + "` is only known when the RUN runs")
                        : OTHER;
            }
            String word = literal.get();
            if (!word.startsWith("-") || word.equals("-")) {
                positional.add(word);
                continue;
            }
            String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            Optional<String> value = word.contains("=") ? Optional.of(word.substring(word.indexOf('=') + 1)) : Optional.empty();
            boolean takesValue = ecosystem.valueOptions().contains(option) || ecosystem.manifestOptions().contains(option)
                    || ecosystem.sourcesOptions().contains(option);
            String shortManifest = shortWithValue(word, ecosystem);
            if (shortManifest != null) {
                named.add(shortManifest);
                continue;
            }
            if (takesValue && value.isEmpty() && i + 1 < arguments.size()) {
                i++;
                Optional<String> next = arguments.get(i).literal();
                if (next.isEmpty() && ecosystem.manifestOptions().contains(option)) {
                    return new NotUnderstood(ecosystem, "the file of its option " + option + " is only known when the RUN runs");
                }
                value = next;
            }
            if (ecosystem.manifestOptions().contains(option) && value.isPresent()) {
                named.add(value.get());
            }
            sources = ecosystem.sourcesOptions().contains(option) ? option : sources;
        }
        for (List<String> install : ecosystem.installs()) {
            if (!startsWith(positional, install) || (install.isEmpty() && !positional.isEmpty())) {
                continue;
            }
            List<String> rest = positional.subList(install.size(), positional.size());
            if (sources != null) {
                return new NeedsSources(ecosystem, "it installs a project in editable mode (" + sources
                        + "), which reads the sources", "leave this install after the copy of the sources");
            }
            for (String argument : rest) {
                if (ecosystem.arguments() == Ecosystem.Arguments.MANIFESTS) {
                    named.add(argument);
                    continue;
                }
                if (ecosystem.arguments() == Ecosystem.Arguments.NONE) {
                    return OTHER; // it installs named packages: not an install from the manifests
                }
                if (isLocalPath(argument)) {
                    return new NeedsSources(ecosystem, "it installs the local path `" + argument + "`, which is part of the sources",
                            "install the dependencies from a requirements file before the copy, and the project after it");
                }
            }
            if (!ecosystem.manifestOptions().isEmpty() && named.isEmpty()) {
                return OTHER;
            }
            Install found = new Install(ecosystem, command, List.copyOf(named));
            for (Ecosystem.Requirement requirement : ecosystem.requires()) {
                if (requirement.options().stream().noneMatch(found::has)) {
                    return new NeedsSources(ecosystem, requirement.why().reason(), requirement.why().suggestion());
                }
            }
            return found;
        }
        return OTHER;
    }

    private static boolean matchesInstall(Ecosystem ecosystem, List<String> positional) {
        for (List<String> install : ecosystem.installs()) {
            if (startsWith(positional, install) || startsWith(install, positional)) {
                return true;
            }
        }
        return false;
    }

    /** The file of a short manifest option written with its value ({@code -rrequirements.txt}), or null. */
    private static String shortWithValue(String word, Ecosystem ecosystem) {
        for (String option : ecosystem.manifestOptions()) {
            if (option.length() == 2 && word.length() > 2 && word.startsWith(option) && !word.startsWith("--")) {
                return word.substring(2);
            }
        }
        return null;
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    /** Whether a package argument is a path of the context ({@code .}, {@code ./lib}, {@code dist/x.whl}) rather than a name or a URL. */
    static boolean isLocalPath(String argument) {
        if (argument.contains("://")) {
            return argument.startsWith("file:");
        }
        return argument.startsWith(".") || argument.startsWith("/") || argument.startsWith("~") || argument.startsWith("file:")
                || argument.contains("/") || argument.endsWith(".whl") || argument.endsWith(".tar.gz") || argument.endsWith(".zip");
    }
}
