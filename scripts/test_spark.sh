#!/usr/bin/env bash
# End-to-end check of scripts/spark_clean.py: runs it on a generated JSONL input with a local
# Spark (local[2]) and compares its output, record for record (sorted by id), with a
# single-machine `chaff --jsonl` run. Too slow for CI: run it by hand.
#
#   scripts/test_spark.sh            # builds chaff (release), creates target/spark-venv, runs, compares
#   RECORDS=5000 scripts/test_spark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RECORDS=${RECORDS:-2000}
VENV=$ROOT/target/spark-venv
WORK=$ROOT/target/spark-test

command -v java >/dev/null || { echo "test_spark: java not found (Spark needs Java 17)" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  echo "test_spark: creating $VENV (pip install pyspark)" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet pyspark
fi

echo "test_spark: building chaff (release)" >&2
cargo build --release --quiet
BIN=${CHAFF_BIN:-$ROOT/target/release/chaff}

rm -rf "$WORK"; mkdir -p "$WORK"
"$VENV/bin/python" - "$WORK/input.jsonl" "$RECORDS" <<'PY'
import json, random, sys
path, n = sys.argv[1], int(sys.argv[2])
random.seed(7)
body = [
    "The city council approved the new budget on Tuesday evening after a debate that lasted more than six hours.",
    "Members of the majority said the plan would protect local libraries, parks and bus routes for years.",
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen.",
    "Le conseil municipal a adopté le nouveau budget mardi soir après un long débat.",
]
junk = [
    "Sign up to our newsletter", "Home | News | Sport | Weather", "Subscribe now to continue reading",
    "Photo: Reuters", "Read more:", "Cookies help us deliver our services. Privacy policy",
    "Would you like to receive news notifications?", "Comments (12)",
]
with open(path, "w", encoding="utf-8") as f:
    for i in range(n):
        lines = random.sample(junk, 2) + random.sample(body, 3) + random.sample(junk, 2)
        rec = {"id": f"doc-{i:06d}", "url": f"https://example.org/{i}", "score": 0.5 + i * 1e-3,
               "text": "\n".join(lines) + "\n", "meta": {"n": i, "big": 1e300}}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    f.write("this line is not json\n")
PY

echo "test_spark: single-machine run" >&2
"$BIN" --jsonl --quiet "$WORK/input.jsonl" > "$WORK/local.jsonl" || test $? -eq 1

echo "test_spark: Spark run (local[2])" >&2
export PYSPARK_PYTHON="$VENV/bin/python"
"$VENV/bin/python" scripts/spark_clean.py --binary "$BIN" --partitions 4 "$WORK/input.jsonl" "$WORK/spark_out"

"$VENV/bin/python" - "$WORK/local.jsonl" "$WORK/spark_out" <<'PY'
import glob, json, os, sys
local_path, spark_dir = sys.argv[1], sys.argv[2]
def load(paths):
    recs, bad = {}, []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                try:
                    r = json.loads(line)
                except ValueError:
                    bad.append(line); continue
                recs[r["id"]] = line
    return recs, sorted(bad)
local, lbad = load([local_path])
spark, sbad = load(sorted(glob.glob(os.path.join(spark_dir, "part-*"))))
ok = True
if sorted(local) != sorted(spark):
    print(f"test_spark: FAIL: ids differ ({len(local)} local, {len(spark)} spark)"); ok = False
diff = [k for k in sorted(local) if k in spark and local[k] != spark[k]]
if diff:
    print(f"test_spark: FAIL: {len(diff)} records differ, first {diff[0]}"); ok = False
if lbad != sbad:
    print(f"test_spark: FAIL: malformed lines differ ({len(lbad)} local, {len(sbad)} spark)"); ok = False
if not ok:
    sys.exit(1)
print(f"test_spark: OK: {len(local)} records identical (sorted by id), {len(lbad)} malformed line(s) passed through by both")
PY
