//! Generic line-quality detector: a small trained model over per-line
//! features and their context, for what has no telltale phrase (menus,
//! link lists, teaser blurbs, footers).
//!
//! Features (see [`FEATURES`]) combine jusText-style signals of the line
//! (length, stopword density, punctuation, casing) with its neighbourhood
//! and with the *article region*: the densest run of long, stopword-rich,
//! punctuated lines. Lines far from the region, or whose content words
//! overlap little with its vocabulary, are more likely boilerplate.
//! The model is logistic regression, trained by `scripts/train_quality.py`
//! on the dev corpus; its weights live in [`super::quality_model`]. On a
//! page whose article region holds little of its text (a listing, a product
//! page), a second model, trained on the dev corpus and non-news pages, may
//! lower a line's probability: the lower of the two counts. A line goes at
//! probability 0.5, or 0.7 inside the article region; runs of prose are
//! decided together and rows of data tables stay.

use super::quality_model as model;
use super::{Category, Detector, Span};
use crate::features::{slot, Doc, Words};
use crate::lang::Stoplist;
use ahash::AHashMap as HashMap;
use std::cell::{Ref, RefCell};

/// Names of the model's features, in vector order.
pub const FEATURES: [&str; 34] = [
    "bias",
    "log_words",
    "log_chars",
    "stop_density",
    "terminal",
    "colon_end",
    "title_ratio",
    "caps_ratio",
    "digit_ratio",
    "separators",
    "link",
    "bullet",
    "inner_sentences",
    "comma_rate",
    "tiny",
    "short_no_sentence",
    "avg_word_len",
    "ctx_log_words",
    "ctx_stop_density",
    "ctx_terminal",
    "ctx_tiny",
    "block_log_lines",
    "block_mean_log_words",
    "prev_log_words",
    "next_log_words",
    "pos_words",
    "in_region",
    "log_dist_region",
    "after_region",
    "overlap",
    "duplicate",
    "no_stoplist",
    "bodylike",
    "region_share",
];

/// Number of features.
pub const N: usize = FEATURES.len();

/// Feature vectors of every line (`None` for blank lines).
pub fn vectors(doc: &Doc<'_>) -> Vec<Option<[f32; N]>> {
    let mut out = vec![None; doc.len()];
    each_vector(doc, |i, v| out[i] = Some(v));
    out
}

