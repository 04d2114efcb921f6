//! Property tests: chaff never panics, never loses text, and is deterministic.
//!
//! Inputs are arbitrary documents made of realistic pieces (prose, blank
//! lines, all three line ends, unicode, long lines, menu/comment/caption/promo
//! lines) and arbitrary bytes. They run through the built-in cleaner and,
//! because detectors may remove little, also through the pipeline with a
//! random-span test detector so that whole-line removals, merged removals and
//! partial cuts are all exercised. Case counts are bounded to keep the file fast.

use chaff::decide;
use chaff::detect::{Category, Detector, Span};
use chaff::features::Doc;
use chaff::output::{self, check_lossless, Removal};
use chaff::restore::{self, nonblank_lines};
use chaff::{Cleaned, Cleaner, Config};
use proptest::prelude::*;
use std::path::PathBuf;

// ---------------------------------------------------------------- strategies

const WORDS: &[&str] = &[
    "the", "council", "approved", "budget", "on", "Tuesday", "after", "a", "long", "debate", "der", "Stadtrat", "hat",
    "beschlossen", "le", "conseil", "municipal", "a", "voté", "el", "ayuntamiento", "aprobó", "il", "comune", "ha",
    "de", "gemeente", "heeft", "rada", "miasta", "przyjęła", "Łódź", "Zürich", "naïve", "café", "日本語", "новости",
    "مرحبا", "🙂", "e\u{301}", "2024", "33", "BBC", "U.S.", "don't", "—", "«quote»", "\u{feff}", "\u{200b}", "\t",
];

const BOILER: &[&str] = &[
    "Reply",
    "2 months ago",
    "(Image: Getty)",
    "Subscribe now",
    "Home | News | Sport | Weather",
    "Sign up to our newsletter",
    "Photo: AFP/Getty Images",
    "Share this article",
    "Jetzt abonnieren",
    "Abonnez-vous pour lire la suite",
    "Leer más",
    "Leggi anche",
    "Lees ook",
    "Czytaj także",
    "© 2024 All rights reserved",
    "Read more:",
    "By Jane Smith, Political Editor",
    "12 Comments",
    "Like · Reply · 3h",
    "- Related: Ten things to know",
    "• Menu",
];

fn word_line() -> impl Strategy<Value = String> {
    (prop::collection::vec(prop::sample::select(WORDS), 1..18), prop::sample::select(&[".", "", "!", ":", "?\"", "…"][..]))
        .prop_map(|(w, end)| format!("{}{end}", w.join(" ")))
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => word_line(),
        2 => Just(String::new()),
        1 => prop::sample::select(&["  ", "\t", " \u{a0} ", "\u{3000}"][..]).prop_map(str::to_owned),
        3 => prop::sample::select(BOILER).prop_map(str::to_owned),
        1 => (word_line(), prop::sample::select(BOILER)).prop_map(|(a, b)| format!("{a} {b}")),
        1 => (word_line(), 20usize..120).prop_map(|(w, n)| w.repeat(n)),
        1 => "[^\r\n]{0,40}",
        1 => any::<String>().prop_map(|s| s.chars().take(60).collect()),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (prop::collection::vec((piece(), prop::sample::select(&["\n", "\r\n", "\r", "\n\n"][..])), 0..40), any::<bool>()).prop_map(
        |(pieces, final_end)| {
            let mut s = String::new();
            let n = pieces.len();
            for (i, (p, end)) in pieces.into_iter().enumerate() {
                s.push_str(&p);
                if i + 1 < n || final_end {
                    s.push_str(end);
                }
            }
            s
        },
    )
}

/// Documents as bytes: mostly the documents above, sometimes in another
/// encoding, sometimes with bad bytes, sometimes anything at all.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => prop::collection::vec(any::<u8>(), 0..2000),
        2 => document().prop_map(String::into_bytes),
        1 => document().prop_map(|d| d.encode_utf16().flat_map(u16::to_le_bytes).collect()),
        1 => document().prop_map(|d| encoding_latin1(&d)),
        1 => (document(), prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)).prop_map(|(d, bad)| {
            let mut b = d.into_bytes();
            for (i, x) in bad {
                if !b.is_empty() {
                    let at = i.index(b.len());
                    b[at] = x;
                }
            }
            b
        }),
    ]
}

/// Latin-1 bytes for the chars that have one, `?` for the rest.
fn encoding_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| if (c as u32) < 256 { c as u32 as u8 } else { b'?' }).collect()
}

