#!/usr/bin/env bash
# Jiffy's peak resident memory against clip length, alone and in rounds: the memory check of bench/run.sh, without
# the rest of the benchmark, repeated so that one run's noise (+-20 MB under load) does not decide.
#
#   bench/memory.sh [--input FILE] [--lengths "10 30"] [--rounds N] [--opts "|-Xmx300m"] [--width W] [--fps F]
#
#   --input FILE    video cut from 0 s (default: ../shared/media/big_buck_bunny_0_30.webm next to the repo); for
#                   lengths past its end, loop it first: ffmpeg -stream_loop 3 -i IN -an -c copy long.webm
#   --lengths LIST  lengths in seconds, the first is the one the others are compared with (default "10 30")
#   --rounds N      rounds; each round runs every JAVA_OPTS at every length, in turn (default 3)
#   --opts LIST     JAVA_OPTS to compare, separated by '|'; an empty entry is the launcher's default (default "|-Xmx300m")
#   --width W, --fps F   as bench/run.sh's memory check (default 480, 15)
#
# Runs ./jiffy make, the launcher users run, timed by /usr/bin/time. Prints one markdown row per JAVA_OPTS and length:
# peak RSS (median and range over the rounds), the median against the first length's, CPU seconds (user+sys, median).
# The GIFs go to bench/out/memory/ and are removed; each run's output is in bench/out/memory/run.log when it fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

INPUT="$ROOT/../shared/media/big_buck_bunny_0_30.webm" LENGTHS="10 30" ROUNDS=3 OPTS_LIST="|-Xmx300m" WIDTH=480 FPS=15
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) INPUT="$2"; shift ;;
    --lengths) LENGTHS="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --opts) OPTS_LIST="$2"; shift ;;
    --width) WIDTH="$2"; shift ;;
    --fps) FPS="$2"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "memory.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[[ -f $INPUT ]] || { echo "memory.sh: no input video at $INPUT (give one with --input)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "memory.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
IFS='|' read -ra OPTS <<<"$OPTS_LIST"
[[ $OPTS_LIST == *'|' ]] && OPTS+=("")  # read drops a trailing empty entry
read -ra LENS <<<"$LENGTHS"
DURATION=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$INPUT")
for len in "${LENS[@]}"; do
  awk -v t="$len" -v d="$DURATION" 'BEGIN{exit !(t <= d + 0.05)}' \
    || { echo "memory.sh: $len s is past the input's end ($DURATION s); see --help to loop it" >&2; exit 2; }
done

OUT="$ROOT/bench/out/memory"; mkdir -p "$OUT"
declare -A RSS=() CPU=()  # "o,len" -> space-separated values, one per round
for ((r = 1; r <= ROUNDS; r++)); do
  for o in "${!OPTS[@]}"; do
    for len in "${LENS[@]}"; do
      echo "memory.sh: round $r/$ROUNDS, JAVA_OPTS='${OPTS[$o]}', $len s (load $(cut -d' ' -f1 /proc/loadavg))" >&2
      if ! JAVA_OPTS="${OPTS[$o]}" /usr/bin/time -f '%U %S %M' -o "$OUT/time" \
          "$ROOT/jiffy" make "$INPUT" --from 0 --to "$len" --width "$WIDTH" --fps "$FPS" -q -o "$OUT/out.gif" \
          </dev/null >"$OUT/run.log" 2>&1; then
        echo "memory.sh: jiffy failed (JAVA_OPTS='${OPTS[$o]}', $len s): $(tail -n 1 "$OUT/run.log")" >&2; exit 1
      fi
      read -r user sys kb < <(tail -n 1 "$OUT/time")
      RSS[$o,$len]+="$((kb / 1024)) "
      CPU[$o,$len]+="$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}') "
      rm -f "$OUT/out.gif"
    done
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END{print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
range() { tr ' ' '\n' | grep . | sort -g | awk 'NR == 1{lo = $1} {hi = $1} END{print lo "-" hi}'; }
echo "Peak RSS of \`./jiffy make $(basename "$INPUT") --from 0 --to L --width $WIDTH --fps $FPS\`, $ROUNDS rounds in turn, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$ROOT" describe --always --dirty), $(nproc) cores"
echo
echo "| JAVA_OPTS | length | peak MB (median) | peak MB (range) | peak vs ${LENS[0]} s | CPU s (median) |"
echo "|---|--:|--:|--:|--:|--:|"
for o in "${!OPTS[@]}"; do
  first=$(median <<<"${RSS[$o,${LENS[0]}]}")
  for len in "${LENS[@]}"; do
    m=$(median <<<"${RSS[$o,$len]}")
    printf '| %s | %s s | %s | %s | %s | %s |\n' "${OPTS[$o]:-(launcher default)}" "$len" "$m" \
      "$(range <<<"${RSS[$o,$len]}")" "$(awk -v a="$m" -v b="$first" 'BEGIN{printf "%.2fx", a / b}')" \
      "$(median <<<"${CPU[$o,$len]}")"
  done
done