/// Calls `sink` with the feature vector of every non-blank line, in line order
/// (what [`vectors`] collects, without holding them all).
fn each_vector(doc: &Doc<'_>, mut sink: impl FnMut(usize, [f32; N])) {
    let n = doc.len();
    let nb: Vec<usize> = (0..n).filter(|&i| !doc.lines[i].blank).collect();
    if nb.is_empty() {
        return;
    }
    let has_stop = doc.stoplist.is_some();
    let lw: Vec<f32> = nb.iter().map(|&i| ln1(doc.feats[i].words)).collect();
    let body: Vec<bool> = nb.iter().map(|&i| bodylike(doc, i)).collect();
    let region = main_region(doc, &nb, &body);
    let vocab = region_vocab(doc, &nb, region.clone());
    let region_words: u32 = nb[region.clone()].iter().map(|&i| doc.feats[i].words).sum();
    let total_words: u32 = nb.iter().map(|&i| doc.feats[i].words).sum::<u32>().max(1);
    // Words before each line: its position by text mass, not by line count
    // (a long menu of one-word lines does not push the article to the end).
    let mut words_before = 0u32;
    // How often each non-blank line's trimmed text occurs: the k-th line's
    // text is group `group[k]`, which occurs `counts[group[k]]` times.
    let mut seen: HashMap<&str, u32> = HashMap::with_capacity(nb.len());
    let (mut group, mut counts) = (Vec::with_capacity(nb.len()), Vec::new());
    for &i in &nb {
        let g = *seen.entry(crate::features::trim(doc.line(i))).or_insert_with(|| {
            counts.push(0u32);
            counts.len() as u32 - 1
        });
        counts[g as usize] += 1;
        group.push(g);
    }
    drop(seen);
    // Block (run of non-blank lines) of each line: its length and mean log word count.
    let mut block_of = vec![(0f32, 0f32); n];
    for b in crate::segment::blocks(&doc.lines) {
        let mean = b.clone().map(|j| ln1(doc.feats[j].words)).sum::<f32>() / b.len().max(1) as f32;
        for i in b.clone() {
            block_of[i] = (ln1(b.len() as u32), mean);
        }
    }
    for (k, &i) in nb.iter().enumerate() {
        let f = &doc.feats[i];
        let w = f.words.max(1) as f32;
        let mut v = [0f32; N];
        v[0] = 1.0;
        v[1] = lw[k];
        v[2] = ln1(f.chars);
        v[3] = f.stop_density();
        v[4] = f.terminal as u8 as f32;
        v[5] = f.colon_end as u8 as f32;
        v[6] = f.title_ratio();
        v[7] = f.caps_ratio();
        v[8] = f.digit_ratio();
        v[9] = (f.separators.min(4)) as f32 / 4.0;
        v[10] = f.link as u8 as f32;
        v[11] = f.bullet as u8 as f32;
        v[12] = (f.inner_sentences.min(3)) as f32 / 3.0;
        v[13] = (f.commas as f32 / w).min(1.0);
        v[14] = (f.words <= 3) as u8 as f32;
        v[15] = (f.words < 8 && !f.terminal && f.inner_sentences == 0) as u8 as f32;
        v[16] = (f.letters as f32 / w / 10.0).min(2.0);
        // Context: up to 3 non-blank lines on each side.
        let lo = k.saturating_sub(3);
        let hi = (k + 4).min(nb.len());
        let mut c = [0f32; 4];
        let mut cn = 0f32;
        for j in lo..hi {
            if j == k {
                continue;
            }
            let g = &doc.feats[nb[j]];
            c[0] += lw[j];
            c[1] += g.stop_density();
            c[2] += g.terminal as u8 as f32;
            c[3] += (g.words <= 3) as u8 as f32;
            cn += 1.0;
        }
        if cn > 0.0 {
            for (x, y) in v[17..21].iter_mut().zip(c) {
                *x = y / cn;
            }
        }
        (v[21], v[22]) = block_of[i];
        v[23] = if k > 0 { lw[k - 1] } else { 0.0 };
        v[24] = if k + 1 < nb.len() { lw[k + 1] } else { 0.0 };
        v[25] = words_before as f32 / total_words as f32;
        words_before += f.words;
        let inside = region.contains(&k);
        v[26] = inside as u8 as f32;
        let dist = if inside { 0 } else if k < region.start { region.start - k } else { k + 1 - region.end };
        v[27] = ln1(dist as u32);
        v[28] = (k >= region.end) as u8 as f32;
        v[29] = overlap(doc, i, &vocab, inside);
        v[30] = (counts[group[k] as usize] > 1) as u8 as f32;
        v[31] = (!has_stop) as u8 as f32;
        v[32] = body[k] as u8 as f32;
        v[33] = region_words as f32 / total_words as f32;
        sink(i, v);
    }
}

fn ln1(x: u32) -> f32 {
    (1.0 + x as f32).ln()
}

/// A line that looks like article prose on its own.
fn bodylike(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    let stop_ok = doc.stoplist.is_none() || f.stop_density() >= 0.2;
    f.words >= 10 && stop_ok && (f.terminal || f.inner_sentences > 0 || f.words >= 25)
}

/// The article region, as a range of indices into the non-blank lines: the
/// maximum-sum run where body-like lines count their words and others cost.
fn main_region(doc: &Doc<'_>, nb: &[usize], body: &[bool]) -> std::ops::Range<usize> {
    let values = nb.iter().enumerate().map(|(k, &i)| {
        let w = doc.feats[i].words as f32;
        Some(if body[k] {
            w
        } else if is_code_line(doc, i) {
            0.0
        } else {
            -(3.0 + 0.5 * w.min(20.0))
        })
    });
    super::max_sum_run(values).1
}

