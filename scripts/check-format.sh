#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what .clang-format makes of it, and names it.
# `bash scripts/check-format.sh --fix` rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."

format=clang-format
command -v clang-format-14 >/dev/null && format=clang-format-14
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    "$format" -i "${files[@]}"
    exit 0
fi
differ=()
for file in "${files[@]}"; do
    "$format" "$file" | cmp -s - "$file" || differ+=("$file")
done
if [ ${#differ[@]} -gt 0 ]; then
    echo "These files differ from .clang-format (bash scripts/check-format.sh --fix):" >&2
    printf '  %s\n' "${differ[@]}" >&2
    exit 1
fi
echo "All ${#files[@]} C++ files follow .clang-format."
