package dev.dockmend.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.ShellState;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.tree.Run;

/** The shell-analysis example README shows, compiled and run. */
class ShellExampleTest {

    @Test
    void findPackageInstallsAndStateChanges() {
        Run run = (Run) Dockerfiles.parse("FROM debian\nRUN cd /tmp && sudo -E apt-get install -y curl # tools\n")
                .orThrow("Dockerfile").instructions().get(1);
        List<String> seen = new ArrayList<>();
        // --- README example start
        if (RunScript.of(run) instanceof RunScript.ShellText text) {
            ShellAnalysis analysis = ShellParser.parse(text.text());
            if (analysis instanceof ShellAnalysis.Unknown unknown) {
                seen.add("left alone: " + unknown.reason()); // e.g. "an unclosed double quote at column 14"
            } else if (analysis instanceof ShellAnalysis.Understood understood) {
                Script script = understood.script();
                for (SimpleCommand command : script.simpleCommands()) { // nested ones too
                    command.effectiveCommand().filter(c -> c.is("apt-get"))
                            .ifPresent(c -> seen.add("apt-get at " + command.span() + ": " + script.text(command.span())));
                }
                ShellState.changes(script).forEach(change -> seen.add(change.name() + " " + change.reason()));
                script.trailingComment().ifPresent(comment -> seen.add("ends with " + script.text(comment)));
            }
        }
        // --- README example end
        assertEquals(List.of("apt-get at Span[start=11, end=42]: sudo -E apt-get install -y curl",
                "cd changes the working directory", "ends with # tools"), seen);
    }
}
