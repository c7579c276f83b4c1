#!/usr/bin/env bash
# Fails, naming each file, when a C++ file in the repository differs from what
# clang-format makes of it under .clang-format. Fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/.."
format=$(command -v clang-format-14 || command -v clang-format)
unformatted=()
while IFS= read -r file; do
    "$format" --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done < <(git ls-files '*.cpp' '*.h')
if [ ${#unformatted[@]} -gt 0 ]; then
    printf 'not formatted with %s (run it with -i on these):\n' "$format" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "every C++ file is formatted"
