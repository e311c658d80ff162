#!/usr/bin/env bash
# Builds the command-line distributions, one archive per platform, into dist/:
#   ./dist.sh                      every platform (downloads each one's FFmpeg natives once, ~27 MB each)
#   ./dist.sh linux-x86_64 ...     only those
# Each jiffy-VERSION-PLATFORM.tar.gz holds bin/jiffy (bin/jiffy.cmd on Windows), lib/*.jar, the sample and the
# examples; it needs only a Java 17+ runtime. Nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")"
platforms=("$@")
[ ${#platforms[@]} -gt 0 ] || platforms=(linux-x86_64 linux-arm64 macosx-x86_64 macosx-arm64 windows-x86_64)
mkdir -p dist
for p in "${platforms[@]}"; do
  case "$p" in
    linux-x86_64|linux-arm64|macosx-x86_64|macosx-arm64|windows-x86_64) ;;
    *) echo "dist: unknown platform '$p'; expected linux-x86_64, linux-arm64, macosx-x86_64, macosx-arm64 or windows-x86_64" >&2
       exit 2 ;;
  esac
  mvn -q -B -Pdist -pl jiffy-cli -am package -DskipTests -Djavacpp.platform="$p"
  mv jiffy-cli/target/jiffy-*-"$p".tar.gz dist/
done
ls -l dist/*.tar.gz
