#!/usr/bin/env python3
"""Train chaff's line-quality model on a labelled corpus and write its weights.

  scripts/train_quality.py [--corpus ../shared/eval/corpus] [--extra DIR ...]
                           [--extra-weight W] [--low-share SHARE] [--write]

1. Runs `cargo run --release --example dump_features -- CORPUS` to get each
   non-blank line's feature vector (the same code the detector runs).
2. Labels lines: for `<name>.gold.txt` documents a line is body when it occurs
   in the gold text (short lines only as a whole gold line) and boilerplate
   when it does not occur there at all; for `<name>.snippets.json` documents a
   line holding a `with` snippet is body, one holding a `without` snippet is
   boilerplate. Other lines are not used. The gold texts themselves are
   added as clean documents (every line body, at --gold-weight), so the model
   learns that an article with nothing around it has nothing to cut.
   Each `--extra DIR` corpus (laid out the same way, e.g. `fixtures/types`)
   is labelled the same way and added with every line's weight multiplied
   by --extra-weight; without --extra the fit is the dev corpus alone.
3. Fits logistic regression (numpy + scikit-learn), holding out every fifth
   document (by a hash of its name) for validation, and reports both halves,
   per set of the main corpus and per extra corpus.
4. With --write, refits on all documents and writes the main model's
   weights into src/detect/quality_model.rs. With --low-share SHARE it
   writes the low-share model instead (used, through the lower of the two
   probabilities, on pages whose article region holds less than SHARE of the
   words); each write keeps the other model as it is. The shipped low-share
   model: `--extra fixtures/types --extra-weight 3 --low-share 0.15 --write`.
"""
import argparse, hashlib, json, os, re, subprocess, sys
import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def held_out(doc):
    return int(hashlib.sha256(doc.encode()).hexdigest()[:8], 16) % 5 == 0


# Features left out of the fit (weight 0): per-document constants that do not generalise.
DROP = {"region_share"}


def feature_names():
    src = open(os.path.join(ROOT, "src", "detect", "quality.rs"), encoding="utf-8").read()
    block = src.split("pub const FEATURES")[1].split("];")[0]
    return re.findall(r'"(\w+)"', block)


def load(corpus, gold_weight, scale=1.0, tag=""):
    """Labelled lines of `corpus`: features, labels, weights (times `scale`) and
    document names (prefixed with `tag`)."""
    cmd = ["cargo", "run", "--quiet", "--release", "--example", "dump_features", "--", corpus, "--gold"]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True).stdout.decode()
    rows = [json.loads(l) for l in out.split("\n") if l]
    gold, snips = {}, {}
    X, y, w, docs = [], [], [], []
    for r in rows:
        d = r["doc"]
        line = norm(r["text"])
        words = max(1, len(re.findall(r"\w+", line)))
        if d.endswith(".gold"):
            if gold_weight > 0:
                X.append(r["x"]); y.append(0); w.append(np.sqrt(words) * gold_weight * scale); docs.append(tag + d[:-5])
            continue
        stem = os.path.join(corpus, d)
        if d not in gold and d not in snips:
            if os.path.exists(stem + ".gold.txt"):
                g = open(stem + ".gold.txt", encoding="utf-8").read()
                gold[d] = (norm(g), {norm(l) for l in g.splitlines()})
            elif os.path.exists(stem + ".snippets.json"):
                s = json.load(open(stem + ".snippets.json", encoding="utf-8"))
                snips[d] = ([norm(x) for x in s["with"]], [norm(x) for x in s["without"]])
            else:
                gold[d] = None
        label = None
        if gold.get(d):
            g, glines = gold[d]
            if line in glines or (len(line) >= 30 and line in g):
                label = 0
            elif line not in g:
                label = 1
            weight = np.sqrt(words)
        elif d in snips:
            wi, wo = snips[d]
            if any(s and s in line for s in wi):
                label = 0
            elif any(s and s in line for s in wo):
                label = 1
            weight = 3.0
        if label is None:
            continue
        X.append(r["x"]); y.append(label); w.append(weight * scale); docs.append(tag + d)
    return np.array(X, dtype=np.float64), np.array(y), np.array(w), docs


def load_all(corpus, extras, gold_weight, extra_weight):
    """The main corpus and every extra corpus (tagged `extraN:`), stacked."""
    parts = [load(corpus, gold_weight)]
    parts += [load(e, gold_weight, extra_weight, f"extra{k}:") for k, e in enumerate(extras)]
    X = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w = np.concatenate([p[2] for p in parts])
    docs = [d for p in parts for d in p[3]]
    return X, y, w, docs


