package dev.dockmend.cli.migrate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The user's git credentials for a push: JGit does not run git's credential helpers, so this asks git itself,
 * {@code git credential fill} in the repository (its {@code credential.helper}s, global and local: a
 * keychain, {@code gh auth git-credential}, a store file), never prompting ({@code GIT_TERMINAL_PROMPT=0}).
 * No git on the PATH, or no helper that knows the host, is no credentials: the push then fails with the
 * remote's own refusal. User and password in the remote's URL are used by JGit without asking.
 */
final class GitCredentials extends CredentialsProvider {
    private static final long TIMEOUT_SECONDS = 60;

    private final File repository;

    GitCredentials(File repository) {
        this.repository = repository;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        Map<String, String> answer = fill(uri);
        if (!answer.containsKey("username") && !answer.containsKey("password")) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username username) {
                username.setValue(answer.get("username"));
            } else if (item instanceof CredentialItem.Password password) {
                String value = answer.get("password");
                password.setValue(value == null ? null : value.toCharArray());
            } else {
                throw new UnsupportedCredentialItem(uri, item.getClass().getName() + ": " + item.getPromptText());
            }
        }
        return true;
    }

    /** What {@code git credential fill} answers for {@code uri}: {@code username}, {@code password}; empty when it cannot. */
    Map<String, String> fill(URIish uri) {
        StringBuilder request = new StringBuilder();
        request.append("protocol=").append(uri.getScheme() == null ? "https" : uri.getScheme()).append('\n');
        if (uri.getHost() != null) {
            request.append("host=").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append('\n');
        }
        if (uri.getPath() != null) {
            request.append("path=").append(uri.getPath().replaceFirst("^/", "")).append('\n');
        }
        if (uri.getUser() != null) {
            request.append("username=").append(uri.getUser()).append('\n');
        }
        request.append('\n');
        try {
            ProcessBuilder builder = new ProcessBuilder("git", "credential", "fill").directory(repository).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().put("GCM_INTERACTIVE", "never");
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(request.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] output;
            try (InputStream out = process.getInputStream()) {
                output = out.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Map.of();
            }
            return process.exitValue() == 0 ? parse(new String(output, StandardCharsets.UTF_8)) : Map.of();
        } catch (IOException e) {
            return Map.of(); // no git on the PATH: no helpers to ask
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static Map<String, String> parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }
}
