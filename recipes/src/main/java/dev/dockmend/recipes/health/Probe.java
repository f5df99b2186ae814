package dev.dockmend.recipes.health;

import java.util.List;
import java.util.Optional;

import dev.dockmend.recipes.images.HealthProbes;
import dev.dockmend.recipes.images.Tool;

/**
 * A HEALTHCHECK command: the words of an exec-form check, or a script a POSIX shell runs (only the
 * any-status wget check needs one: wget's exit status does not tell an error answer from no answer).
 *
 * @param tool   the tool it runs
 * @param words  the exec-form words; empty for a shell script
 * @param script the shell script; empty for exec form
 */
record Probe(Tool tool, List<String> words, Optional<String> script) {
    /** The order tools are tried in: the runtime the image already runs, then the HTTP clients. */
    static final List<Tool> HTTP_TOOLS = List.of(Tool.NODE, Tool.PYTHON, Tool.PHP, Tool.CURL, Tool.WGET, Tool.BUSYBOX_WGET);

    Probe {
        words = List.copyOf(words);
        if (words.isEmpty() == script.isEmpty()) {
            throw new IllegalArgumentException("a probe is exec words or a script");
        }
    }

    boolean needsShell() {
        return script.isPresent();
    }

    /** The program it runs, for reasons: {@code node}, {@code curl}. */
    String program() {
        return words.isEmpty() ? script.get().substring(0, script.get().indexOf(' ')) : words.get(0);
    }

    /** A service's own check ({@code pg_isready}), from the data. */
    static Probe service(Tool tool, int port, HealthProbes ports) {
        return new Probe(tool, ports.probe(tool, port), Optional.empty());
    }

    /**
     * An HTTP check of {@code http://127.0.0.1:PORT/PATH} with {@code tool}: without a path, healthy when the
     * server answers at all (any status: a guessed path that is 404 must not restart a healthy container); with
     * one, only on 2xx or 3xx (wget follows redirects, so for it on 2xx after them). 127.0.0.1, not localhost:
     * Node 17 and later resolve localhost to ::1 first, where a server bound to 0.0.0.0 does not listen.
     */
    static Probe http(Tool tool, int port, Optional<String> path) {
        String url = "http://127.0.0.1:" + port + path.orElse("/");
        boolean strict = path.isPresent();
        String target = path.orElse("/");
        return switch (tool) {
            case NODE -> exec(tool, "node", "-e", "require('http').get({host:'127.0.0.1',port:" + port + ",path:'" + target + "'},"
                    + (strict ? "r=>process.exit(r.statusCode<400?0:1)" : "()=>process.exit(0)")
                    + ").on('error',()=>process.exit(1))");
            // http.client, not urllib.request: it raises on no answer only, and follows no redirect
            case PYTHON -> exec(tool, "python3", "-c", "import " + (strict ? "sys," : "") + "http.client as h;c=h.HTTPConnection('127.0.0.1'," + port
                    + ");c.request('GET','" + target + "');" + (strict ? "sys.exit(c.getresponse().status>=400)" : "c.getresponse()"));
            case PHP -> exec(tool, "php", "-r", "$c=stream_context_create(['http'=>['ignore_errors'=>true,'follow_location'=>0]]);"
                    + "exit(@file_get_contents('" + url + "',false,$c)===false"
                    + (strict ? "||!preg_match('{^HTTP/[^ ]+ [23]}',$http_response_header[0])" : "") + "?1:0);");
            case CURL -> exec(tool, "curl", strict ? "-fs" : "-s", "-o", "/dev/null", url);
            case WGET, BUSYBOX_WGET -> strict ? exec(tool, "wget", "-q", "-O", "/dev/null", url)
                    // -S prints the status line (HTTP/1.1 404 ...) of any answer; no answer prints none
                    : new Probe(tool, List.of(), Optional.of("wget -S -O /dev/null " + url + " 2>&1 | grep -q 'HTTP/'"));
            default -> throw new IllegalArgumentException("no HTTP probe with " + tool.label());
        };
    }

    private static Probe exec(Tool tool, String... words) {
        return new Probe(tool, List.of(words), Optional.empty());
    }
}
