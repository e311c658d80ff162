# Sourced by bench/encode-cpu.sh and bench/encode-ab.sh: speed case b's frames (Big Buck Bunny 0-10 s, 640x360,
# 24 fps) as raw RGB, decoded once into bench/out/encode-cpu and reused.
#
#   case_b_frames MEDIA_DIR SCRIPT_NAME   prints the frames' path; exits 2 if the video is missing

case_b_frames() {
  local video="$1/big_buck_bunny_0_30.webm" out="$BENCH_DIR/out/encode-cpu"
  [ -f "$video" ] || { echo "$2: $video is missing (give --media DIR)" >&2; exit 2; }
  mkdir -p "$out"
  local frames="$out/bbb-0-10-640-24.rgb"
  # decoded under a temporary name and moved: an interrupted decode must not leave short frames that later runs reuse
  if [ ! -f "$frames" ]; then
    ffmpeg -v error -ss 0 -t 10 -i "$video" -vf fps=24,scale=640:-2:flags=lanczos -pix_fmt rgb24 \
      -f rawvideo -y "$frames.part" >&2
    mv "$frames.part" "$frames"
  fi
  echo "$frames"
}
