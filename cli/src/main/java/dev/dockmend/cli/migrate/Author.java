package dev.dockmend.cli.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;

/** Who a migration commit is by: {@code --author "Name <mail>"}, or git's configuration as {@code git commit} reads it. */
public final class Author {
    private static final Pattern NAME_AND_MAIL = Pattern.compile("\\s*([^<>]*?)\\s*<([^<>]*)>\\s*");

    private Author() {
    }

    /** {@code Name <mail>}; the exception's message says what was expected. */
    public static PersonIdent parse(String text) {
        Matcher matcher = NAME_AND_MAIL.matcher(text);
        if (!matcher.matches() || matcher.group(1).isEmpty() || matcher.group(2).isBlank()) {
            throw new IllegalArgumentException("expected \"Name <mail>\", got '" + text + "'");
        }
        return new PersonIdent(matcher.group(1), matcher.group(2).strip());
    }

    /**
     * Author ({@code committer} false) or committer from the repository's configuration (with the global and
     * system ones, and GIT_AUTHOR_NAME and the like); null when git would have to guess them.
     */
    static PersonIdent configured(Repository git, boolean committer) {
        UserConfig user = git.getConfig().get(UserConfig.KEY);
        if (committer) {
            return user.isCommitterNameImplicit() || user.isCommitterEmailImplicit() ? null
                    : new PersonIdent(user.getCommitterName(), user.getCommitterEmail());
        }
        return user.isAuthorNameImplicit() || user.isAuthorEmailImplicit() ? null : new PersonIdent(user.getAuthorName(), user.getAuthorEmail());
    }
}
