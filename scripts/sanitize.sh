#!/usr/bin/env bash
# The sanitizer run (docs/SECURITY.md): builds the libraries without a window, the tests of the
# services, the store, bulk work, SCIM and the command-line tool, and the fuzz targets with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer (float-cast-overflow included, no
# recovery: the first finding fails), in a build folder of its own; runs those tests, the
# PostgreSQL variants included; then runs each fuzzer for a bounded time from its seed corpus.
#
#   bash scripts/sanitize.sh [--no-tests] [--no-fuzz]
#
# Environment: SANITIZE_BUILD_DIR (build-sanitize), FUZZ_SECONDS (25, for each fuzzer; they
# run side by side, JOBS at a time), JOBS (the number of processors). Expects what scripts/test.sh installs (clang-14,
# libfuzzer-14-dev, PostgreSQL, the SCIM test servers' node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SANITIZE_BUILD_DIR:-build-sanitize}
seconds=${FUZZ_SECONDS:-25}
jobs=${JOBS:-$(nproc)}
run_tests=1
run_fuzz=1
for argument in "$@"; do
    case "$argument" in
    --no-tests) run_tests=0 ;;
    --no-fuzz) run_fuzz=0 ;;
    *)
        echo "usage: $0 [--no-tests] [--no-fuzz]" >&2
        exit 2
        ;;
    esac
done

started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, and the build folder left out of the hash: a clone in
    # another folder (continuous integration) finds what an earlier build compiled.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
# -O1: a sanitizer's usual balance between the time of the build and the speed of the tests;
# line tables only: a finding's stack still names files and lines, and the build is faster.
# Warnings are the GCC build's to refuse (clang's -Wpedantic differs); the assertions of
# PECADMIN_WERROR stay on here as well.
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS=-D_GLIBCXX_ASSERTIONS -DQT_FORCE_ASSERTS" "-DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only -O1" \
    -DPECADMIN_WERROR=OFF -DPECADMIN_SANITIZE=ON -DPECADMIN_FUZZ=ON -DPECADMIN_TEST_POSTGRESQL=ON "${launcher[@]}"
# Only what the tests below need: no window, no package.
cmake --build "$build" -j"$jobs" --target pecadmin_nongui_tests
echo "sanitize: built in $(elapsed)"

# Any finding stops the program with a failure and a stack; leaks count as findings.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

if [ "$run_tests" = 1 ]; then
    runtime=$(mktemp -d)
    chmod 700 "$runtime"
    trap 'rm -rf "$runtime"' EXIT
    export XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=offscreen
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
    tests=$(paste -sd'|' "$build/nongui-tests.txt")
    bash scripts/with-postgres.sh ctest --test-dir "$build" --output-on-failure -j"$jobs" -R "^(${tests})\$"
    echo "sanitize: tests passed at $(elapsed)"
fi

if [ "$run_fuzz" = 1 ]; then
    # New inputs go to a scratch corpus in the build folder; the seeds in the repository are
    # only read. A crash leaves its input in $build/fuzz-findings for the corpus. The fuzzers
    # run side by side, one a processor.
    mkdir -p "$build/fuzz-findings"
    fuzz() {
        local name=$1 corpus=tests/fuzz/corpus/$1
        mkdir -p "$build/fuzz-corpus/$name"
        if ! "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$build/fuzz-findings/$name-" \
            "$build/fuzz-corpus/$name" "$corpus" >"$build/fuzz-corpus/$name.log" 2>&1; then
            tail -n 60 "$build/fuzz-corpus/$name.log" >&2
            echo "sanitize: fuzz_$name found a failure; its input is in $build/fuzz-findings" >&2
            return 1
        fi
        echo "sanitize: fuzz_$name clean for $seconds s:" \
            "$(grep -E '^stat::number_of_executed_units' "$build/fuzz-corpus/$name.log" | tr -s ' ')"
    }
    failed=0
    running=0
    for corpus in tests/fuzz/corpus/*/; do
        if [ "$running" -ge "$jobs" ]; then
            wait -n || failed=1
            running=$((running - 1))
        fi
        fuzz "$(basename "$corpus")" &
        running=$((running + 1))
    done
    while [ "$running" -gt 0 ]; do
        wait -n || failed=1
        running=$((running - 1))
    done
    if [ "$failed" != 0 ]; then
        echo "sanitize: a fuzzer failed" >&2
        exit 1
    fi
    echo "sanitize: fuzzers clean at $(elapsed)"
fi
