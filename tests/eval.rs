//! Tests of `chaff::eval` on the tiny hand-made corpus in `fixtures/eval-corpus/`,
//! and a comparison with the reference scorer `../shared/eval/score.py` when it
//! (and `python3`) is available.

use chaff::eval::{self, DocScore, Kind};
use chaff::Cleaner;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/eval-corpus")
}

fn identity(b: &[u8]) -> Result<String, String> {
    Ok(String::from_utf8_lossy(b).into_owned())
}

/// Keeps lines of at least six whitespace-separated pieces (a crude C4-like filter).
fn long_lines(b: &[u8]) -> Result<String, String> {
    let s = String::from_utf8_lossy(b);
    Ok(s.split('\n').filter(|l| l.split_whitespace().count() >= 6).map(|l| format!("{l}\n")).collect())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn finds_documents_sorted_and_skips_unlabelled() {
    let docs = eval::find_docs(&corpus()).unwrap();
    let names: Vec<_> = docs.iter().map(|d| (d.rel.as_str(), d.group.as_str(), d.kind)).collect();
    assert_eq!(
        names,
        [
            ("gold/a", "gold", Kind::Gold),
            ("gold/b", "gold", Kind::Gold),
            ("gold/c", "gold", Kind::Gold),
            ("snippets/d", "snippets", Kind::Snippets),
            ("snippets/e", "snippets", Kind::Snippets),
            ("snippets/f", "snippets", Kind::Snippets),
        ]
    );
}

#[test]
fn identity_scores_exactly() {
    let r = eval::evaluate_with(&corpus(), "identity", identity).unwrap();
    assert_eq!(r.docs, 6);
    let gold: Vec<(f64, f64)> = r
        .documents
        .iter()
        .filter_map(|d| match &d.score {
            DocScore::Gold(g) => Some((g.precision, g.recall)),
            _ => None,
        })
        .collect();
    // a: 20 gold tokens of 31; b: 29 of 38; c: Greek final sigma and İ match, decomposed "café" does not (3 of 5).
    let want = [(20.0 / 31.0, 1.0), (29.0 / 38.0, 1.0), (0.6, 0.6)];
    for (g, w) in gold.iter().zip(want) {
        assert!(close(g.0, w.0) && close(g.1, w.1), "{g:?} != {w:?}");
    }
    let g = r.overall.gold.unwrap();
    assert_eq!(g.docs, 3);
    assert!(close(g.precision, 0.6694397283531409), "{}", g.precision);
    assert!(close(g.recall, 0.8666666666666667));
    assert!(close(g.f1, 0.7499951224270803));
    let s = r.groups["snippets"].snippets.unwrap();
    assert_eq!((s.docs, s.tp, s.fn_, s.fp, s.tn), (3, 5, 0, 5, 0));
    assert!(close(s.precision, 0.5) && close(s.recall, 1.0) && close(s.accuracy, 0.5));
    assert!(close(s.f1, 2.0 / 3.0));
    assert!(r.groups["gold"].snippets.is_none());
    assert!(r.errors.is_empty());
}

#[test]
fn filter_scores_exactly() {
    let r = eval::evaluate_with(&corpus(), "long-lines", long_lines).unwrap();
    let g = r.overall.gold.unwrap();
    assert!(close(g.precision, (20.0 / 24.0 + 1.0 + 0.0) / 3.0), "{}", g.precision);
    assert!(close(g.recall, 2.0 / 3.0));
    assert!(close(g.f1, 0.6363636363636364));
    let s = r.overall.snippets.unwrap();
    assert_eq!((s.tp, s.fn_, s.fp, s.tn), (4, 1, 1, 4));
    assert!(close(s.accuracy, 0.8) && close(s.f1, 0.8));
    // The text report: table, then the worst documents with missed/leaked snippets.
    let text = r.render_text(2);
    assert!(text.contains("gold                     gold          3  0.611  0.667  0.636       \n"), "{text}");
    assert!(text.contains("OVERALL                  snippets      3  0.800  0.800  0.800  0.800\n"), "{text}");
    assert!(text.contains("worst in gold:\n  F1 0.000 P 0.000 R 0.000  gold/c\n  F1 0.909 P 0.833 R 1.000  gold/a\n"), "{text}");
    assert!(text.contains("  FN 1 FP 1  snippets/d\n      missed: 'Strong winds of up to 120 km/h are expected on Thursday night'\n      leaked: 'Ten things to do this weekend'\n"), "{text}");
    // JSON keys as in score.py --json.
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["groups"]["snippets"]["snippets"]["fn"], 1);
    assert_eq!(v["documents"][0]["name"], "gold/a");
    assert_eq!(v["documents"][3]["missed"][0], "Strong winds of up to 120 km/h are expected on Thursday night");
}

#[test]
fn cleaner_errors_are_counted_and_named() {
    let r = eval::evaluate_with(&corpus(), "failing", |_| Err("boom".into())).unwrap();
    assert_eq!(r.errors.len(), 6);
    assert_eq!(r.errors[0], "gold/a: boom");
    assert!(close(r.overall.gold.unwrap().precision, 0.0));
}

