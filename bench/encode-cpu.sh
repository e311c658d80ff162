#!/usr/bin/env bash
# The encoder's CPU time alone, in-process, pass after pass over the same frames (speed case b by default: Big Buck
# Bunny 0-10 s, 640 px, 24 fps, decoded and scaled once by FFmpeg). Pass 0 includes the JIT's warm-up; later passes are
# the steady cost. Several jars run in turn, for before/after comparisons on a shared machine.
#
#   bench/encode-cpu.sh [--rounds N] [--passes N] [--threads N] [--quality Q] [--media DIR] JAR...
#
#   JAR          builds of jiffy-cli/target/jiffy.jar (default: that one)
#   --rounds N   times each jar runs, in turn (default 2)
#   --passes N   encodes per run (default 4)
#   --threads N  the encoder's threads (default 1: the encoding thread's CPU is all of it)
#   --quality Q  Jiffy's quality (default 80)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
MEDIA="$ROOT/../shared/media"
ROUNDS=2
PASSES=4
THREADS=1
QUALITY=80
JARS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --passes) PASSES=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --quality) QUALITY=$2; shift 2 ;;
    --media) MEDIA=$2; shift 2 ;;
    -*) echo "encode-cpu.sh: unknown option '$1'" >&2; exit 2 ;;
    *) JARS+=("$1"); shift ;;
  esac
done
[ ${#JARS[@]} -gt 0 ] || JARS=("$ROOT/jiffy-cli/target/jiffy.jar")
source "$BENCH_DIR/case-b-frames.sh"
FRAMES=$(case_b_frames "$MEDIA" encode-cpu.sh)
OUT="$BENCH_DIR/out/encode-cpu"
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "${JARS[0]}" "$BENCH_DIR/java/EncodeCpu.java"
for round in $(seq "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    echo "== $jar (round $round, load $(cut -d' ' -f1 /proc/loadavg))"
    java -Xmx1g -cp "$jar:$OUT/classes" EncodeCpu "$FRAMES" 640 360 24 "$PASSES" "$QUALITY" "$THREADS"
  done
done
