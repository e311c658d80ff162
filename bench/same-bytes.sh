#!/usr/bin/env bash
# Byte identity for speed work: renders the same cuts with two Jiffy jars and compares the GIFs with cmp. A change
# meant to make the encoder faster must leave every one of them identical (or be measured on quality per byte with
# bench/pareto.sh instead).
#
#   bench/same-bytes.sh BEFORE.jar AFTER.jar [--media DIR] [--out DIR]
#
#   BEFORE.jar, AFTER.jar  two builds of jiffy-cli/target/jiffy.jar (copy the first aside before rebuilding)
#   --media DIR            where the real clips are (default: ../shared/media next to the repository); cuts whose
#                          file is missing are skipped, the bundled sample always runs
#   --out DIR              where to write the GIFs (default: bench/out/same-bytes)
#
# The cuts: bench/run.sh's case b (the speed case), the bundled sample, the grainy film, the screencast, live action at
# --quality 60, the static camera at --quality 40, cel animation with --dither ORDERED, quality 100 and smoke at 70.
# Exit status 0 when every GIF is identical.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
[ $# -ge 2 ] || { echo "usage: bench/same-bytes.sh BEFORE.jar AFTER.jar [--media DIR] [--out DIR]" >&2; exit 2; }
BEFORE=$1
AFTER=$2
shift 2
MEDIA="$ROOT/../shared/media"
OUT="$BENCH_DIR/out/same-bytes"
while [ $# -gt 0 ]; do
  case "$1" in
    --media) MEDIA=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "same-bytes.sh: unknown option '$1' (expected --media DIR or --out DIR)" >&2; exit 2 ;;
  esac
done
for jar in "$BEFORE" "$AFTER"; do
  [ -f "$jar" ] || { echo "same-bytes.sh: no jar at '$jar' (build one with mvn -pl jiffy-cli -am package)" >&2; exit 2; }
done

# NAME FILE (in MEDIA, or samples/ for the bundled one) OPTIONS...
CUTS=(
  "b big_buck_bunny_0_30.webm --from 0 --to 10 --width 640 --fps 24"
  "sample samples/bunny.webm"
  "film his_girl_friday_1940.mp4 --from 1 --to 4 --width 400 --fps 12.5"
  "screen jupyterlab_github_screencast.mp4 --from 2 --to 5 --width 480 --fps 10"
  "cockatoo cockatoo_handheld.mp4 --from 2 --to 5 --width 480 --fps 15 --quality 60"
  "walking person_walking_static_cam.mp4 --from 2 --to 5 --width 480 --fps 10 --quality 40"
  "popeye popeye_sinbad_1936.mp4 --from 2 --to 5 --width 480 --fps 12 --dither ORDERED"
  "q100 big_buck_bunny_0_30.webm --from 20 --to 23 --width 480 --fps 15 --quality 100"
  "smoke tears_of_steel_battle_smoke.mp4 --from 2 --to 5 --width 480 --fps 12 --quality 70"
)
mkdir -p "$OUT/before" "$OUT/after"
status=0
for cut in "${CUTS[@]}"; do
  read -r name file options <<<"$cut"
  if [[ $file == samples/* ]]; then input="$ROOT/$file"; else input="$MEDIA/$file"; fi
  if [ ! -f "$input" ]; then
    echo "skip  $name ($input is missing)"
    continue
  fi
  # shellcheck disable=SC2086 # options are words
  java -Xmx256m -jar "$BEFORE" make "$input" $options -q -o "$OUT/before/$name.gif"
  # shellcheck disable=SC2086
  java -Xmx256m -jar "$AFTER" make "$input" $options -q -o "$OUT/after/$name.gif"
  if cmp -s "$OUT/before/$name.gif" "$OUT/after/$name.gif"; then
    echo "same  $name ($(stat -c %s "$OUT/after/$name.gif") bytes)"
  else
    echo "DIFF  $name ($(stat -c %s "$OUT/before/$name.gif") bytes before, $(stat -c %s "$OUT/after/$name.gif") after)"
    status=1
  fi
done
exit $status
