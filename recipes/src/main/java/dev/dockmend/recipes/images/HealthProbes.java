package dev.dockmend.recipes.images;

import static dev.dockmend.recipes.Knowledge.problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.dockmend.recipes.Knowledge;

/**
 * What {@code knowledge/health-probes.txt} says for HEALTHCHECKs: which well-known TCP ports speak HTTP, HTTP
 * over TLS or another protocol (the service behind each, and the check its own image ships: {@code
 * pg_isready}, {@code redis-cli ping}), which commands start an HTTP server, and the script that installs curl
 * in each distribution. A malformed table fails at first use with an {@link IllegalArgumentException} that
 * names the file, the line and what is wrong.
 */
public final class HealthProbes {
    static final String FILE = "health-probes.txt";
    private static final String PORT_PLACEHOLDER = "{port}";

    /** A service at a well-known port, and the tool that checks it, if its image may ship one. */
    public record Service(int port, String name, Optional<Tool> check) {
    }

    /** What a port is known to speak. */
    public enum Protocol {
        /** plain HTTP: a probe may ask it */
        HTTP,
        /** HTTP over TLS: a probe would have to skip certificate checks */
        HTTPS,
        /** another protocol ({@link #at(int)} names the service) */
        OTHER,
        /** not known: only the stage's command can tell */
        UNKNOWN
    }

    /** HTTP frameworks of an ecosystem: a dependency on one of {@code names} in the context's {@code file} (package.json). */
    public record Framework(String file, List<String> names) {
        public Framework {
            names = List.copyOf(names);
        }

