#!/usr/bin/env bash
# Jiffy benchmark: size, quality (SSIM/PSNR in RGB), wall time and peak memory of GIFs made by
# Jiffy and by other tools from the same video excerpt.
#
#   bench/run.sh [--quick] [--input FILE] [--keep] [--runs N] [--case NAME:FROM:TO:WIDTH:FPS]...
#
#   --quick        only the first case
#   --input FILE   video to cut the excerpts from (default: ../shared/media/big_buck_bunny_0_30.webm
#                  next to the repo if present, else samples/bunny.webm)
#   --keep         keep the reference frames (bench/out/<case>/ref-*/*.png)
#   --runs N       time each contender N times and keep the fastest run (default 1)
#   --case SPEC    replace the default cases (repeatable); SPEC is NAME:FROM:TO:WIDTH:FPS in seconds
#   --only LIST    run only these contenders (comma-separated names)
#   --no-memcheck  skip the memory check (jiffy's peak RSS on 10 s vs 30 s)
#
# Output: one markdown table per case on stdout and in bench/out/results.md; the GIFs stay in
# bench/out/<case>/<tool>.gif. See bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT="$BENCH_DIR/out"

# ----------------------------------------------------------------------------------------------
# Cases: NAME:FROM:TO:WIDTH:FPS (seconds, output width in pixels, frames per second)
DEFAULT_CASES=("a:20:23:480:15" "b:0:10:640:24")

# Contenders: one name per line; each NAME has a function run_NAME (dashes become underscores)
# called as  run_NAME INPUT FROM TO DURATION WIDTH FPS OUT.gif  and timed end to end, and may have
# a function prepare_NAME, called once before any timing (install, build); if prepare fails, the
# tool is reported FAILED in every case. An optional warm_NAME runs untimed before each timed run.
# Reference tool for the ratios: REF_TOOL.
CONTENDERS=(
  jiffy
  jiffy-q70
  ffmpeg-default
  ffmpeg-tuned
  gifski
  gifsicle-O3
  gifsicle-lossy80
  jiffy-frames
  gifski-frames
  imagemagick-frames
)
REF_TOOL=ffmpeg-default
# What a contender starts from: "video" (end to end from the video file: decode, scale, encode) or "frames" (encode
# only, from the case's PNG frames that ffmpeg made untimed: bench/out/<case>/ref-near/%05d.png, the same
# lanczos-scaled frames the scores are computed against; their extraction time is printed under the table).
declare -A KIND=([jiffy-frames]=frames [gifski-frames]=frames [imagemagick-frames]=frames)
# How each tool picks source frames for output frame k at time FROM + k/FPS: "near" (ffmpeg's fps filter: the
# frame nearest that time) or "up" (the frame on screen at that time). Each is scored against matching references.
declare -A SAMPLING=([jiffy]=up [jiffy-q70]=up)
# How the reference frames are scaled and turned into RGB: lanczos as the contenders scale, with swscale's accurate
# rounding and full chroma interpolation. Without those two flags FFmpeg's YUV-to-RGB path is 1.2-1.8 levels too dark
# on average (Big Buck Bunny frames 6, 8, 40, 120, 200 at 640 px against a float BT.601 conversion of the same YUV;
# with them within 0.02 on bright frames): the reference would favour tools fed by that path and count Jiffy's own
# decoding (these flags, RgbConverter) as an error; case b's video row scored 0.023 below its frames row for it.
REF_SCALE_FLAGS=lanczos+accurate_rnd+full_chroma_int+bitexact
source "$BENCH_DIR/gifski.sh" # GIFSKI_VERSION, gifski_bin, install_gifski

prepare_jiffy() { (cd "$ROOT" && ./jiffy --help >/dev/null); }
warm_jiffy() { prepare_jiffy; } # the launcher rebuilds if sources changed since: keep that out of the timing
run_jiffy() { # IN FROM TO DUR W FPS OUT [more jiffy options]
  cd "$ROOT" && ./jiffy make "$1" --from "$2" --to "$3" --width "$5" --fps "$6" -q -o "$7" "${@:8}"
}
# Jiffy at a lower quality: palettes shared by scenes (what qualities below 75 use), the smaller-file setting.
prepare_jiffy_q70() { prepare_jiffy; }
warm_jiffy_q70() { prepare_jiffy; }
run_jiffy_q70() { run_jiffy "$@" --quality 70; }

