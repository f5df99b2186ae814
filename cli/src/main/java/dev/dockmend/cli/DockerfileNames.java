package dev.dockmend.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.dockmend.recipes.Knowledge;

/**
 * Which file names a folder search takes for Dockerfiles, from {@code dockerfile-names.txt}: exact
 * {@code name}s, a {@code prefix} or {@code suffix} with something more ({@code Dockerfile.prod},
 * {@code api.Dockerfile}), less names ending in an {@code except} ending (templates such as {@code
 * Dockerfile.j2}, backups such as {@code Dockerfile.orig}). Case is ignored, as Docker Desktop on macOS
 * and Windows ignores it.
 */
record DockerfileNames(List<String> names, List<String> prefixes, List<String> suffixes, List<String> exceptions) {
    static final String FILE = "dockerfile-names.txt";
    private static final DockerfileNames KNOWN = parse(Knowledge.lines(FILE));

    DockerfileNames {
        names = List.copyOf(names);
        prefixes = List.copyOf(prefixes);
        suffixes = List.copyOf(suffixes);
        exceptions = List.copyOf(exceptions);
    }

    /** The table as shipped. */
    static DockerfileNames known() {
        return KNOWN;
    }

    /** Reads the table: {@code KIND VALUE} lines; {@code #} lines and blank lines are skipped. */
    static DockerfileNames parse(List<String> lines) {
        List<String> names = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = Knowledge.fields(line);
            if (fields.length != 2 || !fields[1].equals(fields[1].toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected KIND VALUE, the value in lower case: " + line);
            }
            List<String> list = switch (fields[0]) {
                case "name" -> names;
                case "prefix" -> prefixes;
                case "suffix" -> suffixes;
                case "except" -> exceptions;
                default -> throw new IllegalStateException(FILE + ":" + (i + 1) + ": unknown kind `" + fields[0]
                        + "` (expected name, prefix, suffix or except)");
            };
            list.add(fields[1]);
        }
        return new DockerfileNames(names, prefixes, suffixes, exceptions);
    }

    /** Whether a folder search takes a file of this name. */
    boolean matches(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String exception : exceptions) {
            if (name.endsWith(exception)) {
                return false;
            }
        }
        if (names.contains(name)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (name.length() > prefix.length() && name.startsWith(prefix)) {
                return true;
            }
        }
        for (String suffix : suffixes) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The names, for messages: {@code Dockerfile, Containerfile, Dockerfile.*, ... or *.Containerfile}. */
    String describe() {
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            shown.add(capitalised(name));
        }
        for (String prefix : prefixes) {
            shown.add(capitalised(prefix) + "*");
        }
        for (String suffix : suffixes) {
            shown.add("*" + suffix.charAt(0) + capitalised(suffix.substring(1)));
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
