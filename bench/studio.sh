#!/usr/bin/env bash
# The studio's first size estimate (SizeEstimate) against the whole encode, on every clip of ../shared/media:
# writes bench/out/size-estimate.md. The issue's aim is within 15 %.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"
mvn -q -o -pl jiffy-studio -am verify -Djiffy.bench=true -Dtest=SizeEstimateBenchmark \
  -Djiffy.media="$ROOT/../shared/media" -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/studio.log" 2>&1 ||
  { tail -n 30 "$OUT/studio.log" >&2; exit 1; }
cp jiffy-studio/target/size-estimate.md "$OUT/"
cat "$OUT/size-estimate.md"