// ---------------------------------------------------------------- a random-span detector

/// One span to emit, in terms that fit any document (indices taken modulo).
#[derive(Debug, Clone)]
struct SpanSpec {
    line: prop::sample::Index,
    len: usize,
    category: prop::sample::Index,
    rule: prop::sample::Index,
    score: f32,
    /// A partial cut inside the line: two positions, as shares of its chars.
    cut: Option<(prop::sample::Index, prop::sample::Index)>,
}

fn span_spec() -> impl Strategy<Value = SpanSpec> {
    (any::<prop::sample::Index>(), 1usize..5, any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0.3f32..1.0, any::<bool>(), any::<(prop::sample::Index, prop::sample::Index)>())
        .prop_map(|(line, len, category, rule, score, is_cut, cut)| SpanSpec { line, len, category, rule, score, cut: is_cut.then_some(cut) })
}

const RULES: &[&str] = &["test/a", "test/b", "test/c"];

/// Emits the given spans, fitted to the document at hand.
struct RandomSpans(Vec<SpanSpec>);

impl Detector for RandomSpans {
    fn name(&self) -> &'static str {
        "test"
    }
    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        if doc.is_empty() {
            return;
        }
        for s in &self.0 {
            let i = s.line.index(doc.len());
            let category = Category::ALL[s.category.index(Category::ALL.len())];
            let rule = RULES[s.rule.index(RULES.len())];
            let mut span = Span::lines(i..(i + s.len).min(doc.len()), category, rule, s.score, "random test span");
            if let Some((a, b)) = &s.cut {
                let line = &doc.lines[i];
                let text = doc.line(i);
                let bounds: Vec<usize> = text.char_indices().map(|(k, _)| k).chain([text.len()]).collect();
                let (a, b) = (bounds[a.index(bounds.len())], bounds[b.index(bounds.len())]);
                span.lines = i..i + 1;
                span.cut = Some(line.start + a.min(b)..line.start + a.max(b));
            }
            out.push(span);
        }
    }
}

/// The library pipeline (as `Cleaner::clean_str` runs it) with the given detector.
fn clean_with(input: &str, detector: &dyn Detector) -> Cleaned {
    let doc = Doc::analyse(input, None, &[]);
    let mut spans = Vec::new();
    detector.detect(&doc, &mut spans);
    let decision = decide::decide(&doc, spans, &[]);
    let (text, removals) = output::render(&doc, &decision);
    let language = doc.lang.map(chaff::lang::code);
    Cleaned { input: input.to_owned(), encoding: "UTF-8", lossy: false, language, text, removals }
}

// ---------------------------------------------------------------- the invariants

/// Every invariant of one cleaned document; `Err` says which broke.
fn invariants(c: &Cleaned) -> Result<(), String> {
    check_lossless(&c.input, &c.text, &c.removals)?;
    let t = &c.text;
    // Exactly one final newline, or empty.
    if !t.is_empty() && (!t.ends_with('\n') || t.ends_with("\n\n")) {
        return Err("output does not end with exactly one newline".into());
    }
    // No leading/trailing blank lines, no two consecutive blank lines.
    let out_lines: Vec<&str> = t.strip_suffix('\n').map(|s| s.split('\n').collect()).unwrap_or_default();
    let blank = |l: &&str| l.trim().is_empty();
    if out_lines.first().is_some_and(blank) || out_lines.last().is_some_and(blank) {
        return Err("leading or trailing blank line".into());
    }
    if out_lines.windows(2).any(|w| blank(&w[0]) && blank(&w[1])) {
        return Err("two consecutive blank lines".into());
    }
    if out_lines.iter().any(|l| l.contains('\r')) {
        return Err("a carriage return inside an output line".into());
    }
    // Removals: in document order, not overlapping, pointing at their text.
    for r in &c.removals {
        if r.start_line == 0 || r.start_line > r.end_line || r.start_byte > r.end_byte {
            return Err(format!("bad removal ranges {r:?}"));
        }
        if c.input.get(r.start_byte..r.end_byte) != Some(r.text.as_str()) {
            return Err(format!("removal bytes {}..{} do not point at its text", r.start_byte, r.end_byte));
        }
    }
    for w in c.removals.windows(2) {
        if w[0].end_byte > w[1].start_byte || w[0].end_line > w[1].start_line {
            return Err(format!("removals out of order or overlapping at byte {}", w[1].start_byte));
        }
    }
    // Line numbers fit byte offsets: the first and last lines hold the first and end bytes.
    let input_lines = chaff::segment::lines(&c.input);
    for r in &c.removals {
        let holds = |n: usize, b: usize| input_lines.get(n - 1).is_some_and(|l| l.start <= b && b <= l.end);
        if !holds(r.start_line, r.start_byte) || !holds(r.end_line, r.end_byte) {
            return Err(format!("removal lines {}-{} do not hold bytes {}..{}", r.start_line, r.end_line, r.start_byte, r.end_byte));
        }
    }
    // Every kept output line is an input line, or an input line less a cut, in input order.
    let mut next = 0;
    for l in out_lines.iter().filter(|l| !blank(l)) {
        let found = input_lines[next..].iter().position(|il| {
            let text = &c.input[il.range()];
            text == *l || cuts_in(&c.removals, il).any(|r| c.input.get(il.start..r.start_byte).zip(c.input.get(r.end_byte..il.end)).is_some_and(|(a, b)| a.len() + b.len() == l.len() && l.starts_with(a) && l.ends_with(b)))
        });
        match found {
            Some(k) => next += k + 1,
            None => return Err(format!("output line {l:?} is not an input line in order")),
        }
    }
    // Restore from the clean text and the JSONL log gives back the input's non-blank lines.
    let log = c.log_jsonl("doc");
    match restore::from_jsonl(&c.text, &log) {
        Ok(back) if back == nonblank_lines(&c.input) => {}
        Ok(back) => return Err(format!("restore differs:\n{back:?}\nvs\n{:?}", nonblank_lines(&c.input))),
        Err(e) => return Err(format!("restore failed: {e}")),
    }
    Ok(())
}

