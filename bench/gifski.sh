# Sourced by bench/run.sh and bench/pareto.sh (one place, so that they agree on where it is): gifski, whose Linux
# binary ships in its npm package, unpacked once into bench/out/tools/gifski-VERSION (the package unpacks into
# package/ there), outside any timing.
GIFSKI_VERSION=1.7.1
GIFSKI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/out/tools/gifski-$GIFSKI_VERSION"
gifski_bin() { echo "$GIFSKI_DIR/package/bin/debian/gifski"; }
# Unpacks gifski unless it is there already; needs npm.
install_gifski() {
  [[ -x $(gifski_bin) ]] && return 0
  mkdir -p "$GIFSKI_DIR" && (cd "$GIFSKI_DIR" && npm pack --silent "gifski@$GIFSKI_VERSION" >/dev/null \
    && tar xzf "gifski-$GIFSKI_VERSION.tgz") && chmod +x "$(gifski_bin)"
}
