//! Scoring chaff on a labelled corpus, exactly as `shared/eval/score.py` does.
//!
//! A corpus is a directory tree. Every `<name>.txt` (not `*.gold.txt`) with a
//! sibling `<name>.gold.txt` is a *gold* document; one with a sibling
//! `<name>.snippets.json` (`{"with": [...], "without": [...]}`) is a *snippets*
//! document. Documents are grouped by their folder relative to the corpus root.
//!
//! - Gold: bag-of-words precision/recall/F1 over `\w+` tokens (Python's Unicode
//!   `\w`: letters, numbers, underscore), lowercased like Python's `str.lower`,
//!   multiset intersection, macro-averaged over documents. Empty output: P = 0
//!   (1 when the gold is empty too); empty gold: R = 1.
//! - Snippets: each whitespace-normalised `with` snippet found in the
//!   whitespace-normalised output is a TP (else FN), each `without` snippet
//!   found is an FP (else TN); counts are summed over documents, then P, R,
//!   accuracy and F1.
//!
//! [`evaluate`] cleans every document with a [`Cleaner`] in parallel (on the
//! current rayon pool) and returns a [`Report`] whose JSON has the structure and
//! numbers of `score.py --json`; [`evaluate_with`] scores any cleaning function.

use crate::Cleaner;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

/// What can go wrong while reading a corpus. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("{path}: {cause}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error (in the message, so not also a `source`).
        cause: std::io::Error,
    },
    /// A gold file is not valid UTF-8.
    #[error("{path}: not valid UTF-8")]
    Utf8 {
        /// The gold file.
        path: PathBuf,
    },
    /// A snippets file is not valid JSON of the expected shape.
    #[error("{path}: {cause}")]
    Json {
        /// The snippets file.
        path: PathBuf,
        /// The parse error (in the message, so not also a `source`).
        cause: serde_json::Error,
    },
    /// The corpus holds no scorable document.
    #[error("no documents under {0}")]
    NoDocuments(PathBuf),
}

/// How a document is labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A `<name>.gold.txt` with the clean text.
    Gold,
    /// A `<name>.snippets.json` with `with` / `without` snippets.
    Snippets,
}

/// One document of a corpus, as found by [`find_docs`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRef {
    /// Path relative to the corpus without `.txt`, `/`-separated (`set/split/name`).
    pub rel: String,
    /// Its folder relative to the corpus (`.` for the root).
    pub group: String,
    /// How it is labelled.
    pub kind: Kind,
    /// Absolute-or-given path without the `.txt` extension.
    pub stem: PathBuf,
}

impl DocRef {
    /// The noisy input file, `<stem>.txt`.
    pub fn input_path(&self) -> PathBuf {
        with_suffix(&self.stem, ".txt")
    }

    /// The label file: `<stem>.gold.txt` or `<stem>.snippets.json`.
    pub fn label_path(&self) -> PathBuf {
        match self.kind {
            Kind::Gold => with_suffix(&self.stem, ".gold.txt"),
            Kind::Snippets => with_suffix(&self.stem, ".snippets.json"),
        }
    }
}

fn with_suffix(stem: &Path, suffix: &str) -> PathBuf {
    let mut s = stem.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Lists the documents under `corpus`, sorted by relative path (as `score.py` does).
pub fn find_docs(corpus: &Path) -> Result<Vec<DocRef>, EvalError> {
    let mut docs = Vec::new();
    for entry in walkdir::WalkDir::new(corpus).follow_links(false) {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(corpus).to_path_buf();
            let source = e.into_io_error().unwrap_or_else(|| std::io::Error::other("filesystem loop"));
            EvalError::Io { path, cause: source }
        })?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str() else { continue };
        if !name.ends_with(".txt") || name.ends_with(".gold.txt") || !path.is_file() {
            continue;
        }
        let stem = path.with_file_name(&name[..name.len() - 4]);
        let kind = if with_suffix(&stem, ".gold.txt").exists() {
            Kind::Gold
        } else if with_suffix(&stem, ".snippets.json").exists() {
            Kind::Snippets
        } else {
            continue;
        };
        let Ok(rel_path) = stem.strip_prefix(corpus) else { continue };
        let parts: Option<Vec<&str>> = rel_path.components().map(|c| c.as_os_str().to_str()).collect();
        let Some(parts) = parts else { continue };
        let rel = parts.join("/");
        let group = match rel.rfind('/') {
            Some(i) => rel[..i].to_owned(),
            None => ".".to_owned(),
        };
        docs.push(DocRef { rel, group, kind, stem });
    }
    docs.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(docs)
}

