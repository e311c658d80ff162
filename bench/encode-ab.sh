#!/usr/bin/env bash
# The encoder's CPU time, two builds side by side in one process: each round encodes the same frames with build A,
# then with build B (the order alternating), so that a shared machine's drift, which moves whole runs by 10 % and
# more, falls on both alike. For speed changes of a few percent; bench/encode-cpu.sh gives each build's own passes.
#
#   bench/encode-ab.sh [--rounds N] [--frames N] [--quality Q] [--media DIR] A.jar B.jar
#
#   A.jar, B.jar  builds of jiffy-cli/target/jiffy.jar (or class paths: dir:jar, the first entry wins)
#   --rounds N    rounds (default 8; the first two are the JIT's warm-up and left out of the summary)
#   --frames N    frames of speed case b encoded a round (default 120 of its 240: 5 s)
#   --quality Q   Jiffy's quality (default 80)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
MEDIA="$ROOT/../shared/media"
ROUNDS=8
FRAMES_USED=120
QUALITY=80
BUILDS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --frames) FRAMES_USED=$2; shift 2 ;;
    --quality) QUALITY=$2; shift 2 ;;
    --media) MEDIA=$2; shift 2 ;;
    -*) echo "encode-ab.sh: unknown option '$1'" >&2; exit 2 ;;
    *) BUILDS+=("$1"); shift ;;
  esac
done
[ ${#BUILDS[@]} -eq 2 ] || { echo "usage: bench/encode-ab.sh [--rounds N] [--frames N] [--quality Q] A.jar B.jar" >&2; exit 2; }
source "$BENCH_DIR/case-b-frames.sh"
FRAMES=$(case_b_frames "$MEDIA" encode-ab.sh)
OUT="$BENCH_DIR/out/encode-cpu"
mkdir -p "$OUT/ab-classes"
javac -d "$OUT/ab-classes" "$BENCH_DIR/java/EncodeAB.java"
echo "load $(cut -d' ' -f1 /proc/loadavg); A = ${BUILDS[0]}, B = ${BUILDS[1]}"
java -Xmx1500m -cp "$OUT/ab-classes" EncodeAB "$FRAMES" 640 360 24 "$FRAMES_USED" "$ROUNDS" "$QUALITY" \
  "${BUILDS[0]}" "${BUILDS[1]}"
