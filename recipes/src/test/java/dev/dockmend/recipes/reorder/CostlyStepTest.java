package dev.dockmend.recipes.reorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;

/** Which commands the shipped ecosystem table makes installs from manifests or build steps, and which neither. */
class CostlyStepTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "npm ci                                   | INSTALL",
            "npm ci $FLAGS                            | INSTALL",
            "npm --prefix web run build               | BUILD",
            "npm run-script build                     | BUILD",
            "npm run test                             | -",
            "npm install -g pnpm                      | -",
            "yarn                                     | INSTALL",
            "yarn build                               | BUILD",
            "pnpm run build                           | BUILD",
            "python3 -m pip install -r requirements.txt | INSTALL",
            "pip install .                            | INSTALL",
            "pip install flask                        | -",
            "go mod download                          | INSTALL",
            "CGO_ENABLED=0 go build -o /out/app .     | BUILD",
            "go install ./cmd/...                     | BUILD",
            "go mod verify                            | -",
            "go vet ./...                             | -",
            "mvn -B dependency:go-offline             | INSTALL",
            "mvn -B -f pom.xml -DskipTests clean package | BUILD",
            "./mvnw install                           | BUILD",
            "mvn help:evaluate                        | -",
            "./gradlew --no-daemon bootJar -x test    | BUILD",
            "gradle dependencies                      | INSTALL",
            "gradle --version                         | -",
            "dotnet restore                           | INSTALL",
            "dotnet publish -c Release -o /out        | BUILD",
            "dotnet test                              | -",
            "cargo build --release                    | BUILD",
            "cargo fetch                              | INSTALL",
            "poetry build                             | BUILD",
            "gosu node npm run build                  | BUILD",
            "make                                     | -",
    })
    void readsACommandAsAnInstallABuildOrNeither(String command, String kind) {
        var script = ((ShellAnalysis.Understood) ShellParser.parse(command)).script();
        Optional<CostlyStep> step = script.simpleCommands().get(0).effectiveCommand().flatMap(CostlyStep::of);
        assertEquals(kind, step.map(found -> found.kind().name()).orElse("-"), command);
    }
}
