package dev.dockmend.recipes.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.Safety;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Onbuild;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Issue 14 on real files: every recipe runs on {@code ../shared/corpus} and the Dockerfiles of
 * {@code ../shared/contexts} (skipped when they are absent), and no safe change of clean-package-cache may be
 * of a class the review found. The checks read the rewritten text with rules of their own, written from the
 * issue rather than from the recipe's tables: a version-bound flag only on a base known to be new enough (or
 * after a RUN that renews the tool); no {@code conda clean -f}; an index cleanup only after the last command
 * in its RUN that may read the index, and only where the next RUN (or ONBUILD RUN) of the stage that installs
 * downloads the index first, unconditionally; no {@code --no-cache-dir} beside a cache mount where pip's cache
 * may have been moved.
 */
class CleanPackageCacheCorpusTest {
    private static final Pattern PIP_FLAG = Pattern.compile("--no-cache-dir");
    private static final Pattern GEM_FLAG = Pattern.compile("--no-document");
    private static final Pattern APK_FLAG = Pattern.compile("--no-cache(?![-\\w])");
    private static final Pattern APT_CLEANUP = Pattern.compile("rm -rf /var/lib/apt/lists/\\*");
    private static final Pattern APK_CLEANUP = Pattern.compile("rm -rf /var/cache/apk/\\*");
    private static final Pattern CONDA_FORCE = Pattern.compile("clean -afy");
    /** Commands that may read apt's lists besides apt-get: what must not follow an added cleanup. */
    private static final Pattern APT_READERS = Pattern.compile(
            "\\b(aptitude|apt-cache|mk-build-deps|gdebi|rosdep|ansible(-playbook|-pull)?|puppet|chef-(client|solo)|salt-call)\\b"
                    + "|\\|\\s*(ba)?sh\\b|(^|[;&|]\\s*)\\S*\\.sh\\b|\\b(apt-get|apt)\\s");
    private static final Pattern APT_INSTALLS = Pattern.compile(
            "\\b(apt-get|apt)\\s+(-\\S+\\s+)*(install|upgrade|dist-upgrade|build-dep|source|satisfy)\\b"
                    + "|\\b(aptitude|mk-build-deps|gdebi|rosdep|ansible-playbook|puppet|chef-client|chef-solo|salt-call)\\b");
    private static final Pattern APT_UPDATE = Pattern.compile("\\b(apt-get|apt)\\s+(-\\S+\\s+)*update\\b");
    /** An apk install that reads the index: one without an option that fetches it itself. */
    private static final Pattern APK_ADDS = Pattern.compile(
            "\\bapk\\s+(-\\S+\\s+)*(add|upgrade)\\b(?![^;&|\\n]*(--no-cache|--update|\\s-U\\b))");
    private static final Pattern APK_FETCHES = Pattern.compile("\\bapk\\s+(-\\S+\\s+)*update\\b");
    /** What makes a refresh conditional when it comes before it in the RUN's text. */
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(if|case|for|while|until)\\b|\\|\\|");
    private static final Pattern MOVED_PIP_CACHE = Pattern.compile("PIP_CACHE_DIR|XDG_CACHE_HOME|PIP_CONFIG_FILE|pip\\.conf");

    /** Bases the review names as old, and the official images and releases known to be new enough. */
    private static final Pattern OLD_BASE = Pattern.compile(
            "(docker\\.io/)?(library/)?(ubuntu:(12\\.04|14\\.04|precise|trusty)|debian:(7|8|wheezy|jessie)|centos:(centos)?6|alpine:(2|3\\.[012]))([.:\\-].*)?");
    private static final Pattern NEW_PIP_BASE = Pattern.compile(
            "(docker\\.io/)?(library/)?(python(:.*)?|ubuntu:(16\\.04|18\\.04|20\\.04|22\\.04|24\\.04|xenial|bionic|focal|jammy|noble|latest)([.\\-].*)?"
                    + "|ubuntu|debian:(9|10|11|12|13|stretch|buster|bullseye|bookworm|trixie|latest|stable)([.\\-].*)?|debian)");
    private static final Pattern NEW_GEM_BASE = Pattern.compile(
            "(docker\\.io/)?(library/)?(ruby:[2-9].*|ruby:(latest|slim.*|alpine.*)|ruby|centos:(centos)?7.*"
                    + "|ubuntu:(16|18|20|22|24)\\.04.*|ubuntu:(xenial|bionic|focal|jammy|noble|latest).*|ubuntu"
                    + "|debian:(8|9|10|11|12|13|jessie|stretch|buster|bullseye|bookworm|trixie|latest|stable).*|debian)");
    private static final Pattern NEW_APK_BASE = Pattern.compile(
            "(docker\\.io/)?(library/)?(alpine:(3\\.([3-9]|\\d\\d)(\\..*)?|latest|edge)|alpine|[^/:]+:(.*-)?alpine(3\\.([3-9]|\\d\\d).*)?(-.*)?)");

