package dev.dockmend.recipes.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Expose;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.KeyValue;

/**
 * The TCP ports a stage declares it serves on: its EXPOSE words (and those of the stages it builds on); without
 * EXPOSE, an {@code ENV PORT} that its CMD or ENTRYPOINT reads ({@code --port $PORT}; an {@code ARG PORT} only
 * through an ENV, {@code ENV PORT=$PORT}: the container's command does not see build arguments); without either, those
 * its base image's own EXPOSE declares (nginx: 80). A stage that declares its own ports says where its server
 * listens, so the image's are then left out: they are the image's defaults, which the stage's configuration
 * may have changed (a redis started with --port 6380), and so they are when the stage refers to {@code $PORT}
 * (Cloud Run's samples rewrite Apache's port 80 to {@code ${PORT}} in a RUN): the port is then set when the
 * container runs. EXPOSE words
 * may name variables ({@code EXPOSE $PORT}), which are read from the ENV and ARG lines before them (an ARG
 * without a default takes the global ARG's); a word whose value is not known before the build, a port range
 * and a UDP port are left out, and said.
 *
 * @param ports   the TCP ports, in the order declared, without repeats
 * @param unknown the EXPOSE words that named no single known TCP port ({@code ${PORT}} without a value, {@code 8000-8010})
 * @param fromEnv whether the port came from {@code ENV PORT} (no EXPOSE)
 * @param fromImage whether the ports are those of the base image's EXPOSE (the stage declares none)
 * @param setAtRunTime the image's EXPOSE that was left out because the stage takes its port from {@code $PORT}
 */
record ServedPorts(List<Integer> ports, List<String> unknown, boolean fromEnv, boolean fromImage, List<Integer> setAtRunTime) {
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");
    private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(?:/(tcp|udp|sctp))?", Pattern.CASE_INSENSITIVE);
    private static final String PORT_VARIABLE = "PORT";

    ServedPorts {
        ports = List.copyOf(ports);
        unknown = List.copyOf(unknown);
        setAtRunTime = List.copyOf(setAtRunTime);
    }

    /**
     * @param globalArgs the defaults of the ARGs declared before the first FROM
     * @param chain      the instructions of the stage and of the stages it builds on, in build order (no FROM)
     * @param imagePorts the TCP ports the base image's own EXPOSE declares
     */
    static ServedPorts of(Map<String, String> globalArgs, List<Instruction> chain, List<Integer> imagePorts) {
        Map<String, String> variables = new HashMap<>();
        // what the container's environment holds: ENV lines only; an ARG is gone when the container runs
        Map<String, String> environment = new HashMap<>();
        List<Integer> ports = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean exposes = false;
        for (Instruction instruction : chain) {
            if (instruction instanceof Arg arg) {
                for (Arg.Declaration declaration : arg.declarations()) {
                    Optional<String> value = declaration.defaultValue().or(() -> Optional.ofNullable(globalArgs.get(declaration.name())));
                    value.ifPresentOrElse(v -> variables.put(declaration.name(), unquoted(v)), () -> variables.remove(declaration.name()));
                }
            } else if (instruction instanceof Env env) {
                for (KeyValue pair : env.pairs()) {
                    Optional<String> value = expand(unquoted(pair.value()), variables);
                    value.ifPresentOrElse(v -> variables.put(pair.key(), v), () -> variables.remove(pair.key()));
                    value.ifPresentOrElse(v -> environment.put(pair.key(), v), () -> environment.remove(pair.key()));
                }
            } else if (instruction instanceof Expose expose) {
                exposes = true;
                for (String word : expose.ports()) {
                    Optional<Integer> port = expand(word, variables).flatMap(ServedPorts::tcpPort);
                    if (port.isPresent()) {
                        if (!ports.contains(port.get())) {
                            ports.add(port.get());
                        }
                    } else if (!isUdp(word)) {
                        unknown.add(word);
                    }
                }
            }
        }
        if (!exposes && environment.containsKey(PORT_VARIABLE) && commandReadsPort(chain)) {
            Optional<Integer> port = tcpPort(environment.get(PORT_VARIABLE));
            if (port.isPresent()) {
                return new ServedPorts(List.of(port.get()), List.of(), true, false, List.of());
            }
            unknown.add("PORT=" + environment.get(PORT_VARIABLE));
        }
        if (!exposes && unknown.isEmpty() && !imagePorts.isEmpty()) {
            return variables.containsKey(PORT_VARIABLE) || chain.stream().anyMatch(ServedPorts::readsPort)
                    ? new ServedPorts(List.of(), List.of(), false, false, imagePorts)
                    : new ServedPorts(imagePorts, List.of(), false, true, List.of());
        }
        return new ServedPorts(ports, unknown, false, false, List.of());
    }

    /** The word with its variables replaced by their values; empty when one has none known. */
    private static Optional<String> expand(String word, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(word);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String value = variables.get(name);
            if (value == null) {
                if (matcher.group(2) == null) {
                    return Optional.empty();
                }
                value = matcher.group(2);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    private static Optional<Integer> tcpPort(String word) {
        Matcher matcher = PORT.matcher(word);
        if (!matcher.matches() || matcher.group(2) != null && !matcher.group(2).equalsIgnoreCase("tcp")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(matcher.group(1));
        return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
    }

    private static boolean isUdp(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("/udp") || lower.endsWith("/sctp");
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Whether an instruction's arguments name {@code $PORT} (or {@code ${PORT}}). */
    private static boolean readsPort(Instruction instruction) {
        return readsPort(instruction.args());
    }

    private static boolean readsPort(List<String> words) {
        for (String word : words) {
            Matcher matcher = VARIABLE.matcher(word);
            while (matcher.find()) {
                if (PORT_VARIABLE.equals(matcher.group(1) != null ? matcher.group(1) : matcher.group(3))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the last CMD or ENTRYPOINT of the chain names {@code $PORT} (or {@code ${PORT}}). */
    private static boolean commandReadsPort(List<Instruction> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Instruction instruction = chain.get(i);
            CommandForm command = instruction instanceof Cmd cmd ? cmd.command()
                    : instruction instanceof Entrypoint entrypoint ? entrypoint.command() : null;
            if (command == null) {
                continue;
            }
            List<String> words = command instanceof CommandForm.ExecForm exec ? exec.arguments()
                    : List.of(((CommandForm.ShellForm) command).script());
            if (readsPort(words)) {
                return true;
            }
        }
        return false;
    }
}
