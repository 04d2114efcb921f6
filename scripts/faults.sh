#!/usr/bin/env bash
# Fault and scale checks of the chaff binary that are too slow or need root, so are not
# in `cargo test`:
#   (a) one 1 GB document (seeds and corpus pages repeated) in pipe mode and batch mode:
#       time and peak RSS (/usr/bin/time -v);
#   (b) 100,000 small files through batch mode: time and peak RSS;
#   (c) a full disk: a 2 MB tmpfs as the output folder (root only, skipped otherwise):
#       chaff must exit 1 with "No space left on device" naming the file, and leave no
#       partial output (every output present equals a normal run's, no temporary files).
#
#   scripts/faults.sh                 # all three
#   PARTS="b c" scripts/faults.sh     # some of them
# Env: CHAFF (binary; default target/release/chaff, built if missing), BIG_MB (size of the
#      big document, default 1024), SMALL_FILES (default 100000), WORK (scratch folder,
#      default a new folder under /tmp, removed at the end).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
PARTS="${PARTS:-a b c}"
BIG_MB="${BIG_MB:-1024}"
SMALL_FILES="${SMALL_FILES:-100000}"
CHAFF="${CHAFF:-$root/target/release/chaff}"
corpus="$root/../shared/eval/corpus"

if [ ! -x "$CHAFF" ]; then
  cargo build --release
fi
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y time >/dev/null; else echo "faults.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; fi
fi

WORK="${WORK:-$(mktemp -d /tmp/chaff-faults.XXXXXX)}"
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Source documents: seeds, plus corpus pages when the shared corpus is there.
sources=("$root"/seeds/[0-9]*[0-9a-f].txt)
if [ -d "$corpus" ]; then
  while IFS= read -r f; do sources+=("$f"); done < <(find "$corpus" -name '*.txt' ! -name '*.gold.txt' ! -name '*.expected.txt' | sort)
fi
echo "faults.sh: chaff = $CHAFF; ${#sources[@]} source documents; scratch $WORK"

# measure LABEL CMD...: runs CMD under /usr/bin/time -v, prints wall, CPU and peak RSS.
measure() {
  local label="$1"; shift
  local tv="$WORK/time.txt" rc=0
  /usr/bin/time -v -o "$tv" "$@" || rc=$?
  local wall user sys rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tv")
  user=$(sed -n 's/.*User time (seconds): //p' "$tv")
  sys=$(sed -n 's/.*System time (seconds): //p' "$tv")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tv")
  printf '%-34s exit %s  wall %s  cpu %.1f s  peak RSS %d MB\n' "$label" "$rc" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  return 0
}

if [[ " $PARTS " == *" a "* ]]; then
  big="$WORK/big.txt"
  python3 - "$big" "$BIG_MB" "${sources[@]}" <<'PY'
import sys
out, mb, srcs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
want = mb * 1024 * 1024
data = [open(s, 'rb').read() for s in srcs]
with open(out, 'wb') as f:
    n = i = 0
    while n < want:
        d = data[i % len(data)]
        f.write(d if d.endswith(b'\n') else d + b'\n')
        n += len(d) + 1
        i += 1
PY
  echo "(a) one document of $(du -m "$big" | cut -f1) MB"
  measure "(a) pipe mode" sh -c "'$CHAFF' < '$big' > '$WORK/big.clean'"
  ls -l "$WORK/big.clean" | awk '{printf "    clean output %d MB\n", $5/1048576}'
  rm -f "$WORK/big.clean"
  measure "(a) batch mode" "$CHAFF" "$big" --out "$WORK/big-out" --quiet
  du -sm "$WORK/big-out" | awk '{print "    output folder " $1 " MB (clean text + log)"}'
  rm -rf "$WORK/big-out" "$big"
fi

if [[ " $PARTS " == *" b "* ]]; then
  small="$WORK/small"
  # Small documents: the first 12 lines of each source, in 1000 folders of 100 files.
  python3 - "$small" "$SMALL_FILES" "${sources[@]}" <<'PY'
import os, sys
out, n, srcs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
heads = [b''.join(open(s, 'rb').readlines()[:12]) for s in srcs]
for i in range(n):
    d = os.path.join(out, f'{i // 100:04d}')
    if i % 100 == 0:
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f'{i:06d}.txt'), 'wb') as f:
        f.write(heads[i % len(heads)])
PY
  echo "(b) $SMALL_FILES small files, $(du -sm --apparent-size "$small" | cut -f1) MB of text"
  measure "(b) batch mode, all cores" "$CHAFF" "$small" --out "$WORK/small-out" --quiet
  outs=$(find "$WORK/small-out" -type f -name '*.txt' | wc -l)
  docs=$(grep -c '"event":"document"' "$WORK/small-out/removals.jsonl" || true)
  echo "    $outs outputs, $docs document records in the log"
  rm -rf "$small" "$WORK/small-out"
fi

if [[ " $PARTS " == *" c "* ]]; then
  full="$WORK/full"
  mkdir -p "$full"
  if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=2m tmpfs "$full" 2>/dev/null; then
    echo "(c) skipped: mounting a tmpfs needs root (and a system that allows it)"
  else
    mounted="$full"
    in="$WORK/disk-in"
    mkdir -p "$in"
    # About 6 MB of documents for a 2 MB disk.
    total=0
    for f in "${sources[@]}"; do
      cp "$f" "$in/$(printf '%04d' "$total")-$(basename "$f")"
      total=$((total + 1))
      [ "$(du -sm "$in" | cut -f1)" -ge 6 ] && break
    done
    "$CHAFF" "$in" --out "$WORK/ref" --quiet
    rc=0
    "$CHAFF" "$in" --out "$full" --quiet 2> "$WORK/full.err" || rc=$?
    echo "(c) $total documents into a 2 MB tmpfs: exit $rc"
    sed 's/^/    stderr: /' "$WORK/full.err" | head -5
    ok=1
    [ "$rc" -eq 1 ] || { echo "    FAIL: exit $rc, expected 1"; ok=0; }
    grep -q "No space left on device" "$WORK/full.err" || { echo "    FAIL: no 'No space left on device' message"; ok=0; }
    grep -Eq "^chaff: [^ ]+: .*No space left on device" "$WORK/full.err" || { echo "    FAIL: message names no file"; ok=0; }
    tmp=$(find "$full" -name '.chaff-*' | wc -l)
    [ "$tmp" -eq 0 ] || { echo "    FAIL: $tmp temporary files left"; ok=0; }
    partial=0 whole=0
    while IFS= read -r f; do
      rel="${f#"$full"/}"
      if cmp -s "$f" "$WORK/ref/$rel"; then whole=$((whole + 1)); else partial=$((partial + 1)); echo "    partial: $rel"; fi
    done < <(find "$full" -type f -name '*.txt')
    [ "$partial" -eq 0 ] || ok=0
    echo "    $whole whole outputs, $partial partial, $tmp temporary files left"
    [ "$ok" -eq 1 ] && echo "    (c) OK" || echo "    (c) FAILED"
  fi
fi
