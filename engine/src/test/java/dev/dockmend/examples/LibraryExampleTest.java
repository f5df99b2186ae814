package dev.dockmend.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;

/** The example README shows, compiled and run, so it cannot rot. */
class LibraryExampleTest {

    @Test
    void parseWalkAndPrint() {
        // --- README example start
        String text = """
                FROM golang:1.22 AS build
                RUN go build -o /out/app ./cmd/app
                FROM gcr.io/distroless/static
                COPY --from=build /out/app /app
                """;
        Dockerfile file = Dockerfiles.parse(text).orThrow("Dockerfile");

        List<String> seen = new ArrayList<>();
        for (Dockerfile.Located located : file.located()) {
            Instruction instruction = located.instruction();
            if (instruction instanceof From from) {
                seen.add(located.startLine() + ": stage " + from.stageName().orElse("-") + " from " + from.image());
            } else if (instruction instanceof Run run && run.command() instanceof CommandForm.ShellForm shell) {
                seen.add(located.startLine() + ": runs " + shell.script());
            } else {
                seen.add(located.startLine() + ": " + instruction.keywordText() + " " + instruction.args());
            }
        }

        String printed = Dockerfiles.print(file); // byte for byte the input
        // --- README example end

        assertEquals(List.of(
                "1: stage build from golang:1.22",
                "2: runs go build -o /out/app ./cmd/app",
                "3: stage - from gcr.io/distroless/static",
                "4: COPY [/out/app, /app]"), seen);
        assertEquals(text, printed);
    }
}
