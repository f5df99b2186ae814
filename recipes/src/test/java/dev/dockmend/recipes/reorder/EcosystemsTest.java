package dev.dockmend.recipes.reorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;

class EcosystemsTest {

    private static InstallCommand read(String script) {
        ShellAnalysis.Understood understood = (ShellAnalysis.Understood) ShellParser.parse(script);
        return InstallCommand.of(Ecosystems.shipped(), understood.script().simpleCommands().get(0).effectiveCommand().orElseThrow());
    }

    @Test
    void theShippedTableNamesEveryEcosystemOfTheIssue() {
        List<String> names = Ecosystems.shipped().all().stream().map(Ecosystem::name).toList();
        assertEquals(List.of("npm", "yarn", "pnpm", "pip", "uv-pip", "pipenv", "poetry", "uv", "go", "maven", "gradle", "bundler",
                "composer", "dotnet", "cargo"), names);
        for (Ecosystem ecosystem : Ecosystems.shipped().all()) {
            assertTrue(ecosystem.source().startsWith("https://"), ecosystem.name() + " cites where its facts come from");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "npm ci|npm",
            "sudo -E npm ci --omit=dev|npm",
            "NODE_ENV=production npm install|npm",
            "yarn|yarn",
            "yarn --frozen-lockfile|yarn",
            "yarn install --immutable|yarn",
            "pnpm i --frozen-lockfile|pnpm",
            "pip install --no-cache-dir -r requirements.txt|pip",
            "pip3 install -rrequirements.txt|pip",
            "python -m pip install --requirement=req/prod.txt|pip",
            "uv pip install -r requirements.txt|uv-pip",
            "go mod download|go",
            "go mod download -x|go",
            "./mvnw -B dependency:go-offline|maven",
            "mvn -f pom.xml dependency:resolve|maven",
            "./gradlew dependencies --no-daemon|gradle",
            "bundle install --jobs 4|bundler",
            "composer install --no-scripts --no-autoloader|composer",
            "dotnet restore|dotnet",
            "dotnet restore src/Api/Api.csproj|dotnet",
            "poetry install --no-root|poetry",
            "uv sync --frozen --no-install-project|uv",
            "cargo build --release|cargo",
            "cargo build --profile dist --locked|cargo",
            "cargo fetch|cargo",
    })
    void installsFromManifests(String script, String ecosystem) {
        InstallCommand read = read(script);
        assertInstanceOf(InstallCommand.Install.class, read, script);
        assertEquals(ecosystem, ((InstallCommand.Install) read).ecosystem().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "npm run build", "npm install -g pm2", "npm install express", "yarn build", "pip install flask",
            "pip install --upgrade pip", "go build ./...", "mvn package", "apt-get install -y curl", "composer dump-autoload", "go mod download golang.org/x/net",
            "cargo install --path .", "cargo run --release", "cargo chef cook --release --recipe-path recipe.json",
    })
    void otherCommandsAreNoInstallFromManifests(String script) {
        assertInstanceOf(InstallCommand.Other.class, read(script), script);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pip install .", "pip install -e .", "pip install -r requirements.txt ./lib", "pip install dist/app-1.0.whl",
            "poetry install", "uv sync", "composer install", "composer install --no-scripts",
    })
    void installsThatReadTheSources(String script) {
        assertInstanceOf(InstallCommand.NeedsSources.class, read(script), script);
    }

    @Test
    void computedWordsAreNotUnderstood() {
        assertInstanceOf(InstallCommand.NotUnderstood.class, read("npm ci $NPM_FLAGS"));
        assertInstanceOf(InstallCommand.NotUnderstood.class, read("pip install -r \"$REQS\""));
    }

    @Test
    void aMalformedTableNamesItsLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Ecosystems.parse("t.txt", List.of("ecosystem a", "  colour red")));
        assertTrue(unknown.getMessage().startsWith("t.txt line 2: unknown key `colour`"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Ecosystems.parse("t.txt", List.of("# x", "ecosystem a", "  programs a")));
        assertEquals("t.txt line 2: ecosystem a has no `install` line", missing.getMessage());
        IllegalArgumentException reason = assertThrows(IllegalArgumentException.class,
                () -> Ecosystems.parse("t.txt", List.of("ecosystem a", "  decline-if f - no suggestion")));
        assertEquals("t.txt line 2: `decline-if` needs a reason and, after ` | `, what the user can do", reason.getMessage());
        IllegalArgumentException technique = assertThrows(IllegalArgumentException.class,
                () -> Ecosystems.parse("t.txt", List.of("ecosystem a", "  programs a", "  install b", "  reads f", "  technique magic",
                        "  source https://example.org")));
        assertEquals("t.txt line 1: ecosystem a: `technique` can only be dummy-sources", technique.getMessage());
    }

    @Test
    void cargoBuildsAgainstDummySources() {
        Ecosystem cargo = Ecosystems.shipped().runningAs("cargo").get(0);
        assertTrue(cargo.dummySources() && cargo.reviewOnly(), "cargo builds before the copy against dummy sources, as review");
        assertEquals(List.of(List.of("chef", "cook")), cargo.cachedBy());
        assertTrue(cargo.knownOptions().contains("--release") && !cargo.knownOptions().contains("--target"));
        assertTrue(cargo.environment().contains("CARGO_TARGET_DIR"));
    }
}
