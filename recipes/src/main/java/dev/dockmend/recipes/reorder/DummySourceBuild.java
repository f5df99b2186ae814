package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.context.BuildContext;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/**
 * The dependency build of an ecosystem whose install needs the crate's sources (cargo: {@code cargo build}
 * reads {@code src/main.rs} or {@code src/lib.rs} to know the crate's targets). Before the copy of the
 * sources it writes dummy sources for the targets the context shows, runs the install as written (same
 * command, same options, so the dependencies are built as the real build wants them), and removes the dummy
 * sources and the crate's own artefacts; the original RUN then runs after the copy.
 *
 * <p>Removing the artefacts is what keeps the result correct: a COPY keeps the files' modification times,
 * so a real {@code src/main.rs} older than the dummy's build looks unchanged to cargo, which would keep the
 * dummy binary (rust-lang/cargo#7181). Cargo rebuilds a unit whose outputs are missing, so deleting
 * {@code target/PROFILE/deps/CRATE-*} and {@code libCRATE-*} makes it compile the real sources; the
 * dependencies' artefacts stay. https://doc.rust-lang.org/cargo/reference/build-cache.html
 */
sealed interface DummySourceBuild {

    /**
     * A package of the build: its folder in the context ({@code ""} or {@code crates/api/}), its name as its
     * artefacts spell it ({@code hello_web}), and the targets the context shows.
     */
    record Package(String folder, String crate, boolean binary, boolean library) {
    }

    /** The dummy build: the packages (one, or a workspace's members), and the profile folders it builds. */
    record Plan(List<Package> packages, Set<String> profiles) implements DummySourceBuild {

        /** The members' manifests, copied with the root's. */
        List<String> manifests() {
            return packages.stream().filter(p -> !p.folder().isEmpty()).map(p -> p.folder() + "Cargo.toml").toList();
        }

        /** The script of the RUN before the copy, around {@code install}, the install's text as written. */
        String script(String install) {
            List<String> sources = packages.stream().map(p -> p.folder() + "src").toList();
            List<String> before = new ArrayList<>(List.of("mkdir -p " + String.join(" ", sources)));
            for (Package p : packages) {
                if (p.binary()) {
                    before.add("echo 'fn main() {}' > " + p.folder() + "src/main.rs");
                }
                if (p.library()) {
                    before.add("touch " + p.folder() + "src/lib.rs");
                }
            }
            StringBuilder removed = new StringBuilder("rm -rf ").append(String.join(" ", sources));
            for (String profile : profiles) {
                for (Package p : packages) {
                    removed.append(" target/").append(profile).append("/deps/").append(p.crate()).append("-*")
                            .append(" target/").append(profile).append("/deps/lib").append(p.crate()).append("-*");
                }
            }
            return String.join(" && ", before) + " && " + install + " && " + removed;
        }

        /** What the reviewer checks: what the recipe cannot see from the Dockerfile and its context. */
        String note() {
            List<String> dummies = new ArrayList<>();
            for (Package p : packages) {
                if (p.binary()) {
                    dummies.add(p.folder() + "src/main.rs");
                }
                if (p.library()) {
                    dummies.add(p.folder() + "src/lib.rs");
                }
            }
            List<String> artefacts = new ArrayList<>();
            for (String profile : profiles) {
                packages.forEach(p -> artefacts.add("target/" + profile + "/deps/" + p.crate() + "-*"));
            }
            return "the dependencies are " + (profiles.isEmpty() ? "fetched" : "built") + " before the copy against a dummy " + String.join(" and ", dummies)
                    + (artefacts.isEmpty() ? "" : ", whose artefacts (" + String.join(", ", artefacts)
                    + ") are removed so the build after the copy compiles the real sources")
                    + ": check that the base image sets no CARGO_TARGET_DIR or CARGO_BUILD_TARGET and that the build reads no"
                    + " other file of the context before the copy";
        }
    }

    /** The install cannot be run against dummy sources. */
    record Declined(String reason, String suggestion) implements DummySourceBuild {
    }

    String AT_HAND = "build the dependencies before the copy by hand (or with cargo-chef)";
    /** {@code name = "my-app"} in the {@code [package]} table. */
    Pattern NAME = Pattern.compile("(?m)^\\s*name\\s*=\\s*[\"']([A-Za-z0-9_-]+)[\"']\\s*(#.*)?$");
    /** A local dependency: {@code path = "../core"}. */
    Pattern PATH = Pattern.compile("\\bpath\\s*=\\s*[\"']([^\"']*)[\"']");
    /** {@code members = ["crates/*", "tools/cli"]} in the {@code [workspace]} table. */
    Pattern MEMBERS = Pattern.compile("(?m)^\\s*members\\s*=\\s*\\[([^\\]]*)\\]");
    Pattern EXCLUDE = Pattern.compile("(?m)^\\s*exclude\\s*=");
    Pattern STRING = Pattern.compile("[\"']([^\"']*)[\"']");

