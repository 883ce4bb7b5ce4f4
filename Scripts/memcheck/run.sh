#!/bin/sh
# valgrind memcheck on CPopplerPaths (the one pass a page): builds Scripts/memcheck/pages.c with the
# target's sources and reads every page of the PDFs given (default: the notice fixtures, the bad
# fixtures and the ruling-line fixture). Exits non-zero on a leak or a memory error.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
src="$root/Sources/CPopplerPaths"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for unit in "$src"/*.cpp; do
    name=$(basename "$unit" .cpp)
    clang++ -gdwarf-4 -O1 -std=c++17 -I "$src/include" -I "$src" -isystem /usr/include/poppler \
        -c "$unit" -o "$work/$name.unit.o"
done
clang -gdwarf-4 -I "$src/include" -c "$root/Scripts/memcheck/pages.c" -o "$work/pages.o"
clang++ -o "$work/pages" "$work/pages.o" "$work"/*.unit.o -lpoppler
if [ "$#" -eq 0 ]; then
    set -- "$root"/Fixtures/notices/*.pdf "$root"/Fixtures/bad/*.pdf "$root"/Fixtures/rules/*.pdf
fi
valgrind --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
    --error-exitcode=9 "$work/pages" "$@"
