#!/usr/bin/env bash
# Background-removal score: IoU per frame, largest hole inside the figure, flicker, edge crawl, for each method, on a
# synthetic figure that walks into real static-camera footage and stands still for the second half (the true mask is
# known); and, where ../shared/media is at hand, the default's behaviour on real footage (no truth there: how much of
# the mask persistence and the steady cut remove, flicker where the picture is still, time).
#
#   bench/background.sh            prints the tables; writes bench/out/background-score.md (and -footage.md)
#   bench/background.sh --frames   also remakes README's docs/background-removal-walk.png with ./jiffy
#
# The composite and the score are Java test code (jiffy-core: FigureOverFootage, MaskScore,
# BackgroundScoreBenchmark, FootageBenchmark); this runs them inside the reactor (never mvn install). A picture of the
# default's result (frame, estimated background, mask, errors: red missed, blue extra) is left in
# bench/out/background-frames.png; bench/out/background-dropped-*.png show the real clips' masks (red: what
# persistence and the steady cut removed from each frame's own mask).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
MEDIA="$ROOT/../shared/media"
mkdir -p "$OUT"
cd "$ROOT"

footage=()
if [ -f "$MEDIA/person_walking_static_cam.mp4" ] && [ -f "$MEDIA/his_girl_friday_1940.mp4" ]; then
  # the same pictures as the README's commands: the walk at 320 px, the bird as README's bird command, the film's
  # first 3 s at 320 px; the bird also at its own 24 fps written at 10 (between-frame times)
  F="$OUT/footage"
  rm -rf "$F" && mkdir -p "$F/walk@10" "$F/bird@10" "$F/bird@24~10" "$F/film@30"
  ffmpeg -v error -i "$MEDIA/person_walking_static_cam.mp4" -vf scale=320:-2 -r 10 "$F/walk@10/%04d.png"
  ffmpeg -v error -ss 8.2 -to 10 -i samples/bunny.webm -vf "crop=800:620:280:20,scale=400:310,fps=10" \
    "$F/bird@10/%04d.png"
  ffmpeg -v error -ss 8.2 -to 10 -i samples/bunny.webm -vf "crop=800:620:280:20,scale=400:310" "$F/bird@24~10/%04d.png"
  ffmpeg -v error -to 3 -i "$MEDIA/his_girl_friday_1940.mp4" -vf scale=320:-2 "$F/film@30/%04d.png"
  footage=(-Djiffy.bench.footage="$F" -Dtest='BackgroundScoreBenchmark,FootageBenchmark')
else
  echo "background.sh: ../shared/media not found: the synthetic score only" >&2
  footage=(-Dtest=BackgroundScoreBenchmark)
fi

mvn -q -o -pl jiffy-core -am verify -Djiffy.bench=true "${footage[@]}" \
  -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/background.log" 2>&1 ||
  mvn -q -pl jiffy-core -am verify -Djiffy.bench=true "${footage[@]}" \
    -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/background.log" 2>&1 ||
  { tail -n 30 "$OUT/background.log" >&2; exit 1; }
cp jiffy-core/target/background-score.md jiffy-core/target/background-frames.png "$OUT/"
cat "$OUT/background-score.md"
if [ -f jiffy-core/target/background-footage.md ] && [ ${#footage[@]} -gt 1 ]; then
  cp jiffy-core/target/background-footage.md jiffy-core/target/background-dropped-*.png "$OUT/"
  cat "$OUT/background-footage.md"
fi

if [ "${1:-}" = --frames ]; then
  # README's picture: the walk at 200 px, its frames at 2.5, 5 and 9.5 s; rows: the video, the seed's recipe, the
  # default; transparent shown magenta
  W="$OUT/walk-frames"
  rm -rf "$W" && mkdir -p "$W"
  ./jiffy make "$MEDIA/person_walking_static_cam.mp4" --width 200 -o "$W/video.gif" -q
  ./jiffy make "$MEDIA/person_walking_static_cam.mp4" --width 200 --remove-background --bg-method SEED -o "$W/seed.gif" -q
  ./jiffy make "$MEDIA/person_walking_static_cam.mp4" --width 200 --remove-background -o "$W/default.gif" -q
  size=$(ffprobe -v error -show_entries stream=width,height -of csv=s=x:p=0 "$W/video.gif")
  for g in video seed default; do
    for t in 2.5 5 9.5; do # a GIF merges repeated frames into longer delays: pick by time, not by frame number
      ffmpeg -v error -y -f lavfi -i "color=c=magenta:s=$size" -ss "$t" -i "$W/$g.gif" \
        -filter_complex "[0][1]overlay=shortest=1" -frames:v 1 "$W/$g-$t.png"
    done
    ffmpeg -v error -y -i "$W/$g-2.5.png" -i "$W/$g-5.png" -i "$W/$g-9.5.png" -filter_complex hstack=3 "$W/$g.png"
  done
  ffmpeg -v error -y -i "$W/video.png" -i "$W/seed.png" -i "$W/default.png" -filter_complex vstack=3 \
    docs/background-removal-walk.png
  echo "wrote docs/background-removal-walk.png"
fi
