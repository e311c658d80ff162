#!/usr/bin/env bash
# Background-removal score: IoU per frame, largest hole inside the figure, flicker, for each method, on a synthetic
# figure that walks into real static-camera footage and stands still for the second half (the true mask is known).
#
#   bench/background.sh            prints the table and writes bench/out/background-score.md
#
# The composite and the score are Java test code (jiffy-core: FigureOverFootage, MaskScore,
# BackgroundScoreBenchmark); this runs them inside the reactor (never mvn install). A picture of the default's result
# (frame, estimated background, mask, errors: red missed, blue extra) is left in bench/out/background-frames.png.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"
mvn -q -o -pl jiffy-core -am verify -Djiffy.bench=true -Dtest=BackgroundScoreBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/background.log" 2>&1 ||
  mvn -q -pl jiffy-core -am verify -Djiffy.bench=true -Dtest=BackgroundScoreBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/background.log" 2>&1 ||
  { tail -n 30 "$OUT/background.log" >&2; exit 1; }
cp jiffy-core/target/background-score.md jiffy-core/target/background-frames.png "$OUT/"
cat "$OUT/background-score.md"
