package dev.dockmend.recipes.user;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dockmend.recipes.Knowledge;
import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.StageImage;
import dev.dockmend.shell.Redirection;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Expose;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Onbuild;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.Volume;

/**
 * What in a stage needs root when its container runs, so that a USER line would break it: the reason a
 * finding gives, with what the user can do. Read from the instructions of the stage and of the stages it
 * builds on, in order.
 */
final class RootAtRunTime {
    /** Programs that switch users themselves, and so must start as root (knowledge/privilege-droppers.txt). */
    private static final Set<String> DROPPERS = Knowledge.words("privilege-droppers.txt");
    /** Servers that start as root and switch to their own user, or need root (knowledge/root-servers.txt). */
    private static final Set<String> SERVERS = Knowledge.words("root-servers.txt");
    private static final Pattern WORD = Pattern.compile("[^A-Za-z0-9_.-]+");
    /** Where any user may write: a CMD that writes elsewhere needs the path's owner. */
    private static final List<String> WRITABLE = List.of("/tmp/", "/var/tmp/", "/dev/");

    private static final String LOW_PORT = "below 1024, which only root may bind on hosts that keep the default "
            + "net.ipv4.ip_unprivileged_port_start (Kubernetes, Docker before 20.10)";
    private static final String LOW_PORT_SUGGESTION = "make the server listen on a port from 1024 up (e.g. 8080) and EXPOSE that, "
            + "then add USER; or grant CAP_NET_BIND_SERVICE to the program with setcap";

    /** Why the stage needs root at run time, and what the user can do. */
    record Need(int instruction, String reason, String suggestion) {
    }

    private RootAtRunTime() {
    }

