#!/usr/bin/env python3
"""Idempotence check: clean every page of a corpus, clean the output again, and
report the pages where the second pass still removes something.

  scripts/idempotence.py [--corpus ../shared/eval/corpus] [--bin target/release/chaff]
"""
import argparse, json, os, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "corpus"))
ap.add_argument("--bin", default="target/release/chaff")
a = ap.parse_args()
pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs
               if f.endswith(".txt") and not f.endswith(".gold.txt"))
bad = []
for p in pages:
    first = subprocess.run([a.bin, p], capture_output=True).stdout
    second = subprocess.run([a.bin, "--log", "-"], input=first, capture_output=True)
    removed = [json.loads(l) for l in second.stderr.decode().splitlines() if '"event":"removal"' in l]
    if removed:
        bad.append((p, removed))
ok = len(pages) - len(bad)
print(f"idempotent on {ok} of {len(pages)} pages ({100 * ok / max(1, len(pages)):.1f} %)")
for p, rs in bad[:int(os.environ.get("SHOW", "15"))]:
    print(f"  {os.path.relpath(p, a.corpus)}: {len(rs)} spans, e.g. [{rs[0]['category']} {rs[0]['rule']}] {rs[0]['text'][:70]!r}")
