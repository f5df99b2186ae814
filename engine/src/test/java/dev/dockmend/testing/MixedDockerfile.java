package dev.dockmend.testing;

/**
 * A generated Dockerfile of a given number of lines that gives every shipped recipe work all over it:
 * RUNs in a row to merge, apt-get and pip installs to clean up after, MAINTAINERs, shell-form CMDs, a
 * COPY . . before npm ci and an EXPOSE (a port to check) at the start of each stage,
 * between ENV, COPY, WORKDIR, comments and continuation lines. Its first half is one stage, so a cost
 * that grows with the square of a stage's length shows; the second half is many small stages, so a cost
 * that grows with the square of the number of stages shows too. Shared by the scale tests and the
 * benchmark in bench/, which measure the same shape of file.
 */
public final class MixedDockerfile {
    /** Blocks per stage in the second half. */
    private static final int BLOCKS_PER_SMALL_STAGE = 4;

    private MixedDockerfile() {
    }

    /** A file of at least {@code lines} lines (whole blocks, so a few more), each ending in LF. */
    public static String ofLines(int lines) {
        StringBuilder text = new StringBuilder(lines * 32);
        int written = stage(text, 0);
        int block = 0;
        while (written < lines) {
            if (written >= lines / 2 && block % BLOCKS_PER_SMALL_STAGE == 0) {
                written += stage(text, block);
            }
            written += block(text, block);
            block++;
        }
        return text.toString();
    }

    private static int stage(StringBuilder text, int number) {
        text.append("FROM debian:bookworm-slim AS stage").append(number).append('\n');
        text.append("MAINTAINER Team ").append(number).append(" <team@example.org>\n");
        text.append("WORKDIR /app\n");
        text.append("COPY . .\n");
        text.append("RUN npm ci && npm run build\n");
        text.append("EXPOSE 8080\n");
        return 6;
    }

    private static int block(StringBuilder text, int i) {
        text.append("ENV APP_HOME_").append(i).append("=/srv/app").append(i).append('\n');
        text.append("RUN apt-get update\n");
        text.append("RUN apt-get install -y --no-install-recommends curl\n");
        text.append("COPY src").append(i).append("/ /srv/app").append(i).append("/\n");
        text.append("# build step ").append(i).append('\n');
        text.append("RUN pip install --upgrade pkg").append(i).append(" \\\n");
        text.append("    && echo built ").append(i).append('\n');
        text.append("RUN echo \"").append(i).append("\" > /tmp/").append(i).append(".txt\n");
        text.append("WORKDIR /srv/app").append(i).append('\n');
        text.append("CMD node server").append(i).append(".js\n");
        text.append('\n');
        return 11;
    }
}
