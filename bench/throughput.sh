#!/usr/bin/env bash
# End-to-end throughput of the release binary on a large corpus.
#
# Builds the release binary, builds a >= 200 MB corpus under bench/data/
# (gitignored) from the repo's own seeds/ and fixtures/ (many copies, each with
# a counter line prepended, so it works on a fresh clone) plus
# ../shared/eval/corpus/**/*.txt when present (not *.gold.txt), then runs
#   batch mode: chaff DIR --out OUT --force --quiet --jobs N
#   pipe mode:  cat big.txt | chaff --jobs N
# with N = 1 and N = all cores, under /usr/bin/time -v, and prints MB/s,
# docs/s and peak RSS for each run (plus CPU seconds and MB per CPU second,
# which are steadier than wall time on a busy machine).
#
# Environment: BENCH_MB (corpus size, default 200), SHARED_CORPUS (default
# ../shared/eval/corpus), JOBS_ALL (default nproc), SKIP_BUILD=1, CHAFF_BIN
# (binary to measure, default target/release/chaff).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA="$ROOT/bench/data"
CORPUS="$DATA/corpus"
BIG="$DATA/big.txt"
OUT="$DATA/out"
BENCH_MB=${BENCH_MB:-200}
SHARED_CORPUS=${SHARED_CORPUS:-$ROOT/../shared/eval/corpus}
JOBS_ALL=${JOBS_ALL:-$(nproc)}
BIN=${CHAFF_BIN:-$ROOT/target/release/chaff}

# --- tools -------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (Debian package 'time')" >&2
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
    else
        sudo apt-get install -y time >/dev/null
    fi
fi

# --- build -------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cargo build --release --quiet
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }

# --- corpus ------------------------------------------------------------------
# Source files: seeds (not expected outputs), fixtures (not gold / expected),
# and the shared eval corpus when present.
mapfile -t SOURCES < <(
    {
        find "$ROOT/seeds" "$ROOT/fixtures" -type f -name '*.txt' \
            ! -name '*.expected.txt' ! -name '*.gold.txt' 2>/dev/null || true
        if [ -d "$SHARED_CORPUS" ]; then
            find "$SHARED_CORPUS" -type f -name '*.txt' ! -name '*.gold.txt'
        fi
    } | LC_ALL=C sort
)
[ "${#SOURCES[@]}" -gt 0 ] || { echo "no source texts found" >&2; exit 1; }

target=$((BENCH_MB * 1000 * 1000))
stamp="$DATA/.stamp-$BENCH_MB-${#SOURCES[@]}"
if [ ! -f "$stamp" ]; then
    echo "building a ${BENCH_MB} MB corpus from ${#SOURCES[@]} source files in $CORPUS" >&2
    rm -rf "$CORPUS" "$BIG" "$DATA"/.stamp-*
    mkdir -p "$CORPUS"
    size=0
    round=0
    while [ "$size" -lt "$target" ]; do
        round=$((round + 1))
        dir="$CORPUS/r$(printf %04d "$round")"
        mkdir -p "$dir"
        # One awk per round: copy every source, a counter line first, so no two files are equal.
        awk -v r="$round" -v dir="$dir" '
            FNR == 1 { if (o) close(o); n++; o = sprintf("%s/%05d.txt", dir, n); print "Copy " r "." n " of the benchmark corpus" > o }
            { print > o }
        ' "${SOURCES[@]}"
        size=$(du -sb "$CORPUS" --apparent-size | cut -f1)
    done
    find "$CORPUS" -type f -name '*.txt' -print0 | LC_ALL=C sort -z | xargs -0 cat > "$BIG"
    touch "$stamp"
fi
in_bytes=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
n_docs=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
big_bytes=$(stat -c %s "$BIG")
echo "corpus: $n_docs docs, $(awk -v b="$in_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; pipe input $(awk -v b="$big_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB"

# --- does this binary have the batch CLI? ------------------------------------
help=$(timeout 10 "$BIN" --help </dev/null 2>&1 || true)
has() { grep -q -- "$1" <<<"$help"; }
batch=0
if has '--out' && has '--jobs' && has '--force'; then batch=1; fi
jobs_flag=0
if has '--jobs'; then jobs_flag=1; fi

# --- runs --------------------------------------------------------------------
# run LABEL BYTES DOCS CMD...: runs CMD under /usr/bin/time -v and prints one result line.
run() {
    local label=$1 bytes=$2 docs=$3
    shift 3
    local tlog
    tlog=$(mktemp)
    local t0 t1 rc=0
    t0=$(date +%s.%N)
    /usr/bin/time -v -o "$tlog" "$@" || rc=$?
    t1=$(date +%s.%N)
    local rss cpu
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tlog")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tlog")
    awk -v l="$label" -v b="$bytes" -v d="$docs" -v t0="$t0" -v t1="$t1" -v rss="$rss" -v cpu="$cpu" -v rc="$rc" 'BEGIN {
        w = t1 - t0
        ds = (d > 1) ? sprintf("%10.0f", d / w) : sprintf("%10s", "-")
        printf "%-18s %8.2f s %8.2f s %9.1f MB/s %9.1f MB/cpu-s %s docs/s %8.1f MB\n", l, w, cpu, b / 1e6 / w, (cpu > 0 ? b / 1e6 / cpu : 0), ds, rss / 1024
        if (rc) printf "  (exit %s)\n", rc
    }'
    rm -f "$tlog"
}

echo
printf '%-18s %10s %10s %14s %18s %17s %11s\n' mode wall cpu throughput "per CPU second" docs "peak RSS"
if [ "$batch" = 1 ]; then
    for j in 1 "$JOBS_ALL"; do
        rm -rf "$OUT"
        run "batch --jobs $j" "$in_bytes" "$n_docs" "$BIN" "$CORPUS" --out "$OUT" --force --quiet --jobs "$j"
    done
else
    echo "batch mode: skipped ($BIN has no --out/--jobs/--force yet)"
fi
for j in 1 "$JOBS_ALL"; do
    if [ "$jobs_flag" = 1 ]; then
        run "pipe --jobs $j" "$big_bytes" 1 sh -c 'cat "$3" | "$1" --jobs "$2" > /dev/null' sh "$BIN" "$j" "$BIG"
    else
        run "pipe (no --jobs)" "$big_bytes" 1 sh -c 'cat "$2" | "$1" > /dev/null' sh "$BIN" "$BIG"
        break
    fi
done
