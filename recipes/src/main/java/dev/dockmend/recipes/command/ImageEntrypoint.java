package dev.dockmend.recipes.command;

import java.util.List;
import java.util.Optional;

import dev.dockmend.recipes.images.Entrypoint;
import dev.dockmend.recipes.images.StageImage;

/**
 * What receives a stage's CMD when the file sets no ENTRYPOINT for it: nothing (the CMD runs by itself), the
 * base image's ENTRYPOINT (an entrypoint script such as postgres's {@code docker-entrypoint.sh}, which reads its
 * first argument: {@code /bin/sh} before exec form, the program after), or what the base-image knowledge cannot
 * tell. Only the first keeps exec-form-cmd's change {@code safe}; the others say what may change.
 *
 * @param entrypoint the image's ENTRYPOINT; empty when not known
 * @param image      the image, as the reason names it
 * @param unknownWhy why the ENTRYPOINT is not known, a clause
 */
record ImageEntrypoint(Optional<Entrypoint> entrypoint, String image, String unknownWhy) {

    static ImageEntrypoint of(StageImage stage) {
        String image = stage.image().map(facts -> "`" + facts.image().name() + ":" + facts.image().tag() + "`").orElse("the base image");
        String why = stage.unknownWhy().orElse("dockmend's image knowledge does not say whether " + image + " has an ENTRYPOINT");
        return new ImageEntrypoint(stage.entrypoint(), image, why);
    }

    /** Whether the CMD runs by itself: the image is known to have no ENTRYPOINT (or the file cleared it). */
    boolean none() {
        return entrypoint.map(Entrypoint::none).orElse(false);
    }

    /** The change's reason for a CMD rewritten as {@code words} from the shell form {@code shellWords}. */
    String reason(List<String> words, String shellWords) {
        String direct = "CMD now runs " + words.get(0) + " directly instead of through /bin/sh -c, so it receives signals such as SIGTERM";
        if (none()) {
            return direct;
        }
        if (entrypoint.isEmpty()) {
            return direct + ", if the base image has no ENTRYPOINT: " + unknownWhy + "; an entrypoint script would now see `"
                    + words.get(0) + "` as its first argument where it saw `/bin/sh`, and may start differently";
        }
        return "CMD now gives the ENTRYPOINT " + JsonArray.of(entrypoint.get().words()) + " of " + image + " the arguments "
                + JsonArray.of(words) + " instead of " + shellWords + ": its script now sees `" + words.get(0)
                + "` as its first argument where it saw `/bin/sh`, so it may run other start-up steps (entrypoint scripts "
                + "set up, and switch users, only for their own program's name); check that the container starts as before";
    }
}
