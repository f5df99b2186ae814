package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The names a folder search takes ({@code dockerfile-names.txt}), and the templates and backups it leaves. */
class DockerfileNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile", "dockerfile", "DOCKERFILE", "Containerfile", "containerfile", "Dockerfile.prod", "Dockerfile.0",
            "Dockerfile-dev", "Dockerfile-WINDOWS_LTSC2022", "Dockerfile_prod", "Dockerfile_arm", "api.Dockerfile", "front-end.dockerfile",
            "dev.Containerfile", "Containerfile.fedora", "Containerfile-dev", "Dockerfile.insider", "Dockerfile.windowsservercore",
            "Dockerfile.int", "Dockerfile.tmplike"})
    void takesDockerfilesAndTheirVariants(String name) {
        assertTrue(DockerfileFinder.isDockerfileName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.j2", "Dockerfile.jinja", "Dockerfile.jinja2", "Dockerfile.tmpl", "Dockerfile.tpl", "Dockerfile.template",
            "Dockerfile.in", "Dockerfile.orig", "Dockerfile.bak", "Dockerfile.rej", "Dockerfile.swp", "Dockerfile~", "Dockerfile.old",
            "Dockerfile.sample", "Dockerfile.example", "Dockerfile.dist", "Dockerfile.prod.j2", "api.Dockerfile.tmpl", "Dockerfile.dockerignore",
            "api.Dockerfile.dockerignore", "Dockerfile.TEMPLATE", "Dockerfile-dev.orig", "Dockerfile.", "Dockerfile-", ".dockerfile",
            "Dockerfiles", "dockerfile.md.j2", "README.md", "docker-compose.yml", "MyDockerfile", "Containerfile.in"})
    void leavesTemplatesBackupsAndOtherFiles(String name) {
        assertTrue(!DockerfileFinder.isDockerfileName(name), name);
    }

    @Test
    void describesTheNamesForMessages() {
        assertEquals("Dockerfile, Containerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, Containerfile.*, Containerfile-*, Containerfile_*, "
                + "*.Dockerfile or *.Containerfile", DockerfileNames.known().describe());
    }

    @Test
    void aWrongLineOfTheTableIsNamed() {
        assertEquals("dockerfile-names.txt:2: unknown kind `prefx` (expected name, prefix, suffix or except)",
                assertThrows(IllegalStateException.class, () -> DockerfileNames.parse(List.of("# header", "prefx dockerfile."))).getMessage());
        assertEquals("dockerfile-names.txt:1: expected KIND VALUE, the value in lower case: name Dockerfile",
                assertThrows(IllegalStateException.class, () -> DockerfileNames.parse(List.of("name Dockerfile"))).getMessage());
    }

    /**
     * The shared corpus names each Dockerfile by its path in its repository, joined with {@code __}: every
     * one is taken by its name but a backup that its repository keeps, which a search rightly leaves.
     */
    @Test
    void everyCorpusDockerfileButABackupIsTaken() throws IOException {
        Path corpus = Path.of(System.getProperty("dockmend.shared", "../../shared"), "corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.contains("__") && !name.endsWith(".result"))
                    .map(name -> name.substring(name.lastIndexOf("__") + 2))
                    .toList();
            assertTrue(names.size() > 1500, "corpus names: " + names.size());
            assertEquals(List.of("Dockerfile.old"), names.stream().filter(name -> !DockerfileFinder.isDockerfileName(name)).toList());
        }
    }
}
