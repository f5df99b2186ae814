#!/usr/bin/env bash
# The whole pipeline (parse, every recipe, print, diff; and with each change's edits) on generated files of
# 1,000, 10,000 and 100,000 lines, with the cost per line: flat when the pipeline is linear in file size.
#
#   bench/scale.sh                    # default settings
#   bench/scale.sh -p lines=40000     # other sizes; extra JMH options are passed through
set -euo pipefail

cd "$(dirname "$0")/.."

jar=bench/target/benchmarks.jar
result=bench/target/jmh-scale.json

if [[ ! -f "$jar" ]]; then
    # -am builds the modules the benchmark depends on (package only, no install).
    mvn -q -pl bench -am package -DskipTests
fi

java -jar "$jar" PipelineScaleBenchmark -f 1 -wi 3 -w 3s -i 5 -r 3s -t 1 -rf json -rff "$result" "$@"

echo
echo "Cost per line:"
python3 - "$result" <<'PY'
import json, sys
for run in json.load(open(sys.argv[1])):
    lines = int(run["params"]["lines"])
    ms = run["primaryMetric"]["score"]
    err = run["primaryMetric"]["scoreError"]
    name = run["benchmark"].rsplit(".", 1)[1]
    print(f"{name:24} {lines:>7} lines  {ms:10.2f} ± {err:.2f} ms/op  {1000 * ms / lines:7.2f} us/line")
PY