def fit(X, y, w, drop=()):
    keep = np.array([n not in DROP and n not in drop for n in feature_names()])
    keep[0] = False
    W = np.zeros(X.shape[1])
    X = X[:, keep]
    mu = X.mean(0)
    sd = X.std(0) + 1e-6
    Z = (X - mu) / sd
    m = LogisticRegression(C=1.0, max_iter=2000)
    m.fit(Z, y, sample_weight=w)
    # Fold standardisation into raw-feature weights (feature 0 is the constant 1).
    coef = m.coef_[0] / sd
    bias = m.intercept_[0] - (m.coef_[0] * mu / sd).sum()
    W[0] = bias
    W[keep] = coef
    return W


def accuracy(W, X, y, w):
    p = 1 / (1 + np.exp(-(X @ W)))
    pred = (p >= 0.5).astype(int)
    return (w * (pred == y)).sum() / w.sum()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "eval", "corpus"))
    ap.add_argument("--extra", action="append", default=[], metavar="DIR",
                    help="another labelled corpus to train on (repeatable), e.g. fixtures/types")
    ap.add_argument("--extra-weight", type=float, default=1.0, help="per-line weight multiplier of the --extra corpora")
    ap.add_argument("--low-share", type=float, metavar="SHARE",
                    help="fit (and with --write, write) the low-share model instead of the main one: it is used "
                         "on pages whose article region holds less than SHARE of the words")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--gold-weight", type=float, default=0.5, help="weight of the clean gold texts as training documents")
    ap.add_argument("--operating-point", type=float, default=0.6,
                    help="model probability at which a line is removed (the bias is shifted so that this maps to 0.5)")
    a = ap.parse_args()
    a.extra = [os.path.abspath(e) for e in a.extra]
    X, y, w, docs = load_all(a.corpus, a.extra, a.gold_weight, a.extra_weight)
    ho = np.array([held_out(d) for d in docs])
    print(f"{len(y)} labelled lines ({y.mean():.2f} boilerplate), {ho.sum()} held out", file=sys.stderr)
    W = fit(X[~ho], y[~ho], w[~ho])
    W[0] -= np.log(a.operating_point / (1 - a.operating_point))
    print(f"train acc {accuracy(W, X[~ho], y[~ho], w[~ho]):.4f}  held-out acc {accuracy(W, X[ho], y[ho], w[ho]):.4f}", file=sys.stderr)
    for kind in ("scrapinghub", "trafilatura"):
        sel = ho & np.array([d.startswith(kind) for d in docs])
        if sel.any():
            print(f"  held-out {kind}: acc {accuracy(W, X[sel], y[sel], w[sel]):.4f}", file=sys.stderr)
    for k, e in enumerate(a.extra):
        sel = ho & np.array([d.startswith(f"extra{k}:") for d in docs])
        if sel.any():
            print(f"  held-out {e}: acc {accuracy(W, X[sel], y[sel], w[sel]):.4f}", file=sys.stderr)
    if a.write:
        W = fit(X, y, w)
        # Recall-leaning operating point: remove only where p >= --operating-point.
        W[0] -= np.log(a.operating_point / (1 - a.operating_point))
        write_model(W, a)


MODEL = os.path.join(ROOT, "src", "detect", "quality_model.rs")
HEADER = """//! Weights of the line-quality model, written by `scripts/train_quality.py`.
#![allow(clippy::excessive_precision)]
"""
LOW_MARK = "\n/// Below this share"


def write_model(W, a):
    """Writes the fitted vector (the main model's, or with --low-share the
    low-share model's) into quality_model.rs, keeping the other as it is."""
    body = ", ".join(f"{v:.6}" for v in W)
    old = open(MODEL, encoding="utf-8").read()[len(HEADER):]
    main, low = old.split(LOW_MARK, 1) if LOW_MARK in old else (old, None)
    low = LOW_MARK + low if low is not None else None
    if a.low_share is None:
        main = f"""
/// Logistic-regression weights, one per feature of [`super::quality::FEATURES`];
/// the bias is shifted so that 0.5 is the trained operating point ({a.operating_point}).
pub const WEIGHTS: [f32; super::quality::N] = [{body}];
"""
    else:
        extras = ", ".join(f"`{os.path.relpath(e, ROOT)}`" for e in a.extra) or "nothing else"
        low = f"""{LOW_MARK} (above 0) of a page's words in its article region, the line model
/// takes the lower of its probability and [`LOW_SHARE_WEIGHTS`]'s.
pub const LOW_SHARE: f32 = {a.low_share};

/// The low-share model: trained on the dev corpus and {extras} (each line's
/// weight times {a.extra_weight}), the bias shifted to operating point {a.operating_point}.
pub const LOW_SHARE_WEIGHTS: [f32; super::quality::N] = [{body}];
"""
    if low is None:
        sys.exit("quality_model.rs has no low-share model: write it first with --low-share")
    open(MODEL, "w", encoding="utf-8").write(HEADER + main + low)
    print(f"wrote {os.path.relpath(MODEL, ROOT)}", file=sys.stderr)

if __name__ == "__main__":
    main()