/// Gold score of one document.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GoldScore {
    /// Share of output tokens that are in the gold (multiset).
    pub precision: f64,
    /// Share of gold tokens that are in the output (multiset).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// Snippet score of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetScore {
    /// `with` snippets found in the output.
    pub tp: usize,
    /// `with` snippets missing from the output.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// `without` snippets found in the output.
    pub fp: usize,
    /// `without` snippets absent from the output.
    pub tn: usize,
    /// The missing `with` snippets.
    pub missed: Vec<String>,
    /// The `without` snippets that leaked into the output.
    pub leaked: Vec<String>,
}

/// The score of one document, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DocScore {
    /// Gold document.
    Gold(GoldScore),
    /// Snippets document.
    Snippets(SnippetScore),
}

/// One row per document, as in `score.py`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRow {
    /// Relative path without `.txt`.
    pub name: String,
    /// Group (folder relative to the corpus).
    pub group: String,
    /// How it is labelled.
    pub kind: Kind,
    /// Its score.
    #[serde(flatten)]
    pub score: DocScore,
}

impl DocRow {
    /// Sort key for "worst first": F1 for gold, minus the errors for snippets.
    fn badness_key(&self) -> f64 {
        match &self.score {
            DocScore::Gold(g) => g.f1,
            DocScore::Snippets(s) => -((s.fn_ + s.fp) as f64),
        }
    }
}

/// Macro-averaged gold metrics of a set of documents.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GoldMetrics {
    /// Documents.
    pub docs: usize,
    /// Mean precision.
    pub precision: f64,
    /// Mean recall.
    pub recall: f64,
    /// Mean F1 (of the per-document F1s).
    pub f1: f64,
}

/// Summed snippet counts and the metrics derived from them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SnippetMetrics {
    /// Documents.
    pub docs: usize,
    /// True positives (`with` snippets found).
    pub tp: usize,
    /// False negatives (`with` snippets missing).
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// False positives (`without` snippets found).
    pub fp: usize,
    /// True negatives (`without` snippets absent).
    pub tn: usize,
    /// tp / (tp + fp).
    pub precision: f64,
    /// tp / (tp + fn).
    pub recall: f64,
    /// (tp + tn) / all.
    pub accuracy: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// Metrics of a group (or of everything), per kind present.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Gold metrics, when the group has gold documents.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gold: Option<GoldMetrics>,
    /// Snippet metrics, when the group has snippets documents.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub snippets: Option<SnippetMetrics>,
}

/// The result of an evaluation; its JSON matches `score.py --json` plus `documents`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The corpus directory.
    pub corpus: String,
    /// What produced the outputs (`chaff` for [`evaluate`]).
    pub source: String,
    /// Number of documents.
    pub docs: usize,
    /// Metrics per group, by group name.
    pub groups: BTreeMap<String, Metrics>,
    /// Metrics over all documents.
    pub overall: Metrics,
    /// Input size in MB (10^6 bytes).
    pub input_mb: f64,
    /// Documents the cleaner failed on (scored as empty output), each naming the document.
    pub errors: Vec<String>,
    /// Wall-clock seconds for reading, cleaning and scoring.
    pub wall_s: f64,
    /// Input MB per wall-clock second.
    pub mb_per_s: Option<f64>,
    /// One row per document, sorted by name.
    pub documents: Vec<DocRow>,
}

/// Cleans every document under `corpus` with `cleaner` and scores the outputs.
///
/// Documents run in parallel on the current rayon pool (the caller controls its
/// size); the report is the same whatever the order they finish in. A document
/// the cleaner refuses (binary input) is scored as empty output and listed in
/// [`Report::errors`]; unreadable files and bad labels are errors naming the file.
pub fn evaluate(corpus: &Path, cleaner: &Cleaner) -> Result<Report, EvalError> {
    evaluate_with(corpus, "chaff", |bytes| cleaner.clean_bytes(bytes).map(|c| c.text).map_err(|e| e.to_string()))
}