        /**
         * The first of the names a manifest's text depends on, standing alone (express, not express-validator;
         * spring-boot-starter-web, not spring-boot-starter-web-services); empty when none.
         */
        public Optional<String> dependedOn(String manifest) {
            for (String name : names) {
                Pattern alone = Pattern.compile("(?<![A-Za-z0-9_.@/-])" + Pattern.quote(name) + "(?![A-Za-z0-9_.-])", Pattern.CASE_INSENSITIVE);
                if (alone.matcher(manifest).find()) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
    }

    /** A command that starts the project's own application, and the ecosystem whose frameworks tell whether it serves HTTP. */
    private record AppCommand(String ecosystem, List<Pattern> words) {
    }

    /** A port the table knows, what it speaks, and the servers or service it is known for. */
    public record KnownPort(int port, Protocol protocol, String known) {
    }

    private final Map<Integer, Service> services;
    private final Map<Integer, KnownPort> webPorts;
    private final Map<Tool, List<String>> probes;
    private final Map<String, String> installs;
    private final List<List<Pattern>> servers;
    private final List<List<Pattern>> launchers;
    private final List<AppCommand> appCommands;
    private final Map<String, List<Framework>> frameworks;

    private HealthProbes(Map<Integer, Service> services, Map<Integer, KnownPort> webPorts, Map<Tool, List<String>> probes,
                         Map<String, String> installs, List<List<Pattern>> servers, List<List<Pattern>> launchers,
                         List<AppCommand> appCommands, Map<String, List<Framework>> frameworks) {
        this.services = Map.copyOf(services);
        this.webPorts = Map.copyOf(webPorts);
        this.probes = Map.copyOf(probes);
        this.installs = Map.copyOf(installs);
        this.servers = List.copyOf(servers);
        this.launchers = List.copyOf(launchers);
        this.appCommands = List.copyOf(appCommands);
        this.frameworks = Map.copyOf(frameworks);
    }

    /** What {@code port} speaks by the table: an {@code http}, {@code https} or {@code port} line, else unknown. */
    public Protocol protocol(int port) {
        return webPorts.containsKey(port) ? webPorts.get(port).protocol() : services.containsKey(port) ? Protocol.OTHER : Protocol.UNKNOWN;
    }

    /** The {@code http} or {@code https} line of {@code port}: the servers it is the default port of. */
    public Optional<KnownPort> web(int port) {
        return Optional.ofNullable(webPorts.get(port));
    }

    /**
     * Whether a command (its words, the program first) starts an HTTP server: after its launchers ({@code exec},
     * {@code tini --}, {@code python -m}) are skipped, its words start with those of an {@code http-server}
     * line, the first matched by its file name. Returns the words of the command that matched.
     */
    public Optional<String> httpServer(List<String> command) {
        List<String> words = withoutLaunchers(command);
        for (List<Pattern> server : servers) {
            if (startsWith(words, server)) {
                return Optional.of(matched(words, server.size()));
            }
        }
        return Optional.empty();
    }

    /**
     * For a command that starts the project's own application ({@code node app.js}, {@code npm start}, {@code
     * java -jar app.jar}), after its launchers: its words as matched and the HTTP frameworks that, named in the
     * build context's manifest, make it an HTTP server. Empty for any other command.
     */
    public Optional<Map.Entry<String, List<Framework>>> appCommand(List<String> command) {
        List<String> words = withoutLaunchers(command);
        for (AppCommand app : appCommands) {
            if (startsWith(words, app.words())) {
                return Optional.of(Map.entry(matched(words, app.words().size()), frameworks.getOrDefault(app.ecosystem(), List.of())));
            }
        }
        return Optional.empty();
    }

    /** The first {@code count} words, the program by its file name: what a reason quotes. */
    private static String matched(List<String> words, int count) {
        List<String> quoted = new ArrayList<>(words.subList(0, count));
        quoted.set(0, fileName(quoted.get(0)));
        return String.join(" ", quoted);
    }

    private List<String> withoutLaunchers(List<String> command) {
        List<String> words = command;
        for (boolean skipped = true; skipped && !words.isEmpty(); ) {
            skipped = false;
            List<Pattern> longest = List.of();
            for (List<Pattern> launcher : launchers) {
                if (launcher.size() > longest.size() && startsWith(words, launcher)) {
                    longest = launcher;
                }
            }
            if (!longest.isEmpty()) {
                words = words.subList(longest.size(), words.size());
                skipped = true;
            }
        }
        return words;
    }

    private static boolean startsWith(List<String> words, List<Pattern> patterns) {
        if (words.size() < patterns.size()) {
            return false;
        }
        for (int i = 0; i < patterns.size(); i++) {
            String word = i == 0 ? fileName(words.get(0)) : words.get(i);
            if (!patterns.get(i).matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
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

    /** The service known to listen at {@code port} speaking another protocol than HTTP; empty for any other port. */
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
        Map<Integer, KnownPort> webPorts = new HashMap<>();
        List<List<Pattern>> servers = new ArrayList<>();
        List<List<Pattern>> launchers = new ArrayList<>();
        List<AppCommand> appCommands = new ArrayList<>();
        Map<String, List<Framework>> frameworks = new HashMap<>();
        Map<String, Integer> appLines = new HashMap<>();
        for (Knowledge.KeyLine line : Knowledge.keyLines(lines)) {
            List<String> values = line.values();
            switch (line.key()) {
                case "port" -> {
                    if (values.size() < 2 || values.size() > 3 || !values.get(0).matches("[1-9][0-9]{0,4}")
                            || Integer.parseInt(values.get(0)) > 65535) {
                        throw problem(source, line.number(), "`port` takes a port number (1-65535), a service name and an optional tool");
                    }
                    int port = Integer.parseInt(values.get(0));
                    if (webPorts.containsKey(port)) {
                        throw problem(source, line.number(), "port " + port + " is listed twice");
                    }
                    Optional<Tool> check = values.size() == 3 ? Optional.of(tool(source, line.number(), values.get(2))) : Optional.empty();
                    if (services.put(port, new Service(port, values.get(1), check)) != null) {
                        throw problem(source, line.number(), "port " + port + " is listed twice");
                    }
                    check.ifPresent(tool -> checkedAt.putIfAbsent(tool, line.number()));
                }
                case "http", "https" -> {
                    if (values.size() < 2 || !values.get(0).matches("[1-9][0-9]{0,4}") || Integer.parseInt(values.get(0)) > 65535) {
                        throw problem(source, line.number(), "`" + line.key() + "` takes a port number (1-65535) and the servers it is known for");
                    }
                    int port = Integer.parseInt(values.get(0));
                    KnownPort known = new KnownPort(port, line.key().equals("http") ? Protocol.HTTP : Protocol.HTTPS,
                            String.join(" ", values.subList(1, values.size())));
                    if (services.containsKey(port) || webPorts.put(port, known) != null) {
                        throw problem(source, line.number(), "port " + port + " is listed twice");
                    }
                }
                case "http-server", "launcher" -> {
                    if (values.isEmpty()) {
                        throw problem(source, line.number(), "`" + line.key() + "` takes the words of a command");
                    }
                    List<Pattern> patterns = values.stream().map(ImagePattern::glob).toList();
                    (line.key().equals("launcher") ? launchers : servers).add(patterns);
                }
                case "app-command" -> {
                    if (values.size() < 2) {
                        throw problem(source, line.number(), "`app-command` takes an ecosystem and the words of a command");
                    }
                    appCommands.add(new AppCommand(values.get(0), values.subList(1, values.size()).stream().map(ImagePattern::glob).toList()));
                    appLines.putIfAbsent(values.get(0), line.number());
                }
                case "framework" -> {
                    if (values.size() < 3) {
                        throw problem(source, line.number(), "`framework` takes an ecosystem, a manifest file and framework names");
                    }
                    frameworks.computeIfAbsent(values.get(0), e -> new ArrayList<>())
                            .add(new Framework(values.get(1), values.subList(2, values.size())));
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
                default -> throw problem(source, line.number(), "unknown key `" + line.key()
                        + "` (expected http, https, port, probe, http-server, launcher, app-command, framework or install)");
            }
        }
        for (Map.Entry<Tool, Integer> checked : checkedAt.entrySet()) {
            if (!probes.containsKey(checked.getKey())) {
                throw problem(source, checked.getValue(), "no `probe` line for " + checked.getKey().label());
            }
        }
        for (Map.Entry<String, Integer> app : appLines.entrySet()) {
            if (!frameworks.containsKey(app.getKey())) {
                throw problem(source, app.getValue(), "no `framework` line for the ecosystem " + app.getKey() + " of this `app-command`");
            }
        }
        return new HealthProbes(services, webPorts, probes, installs, servers, launchers, appCommands, frameworks);
    }

    private static Tool tool(String source, int line, String label) {
        return Tool.ofLabel(label).orElseThrow(() -> problem(source, line, "unknown tool `" + label + "`"));
    }
}