#[test]
fn missing_corpus_and_bad_labels_name_the_file() {
    let e = eval::evaluate(Path::new("/nonexistent/chaff-corpus"), &Cleaner::default()).unwrap_err();
    assert!(e.to_string().contains("/nonexistent/chaff-corpus"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.txt"), "text\n").unwrap();
    std::fs::write(dir.path().join("x.snippets.json"), "{not json").unwrap();
    let e = eval::evaluate(dir.path(), &Cleaner::default()).unwrap_err();
    assert!(e.to_string().contains("x.snippets.json"), "{e}");
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(eval::evaluate(empty.path(), &Cleaner::default()), Err(eval::EvalError::NoDocuments(_))));
}

#[test]
fn deterministic_across_pool_sizes() {
    let cleaner = Cleaner::default();
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let four = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
    let a = one.install(|| eval::evaluate(&corpus(), &cleaner)).unwrap();
    let b = four.install(|| eval::evaluate(&corpus(), &cleaner)).unwrap();
    assert_eq!(a.documents, b.documents);
    assert_eq!(a.groups, b.groups);
}

fn score_py() -> Option<PathBuf> {
    let p = std::env::var_os("CHAFF_SCORE_PY")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/score.py"));
    if !p.is_file() {
        eprintln!("note: {} not found, skipping the comparison with score.py", p.display());
        return None;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not available, skipping the comparison with score.py");
        return None;
    }
    Some(p)
}

/// Compares every metric of `ours` with score.py's JSON within 0.001.
fn compare(ours: &eval::Report, theirs: &serde_json::Value) {
    let ours = serde_json::to_value(ours).unwrap();
    assert_eq!(ours["docs"], theirs["docs"]);
    let mut n = 0;
    for scope in ["groups", "overall"] {
        let pairs: Vec<(&serde_json::Value, &serde_json::Value)> = if scope == "overall" {
            vec![(&ours["overall"], &theirs["overall"])]
        } else {
            let t = theirs["groups"].as_object().unwrap();
            assert_eq!(ours["groups"].as_object().unwrap().len(), t.len());
            t.iter().map(|(g, tv)| (&ours["groups"][g], tv)).collect()
        };
        for (o, t) in pairs {
            for (kind, tm) in t.as_object().unwrap() {
                for (k, tv) in tm.as_object().unwrap() {
                    let ov = o[kind][k].as_f64().unwrap_or_else(|| panic!("missing {scope}/{kind}/{k}"));
                    let tv = tv.as_f64().unwrap();
                    assert!((ov - tv).abs() <= 0.001, "{scope}/{kind}/{k}: chaff {ov} vs score.py {tv}");
                    n += 1;
                }
            }
        }
    }
    assert!(n > 0);
    assert!((ours["input_mb"].as_f64().unwrap() - theirs["input_mb"].as_f64().unwrap()).abs() <= 0.001);
}

#[test]
fn matches_score_py_on_tiny_corpus() {
    let Some(script) = score_py() else { return };
    let cleaner = Cleaner::default();
    let report = eval::evaluate(&corpus(), &cleaner).unwrap();
    let out = tempfile::tempdir().unwrap();
    for d in eval::find_docs(&corpus()).unwrap() {
        let text = cleaner.clean_bytes(&std::fs::read(d.input_path()).unwrap()).unwrap().text;
        let dest = out.path().join(format!("{}.txt", d.rel));
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, text).unwrap();
    }
    let py = Command::new("python3")
        .arg(&script)
        .arg("--corpus")
        .arg(corpus())
        .arg("--outputs")
        .arg(out.path())
        .arg("--json")
        .output()
        .unwrap();
    assert!(py.status.success(), "score.py failed: {}", String::from_utf8_lossy(&py.stderr));
    let theirs: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
    compare(&report, &theirs);
}

/// By hand: `cargo test --release --test eval -- --ignored --nocapture real_corpus`.
/// Scores chaff on `../shared/eval/corpus` (or `$CHAFF_EVAL_CORPUS`) and, when
/// score.py is there, compares with its `--outputs` scoring of the same outputs.
#[test]
#[ignore]
fn real_corpus() {
    let dir = std::env::var_os("CHAFF_EVAL_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/corpus"));
    if !dir.is_dir() {
        eprintln!("note: {} not found, skipping", dir.display());
        return;
    }
    let cleaner = Cleaner::default();
    let report = eval::evaluate(&dir, &cleaner).unwrap();
    println!("{}", report.render_text(3));
    let Some(script) = score_py() else { return };
    let out = tempfile::tempdir().unwrap();
    for d in eval::find_docs(&dir).unwrap() {
        let text = cleaner.clean_bytes(&std::fs::read(d.input_path()).unwrap()).map(|c| c.text).unwrap_or_default();
        let dest = out.path().join(format!("{}.txt", d.rel));
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, text).unwrap();
    }
    let py = Command::new("python3").arg(&script).arg("--corpus").arg(&dir).arg("--outputs").arg(out.path()).arg("--json").output().unwrap();
    assert!(py.status.success(), "score.py failed: {}", String::from_utf8_lossy(&py.stderr));
    let theirs: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
    compare(&report, &theirs);
    println!("matches score.py --outputs within 0.001");
}