/// Like [`evaluate`], with any cleaning function: input bytes → output text, or
/// an error message (the document is then scored as empty output).
pub fn evaluate_with<F>(corpus: &Path, source: &str, clean: F) -> Result<Report, EvalError>
where
    F: Fn(&[u8]) -> Result<String, String> + Sync,
{
    let start = Instant::now();
    let docs = find_docs(corpus)?;
    if docs.is_empty() {
        return Err(EvalError::NoDocuments(corpus.to_path_buf()));
    }
    let results: Vec<(DocRow, usize, Option<String>)> = docs
        .par_iter()
        .map(|d| {
            let input_path = d.input_path();
            let data = std::fs::read(&input_path).map_err(|cause| EvalError::Io { path: input_path, cause })?;
            let (out, err) = match clean(&data) {
                Ok(out) => (out, None),
                Err(e) => (String::new(), Some(format!("{}: {e}", d.rel))),
            };
            let score = score_doc(d, &out)?;
            let row = DocRow { name: d.rel.clone(), group: d.group.clone(), kind: d.kind, score };
            Ok((row, data.len(), err))
        })
        .collect::<Result<_, EvalError>>()?;
    let wall_s = start.elapsed().as_secs_f64();
    let mut documents = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    let mut in_bytes = 0usize;
    for (row, n, err) in results {
        documents.push(row);
        in_bytes += n;
        errors.extend(err);
    }
    Ok(report_from_rows(corpus.display().to_string(), source.to_owned(), documents, in_bytes, errors, wall_s))
}

/// Builds a report from scored rows (in name order), as `score.py` aggregates them.
pub fn report_from_rows(corpus: String, source: String, documents: Vec<DocRow>, in_bytes: usize, errors: Vec<String>, wall_s: f64) -> Report {
    let mut by_group: BTreeMap<String, Vec<&DocRow>> = BTreeMap::new();
    for r in &documents {
        by_group.entry(r.group.clone()).or_default().push(r);
    }
    let groups = by_group.into_iter().map(|(g, rows)| (g, aggregate(&rows))).collect();
    let all: Vec<&DocRow> = documents.iter().collect();
    let overall = aggregate(&all);
    let input_mb = in_bytes as f64 / 1e6;
    let mb_per_s = (wall_s > 0.0).then(|| input_mb / wall_s);
    Report { corpus, source, docs: documents.len(), groups, overall, input_mb, errors, wall_s, mb_per_s, documents }
}

/// Scores one output against a document's labels (reads the label file).
pub fn score_doc(doc: &DocRef, output: &str) -> Result<DocScore, EvalError> {
    let path = doc.label_path();
    let bytes = std::fs::read(&path).map_err(|cause| EvalError::Io { path: path.clone(), cause })?;
    match doc.kind {
        Kind::Gold => {
            let gold = String::from_utf8(bytes).map_err(|_| EvalError::Utf8 { path })?;
            Ok(DocScore::Gold(score_gold(&gold, output)))
        }
        Kind::Snippets => {
            let s: Snippets = serde_json::from_slice(&bytes).map_err(|cause| EvalError::Json { path, cause })?;
            Ok(DocScore::Snippets(score_snippets(&s.with, &s.without, output)))
        }
    }
}

#[derive(Deserialize)]
struct Snippets {
    with: Vec<String>,
    without: Vec<String>,
}

/// Python's `\w+` on `str`: runs of letters (L*), numbers (N*) and underscore.
/// Unlike Rust's `\w`, combining marks do not belong to words.
fn word_re() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"[\p{L}\p{N}_]+").expect("constant regex compiles"))
}