    /**
     * The dummy build for {@code installs} (all of one ecosystem with dummy sources), in the context
     * {@code files}, of the RUN at {@code runIndex} of {@code file}. Without a context there is none: such an
     * ecosystem has no {@code without-context} files, so {@link ManifestPlan} declines first.
     */
    static DummySourceBuild of(List<InstallCommand.Install> installs, BuildContext files, Dockerfile file, int runIndex) {
        Ecosystem ecosystem = installs.get(0).ecosystem();
        String program = installs.get(0).command().name().text();
        for (int i = 0; i <= runIndex; i++) {
            Instruction instruction = file.instructions().get(i);
            for (String variable : ecosystem.environment()) {
                if (instruction.value().original().contains(variable)) {
                    return new Declined("the Dockerfile names " + variable + " (line " + file.located().get(i).startLine()
                            + "), which moves the artefacts the dependency build removes", AT_HAND);
                }
            }
        }
        Set<String> profiles = new LinkedHashSet<>();
        for (InstallCommand.Install install : installs) {
            if (install.ecosystem() != ecosystem) {
                return new Declined("the RUN installs with " + program + " and another program, which the recipe does not build apart",
                        "put the " + program + " build in a RUN of its own and run dockmend again");
            }
            Optional<String> unknown = unknownOption(install);
            if (unknown.isPresent()) {
                return new Declined("the recipe does not know how `" + unknown.get() + "` changes what " + program
                        + " builds or where", AT_HAND);
            }
            Optional<String> profile = profile(install);
            if (profile.isPresent() && !profile.get().matches("[A-Za-z0-9_-]+")) {
                return new Declined("the recipe does not know the folder of the profile `" + profile.get() + "`", AT_HAND);
            }
            profile.ifPresent(profiles::add);
        }
        String root = files.read("Cargo.toml").orElse("");
        Optional<String> workspace = table(root, "workspace");
        List<String> folders = new ArrayList<>();
        if (table(root, "package").isPresent()) {
            folders.add("");
        }
        if (workspace.isPresent()) {
            Optional<List<String>> members = members(workspace.get(), files);
            if (members.isEmpty()) {
                return new Declined("the recipe cannot read the members of the workspace in Cargo.toml (a glob other than"
                        + " `dir/*`, `exclude`, or a folder name with characters other than letters, digits, `.`, `_`, `-`)", AT_HAND);
            }
            folders.addAll(members.get());
        } else if (root.contains("workspace")) {
            return new Declined("the crate is a member of a workspace whose root is not in the build context",
                    "build from the workspace's root, or build the dependencies before the copy by hand");
        }
        List<Package> packages = new ArrayList<>();
        for (String folder : folders) {
            Optional<String> manifest = files.read(folder + "Cargo.toml");
            if (manifest.isEmpty()) {
                return new Declined("the build context does not provide " + folder + "Cargo.toml, a member of the workspace", AT_HAND);
            }
            if (!folder.isEmpty()) {
                Optional<ManifestPlan.Declined> declined = ManifestPlan.declined(ecosystem, installs.get(0), files, folder);
                if (declined.isPresent()) {
                    return new Declined(declined.get().reason() + " (in " + folder + ")", declined.get().suggestion());
                }
            }
            Optional<String> outside = pathOutside(manifest.get(), folder, folders);
            if (outside.isPresent()) {
                return new Declined(folder + "Cargo.toml names the local path " + outside.get() + ", which is "
                        + (workspace.isPresent() ? "no member of the workspace" : "part of the sources"),
                        "copy that folder before the build by hand");
            }
            Matcher name = table(manifest.get(), "package").map(NAME::matcher).filter(Matcher::find).orElse(null);
            if (name == null) {
                return new Declined("the recipe cannot read the package's name from the [package] table of " + folder + "Cargo.toml", AT_HAND);
            }
            boolean binary = files.provides(folder + "src/main.rs");
            boolean library = files.provides(folder + "src/lib.rs");
            if (!binary && !library) {
                return new Declined("the build context has neither " + folder + "src/main.rs nor " + folder
                        + "src/lib.rs, the targets the recipe writes dummies for", AT_HAND);
            }
            packages.add(new Package(folder, name.group(1).replace('-', '_'), binary, library));
        }
        if (packages.isEmpty()) {
            return new Declined("the workspace in Cargo.toml has no members", AT_HAND);
        }
        return new Plan(List.copyOf(packages), profiles);
    }

