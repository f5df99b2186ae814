package dev.dockmend.recipes.images;

import static dev.dockmend.recipes.Knowledge.problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.recipes.Knowledge;

/**
 * What {@code knowledge/health-probes.txt} says for HEALTHCHECKs: well-known TCP ports whose servers do not
 * answer HTTP, the service behind each, the check a service's own image ships ({@code pg_isready}, {@code
 * redis-cli ping}), and the script that installs curl in each distribution. A malformed table fails at first use with an {@link IllegalArgumentException} that names the file,
 * the line and what is wrong.
 */
public final class HealthProbes {
    static final String FILE = "health-probes.txt";
    private static final String PORT_PLACEHOLDER = "{port}";

    /** A service at a well-known port, and the tool that checks it, if its image may ship one. */
    public record Service(int port, String name, Optional<Tool> check) {
    }

    private final Map<Integer, Service> services;
    private final Map<Tool, List<String>> probes;
    private final Map<String, String> installs;

    private HealthProbes(Map<Integer, Service> services, Map<Tool, List<String>> probes, Map<String, String> installs) {
        this.services = Map.copyOf(services);
        this.probes = Map.copyOf(probes);
        this.installs = Map.copyOf(installs);
    }

    /** The RUN script that installs curl in an image of {@code distribution} ({@code alpine}, {@code debian}); empty when not known. */
    public Optional<String> installCurl(String distribution) {
        return Optional.ofNullable(installs.get(distribution));
    }

    public static HealthProbes shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final HealthProbes TABLE = parse(FILE, Knowledge.lines(FILE));
    }

    /** The service known to listen at {@code port} without speaking HTTP; empty for any other port. */
    public Optional<Service> at(int port) {
        return Optional.ofNullable(services.get(port));
    }

    /** The check of {@code tool} against {@code port}, exec form: {@code [pg_isready, -q, -h, 127.0.0.1, -p, 5432]}. */
    public List<String> probe(Tool tool, int port) {
        List<String> words = new ArrayList<>();
        for (String word : probes.get(tool)) {
            words.add(word.replace(PORT_PLACEHOLDER, Integer.toString(port)));
        }
        return List.copyOf(words);
    }

    /**
     * Reads a table.
     *
     * @throws IllegalArgumentException naming {@code source} and the line of the first problem
     */
    public static HealthProbes parse(String source, List<String> lines) {
        Map<Integer, Service> services = new HashMap<>();
        Map<Tool, List<String>> probes = new EnumMap<>(Tool.class);
        Map<Tool, Integer> checkedAt = new EnumMap<>(Tool.class);
        Map<String, String> installs = new HashMap<>();
        for (Knowledge.KeyLine line : Knowledge.keyLines(lines)) {
            List<String> values = line.values();
            switch (line.key()) {
                case "port" -> {
                    if (values.size() < 2 || values.size() > 3 || !values.get(0).matches("[1-9][0-9]{0,4}")
                            || Integer.parseInt(values.get(0)) > 65535) {
                        throw problem(source, line.number(), "`port` takes a port number (1-65535), a service name and an optional tool");
                    }
                    int port = Integer.parseInt(values.get(0));
                    Optional<Tool> check = values.size() == 3 ? Optional.of(tool(source, line.number(), values.get(2))) : Optional.empty();
                    if (services.put(port, new Service(port, values.get(1), check)) != null) {
                        throw problem(source, line.number(), "port " + port + " is listed twice");
                    }
                    check.ifPresent(tool -> checkedAt.putIfAbsent(tool, line.number()));
                }
                case "probe" -> {
                    if (values.size() < 2) {
                        throw problem(source, line.number(), "`probe` takes a tool and the words of its command");
                    }
                    Tool tool = tool(source, line.number(), values.get(0));
                    if (probes.put(tool, List.copyOf(values.subList(1, values.size()))) != null) {
                        throw problem(source, line.number(), "the probe of " + tool.label() + " is given twice");
                    }
                }
                case "install" -> {
                    if (values.size() < 2) {
                        throw problem(source, line.number(), "`install` takes a distribution and the words of its script");
                    }
                    if (installs.put(values.get(0), String.join(" ", values.subList(1, values.size()))) != null) {
                        throw problem(source, line.number(), "the install script of " + values.get(0) + " is given twice");
                    }
                }
                default -> throw problem(source, line.number(), "unknown key `" + line.key() + "` (expected port, probe or install)");
            }
        }
        for (Map.Entry<Tool, Integer> checked : checkedAt.entrySet()) {
            if (!probes.containsKey(checked.getKey())) {
                throw problem(source, checked.getValue(), "no `probe` line for " + checked.getKey().label());
            }
        }
        return new HealthProbes(services, probes, installs);
    }

    private static Tool tool(String source, int line, String label) {
        return Tool.ofLabel(label).orElseThrow(() -> problem(source, line, "unknown tool `" + label + "`"));
    }
}
