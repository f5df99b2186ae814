package dev.dockmend.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code dockmend} in-process and captures what it prints: text output, raw bytes output and errors. */
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

    static CliRun withStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int code = Dockmend.run(new ByteArrayInputStream(stdin), raw, new PrintWriter(out), new PrintWriter(err), false, args);
        return new CliRun(code, out.toString(), err.toString(), raw.toByteArray());
    }
}
