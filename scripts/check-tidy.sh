#!/usr/bin/env bash
# Runs clang-tidy, with the checks of .clang-tidy, on every C++ source of services/ and fails on
# any finding, naming it. `bash scripts/check-tidy.sh [BUILD_DIR]` (default: build) reads the
# compile commands of BUILD_DIR, configuring it first where it has none. Files run in parallel,
# one a core.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
tidy=clang-tidy
command -v clang-tidy-14 >/dev/null && tidy=clang-tidy-14
if ! command -v "$tidy" >/dev/null; then
    echo "clang-tidy is missing: bash scripts/install-dependencies.sh --tests installs it." >&2
    exit 2
fi
if [ ! -f "$build/compile_commands.json" ]; then
    cmake -S . -B "$build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi

mapfile -t files < <(git ls-files 'services/*.cpp')
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# clang 14 defaults to C++14, and CMake writes no -std flag where GCC's default (C++17) is
# enough; the compile commands also carry GCC-only warning flags that clang does not know.
check() {
    local file=$1 out
    out="$results/$(echo "$file" | tr / _).log"
    if ! "$tidy" -p "$build" --quiet --extra-arg=-std=c++17 --extra-arg=-Wno-unknown-warning-option \
        "$file" >"$out" 2>&1; then
        echo "$file" >>"$results/failed"
    fi
}
export -f check
export tidy build results

start=$(date +%s)
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -I{} bash -c 'check "$@"' _ {}
seconds=$(($(date +%s) - start))

if [ -f "$results/failed" ]; then
    # The findings, without clang-tidy's count of what it suppressed in Qt's headers.
    cat "$results"/*.log | grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' >&2 || true
    echo "clang-tidy found something in: $(sort "$results/failed" | tr '\n' ' ')" >&2
    exit 1
fi
echo "clang-tidy: ${#files[@]} files of services/ clean, in ${seconds} s."
