package dev.dockmend.recipes.cache;

import java.util.Optional;

import dev.dockmend.recipes.images.BaseImage;
import dev.dockmend.recipes.images.BaseImages;
import dev.dockmend.recipes.images.ImageName;
import dev.dockmend.recipes.images.StageBase;
import dev.dockmend.recipes.images.ToolVersion;

/**
 * Whether the tool a flag needs ({@code pip} for {@code --no-cache-dir}) is new enough in the stage of a RUN:
 * new enough when an earlier RUN of the stage (or of one it builds on) installed its latest release
 * ({@code get-pip.py}, {@code pip install --upgrade pip}), else as {@code knowledge/base-images.txt} says of
 * the stage's base image, else unknown. An upgrade in the same RUN does not count: the shell may still run
 * the old program it found before ({@code hash}), and the upgrading command itself is the old one.
 */
final class ToolVersions {
    private ToolVersions() {
    }

    /** The verdict, and why, as a clause for messages ("the base image `ubuntu:14.04` (...) has pip 1.5.4"). */
    record Check(ToolVersion.Verdict verdict, String why) {
    }

    static Check check(FileContext file, int index, PackageManager.Needs needs) {
        for (String phrase : needs.renewedBy()) {
            if (file.runBeforeMentionsPhrase(index, phrase)) {
                return new Check(ToolVersion.Verdict.NEW_ENOUGH, "an earlier RUN installs its latest release");
            }
        }
        Optional<StageBase> base = file.baseImage(index);
        Optional<ImageName> name = base.flatMap(ToolVersions::imageName);
        if (name.isEmpty()) {
            return new Check(ToolVersion.Verdict.UNKNOWN, "the base image" + base.map(ToolVersions::written).orElse("")
                    + " is not known before the build");
        }
        Optional<BaseImage> image = BaseImages.shipped().of(name.get(), needs.tool());
        Optional<ToolVersion> tool = image.flatMap(i -> i.tool(needs.tool()));
        if (tool.isEmpty() || tool.get().bound() == ToolVersion.Bound.UNKNOWN) {
            return new Check(ToolVersion.Verdict.UNKNOWN, "which " + needs.tool() + " the base image `" + name.get()
                    + "` has is not known");
        }
        String release = image.get().release() + image.get().eol().map(date -> ", end of life since " + date).orElse("");
        return new Check(tool.get().meets(needs.minimum()), "the base image `" + name.get() + "` (" + release + ") has "
                + needs.tool() + " " + tool.get().describe());
    }

    /** The name and tag base-images.txt is keyed by; empty for a reference not known before the build or pinned by a digest alone. */
    private static Optional<ImageName> imageName(StageBase base) {
        if (base instanceof StageBase.Scratch) {
            return Optional.of(new ImageName("scratch", "latest"));
        }
        return base instanceof StageBase.Image image ? image.reference().imageName() : Optional.empty();
    }

    /** The base as the FROM writes it, for a message: {@code  `$BASE`}. */
    private static String written(StageBase base) {
        if (base instanceof StageBase.Unresolved unresolved) {
            return " `" + unresolved.written() + "`";
        }
        return base instanceof StageBase.Image image ? " `" + image.reference() + "`" : "";
    }

    /**
     * Whether {@code text} has {@code phrase} as whole words: {@code install --upgrade pip} is in
     * {@code pip install --upgrade pip setuptools}, not in {@code pip install --upgrade pipenv}.
     */
    static boolean mentionsPhrase(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !wordCharacter(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !wordCharacter(text.charAt(end)) || text.charAt(end) == '.'
                    && (end + 1 == text.length() || !wordCharacter(text.charAt(end + 1)));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
