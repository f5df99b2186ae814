package dev.dockmend.parse;

/** What a reader should have written instead, for each argument error BuildKit's parser reports. */
final class Expectations {
    private Expectations() {
    }

    static String forMessage(String message) {
        if (message.endsWith("must have two arguments")) {
            String keyword = message.substring(0, message.indexOf(' '));
            return "a value after the name: `" + keyword + " NAME=value` (or the legacy `" + keyword + " NAME value`)";
        }
        if (message.startsWith("Syntax error - can't find =")) {
            return "every word to be NAME=value once the first one is";
        }
        if (message.startsWith("when using JSON array syntax")) {
            return "a JSON array of strings such as [\"executable\", \"arg\"], with no numbers, null or nested arrays";
        }
        return "";
    }
}
