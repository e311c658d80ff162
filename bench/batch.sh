#!/usr/bin/env bash
# jiffy batch against a shell loop of ./jiffy make, and the Spark job (jiffy-spark) in local[2], on the same rows:
# GIFs per minute and peak RSS, whole process.
#   bench/batch.sh            40 rows: 1 s excerpts of samples/bunny.webm at 240 px, 12 fps
#   bench/batch.sh --rows N   another number of rows
# All three write the same GIFs (the rows are make's options); the outputs are compared byte for byte. The Spark job
# runs as spark-submit runs it in local mode: one JVM, the job jar plus Spark's jars (from Maven) on the class path.
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
# The Spark job jar and Spark's own jars (provided scope: what a cluster brings), without Jiffy's, which the jar holds.
(cd "$ROOT" && mvn -q -B -DskipTests package dependency:build-classpath -pl jiffy-spark -am \
   -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided.classpath)
SPARK_CP="$(tr ':' '\n' < "$ROOT/jiffy-spark/target/provided.classpath" \
  | grep -v -e '/jiffy-[a-z]*/target/' -e /org/bytedeco/ -e /info/picocli/ -e /org/junit/ -e /org/assertj/ -e /com/code-intelligence/ \
  | paste -sd:)"
# The JVM options Spark's launcher adds on Java 17, as the module's tests use them (its POM's argLine).
SPARK_JAVA_OPTS="$(sed -n '/<argLine>/,/<\/argLine>/p' "$ROOT/jiffy-spark/pom.xml" | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')"

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

# spark-submit --master local[2] --class dev.jiffy.spark.GifJobsMain jiffy-spark.jar JOBS OUT, without a Spark install
# (1 GB heap: Spark refuses to start a driver under about 450 MB; the launcher's 512 MB holds the GIFs themselves)
timed spark java -Xmx1g $SPARK_JAVA_OPTS -Dspark.master='local[2]' -Dspark.ui.enabled=false \
  -cp "$ROOT/jiffy-spark/target/jiffy-spark.jar:$SPARK_CP" dev.jiffy.spark.GifJobsMain "$JOBS" "$OUT/spark" \
  > "$OUT/spark.log" 2>&1

same=0; spark_same=0
for i in $(seq 1 "$ROWS"); do
  cmp -s "$OUT/batch/g$i.gif" "$OUT/loop/g$i.gif" && same=$((same + 1))
  cmp -s "$OUT/batch/g$i.gif" "$OUT/spark/g$i.gif" && spark_same=$((spark_same + 1))
done

printf '| %-34s | %8s | %10s | %13s |\n' "$ROWS rows" "seconds" "GIFs/min" "peak RSS (MB)"
printf '|%s|%s|%s|%s|\n' "------------------------------------" "----------" "------------" "---------------"
for run in batch loop spark; do
  read -r secs kb < "$OUT/$run.time"
  case "$run" in
    batch) label="jiffy batch (one JVM)";;
    loop) label="shell loop of jiffy make";;
    spark) label="jiffy-spark, local[2] (one JVM)";;
  esac
  printf '| %-34s | %8.1f | %10.1f | %13.0f |\n' "$label" "$secs" "$(awk -v n="$ROWS" -v s="$secs" 'BEGIN { print n * 60 / s }')" \
    "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
done
echo "identical GIFs: loop $same of $ROWS, spark $spark_same of $ROWS (each against jiffy batch)"
