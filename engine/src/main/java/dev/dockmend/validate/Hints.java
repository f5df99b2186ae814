package dev.dockmend.validate;

/** What to write instead, for each instruction-check failure. */
final class Hints {
    private Hints() {
    }

    static String forProblem(String problem) {
        if (problem.startsWith("unknown instruction")) {
            return "a Dockerfile instruction such as FROM, RUN, COPY (is this a template or a misspelling?)";
        }
        if (problem.equals("no build stage in current context")) {
            return "FROM before any instruction other than ARG";
        }
        if (problem.startsWith("SHELL requires the arguments to be in JSON form")) {
            return "SHELL [\"/bin/bash\", \"-c\"]";
        }
        if (problem.startsWith("unknown flag") || problem.startsWith("duplicate flag") || problem.startsWith("missing a value")
                || problem.startsWith("expecting boolean")) {
            return "the flags listed at https://docs.docker.com/reference/dockerfile/";
        }
        if (problem.startsWith("FROM requires")) {
            return "FROM image or FROM image AS name";
        }
        if (problem.startsWith("invalid name for build stage")) {
            return "a stage name of a letter then letters, digits, '-', '_' or '.'";
        }
        if (problem.contains("requires at least two arguments")) {
            return "one or more sources and a destination";
        }
        if (problem.contains("requires")) {
            return "an argument after the keyword";
        }
        if (problem.startsWith("invalid network mode")) {
            return "--network=default, --network=none or --network=host";
        }
        if (problem.startsWith("security")) {
            return "--security=sandbox or --security=insecure";
        }
        if (problem.contains("names can not be blank")) {
            return "a name before the =, as in NAME=value";
        }
        if (problem.contains("ONBUILD")) {
            return "an ONBUILD trigger other than ONBUILD, FROM or MAINTAINER";
        }
        if (problem.startsWith("VOLUME")) {
            return "a non-empty path";
        }
        if (problem.contains("HEALTHCHECK")) {
            return "HEALTHCHECK [options] CMD command, or HEALTHCHECK NONE";
        }
        return "";
    }
}
