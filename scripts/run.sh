#!/usr/bin/env bash
# Installs what is needed, builds PEC Admin and starts it on its embedded default store.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DPECADMIN_BUILD_TESTS=OFF
# Only what it starts: not the benchmark, the screenshot tool or the manual pages.
cmake --build build-release -j"$(nproc)" --target pecadmin
exec ./build-release/app/gui/pecadmin "$@"
