#!/usr/bin/env bash
# End-to-end throughput, scaling, linearity and memory of the release binary.
#
# Builds the release binary and, under bench/data/ (gitignored), from the
# repo's seeds/ and fixtures/ plus ../shared/eval/corpus/**/*.txt when present
# (not *.gold.txt; every copy gets a counter line first, so no two files are
# equal):
#   corpus/     BENCH_MB of documents (default 20)
#   corpus10/   10 x BENCH_MB (linearity check)
#   big.txt     corpus/ concatenated (pipe mode)
#   doc50.txt   one 50 MB document
#   line10.txt  one 10 MB line (no newline inside)
#   words1m.txt 1,000,000 one-word lines
#   tiny/       100,000 tiny files (a few short lines each)
# and runs, under /usr/bin/time -v (peak RSS):
#   batch: chaff DIR --out OUT --force --quiet --jobs N   (N = 1 and all cores, median of 3;
#          the 10x corpus once with each)
#   pipe:  cat FILE | chaff --jobs N > /dev/null
#   shapes: chaff --jobs 1 < SHAPE > /dev/null, and doc50 with all cores too
# Each line prints wall time, CPU seconds, MB/s, MB per CPU second (steadier
# on a busy machine), docs/s and peak RSS. Then it checks the targets:
# >= 100 MB/s on one core, >= 1.8x that on all cores, 10x input <= 11x time,
# and peak RSS <= 3 x largest document + 50 MB (every batch run, one core and
# all cores, and every pathological shape).
#
# Environment: BENCH_MB (default 20: with the 10x corpus over 200 MB), SHARED_CORPUS (default
# ../shared/eval/corpus), JOBS_ALL (default nproc), SKIP_BUILD=1, CHAFF_BIN
# (binary to measure, default target/release/chaff), REPEAT (default 3),
# SKIP_SHAPES=1 (no pathological shapes), BENCH_OUT (the batch runs' output
# folder, default bench/data/out; a folder on a RAM disk such as
# /dev/shm/chaff-out leaves the disk's file-creation time out of the figures:
# on ext4 that is about a sixth of a one-core run, and two workers creating
# files in one folder contend for it).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA="$ROOT/bench/data"
CORPUS="$DATA/corpus"
CORPUS10="$DATA/corpus10"
BIG="$DATA/big.txt"
OUT=${BENCH_OUT:-$DATA/out}
BENCH_MB=${BENCH_MB:-20}
REPEAT=${REPEAT:-3}
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

# build_corpus DIR MB: copies of the sources until DIR holds MB megabytes.
build_corpus() {
    local dir=$1 mb=$2
    local target=$((mb * 1000 * 1000)) size=0 round=0
    rm -rf "$dir"
    mkdir -p "$dir"
    while [ "$size" -lt "$target" ]; do
        round=$((round + 1))
        local sub="$dir/r$(printf %04d "$round")"
        mkdir -p "$sub"
        # One awk per round: copy every source, a counter line first, so no two files are equal.
        awk -v r="$round" -v dir="$sub" '
            FNR == 1 { if (o) close(o); n++; o = sprintf("%s/%05d.txt", dir, n); print "Copy " r "." n " of the benchmark corpus" > o }
            { print > o }
        ' "${SOURCES[@]}"
        size=$(du -sb "$dir" --apparent-size | cut -f1)
    done
}

stamp="$DATA/.stamp-$BENCH_MB-${#SOURCES[@]}"
if [ ! -f "$stamp" ]; then
    echo "building ${BENCH_MB} MB and $((BENCH_MB * 10)) MB corpora from ${#SOURCES[@]} source files in $DATA" >&2
    rm -f "$BIG" "$DATA"/.stamp-*
    build_corpus "$CORPUS" "$BENCH_MB"
    build_corpus "$CORPUS10" "$((BENCH_MB * 10))"
    find "$CORPUS" -type f -name '*.txt' -print0 | LC_ALL=C sort -z | xargs -0 cat > "$BIG"
    touch "$stamp"
