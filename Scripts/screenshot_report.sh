#!/usr/bin/env bash
# Takes a full-page screenshot of an `allot report` HTML file with headless Chromium, to check that
# it renders in a real browser (CJK text, inline CSS and SVG, no network).
#   Scripts/screenshot_report.sh REPORT.html OUT.png [WIDTH]
# Exits 0 with a skip message when no Chromium is installed (apt-get install chromium).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH]" >&2
  exit 2
fi
report=$1
out=$2
width=${3:-1280}

if [ ! -f "$report" ]; then
  echo "screenshot_report: no such file: $report" >&2
  exit 2
fi

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "screenshot_report: skipped: no Chromium found (install the chromium package to take the screenshot)"
  exit 0
fi

# A throwaway profile, so the run neither reads nor leaves browser state.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# Chromium's --screenshot captures the window only, so size the window to the page: an estimate
# from the report's parts (table rows ~28 px, chart bars 22 px, notice heading and metadata ~750 px),
# capped where Chromium's textures end. A longer report is cut at the cap.
count() { grep -o "$1" "$report" | wc -l; }
height=$(( 400 + $(count '<tr') * 28 + $(count '<rect') * 22 + $(count '<section') * 750 ))
if [ "$height" -gt 32000 ]; then height=32000; fi

absolute=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
tmp_out="$(dirname "$out")/.$(basename "$out").tmp-$$.png"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check \
  --user-data-dir="$profile" --disable-extensions --disable-background-networking \
  --window-size="$width,$height" --screenshot="$tmp_out" "file://$absolute" >/dev/null 2>&1 || {
  rm -f "$tmp_out"
  echo "screenshot_report: $browser failed on $report" >&2
  exit 1
}
if [ ! -s "$tmp_out" ]; then
  echo "screenshot_report: $browser wrote no screenshot" >&2
  exit 1
fi
mv "$tmp_out" "$out"
echo "screenshot_report: $out (${width}x${height}, $browser)"
