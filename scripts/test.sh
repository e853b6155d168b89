#!/usr/bin/env bash
# Installs what is needed, builds PEC Admin with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh --tests
# Every C++ file as .clang-format says, or nothing is built.
bash scripts/check-format.sh
# The SCIM integration tests run against real SCIM 2.0 servers (SCIMMY, and a second one on
# express with scim2-parse-filter and scim-patch), from the npm registry.
if ! command -v npm >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends nodejs npm
fi
npm ci --prefix tests/scim-server --no-audit --no-fund
npm ci --prefix tests/scim-server-alt --no-audit --no-fund
# One build serves the tests and the package: optimised, with debug information, and with the
# assertions of -DPECADMIN_WERROR=ON (_GLIBCXX_ASSERTIONS, QT_FORCE_ASSERTS) still on.
# Through ccache where it is kept between runs, with paths relative to the checkout, so that a
# clone in another folder (continuous integration) finds what an earlier build compiled.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPECADMIN_WERROR=ON -DPECADMIN_TEST_POSTGRESQL=ON \
    "${launcher[@]}"
# clang-tidy on services/ (.clang-tidy), with the compile commands just configured, or nothing
# is built either.
bash scripts/check-tidy.sh build-tests
cmake --build build-tests -j"$(nproc)"

# GUI tests run on the offscreen platform, with a private runtime folder and no desktop
# session, so that nothing of the user's own settings or keyring is touched.
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# The store's tests run twice: on SQLite files and on a throwaway PostgreSQL server.
bash scripts/with-postgres.sh ctest --test-dir build-tests --output-on-failure -j"$(nproc)" "$@"

# The sanitizer run (docs/FUZZING.md): the tests of everything without a window again, built
# with clang under AddressSanitizer and UndefinedBehaviorSanitizer, then every libFuzzer target
# for FUZZ_SECONDS (25) each, side by side. A finding fails the run. PECADMIN_SANITIZE_IN_TESTS=0
# leaves it out of a quick local run; continuous integration always runs it.
if [ "${PECADMIN_SANITIZE_IN_TESTS:-1}" != 0 ] || [ "${CI:-}" = true ]; then
    bash scripts/sanitize.sh
fi

# The .deb of the same build: lintian, apt-get install, and the installed programs run.
bash scripts/test-package.sh build-tests
