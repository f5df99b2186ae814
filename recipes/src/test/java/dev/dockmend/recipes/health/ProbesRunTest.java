package dev.dockmend.recipes.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Healthcheck;

/**
 * The HEALTHCHECKs add-healthcheck writes, run for real: for each probe tool, the recipe's output for an image
 * that has it is parsed back (as BuildKit reads it: the exec form's JSON decoded, the shell form's script), and
 * that command is run here against a small HTTP server, as Docker would run it (exec form directly, shell form
 * with {@code /bin/sh -c}). Without a path a check passes on any status (404, 500) and fails with no server;
 * with one it passes on 200 and on a redirect and fails on 404 and 500. A tool not installed on this machine
 * is skipped (BusyBox's wget runs through a {@code wget} link to {@code busybox}).
 */
class ProbesRunTest {
    private static HttpServer server;
    private static final AtomicInteger ROOT_STATUS = new AtomicInteger(404);

    @TempDir
    static Path bin;

    /** A tool, the image whose check uses it, and the program that must be on this machine to run it. */
    enum Probed {
        NODE("node:20-alpine", "node", ""),
        PYTHON("python:3.12-slim", "python3", ""),
        PHP("php:8.3-cli", "php", ""),
        CURL("nginx:1.27", "curl", ""),
        GNU_WGET("ubuntu:24.04", "wget", "RUN apt-get update && apt-get install -y wget\n"),
        BUSYBOX_WGET("alpine:3.20", "busybox", "");

        final String image;
        final String program;
        final String run;

        Probed(String image, String program, String run) {
            this.image = image;
            this.program = program;
            this.run = run;
        }
    }

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = switch (path) {
                case "/" -> ROOT_STATUS.get();
                case "/health" -> 200;
                case "/moved" -> 301;
                case "/broken" -> 500;
                default -> 404;
            };
            if (status == 301) {
                exchange.getResponseHeaders().add("Location", "/health");
            }
            byte[] body = ("status " + status + "\n").getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @EnumSource(Probed.class)
    void anyStatusPassesOnAnAnswerAndFailsWithoutOne(Probed probed) throws Exception {
        Assumptions.assumeTrue(installed(probed.program), probed.program + " is not installed here");
        int port = server.getAddress().getPort();
        List<String> command = check(probed, port, Optional.empty());
        for (int status : new int[] {404, 500, 200}) {
            ROOT_STATUS.set(status);
            assertEquals(0, run(probed, command), probed + " on a " + status + " answer: " + command);
        }
        int closed = closedPort();
        assertNotEquals(0, run(probed, check(probed, closed, Optional.empty())), probed + " with nothing listening");
    }

    @ParameterizedTest
    @EnumSource(Probed.class)
    void aPathPassesOn2xxAnd3xxOnly(Probed probed) throws Exception {
        Assumptions.assumeTrue(installed(probed.program), probed.program + " is not installed here");
        int port = server.getAddress().getPort();
        assertEquals(0, run(probed, check(probed, port, Optional.of("/health"))), probed + " on 200");
        assertEquals(0, run(probed, check(probed, port, Optional.of("/moved"))), probed + " on 301");
        assertNotEquals(0, run(probed, check(probed, port, Optional.of("/missing"))), probed + " on 404");
        assertNotEquals(0, run(probed, check(probed, port, Optional.of("/broken"))), probed + " on 500");
        assertNotEquals(0, run(probed, check(probed, closedPort(), Optional.of("/health"))), probed + " with nothing listening");
    }

    /** The command of the HEALTHCHECK the recipe writes for the image, as the output parses: exec words, or sh -c. */
    private static List<String> check(Probed probed, int port, Optional<String> path) {
        // a random port no list knows: the command, a known HTTP server (npm's http-server), says it speaks HTTP
        String text = "FROM " + probed.image + "\n" + probed.run + "EXPOSE " + port + "\nCMD [\"http-server\", \"-p\", \"" + port + "\"]\n";
        Dockerfile file = Dockerfiles.parse(text).orThrow("probe");
        Map<String, Map<String, String>> options = Map.of("add-healthcheck", path.map(p -> Map.of("path", p)).orElse(Map.of()));
        Dockerfile after = new Pipeline(List.of(new AddHealthcheck())).run(file, "Dockerfile", options).after();
        Dockerfile reparsed = Dockerfiles.parse(Dockerfiles.print(after)).orThrow("output");
        Healthcheck healthcheck = reparsed.instructions().stream().filter(Healthcheck.class::isInstance).map(Healthcheck.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no HEALTHCHECK for " + probed + ":\n" + Dockerfiles.print(after)));
        CommandForm command = healthcheck.command();
        if (command instanceof CommandForm.ExecForm exec) {
            return exec.arguments();
        }
        return List.of("/bin/sh", "-c", ((CommandForm.ShellForm) command).script());
    }

    private static int run(Probed probed, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (probed == Probed.BUSYBOX_WGET) {
            Path link = bin.resolve("wget");
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, Path.of(which("busybox").orElseThrow()));
            }
            builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        }
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not end: " + command);
        return process.exitValue();
    }

    /** A port nothing listens on: one the system just gave and took back. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean installed(String program) {
        return which(program).isPresent();
    }

    private static Optional<String> which(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv("PATH").split(File.pathSeparator)));
        for (String folder : folders) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
