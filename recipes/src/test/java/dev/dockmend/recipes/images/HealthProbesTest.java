package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped {@code health-probes.txt} and the messages of a malformed one. */
class HealthProbesTest {
    private final HealthProbes shipped = HealthProbes.shipped();

    @Test
    void servicePortsHaveTheirChecks() {
        assertEquals(Optional.of(new HealthProbes.Service(5432, "postgresql", Optional.of(Tool.PG_ISREADY))), shipped.at(5432));
        assertEquals(Optional.of(new HealthProbes.Service(3306, "mysql", Optional.empty())), shipped.at(3306));
        assertEquals(Optional.empty(), shipped.at(8080));
        assertEquals(List.of("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5433"), shipped.probe(Tool.PG_ISREADY, 5433));
        assertEquals(List.of("redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping"), shipped.probe(Tool.REDIS_CLI, 6379));
    }

    @Test
    void portsSpeakHttpHttpsAnotherProtocolOrNotKnown() {
        assertEquals(HealthProbes.Protocol.HTTP, shipped.protocol(8080));
        assertEquals(HealthProbes.Protocol.HTTP, shipped.protocol(15672));
        assertEquals(HealthProbes.Protocol.HTTPS, shipped.protocol(443));
        assertEquals(HealthProbes.Protocol.HTTPS, shipped.protocol(15671));
        assertEquals(HealthProbes.Protocol.OTHER, shipped.protocol(5432));
        assertEquals(HealthProbes.Protocol.OTHER, shipped.protocol(27015));
        assertEquals(HealthProbes.Protocol.OTHER, shipped.protocol(9000));
        assertEquals(HealthProbes.Protocol.UNKNOWN, shipped.protocol(4567));
    }

    /** A command's words (blank-separated) and the HTTP server it starts, empty when none is known. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "gunicorn app:app|gunicorn",
            "/usr/local/bin/gunicorn -b :8000 app:app|gunicorn",
            "tini -- python -m uvicorn main:app|uvicorn",
            "exec bundle exec rails server -b 0.0.0.0|rails server",
            "python3 manage.py runserver 0.0.0.0:8000|python3 manage.py runserver",
            "python3 -m http.server 8000|http.server",
            "php -S 0.0.0.0:80 -t public|php -S",
            "nginx -g daemon off;|nginx",
            "php-fpm|",
            "node server.js|",
            "npm start|",
            "uwsgi --http :80|",
            "python -m myapp|",
            "java -jar app.jar|"
    })
    void commandsThatStartAnHttpServer(String command, String server) {
        assertEquals(Optional.ofNullable(server), shipped.httpServer(List.of(command.split(" "))));
    }

    @Test
    void applicationCommandsServeHttpByTheirFrameworks() {
        assertEquals("node", shipped.appCommand(List.of("node", "app.js")).orElseThrow().getKey());
        assertEquals("java -jar", shipped.appCommand(List.of("exec", "java", "-jar", "app.jar")).orElseThrow().getKey());
        assertEquals(Optional.empty(), shipped.appCommand(List.of("celery", "worker")));
        HealthProbes.Framework npm = shipped.appCommand(List.of("npm", "start")).orElseThrow().getValue().get(0);
        assertEquals(Optional.of("express"), npm.dependedOn("{\"dependencies\": {\"express\": \"^4\"}}"));
        assertEquals(Optional.empty(), npm.dependedOn("{\"dependencies\": {\"express-validator\": \"^7\"}}"));
        HealthProbes.Framework maven = shipped.appCommand(List.of("java", "-jar", "a.jar")).orElseThrow().getValue().get(0);
        assertEquals(Optional.empty(), maven.dependedOn("<artifactId>spring-boot-starter-web-services</artifactId>"));
    }

    @Test
    void installsAreKnownByDistribution() {
        assertEquals(Optional.of("apk add --no-cache curl"), shipped.installCurl("alpine"));
        assertEquals(Optional.empty(), shipped.installCurl("distroless"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "port 70000 gopher|t.txt line 1: `port` takes a port number (1-65535), a service name and an optional tool",
            "port 1 a\\nport 1 b|t.txt line 2: port 1 is listed twice",
            "port 1 a telnet|t.txt line 1: unknown tool `telnet`",
            "port 1 a curl|t.txt line 1: no `probe` line for curl",
            "probe curl|t.txt line 1: `probe` takes a tool and the words of its command",
            "install alpine|t.txt line 1: `install` takes a distribution and the words of its script",
            "ports 1 a|t.txt line 1: unknown key `ports` (expected http, https, port, probe, http-server, launcher, app-command, framework or install)",
            "http 80|t.txt line 1: `http` takes a port number (1-65535) and the servers it is known for",
            "port 80 web\\nhttp 80 web|t.txt line 2: port 80 is listed twice",
            "http 80 web\\nport 80 web|t.txt line 2: port 80 is listed twice",
            "launcher|t.txt line 1: `launcher` takes the words of a command",
            "app-command node node|t.txt line 1: no `framework` line for the ecosystem node of this `app-command`",
            "framework node package.json|t.txt line 1: `framework` takes an ecosystem, a manifest file and framework names"
    })
    void aMalformedTableNamesItsLine(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> HealthProbes.parse("t.txt", List.of(text.replace("\\n", "\n").split("\n")))).getMessage());
    }
}