run_ffmpeg_default() {
  ffmpeg -nostdin -hide_banner -v error -y -ss "$2" -t "$4" -i "$1" \
    -vf "fps=$6,scale=$5:-2:flags=lanczos,split[a][b];[a]palettegen[p];[b][p]paletteuse" "$7"
}

run_ffmpeg_tuned() {
  ffmpeg -nostdin -hide_banner -v error -y -ss "$2" -t "$4" -i "$1" \
    -vf "fps=$6,scale=$5:-2:flags=lanczos,split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle" "$7"
}

# gifski: its Linux binary ships inside the npm package; unpacked into bench/out/tools, untimed (bench/gifski.sh).
prepare_gifski() {
  [[ -x $(gifski_bin) ]] || command -v npm >/dev/null || install_pkgs npm
  install_gifski && "$(gifski_bin)" --version
}
prepare_gifski_frames() { prepare_gifski; }
# end to end as users run it: ffmpeg writes PNG frames, gifski encodes them (default quality 90)
run_gifski() {
  local tmp; tmp=$(mktemp -d "$(dirname "$7")/gifski-frames.XXXX")
  ffmpeg -nostdin -hide_banner -v error -ss "$2" -t "$4" -i "$1" \
    -vf "fps=$6,scale=$5:-2:flags=lanczos" -pix_fmt rgb24 "$tmp/%05d.png"
  "$(gifski_bin)" -q --fps "$6" --width "$5" -o "$7" "$tmp"/*.png
  local rc=$?; rm -rf "$tmp"; return $rc
}
run_gifski_frames() { "$(gifski_bin)" -q --fps "$6" --width "$5" -o "$7" "$(dirname "$7")"/ref-near/*.png; }

# gifsicle applied to ffmpeg's default GIF, as users do; timed end to end (ffmpeg + gifsicle)
prepare_gifsicle_O3() { command -v gifsicle >/dev/null || install_pkgs gifsicle; gifsicle --version | head -n1; }
prepare_gifsicle_lossy80() { prepare_gifsicle_O3; }
run_gifsicle_O3() {
  run_ffmpeg_default "$@" && gifsicle -O3 "$7" -o "$7.tmp" && mv "$7.tmp" "$7"
}
run_gifsicle_lossy80() {
  run_ffmpeg_default "$@" && gifsicle -O3 --lossy=80 "$7" -o "$7.tmp" && mv "$7.tmp" "$7"
}

# ImageMagick from the PNG frames: -fuzz 2% -layers Optimize
im_bin() { if command -v magick >/dev/null; then echo magick; elif [[ -x /usr/bin/convert ]]; then echo /usr/bin/convert; else echo convert; fi; }
prepare_imagemagick_frames() {
  [[ -x /usr/bin/convert ]] || command -v magick >/dev/null || install_pkgs imagemagick
  "$(im_bin)" -version | head -n1
}
run_imagemagick_frames() {
  # per-frame delays in whole hundredths that add up to the right times (6,7,7,6,7,7... at 15 fps), as the others do
  local args=() k=0 f d
  for f in "$(dirname "$7")"/ref-near/*.png; do
    d=$(awk -v k="$k" -v fps="$6" 'BEGIN{ printf "%d", int(100 * (k + 1) / fps + 0.5) - int(100 * k / fps + 0.5) }')
    args+=(-delay "$d" "$f"); k=$((k + 1))
  done
  "$(im_bin)" "${args[@]}" -loop 0 -fuzz 2% -layers Optimize "$7"
}

# Jiffy from the same PNG frames (folder input): encode only
prepare_jiffy_frames() { prepare_jiffy; }
warm_jiffy_frames() { prepare_jiffy; }
run_jiffy_frames() { cd "$ROOT" && ./jiffy make "$(dirname "$7")/ref-near" --fps "$6" -q -o "$7"; }

# Memory check: peak RSS of jiffy on MEMCHECK_SHORT vs MEMCHECK_LONG seconds of the same clip (needs a 30 s input).
MEMCHECK_SHORT=10 MEMCHECK_LONG=30 MEMCHECK_WIDTH=480 MEMCHECK_FPS=15 MEMCHECK_CAP=-Xmx300m

# ----------------------------------------------------------------------------------------------
usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

QUICK=0 KEEP=0 RUNS=1 INPUT="" CASES=() ONLY="" MEMCHECK=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --keep) KEEP=1 ;;
    --input) INPUT=${2:?--input needs a file}; shift ;;
    --runs) RUNS=${2:?--runs needs a number}; shift ;;
    --case) CASES+=("${2:?--case needs NAME:FROM:TO:WIDTH:FPS}"); shift ;;
    --only) ONLY=${2:?--only needs names}; shift ;;
    --no-memcheck) MEMCHECK=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "--runs must be a positive integer" >&2; exit 2; }
[[ ${#CASES[@]} -gt 0 ]] || CASES=("${DEFAULT_CASES[@]}")
[[ $QUICK == 1 ]] && CASES=("${CASES[0]}")
if [[ -n $ONLY ]]; then
  IFS=, read -r -a CONTENDERS <<<"$ONLY"
  [[ " ${CONTENDERS[*]} " == *" $REF_TOOL "* ]] || CONTENDERS=("$REF_TOOL" "${CONTENDERS[@]}")
fi

log() { echo ">> $*" >&2; }

# Install missing tools (Debian/Ubuntu: as root, or through sudo).
install_pkgs() {
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo ">> installing $*" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y -q "$@" >/dev/null ||
    { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q "$@" >/dev/null; }
}
ensure_tools() {
  local pkgs=()
  command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || pkgs+=(ffmpeg)
  [[ -x /usr/bin/time ]] || pkgs+=(time)
  command -v awk >/dev/null || pkgs+=(gawk)
  [[ ${#pkgs[@]} -eq 0 ]] && return 0
  install_pkgs "${pkgs[@]}"
}
ensure_tools

if [[ -z $INPUT ]]; then
  if [[ -f "$ROOT/../shared/media/big_buck_bunny_0_30.webm" ]]; then
    INPUT="$ROOT/../shared/media/big_buck_bunny_0_30.webm"
  else
    INPUT="$ROOT/samples/bunny.webm"
  fi
fi
[[ -f $INPUT ]] || { echo "input not found: $INPUT" >&2; exit 1; }
INPUT=$(cd "$(dirname "$INPUT")" && pwd)/$(basename "$INPUT")
IN_DUR=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$INPUT")
SRC_FPS=$(ffprobe -v error -select_streams v:0 -show_entries stream=r_frame_rate -of csv=p=0 "$INPUT" |
  awk -F/ '{ printf "%.6f", $2 ? $1 / $2 : $1 }')
IN_INFO=$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,width,height,r_frame_rate \
  -of csv=p=0 "$INPUT")

mkdir -p "$OUT"
RESULTS="$OUT/results.md"

fname() { echo "${1//-/_}"; }
# First informative line of a log: an error-looking line if there is one, else the first non-blank.
first_error() {
  local l
  l=$(grep -m1 -E '^\[ERROR\] [^ ]+:\[|Exception|[Ee]rror:' "$1" 2>/dev/null || true)
  [[ -n $l ]] ||
    l=$(grep -m1 -iE 'error|exception|fail|invalid|cannot|no such|not found|usage' "$1" 2>/dev/null || true)
  [[ -n $l ]] || l=$(grep -m1 -v '^[[:space:]]*$' "$1" 2>/dev/null || true)
  [[ -n $l ]] || l="(no output)"
  echo "${l:0:160}" | tr '|' '/'
}

# prepare every contender once, outside the timings
declare -A PREP_ERR=()
for tool in "${CONTENDERS[@]}"; do
  f=$(fname "$tool")
  declare -F "run_$f" >/dev/null || { PREP_ERR[$tool]="no function run_$f"; continue; }
  export -f "run_$f"
  if declare -F "prepare_$f" >/dev/null; then
    log "preparing $tool"
    if ! ("prepare_$f") >"$OUT/prepare-$tool.log" 2>&1; then
      PREP_ERR[$tool]="prepare: $(first_error "$OUT/prepare-$tool.log")"
    fi
  fi
done
export ROOT GIFSKI_VERSION GIFSKI_DIR
export -f gifski_bin im_bin run_ffmpeg_default install_pkgs

# run_timed TOOL DIR ARGS... : runs run_TOOL RUNS times, keeps the fastest; prints "wall_s rss_kb"
run_timed() {
  local tool=$1 dir=$2; shift 2
  local f best="" i
  f=$(fname "$tool")
  for ((i = 1; i <= RUNS; i++)); do
    rm -f "$dir/$tool.gif"
    if declare -F "warm_$f" >/dev/null && ! ("warm_$f") >"$dir/$tool.log" 2>&1; then return 1; fi
    if ! /usr/bin/time -f '%e %M' -o "$dir/$tool.time" \
        bash -c "run_$f \"\$@\"" _ "$@" "$dir/$tool.gif" </dev/null >"$dir/$tool.log" 2>&1; then
      return 1
    fi
    [[ -s "$dir/$tool.gif" ]] || { echo "no output file written" >>"$dir/$tool.log"; return 1; }
    local t
    t=$(tail -n1 "$dir/$tool.time")
    if [[ -z $best ]] || awk -v a="${t%% *}" -v b="${best%% *}" 'BEGIN{exit !(a < b)}'; then best=$t; fi
  done
  echo "$best"
}

# score GIF REFDIR FPS NREF : prints "ssim psnr decoded_frames"
score() {
  local gif=$1 ref=$2 fps=$3 nref=$4 log=$2/../score.log ndec gsize rsize
  gsize=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=s=x:p=0 "$gif")
  rsize=$(ffprobe -v error -show_entries stream=width,height -of csv=s=x:p=0 "$ref/00001.png")
  [[ $gsize == "$rsize" ]] || { echo "error: GIF is ${gsize:-unreadable}, reference is $rsize" >"$log"; return 1; }
  ndec=$(ffmpeg -nostdin -v error -i "$gif" -vf "fps=$fps" -f framecrc - | grep -vc '^#' || true)
  ffmpeg -nostdin -hide_banner -nostats -i "$gif" -framerate "$fps" -i "$ref/%05d.png" -filter_complex \
    "[0:v]fps=$fps,trim=end_frame=$nref,format=gbrp,split[a1][a2];[1:v]format=gbrp,split[b1][b2];[a1][b1]ssim=shortest=1[s];[a2][b2]psnr=shortest=1[q]" \
    -map '[s]' -f null - -map '[q]' -f null - >"$log" 2>&1 || return 1
  local ssim psnr
  ssim=$(grep -m1 -o 'All:[0-9.a-z]*' "$log" | cut -d: -f2)
  psnr=$(grep -m1 -o 'average:[0-9.a-z]*' "$log" | cut -d: -f2)
  [[ -n $ssim && -n $psnr ]] || return 1
  echo "$ssim $psnr $ndec"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }

{
  echo "# Jiffy benchmark"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), host: $(nproc) cores," \
    "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown CPU)"
  echo "- jiffy: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (+local changes)')," \
    "$(ffmpeg -version | head -n1 | cut -d' ' -f1-3)"
  echo "- input: \`$INPUT\` ($IN_INFO, ${IN_DUR} s)"
  echo "- wall time: best of $RUNS run(s); SSIM/PSNR: RGB (gbrp) against ffmpeg-scaled reference frames (flags=$REF_SCALE_FLAGS), sampled as each tool samples (see bench/README.md)"
} | tee "$RESULTS"

for spec in "${CASES[@]}"; do
  IFS=: read -r name from to width fps <<<"$spec"
  if [[ -z $fps ]] || ! awk -v a="$from" -v b="$to" -v w="$width" -v f="$fps" \
      'BEGIN{exit !(a >= 0 && b > a && w > 0 && f > 0)}'; then
    echo "bad case spec: $spec (want NAME:FROM:TO:WIDTH:FPS)" >&2; exit 2
  fi
  dur=$(awk -v a="$from" -v b="$to" 'BEGIN{print b - a}')
  title="Case $name: ${from}-${to} s, width $width, $fps fps"
  if ! awk -v t="$to" -v d="$IN_DUR" 'BEGIN{exit !(t <= d + 0.05)}'; then
    printf '\n## %s\n\nSKIPPED: the input is only %s s long.\n' "$title" "$IN_DUR" | tee -a "$RESULTS"
    continue
  fi
  dir="$OUT/$name"
  rm -rf "$dir"; mkdir -p "$dir/ref-near" "$dir/ref-up"
  log "case $name: reference frames"
  # Each tool is scored against the source frames it means to show: ffmpeg's fps filter takes the frame nearest to
  # each output time (round=near), Jiffy the frame on screen at that time (round=up: the last one at or before it).
  t0=$(date +%s.%N)
  ffmpeg -nostdin -hide_banner -v error -ss "$from" -t "$dur" -i "$INPUT" \
    -vf "fps=$fps:round=near,scale=$width:-2:flags=$REF_SCALE_FLAGS" -pix_fmt rgb24 "$dir/ref-near/%05d.png"
  frames_s=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b - a}')
  # The decode floor: what any tool must spend to get the frames at all (FFmpeg decodes, samples and scales to raw
  # RGB into /dev/null, one thread per core as it chooses). Jiffy's end-to-end time is reported against it.
  floor_s=""
  for ((run = 0; run < RUNS; run++)); do
    t0=$(date +%s.%N)
    ffmpeg -nostdin -hide_banner -v error -ss "$from" -t "$dur" -i "$INPUT" \
      -vf "fps=$fps,scale=$width:-2:flags=lanczos" -pix_fmt rgb24 -f rawvideo -y /dev/null
    t=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b - a}')
    if [[ -z $floor_s ]] || awk -v t="$t" -v f="$floor_s" 'BEGIN{exit !(t < f)}'; then floor_s=$t; fi
  done
  # "up": output frame k is the source frame on screen at FROM + k/FPS, i.e. the last one starting at or before it.
  # ffmpeg's fps filter cannot say that (round=up keeps the first frame of each slot, not the last), so take every
  # source frame of the excerpt and pick by index (constant-rate source: frame i starts at i/SRC_FPS).
  mkdir -p "$dir/ref-all"
  ffmpeg -nostdin -hide_banner -v error -ss "$from" -t "$dur" -i "$INPUT" \
    -vf "scale=$width:-2:flags=$REF_SCALE_FLAGS" -fps_mode passthrough -pix_fmt rgb24 "$dir/ref-all/%05d.png"
  nall=$(find "$dir/ref-all" -name '*.png' | wc -l)
  nnear=$(find "$dir/ref-near" -name '*.png' | wc -l)
  for ((k = 0; k < nnear; k++)); do
    i=$(awk -v k="$k" -v s="$SRC_FPS" -v f="$fps" -v n="$nall" 'BEGIN{ i = int(k * s / f + 1e-6) + 1; if (i > n) i = n; printf "%05d", i }')
    ln -f "$dir/ref-all/$i.png" "$dir/ref-up/$(printf '%05d' $((k + 1))).png"
  done
  nref=$(find "$dir/ref-near" -name '*.png' | wc -l)
  refsize=$(ffprobe -v error -show_entries stream=width,height -of csv=s=x:p=0 "$dir/ref-near/00001.png")

  declare -A R=()   # R[tool]="bytes ssim psnr wall rss_kb gif_frames decoded_frames" or "FAILED: msg"
  for tool in "${CONTENDERS[@]}"; do
    if [[ -n ${PREP_ERR[$tool]:-} ]]; then R[$tool]="FAILED: ${PREP_ERR[$tool]}"; continue; fi
    log "case $name: $tool"
    if ! tr=$(run_timed "$tool" "$dir" "$INPUT" "$from" "$to" "$dur" "$width" "$fps"); then
      R[$tool]="FAILED: $(first_error "$dir/$tool.log")"; continue
    fi
    if ! sc=$(score "$dir/$tool.gif" "$dir/ref-${SAMPLING[$tool]:-near}" "$fps" "$nref"); then
      R[$tool]="FAILED: scoring: $(first_error "$dir/score.log")"; continue
    fi
    bytes=$(stat -c %s "$dir/$tool.gif")
    nframes=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames \
      -of csv=p=0 "$dir/$tool.gif")
    read -r ssim psnr ndec <<<"$sc"
    R[$tool]="$bytes $ssim $psnr $tr $nframes $ndec"
  done
  [[ $KEEP == 1 ]] || rm -rf "$dir/ref-near" "$dir/ref-up" "$dir/ref-all"

  {
    printf '\n## %s\n\nReference: %s frames of %s.\n\n' "$title" "$nref" "$refsize"
    echo "| tool | from | bytes | SSIM | PSNR dB | end-to-end s | encode s | peak MB | GIF frames | bytes vs $REF_TOOL | time vs $REF_TOOL |"
    echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    read -r rb _ _ rw _ _ _ <<<"${R[$REF_TOOL]:-x}"
    notes=()
    for tool in "${CONTENDERS[@]}"; do
      if [[ ${R[$tool]} == FAILED* ]]; then
        echo "| $tool | ${KIND[$tool]:-video} | FAILED | | | | | | | | |"
        notes+=("$tool ${R[$tool]}")
        continue
      fi
      read -r b s p w m nf nd <<<"${R[$tool]}"
      [[ $nd == "$nref" ]] || notes+=("$tool: decoded to $nd frames at $fps fps, reference has $nref (scored on the common prefix)")
      if [[ ${R[$REF_TOOL]:-FAILED} == FAILED* ]]; then br="-" trt="-"; else br=$(ratio "$b" "$rb"); trt=$(ratio "$w" "$rw"); fi
      # "video" tools are timed end to end; "frames" tools encode only (their end to end is that + making the frames)
      kind=${KIND[$tool]:-video}
      if [[ $kind == frames ]]; then
        e2e=$(awk -v w="$w" -v f="$frames_s" 'BEGIN{printf "(%.2f)", w + f}'); enc=$w; trt="-"
      else
        e2e=$(awk -v w="$w" 'BEGIN{printf "%.2f", w}'); enc="-"
      fi
      awk -v t="$tool" -v k="$kind" -v b="$b" -v s="$s" -v p="$p" -v e2e="$e2e" -v enc="$enc" -v m="$m" -v nf="$nf" -v br="$br" -v tr="$trt" \
        'BEGIN{ if (enc != "-") enc = sprintf("%.2f", enc); printf "| %s | %s | %d | %.4f | %.2f | %s | %s | %.0f | %d | %s | %s |\n", t, k, b, s, p, e2e, enc, m / 1024, nf, br, tr }'
    done
    echo
    echo "PNG frames for the \"frames\" rows: made by ffmpeg in $frames_s s (in parentheses: encode + that)."
    for me in jiffy jiffy-q70; do
      [[ ${R[$me]:-FAILED} != FAILED* ]] || continue
      read -r _ _ _ jw _ _ _ <<<"${R[$me]}"
      echo "$me end to end: $(ratio "$jw" "$floor_s") the decode floor (FFmpeg decoding and scaling to raw RGB into /dev/null: $floor_s s)."
    done
    for me in jiffy jiffy-q70 jiffy-frames; do
      [[ ${R[$me]:-FAILED} != FAILED* ]] || continue
      read -r jb js jp jw _ _ _ <<<"${R[$me]}"
      echo
      echo "| $me vs | bytes | time | SSIM diff | PSNR diff dB |"
      echo "|---|--:|--:|--:|--:|"
      for tool in "${CONTENDERS[@]}"; do
        [[ $tool != "$me" && ${R[$tool]} != FAILED* ]] || continue
        # time ratios only between tools timed the same way (end to end, or encode only)
        read -r b s p w _ _ _ <<<"${R[$tool]}"
        if [[ ${KIND[$tool]:-video} == "${KIND[$me]:-video}" ]]; then trt=$(ratio "$jw" "$w"); else trt="-"; fi
        awk -v t="$tool" -v br="$(ratio "$jb" "$b")" -v tr="$trt" -v ds="$js" -v s="$s" -v dp="$jp" -v p="$p" \
          'BEGIN{ printf "| %s | %s | %s | %+.4f | %+.2f |\n", t, br, tr, ds - s, dp - p }'
      done
    done
    if [[ ${#notes[@]} -gt 0 ]]; then
      echo
      for n in "${notes[@]}"; do echo "- $n"; done
    fi
  } | tee -a "$RESULTS"
  unset R
done

# Memory check: jiffy's peak resident memory should not grow with the clip's length.
if [[ $MEMCHECK == 1 && " ${CONTENDERS[*]} " == *" jiffy "* && -z ${PREP_ERR[jiffy]:-} ]]; then
  title="Memory: jiffy on ${MEMCHECK_SHORT} s vs ${MEMCHECK_LONG} s (from 0 s, width $MEMCHECK_WIDTH, $MEMCHECK_FPS fps)"
  if ! awk -v t="$MEMCHECK_LONG" -v d="$IN_DUR" 'BEGIN{exit !(t <= d + 0.05)}'; then
    printf '\n## %s\n\nSKIPPED: the input is only %s s long.\n' "$title" "$IN_DUR" | tee -a "$RESULTS"
  else
    dir="$OUT/memcheck"; rm -rf "$dir"; mkdir -p "$dir"
    # as users run it (JAVA_OPTS as in the environment), and with the heap capped: the JVM grows its heap lazily up to
    # a quarter of RAM, so uncapped RSS shows the collector's appetite more than what the program keeps
    declare -A M=()
    JOPTS=("${JAVA_OPTS:-}" "${JAVA_OPTS:-} $MEMCHECK_CAP")
    for j in 0 1; do
      for len in "$MEMCHECK_SHORT" "$MEMCHECK_LONG"; do
        log "memory check: jiffy, $len s, JAVA_OPTS='${JOPTS[$j]}'"
        if tr=$(JAVA_OPTS=${JOPTS[$j]} run_timed jiffy "$dir" "$INPUT" 0 "$len" "$len" "$MEMCHECK_WIDTH" "$MEMCHECK_FPS"); then
          mv "$dir/jiffy.gif" "$dir/jiffy-$len.gif"
          M[$j,$len]="$tr $(stat -c %s "$dir/jiffy-$len.gif")"
        else
          M[$j,$len]="FAILED: $(first_error "$dir/jiffy.log")"
        fi
      done
    done
    {
      printf '\n## %s\n\n| JAVA_OPTS | length | wall s | peak MB | bytes | peak vs %s s |\n|---|--:|--:|--:|--:|--:|\n' "$title" "$MEMCHECK_SHORT"
      for j in 0 1; do
        for len in "$MEMCHECK_SHORT" "$MEMCHECK_LONG"; do
          if [[ ${M[$j,$len]} == FAILED* ]]; then echo "| ${JOPTS[$j]:-(none)} | $len s | ${M[$j,$len]} | | | |"; continue; fi
          read -r w m b <<<"${M[$j,$len]}"
          r="-"
          [[ ${M[$j,$MEMCHECK_SHORT]} != FAILED* ]] && { read -r _ m1 _ <<<"${M[$j,$MEMCHECK_SHORT]}"; r=$(ratio "$m" "$m1"); }
          awk -v o="${JOPTS[$j]:-(none)}" -v l="$len" -v w="$w" -v m="$m" -v b="$b" -v r="$r" \
            'BEGIN{ gsub(/^ +/, "", o); printf "| %s | %s s | %.2f | %.0f | %d | %s |\n", o, l, w, m / 1024, b, r }'
        done
      done
      echo
      echo "Target: the ${MEMCHECK_LONG} s run's peak at most 1.25x the ${MEMCHECK_SHORT} s run's, and under 400 MB."
    } | tee -a "$RESULTS"
  fi
fi
echo
log "results written to $RESULTS; GIFs in $OUT/<case>/"
