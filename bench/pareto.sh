#!/usr/bin/env bash
# Quality per byte on every kind of footage: the Pareto points (bytes against RGB SSIM) of Jiffy's quality knob and of
# the other encoders' settings, per clip, all encoding the very same PNG frames.
#
#   bench/pareto.sh [--fast] [--clips NAME,NAME...] [--media DIR] [--jar JAR] [--label TEXT] [--out DIR]
#
#   --fast         three clips (bunny sample, grayscale old film, live action) and fewer settings: a few minutes
#   --clips LIST   only these clips (names from CLIPS below)
#   --media DIR    where the real clips are (default: ../shared/media next to the repository); clips whose file is
#                  missing are skipped, the bundled sample always runs
#   --jar JAR      run this Jiffy jar instead of ./jiffy (e.g. a copy of an older build, for a before/after table)
#   --label TEXT   name of the run in the output (default: jiffy's git commit)
#   --out DIR      where to write (default: bench/out/pareto)
#
# Output: OUT/results.md (tables per clip and a summary) and OUT/points.tsv (every point).
# See bench/README.md, "Quality per byte".
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT="$BENCH_DIR/out/pareto"
source "$BENCH_DIR/gifski.sh" # GIFSKI_VERSION, gifski_bin, install_gifski

# NAME:FILE:FROM:SECONDS:WIDTH:FPS[:gray]. 3 s cuts, 400-480 px: a full run of the 12 took 38 min on 2 busy cores.
# FILE is relative to the media folder, or to the repository for the bundled sample (samples/...).
CLIPS=(
  "bunny-sample:samples/bunny.webm:2:3:480:15"
  "bbb-3d:big_buck_bunny_0_30.webm:20:3:480:15"
  "cockatoo-live:cockatoo_handheld.mp4:2:3:480:15"
  "football-foliage:football_juggling_park.mp4:2:3:480:15"
  "friday-grain:his_girl_friday_1940.mp4:1:3:400:12.5"
  "friday-gray:his_girl_friday_1940.mp4:1:3:400:12.5:gray"
  "tears-smoke:tears_of_steel_battle_smoke.mp4:2:3:480:12"
  "jupyter-screen:jupyterlab_github_screencast.mp4:2:3:480:10"
  "popeye-cel:popeye_sinbad_1936.mp4:2:3:480:12"
  "walking-static:person_walking_static_cam.mp4:2:3:480:10"
  "smpte-pattern:smpte-2997.mp4:2:3:480:12.5"
  "testcard-pattern:testcard_640x480.mp4:2:3:480:12.5"
)
FAST_CLIPS="bunny-sample,friday-gray,cockatoo-live"
JIFFY_Q=(100 95 90 85 80 75 70 65 60 50 40 30)
GIFSKI_Q=(100 90 80 70 60 50)
FAST_JIFFY_Q=(100 80 50 30)
FAST_GIFSKI_Q=(90 50)
JIFFY_DEFAULT_Q=80   # GifQuality.DEFAULT
GIFSKI_DEFAULT_Q=90  # gifski's default --quality

FAST=0 ONLY="" MEDIA="$ROOT/../shared/media" JAR="" LABEL=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fast) FAST=1 ;;
    --clips) ONLY=${2:?--clips needs names}; shift ;;
    --media) MEDIA=${2:?--media needs a folder}; shift ;;
    --jar) JAR=${2:?--jar needs a file}; shift ;;
    --label) LABEL=${2:?--label needs a text}; shift ;;
    --out) OUT=${2:?--out needs a folder}; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ $FAST == 1 ]]; then
  [[ -n $ONLY ]] || ONLY=$FAST_CLIPS
  JIFFY_Q=("${FAST_JIFFY_Q[@]}") GIFSKI_Q=("${FAST_GIFSKI_Q[@]}")
fi
[[ -z $JAR || -f $JAR ]] || { echo "--jar $JAR: no such file" >&2; exit 2; }
[[ -z $JAR ]] || JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[[ -n $LABEL ]] || LABEL="jiffy $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo '+changes')"

log() { echo ">> $*" >&2; }
for t in ffmpeg ffprobe python3 gifsicle npm; do
  command -v "$t" >/dev/null || { echo "bench/pareto.sh needs $t (bench/run.sh installs the tools on Debian/Ubuntu)" >&2; exit 1; }
done

install_gifski
GIFSKI=$(gifski_bin)
if [[ -z $JAR ]]; then (cd "$ROOT" && ./jiffy --help >/dev/null); fi # build once, outside the timings
jiffy_make() {
  if [[ -n $JAR ]]; then java -Xmx512m -jar "$JAR" make "$@"; else "$ROOT/jiffy" make "$@"; fi
}

mkdir -p "$OUT"
POINTS="$OUT/points.tsv"
printf 'clip\ttool\tsetting\tbytes\tssim\tseconds\tframes\n' >"$POINTS"

