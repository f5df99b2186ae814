package dev.dockmend.recipes.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.dockmend.Dockerfiles;

/** The second guess that a stage runs Windows commands: drive paths and cmd variables in its instructions. */
class WindowsLookTest {

    private static Optional<String> look(String dockerfile) {
        return WindowsLook.in(Dockerfiles.parse(dockerfile).tree().orElseThrow().instructions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUN echo %windir%                  | %windir%",
        "RUN echo %PATH_1% %other%          | %PATH_1%",
        "RUN echo %%abc%                    | %abc%",
        "RUN echo %_a1%                     | %_a1%",
        "COPY app C:\\app                    | C:\\",
        "WORKDIR d:\\work                    | d:\\",
    })
    void findsWindowsText(String line, String evidence) {
        assertEquals(Optional.of(evidence), look("FROM img\n" + line + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUN date +%Y%m%d",
        "RUN echo 50% done %ab%",
        "RUN echo %1abc%",
        "RUN echo %abc",
        "RUN printf '%s\\n' x",
        "RUN echo ab:\\c",
    })
    void leavesPosixTextAlone(String line) {
        assertEquals(Optional.empty(), look("FROM img\n" + line + "\n"));
    }

    @Test
    void theFirstEvidenceInTheStageIsNamed() {
        assertEquals(Optional.of("%TEMP%"), look("FROM img\nRUN echo %TEMP%\nRUN dir C:\\\n"));
    }
}