/// [`code_like`] for line `i`, memoised.
pub fn is_code_line(doc: &Doc<'_>, i: usize) -> bool {
    doc.memo_flag(slot::QUALITY, 0, i, || code_like(doc.line(i)))
}

/// A line of source code, a shell command or a configuration entry: it
/// carries code punctuation (`=`, braces, `;`, a call's parentheses, `::`,
/// `->`, a closing tag) or opens like a command prompt or a comment. Inside a
/// documentation page such lines sit between paragraphs; the article region
/// runs on across them instead of ending there.
pub fn code_like(line: &str) -> bool {
    let t = crate::features::trim(line);
    // Every mark and opener below holds one of these bytes (one vectorised pass).
    if t.is_empty() || !t.bytes().fold(false, |a, b| a | matches!(b, b'=' | b'{' | b'}' | b';' | b'(' | b')' | b'[' | b'-' | b':' | b'<' | b'$' | b'#' | b'/' | b'*' | b'@')) {
        return false;
    }
    if t.len() > 200 && t.chars().count() > 200 {
        return false;
    }
    // The marks `=`, `{`, `}`, `;`, `()`, `("`, `["`, `->`, `::` and `</`, in one pass over the bytes.
    // Folds without an early exit, which the compiler vectorises.
    let b = t.as_bytes();
    let mark = b.iter().fold(false, |a, &c| a | matches!(c, b'=' | b'{' | b'}' | b';'))
        || b.iter().zip(b.get(1..).unwrap_or_default()).fold(false, |a, (&x, &y)| {
            a | (x == b'(') & matches!(y, b')' | b'"') | (x == b'[') & (y == b'"') | (x == b'-') & (y == b'>') | (x == b':') & (y == b':') | (x == b'<') & (y == b'/')
        });
    const OPENERS: [&str; 5] = ["$ ", "# ", "//", "*/", "@"];
    mark || OPENERS.iter().any(|o| t.starts_with(o)) || t.ends_with('(') || t.ends_with(')') && !t.contains(' ')
}

/// Quality's tokeniser (see [`Doc::words`]): calls `emit` with each content
/// word of `line`: a run of alphanumeric characters, three or more of them,
/// lowercased (`str::to_lowercase`), not in the stoplist, cut to its first
/// five characters.
pub(crate) fn content_words(line: &str, stop: Option<&Stoplist>, emit: &mut dyn FnMut(&str)) {
    // Splits as `line.split(|c| !is_alphanumeric(c))` does, a byte at a time
    // through ASCII.
    let b = line.as_bytes();
    let mut buf = crate::features::scratch();
    let mut i = 0;
    while i < b.len() {
        let (start, mut ascii) = (i, true);
        let mut sep = 0;
        while i < b.len() {
            if b[i] < 0x80 {
                if !b[i].is_ascii_alphanumeric() {
                    sep = 1;
                    break;
                }
                i += 1;
            } else {
                let Some(c) = line[i..].chars().next() else { break };
                if !crate::features::is_alphanumeric(c) {
                    sep = c.len_utf8();
                    break;
                }
                ascii = false;
                i += c.len_utf8();
            }
        }
        let w = &line[start..i];
        i += sep;
        if w.len() < 3 {
            continue;
        }
        buf.clear();
        let lw: &str = if ascii && !w.bytes().any(|c| c.is_ascii_uppercase()) {
            // Lowercase already: no copy.
            w
        } else if ascii {
            buf.push_str(w);
            buf.make_ascii_lowercase();
            &buf
        } else {
            if w.chars().count() < 3 {
                continue;
            }
            crate::features::push_lower(&mut buf, w);
            &buf
        };
        if stop.map_or(true, |s| !s.contains(lw)) {
            // Compared by stem (first five characters), so inflections meet.
            emit(if ascii { &lw[..lw.len().min(5)] } else { lw.char_indices().nth(5).map_or(lw, |(at, _)| &lw[..at]) });
        }
    }
}

/// The content-word ids of every line, as the line model's overlap counts
/// them (five-character stems, stopwords left out).
pub(crate) fn line_words<'d>(doc: &'d Doc<'_>) -> Ref<'d, Words> {
    super::content_word_list(doc, slot::QUALITY_WORDS)
}

