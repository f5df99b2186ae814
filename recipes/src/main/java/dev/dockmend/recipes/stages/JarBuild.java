package dev.dockmend.recipes.stages;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.shell.Word;

/**
 * {@code mvn package} (or install, verify) and {@code gradle build} (or assemble, bootJar, jar), with their
 * wrappers: the jar in {@code target/} or {@code build/libs/} of the folder the RUN runs in. Its name comes from
 * the project files in the build context ({@code pom.xml}: finalName, else artifactId-version;
 * {@code settings.gradle} and {@code build.gradle}: rootProject.name-version), else from the CMD that runs it
 * ({@code java -jar target/app-1.0.jar}). Projects whose jar is not one self-contained file the recipe can name
 * (several modules, a war, a jar whose manifest names a class path of copied dependencies, a renamed archive)
 * are declined.
 */
final class JarBuild implements BuildReader {
    private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify", "deploy");
    private static final Set<String> MAVEN_VALUE_OPTIONS = Set.of("-f", "--file", "-pl", "--projects", "-s", "--settings", "-gs",
            "--global-settings", "-t", "--toolchains", "-T", "--threads", "-P", "--activate-profiles", "-l", "--log-file", "-rf",
            "--resume-from", "-b", "--builder", "-amd", "-am");
    /** Options with which the build is of another project than the one in the RUN's folder. */
    private static final Set<String> OTHER_PROJECT_MAVEN = Set.of("-f", "--file", "-pl", "--projects");
    private static final Set<String> OTHER_PROJECT_GRADLE = Set.of("-p", "--project-dir", "-b", "--build-file", "-c", "--settings-file");
    private static final Set<String> GRADLE_TASKS = Set.of("build", "assemble", "bootJar", "jar");
    private static final Set<String> GRADLE_VALUE_OPTIONS = Set.of("-p", "--project-dir", "-b", "--build-file", "-c", "--settings-file",
            "-x", "--exclude-task", "-P", "-D", "-g", "--gradle-user-home", "-I", "--init-script");
    /** Build-file words with which a Gradle jar is not named rootProject.name-version.jar. */
    private static final List<String> GRADLE_RENAMES = List.of("archiveFileName", "archiveBaseName", "archiveVersion", "archiveClassifier",
            "archivesBaseName", "archivesName", "shadowJar", "destinationDirectory", "buildDir", "layout.buildDirectory");

    private final boolean maven;

    JarBuild(String toolchain) {
        this.maven = toolchain.equals("maven");
    }

    @Override
    public Optional<Artefact> read(BuildStage stage) {
        List<Found> builds = BuildReader.find(stage, maven ? List.of("mvn", "mvnw") : List.of("gradle", "gradlew"), List.of());
        List<Found> packaging = builds.stream()
                .filter(candidate -> goals(candidate).stream().anyMatch(maven ? MAVEN_GOALS::contains : GRADLE_TASKS::contains)).toList();
        if (packaging.isEmpty()) {
            return Optional.empty();
        }
        Found build = BuildReader.one(stage, packaging, maven ? "mvn package" : "gradle build");
        int at = stage.fileIndex(build.index());
        for (Word word : build.effective().arguments()) {
            String text = word.literal().orElse("");
            String option = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
            if ((maven ? OTHER_PROJECT_MAVEN : OTHER_PROJECT_GRADLE).contains(option)) {
                throw new Declined(at, "the build names another project folder or file (" + option + "), whose jar the recipe does not find",
                        "set the project's folder with WORKDIR instead");
            }
        }
        String folder = stage.workdir(build.index());
        String output = Paths.join(folder, maven ? "target" : "build/libs");
        String program = build.effective().baseName().orElse("");
        Optional<String> name = maven ? mavenJar(stage, folder, at) : gradleJar(stage, folder, at);
        String how = program + " " + String.join(" ", goals(build));
        if (name.isPresent()) {
            return Optional.of(new Artefact(at, output + "/" + name.get(), false, "jre", how + " (the jar's name from "
                    + (maven ? "pom.xml" : "the Gradle build files") + ")", List.of()));
        }
        // No project files to read: the jar the command runs, when it is a file of the build's output folder.
        Optional<String> jar = jarArgument(stage.startWords()).map(path -> Paths.join(stage.finalWorkdir(), path));
        if (jar.isPresent() && Paths.parent(jar.get()).equals(output) && jar.get().endsWith(".jar")) {
            return Optional.of(new Artefact(at, jar.get(), false, "jre", how + " (the jar's name from the command that runs it)",
                    List.of()));
        }
        throw new Declined(at, "the jar's name is not known: the build context does not show the project's "
                + (maven ? "pom.xml" : "build files") + ", and the command does not run a jar of " + output,
                "run dockmend with --context DIR, or run the jar by its path");
    }

