package dev.dockmend.recipes.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dockmend.edit.Edits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeOption;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.command.JsonArray;
import dev.dockmend.recipes.images.HealthProbes;
import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.StageImage;
import dev.dockmend.recipes.images.StageImages;
import dev.dockmend.recipes.images.Tool;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.style.FileStyle;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Healthcheck;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.User;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Adds a HEALTHCHECK to the stage a build runs (the last one) when it has none and serves on a TCP port it
 * declares (EXPOSE, an ENV PORT its command reads, else its base image's own EXPOSE): a check that uses only
 * what the stage has (its language runtime, else curl or wget, else BusyBox's wget; the service's own check for
 * a port that does not speak HTTP), from the base-image knowledge. A port gets an HTTP probe only when it is
 * known to speak HTTP ({@code http} in health-probes.txt), or when no list knows it and the stage's command
 * starts a known HTTP server or reads ENV PORT ({@link ServerCommand}); option {@code port} names one. By
 * default healthy when the server answers HTTP at all, so a guessed path never restarts a healthy container;
 * option {@code path} asks for 2xx/3xx on a path. Wherever no check can be shown to work it leaves an info
 * finding whose reason starts with its kind ({@code no port to probe: ...}, {@code port not known to speak
 * HTTP: ...}), so reports that group findings by that start show each kind apart.
 */
public final class AddHealthcheck implements Recipe {
    static final RecipeId ID = RecipeId.of("add-healthcheck");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+");
    /** A URL path the probes can quote in any of their languages: no quotes, backslashes, blanks or $. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~%/:@!,;=+?&-]*");
    private static final Set<String> NO_PROBE_DISTRIBUTIONS = Set.of("distroless", "scratch");
    private static final String PORT = "port";

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Add a HEALTHCHECK that probes the port the image serves on with a tool the image has";
    }

    @Override
    public String rationale() {
        return "Without a HEALTHCHECK, Docker and Swarm only know whether the process runs, not whether it answers: "
                + "a hung server stays 'running' and keeps getting traffic. A check that uses only a tool the image "
                + "already has adds nothing to the image; one that answers on any HTTP status never restarts a healthy "
                + "container because of a guessed path. https://docs.docker.com/reference/dockerfile/#healthcheck";
    }

    @Override
    public Safety safety() {
        return Safety.REVIEW;
    }

    @Override
    public List<String> fixes() {
        return List.of("DL3057");
    }

    @Override
    public List<RecipeOption> options() {
        return List.of(
                new RecipeOption("path", RecipeOption.Type.STRING, "",
                        "A path that answers 2xx or 3xx when the service is healthy (/health): the check then fails on any other status. Empty: healthy on any HTTP answer."),
                new RecipeOption(PORT, RecipeOption.Type.STRING, "",
                        "A TCP port that answers HTTP: the check probes it, whatever the stage declares and the knowledge says of its ports. Empty: the first port known to speak HTTP."),
                new RecipeOption("install", RecipeOption.Type.BOOLEAN, "false",
                        "Install curl (apk, apt-get) when the image has no tool to probe with."),
                new RecipeOption("interval", RecipeOption.Type.STRING, "30s", "Time between checks."),
                new RecipeOption("timeout", RecipeOption.Type.STRING, "5s", "Time a check may take before it counts as failed."),
                new RecipeOption("start-period", RecipeOption.Type.STRING, "15s", "Start-up time during which failed checks do not count."),
                new RecipeOption("retries", RecipeOption.Type.INTEGER, "3", "Failed checks in a row that make the container unhealthy."));
    }

    /**
     * After convert-to-multi-stage (340), so the check is written for the image that runs, and reorder-copy-for-cache
     * (400); before merge-run-layers (600), which joins the RUN that installs curl (install=true) to a RUN next to
     * it, as a second run would (add-non-root-user's RUN that creates the user is often that one), and before
     * exec-form-cmd (900) rewrites CMD.
     */
    @Override
    public int order() {
        return 500;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        Optional<StageImage> last = StageImages.last(file);
        if (last.isEmpty()) {
            return RecipeResult.unchanged(file);
        }
        StageImage app = last.get();
        List<Stage> stages = Stages.of(file);
        List<Instruction> chain = chain(stages, app.stage());
        if (chain.stream().anyMatch(i -> i instanceof Healthcheck) || !context.mayChange(app.stage().first())) {
            return RecipeResult.unchanged(file); // HEALTHCHECK NONE included: the file's own choice
        }
        int fromLine = file.located().get(app.stage().first()).startLine();
        Decision decision = decide(file, app, chain, context);
        if (decision instanceof Decline decline) {
            return new RecipeResult(file, List.of(), List.of(new Finding(ID, fromLine, 1, decline.severity(), decline.reason(),
                    decline.suggestion())));
        }
        Add add = (Add) decision;
        return insert(file, app.stage(), add, add.install().isPresent() ? userLeavingRoot(app, chain) : Optional.empty(), context.style());
    }

    /** What the recipe does with the stage: a check to add (and maybe curl to install), or why not. */
    private sealed interface Decision permits Add, Decline {
    }

    private record Add(Probe probe, int port, Optional<String> install, String reason, boolean shellForm, Optional<String> shell,
                       String flags) implements Decision {
    }

    private record Decline(String reason, String suggestion, Severity severity) implements Decision {
        static Decline info(String reason, String suggestion) {
            return new Decline(reason, suggestion, Severity.INFO);
        }
    }

    private Decision decide(Dockerfile file, StageImage app, List<Instruction> chain, RecipeContext context) {
        Optional<Decline> badOption = badOption(context);
        if (badOption.isPresent()) {
            return badOption.get();
        }
        Optional<ImageFacts> image = app.image();
        if (file.escapeCharacter() == '`' || image.map(ImageFacts::windows).orElse(false)) {
            return Decline.info("Windows image: the final stage runs Windows, whose probes (PowerShell, curl.exe) dockmend "
                    + "does not write", "add one by hand, e.g. HEALTHCHECK CMD powershell -Command ...");
        }
        ServedPorts served = ServedPorts.of(globalArgs(file), chain, image.map(ImageFacts::exposes).orElse(List.of()));
        Optional<Integer> chosen = context.option(PORT).isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(context.option(PORT)));
        if (served.ports().isEmpty() && chosen.isEmpty() && !served.setAtRunTime().isEmpty()) {
            return Decline.info("port not known before the build: the final stage takes its server's port from $PORT, set when "
                    + "the container runs, so its image's EXPOSE " + joined(served.setAtRunTime()) + " may not be where it listens",
                    "set --option add-healthcheck.port=N to the port the server listens on, or add the check by hand");
        }
        HealthProbes probes = HealthProbes.shipped();
        Optional<String> server = ServerCommand.httpServer(chain, probes, context.buildContext());
        if (served.ports().isEmpty() && chosen.isEmpty() && served.unknown().isEmpty() && server.isPresent()) {
            return Decline.info("no port to probe: the final stage declares no TCP port (no EXPOSE, no ENV PORT its command reads, "
                    + "none from its image), though its command starts " + server.get(),
                    "EXPOSE the port it listens on, or set --option add-healthcheck.port=N");
        }
        if (served.ports().isEmpty() && chosen.isEmpty()) {
            return served.unknown().isEmpty()
                    ? Decline.info("no port to probe: the final stage declares no TCP port (no EXPOSE, no ENV PORT its command "
                            + "reads, none from its image), as a worker or batch job does",
                            "nothing to do for a worker or batch job; if it serves, EXPOSE its port or set --option add-healthcheck.port=N")
                    : Decline.info("port not known before the build: the final stage's EXPOSE names no port number ("
                            + String.join(", ", served.unknown()) + ")",
                            "EXPOSE a single port number, give the variable a default, or set --option add-healthcheck.port=N");
        }
        if (image.isPresent() && NO_PROBE_DISTRIBUTIONS.contains(image.get().family().distribution())) {
            return Decline.info("no shell or tool to probe with: the final stage's image (" + image.get().family().name()
                    + ") has no shell and no program to probe with, and a check it cannot run would mark a healthy container unhealthy",
                    "probe from outside (an orchestrator's HTTP probe), or build a check into the program and add HEALTHCHECK CMD [\"/app\", \"--health\"]");
        }
        Optional<HttpPort> target = chosen.map(port -> new HttpPort(port, "option port"))
                .or(() -> httpPort(served, probes, server));
        Set<Tool> tools = app.tools();
        String options = flags(context);
        if (target.isEmpty()) {
            return serviceCheck(app, served, tools, probes, options);
        }
        int port = target.get().port();
        String where = "port " + port + " (" + target.get().why() + (served.fromImage() && chosen.isEmpty() ? ", declared by the image's EXPOSE" : "")
                + (served.fromEnv() && chosen.isEmpty() ? ", from ENV PORT, which its command uses" : "")
                + (served.ports().size() > 1 && chosen.isEmpty() ? "; the first HTTP port of " + joined(served.ports()) : "") + ")";
        Optional<String> path = context.option("path").isEmpty() ? Optional.empty() : Optional.of(context.option("path"));
        Optional<String> shell = image.flatMap(ImageFacts::shell);
        boolean posixShellInEffect = ShellInEffect.of(file).get(app.stage().end() - 1).posix();
        for (Tool tool : Probe.HTTP_TOOLS) {
            if (!tools.contains(tool)) {
                continue;
            }
            Probe probe = Probe.http(tool, port, path);
            if (probe.needsShell() && shell.isEmpty()) {
                continue;
            }
            return new Add(probe, port, Optional.empty(), "added a HEALTHCHECK that probes http://127.0.0.1:" + port + path.orElse("/")
                    + " on " + where + " with " + probe.program() + " (" + origin(app, tool) + "), " + verdict(path),
                    posixShellInEffect && shell.equals(Optional.of("/bin/sh")), shell, options);
        }
        if (image.isEmpty()) {
            return Decline.info("image not known: " + app.unknownWhy().orElseThrow()
                    + ", so which tools it has to probe with is not known", "add the image to knowledge/image-families.txt, or a HEALTHCHECK by hand");
        }
        String family = image.get().family().name();
        if (!context.booleanOption("install")) {
            return Decline.info("no tool to probe with: the final stage's image (" + family + ") has no program to probe port " + port
                    + " with (node, python3, php, curl, wget), and dockmend installs none unless asked",
                    "set --option add-healthcheck.install=true to install curl, or install one yourself and run dockmend again");
        }
        Optional<String> install = probes.installCurl(image.get().family().distribution());
        if (install.isEmpty() || shell.isEmpty()) {
            return Decline.info("no way to install curl: the final stage's image (" + family + ") has no program to probe with, and "
                    + "dockmend knows no way to install curl in it", "install curl or wget yourself and run dockmend again");
        }
        if (app.runsAs().filter(user -> !isRoot(user)).isPresent() && userLeavingRoot(app, chain).isEmpty()) {
            return Decline.info("installing curl needs root: the final stage runs as USER "
                    + app.runsAs().get(), "install curl before the USER line yourself and run dockmend again");
        }
        Probe probe = Probe.http(Tool.CURL, port, path);
        return new Add(probe, port, install, "added a HEALTHCHECK that probes http://127.0.0.1:" + port + path.orElse("/") + " on "
                + where + " with curl, installed before it (install=true; the image has no program to probe with), " + verdict(path),
                false, shell, options);
    }

    /** The port an HTTP probe asks, and why it is known to speak HTTP. */
    private record HttpPort(int port, String why) {
    }

    /**
     * The port to probe over HTTP: the first that the knowledge says speaks HTTP; else, when the stage's command
     * starts a known HTTP server or reads ENV PORT (the port a platform sends HTTP to), the first port no list
     * knows. Empty when no port is known to speak HTTP.
     */
    private static Optional<HttpPort> httpPort(ServedPorts served, HealthProbes probes, Optional<String> server) {
        for (int port : served.ports()) {
            if (probes.protocol(port) == HealthProbes.Protocol.HTTP) {
                return Optional.of(new HttpPort(port, "a port that speaks HTTP by default"));
            }
        }
        if (server.isEmpty() && !served.fromEnv()) {
            return Optional.empty();
        }
        String why = server.map(evidence -> "the command starts " + evidence)
                .orElse("the port a platform sends HTTP to");
        return served.ports().stream().filter(port -> probes.protocol(port) == HealthProbes.Protocol.UNKNOWN).findFirst()
                .map(port -> new HttpPort(port, why));
    }

    /**
     * For a stage none of whose ports is known to speak HTTP: the own check of the first service whose tool the
     * stage has (pg_isready, redis-cli), else a finding whose start says what its first port (the one its server
     * most likely listens on) is: one no list knows (the actionable case: option port), an HTTPS one, or a
     * service's without its check; every port is named with what it is known as.
     */
    private static Decision serviceCheck(StageImage app, ServedPorts served, Set<Tool> tools, HealthProbes probes, String options) {
        List<String> named = new ArrayList<>();
        for (int port : served.ports()) {
            Optional<HealthProbes.Service> service = probes.at(port);
            if (service.isPresent() && service.get().check().isPresent() && tools.contains(service.get().check().get())) {
                Tool check = service.get().check().get();
                Probe probe = Probe.service(check, port, probes);
                return new Add(probe, port, Optional.empty(), "added a HEALTHCHECK that checks " + service.get().name() + " on port " + port
                        + " with " + probe.program() + " (" + origin(app, check) + "), healthy while the server answers",
                        false, Optional.empty(), options);
            }
            named.add(port + " (" + switch (probes.protocol(port)) {
                case OTHER -> service.orElseThrow().name() + service.get().check().map(t -> ", without " + t.label() + " in the image").orElse("");
                case HTTPS -> "HTTPS";
                default -> "not known";
            } + ")");
        }
        String ports = String.join(", ", named);
        int first = served.ports().get(0);
        return switch (probes.protocol(first)) {
            case OTHER -> Decline.info("non-HTTP port without its check: the final stage serves on " + ports + "; an HTTP probe "
                    + "of a server that speaks another protocol would fail on a healthy server",
                    "add the service's own check by hand (such as pg_isready or redis-cli ping), with its client installed");
            case HTTPS -> Decline.info("HTTPS port only: the final stage serves on " + ports + "; a probe could check HTTP "
                    + "over TLS only by skipping the verification of the server's certificate",
                    "add a plain HTTP port for the check and set --option add-healthcheck.port=N, or write the check by hand (curl -k)");
            default -> Decline.info("port not known to speak HTTP: the final stage serves on " + ports + ", and its command "
                    + "starts no HTTP server dockmend knows; an HTTP probe of a server that speaks another protocol would mark a "
                    + "healthy container unhealthy",
                    "if port " + first + " answers HTTP, set --option add-healthcheck.port=" + first + "; otherwise add the service's own check by hand");
        };
    }

    /** Whether the probe's tool came with the image or was installed by a RUN of the stage (or a stage it builds on). */
    private static String origin(StageImage app, Tool tool) {
        if (app.installedTools().contains(tool)) {
            return "installed by a RUN of the stage";
        }
        return app.image().map(image -> "shipped by " + image.image().name() + ":" + image.image().tag()).orElse("in the stage");
    }

    private static String verdict(Optional<String> path) {
        return path.isPresent() ? "healthy on a 2xx or 3xx answer" : "healthy on any HTTP answer (set path=/health for a stricter check)";
    }

    /**
     * The file index of the final stage's own last USER when it is the line that leaves root (the USERs before it
     * in the chain, and the image, run as root): curl's install goes before it, where it runs as root, as it
     * does after add-non-root-user wrote that USER.
     */
    private static Optional<Integer> userLeavingRoot(StageImage app, List<Instruction> chain) {
        List<User> users = chain.stream().filter(User.class::isInstance).map(User.class::cast).toList();
        List<Instruction> own = app.stage().instructions();
        int last = own.size() - 1;
        while (last > 0 && !(own.get(last) instanceof User)) {
            last--;
        }
        if (last == 0 || isRoot(((User) own.get(last)).user())) {
            return Optional.empty();
        }
        boolean rootBefore = users.size() > 1 ? isRoot(users.get(users.size() - 2).user())
                : app.image().flatMap(ImageFacts::runsAs).isEmpty();
        return rootBefore ? Optional.of(app.stage().fileIndex(last)) : Optional.empty();
    }

    private static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.equals("root") || name.equals("0");
    }

    private static String joined(List<Integer> ports) {
        List<String> words = new ArrayList<>();
        ports.forEach(p -> words.add(Integer.toString(p)));
        return String.join(", ", words);
    }

    private static Optional<Decline> badOption(RecipeContext context) {
        for (String name : List.of("interval", "timeout", "start-period")) {
            if (!DURATION.matcher(context.option(name)).matches()) {
                return Optional.of(new Decline("invalid option: " + name + "=" + context.option(name)
                        + " is not a duration", "give a duration such as 30s, 1m30s or 500ms", Severity.WARNING));
            }
        }
        String path = context.option("path");
        if (!path.isEmpty() && !PATH.matcher(path).matches()) {
            return Optional.of(new Decline("invalid option: path=" + path + " is not a URL path dockmend can quote in a probe",
                    "give a path that starts with / and has no quotes, blanks, backslashes or $", Severity.WARNING));
        }
        if (Integer.parseInt(context.option("retries")) < 1) {
            return Optional.of(new Decline("invalid option: retries=" + context.option("retries") + " is below 1",
                    "give a number of retries of 1 or more", Severity.WARNING));
        }
        String port = context.option(PORT);
        if (!port.isEmpty() && !(port.matches("[1-9][0-9]{0,4}") && Integer.parseInt(port) <= 65535)) {
            return Optional.of(new Decline("invalid option: port=" + port + " is not a TCP port number",
                    "give a port number from 1 to 65535, such as 8080", Severity.WARNING));
        }
        return Optional.empty();
    }

    private static String flags(RecipeContext context) {
        return "--interval=" + context.option("interval") + " --timeout=" + context.option("timeout") + " --start-period="
                + context.option("start-period") + " --retries=" + context.option("retries");
    }

    /** The defaults of the ARGs before the first FROM, which an ARG of a stage without a default takes. */
    private static Map<String, String> globalArgs(Dockerfile file) {
        Map<String, String> args = new HashMap<>();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof From) {
                break;
            }
            if (instruction instanceof Arg arg) {
                arg.declarations().forEach(d -> d.defaultValue().ifPresent(v -> args.put(d.name(), v)));
            }
        }
        return args;
    }

    /** The instructions (FROMs left out) of {@code stage} and of the earlier stages it builds on, in build order. */
    private static List<Instruction> chain(List<Stage> stages, Stage stage) {
        int[] parents = Stages.parents(stages);
        List<Stage> lineage = new ArrayList<>();
        for (int at = stage.number(); at >= 0; at = parents[at]) {
            lineage.add(0, stages.get(at));
        }
        List<Instruction> chain = new ArrayList<>();
        lineage.forEach(s -> chain.addAll(s.instructions().subList(1, s.instructions().size())));
        return chain;
    }

    /**
     * The file with the check (and curl's install) before the stage's closing CMD and ENTRYPOINT lines, or after
     * its last instruction; with an install, before the USER line that leaves root ({@code userLine}); the change names the lines of the instruction it is put next to, before and after.
     */
    private static RecipeResult insert(Dockerfile file, Stage stage, Add add, Optional<Integer> userLine, FileStyle style) {
        List<Instruction> stageInstructions = stage.instructions();
        int tail = stageInstructions.size();
        while (tail > 1 && (stageInstructions.get(tail - 1) instanceof Cmd || stageInstructions.get(tail - 1) instanceof Entrypoint)) {
            tail--;
        }
        boolean before = tail < stageInstructions.size() || userLine.isPresent();
        int anchor = userLine.orElse(before ? stage.fileIndex(tail) : stage.fileIndex(stageInstructions.size() - 1));
        Instruction anchored = file.instructions().get(anchor);
        String ending = style.lineEnding();
        List<Instruction> added = new ArrayList<>();
        add.install().ifPresent(script -> added.add(Edits.instruction(file, style.keyword("RUN") + " " + script + ending)));
        added.add(Edits.instruction(file, healthcheck(add, style)));
        List<Instruction> instructions = new ArrayList<>(file.instructions());
        if (before) {
            instructions.addAll(anchor, added);
        } else {
            // the file's last line may have no line ending: the new lines take over the last one's ending
            String lastEnding = Edits.lastLineEnding(anchored);
            instructions.set(anchor, Edits.withLastLineEnding(anchored, ending));
            Instruction closing = added.get(added.size() - 1);
            added.set(added.size() - 1, Edits.withLastLineEnding(closing, lastEnding));
            instructions.addAll(anchor + 1, added);
        }
        Dockerfile after = file.withInstructions(instructions);
        List<Dockerfile.Located> was = file.located();
        List<Dockerfile.Located> now = after.located();
        // before or after the anchor, the new instructions and the anchor are at anchor .. anchor + added
        LineRange beforeLines = new LineRange(was.get(anchor).startLine(), was.get(anchor).endLine());
        LineRange afterLines = new LineRange(now.get(anchor).startLine(), now.get(anchor + added.size()).endLine());
        Change change = new Change(ID, beforeLines, afterLines, add.reason(), Safety.REVIEW);
        return new RecipeResult(after, List.of(change), List.of());
    }

    /** The HEALTHCHECK's text: its options on the first line, the command on a continuation line. */
    private static String healthcheck(Add add, FileStyle style) {
        Probe probe = add.probe();
        String command;
        if (probe.needsShell()) {
            command = add.shellForm() ? probe.script().get() : JsonArray.of(List.of(add.shell().orElseThrow(), "-c", probe.script().get()));
        } else {
            command = JsonArray.of(probe.words());
        }
        return style.keyword("HEALTHCHECK") + " " + add.flags() + " " + style.escape() + style.lineEnding()
                + style.continuationIndent() + style.keyword("CMD") + " " + command + style.lineEnding();
    }
}
