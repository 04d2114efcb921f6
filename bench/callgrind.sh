#!/usr/bin/env bash
# Instruction counts of the release binary: steadier than wall time on a
# shared machine (deterministic up to about 0.3 %, from hash seeds).
#
# Runs `valgrind --tool=callgrind` over one folder of pages in batch mode with
# one worker, once with the batch's site template off and once as by default
# (template on: a first pass hashes every line of the batch), and prints the
# total instructions of each, instructions per input byte, and the functions
# of chaff that cost the most, inclusive, for the default run.
#
# Environment: PAGES (default ../shared/eval/corpus/trafilatura/dev, else
# fixtures/), CHAFF_BIN (default target/release/chaff; built unless
# SKIP_BUILD=1), TOP (functions listed, default 25), KEEP (folder to keep the
# callgrind.out files in; default a temporary folder, removed).
# For function names with source lines, build with line tables first:
#   CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release
set -euo pipefail

cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (Debian: apt-get install valgrind)" >&2; exit 1; }
BIN=${CHAFF_BIN:-target/release/chaff}
PAGES=${PAGES:-../shared/eval/corpus/trafilatura/dev}
[ -d "$PAGES" ] || PAGES=fixtures
TOP=${TOP:-25}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cargo build --release --quiet
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }

WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
bytes=$(find "$PAGES" -type f -name '*.txt' ! -name '*.gold.txt' ! -name '*.expected.txt' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
echo "pages: $PAGES ($(awk -v b="$bytes" 'BEGIN {printf "%.2f", b / 1e6}') MB), binary: $BIN"

for mode in off auto; do
    out="$WORK/callgrind.$mode.out"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$BIN" "$PAGES" \
        --exclude '*.gold.txt' --exclude '*.expected.txt' --exclude '*.json' --exclude '*.jsonl' --exclude '*.snap' \
        --out "$WORK/clean-$mode" --force --quiet --jobs 1 --template "$mode" 2>"$WORK/valgrind.$mode.log"
    ir=$(awk '/^summary:|^totals:/ {print $2; exit}' "$out")
    awk -v m="$mode" -v ir="$ir" -v b="$bytes" 'BEGIN {printf "template %-4s  %6.3f G instructions  %6.0f per input byte\n", m, ir / 1e9, ir / b}'
done

echo
echo "costliest functions of chaff, inclusive (template auto):"
callgrind_annotate --inclusive=yes "$WORK/callgrind.auto.out" 2>/dev/null \
    | grep -E '^ *[0-9,]+ .*chaff::' | grep -v 'rayon\|std::' | head -n "$TOP" | cut -c1-160
