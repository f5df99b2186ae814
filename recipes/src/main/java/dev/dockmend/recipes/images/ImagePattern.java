package dev.dockmend.recipes.images;

import java.util.regex.Pattern;

/**
 * A {@code NAME:TAG} pattern of the image tables ({@code base-images.txt}, {@code image-families.txt}):
 * a {@code *} matches any text, anything else itself; a {@code *} as the whole name matches any official
 * image (a name without a slash), so that {@code *:*-alpine} never claims {@code myorg/app:1-alpine}.
 */
public record ImagePattern(String text, Pattern name, Pattern tag) {

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException when it is not NAME:TAG
     */
    public static ImagePattern of(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.indexOf('/', colon) >= 0) {
            throw new IllegalArgumentException("`" + text + "` is not NAME:TAG");
        }
        String name = text.substring(0, colon);
        Pattern namePattern = name.equals("*") ? Pattern.compile("[^/]+") : glob(name);
        return new ImagePattern(text, namePattern, glob(text.substring(colon + 1)));
    }

    public boolean matches(ImageName image) {
        return name.matcher(image.name()).matches() && tag.matcher(image.tag()).matches();
    }

    /** A pattern where {@code *} matches any text and everything else itself. */
    public static Pattern glob(String text) {
        String[] parts = text.split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return text;
    }
}