    /** The goals or tasks of the command: its words that are not options or their values. */
    private List<String> goals(Found build) {
        Set<String> valueOptions = maven ? MAVEN_VALUE_OPTIONS : GRADLE_VALUE_OPTIONS;
        List<String> goals = new java.util.ArrayList<>();
        List<Word> words = build.effective().arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).literal().orElse("$");
            if (word.startsWith("-")) {
                if (valueOptions.contains(word) && !word.equals("-amd") && !word.equals("-am")) {
                    i++;
                }
                continue;
            }
            goals.add(word.startsWith(":") ? word.substring(1) : word);
        }
        return goals;
    }

    /** The jar {@code java ... -jar JAR} runs. */
    static Optional<String> jarArgument(List<String> words) {
        if (!Paths.name(Paths.join("/", words.get(0))).equals("java")) {
            return Optional.empty();
        }
        int jar = words.indexOf("-jar");
        return jar > 0 && jar + 1 < words.size() ? Optional.of(words.get(jar + 1)) : Optional.empty();
    }

    @Override
    public void checkStart(BuildStage stage, Artefact artefact, List<String> words) {
        Optional<String> jar = jarArgument(words);
        if (jar.isEmpty() || !Paths.join(stage.finalWorkdir(), jar.get()).equals(artefact.path())) {
            throw new Declined(stage.fileIndex(stage.startCommand()), "the image does not run java -jar " + artefact.path()
                    + ", the jar the build makes, so the recipe cannot tell what the runtime stage needs",
                    "run the jar by its path, e.g. [\"java\", \"-jar\", \"" + artefact.path() + "\"]");
        }
    }

    /** The jar mvn package writes, from the project's pom.xml. */
    private static Optional<String> mavenJar(BuildStage stage, String folder, int at) {
        Optional<String> pom = read(stage, folder, "pom.xml");
        if (pom.isEmpty()) {
            return Optional.empty();
        }
        String text = pom.get().replaceAll("(?s)<!--.*?-->", "");
        String parent = section(text, "parent");
        String own = text.replace(parent, "");
        for (String nested : List.of("dependencies", "dependencyManagement", "profiles", "reporting", "pluginRepositories",
                "repositories", "distributionManagement")) {
            own = own.replace(section(own, nested), "");
        }
        String plugins = section(own, "plugins");
        String project0 = own.replace(plugins, "");
        if (!section(project0, "modules").isEmpty()) {
            throw new Declined(at, "the pom.xml has modules, whose jars the recipe does not tell apart", "split the stages by hand");
        }
        String packaging = tag(project0, "packaging").orElse("jar");
        if (!packaging.equals("jar")) {
            throw new Declined(at, "the project is packaged as " + packaging + ", not as a jar java -jar runs", "split the stages by hand");
        }
        if (plugins.contains("copy-dependencies") || plugins.contains("<addClasspath>true")) {
            throw new Declined(at, "the jar's manifest names a class path of dependencies copied next to it, which the runtime "
                    + "stage would not have", "copy the dependency folder into the runtime stage by hand");
        }
        Optional<String> artifactId = tag(project0, "artifactId");
        Optional<String> version = tag(project0, "version").or(() -> tag(parent, "version"));
        Optional<String> finalName = tag(project0, "finalName");
        String name = finalName.orElse(artifactId.orElse("") + "-" + version.orElse(""));
        name = name.replace("${project.artifactId}", artifactId.orElse("${project.artifactId}"))
                .replace("${artifactId}", artifactId.orElse("${artifactId}"))
                .replace("${project.version}", version.orElse("${project.version}"))
                .replace("${version}", version.orElse("${version}"))
                .replace("${project.parent.version}", tag(parent, "version").orElse("${project.parent.version}"));
        Matcher property = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}").matcher(name);
        StringBuilder resolved = new StringBuilder();
        while (property.find()) {
            Optional<String> value = tag(section(project0, "properties"), property.group(1));
            if (value.isEmpty() || value.get().contains("$")) {
                throw new Declined(at, "the jar's name in pom.xml uses ${" + property.group(1) + "}, which the recipe does not resolve",
                        "run the jar by its path, or give the project a literal finalName");
            }
            property.appendReplacement(resolved, Matcher.quoteReplacement(value.get()));
        }
        property.appendTail(resolved);
        if (artifactId.isEmpty() && finalName.isEmpty() || version.isEmpty() && finalName.isEmpty()) {
            throw new Declined(at, "the pom.xml gives no artifactId and version the recipe can read", "split the stages by hand");
        }
        return Optional.of(resolved + ".jar");
    }

    /** The jar gradle build writes: rootProject.name (else the folder's name), then -version when one is set. */
    private static Optional<String> gradleJar(BuildStage stage, String folder, int at) {
        Optional<String> build = read(stage, folder, "build.gradle").or(() -> read(stage, folder, "build.gradle.kts"));
        if (build.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> settings = read(stage, folder, "settings.gradle").or(() -> read(stage, folder, "settings.gradle.kts"));
        for (String rename : GRADLE_RENAMES) {
            if (build.get().contains(rename)) {
                throw new Declined(at, "the Gradle build sets " + rename + ", so its jar is not named rootProject.name-version.jar",
                        "run the jar by its path");
            }
        }
        if (settings.isPresent() && Pattern.compile("(?m)^\\s*include[\\s(]").matcher(settings.get()).find()) {
            throw new Declined(at, "the Gradle build includes subprojects, whose jars the recipe does not tell apart",
                    "split the stages by hand");
        }
        // Spring Boot's `build` also writes NAME-VERSION-plain.jar; the runnable jar keeps the name without -plain.
        String name = settings.flatMap(s -> assigned(s, "rootProject.name")).orElse(Paths.name(folder));
        Optional<String> version = assigned(build.get(), "version");
        if (version.isPresent() && version.get().contains("$")) {
            throw new Declined(at, "the Gradle build's version is computed", "run the jar by its path");
        }
        return Optional.of(name + version.map(v -> "-" + v).orElse("") + ".jar");
    }

    /** The text of file {@code name} of image folder {@code folder}, from the build context file a COPY put there. */
    private static Optional<String> read(BuildStage stage, String folder, String name) {
        return stage.contextPath(Paths.join(folder, name)).flatMap(path -> stage.buildContext().flatMap(c -> c.read(path)));
    }

    /** The quoted value of {@code name = "..."} or {@code name '...'} at the start of a line. */
    private static Optional<String> assigned(String text, String name) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=?\\s*[\"']([^\"']*)[\"']\\s*$").matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The whole first {@code <name>...</name>} element of {@code xml}, or "". */
    private static String section(String xml, String name) {
        Matcher matcher = Pattern.compile("(?s)<" + name + ">.*?</" + name + ">").matcher(xml);
        return matcher.find() ? matcher.group() : "";
    }

    /** The trimmed text of the first {@code <name>} element, if any. */
    private static Optional<String> tag(String xml, String name) {
        Matcher matcher = Pattern.compile("(?s)<" + Pattern.quote(name) + ">\\s*([^<]*?)\\s*</" + Pattern.quote(name) + ">").matcher(xml);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
