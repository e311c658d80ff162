#!/usr/bin/env bash
# Making an existing GIF smaller: jiffy make IN.gif at a few qualities against gifsicle -O3 and -O3 --lossy=80, by
# bytes and RGB SSIM to the input GIF's own frames (FFmpeg decodes both; the timing is the input's, so frames pair up).
#
#   bench/gif-input.sh [MEDIA_DIR]
#
# The input GIFs are cut from MEDIA_DIR (default ../shared/media beside the repo) as users make them: FFmpeg's
# palettegen/paletteuse (the most common recipe) and gifski 1.7.1 (installed as bench/run.sh does). Output: a markdown
# table on stdout and in bench/out/gif-input/results.md.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
MEDIA=${1:-$ROOT/../shared/media}
OUT="$BENCH_DIR/out/gif-input"
GIFSKI_VERSION=1.7.1
GIFSKI="$BENCH_DIR/out/tools/gifski-$GIFSKI_VERSION/package/bin/debian/gifski"
mkdir -p "$OUT"

if [[ ! -x $GIFSKI ]]; then
  mkdir -p "$(dirname "$GIFSKI")/../../.." && (cd "$BENCH_DIR/out/tools" && mkdir -p "gifski-$GIFSKI_VERSION" \
    && cd "gifski-$GIFSKI_VERSION" && npm pack --silent "gifski@$GIFSKI_VERSION" >/dev/null \
    && tar xzf "gifski-$GIFSKI_VERSION.tgz" && chmod +x package/bin/debian/gifski)
fi
command -v gifsicle >/dev/null || { echo "gifsicle is needed (apt-get install gifsicle)" >&2; exit 1; }
JAR="$ROOT/jiffy-cli/target/jiffy.jar"
[[ -f $JAR ]] || (cd "$ROOT" && mvn -q -o -B -DskipTests package)

# NAME:FILE:FROM:DURATION:WIDTH:FPS:MAKER
CASES=(
  "cockatoo-ffmpeg:cockatoo_handheld.mp4:2:3:320:15:ffmpeg"
  "football-ffmpeg:football_juggling_park.mp4:5:3:400:20:ffmpeg"
  "popeye-ffmpeg:popeye_sinbad_1936.mp4:4:3:400:12:ffmpeg"
  "screencast-ffmpeg:jupyterlab_github_screencast.mp4:6:4:480:10:ffmpeg"
  "walking-gifski:person_walking_static_cam.mp4:3:3:400:15:gifski"
  "bunny-gifski:big_buck_bunny_0_30.webm:20:3:480:24:gifski"
)

make_input() { # FILE FROM DURATION WIDTH FPS MAKER OUT
  if [[ $6 == ffmpeg ]]; then
    ffmpeg -nostdin -v error -y -ss "$2" -t "$3" -i "$MEDIA/$1" \
      -vf "fps=$5,scale=$4:-2:flags=lanczos,split[a][b];[a]palettegen[p];[b][p]paletteuse" "$7"
  else
    local tmp; tmp=$(mktemp -d "$OUT/frames.XXXX")
    ffmpeg -nostdin -v error -ss "$2" -t "$3" -i "$MEDIA/$1" -vf "fps=$5,scale=$4:-2:flags=lanczos" \
      -pix_fmt rgb24 "$tmp/%05d.png"
    "$GIFSKI" -q --fps "$5" -o "$7" "$tmp"/*.png
    rm -rf "$tmp"
  fi
}

ssim() { # REF.gif TEST.gif -> RGB SSIM "All"
  ffmpeg -nostdin -hide_banner -i "$1" -i "$2" -lavfi "[0]format=rgb24[a];[1]format=rgb24[b];[a][b]ssim" \
    -f null - 2>&1 | sed -n 's/.*All:\([0-9.]*\).*/\1/p' | tail -n1
}

frames() { gifsicle --info "$1" | sed -n 's/.* \([0-9]*\) images.*/\1/p' | head -n1; }
centis() { gifsicle --info "$1" | grep -o 'delay [0-9.]*s' | sed 's/delay //; s/s//' \
  | awk '{ s += $1 * 100 } END { printf "%d", s + 0.5 }'; }

{
  echo "| input | tool | bytes | vs input | SSIM (RGB) | frames | total delay (cs) |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for spec in "${CASES[@]}"; do
    IFS=: read -r name file from dur width fps maker <<<"$spec"
    [[ -f $MEDIA/$file ]] || { echo "skipping $name: $MEDIA/$file is missing" >&2; continue; }
    dir="$OUT/$name"; mkdir -p "$dir"
    make_input "$file" "$from" "$dur" "$width" "$fps" "$maker" "$dir/input.gif"
    in_bytes=$(stat -c %s "$dir/input.gif")
    declare -A made=()
    for q in 80 60 40; do
      java -Xmx512m -jar "$JAR" make "$dir/input.gif" -o "$dir/jiffy-q$q.gif" --quality "$q" --quiet
      made["jiffy --quality $q"]="$dir/jiffy-q$q.gif"
    done
    gifsicle -O3 "$dir/input.gif" -o "$dir/gifsicle-O3.gif"
    made["gifsicle -O3"]="$dir/gifsicle-O3.gif"
    gifsicle -O3 --lossy=80 "$dir/input.gif" -o "$dir/gifsicle-lossy80.gif"
    made["gifsicle -O3 --lossy=80"]="$dir/gifsicle-lossy80.gif"
    echo "| $name | input | $in_bytes | | 1 | $(frames "$dir/input.gif") | $(centis "$dir/input.gif") |"
    for tool in "gifsicle -O3" "gifsicle -O3 --lossy=80" "jiffy --quality 80" "jiffy --quality 60" "jiffy --quality 40"; do
      f=${made[$tool]}; b=$(stat -c %s "$f")
      printf '| %s | %s | %d | %+.1f %% | %s | %s | %s |\n' "$name" "$tool" "$b" \
        "$(awk -v a="$b" -v i="$in_bytes" 'BEGIN { print 100 * (a - i) / i }')" "$(ssim "$dir/input.gif" "$f")" \
        "$(frames "$f")" "$(centis "$f")"
    done
    unset made
  done
} | tee "$OUT/results.md"