    /**
     * The first thing of the chain's instructions ({@code indexes} their places in the file) that needs root
     * when the container runs as {@code user}; empty when nothing does, as far as the instructions show.
     */
    static Optional<Need> first(List<Instruction> chain, List<Integer> indexes, RunAs user) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            Instruction instruction = chain.get(i);
            int index = indexes.get(i);
            Optional<Need> need = Optional.empty();
            if (instruction instanceof Env env) {
                env.pairs().forEach(pair -> variables.put(pair.key(), pair.value()));
            } else if (instruction instanceof Arg arg) {
                arg.declarations().forEach(d -> d.defaultValue().ifPresent(v -> variables.putIfAbsent(d.name(), v)));
            } else if (instruction instanceof Expose expose) {
                need = lowPort(expose, variables, index);
            } else if (instruction instanceof Volume volume) {
                need = volume(volume, chain, user, index);
            } else if (instruction instanceof Onbuild onbuild && onbuild.trigger().orElse(null) instanceof Run) {
                need = Optional.of(new Need(index, "an ONBUILD RUN runs in every build FROM this image, as the image's USER, "
                        + "where it may need root (to install packages or write outside its home)",
                        "add USER to the images built FROM this one, after their own RUNs, or end the ONBUILD RUN's needs for root"));
            }
            if (need.isEmpty()) {
                need = dropper(instruction, index);
            }
            if (need.isEmpty() && (instruction instanceof Cmd || instruction instanceof Entrypoint)) {
                need = writesOutside(instruction, index);
            }
            if (need.isPresent()) {
                return need;
            }
        }
        return Optional.empty();
    }

    /**
     * A port below 1024 that the stage's base image declares with its own EXPOSE (caddy: 80), which the stage's
     * server binds unless configured otherwise, as if the stage declared it; {@code from} is the FROM's file index.
     */
    static Optional<Need> imagePort(StageImage app, int from) {
        for (int port : app.image().map(ImageFacts::exposes).orElse(List.of())) {
            if (port < 1024) {
                return Optional.of(new Need(from, "the image " + app.image().get().image() + " exposes port " + port + " (its own EXPOSE), "
                        + LOW_PORT, LOW_PORT_SUGGESTION));
            }
        }
        return Optional.empty();
    }

    private static Optional<Need> lowPort(Expose expose, Map<String, String> variables, int index) {
        for (String written : expose.ports()) {
            String port = written.startsWith("$") ? variables.getOrDefault(written.replaceAll("[${}]", ""), written) : written;
            String number = port.split("[/-]", 2)[0];
            if (!number.matches("\\d{1,5}")) {
                return Optional.of(new Need(index, "EXPOSE " + written + " is a port dockmend cannot read, so whether a non-root "
                        + "user may bind it (only ports from 1024 up) is not known",
                        "if the server listens on port 1024 or above, add USER by hand"));
            }
            if (Integer.parseInt(number) < 1024) {
                return Optional.of(new Need(index, "the stage exposes port " + port + ", " + LOW_PORT, LOW_PORT_SUGGESTION));
            }
        }
        return Optional.empty();
    }

    /** A VOLUME the user may not write to: its folder belongs to root unless a RUN gives it to the user. */
    private static Optional<Need> volume(Volume volume, List<Instruction> chain, RunAs user, int index) {
        for (String path : volume.paths()) {
            if (!chownedTo(chain, path, user)) {
                return Optional.of(new Need(index, "the stage declares VOLUME " + path + ", a folder owned by root that a "
                        + "non-root process cannot write to",
                        "create the folder and give it to the user before the VOLUME line (RUN mkdir -p " + path + " && chown "
                                + user.owner() + " " + path + "), then add USER"));
            }
        }
        return Optional.empty();
    }

    /** Whether a RUN of the chain runs {@code chown} with the user as owner and {@code path} among its files. */
    private static boolean chownedTo(List<Instruction> chain, String path, RunAs user) {
        String owner = user.user();
        for (Instruction instruction : chain) {
            if (!(instruction instanceof Run run) || !(RunScript.of(run) instanceof RunScript.ShellText text)) {
                continue;
            }
            for (SimpleCommand command : commands(text.text())) {
                List<String> words = command.words().stream().map(w -> w.literal().orElse("")).toList();
                if (!words.isEmpty() && words.get(0).equals("chown")
                        && words.stream().anyMatch(w -> w.equals(owner) || w.startsWith(owner + ":") || w.startsWith(owner + "."))
                        && words.stream().anyMatch(w -> w.equals(path) || w.equals(path + "/"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A RUN, CMD or ENTRYPOINT that installs or runs a program that switches users itself (gosu, su-exec), or a
     * server that expects to start as root (nginx, sshd, cron).
     */
    private static Optional<Need> dropper(Instruction instruction, int index) {
        if (!(instruction instanceof Run || instruction instanceof Cmd || instruction instanceof Entrypoint)) {
            return Optional.empty();
        }
        for (String arg : instruction.args()) {
            for (String word : WORD.split(arg)) {
                if (DROPPERS.contains(word)) {
                    return Optional.of(new Need(index, "the stage uses " + word + ", which switches to another user itself "
                            + "and can only do so when the container starts as root",
                            "keep the container starting as root and let " + word + " drop privileges, or remove " + word
                                    + " and add USER"));
                }
                if (SERVERS.contains(word)) {
                    return Optional.of(new Need(index, "the stage installs or runs " + word + ", a server that expects to start "
                            + "as root (to bind its port, open its logs and switch to its own user, or to run work as other "
                            + "users): as another user it fails to start",
                            "keep the container starting as root; or configure " + word + " to run without root (a port "
                                    + "from 1024 up, log and pid files where the user may write, as the nginx-unprivileged "
                                    + "images do) and add USER"));
                }
            }
        }
        return Optional.empty();
    }

    /** A shell-form CMD or ENTRYPOINT that redirects output to a file outside /tmp: a path root owns. */
    private static Optional<Need> writesOutside(Instruction instruction, int index) {
        CommandForm form = instruction instanceof Cmd cmd ? cmd.command() : ((Entrypoint) instruction).command();
        if (!(form instanceof CommandForm.ShellForm shell)) {
            return Optional.empty();
        }
        for (SimpleCommand command : commands(shell.script())) {
            for (Redirection redirection : command.redirections()) {
                String target = redirection.target().literal().orElse("");
                boolean writes = switch (redirection.operator()) {
                    case OUTPUT, APPEND, CLOBBER, READ_WRITE, OUTPUT_AND_ERROR, APPEND_OUTPUT_AND_ERROR -> true;
                    default -> false;
                };
                if (writes && target.startsWith("/") && WRITABLE.stream().noneMatch(target::startsWith)) {
                    return Optional.of(new Need(index, instruction.keywordText().toUpperCase(java.util.Locale.ROOT) + " writes to "
                            + target + ", a path a non-root user may not write to",
                            "give the file's folder to the user in a RUN (chown), or write under /tmp, then add USER"));
                }
            }
        }
        return Optional.empty();
    }

    private static List<SimpleCommand> commands(String script) {
        return ShellParser.parse(script) instanceof ShellAnalysis.Understood understood ? understood.script().simpleCommands() : List.of();
    }
}
