package dev.dockmend.recipes.stages;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.shell.Word;

/**
 * {@code dotnet publish -o DIR}: the publish folder, which holds the application and everything it loads. The
 * runtime image is ASP.NET Core's, or the plain .NET runtime's when the project file in the build context shows a
 * console or worker project ({@code Sdk="Microsoft.NET.Sdk"}). A publish without {@code -o} (its folder depends on
 * the target framework) or a self-contained one (it needs no .NET runtime image) is declined.
 */
final class DotnetPublish implements BuildReader {
    private static final Set<String> VALUE_OPTIONS = Set.of("-c", "--configuration", "-f", "--framework", "-v", "--verbosity", "-p",
            "--property", "--version-suffix", "--source", "-s", "--manifest", "-a", "--arch", "--os", "--artifacts-path", "-bl");
    private static final Set<String> SELF_CONTAINED = Set.of("-r", "--runtime", "--self-contained", "--sc", "-p:PublishSingleFile=true",
            "-p:PublishAot=true", "/p:PublishAot=true", "/p:PublishSingleFile=true");

    @Override
    public Optional<Artefact> read(BuildStage stage) {
        List<Found> publishes = BuildReader.find(stage, List.of("dotnet"), List.of("publish"));
        if (publishes.isEmpty()) {
            return Optional.empty();
        }
        Found publish = BuildReader.one(stage, publishes, "dotnet publish");
        int at = stage.fileIndex(publish.index());
        Optional<String> output = Optional.empty();
        Optional<String> project = Optional.empty();
        List<Word> words = publish.effective().arguments();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i).literal().orElse(words.get(i).text());
            String option = word.contains("=") && word.startsWith("-") ? word.substring(0, word.indexOf('=')) : word;
            if (SELF_CONTAINED.contains(option) || SELF_CONTAINED.contains(word)) {
                throw new Declined(at, "the publish is self-contained or for a runtime identifier (" + word + "), which needs another "
                        + "runtime image than ASP.NET Core's", "split the stages by hand, onto mcr.microsoft.com/dotnet/runtime-deps");
            }
            if (option.equals("-o") || option.equals("--output")) {
                String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : i + 1 < words.size()
                        ? words.get(++i).literal().orElse("$") : "$";
                if (value.contains("$")) {
                    throw new Declined(at, "the output folder of dotnet publish is only known when the RUN runs", "write it literally");
                }
                output = Optional.of(value);
            } else if (VALUE_OPTIONS.contains(option) && !word.contains("=")) {
                i++;
            } else if (!word.startsWith("-") && !word.startsWith("/")) {
                project = Optional.of(word);
            }
        }
        if (output.isEmpty()) {
            throw new Declined(at, "dotnet publish has no -o, so its folder depends on the project's target framework",
                    "publish with -o DIR, and run the application from DIR");
        }
        String folder = stage.absolute(output.get(), publish.index());
        return Optional.of(new Artefact(at, folder, true, kind(stage, publish.index(), project), "dotnet publish -o " + output.get(),
                List.of()));
    }

    /** {@code console} when the project file shows a console or worker project, else {@code aspnet} (which runs both). */
    private static String kind(BuildStage stage, int index, Optional<String> project) {
        String workdir = stage.workdir(index);
        if (stage.buildContext().isEmpty()) {
            return "aspnet";
        }
        if (project.isPresent()) {
            return project.get().endsWith("proj") ? sdk(read(stage, Paths.join(workdir, project.get()))) : "aspnet";
        }
        // dotnet publish without a project builds the one project file of its folder.
        java.util.Set<String> files = new java.util.TreeSet<>();
        Optional<String> folder = stage.contextPath(workdir);
        folder.ifPresent(f -> files.addAll(stage.buildContext().get().matching(f, "*.csproj")));
        for (int i : stage.contextCopies()) {
            List<String> args = stage.instructions().get(i).args();
            for (String source : args.subList(0, Math.max(args.size() - 1, 0))) {
                if (source.endsWith(".csproj") && !source.contains("*")) {
                    stage.contextPath(Paths.join(workdir, Paths.name("/" + source))).ifPresent(files::add);
                } else if (source.endsWith("*.csproj")) {
                    String parent = source.contains("/") ? source.substring(0, source.lastIndexOf('/')) : ".";
                    files.addAll(stage.buildContext().get().matching(parent, "*.csproj"));
                }
            }
        }
        return files.size() == 1 ? sdk(stage.buildContext().get().read(files.iterator().next())) : "aspnet";
    }

    private static Optional<String> read(BuildStage stage, String absolute) {
        return stage.contextPath(absolute).flatMap(path -> stage.buildContext().flatMap(c -> c.read(path)));
    }

    private static String sdk(Optional<String> projectFile) {
        return projectFile.filter(text -> text.contains("Sdk=\"Microsoft.NET.Sdk\"") || text.contains("Sdk=\"Microsoft.NET.Sdk.Worker\""))
                .map(text -> "console").orElse("aspnet");
    }

    /** The program is {@code dotnet} with a .dll of the publish folder, or the folder's own executable. */
    @Override
    public void checkStart(BuildStage stage, Artefact artefact, List<String> words) {
        String program = words.get(0);
        boolean runsDll = Paths.name(Paths.join("/", program)).equals("dotnet") && words.size() > 1
                && words.get(1).endsWith(".dll") && artefact.holds(Paths.join(stage.finalWorkdir(), words.get(1)));
        boolean runsHost = program.contains("/") && artefact.holds(Paths.join(stage.finalWorkdir(), program));
        if (!runsDll && !runsHost) {
            throw new Declined(stage.fileIndex(stage.startCommand()), "the image does not run a .dll of " + artefact.path()
                    + ", the folder dotnet publish writes, so the recipe cannot tell what the runtime stage needs",
                    "run the application from the publish folder, e.g. [\"dotnet\", \"" + artefact.path() + "/App.dll\"]");
        }
    }
}
