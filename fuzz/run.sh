#!/usr/bin/env bash
# Fuzz chaff's whole pipeline (target `clean`) for SECONDS (default 600).
#
#   fuzz/run.sh [SECONDS]
#
# Installs cargo-fuzz if missing, seeds the corpus with seeds/*.txt, runs
# libFuzzer on a stable toolchain (RUSTC_BOOTSTRAP=1; falls back to
# --sanitizer none when the AddressSanitizer build fails), then minimises the
# corpus (cargo fuzz cmin). Crashes land in fuzz/artifacts/clean/; reproduce one
# with:  RUSTC_BOOTSTRAP=1 cargo fuzz run clean fuzz/artifacts/clean/<file>
# Env: JOBS (parallel fuzz jobs, default 1), MAX_LEN (default 20000),
#      SANITIZER (address|none, default: try address, then none).
set -euo pipefail

SECONDS_TO_RUN="${1:-600}"
MAX_LEN="${MAX_LEN:-20000}"
JOBS="${JOBS:-1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked

corpus="$here/corpus/clean"
mkdir -p "$corpus" "$here/artifacts/clean"
for f in "$root"/seeds/*.txt; do
  [ -e "$f" ] || continue
  cp -n "$f" "$corpus/seed-$(basename "$f")"
done

fuzz() { # $1 = sanitizer
  cargo fuzz run --sanitizer "$1" clean "$corpus" -- \
    -max_total_time="$SECONDS_TO_RUN" -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 ${JOBS_ARGS[@]+"${JOBS_ARGS[@]}"}
}
JOBS_ARGS=()
if [ "$JOBS" -gt 1 ]; then JOBS_ARGS=(-jobs="$JOBS" -workers="$JOBS"); fi

sanitizer="${SANITIZER:-}"
if [ -z "$sanitizer" ]; then
  if cargo fuzz build --sanitizer address clean; then sanitizer=address; else
    echo "run.sh: AddressSanitizer build failed, using --sanitizer none" >&2
    sanitizer=none
  fi
fi

status=0
fuzz "$sanitizer" || status=$?

# Keep the committed corpus small: minimise it (crashing inputs stay in artifacts/).
cargo fuzz cmin --sanitizer "$sanitizer" clean "$corpus" -- -max_len="$MAX_LEN" || true
# Then prune to at most 60 files and 1 MB: seeds first, then the smallest inputs.
keep=0; bytes=0
while IFS= read -r f; do
  size=$(stat -c %s "$f")
  if [ "$keep" -lt 60 ] && [ $((bytes + size)) -le 1000000 ]; then
    keep=$((keep + 1)); bytes=$((bytes + size))
  else
    rm -f -- "$f"
  fi
done < <( { ls -1 "$corpus"/seed-* 2>/dev/null; find "$corpus" -type f ! -name 'seed-*' -printf '%s %p\n' | sort -n | cut -d' ' -f2-; } )

if [ "$status" -ne 0 ]; then
  echo "run.sh: fuzzing found problems; see $here/artifacts/clean/" >&2
  ls -l "$here/artifacts/clean/" >&2 || true
  exit 1
fi
echo "run.sh: no crashes in ${SECONDS_TO_RUN}s; corpus: $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
