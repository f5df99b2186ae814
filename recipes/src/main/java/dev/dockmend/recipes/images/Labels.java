package dev.dockmend.recipes.images;

import java.util.Locale;
import java.util.Optional;

/**
 * The words the data file uses for the image knowledge's enums ({@code busybox-wget}, {@code su-exec}): the
 * constant's name in lower case with {@code -} for {@code _}, one rule for every such enum.
 */
final class Labels {
    private Labels() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose label is {@code label}, if any. */
    static <E extends Enum<E>> Optional<E> find(E[] constants, String label) {
        for (E constant : constants) {
            if (of(constant).equals(label)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