/// The article region's vocabulary: how often it uses each content word.
struct Vocab<'d> {
    /// Content words of every line, as ids.
    words: Ref<'d, Words>,
    /// Region count per word id.
    counts: Vec<u32>,
    /// Scratch: per word id, its count in the line at hand.
    own: RefCell<Vec<u32>>,
}

fn region_vocab<'d>(doc: &'d Doc<'_>, nb: &[usize], region: std::ops::Range<usize>) -> Vocab<'d> {
    let words = super::content_word_list(doc, slot::QUALITY_WORDS);
    let mut counts = vec![0u32; words.distinct()];
    for &i in &nb[region] {
        for &id in words.line(i) {
            counts[id as usize] += 1;
        }
    }
    Vocab { own: RefCell::new(vec![0; counts.len()]), words, counts }
}

/// Share of the line's content words that the region uses (elsewhere than in this line).
fn overlap(_doc: &Doc<'_>, i: usize, vocab: &Vocab<'_>, inside: bool) -> f32 {
    let ids = vocab.words.line(i);
    if ids.is_empty() {
        return 0.0;
    }
    let counts = &vocab.counts;
    let hit = if inside {
        let mut own = vocab.own.borrow_mut();
        ids.iter().for_each(|&id| own[id as usize] += 1);
        let hit = ids.iter().filter(|&&id| counts[id as usize] > own[id as usize]).count();
        ids.iter().for_each(|&id| own[id as usize] = 0);
        hit
    } else {
        ids.iter().filter(|&&id| counts[id as usize] > 0).count()
    };
    hit as f32 / ids.len() as f32
}

/// Index of `region_share` (the article region's share of the page's words) in a feature vector.
const REGION_SHARE: usize = 33;

/// Probability that a line with feature vector `v` is boilerplate: the main
/// model's, or on a page whose article region holds some but less than
/// [`model::LOW_SHARE`] of its words, the lower of the main and the
/// low-share model's (a line of such a page goes only if both would remove
/// it). A page with no article region at all (no line reads as prose, as in
/// a script whose stopwords the stoplist misses) stays with the main model.
pub fn probability(v: &[f32; N]) -> f32 {
    let p = logistic(v, &model::WEIGHTS);
    if v[REGION_SHARE] > 0.0 && v[REGION_SHARE] < model::LOW_SHARE {
        p.min(logistic(v, &model::LOW_SHARE_WEIGHTS))
    } else {
        p
    }
}

/// Logistic regression: the probability of `v` under `weights`.
fn logistic(v: &[f32; N], weights: &[f32; N]) -> f32 {
    let z: f32 = v.iter().zip(weights.iter()).map(|(x, w)| x * w).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The line-quality detector.
pub struct Quality;

impl Detector for Quality {
    fn name(&self) -> &'static str {
        "quality"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        // With fewer lines than this there is nothing to contrast a line with: abstain.
        const MIN_LINES: usize = 3;
        if doc.lines.iter().filter(|l| !l.blank).take(MIN_LINES).count() < MIN_LINES {
            return;
        }
        // Per non-blank line: its index, probability and two strongest signals.
        let lines = doc.lines.iter().filter(|l| !l.blank).count();
        let (mut nb, mut p, mut top, mut inside) = (Vec::with_capacity(lines), Vec::with_capacity(lines), Vec::with_capacity(lines), Vec::with_capacity(lines));
        // A line is reported only with p >= 0.5 after smoothing, which lifts
        // only lines of prose runs (`smooth_prose_runs`) and otherwise
        // lowers or keeps p: other lines below 0.5 need no strongest signals.
        each_vector(doc, |i, v| {
            let pi = probability(&v);
            nb.push(i);
            inside.push(v[26] > 0.5);
            p.push(pi);
            top.push(if pi >= 0.5 || smoothed(doc, i) { strongest(&v) } else { [0, 0] });
        });
        smooth_prose_runs(doc, &nb, &mut p);
        keep_tables(doc, &nb, &mut p);
        for (k, &i) in nb.iter().enumerate() {
            let (v, p) = (top[k], p[k]);
            if p < 0.5 || inside[k] && p < IN_REGION_MIN {
                continue;
            }
            let f = &doc.feats[i];
            let (cat, rule) = if f.words <= 4 || f.separators >= 2 {
                (Category::Navigation, "quality/menu-like")
            } else if !f.terminal && f.inner_sentences == 0 && f.title_ratio() >= 0.5 {
                (Category::HeadlineList, "quality/headline-like")
            } else {
                (Category::Other, "quality/low-quality")
            };
            out.push(Span::lines(i..i + 1, cat, rule, p, crate::detect::Reason::Model { p, top: v }));
        }
    }
}

