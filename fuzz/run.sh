#!/usr/bin/env bash
# Fuzz chaff's whole pipeline (target `clean`) for SECONDS (default 600).
#
#   fuzz/run.sh [SECONDS]            # target `clean`: bytes -> Cleaner::default()
#   TARGET=spans fuzz/run.sh [SECS]  # pipeline with arbitrary detector spans
#
# Installs cargo-fuzz if missing, seeds the corpus with seeds/*.txt and
# fuzz/seeds/* (kept through every minimisation), runs
# libFuzzer on a stable toolchain (RUSTC_BOOTSTRAP=1; falls back to
# --sanitizer none when the AddressSanitizer build fails), then minimises the
# corpus (cargo fuzz cmin). Crashes land in fuzz/artifacts/clean/; reproduce one
# with:  RUSTC_BOOTSTRAP=1 cargo fuzz run clean fuzz/artifacts/clean/<file>
# The spans corpus is not committed; its seeds are the same files (the first
# bytes are read as spans).
# Env: JOBS (parallel fuzz jobs, default 1), MAX_LEN (default 20000),
#      SANITIZER (address|none, default: try address, then none).
set -euo pipefail

SECONDS_TO_RUN="${1:-600}"
MAX_LEN="${MAX_LEN:-20000}"
JOBS="${JOBS:-1}"
TARGET="${TARGET:-clean}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked

corpus="$here/corpus/$TARGET"
mkdir -p "$corpus" "$here/artifacts/$TARGET"
seed_corpus() { # (re)adds seeds/*.txt and fuzz/seeds/* (hand-made edge cases) as seed-<name>
  for f in "$root"/seeds/*.txt "$here"/seeds/*; do
    [ -e "$f" ] || continue
    dest="$corpus/seed-$(basename "$f")"
    [ -e "$dest" ] || cp "$f" "$dest"
  done
}
seed_corpus

fuzz() { # $1 = sanitizer
  cargo fuzz run --sanitizer "$1" "$TARGET" "$corpus" -- \
    -max_total_time="$SECONDS_TO_RUN" -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 ${JOBS_ARGS[@]+"${JOBS_ARGS[@]}"}
}
JOBS_ARGS=()
if [ "$JOBS" -gt 1 ]; then JOBS_ARGS=(-jobs="$JOBS" -workers="$JOBS"); fi

sanitizer="${SANITIZER:-}"
if [ -z "$sanitizer" ]; then
  if cargo fuzz build --sanitizer address "$TARGET"; then sanitizer=address; else
    echo "run.sh: AddressSanitizer build failed, using --sanitizer none" >&2
    sanitizer=none
  fi
fi

status=0
fuzz "$sanitizer" || status=$?

# Keep the committed corpus small: minimise it (crashing inputs stay in artifacts/).
cargo fuzz cmin --sanitizer "$sanitizer" "$TARGET" "$corpus" -- -max_len="$MAX_LEN" || true
# Then prune to at most 60 files and 1 MB: the seeds, plus inputs spread evenly
# over the size range (small edge cases and long documents both stay).
seed_corpus
nseeds=$(find "$corpus" -type f -name 'seed-*' | wc -l)
budget=$((1000000 - $(find "$corpus" -type f -name 'seed-*' -printf '%s\n' | awk '{s+=$1} END {print s+0}')))
find "$corpus" -type f ! -name 'seed-*' -printf '%s %p\n' | sort -n |
  awk -v want=$((60 - nseeds)) -v budget="$budget" '
    { size[NR] = $1; path[NR] = substr($0, index($0, " ") + 1) }
    END {
      if (want < 1) want = 1
      for (k = 0; k < want && NR > 0; k++) pick[(want == 1 || NR == 1) ? 1 : 1 + int(k * (NR - 1) / (want - 1))] = 1
      for (i = 1; i <= NR; i++) {
        if ((i in pick) && total + size[i] <= budget) total += size[i]; else print path[i]
      }
    }' |
  while IFS= read -r f; do rm -f -- "$f"; done

if [ "$status" -ne 0 ]; then
  echo "run.sh: fuzzing found problems; see $here/artifacts/$TARGET/" >&2
  ls -l "$here/artifacts/$TARGET/" >&2 || true
  exit 1
fi
echo "run.sh: no crashes in ${SECONDS_TO_RUN}s; corpus: $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
