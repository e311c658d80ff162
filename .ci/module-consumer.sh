#!/usr/bin/env bash
# Checks Jiffy's public surface as a user's project sees it: a tiny program compiled and run against the built jars
# (target/) and the FFmpeg jars (Maven's local repository), once on the module path and once on the class path.
# It cuts 0.3 s of samples/bunny.webm (FFmpeg found as a service), writes a GIF, decodes it and finds the preview
# window's service; on the module path it also checks that an encoder internal does not compile.
# Installs nothing: run `mvn -q -DskipTests package` first (JIFFY_BUILD=1 runs it here).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
[ "${JIFFY_BUILD:-0}" = 1 ] && mvn -q -o -DskipTests package
REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
prop() { grep -m1 -o "<$1>[^<]*</$1>" pom.xml | sed -E 's/<[^>]+>//g'; }
JAVACPP="$(prop javacpp.version)"
FFMPEG="$(prop ffmpeg.version | sed "s/\${javacpp.version}/$JAVACPP/")"
# The natives the build resolved for this machine (the parent POM's natives-* profiles pick them the same way).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PLATFORM=linux-x86_64 ;;
  Linux-aarch64) PLATFORM=linux-arm64 ;;
  Darwin-x86_64) PLATFORM=macosx-x86_64 ;;
  Darwin-arm64) PLATFORM=macosx-arm64 ;;
  *) echo "module-consumer: no FFmpeg natives known for $(uname -s)-$(uname -m); skipped"; exit 0 ;;
esac
PLATFORM="${JAVACPP_PLATFORM:-$PLATFORM}"
PICOCLI="$(prop picocli.version)"
VERSION="$(grep -m1 -o '<version>[^<]*</version>' jiffy-gif/pom.xml | sed -E 's/<[^>]+>//g')"

jars=()
for m in gif core ffmpeg preview batch studio; do jars+=("$ROOT/jiffy-$m/target/jiffy-$m-$VERSION.jar"); done
jars+=("$REPO/org/bytedeco/javacpp/$JAVACPP/javacpp-$JAVACPP.jar"
       "$REPO/org/bytedeco/javacpp/$JAVACPP/javacpp-$JAVACPP-$PLATFORM.jar"
       "$REPO/org/bytedeco/ffmpeg/$FFMPEG/ffmpeg-$FFMPEG.jar"
       "$REPO/org/bytedeco/ffmpeg/$FFMPEG/ffmpeg-$FFMPEG-$PLATFORM.jar")
for j in "${jars[@]}"; do
  [ -f "$j" ] || { echo "module-consumer: missing $j (run mvn -q -DskipTests package first)" >&2; exit 1; }
done
path="$(IFS=:; echo "${jars[*]}")"
# Nothing requires the native jars' modules by name (their names depend on the platform), so a user adds them.
natives="org.bytedeco.javacpp.${PLATFORM//-/.},org.bytedeco.ffmpeg.${PLATFORM//-/.}"

work="$(mktemp -d "${TMPDIR:-/tmp}/jiffy-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/consumer" "$work/bad/consumer"
cat >"$work/src/consumer/Main.java" <<'JAVA'
package consumer;

import dev.jiffy.clip.ClipPreviewer;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.render.GifExport;
import java.nio.file.Path;

public class Main {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        try (var video = VideoFileClip.open(args[0])) {
            video.subclip(4.6, 4.9).resize(0.1).writeGif(out, GifExport.fps(10));
        }
        DecodedGif gif = GifDecoder.read(out);
        System.out.println("frames=" + gif.frames().size() + " size=" + gif.width() + "x" + gif.height()
                + " previewer=" + ClipPreviewer.find().getClass().getName()
                + " module=" + (Main.class.getModule().isNamed() ? Main.class.getModule().getName() : "unnamed"));
    }
}
JAVA
echo 'module consumer { requires dev.jiffy.core; }' >"$work/src/module-info.java"
cat >"$work/bad/consumer/Internal.java" <<'JAVA'
package consumer;

public class Internal {
    Object fuzz = dev.jiffy.gif.optimize.Fuzz.class;
}
JAVA
echo 'module consumer { requires dev.jiffy.core; }' >"$work/bad/module-info.java"

sample="$ROOT/samples/bunny.webm"
expect() { # expect LABEL OUTPUT: the run made 3 frames of 128x72 and found the previewer
  case "$2" in
    *"frames=3 size=128x72 previewer=dev.jiffy.preview.SwingPreviewer module=$3"*) echo "module-consumer: $1 ok: $2";;
    *) echo "module-consumer: $1 FAILED: $2" >&2; exit 1;;
  esac
}

# Module path.
javac -d "$work/mp" --module-path "$path" $(find "$work/src" -name '*.java')
out="$(java -Djava.awt.headless=true --module-path "$path:$work/mp" --add-modules "$natives" \
        -m consumer/consumer.Main "$sample" "$work/mp.gif")"
expect "module path" "$out" consumer
if javac -d "$work/bad-out" --module-path "$path" $(find "$work/bad" -name '*.java') 2>"$work/bad.log"; then
  echo "module-consumer: FAILED: dev.jiffy.gif.optimize is visible to a consumer module" >&2; exit 1
fi
grep -q "package dev.jiffy.gif.optimize is not visible" "$work/bad.log" \
  || { echo "module-consumer: FAILED: unexpected error for an internal package:" >&2; cat "$work/bad.log" >&2; exit 1; }
echo "module-consumer: module path hides dev.jiffy.gif.optimize ok"

# The command line as a module: picocli reads the commands' fields (opens), FFmpeg is found as a service.
cli="$ROOT/jiffy-cli/target/jiffy-cli-$VERSION.jar:$REPO/info/picocli/picocli/$PICOCLI/picocli-$PICOCLI.jar"
probe="$(java -Djava.awt.headless=true --module-path "$path:$cli" --add-modules "$natives" \
          -m dev.jiffy.cli/dev.jiffy.cli.Jiffy probe "$sample")"
case "$probe" in *1280*720*) echo "module-consumer: cli on the module path ok";;
  *) echo "module-consumer: cli on the module path FAILED: $probe" >&2; exit 1;; esac

# Class path: the same program without its descriptor.
javac -d "$work/cp" -cp "$path" "$work/src/consumer/Main.java"
out="$(java -Djava.awt.headless=true -cp "$path:$work/cp" consumer.Main "$sample" "$work/cp.gif")"
expect "class path" "$out" unnamed
cmp -s "$work/mp.gif" "$work/cp.gif" || { echo "module-consumer: FAILED: the two GIFs differ" >&2; exit 1; }
echo "module-consumer: same bytes on both paths"