/// Lowest probability at which a line inside the article region goes (0.5
/// elsewhere): inside the article, cutting a list or a subheading costs more
/// than leaving an odd line.
const IN_REGION_MIN: f32 = 0.7;

/// Cells of a tab-separated table row (0 for a line without tabs).
pub fn table_cells(line: &str) -> usize {
    // Trimming only takes bytes away: no tab in the line, none in it trimmed.
    if !crate::features::has_byte(line.as_bytes(), b'\t') {
        return 0;
    }
    let line = crate::features::trim(line);
    if !line.contains('\t') {
        return 0;
    }
    line.split('\t').filter(|c| !crate::features::trim(c).is_empty()).count()
}

/// Keeps data tables: three or more consecutive rows with the same number
/// (three or more) of tab-separated cells. A rendered table is the page's
/// content far more often than its furniture, and rows of figures look like
/// menus to the line model.
fn keep_tables(doc: &Doc<'_>, nb: &[usize], p: &mut [f32]) {
    let cells: Vec<usize> = nb.iter().map(|&i| table_cells(doc.line(i))).collect();
    let mut k = 0;
    while k < nb.len() {
        if cells[k] < 3 {
            k += 1;
            continue;
        }
        let mut j = k;
        while j + 1 < nb.len() && cells[j + 1] == cells[k] {
            j += 1;
        }
        if j + 1 - k >= 3 {
            p[k..=j].iter_mut().for_each(|x| *x = x.min(0.45));
        }
        k = j + 1;
    }
}

/// A line that `smooth_prose_runs` may average with its neighbours: a sentence of three words or more.
fn smoothed(doc: &Doc<'_>, i: usize) -> bool {
    doc.feats[i].terminal && doc.feats[i].words >= 3
}

/// Decides runs of three or more consecutive prose lines (a sentence of three
/// words or more each) together: every line takes the run's mean probability,
/// so one odd sentence inside a paragraph run is not cut out alone.
fn smooth_prose_runs(doc: &Doc<'_>, nb: &[usize], p: &mut [f32]) {
    let prose = |i: usize| smoothed(doc, i);
    let mut k = 0;
    while k < nb.len() {
        if !prose(nb[k]) {
            k += 1;
            continue;
        }
        let mut j = k;
        while j + 1 < nb.len() && prose(nb[j + 1]) {
            j += 1;
        }
        if j - k + 1 >= 3 {
            let mean = p[k..=j].iter().sum::<f32>() / (j - k + 1) as f32;
            p[k..=j].iter_mut().for_each(|x| *x = mean);
        }
        k = j + 1;
    }
}

/// Says why, from the two features that pushed the line most towards removal
/// ([`strongest`]): the text of [`crate::detect::Reason::Model`].
pub(crate) fn explain_to(f: &mut std::fmt::Formatter<'_>, top: [u16; 2], p: f32) -> std::fmt::Result {
    let name = |k: u16| FEATURES.get(k as usize).copied().unwrap_or("?");
    write!(f, "line-quality model p={p:.2}; strongest signals: {}, {}", name(top[0]), name(top[1]))
}

