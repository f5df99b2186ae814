package dev.dockmend.recipes.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The family table: what the shipped data says of official images and their variants, and its format errors. */
class ImageFamiliesTest {

    private static ImageFacts facts(String reference) {
        return ImageFamilies.shipped().of(ImageName.of(reference).orElseThrow())
                .orElseThrow(() -> new AssertionError(reference + " has no family"));
    }

    private static String tools(ImageFacts facts) {
        return facts.tools().stream().map(Tool::label).sorted().collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // reference                 | family            | users   | shell   | tools                 | shipped user
            "python:3.12-slim             | debian            | shadow  | /bin/sh | python                | -",
            "python:3.12-alpine           | alpine            | busybox | /bin/sh | busybox-wget python   | -",
            "python:3.12                  | debian-buildpack  | shadow  | /bin/sh | curl python wget      | -",
            "node:20                      | debian-buildpack  | shadow  | /bin/sh | curl node wget        | node",
            "node:20-bookworm-slim        | debian            | shadow  | /bin/sh | node                  | node",
            "node:20-alpine3.19           | alpine            | busybox | /bin/sh | busybox-wget node     | node",
            "docker.io/library/nginx:1.27 | debian            | shadow  | /bin/sh | curl                  | nginx",
            "php:8.3-fpm-alpine           | alpine            | busybox | /bin/sh | busybox-wget curl php | www-data",
            "ubuntu:24.04                 | ubuntu            | shadow  | /bin/sh | ''                    | -",
            "busybox                      | busybox           | busybox | /bin/sh | busybox-wget          | -",
            "registry.access.redhat.com/ubi9/ubi-minimal:9.4 | rhel-minimal | none | /bin/sh | curl  | -",
            "registry.access.redhat.com/ubi9/ubi:9.4         | rhel         | shadow | /bin/sh | curl | -",
            "registry.access.redhat.com/ubi9/ubi-micro:9.4   | rhel-micro   | none | /bin/sh | ''    | -",
            "cgr.dev/chainguard/node:latest     | chainguard   | none    | none    | ''           | nonroot",
            "cgr.dev/chainguard/node:latest-dev | wolfi        | busybox | /bin/sh | busybox-wget | nonroot",
            "gcr.io/distroless/nodejs20-debian12 | distroless-nodejs | none | none | node         | nonroot",
            "mirror.gcr.io/busybox:1.36   | busybox           | busybox | /bin/sh | busybox-wget          | -",
            "public.ecr.aws/docker/library/node:20-slim | debian | shadow | /bin/sh | node              | node",
            "haproxy:3.0-alpine           | alpine            | busybox | /bin/sh | busybox-wget          | -",
            // the probe tools add-healthcheck relies on
            "nginx:1.27-alpine            | alpine            | busybox | /bin/sh | busybox-wget          | nginx",
            "postgres:16                  | debian            | shadow  | /bin/sh | pg-isready            | postgres",
            "redis:7-alpine               | alpine            | busybox | /bin/sh | busybox-wget redis-cli | redis",
            "python:2.7-slim              | debian            | shadow  | /bin/sh | ''                    | -",
            "python:2.7                   | debian-buildpack  | shadow  | /bin/sh | curl wget             | -",
            // .NET ships the user app from .NET 8 on; 6.0 and 7.0 have none
            "mcr.microsoft.com/dotnet/aspnet:8.0          | debian | shadow  | /bin/sh | ''           | app",
            "mcr.microsoft.com/dotnet/runtime:9.0-alpine  | alpine | busybox | /bin/sh | busybox-wget | app",
            "mcr.microsoft.com/dotnet/aspnet:10.0         | debian | shadow  | /bin/sh | ''           | app",
            "mcr.microsoft.com/dotnet/aspnet:6.0          | debian | shadow  | /bin/sh | ''           | -",
            "mcr.microsoft.com/dotnet/sdk:7.0-alpine      | alpine | busybox | /bin/sh | busybox-wget | -",
            // the JVM images, read from their Dockerfiles: Temurin's Ubuntu variants install curl and wget, the UBI
            // ones run on ubi-minimal, gradle ships its user (101 on UBI), its corretto variant is Amazon Linux
            "eclipse-temurin:21-jre                    | ubuntu       | shadow  | /bin/sh | curl java wget         | -",
            "eclipse-temurin:21-jdk-ubi9-minimal       | rhel-minimal | none    | /bin/sh | curl java wget         | -",
            "eclipse-temurin:17-jre-ubi9-minimal       | rhel-minimal | none    | /bin/sh | curl java wget         | -",
            "eclipse-temurin:21-jre-alpine             | alpine       | busybox | /bin/sh | busybox-wget java      | -",
            "maven:3.9-eclipse-temurin-21              | ubuntu       | shadow  | /bin/sh | curl java wget         | -",
            "maven:3.9-amazoncorretto-21               | amazonlinux  | none    | /bin/sh | curl java              | -",
            "gradle:8.10-jdk21                         | ubuntu       | shadow  | /bin/sh | curl java wget         | gradle",
            "gradle:8.10-jdk21-alpine                  | alpine       | busybox | /bin/sh | busybox-wget curl java wget | gradle",
            "gradle:8.10-jdk21-ubi9                    | rhel-minimal | none    | /bin/sh | curl java wget         | gradle",
            "gradle:8.10-jdk21-corretto                | amazonlinux  | none    | /bin/sh | curl java wget         | gradle",
            "gradle:8.10-jdk21-graal                   | ubuntu       | shadow  | /bin/sh | curl java wget         | gradle",
            "mysql:8.4                                 | oraclelinux-slim | shadow | /bin/sh | curl              | mysql"
    })
    void officialImagesMapToFamiliesByNameAndVariant(String reference, String family, String users, String shell,
                                                     String tools, String user) {
        ImageFacts facts = facts(reference);
        assertEquals(family, facts.family().name());
        assertEquals(users, facts.users().label());
        assertEquals(shell, facts.shell().orElse("none"));
        assertEquals(tools, tools(facts));
        assertEquals(user, facts.shippedUser().map(ShippedUser::name).orElse("-"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "postgres:16, docker-entrypoint.sh, gosu",
            "postgres:16-alpine, docker-entrypoint.sh, gosu",
            "mysql:8.4, docker-entrypoint.sh, gosu",
            "mariadb:11, docker-entrypoint.sh, gosu",
            "mongo:7, docker-entrypoint.sh, gosu",
            "redis:7-alpine, docker-entrypoint.sh, su-exec",
            "rabbitmq:3-management, docker-entrypoint.sh, gosu",
            "nginx:alpine, /docker-entrypoint.sh, server",
            "php:8.3-apache, docker-php-entrypoint, server",
            "wordpress:6, docker-entrypoint.sh, server",
            "node:22, docker-entrypoint.sh, none",
            "python:3.12, none, none",
            "httpd:2.4, none, server",
            "eclipse-temurin:21-jre, /__cacert_entrypoint.sh, none",
            "eclipse-temurin:21-jdk-ubi9-minimal, /__cacert_entrypoint.sh, none",
            "gradle:8.10-jdk21, /__cacert_entrypoint.sh, none",
            "gradle:8.10-jdk21-alpine, /__cacert_entrypoint.sh, none",
            "gradle:8.10-jdk21-graal, none, none"
    })
    void serviceImagesHaveTheirEntrypointAndPrivilegeDrop(String reference, String entrypoint, String drop) {
        ImageFacts facts = facts(reference);
        assertEquals(entrypoint, facts.entrypoint().orElseThrow().toString());
        assertEquals(drop, facts.dropsPrivileges().orElseThrow().label());
    }

    /** The ports an image's own EXPOSE declares, blank-separated; - for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nginx:1.27|80", "nginx:1.27-alpine|80", "httpd:2.4|80", "httpd:2.4-alpine|80",
            "php:8.3-apache|80", "php:8.3-fpm|9000", "php:8.3-fpm-alpine|9000", "php:8.3-cli|-",
            "wordpress:6|80", "wordpress:6-fpm|9000", "wordpress:cli|-",
            "tomcat:10.1-jre17|8080", "ghost:5-alpine|2368", "ghost:5|2368", "caddy:2-alpine|80 443 2019", "caddy:2-builder|-",
            "postgres:16|5432", "postgres:16-alpine|5432", "mysql:8.4|3306 33060", "mariadb:11|3306", "mongo:7|27017",
            "redis:7|6379", "redis:7-alpine|6379",
            "rabbitmq:3.13|4369 5671 5672 15691 15692 25672", "rabbitmq:3.13-management-alpine|4369 5671 5672 15671 15672 15691 15692 25672",
            "node:20-alpine|-", "python:3.12-slim|-", "alpine:3.20|-"
    })
    void imagesDeclareTheirOwnPorts(String reference, String ports) {
        List<Integer> expected = ports.equals("-") ? List.of() : java.util.Arrays.stream(ports.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, facts(reference).exposes());
    }

    @Test
    void anOfficialImageKnownOnlyByItsVariantHasNoEntrypointFact() {
        ImageFacts haproxy = facts("haproxy:alpine");
        assertEquals(Optional.empty(), haproxy.entrypoint(), "unknown, not none");
        assertEquals(Optional.empty(), haproxy.dropsPrivileges());
        assertEquals(Optional.empty(), ImageFamilies.shipped().of(ImageName.of("myorg/app:alpine").orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "golang:1.22, go", "golang:1.22-alpine, go", "maven:3.9-eclipse-temurin-21, java", "gradle:8-jdk21, java",
            "eclipse-temurin:21, java", "eclipse-temurin:21-jdk-alpine, java", "rust:1.80, rust", "python:3.12, python",
            "node:20, node", "mcr.microsoft.com/dotnet/sdk:8.0, dotnet"
    })
    void toolchainsAreMarked(String reference, String ecosystem) {
        assertEquals(Optional.of(ecosystem), facts(reference).toolchain());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"eclipse-temurin:21-jre", "python:3.12-slim", "mcr.microsoft.com/dotnet/aspnet:8.0", "gcr.io/distroless/java21-debian12",
            "node:20-slim", "node:20-alpine"})
    void runtimesAreNotToolchains(String reference) {
        assertEquals(Optional.empty(), facts(reference).toolchain());
    }

    @Test
    void everyEntryCitesItsSource() {
        for (String reference : List.of("node:20", "scratch", "gcr.io/distroless/static-debian12", "postgres:16")) {
            ImageFacts facts = reference.equals("scratch") ? ImageFamilies.shipped().of(new ImageName("scratch", "latest")).orElseThrow()
                    : facts(reference);
            assertTrue(facts.sources().stream().anyMatch(s -> s.startsWith("https://")), reference + ": " + facts.sources());
        }
    }

    @Test
    void packagesGiveTools() {
        ImageFamilies table = ImageFamilies.shipped();
        assertEquals(Optional.of(Tool.NODE), table.toolOfPackage("nodejs"));
        assertEquals(Optional.of(Tool.JAVA), table.toolOfPackage("openjdk-17-jre-headless"));
        assertEquals(Optional.of(Tool.PYTHON), table.toolOfPackage("python3"));
        assertEquals(Optional.empty(), table.toolOfPackage("python3-pip"));
        assertEquals(Optional.empty(), table.toolOfPackage("curlftpfs"));
        assertEquals(Optional.empty(), table.toolOfPackage("python"), "Debian's and old Alpine's python is Python 2, no python3");
        assertEquals(Optional.of(Tool.PG_ISREADY), table.toolOfPackage("postgresql-client"));
        assertEquals(Optional.of(Tool.REDIS_CLI), table.toolOfPackage("redis-tools"));
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class,
                () -> ImageFamilies.parse("t.txt", List.of(text.split("\n", -1)))).getMessage();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "images a:*\\n  in-family nope\\n  source s|t.txt line 1: no `family nope` entry",
            "images a:*\\n  exposes 80 http|t.txt line 2: `exposes` takes TCP port numbers (1-65535)",
            "images a:*\\n  exposes 70000|t.txt line 2: `exposes` takes TCP port numbers (1-65535)",
            "images a:*\\n  in-family x|t.txt line 1: the entry has no `source` line",
            "family x\\n  distribution d\\n  users none\\n  shell none\\n  source s|t.txt line 1: family x has no `tools` line",
            "family x\\n  users root|t.txt line 2: `users` takes one of busybox, shadow, none",
            "images a:*\\n  tools telnet|t.txt line 2: unknown tool `telnet`; the tools are curl, wget, busybox-wget, node, python, php, ruby, java, pg-isready, redis-cli",
            "images a\\n  source s|t.txt line 1: `a` is not NAME:TAG",
            "images a:*\\n  user app 0 0|t.txt line 2: `user` takes a name, a uid above 0 and a gid",
            "images a:*\\n  drops-privileges sudo|t.txt line 2: `drops-privileges` takes one of none, gosu, su-exec, server",
            "  shell none|t.txt line 1: `shell` comes before the first `family` or `images` line",
            "images a:*\\n  eol 2020-01-01|t.txt line 2: unknown key `eol` in an images entry; the keys are drops-privileges, entrypoint, exposes, in-family, runs-as, shell, source, toolchain, tools, user"
    })
    void aMalformedTableNamesItsLine(String text, String message) {
        assertEquals(message, error(text.replace("\\n", "\n")));
    }
}