/// Word tokens as `score.py` counts them: `\w+` (Python, Unicode), each lowercased.
pub fn tokens(text: &str) -> HashMap<String, usize> {
    let mut m: HashMap<String, usize> = HashMap::new();
    for t in word_re().find_iter(text) {
        *m.entry(t.as_str().to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Bag-of-words precision, recall and F1 of `output` against `gold`.
pub fn score_gold(gold: &str, output: &str) -> GoldScore {
    let g = tokens(gold);
    let p = tokens(output);
    let inter: usize = g.iter().map(|(t, &n)| n.min(p.get(t).copied().unwrap_or(0))).sum();
    let ng: usize = g.values().sum();
    let np: usize = p.values().sum();
    let precision = if np > 0 {
        inter as f64 / np as f64
    } else if ng == 0 {
        1.0
    } else {
        0.0
    };
    let recall = if ng > 0 { inter as f64 / ng as f64 } else { 1.0 };
    GoldScore { precision, recall, f1: f1(precision, recall) }
}

/// Python's `str.isspace`: Unicode `White_Space` plus the information separators U+001C–U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `re.sub(r"\s+", " ", text).strip()`.
pub fn normalise_ws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_py_space(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Snippet counts of `output` for the `with` and `without` snippets.
pub fn score_snippets(with: &[String], without: &[String], output: &str) -> SnippetScore {
    let o = normalise_ws(output);
    let missed: Vec<String> = with.iter().filter(|w| !o.contains(normalise_ws(w).as_str())).cloned().collect();
    let leaked: Vec<String> = without.iter().filter(|w| o.contains(normalise_ws(w).as_str())).cloned().collect();
    SnippetScore { tp: with.len() - missed.len(), fn_: missed.len(), fp: leaked.len(), tn: without.len() - leaked.len(), missed, leaked }
}

/// Aggregates rows like `score.py`: gold macro means, snippet summed counts.
fn aggregate(rows: &[&DocRow]) -> Metrics {
    let gold: Vec<&GoldScore> = rows
        .iter()
        .filter_map(|r| match &r.score {
            DocScore::Gold(g) => Some(g),
            DocScore::Snippets(_) => None,
        })
        .collect();
    let snip: Vec<&SnippetScore> = rows
        .iter()
        .filter_map(|r| match &r.score {
            DocScore::Snippets(s) => Some(s),
            DocScore::Gold(_) => None,
        })
        .collect();
    let mut m = Metrics::default();
    if !gold.is_empty() {
        let n = gold.len() as f64;
        // Summed in document order, like Python's `sum`.
        let mean = |f: fn(&GoldScore) -> f64| gold.iter().fold(0.0, |a, g| a + f(g)) / n;
        m.gold = Some(GoldMetrics { docs: gold.len(), precision: mean(|g| g.precision), recall: mean(|g| g.recall), f1: mean(|g| g.f1) });
    }
    if !snip.is_empty() {
        let (tp, fn_, fp, tn) = snip.iter().fold((0, 0, 0, 0), |a, s| (a.0 + s.tp, a.1 + s.fn_, a.2 + s.fp, a.3 + s.tn));
        let div = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let precision = div(tp, tp + fp);
        let recall = div(tp, tp + fn_);
        let accuracy = (tp + tn) as f64 / (tp + fn_ + fp + tn).max(1) as f64;
        m.snippets = Some(SnippetMetrics { docs: snip.len(), tp, fn_, fp, tn, precision, recall, accuracy, f1: f1(precision, recall) });
    }
    m
}

impl Report {
    /// The `n` worst documents of each group: lowest F1 for gold, most errors for snippets.
    pub fn worst(&self, n: usize) -> BTreeMap<&str, Vec<&DocRow>> {
        let mut out: BTreeMap<&str, Vec<&DocRow>> = BTreeMap::new();
        for r in &self.documents {
            out.entry(r.group.as_str()).or_default().push(r);
        }
        for rows in out.values_mut() {
            // Stable, like Python's `list.sort`.
            rows.sort_by(|a, b| a.badness_key().total_cmp(&b.badness_key()));
            rows.truncate(n);
        }
        out
    }

    /// The table `score.py` prints, then the `per_doc` worst documents per group
    /// (with missed and leaked snippets) when `per_doc` > 0.
    pub fn render_text(&self, per_doc: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{:<24} {:<9} {:>5} {:>6} {:>6} {:>6} {:>6}", "group", "kind", "docs", "P", "R", "F1", "acc");
        let rows = self.groups.iter().map(|(g, m)| (g.as_str(), m)).chain(std::iter::once(("OVERALL", &self.overall)));
        for (name, m) in rows {
            if let Some(g) = &m.gold {
                let _ = writeln!(s, "{name:<24} {:<9} {:>5} {:6.3} {:6.3} {:6.3} {:6}", "gold", g.docs, g.precision, g.recall, g.f1, "");
            }
            if let Some(p) = &m.snippets {
                let _ = writeln!(s, "{name:<24} {:<9} {:>5} {:6.3} {:6.3} {:6.3} {:6.3}", "snippets", p.docs, p.precision, p.recall, p.f1, p.accuracy);
            }
        }
        let _ = write!(s, "input {:.2} MB, wall {:.1} s", self.input_mb, self.wall_s);
        if let Some(r) = self.mb_per_s {
            let _ = write!(s, ", {r:.3} MB/s");
        }
        let _ = writeln!(s, ", {} errors", self.errors.len());
        for e in self.errors.iter().take(10) {
            let _ = writeln!(s, "  error: {e}");
        }
        if per_doc > 0 {
            for (g, rows) in self.worst(per_doc) {
                let _ = writeln!(s, "\nworst in {g}:");
                for r in rows {
                    match &r.score {
                        DocScore::Gold(x) => {
                            let _ = writeln!(s, "  F1 {:.3} P {:.3} R {:.3}  {}", x.f1, x.precision, x.recall, r.name);
                        }
                        DocScore::Snippets(x) => {
                            let _ = writeln!(s, "  FN {} FP {}  {}", x.fn_, x.fp, r.name);
                            for w in &x.missed {
                                let _ = writeln!(s, "      missed: {}", py_repr(&head(w, 70)));
                            }
                            for w in &x.leaked {
                                let _ = writeln!(s, "      leaked: {}", py_repr(&head(w, 70)));
                            }
                        }
                    }
                }
            }
        }
        s
    }
}

/// The first `n` characters of `s`.
fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// A Python-like `repr` of a string: single quotes unless it holds one and no double quote.
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x100 && c.is_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, usize)> {
        let mut v: Vec<_> = tokens(s).into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn tokens_follow_python() {
        // Combining marks split words in Python's \w; underscore joins; numbers count.
        assert_eq!(toks("cafe\u{301} snake_case 42"), vec![("42".into(), 1), ("cafe".into(), 1), ("snake_case".into(), 1)]);
        // Final sigma and full lowercase mappings, like str.lower().
        assert_eq!(toks("ΟΔΟΣ"), vec![("οδος".into(), 1)]);
        assert_eq!(toks("İ"), vec![("i\u{307}".into(), 1)]);
        // Devanagari vowel signs (Mc/Mn) are not \w in Python.
        assert_eq!(toks("हिन्दी").len(), 3);
        assert_eq!(toks("The the THE"), vec![("the".into(), 3)]);
    }

    #[test]
    fn gold_edge_cases() {
        assert_eq!(score_gold("", ""), GoldScore { precision: 1.0, recall: 1.0, f1: 1.0 });
        assert_eq!(score_gold("a b", ""), GoldScore { precision: 0.0, recall: 0.0, f1: 0.0 });
        assert_eq!(score_gold("", "a").recall, 1.0);
        let g = score_gold("a a b", "a c");
        assert_eq!((g.precision, g.recall), (0.5, 1.0 / 3.0));
    }

    #[test]
    fn whitespace_normalisation() {
        assert_eq!(normalise_ws("  a \n\t b\u{a0}c\u{1f}d  "), "a b c d");
        assert_eq!(normalise_ws(" \n "), "");
        let s = score_snippets(&["a  b".into(), "zz".into()], &["c".into()], "x a\nb c");
        assert_eq!((s.tp, s.fn_, s.fp, s.tn), (1, 1, 1, 0));
    }

    #[test]
    fn repr_like_python() {
        assert_eq!(py_repr("it's"), "\"it's\"");
        assert_eq!(py_repr("a\nb"), "'a\\nb'");
    }
}
