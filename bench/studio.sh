#!/usr/bin/env bash
# The studio's speed and size-estimate aims (issue #14), on ../shared/media:
#   - scrubbing to a new time of a 720p video shows its frame in < 150 ms warm, and the "as GIF" preview of a 3 s,
#     480 px selection is ready < 2 s after the last change (StudioSpeedBenchmark, on a 720p H.264 cut made here
#     from football_juggling_park.mp4 with a 2 s keyframe interval, as phones and video sites write them);
#   - the size estimate shown while the GIF is written, against the exported GIF, after 10, 25 and 50 % of its
#     frames (SizeEstimateBenchmark, all 10 clips, two 4 s windows each, 320 and 480 px).
# Writes bench/out/studio-speed.md and bench/out/size-estimate.md, each with the load average it ran at: timings on a
# loaded machine are upper bounds.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MEDIA=${MEDIA:-$ROOT/../shared/media}
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"
VIDEO="$OUT/football-720p.mp4"
if [ ! -f "$VIDEO" ]; then
  ffmpeg -v error -y -i "$MEDIA/football_juggling_park.mp4" -vf scale=1280:720 -c:v libx264 -preset veryfast \
    -crf 23 -g 48 -pix_fmt yuv420p -an "$VIDEO"
fi
run() { # a benchmark class, its output file
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  mvn -q -o -pl jiffy-studio -am verify -Djiffy.bench=true -Dtest="$1" -Djiffy.media="$MEDIA" \
    -Djiffy.bench.video="$VIDEO" -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/studio.log" 2>&1 ||
    { tail -n 30 "$OUT/studio.log" >&2; exit 1; }
  { cat "jiffy-studio/target/$2"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) processors, load average at the start: $load, at the end:" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"; } >"$OUT/$2"
  cat "$OUT/$2"
}
case "${1:-all}" in
  speed) run StudioSpeedBenchmark studio-speed.md ;;
  estimate) run SizeEstimateBenchmark size-estimate.md ;;
  all) run StudioSpeedBenchmark studio-speed.md; run SizeEstimateBenchmark size-estimate.md ;;
  *) echo "usage: bench/studio.sh [speed|estimate|all]" >&2; exit 2 ;;
esac
