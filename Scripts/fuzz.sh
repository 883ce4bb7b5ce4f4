#!/usr/bin/env bash
# Coverage-guided fuzzing of the extractors' Swift side with libFuzzer (see Sources/allot-fuzz).
# Usage: Scripts/fuzz.sh SECONDS   (run by `make fuzz` after building .build-fuzz/debug/allot-fuzz)
#
# Four corpora, a quarter of the budget each: glyph records (layout, tables, normalize, reconcile
# without poppler), HTML pages, PDFs and office packages (xlsx, docx, OFD, xls: the office readers,
# libxml2 and freexl; never LibreOffice). Each starts from the committed regression inputs in
# Fixtures/fuzz/ and the fixtures; afterwards the glyph and HTML inputs that reach new code are
# merged into Fixtures/fuzz/ (small files, replayed by FuzzReplayTests), and every crash, timeout or
# out-of-memory input is copied to Fixtures/fuzz/crashes/ to be fixed and kept as a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
share=$(( seconds / 4 > 1 ? seconds / 4 : 1 ))
harness=.build-fuzz/debug/allot-fuzz
work=.build-fuzz/work
rm -rf "$work"
mkdir -p "$work"/{glyphs,html,pdf,office,artifacts} Fixtures/fuzz/{glyphs,html,crashes}

# Seeds. Glyph records: one made from each text fixture's characters is not needed, the fuzzer
# builds rows quickly from the committed inputs; an empty seed starts it when there are none.
shopt -s nullglob
kept=(Fixtures/fuzz/glyphs/*)
if [ ${#kept[@]} -gt 0 ]; then cp "${kept[@]}" "$work/glyphs/"; else printf '\x28\x28\x20\x30\x00\x00' > "$work/glyphs/seed"; fi
cp Fixtures/fuzz/html/* Fixtures/html/*.html "$work/html/"
cp Fixtures/notices/jxzf-2022-125.pdf Fixtures/bad/damaged-page.pdf Fixtures/bad/rotated.pdf "$work/pdf/"
cp Fixtures/office/shanxi-divisions-aliases.{xlsx,docx,ofd,xls} "$work/office/"

run() {  # corpus max_len
    "$harness" "$work/$1" -max_total_time="$share" -max_len="$2" -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/$1-" 2>&1 | tail -n 12 | sed "s/^/[$1] /" || true
}
run glyphs 4096
run html 16384
run pdf 400000
run office 65536

# Keep what reaches new code (glyph and HTML inputs only: PDFs and packages are too large to commit).
for kind in glyphs html; do
    "$harness" -merge=1 "Fixtures/fuzz/$kind" "$work/$kind" 2>&1 | grep -E "MERGE-OUTER: [0-9]+ new files" \
        | sed "s/^/[$kind merge] /" || true
done
found=$(find "$work/artifacts" -type f | wc -l)
if [ "$found" -gt 0 ]; then
    cp "$work"/artifacts/* Fixtures/fuzz/crashes/
    echo "fuzz: $found crashing inputs copied to Fixtures/fuzz/crashes/ (fix them; FuzzReplayTests replays them)"
    exit 1
fi
echo "fuzz: no crash in ${seconds}s; corpus: $(ls Fixtures/fuzz/glyphs | wc -l) glyph and $(ls Fixtures/fuzz/html | wc -l) HTML inputs in Fixtures/fuzz/"
