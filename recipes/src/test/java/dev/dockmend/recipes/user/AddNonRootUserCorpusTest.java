package dev.dockmend.recipes.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.ShippedUser;
import dev.dockmend.recipes.images.StageImage;
import dev.dockmend.recipes.images.StageImages;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.User;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Every USER add-non-root-user writes, over the Dockerfiles of testdata/ and of ../shared/corpus (when it is
 * there), run through every recipe as a user's run is: the user is numeric, created by a {@code useradd} or
 * {@code adduser} of the output's final stage (or a stage it builds on), read here from the RUN text with a rule
 * of its own, or shipped by the image's family. A USER of a user that exists nowhere fails the container's
 * start ("unable to find user app"), the mistake other tools make. Prints how many files changed and why the
 * others were declined.
 */
class AddNonRootUserCorpusTest {
    private static final Pipeline ALL = new Pipeline(RecipeCatalog.load().all());
    private static final Pattern NUMERIC = Pattern.compile("\\d+(:\\d+)?");
    private static final Pattern RUN_KEYWORD = Pattern.compile("^\\s*(?i:run)\\s+(--\\S+\\s+)*");
    /** A command of a RUN's text: what lies between {@code &&}, {@code ||}, {@code ;}, {@code |} and line breaks. */
    private static final Pattern COMMANDS = Pattern.compile("&&|\\|\\||;|\\||\\\\\\r?\\n|\\r?\\n");

    @Test
    void everyUserWrittenExistsInTheImage() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TestData.root())) {
            walk.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().forEach(files::add);
        }
        Optional<Path> corpus = TestData.corpus();
        if (corpus.isPresent()) {
            files.addAll(TestData.corpusDockerfiles(corpus.get()));
        }
        int changed = 0;
        Map<String, Integer> declined = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path path : files) {
            Optional<Dockerfile> input = TestData.buildable(Files.readAllBytes(path));
            if (input.isEmpty()) {
                continue;
            }
            Pipeline.Result result;
            try {
                result = ALL.run(input.get(), path.toString(), Map.of());
            } catch (RuntimeException e) {
                problems.add(path + ": " + e.getMessage());
                continue;
            }
            List<Change> ours = result.changes().stream().filter(c -> c.recipe().equals(AddNonRootUser.ID)).toList();
            for (Finding finding : result.findings()) {
                if (finding.recipe().equals(AddNonRootUser.ID)) {
                    declined.merge(kind(finding.reason()), 1, Integer::sum);
                }
            }
            if (ours.isEmpty()) {
                continue;
            }
            changed++;
            ours.forEach(change -> assertEquals(Safety.REVIEW, change.safety(), path + ": " + change.reason()));
            check(path, result.after(), problems);
        }
        System.out.println("add-non-root-user over " + files.size() + " files: " + changed + " changed; findings by kind: " + declined);
        assertTrue(changed > 40, "testdata alone holds more than 40 files the recipe changes, not " + changed);
        assertEquals(List.of(), problems);
    }

    /** The final stage's last USER of {@code output} must be numeric, created in its chain, or shipped by its image. */
    private static void check(Path path, Dockerfile output, List<String> problems) {
        List<Stage> stages = Stages.of(output);
        int[] parents = Stages.parents(stages);
        List<Instruction> chain = new ArrayList<>();
        for (int at = stages.size() - 1; at >= 0; at = parents[at]) {
            chain.addAll(0, stages.get(at).instructions());
        }
        Optional<String> user = Optional.empty();
        StringBuilder runs = new StringBuilder();
        for (Instruction instruction : chain) {
            if (instruction instanceof User written) {
                user = Optional.of(written.user());
            } else if (instruction instanceof Run) {
                runs.append(RUN_KEYWORD.matcher(instruction.value().original()).replaceFirst("")).append('\n');
            }
        }
        if (user.isEmpty()) {
            problems.add(path + ": a change, and no USER in the final stage");
            return;
        }
        String name = user.get();
        if (NUMERIC.matcher(name).matches() || created(runs.toString(), name) || shipped(output, name)) {
            return;
        }
        problems.add(path + ": USER " + name + " is not numeric, not created by a RUN of the final stage, nor shipped by its image");
    }

    /** Whether a command of the RUNs' text is {@code useradd ... NAME} or {@code adduser ... NAME}. */
    static boolean created(String runs, String name) {
        for (String command : COMMANDS.split(runs)) {
            String[] words = command.strip().split("\\s+");
            if (words.length > 1 && words[0].replaceAll(".*/", "").matches("useradd|adduser") && words[words.length - 1].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shipped(Dockerfile output, String name) {
        return StageImages.last(output).flatMap(StageImage::image).flatMap(ImageFacts::shippedUser)
                .map(ShippedUser::name).filter(name::equals).isPresent();
    }

    /** A finding's kind: its reason up to the first detail (an image name, a port, a path). */
    private static String kind(String reason) {
        String r = reason.replaceFirst("^left alone: ", "");
        if (r.startsWith("the stage already runs as")) {
            return "already non-root";
        }
        if (r.startsWith("the stage's USER is")) {
            return "USER from a variable";
        }
        if (r.contains("is of no family") || r.contains("is not known before the build") || r.contains("pinned by a digest")) {
            return "image not known";
        }
        if (r.contains("is a Windows image")) {
            return "Windows";
        }
        if (r.startsWith("whether the entrypoint")) {
            return "privilege drop not known";
        }
        if (r.contains("leaves it by itself")) {
            return "image drops privileges";
        }
        if (r.startsWith("the stage uses")) {
            return "gosu/su-exec in the stage";
        }
        if (r.contains("below 1024")) {
            return "port below 1024";
        }
        if (r.startsWith("EXPOSE")) {
            return "port not known";
        }
        if (r.contains("VOLUME")) {
            return "VOLUME";
        }
        if (r.contains("ONBUILD")) {
            return "ONBUILD RUN";
        }
        if (r.contains("writes to")) {
            return "CMD writes outside /tmp";
        }
        if (r.contains("several users")) {
            return "several created users";
        }
        return r.length() > 40 ? r.substring(0, 40) : r;
    }
}
