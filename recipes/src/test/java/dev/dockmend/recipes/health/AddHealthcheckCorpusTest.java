package dev.dockmend.recipes.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipes.images.StageImage;
import dev.dockmend.recipes.images.StageImages;
import dev.dockmend.recipes.images.Tool;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Healthcheck;
import dev.dockmend.tree.Instruction;

/**
 * Every HEALTHCHECK add-healthcheck writes, over the project's testdata and {@code ../shared/corpus} (and the
 * shared build contexts' Dockerfiles), with the default options and with {@code install=true}: the output
 * parses, a second run changes nothing, and the check runs a program the final stage has by the image
 * knowledge (shipped by its image or installed by a RUN, the added one included). Prints how many files
 * changed and why the others were declined.
 */
class AddHealthcheckCorpusTest {
    /** The program a check starts, and the tool of the knowledge it is; wget is GNU's or BusyBox's. */
    private static final Map<String, List<Tool>> PROGRAMS = Map.of(
            "node", List.of(Tool.NODE), "python3", List.of(Tool.PYTHON), "php", List.of(Tool.PHP), "curl", List.of(Tool.CURL),
            "wget", List.of(Tool.WGET, Tool.BUSYBOX_WGET), "pg_isready", List.of(Tool.PG_ISREADY), "redis-cli", List.of(Tool.REDIS_CLI));

    @Test
    void everyCheckWrittenUsesAToolTheStageHas() throws IOException {
        List<Path> files = files();
        for (Map<String, String> options : List.of(Map.<String, String>of(), Map.of("install", "true"))) {
            int parsed = 0;
            int changed = 0;
            Map<String, Integer> declined = new TreeMap<>();
            Pipeline pipeline = new Pipeline(List.of(new AddHealthcheck()));
            for (Path path : files) {
                Optional<Dockerfile> tree = Dockerfiles.parse(Files.readAllBytes(path)).tree();
                if (tree.isEmpty()) {
                    continue;
                }
                parsed++;
                Pipeline.Result result = pipeline.run(tree.get(), path.toString(), Map.of("add-healthcheck", options));
                for (Finding finding : result.findings()) {
                    declined.merge(kind(finding.reason()), 1, Integer::sum);
                }
                if (!result.changed()) {
                    continue;
                }
                changed++;
                Dockerfile output = Dockerfiles.parse(Dockerfiles.print(result.after())).orThrow("output of " + path);
                assertEquals(List.of(), pipeline.run(output, path.toString(), Map.of("add-healthcheck", options)).changes(),
                        path + ": a second run changes nothing");
                StageImage app = StageImages.last(output).orElseThrow();
                Healthcheck added = last(app.stage().instructions()).orElseThrow(() -> new AssertionError(path + ": no HEALTHCHECK written"));
                String program = program(added.command());
                List<Tool> tools = PROGRAMS.get(program);
                assertTrue(tools != null, path + ": the check runs " + program + ", no probe tool of the knowledge");
                if (tools.stream().noneMatch(app::has)) {
                    fail(path + ": the check runs " + program + ", which the final stage does not have by the knowledge (it has "
                            + app.tools() + ")");
                }
            }
            System.out.println("add-healthcheck corpus check " + options + ": " + files.size() + " files, " + parsed + " parsed, "
                    + changed + " changed; declined " + declined);
            assertTrue(changed > 0, "some files get a check");
        }
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(TestData.root())) {
            paths.filter(path -> path.getFileName().toString().equals("Dockerfile") && Files.isRegularFile(path)).sorted().forEach(files::add);
        }
        Optional<Path> corpus = TestData.corpus();
        if (corpus.isPresent()) {
            files.addAll(TestData.corpusDockerfiles(corpus.get()));
            Path contexts = corpus.get().resolveSibling("contexts");
            if (Files.isDirectory(contexts)) {
                try (Stream<Path> paths = Files.walk(contexts)) {
                    paths.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().contains("Dockerfile")).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    private static Optional<Healthcheck> last(List<Instruction> instructions) {
        Healthcheck found = null;
        for (Instruction instruction : instructions) {
            if (instruction instanceof Healthcheck healthcheck) {
                found = healthcheck;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The program the check starts: exec form's first word, or the first word of the script a shell runs. */
    private static String program(CommandForm command) {
        if (command instanceof CommandForm.ExecForm exec) {
            List<String> words = exec.arguments();
            boolean shell = words.size() == 3 && words.get(1).equals("-c") && words.get(0).endsWith("sh");
            return shell ? words.get(2).split(" ")[0] : words.get(0);
        }
        return ((CommandForm.ShellForm) command).script().split(" ")[0];
    }

    /** The kind of a finding: each reason starts with its own, up to the first colon ({@code no port to probe}). */
    private static String kind(String reason) {
        assertTrue(reason.indexOf(": ") > 0, "a reason starts with its kind and a colon: " + reason);
        return reason.substring(0, reason.indexOf(": "));
    }
}