/// What [`explain_to`] writes, as a string; a probability `p` in 0..=1
/// written digit by digit as `{p:.2}` writes it (`p * 100` is exact in an
/// `f64`, and the formatter rounds a tie to even).
pub(crate) fn explain_string(top: [u16; 2], p: f32) -> String {
    let name = |k: u16| FEATURES.get(k as usize).copied().unwrap_or("?");
    let (a, b) = (name(top[0]), name(top[1]));
    let mut s = String::with_capacity(48 + a.len() + b.len());
    s.push_str("line-quality model p=");
    if p.is_sign_positive() && p <= 1.0 {
        let h = (f64::from(p) * 100.0).round_ties_even() as u32;
        let digit = |d: u32| char::from(b'0' + d as u8);
        s.extend([digit(h / 100), '.', digit(h / 10 % 10), digit(h % 10)]);
    } else {
        use std::fmt::Write;
        let _ = write!(s, "{p:.2}");
    }
    s.push_str("; strongest signals: ");
    s.push_str(a);
    s.push_str(", ");
    s.push_str(b);
    s
}

/// The two features that pushed the line most towards removal.
fn strongest(v: &[f32; N]) -> [u16; 2] {
    // The first two of the contributions sorted by value (descending, in
    // `f32::total_cmp`'s order), then index: values compared as
    // `total_cmp`'s integer keys, the first is the first greatest key, the
    // second the first greatest of the others (in passes the compiler
    // vectorises).
    let mut keys = [0i32; N - 1];
    for j in 1..N {
        let b = (v[j] * model::WEIGHTS[j]).to_bits() as i32;
        keys[j - 1] = b ^ (((b >> 31) as u32) >> 1) as i32;
    }
    let max = |s: &[i32]| s.iter().copied().fold(i32::MIN, i32::max);
    let k0 = max(&keys);
    let j0 = keys.iter().position(|&k| k == k0).unwrap_or(0);
    let k1 = max(&keys[..j0]).max(max(&keys[j0 + 1..]));
    let j1 = keys.iter().enumerate().position(|(j, &k)| j != j0 && k == k1).unwrap_or(0);
    [(j0 + 1) as u16, (j1 + 1) as u16]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`explain_string`] is the model reason's `to_string`: every tie,
    /// the values around each rounding step, and a stride over 0..=1.
    #[test]
    fn explain_string_formats_as_display() {
        let check = |p: f32| assert_eq!(explain_string([1, 2], p), crate::detect::Reason::Model { p, top: [1, 2] }.to_string(), "{p:e}");
        for p in [0.0, -0.0, 1.0, 0.125, 0.375, 0.625, 0.875, 0.005, 0.995, 1.5, -0.2, f32::NAN, f32::INFINITY] {
            check(p);
        }
        for k in 0..200u32 {
            let mut x = f32::from_bits(((k as f32 + 0.5) / 100.0).to_bits() - 200);
            for _ in 0..400 {
                check(x);
                x = f32::from_bits(x.to_bits() + 1);
            }
        }
        let mut b = 0u32;
        while b <= 1.0f32.to_bits() {
            check(f32::from_bits(b));
            b += 9973;
        }
    }

    /// The plain sort that [`strongest`] must equal.
    fn strongest_reference(v: &[f32; N]) -> [u16; 2] {
        let mut c: Vec<(f32, usize)> = (1..N).map(|j| (v[j] * model::WEIGHTS[j], j)).collect();
        c.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        [c[0].1 as u16, c[1].1 as u16]
    }

    #[test]
    fn strongest_equals_the_sort() {
        let special = [0.0, -0.0, 1.0, -1.0, f32::NAN, -f32::NAN, f32::INFINITY, f32::NEG_INFINITY, 1e-30, -1e-30, 0.5];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..4000 {
            let mut v = [0f32; N];
            for x in v.iter_mut() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                *x = match round % 4 {
                    0 => special[(seed % special.len() as u64) as usize],
                    1 => (seed % 5) as f32 - 2.0,
                    _ => (seed % 20_001) as f32 / 1000.0 - 10.0,
                };
            }
            assert_eq!(strongest(&v), strongest_reference(&v), "{v:?}");
        }
    }

    /// The plain split that [`content_words`] must equal.
    fn content_words_reference(line: &str, stop: Option<&Stoplist>, emit: &mut dyn FnMut(&str)) {
        let mut buf = String::new();
        for w in line.split(|c: char| !crate::features::is_alphanumeric(c)) {
            if w.len() < 3 {
                continue;
            }
            let owned;
            let lw: &str = if w.is_ascii() {
                buf.clear();
                buf.push_str(w);
                buf.make_ascii_lowercase();
                &buf
            } else {
                if w.chars().count() < 3 {
                    continue;
                }
                owned = w.to_lowercase();
                &owned
            };
            if stop.map_or(true, |s| !s.contains(lw)) {
                // Compared by stem (first five characters), so inflections meet.
                emit(lw.char_indices().nth(5).map_or(lw, |(at, _)| &lw[..at]));
            }
        }
    }

    #[test]
    fn content_words_equal_the_plain_split() {
        let mut texts: Vec<String> = ["", "a", "abc", "ÄÖÜ straße", "l'été, déjà-vu!", "x\u{301}yz", "日本語のテキスト", "ΣΑΣ ok", "Ab1 2cd — ef…ghi", "a\u{a0}bcd\u{2003}efgh"].map(String::from).to_vec();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(String::from));
            }
        }
        for stop in [None, crate::lang::stoplist(whatlang::Lang::Eng)] {
            for t in &texts {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                content_words(t, stop, &mut |w| a.push(w.to_string()));
                content_words_reference(t, stop, &mut |w| b.push(w.to_string()));
                assert_eq!(a, b, "{t:?}");
            }
        }
    }

    #[test]
    fn code_like_equals_the_substring_version() {
        let reference = |line: &str| {
            let t = line.trim();
            if t.is_empty() || t.chars().count() > 200 {
                return false;
            }
            const MARKS: [&str; 10] = ["=", "{", "}", ";", "()", "(\"", "[\"", "->", "::", "</"];
            const OPENERS: [&str; 5] = ["$ ", "# ", "//", "*/", "@"];
            MARKS.iter().any(|m| t.contains(m)) || OPENERS.iter().any(|o| t.starts_with(o)) || t.ends_with('(') || t.ends_with(')') && !t.contains(' ')
        };
        let mut lines: Vec<String> = crate::testdata::corpus_lines();
        lines.extend(["a()", "f(\"x\")", "m[\"k\"]", "a -> b", "a::b", "</p>", "x = 1", "{", "};", "( )", "- >", ": :", "< /", "(", "x)", "$ ls", "@x"].map(String::from));
        lines.push("é".repeat(150) + "=");
        lines.push("é".repeat(201) + "=");
        for l in &lines {
            assert_eq!(code_like(l), reference(l), "{l:?}");
        }
    }

    #[test]
    fn region_share_index_names_the_feature() {
        assert_eq!(FEATURES[REGION_SHARE], "region_share");
    }

    #[test]
    fn low_share_model_only_lowers_probability() {
        let mut v = [0.5f32; N];
        v[0] = 1.0;
        v[REGION_SHARE] = model::LOW_SHARE + 0.1;
        assert_eq!(probability(&v), logistic(&v, &model::WEIGHTS));
        v[REGION_SHARE] = 0.0;
        assert_eq!(probability(&v), logistic(&v, &model::WEIGHTS));
        v[REGION_SHARE] = model::LOW_SHARE / 2.0;
        let p = probability(&v);
        assert!(p <= logistic(&v, &model::WEIGHTS) && p <= logistic(&v, &model::LOW_SHARE_WEIGHTS));
    }

    #[test]
    fn code_lines() {
        assert!(code_like("pool = Pool(dsn, max_size=10)"));
        assert!(code_like("with pool.connection() as conn:"));
        assert!(code_like("$ crontab -e"));
        assert!(code_like("# Minute Stunde Tag Monat Wochentag Befehl"));
        assert!(code_like("}"));
        assert!(!code_like("Home / Kitchen / Coffee"));
        assert!(!code_like("Cart (0)"));
        assert!(!code_like("Most Popular Articles"));
    }
}