    private int checked;

    @Test
    void noSafeChangeOfTheClassesTheReviewFound() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here, so the corpus check is skipped");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(corpus.get())) {
            paths.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Path contexts = corpus.get().resolveSibling("contexts");
        if (Files.isDirectory(contexts)) {
            try (Stream<Path> paths = Files.walk(contexts)) {
                paths.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().contains("Dockerfile"))
                        .sorted().forEach(files::add);
            }
        }
        List<Recipe> all = RecipeCatalog.load().all();
        List<Recipe> others = all.stream().filter(recipe -> !(recipe instanceof CleanPackageCache)).toList();
        List<String> problems = new ArrayList<>();
        for (Path path : files) {
            Optional<Dockerfile> parsed = Dockerfiles.parse(Files.readAllBytes(path)).tree();
            if (parsed.isEmpty()) {
                continue;
            }
            Pipeline.Result with = new Pipeline(all).run(parsed.get(), path.toString(), Map.of());
            Pipeline.Result without = new Pipeline(others).run(parsed.get(), path.toString(), Map.of());
            for (Change change : with.changes()) {
                if (change.recipe().value().equals("clean-package-cache")) {
                    assertEquals(Safety.SAFE, change.safety(), path + ": " + change.reason());
                }
            }
            check(path.getFileName().toString(), without.after(), with.after(), problems);
        }
        System.out.println("clean-package-cache corpus check: " + files.size() + " files, " + checked
                + " rewritten RUNs checked, " + problems.size() + " problems");
        assertTrue(checked > 50, "the corpus should give the recipe RUNs to rewrite, not " + checked);
        assertEquals(List.of(), problems);
    }

    /** Compares each RUN the recipe rewrote ({@code after}) with the RUN it had before ({@code before}). */
    private void check(String name, Dockerfile before, Dockerfile after, List<String> problems) {
        List<Instruction> was = before.instructions();
        List<Instruction> now = after.instructions();
        assertEquals(was.size(), now.size(), name + ": the recipe only rewrites instructions");
        List<Stage> stages = Stages.of(after);
        for (int i = 0; i < now.size(); i++) {
            String a = now.get(i).value().original();
            String b = was.get(i).value().original();
            if (a.equals(b) || !(now.get(i) instanceof Run)) {
                continue;
            }
            checked++;
            String where = name + " instruction " + (i + 1) + ": ";
            Stage stage = Stages.containing(stages, i).orElseThrow();
            String base = rootImage(after, stages, stage);
            String earlier = earlierText(after, stages, stage, i);
            if (added(PIP_FLAG, a, b) && !NEW_PIP_BASE.matcher(base).matches()
                    && !Pattern.compile("get-pip|install (--upgrade|-U) pip\\b").matcher(earlier).find()) {
                problems.add(where + "--no-cache-dir on " + base + ", whose pip is not known to be 6.0 or later");
            }
            if (added(GEM_FLAG, a, b) && !NEW_GEM_BASE.matcher(base).matches() && !earlier.contains("update --system")) {
                problems.add(where + "--no-document on " + base + ", whose RubyGems is not known to be 2.0 or later");
            }
            if (added(APK_FLAG, a, b) && !NEW_APK_BASE.matcher(base).matches()) {
                problems.add(where + "apk --no-cache on " + base + ", whose apk-tools is not known to be 2.6.6 or later");
            }
            if ((added(PIP_FLAG, a, b) || added(GEM_FLAG, a, b) || added(APK_FLAG, a, b)) && OLD_BASE.matcher(base).matches()
                    && !earlier.contains("get-pip") && !earlier.contains("update --system")) {
                problems.add(where + "a version-bound flag on the end-of-life base " + base);
            }
            if (added(CONDA_FORCE, a, b)) {
                problems.add(where + "conda clean -f, which conda before 4.6 rejects");
            }
            if (added(APT_CLEANUP, a, b)) {
                Matcher last = lastMatch(APT_CLEANUP, a);
                if (APT_READERS.matcher(a.substring(last.end())).find()) {
                    problems.add(where + "the apt lists removed before a command that may read them: " + a);
                }
                laterNeed(after, stage, i, APT_INSTALLS, APT_UPDATE).ifPresent(line ->
                        problems.add(where + "the apt lists removed, and a later RUN installs without an unconditional update: " + line));
            }
            if (added(APK_CLEANUP, a, b)) {
                laterNeed(after, stage, i, APK_ADDS, APK_FETCHES).ifPresent(line ->
                        problems.add(where + "the apk index removed, and a later RUN installs without fetching it: " + line));
            }
            if (added(PIP_FLAG, a, b) && a.contains("type=cache") && MOVED_PIP_CACHE.matcher(earlier + a).find()) {
                problems.add(where + "--no-cache-dir beside a cache mount, where pip's cache may have been moved: " + a);
            }
        }
    }

    private static boolean added(Pattern pattern, String after, String before) {
        return count(pattern, after) > count(pattern, before);
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    private static Matcher lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Matcher last = null;
        while (m.find()) {
            last = pattern.matcher(text);
            last.find(m.start());
        }
        return last;
    }

    /**
     * The first later RUN of the stage (or ONBUILD RUN, which runs in images built on it) that installs
     * ({@code installs}) without first fetching the index unconditionally ({@code fetches} before the install,
     * with no {@code if}, loop, {@code case} or {@code ||} before it); empty when the next RUN that installs
     * fetches first, or none installs.
     */
    private static Optional<String> laterNeed(Dockerfile file, Stage stage, int index, Pattern installs, Pattern fetches) {
        List<String> later = new ArrayList<>();
        for (int j = index + 1; j < stage.end(); j++) {
            if (file.instructions().get(j) instanceof Run run) {
                later.add(run.value().original());
            }
        }
        for (int j = stage.first(); j < stage.end(); j++) {
            if (file.instructions().get(j) instanceof Onbuild onbuild && onbuild.trigger().orElse(null) instanceof Run) {
                later.add(onbuild.value().original());
            }
        }
        for (String text : later) {
            Matcher install = installs.matcher(text);
            Matcher fetch = fetches.matcher(text);
            boolean fetchesFirst = fetch.find() && (!install.find() || fetch.start() < install.start())
                    && !CONDITIONAL.matcher(text.substring(0, fetch.start())).find();
            if (fetchesFirst) {
                return Optional.empty();
            }
            if (installs.matcher(text).find()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * The image the stage is built on, through the stages it builds on, lower-cased, with the defaults of the
     * ARGs before the first FROM put in.
     */
    private static String rootImage(Dockerfile file, List<Stage> stages, Stage stage) {
        Stage root = stage;
        for (Optional<Stage> parent = Stages.parent(stages, root); parent.isPresent(); parent = Stages.parent(stages, root)) {
            root = parent.get();
        }
        String image = root.from().image();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof dev.dockmend.tree.From) {
                break;
            }
            if (instruction instanceof dev.dockmend.tree.Arg arg) {
                for (dev.dockmend.tree.Arg.Declaration declaration : arg.declarations()) {
                    String value = declaration.defaultValue().orElse("$" + declaration.name());
                    image = image.replace("${" + declaration.name() + "}", value).replace("$" + declaration.name(), value);
                }
            }
        }
        return image.toLowerCase(java.util.Locale.ROOT);
    }

    /** The text of the RUNs before {@code index} in its stage and the stages it builds on, and of the stage's instructions. */
    private static String earlierText(Dockerfile file, List<Stage> stages, Stage stage, int index) {
        StringBuilder text = new StringBuilder();
        for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = Stages.parent(stages, s.get())) {
            int end = s.get() == stage ? index : s.get().end();
            for (int j = s.get().first(); j < end; j++) {
                text.append(file.instructions().get(j).value().original()).append('\n');
            }
        }
        return text.toString();
    }
}