fi
if [ "${SKIP_SHAPES:-0}" != 1 ] && [ ! -f "$DATA/.stamp-shapes" ]; then
    echo "building the pathological shapes in $DATA" >&2
    # One 50 MB document: the sources over and over.
    : > "$DATA/doc50.txt"
    while [ "$(stat -c %s "$DATA/doc50.txt")" -lt 50000000 ]; do cat "${SOURCES[@]}" >> "$DATA/doc50.txt"; done
    # One 10 MB line: the sources with line breaks turned into spaces, cut at a UTF-8 boundary.
    cat "${SOURCES[@]}" "${SOURCES[@]}" "${SOURCES[@]}" | tr '\r\n' '  ' | head -c 10000000 | iconv -c -f UTF-8 -t UTF-8 > "$DATA/line10.txt" || true
    # 1,000,000 one-word lines: the sources' words, one per line.
    for _ in 1 2 3 4 5 6 7 8; do cat "${SOURCES[@]}"; done | tr -s ' \t\r\n' '\n\n\n\n' | grep -v '^$' | head -n 1000000 > "$DATA/words1m.txt" || true
    # 100,000 tiny files, 1,000 per folder.
    rm -rf "$DATA/tiny"
    awk -v dir="$DATA/tiny" 'BEGIN {
        split("Home|News|Sport|Weather|Sign up to our newsletter|The council met on Tuesday.|Photo: Reuters|3 comments|Reply", w, "|")
        for (i = 0; i < 100000; i++) {
            if (i % 1000 == 0) { d = sprintf("%s/d%03d", dir, i / 1000); system("mkdir -p " d) }
            f = sprintf("%s/%06d.txt", d, i)
            printf "Tiny page %d\n%s\n%s\nThe story number %d is short, but it is a sentence.\n", i, w[i % 9 + 1], w[(i * 7) % 9 + 1], i > f
            close(f)
        }
    }'
    touch "$DATA/.stamp-shapes"
fi
in_bytes=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
n_docs=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
in10_bytes=$(find "$CORPUS10" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
n10_docs=$(find "$CORPUS10" -type f -name '*.txt' | wc -l)
max_doc=$(find "$CORPUS10" -type f -name '*.txt' -printf '%s\n' | sort -n | tail -1)
max_doc1=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | sort -n | tail -1)
big_bytes=$(stat -c %s "$BIG")
echo "machine: $(nproc) cores, $(lscpu 2>/dev/null | awk -F': *' '/Model name/ {print $2; exit}'), $(date -u +%Y-%m-%d)"
echo "batch output folder: $OUT"
echo "corpus: $n_docs docs, $(awk -v b="$in_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; 10x corpus: $n10_docs docs, $(awk -v b="$in10_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB (largest doc $max_doc B); pipe input $(awk -v b="$big_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB"

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
    LAST_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
    LAST_CPU=$cpu
    LAST_RSS=$rss
    awk -v l="$label" -v b="$bytes" -v d="$docs" -v t0="$t0" -v t1="$t1" -v rss="$rss" -v cpu="$cpu" -v rc="$rc" 'BEGIN {
        w = t1 - t0
        ds = (d > 1) ? sprintf("%10.0f", d / w) : sprintf("%10s", "-")
        printf "%-18s %8.2f s %8.2f s %9.1f MB/s %9.1f MB/cpu-s %s docs/s %8.1f MB\n", l, w, cpu, b / 1e6 / w, (cpu > 0 ? b / 1e6 / cpu : 0), ds, rss / 1024
        if (rc) printf "  (exit %s)\n", rc
    }'
    rm -f "$tlog"
}

