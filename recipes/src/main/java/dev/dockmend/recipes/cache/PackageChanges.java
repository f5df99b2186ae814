package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;

/**
 * The packages a RUN script installs or removes with a system package manager ({@code apt-get install -y curl},
 * {@code apk del .build-deps}), read through the shell analysis and the managers' {@code installs} and
 * {@code removes} subcommands in {@code knowledge/package-managers.txt}: for the image knowledge, where a
 * package an earlier RUN installed counts as present in the image, and one removed again does not.
 */
public final class PackageChanges {
    private PackageChanges() {
    }

    /** Whether a command adds or takes away its packages. */
    public enum Kind {
        INSTALL,
        REMOVE
    }

    /**
     * One install or remove command.
     *
     * @param manager  the manager's name in the table ({@code apt-get})
     * @param packages the package names written literally, versions and architectures cut off
     *                 ({@code curl=7.88.1-10} is {@code curl}); computed words are left out
     * @param group    apk's {@code --virtual NAME}: the packages are also known as the group, which a later
     *                 {@code apk del NAME} removes
     */
    public record Change(String manager, Kind kind, List<String> packages, Optional<String> group) {
        public Change {
            Objects.requireNonNull(manager, "manager is null");
            Objects.requireNonNull(kind, "kind is null");
            packages = List.copyOf(packages);
            Objects.requireNonNull(group, "group is null");
        }
    }

    /** The script's install and remove commands, in script order. */
    public static List<Change> in(Script script, PackageManagers managers) {
        List<Change> changes = new ArrayList<>();
        for (SimpleCommand command : script.simpleCommands()) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            Optional<String> program = effective.flatMap(EffectiveCommand::baseName);
            Optional<PackageManager> manager = program.flatMap(managers::runningAs);
            if (manager.isEmpty()) {
                continue;
            }
            ManagerCommand read = ManagerCommand.of(manager.get(), command, effective.get());
            Optional<Kind> kind = read.isAny(manager.get().installs()) ? Optional.of(Kind.INSTALL)
                    : read.isAny(manager.get().removes()) ? Optional.of(Kind.REMOVE) : Optional.empty();
            if (kind.isPresent()) {
                changes.add(change(manager.get(), kind.get(), read));
            }
        }
        return List.copyOf(changes);
    }

    private static Change change(PackageManager manager, Kind kind, ManagerCommand read) {
        List<Word> arguments = read.effective().arguments();
        int start = arguments.indexOf(read.anchor()) + 1;
        List<String> packages = new ArrayList<>();
        Optional<String> group = Optional.empty();
        for (int i = start; i < arguments.size(); i++) {
            Optional<String> word = arguments.get(i).literal();
            if (word.isEmpty()) {
                continue;
            }
            String text = word.get();
            int equals = text.indexOf('=');
            if (text.startsWith("--") && equals > 0 && manager.groupOptions().contains(text.substring(0, equals))) {
                group = Optional.of(text.substring(equals + 1));
            } else if (text.startsWith("-")) {
                if (manager.groupOptions().contains(text) && i + 1 < arguments.size()) {
                    group = arguments.get(++i).literal();
                } else if (manager.valueOptions().contains(text) && i + 1 < arguments.size()) {
                    i++;
                }
            } else {
                packages.add(packageName(text));
            }
        }
        return new Change(manager.name(), kind, packages, group);
    }

    /** {@code curl=7.88.1-10}, {@code curl~8}, {@code curl>=8} and {@code curl:amd64} are all {@code curl}. */
    private static String packageName(String word) {
        int end = word.length();
        for (char stop : new char[] {'=', '<', '>', '~', ':'}) {
            int at = word.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return word.substring(0, end);
    }
}
