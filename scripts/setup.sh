#!/bin/sh
# setup.sh -- install what socialprofit needs on Debian 12 and build it.
#
# Safe to run again: packages already installed are not fetched twice,
# and an existing build directory is reused.  Run as root (or with sudo
# available) on a fresh machine.  Usage: sh scripts/setup.sh [BUILD_DIR]
set -eu

cd "$(dirname "$0")/.."
build=${1:-build}

# Build tools and libraries (see README: Dependencies).  poppler-utils
# and fonts-dejavu-core are used by the report tests and the statement;
# bash-completion (its pkg-config file says where completions go) and
# man-db (man -l renders the installed page in a test) by the install;
# libxlsxwriter-dev writes the workbook, python3-openpyxl reads it back
# in a test, python3-jsonschema validates every JSON output against
# docs/results.schema.json in a test; clang and libclang-rt-14-dev
# (libFuzzer's runtime, libclang_rt.fuzzer) build the fuzz targets that
# .ci/run runs (fuzz/README.md).
packages="gcc pkg-config meson ninja-build libgsl-dev libcsv-dev
libcairo2-dev libpng-dev libpango1.0-dev libcjson-dev libcmocka-dev fonts-dejavu-core
poppler-utils bash-completion man-db libxlsxwriter-dev python3-openpyxl python3-jsonschema
clang libclang-rt-14-dev"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" >/dev/null
fi
ninja -C "$build" >/dev/null
echo "setup: built $build/cmd/socialprofit"