# median3 LABEL BYTES DOCS CMD...: REPEAT runs, then the median by wall time (MED_* set).
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
runs() {
    local label=$1 bytes=$2 docs=$3
    shift 3
    local walls="" cpus="" rsss=""
    for _ in $(seq "$REPEAT"); do
        [ -n "${CLEAN_OUT:-}" ] && rm -rf "$CLEAN_OUT"
        run "  $label" "$bytes" "$docs" "$@" >&2
        walls+="$LAST_WALL"$'\n'; cpus+="$LAST_CPU"$'\n'; rsss+="$LAST_RSS"$'\n'
    done
    MED_WALL=$(printf '%s' "$walls" | median); MED_CPU=$(printf '%s' "$cpus" | median); MED_RSS=$(printf '%s' "$rsss" | sort -n | tail -1)
    awk -v l="$label" -v b="$bytes" -v d="$docs" -v w="$MED_WALL" -v cpu="$MED_CPU" -v rss="$MED_RSS" -v n="$REPEAT" 'BEGIN {
        ds = (d > 1) ? sprintf("%10.0f", d / w) : sprintf("%10s", "-")
        printf "%-22s %8.2f s %8.2f s %9.1f MB/s %9.1f MB/cpu-s %s docs/s %8.1f MB  (median of %d)\n", l, w, cpu, b / 1e6 / w, (cpu > 0 ? b / 1e6 / cpu : 0), ds, rss / 1024, n
    }'
}

echo
printf '%-22s %10s %10s %14s %18s %17s %11s\n' mode wall cpu throughput "per CPU second" docs "peak RSS"
if [ "$batch" = 1 ]; then
    CLEAN_OUT=$OUT
    runs "batch --jobs 1" "$in_bytes" "$n_docs" "$BIN" "$CORPUS" --out "$OUT" --force --quiet --jobs 1
    w1=$MED_WALL
    rss1=$MED_RSS
    runs "batch --jobs $JOBS_ALL" "$in_bytes" "$n_docs" "$BIN" "$CORPUS" --out "$OUT" --force --quiet --jobs "$JOBS_ALL"
    wn=$MED_WALL
    rssn=$MED_RSS
    REPEAT=1 runs "batch 10x --jobs 1" "$in10_bytes" "$n10_docs" "$BIN" "$CORPUS10" --out "$OUT" --force --quiet --jobs 1
    w10=$MED_WALL
    rss10=$MED_RSS
    if [ "$JOBS_ALL" != 1 ]; then
        REPEAT=1 runs "batch 10x --jobs $JOBS_ALL" "$in10_bytes" "$n10_docs" "$BIN" "$CORPUS10" --out "$OUT" --force --quiet --jobs "$JOBS_ALL"
        rss10n=$MED_RSS
    fi
    unset CLEAN_OUT
else
    echo "batch mode: skipped ($BIN has no --out/--jobs/--force yet)"
fi
for j in 1 "$JOBS_ALL"; do
    if [ "$jobs_flag" = 1 ]; then
        REPEAT=1 runs "pipe --jobs $j" "$big_bytes" 1 sh -c 'cat "$3" | "$1" --jobs "$2" > /dev/null' sh "$BIN" "$j" "$BIG"
    else
        REPEAT=1 runs "pipe (no --jobs)" "$big_bytes" 1 sh -c 'cat "$2" | "$1" > /dev/null' sh "$BIN" "$BIG"
        break
    fi
