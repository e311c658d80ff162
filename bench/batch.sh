#!/usr/bin/env bash
# jiffy batch against a shell loop of ./jiffy make on the same rows: GIFs per minute and peak RSS, whole process.
#   bench/batch.sh            40 rows: 1 s excerpts of samples/bunny.webm at 240 px, 12 fps
#   bench/batch.sh --rows N   another number of rows
# Both write the same GIFs (the batch's rows are make's options); the outputs are compared byte for byte.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS=40
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2;;
    *) echo "bench/batch.sh: unknown option $1 (use --rows N)" >&2; exit 2;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "bench/batch.sh: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 1; }

OUT="$ROOT/bench/out/batch"
rm -rf "$OUT" && mkdir -p "$OUT/loop"
"$ROOT/jiffy" --version >/dev/null   # the launcher's one-time build, before any timing

# Rows: 1 s excerpts starting every 0.2 s over the 10 s sample (wrapping), so no two rows are the same GIF.
JOBS="$OUT/jobs.csv"
echo "input,output,from,duration,width,fps" > "$JOBS"
for i in $(seq 1 "$ROWS"); do
  from=$(awk -v i="$i" 'BEGIN { printf "%.1f", ((i - 1) * 0.2) % 9 }')
  echo "$ROOT/samples/bunny.webm,g$i.gif,$from,1,240,12" >> "$JOBS"
done

timed() { # timed LABEL COMMAND...: wall seconds and peak RSS (KB) of the process tree's largest process
  /usr/bin/time -f "%e %M" -o "$OUT/$1.time" "${@:2}"
}

timed batch "$ROOT/jiffy" batch "$JOBS" --out "$OUT/batch" -q
timed loop bash -c '
  tail -n +2 "$1" | while IFS=, read -r input output from duration width fps; do
    "$2/jiffy" make "$input" -o "$3/$output" --from "$from" --duration "$duration" --width "$width" --fps "$fps" -q
  done' _ "$JOBS" "$ROOT" "$OUT/loop"

same=0
for i in $(seq 1 "$ROWS"); do cmp -s "$OUT/batch/g$i.gif" "$OUT/loop/g$i.gif" && same=$((same + 1)); done

printf '| %-34s | %8s | %10s | %13s |\n' "$ROWS rows" "seconds" "GIFs/min" "peak RSS (MB)"
printf '|%s|%s|%s|%s|\n' "------------------------------------" "----------" "------------" "---------------"
for run in batch loop; do
  read -r secs kb < "$OUT/$run.time"
  label=$([ "$run" = batch ] && echo "jiffy batch (one JVM)" || echo "shell loop of jiffy make")
  printf '| %-34s | %8.1f | %10.1f | %13.0f |\n' "$label" "$secs" "$(awk -v n="$ROWS" -v s="$secs" 'BEGIN { print n * 60 / s }')" \
    "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
done
echo "identical GIFs: $same of $ROWS"
