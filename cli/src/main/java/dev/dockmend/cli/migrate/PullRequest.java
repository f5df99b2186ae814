package dev.dockmend.cli.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dockmend.cli.report.FindingLine;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Safety;

/**
 * The title and Markdown body of a repository's pull request, in the shape Renovate's and Dependabot's
 * have: what changed at a glance (a table: file, recipe, safety, lines), each change's reason, a checklist
 * of what a reviewer must look at for the {@code review} changes, the expected effect, the findings left
 * for a person, the files dockmend could not read, and the command that makes the branch again. The text is
 * a function of the files' results, the command and the version alone, so a second run writes the same
 * bytes.
 */
public record PullRequest(String title, String body) {
    public static PullRequest of(List<FileResult> files, String rerun, String version, PullRequestNotes notes) {
        List<FileResult> changed = files.stream().filter(FileResult::changed).toList();
        Set<String> recipes = new LinkedHashSet<>();
        changed.forEach(file -> file.changes().forEach(change -> recipes.add(change.recipe().value())));
        String what = changed.size() == 1 ? changed.get(0).path() : changed.size() + " Dockerfiles";
        String title = "Mend " + what + " with dockmend (" + String.join(", ", recipes) + ")";
        return new PullRequest(title, new Body(files, changed, recipes, rerun, version, notes).text());
    }

    /** The body, section by section; a section with nothing to say is left out. */
    private static final class Body {
        private final List<FileResult> files;
        private final List<FileResult> changed;
        private final Set<String> recipes;
        private final String rerun;
        private final String version;
        private final PullRequestNotes notes;
        private final StringBuilder text = new StringBuilder();

        Body(List<FileResult> files, List<FileResult> changed, Set<String> recipes, String rerun, String version, PullRequestNotes notes) {
            this.files = files;
            this.changed = changed;
            this.recipes = recipes;
            this.rerun = rerun;
            this.version = version;
            this.notes = notes;
        }

        String text() {
            intro();
            table();
            changes();
            checks();
            effects();
            findings();
            errors();
            rerun();
            text.append("\n---\n<sub>Made by dockmend ").append(version)
                    .append(". Every change says which recipe made it and why; `safe` changes keep the image and how it runs the same or"
                            + " only smaller.</sub>\n");
            return text.toString();
        }

        private void intro() {
            int changes = changed.stream().mapToInt(file -> file.changes().size()).sum();
            long review = reviewChanges().size();
            text.append("dockmend made ").append(plural(changes, "change")).append(" in ").append(plural(changed.size(), "Dockerfile"))
                    .append(" of this repository");
            if (review == 0) {
                text.append(changes == 1 ? "; it is `safe`.\n" : "; all of them are `safe`.\n");
            } else {
                text.append("; ").append(review == changes ? (changes == 1 ? "it" : "all of them") : review + " of them")
                        .append(review == 1 ? " is" : " are").append(" marked `review`: see **What to check**.\n");
            }
        }

        private void table() {
            text.append("\n| File | Recipe | Safety | Lines |\n| --- | --- | --- | --- |\n");
            for (FileResult file : changed) {
                for (Change change : file.changes()) {
                    text.append("| ").append(code(file.path())).append(" | ").append(code(change.recipe().value())).append(" | ")
                            .append(change.safety().label()).append(" | ").append(change.before()).append(" |\n");
                }
            }
        }

        private void changes() {
            heading("Changes");
            for (FileResult file : changed) {
                text.append("\n**").append(code(file.path())).append("**\n\n");
                for (Change change : file.changes()) {
                    text.append("- ").append(lines(change)).append(", ").append(code(change.recipe().value())).append(" (")
                            .append(change.safety().label()).append("): ").append(change.reason()).append('\n');
                }
            }
        }

        private void checks() {
            List<String[]> review = reviewChanges();
            if (review.isEmpty()) {
                return;
            }
            heading("What to check");
            text.append("\nThese changes are marked `review`: the image or how it runs may differ. Please check:\n\n");
            for (String[] item : review) {
                text.append("- [ ] ").append(item[0]).append(": ").append(item[1]).append('\n');
            }
        }

        /** Each review change: where, and what to check (the recipe's note, else the change's own reason). */
        private List<String[]> reviewChanges() {
            List<String[]> review = new ArrayList<>();
            for (FileResult file : changed) {
                for (Change change : file.changes()) {
                    if (change.safety() == Safety.REVIEW) {
                        String where = code(file.path()) + " " + lines(change) + " (" + code(change.recipe().value()) + ")";
                        review.add(new String[] {where, notes.check(change.recipe().value()).orElse(change.reason())});
                    }
                }
            }
            return review;
        }

        private void effects() {
            heading("Expected effect");
            text.append('\n');
            for (String recipe : recipes) {
                notes.effect(recipe).ifPresent(effect -> text.append("- ").append(code(recipe)).append(": ").append(effect).append('\n'));
            }
            for (FileResult file : changed) {
                if (file.layersAfter() != file.layersBefore()) {
                    text.append("- ").append(code(file.path())).append(": ").append(file.layersBefore()).append(" → ")
                            .append(file.layersAfter()).append(" filesystem layers (RUN, COPY and ADD instructions, all stages).\n");
                }
            }
        }

        private void findings() {
            List<String> lines = new ArrayList<>();
            for (FileResult file : files) {
                for (Finding finding : file.findings()) {
                    lines.add("- " + code(FindingLine.of(file.path(), finding)));
                }
            }
            if (!lines.isEmpty()) {
                heading("Findings not fixed");
                text.append("\ndockmend saw these and left them alone; a `warning` is worth fixing by hand, an `info` says why a recipe"
                        + " made no change.\n\n");
                lines.forEach(line -> text.append(line).append('\n'));
            }
        }

        private void errors() {
            List<String> lines = new ArrayList<>();
            files.forEach(file -> file.errors().forEach(error -> lines.add("- " + code(error))));
            if (!lines.isEmpty()) {
                heading("Files not changed");
                text.append("\nBuildKit would reject these files as they are, so dockmend did not change them:\n\n");
                lines.forEach(line -> text.append(line).append('\n'));
            }
        }

        private void rerun() {
            heading("Running dockmend again");
            text.append("\nTo make these changes again (after the base branch has moved, or with a newer dockmend), run in the repository:\n\n")
                    .append("```sh\n").append(rerun).append("\n```\n");
        }

        private void heading(String title) {
            text.append("\n### ").append(title).append('\n');
        }

        private static String lines(Change change) {
            return (change.before().start() == change.before().end() ? "line " : "lines ") + change.before();
        }

        private static String plural(long count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }

        /** Inline code, with a fence long enough for backticks inside, and table bars escaped. */
        private static String code(String value) {
            String fence = value.contains("`") ? "``" : "`";
            String padded = value.contains("`") ? " " + value + " " : value;
            return fence + padded.replace("|", "\\|") + fence;
        }
    }
}