done
declare -A SHAPE_RSS SHAPE_BYTES
if [ "${SKIP_SHAPES:-0}" != 1 ]; then
    for shape in doc50 line10 words1m; do
        f="$DATA/$shape.txt"
        b=$(stat -c %s "$f")
        REPEAT=1 runs "$shape --jobs 1" "$b" 1 sh -c '"$1" --jobs 1 < "$2" > /dev/null' sh "$BIN" "$f"
        SHAPE_RSS[$shape]=$MED_RSS
        SHAPE_BYTES[$shape]=$b
        if [ "$shape" = doc50 ]; then w50=$MED_WALL; fi
    done
    # One huge document on all cores: its windows side by side.
    if [ "$JOBS_ALL" != 1 ]; then
        f="$DATA/doc50.txt"
        REPEAT=1 runs "doc50 --jobs $JOBS_ALL" "${SHAPE_BYTES[doc50]}" 1 sh -c '"$1" --jobs "$3" < "$2" > /dev/null' sh "$BIN" "$f" "$JOBS_ALL"
        SHAPE_RSS[doc50n]=$MED_RSS
        SHAPE_BYTES[doc50n]=${SHAPE_BYTES[doc50]}
        w50n=$MED_WALL
    fi
    tb=$(find "$DATA/tiny" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
    CLEAN_OUT=$OUT REPEAT=1 runs "tiny100k --jobs $JOBS_ALL" "$tb" 100000 "$BIN" "$DATA/tiny" --out "$OUT" --force --quiet --jobs "$JOBS_ALL"
    rss_tiny=$MED_RSS
fi
rm -rf "$OUT"

# --- targets -----------------------------------------------------------------
echo
echo "targets:"
if [ "$batch" = 1 ]; then
    awk -v b="$in_bytes" -v w1="$w1" -v wn="$wn" -v w10="$w10" -v j="$JOBS_ALL" 'BEGIN {
        t1 = b / 1e6 / w1
        printf "  one core:        %7.1f MB/s (target >= 100)            %s\n", t1, (t1 >= 100 ? "met" : "NOT met")
        printf "  %d cores speed-up: %6.2fx      (target >= 1.8x)          %s\n", j, w1 / wn, (w1 / wn >= 1.8 ? "met" : "NOT met")
        printf "  10x input:       %7.2fx time (target <= 11x)            %s\n", w10 / w1, (w10 / w1 <= 11 ? "met" : "NOT met")
    }'
    # rss_check LABEL RSS_KB LARGEST_DOC_BYTES: one line per batch run's peak RSS against the limit.
    rss_check() {
        awk -v l="$1" -v rss="$2" -v m="$3" 'BEGIN {
            lim = 3 * m / 1024 + 50 * 1024
            printf "  batch peak RSS, %-22s %6.1f MB (limit 3 x %.2f MB + 50 MB = %.1f MB)  %s\n", l ":", rss / 1024, m / 1e6, lim / 1024, (rss <= lim ? "met" : "NOT met")
        }'
    }
    rss_check "--jobs 1, corpus" "$rss1" "$max_doc1"
    rss_check "--jobs $JOBS_ALL, corpus" "$rssn" "$max_doc1"
    rss_check "--jobs 1, 10x corpus" "$rss10" "$max_doc"
    if [ -n "${rss10n:-}" ]; then
        rss_check "--jobs $JOBS_ALL, 10x corpus" "$rss10n" "$max_doc"
    fi
fi
if [ "${SKIP_SHAPES:-0}" != 1 ]; then
    if [ -n "${w50n:-}" ]; then
        awk -v a="$w50" -v b="$w50n" -v j="$JOBS_ALL" 'BEGIN {printf "  doc50, %d cores:  %6.2fx      (one document, its windows side by side)\n", j, a / b}'
    fi
    for shape in doc50 doc50n line10 words1m; do
        [ -n "${SHAPE_RSS[$shape]:-}" ] || continue
        awk -v s="$shape" -v rss="${SHAPE_RSS[$shape]}" -v m="${SHAPE_BYTES[$shape]}" 'BEGIN {
            lim = 3 * m / 1024 + 50 * 1024
            printf "  %-8s peak RSS: %7.1f MB (limit %.1f MB) %s\n", s, rss / 1024, lim / 1024, (rss <= lim ? "met" : "NOT met")
        }'
    done
    awk -v rss="$rss_tiny" 'BEGIN { printf "  tiny100k peak RSS: %.1f MB (limit ~50 MB) %s\n", rss / 1024, (rss <= 51200 ? "met" : "NOT met") }'
fi