# timed CMD...: runs it, prints its wall seconds
timed() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$CASE_DIR/last.log" 2>&1 || { echo "FAILED: $*" >&2; tail -n3 "$CASE_DIR/last.log" >&2; return 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b - a}'
}

# score GIF: prints the mean RGB SSIM against the reference frames (the GIF resampled to the clip's fps)
score() {
  ffmpeg -nostdin -hide_banner -nostats -i "$1" -framerate "$FPS" -i "$CASE_DIR/ref/%05d.png" -filter_complex \
    "[0:v]fps=$FPS,trim=end_frame=$NREF,format=gbrp[a];[1:v]format=gbrp[b];[a][b]ssim=shortest=1" \
    -f null - 2>&1 | grep -m1 -o 'All:[0-9.]*' | cut -d: -f2
}

# point TOOL SETTING GIF SECONDS: scores the GIF and appends the point
point() {
  local ssim frames
  ssim=$(score "$3")
  frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$3")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$CLIP" "$1" "$2" "$(stat -c %s "$3")" "$ssim" "$4" "$frames" >>"$POINTS"
}

for spec in "${CLIPS[@]}"; do
  IFS=: read -r CLIP file from secs width FPS gray <<<"$spec"
  [[ -z $ONLY || ",$ONLY," == *",$CLIP,"* ]] || continue
  if [[ $file == samples/* ]]; then input="$ROOT/$file"; else input="$MEDIA/$file"; fi
  [[ -f $input ]] || { log "$CLIP: $input not found, skipped"; continue; }
  CASE_DIR="$OUT/$CLIP"
  rm -rf "$CASE_DIR"; mkdir -p "$CASE_DIR/ref"
  log "$CLIP: reference frames"
  vf="fps=$FPS,scale=$width:-2:flags=lanczos"
  [[ $gray == gray ]] && vf="$vf,format=gray"
  ffmpeg -nostdin -hide_banner -v error -ss "$from" -t "$secs" -i "$input" -vf "$vf" -pix_fmt rgb24 "$CASE_DIR/ref/%05d.png"
  NREF=$(find "$CASE_DIR/ref" -name '*.png' | wc -l)
  refs=("$CASE_DIR"/ref/*.png)

  for q in "${JIFFY_Q[@]}"; do
    log "$CLIP: jiffy q$q"
    s=$(timed jiffy_make "$CASE_DIR/ref" --fps "$FPS" --quality "$q" -q -o "$CASE_DIR/jiffy-q$q.gif") && point jiffy "q$q" "$CASE_DIR/jiffy-q$q.gif" "$s"
  done
  for q in "${GIFSKI_Q[@]}"; do
    log "$CLIP: gifski q$q"
    s=$(timed "$GIFSKI" -q --fps "$FPS" --quality "$q" -o "$CASE_DIR/gifski-q$q.gif" "${refs[@]}") && point gifski "q$q" "$CASE_DIR/gifski-q$q.gif" "$s"
  done
  log "$CLIP: ffmpeg, gifsicle"
  ff=(ffmpeg -nostdin -hide_banner -v error -y -framerate "$FPS" -i "$CASE_DIR/ref/%05d.png")
  s=$(timed "${ff[@]}" -vf "split[a][b];[a]palettegen[p];[b][p]paletteuse" "$CASE_DIR/ffmpeg-default.gif") &&
    point ffmpeg default "$CASE_DIR/ffmpeg-default.gif" "$s"
  s=$(timed "${ff[@]}" -vf "split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle" \
    "$CASE_DIR/ffmpeg-tuned.gif") && point ffmpeg "diff+bayer+rect" "$CASE_DIR/ffmpeg-tuned.gif" "$s"
  if [[ -f $CASE_DIR/ffmpeg-default.gif ]]; then
    # gifsicle on FFmpeg's default GIF, as users do; its time is gifsicle's alone
    s=$(timed gifsicle -O3 "$CASE_DIR/ffmpeg-default.gif" -o "$CASE_DIR/gifsicle-O3.gif") &&
      point gifsicle "-O3" "$CASE_DIR/gifsicle-O3.gif" "$s"
    s=$(timed gifsicle -O3 --lossy=80 "$CASE_DIR/ffmpeg-default.gif" -o "$CASE_DIR/gifsicle-lossy80.gif") &&
      point gifsicle "-O3 --lossy=80" "$CASE_DIR/gifsicle-lossy80.gif" "$s"
  fi
  rm -rf "$CASE_DIR/ref"
done

python3 "$BENCH_DIR/pareto_report.py" "$POINTS" "$LABEL" "$JIFFY_DEFAULT_Q" "$GIFSKI_DEFAULT_Q" | tee "$OUT/results.md"
log "results in $OUT/results.md, points in $POINTS"