    /** The text of table {@code [name]} of a Cargo.toml, up to the next table, if it has one. */
    private static Optional<String> table(String manifest, String name) {
        Matcher start = Pattern.compile("(?m)^\\s*\\[" + Pattern.quote(name) + "\\]\\s*(#.*)?$").matcher(manifest);
        if (!start.find()) {
            return Optional.empty();
        }
        String rest = manifest.substring(start.end());
        Matcher next = Pattern.compile("(?m)^\\s*\\[").matcher(rest);
        return Optional.of(next.find() ? rest.substring(0, next.start()) : rest);
    }

    /**
     * The members' folders ({@code crates/api/}) a {@code [workspace]} table names: plain paths, and
     * {@code dir/*} for the folders of {@code dir} that hold a Cargo.toml; empty when it names them otherwise,
     * excludes some, or a folder's name would need quoting in the script.
     */
    private static Optional<List<String>> members(String workspace, BuildContext files) {
        Matcher list = MEMBERS.matcher(workspace);
        if (!list.find() || EXCLUDE.matcher(workspace).find()) {
            return Optional.empty();
        }
        Set<String> members = new LinkedHashSet<>();
        Matcher member = STRING.matcher(list.group(1));
        while (member.find()) {
            String path = member.group(1);
            boolean glob = path.endsWith("/*");
            String base = glob ? path.substring(0, path.length() - 2) : path;
            // a plain folder whose name the generated shell script can use as it is
            Optional<String> folder = BuildContext.normalize(base).filter(f -> !f.equals(".") && f.matches("[A-Za-z0-9._/-]+"));
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            if (!glob) {
                members.add(folder.get() + "/");
                continue;
            }
            for (String name : files.list(folder.get())) {
                if (files.provides(folder.get() + "/" + name + "/Cargo.toml")) {
                    if (!name.matches("[A-Za-z0-9._-]+")) {
                        return Optional.empty();
                    }
                    members.add(folder.get() + "/" + name + "/");
                }
            }
        }
        return Optional.of(List.copyOf(members));
    }

    /** A {@code path =} of the manifest in {@code folder} that names no package folder of the build, if any. */
    private static Optional<String> pathOutside(String manifest, String folder, List<String> folders) {
        Matcher path = PATH.matcher(manifest);
        while (path.find()) {
            Optional<String> target = BuildContext.normalize(folder + path.group(1)).map(p -> p.equals(".") ? "" : p + "/");
            if (target.isEmpty() || !folders.contains(target.get())) {
                return Optional.of(path.group(1));
            }
        }
        return Optional.empty();
    }

    /** An option of the install that its ecosystem's {@code known-options} does not name, if any. */
    private static Optional<String> unknownOption(InstallCommand.Install install) {
        Set<String> known = install.ecosystem().knownOptions();
        for (Word argument : install.command().arguments()) {
            String word = argument.literal().orElse("");
            if (word.startsWith("-") && !word.equals("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                if (!known.isEmpty() && !known.contains(option)) {
                    return Optional.of(option);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The folder of {@code target/} a build writes its artefacts to ({@code release} with {@code --release},
     * the profile's name with {@code --profile}, {@code debug} for the dev and test profiles and by default);
     * empty for an install that builds nothing ({@code cargo fetch}).
     */
    private static Optional<String> profile(InstallCommand.Install install) {
        List<Word> arguments = install.command().arguments();
        String profile = "dev";
        Optional<String> subcommand = Optional.empty();
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i).literal().orElse("");
            if (install.ecosystem().valueOptions().contains(word)) {
                profile = word.equals("--profile") && i + 1 < arguments.size() ? arguments.get(i + 1).literal().orElse(profile) : profile;
                i++;
            } else if (!word.startsWith("-") && subcommand.isEmpty()) {
                subcommand = Optional.of(word);
            } else if (word.equals("--release") || word.equals("-r")) {
                profile = "release";
            } else if (word.startsWith("--profile=")) {
                profile = word.substring("--profile=".length());
            }
        }
        if (!subcommand.equals(Optional.of("build"))) {
            return Optional.empty();
        }
        return Optional.of(profile.equals("dev") || profile.equals("test") ? "debug" : profile.equals("bench") ? "release" : profile);
    }
}
