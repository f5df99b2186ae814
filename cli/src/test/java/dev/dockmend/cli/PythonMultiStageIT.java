package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * convert-to-multi-stage on a Python project through the packaged program: with the Dockerfile's folder as the
 * build context (whose requirements.txt tells the packages) the pip install moves into a virtual environment and
 * the runtime stage runs on python:X-slim; a second run changes nothing; from standard input, without the
 * context, it declines with a finding that names --context.
 */
class PythonMultiStageIT {
    private static final String DOCKERFILE = "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\n"
            + "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"gunicorn\", \"-b\", \":8080\", \"app:app\"]\n";
    private static final String CONVERTED = "FROM python:3.12 AS build\nWORKDIR /app\nCOPY requirements.txt .\n"
            + "RUN python -m venv /opt/venv\nENV PATH=\"/opt/venv/bin:$PATH\"\nRUN pip install --no-cache-dir -r requirements.txt\n"
            + "COPY . .\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=build /opt/venv /opt/venv\nCOPY --from=build /app /app\n"
            + "ENV PATH=\"/opt/venv/bin:$PATH\"\nCMD [\"gunicorn\", \"-b\", \":8080\", \"app:app\"]\n";

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void thePipInstallMovesIntoAVirtualEnvironmentOnTheSlimImage() throws IOException {
        write("Dockerfile", DOCKERFILE);
        write("requirements.txt", "Flask==3.0.3\ngunicorn==22.0.0\n");
        write("app.py", "from flask import Flask\napp = Flask(__name__)\n");
        Program.Run run = Program.launched().run(dir, "fix", "--write", "--recipe", "convert-to-multi-stage", "Dockerfile").withoutStackTrace();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(CONVERTED, Files.readString(dir.resolve("Dockerfile")));
        Program.Run again = Program.launched().run(dir, "check", "--recipe", "convert-to-multi-stage", "Dockerfile").withoutStackTrace();
        assertEquals(0, again.exitCode(), again.out() + again.err());
    }

    @Test
    void withoutTheContextItSaysWhy() throws IOException {
        Program.Run run = Program.launched().run(dir, DOCKERFILE.getBytes(StandardCharsets.UTF_8), "fix", "--recipe",
                "convert-to-multi-stage", "-").withoutStackTrace();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(DOCKERFILE, run.out());
        assertTrue(run.err().contains("without /app/requirements.txt from the build context") && run.err().contains("--context DIR"),
                run.err());
    }
}
