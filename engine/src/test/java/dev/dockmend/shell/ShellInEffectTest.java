package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;

/** Which shell runs the shell-form instructions at each point of a Dockerfile. */
class ShellInEffectTest {

    /** "posix" or "other" for each instruction, with the shell's program. */
    static List<String> shells(String dockerfile) {
        return ShellInEffect.of(Dockerfiles.parse(dockerfile).orThrow("Dockerfile")).stream()
                .map(shell -> (shell.posix() ? "posix " : "other ") + shell.command().get(0)).toList();
    }

    @Test
    void theDefaultIsBinSh() {
        assertEquals(List.of("posix /bin/sh", "posix /bin/sh"), shells("FROM alpine\nRUN true\n"));
    }

    @Test
    void aShellInstructionChangesTheShellForTheRestOfTheStage() {
        assertEquals(List.of("posix /bin/sh", "posix /bin/bash", "posix /bin/bash", "other pwsh", "other pwsh", "posix /bin/sh"),
                shells("FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN x\nSHELL [\"pwsh\", \"-c\"]\nRUN y\nFROM b\n"));
    }

    @Test
    void aStageBuiltOnAnotherKeepsItsShell() {
        assertEquals(List.of("posix /bin/sh", "other powershell", "other powershell", "other powershell"),
                shells("FROM a AS Base\nSHELL [\"powershell\", \"-Command\"]\nFROM base\nRUN x\n"));
    }

    @Test
    void windowsBaseImagesRunCmd() {
        assertEquals(List.of("other cmd", "other cmd"), shells("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n"));
        assertEquals(List.of("posix /bin/sh", "other cmd", "other cmd"),
                shells("ARG BASE=\"mcr.microsoft.com/powershell:nanoserver-1809\"\nFROM ${BASE}\nRUN dir\n"));
    }
}
