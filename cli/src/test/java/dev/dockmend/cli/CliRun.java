package dev.dockmend.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code dockmend} in-process and captures what it prints: standard output (as text and as bytes) and errors. */
record CliRun(int exitCode, String out, String err, byte[] stdout) {
    static CliRun of(String... args) {
        return withStdin(new byte[0], args);
    }

    /** Runs {@code dockmend -C dir args...}: as if started in {@code dir}. */
    static CliRun in(java.nio.file.Path dir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-C";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    /**
     * Standard output is one stream, as in {@link Dockmend#main}: text (UTF-8) and bytes (a patch, a whole file)
     * both end in {@code stdout}, in order; {@code out} is that stream read as UTF-8.
     */
    static CliRun withStdin(byte[] stdin, String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandardOutput stdout = StandardOutput.of(bytes);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        int code = Dockmend.run(new ByteArrayInputStream(stdin), stdout, out, new PrintWriter(err), false, args);
        return new CliRun(code, bytes.toString(StandardCharsets.UTF_8), err.toString(), bytes.toByteArray());
    }
}
