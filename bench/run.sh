#!/usr/bin/env bash
# Parse / parse+print throughput over the shared corpus, with a one-line summary per benchmark
# (ops/s, MB/s, files/s). Run from anywhere; it works from the repository root, because the
# benchmark's corpus path (../shared/corpus) is relative to the working directory.
#
#   bench/run.sh                      # default settings
#   bench/run.sh -prof gc             # extra JMH options are passed through
#   bench/run.sh -p corpus=/some/dir  # another folder of Dockerfiles
set -euo pipefail

cd "$(dirname "$0")/.."

jar=bench/target/benchmarks.jar
result=bench/target/jmh-result.json

if [[ ! -f "$jar" ]]; then
    # -am builds the engine and grammar modules the benchmark depends on (package only, no install).
    mvn -q -pl bench -am package -DskipTests
fi

java -jar "$jar" ParsePrintBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s -t 1 -rf json -rff "$result" "$@"

echo
echo "Summary (MB = 10^6 bytes):"
java -cp "$jar" dev.dockmend.bench.Summary "$result"