/// Removals that lie inside line `l` without covering it whole.
fn cuts_in<'a>(removals: &'a [Removal], l: &'a chaff::segment::Line) -> impl Iterator<Item = &'a Removal> + 'a {
    removals.iter().filter(move |r| r.start_byte >= l.start && r.end_byte <= l.end && (r.start_byte, r.end_byte) != (l.start, l.end))
}

/// `Cleaner::clean_stream` hands out the clean text and the removals that
/// `Cleaner::clean_bytes` returns, and the same document record.
fn streams_the_same(cleaner: &Cleaner, input: &str) -> Result<(), String> {
    let Ok(c) = cleaner.clean_bytes(input.as_bytes()) else {
        return Ok(());
    };
    let mut text = String::new();
    let mut removals = Vec::new();
    let s = cleaner
        .clean_stream(input.as_bytes().to_vec(), |p| {
            match p {
                chaff::Piece::Text(t) => text.push_str(t),
                chaff::Piece::Removal(r) => removals.push(r.clone()),
            }
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    if text != c.text || removals != c.removals {
        return Err("clean_stream hands out other text or removals than clean_str".into());
    }
    let a = serde_json::to_string(&s.document_record("d")).map_err(|e| e.to_string())?;
    let b = c.log_jsonl("d");
    if b.lines().last() != Some(a.as_str()) {
        return Err(format!("document records differ: {a} vs {:?}", b.lines().last()));
    }
    Ok(())
}

/// Same input twice: same text and same log.
fn deterministic(a: &Cleaned, b: &Cleaned) -> Result<(), String> {
    if a.text != b.text || a.log_jsonl("doc") != b.log_jsonl("doc") {
        return Err("two runs on the same input differ".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn built_in_cleaner_on_documents(input in document()) {
        let cleaner = Cleaner::default();
        let a = cleaner.clean_str(&input);
        prop_assert_eq!(&a.input, &input);
        invariants(&a).map_err(TestCaseError::fail)?;
        deterministic(&a, &cleaner.clean_str(&input)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn built_in_cleaner_on_bytes(input in bytes()) {
        let cleaner = Cleaner::default();
        match cleaner.clean_bytes(&input) {
            Ok(a) => {
                invariants(&a).map_err(TestCaseError::fail)?;
                let b = cleaner.clean_bytes(&input).map_err(|e| TestCaseError::fail(e.to_string()))?;
                deterministic(&a, &b).map_err(TestCaseError::fail)?;
            }
            Err(chaff::Error::Binary) => {}
            Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e}"))),
        }
    }

    #[test]
    fn windowed_cleaner_on_documents(input in document(), bytes in 1usize..400, lines in 1usize..12) {
        // Tiny windows: most documents are cut into several.
        let cleaner = Cleaner::default().with_window(chaff::Window { bytes, lines });
        let a = cleaner.clean_str(&input);
        prop_assert_eq!(&a.input, &input);
        invariants(&a).map_err(TestCaseError::fail)?;
        streams_the_same(&cleaner, &input).map_err(TestCaseError::fail)?;
        deterministic(&a, &cleaner.clean_str(&input)).map_err(TestCaseError::fail)?;
        // Windows side by side (a thread per window here) give the same result.
        let threaded = Cleaner::default().with_window(chaff::Window { bytes: bytes.min(input.len() / chaff::WINDOWS_PER_THREAD).max(1), lines }).with_window_threads(4);
        let serial = Cleaner::default().with_window(threaded.window());
        deterministic(&serial.clean_str(&input), &threaded.clean_str(&input)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn random_spans_keep_every_invariant(input in document(), spans in prop::collection::vec(span_spec(), 0..12)) {
        let det = RandomSpans(spans);
        let a = clean_with(&input, &det);
        invariants(&a).map_err(TestCaseError::fail)?;
        deterministic(&a, &clean_with(&input, &det)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn keep_config_is_respected(input in document()) {
        let cleaner = Cleaner::new(Config { keep: Category::ALL.to_vec(), ..Config::default() });
        let c = cleaner.clean_str(&input);
        prop_assert!(c.removals.is_empty());
        prop_assert_eq!(restore::from_jsonl(&c.text, &c.log_jsonl("-")).map_err(|e| TestCaseError::fail(e.to_string()))?, nonblank_lines(&input));
    }
}

// ---------------------------------------------------------------- seeds

fn seeds() -> Vec<(PathBuf, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.to_string_lossy().ends_with(".expected.txt"))
        .map(|p| {
            let t = std::fs::read_to_string(&p).expect("seed is UTF-8");
            (p, t)
        })
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no seeds in {}", dir.display());
    v
}

/// Removes the labelled line ranges of a seed (its `*.labels.json`).
struct Labels(Vec<(usize, usize, Category)>);

impl Detector for Labels {
    fn name(&self) -> &'static str {
        "labels"
    }
    fn detect(&self, _doc: &Doc<'_>, out: &mut Vec<Span>) {
        for &(first, last, cat) in &self.0 {
            out.push(Span::lines(first - 1..last, cat, "labels/gold", 1.0, "labelled"));
        }
    }
}

fn labels(seed: &std::path::Path) -> Labels {
    let p = seed.with_extension("labels.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&p).expect("labels exist")).expect("labels parse");
    let spans = v["removed"]
        .as_array()
        .expect("removed[]")
        .iter()
        .map(|r| {
            let n = |k: &str| r[k].as_u64().expect("line number") as usize;
            (n("first_line"), n("last_line"), r["category"].as_str().expect("category").parse().expect("known category"))
        })
        .collect();
    Labels(spans)
}

#[test]
fn seeds_clean_losslessly_and_restore() {
    for (path, text) in seeds() {
        let c = Cleaner::default().clean_str(&text);
        invariants(&c).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // With the gold labels as the detector: real removals, restored exactly.
        let c = clean_with(&text, &labels(&path));
        assert!(!c.removals.is_empty());
        invariants(&c).unwrap_or_else(|e| panic!("{} (labels): {e}", path.display()));
        let back = restore::restore(&c.text, &c.removals, &restore::Layout::new(&c.input, &c.removals)).expect("restores");
        assert_eq!(back, nonblank_lines(&text), "{}", path.display());
    }
}

#[test]
fn seeds_are_deterministic_across_thread_pools() {
    use rayon::prelude::*;
    let docs = seeds();
    // Several copies so that work is really spread over the threads.
    let inputs: Vec<&str> = docs.iter().flat_map(|(_, t)| std::iter::repeat(t.as_str()).take(4)).collect();
    let run = |threads: usize| -> Vec<(String, String)> {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
        let cleaner = Cleaner::default();
        pool.install(|| inputs.par_iter().map(|t| cleaner.clean_str(t)).map(|c| (c.text.clone(), c.log_jsonl("doc"))).collect())
    };
    let one = run(1);
    let four = run(4);
    assert_eq!(one.len(), inputs.len());
    assert!(one == four, "cleaning differs between 1 and 4 threads");
    // And a cleaner shared by threads gives what a fresh one gives sequentially.
    for (t, (text, log)) in inputs.iter().zip(&one) {
        let c = Cleaner::default().clean_str(t);
        assert_eq!(&c.text, text);
        assert_eq!(&c.log_jsonl("doc"), log);
    }
}
