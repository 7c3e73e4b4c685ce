#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   ./dev.sh run    install what is missing, build, start vpn-designer on the built-in example
#   ./dev.sh test   install what is missing, build, run the whole test suite (benchmarks excluded)
#   ./dev.sh build  install what is missing and build only
#   ./dev.sh bench  build and run the benchmarks (CTest label "bench")
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libbotan-2-dev libboost-graph-dev
    xvfb xauth fonts-noto-cjk tshark
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # tshark asks whether non-root users may capture; the default (no) is what we want.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        cat >&2 <<'MSG'
vpn-designer needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty).
Start it from a desktop session, connect with `ssh -X`, or run it in a virtual display:
    xvfb-run -a ./build/bin/vpn-designer
MSG
        exit 1
    fi
    exec "$BUILD_DIR/bin/vpn-designer" "${@:2}"
    ;;
test)
    install_missing
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --label-exclude bench -j "$(nproc)"
    ;;
build)
    install_missing
    build
    ;;
bench)
    install_missing
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure --label-regex bench --verbose
    ;;
*)
    echo "usage: $0 run|test|build|bench" >&2
    exit 2
    ;;
esac
