//! Batch-level repetition: lines that recur across many documents of one batch
//! are site template (menus, footers, share bars, legal lines), CCNet-style.
//!
//! A first pass feeds every document of the batch to a [`TemplateCounter`]: each
//! *normalised* line (trimmed, whitespace collapsed, lowercased, digits folded to
//! `0`) is hashed once per document, and the counter tracks in how many documents
//! each hash occurs. [`TemplateCounter::freeze`] then yields a [`Template`]: the
//! hashes seen in at least [`min_docs`] documents. The `repetition` detector marks
//! the lines of a document whose hash is in the template.
//!
//! Trivial lines are never counted: blank lines, and lines with fewer than two
//! letters (pure punctuation, numbers, a lone bullet).
//!
//! **Memory is fixed**, whatever the number of documents: counts live in a
//! count-min sketch ([`DEPTH`] rows of [`WIDTH`] `u32` counters, 16 MiB, with
//! conservative update), which never forgets a count and only ever overcounts,
//! by about (distinct lines fed) / [`WIDTH`] at worst. Hashes whose estimate
//! reaches a bar (initially [`MIN_DOCS`]) are remembered as candidates, at most
//! [`MAX_LINES`] of them; when there are more, the bar doubles and the rarer
//! candidates are dropped (they come back if they reach the new bar; their counts
//! are still in the sketch). So the template holds the most frequent recurring
//! lines, at most [`MAX_LINES`]. An exact map would be simpler but grows with the
//! number of distinct lines (hundreds of millions in a large crawl); pruning it
//! loses counts, the sketch does not.
//!
//! ```
//! use chaff::template::TemplateCounter;
//!
//! let mut counter = TemplateCounter::new();
//! for topic in ["rain", "trains", "taxes", "schools", "bread", "bees"] {
//!     counter.add_text(&format!("Home | News | Sport\nToday's story is about {topic}.\n© 2024 Example Media\n"));
//! }
//! let template = counter.freeze();
//! assert_eq!(template.len(), 2); // the menu and the copyright line, not the stories
//! assert_eq!(template.count_of("home | news | sport"), Some(6));
//! assert_eq!(template.count_of("© 1999 example media"), Some(6)); // digits fold
//! ```

use std::collections::HashMap;
use std::fmt;

/// Rows of the count-min sketch.
pub const DEPTH: usize = 4;
/// Counters per row (a power of two).
pub const WIDTH: usize = 1 << 20;
/// Most lines a template holds (the candidate cap).
pub const MAX_LINES: usize = 1 << 18;
/// A line is template when it occurs in at least this many documents...
pub const MIN_DOCS: u32 = 3;
/// ... and in at least this share of the batch's documents.
pub const MIN_SHARE: f64 = 0.002;

/// The default rule: the documents a line must occur in to be template in a
/// batch of `docs` documents: at least [`MIN_DOCS`] (two pages quoting the
/// same sentence are not a template) and at least [`MIN_SHARE`] of the batch
/// (three pages of a hundred thousand from many sites are coincidence; the
/// share also keeps the sketch's overcount far below the bar).
pub fn min_docs(docs: u64) -> u32 {
    let share = (docs as f64 * MIN_SHARE).ceil();
    let share = if share >= u32::MAX as f64 { u32::MAX } else { share as u32 };
    share.max(MIN_DOCS)
}

/// The hash of a line's normalised form, or `None` for a trivial line (blank,
/// fewer than two letters). Normalised: trimmed, runs of whitespace → one space,
/// lowercased, every digit → `0`.
///
/// One pass over the bytes: ASCII through one table, other characters through
/// `char`'s Unicode properties (with shortcuts for ranges whose properties are
/// uniform, checked against `char` by a test over each range).
pub fn line_hash(line: &str) -> Option<u64> {
    let bytes = line.as_bytes();
    let mut lh = LineHasher::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if ASCII_RUN[b as usize] & IN_RUN == 0 {
                lh.whitespace();
                i += 1;
                continue;
            }
            // A run of ASCII characters that are not whitespace, one table
            // entry a byte.
            lh.character(false);
            while let Some(&e) = bytes.get(i).map(|&b| &ASCII_RUN[b as usize]).filter(|&&e| e & IN_RUN != 0) {
                lh.letters += usize::from(e >> 9);
                lh.byte(e as u8);
                i += 1;
            }
            continue;
        }
        // A character of two to four bytes: `i` is on a boundary, so this is one.
        let Some(c) = line[i..].chars().next() else { break };
        i += c.len_utf8();
        lh.char(c);
    }
    lh.finish()
}

/// [`ASCII_RUN`]'s bit for a byte that continues a run: ASCII, not
/// whitespace (as `char::is_whitespace` sees it).
const IN_RUN: u16 = 1 << 8;

/// Per byte: its normalised form (lowercased, digits folded to `0`) in the
/// low byte, [`IN_RUN`], and bit 9 for an ASCII letter. Bytes of 0x80 and
/// above, and ASCII whitespace, are 0.
static ASCII_RUN: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if !matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            let norm = if c.is_ascii_digit() { b'0' } else { c.to_ascii_lowercase() };
            t[b] = norm as u16 | IN_RUN | if c.is_ascii_alphabetic() { 1 << 9 } else { 0 };
        }
        b += 1;
    }
    t
};

/// The running hash of one normalised line.
struct LineHasher {
    h: u64,
    letters: usize,
    /// Whitespace seen since the last character (and after the first one).
    space: bool,
    any: bool,
}

impl LineHasher {
    fn new() -> Self {
        LineHasher { h: FNV_OFFSET, letters: 0, space: false, any: false }
    }

    #[inline]
    fn whitespace(&mut self) {
        self.space = self.any;
    }

    /// Starts a non-whitespace character: a pending run of whitespace becomes one space.
    #[inline]
    fn character(&mut self, letter: bool) {
        if self.space {
            self.byte(b' ');
            self.space = false;
        }
        self.any = true;
        self.letters += letter as usize;
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        self.h = (self.h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }

    fn bytes(&mut self, b: &[u8]) {
        b.iter().for_each(|&b| self.byte(b));
    }

    /// A character outside ASCII.
    fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        if uncased_letter(c) {
            self.character(true);
            self.bytes(c.encode_utf8(&mut buf).as_bytes());
            return;
        }
        if cased_letter(c) {
            self.character(true);
        } else if c.is_whitespace() {
            self.whitespace();
            return;
        } else if c.is_numeric() {
            self.character(false);
            self.byte(b'0');
            return;
        } else {
            self.character(c.is_alphabetic());
        }
        for l in c.to_lowercase() {
            self.bytes(l.encode_utf8(&mut buf).as_bytes());
        }
    }

    fn finish(self) -> Option<u64> {
        (self.letters >= 2).then(|| mix(self.h))
    }
}

/// Ranges of letters without case: alphabetic, neither whitespace nor numeric,
/// their own lowercase (CJK unified ideographs, kana, Hangul syllables).
const UNCASED_LETTERS: [(char, char); 4] = [('\u{4e00}', '\u{9fff}'), ('\u{3041}', '\u{3096}'), ('\u{30a1}', '\u{30fa}'), ('\u{ac00}', '\u{d7a3}')];

/// Ranges of cased letters: alphabetic, neither whitespace nor numeric (Latin-1
/// and Latin Extended-A/B but × and ÷, Cyrillic, the basic Greek letters).
const CASED_LETTERS: [(char, char); 8] = [
    ('\u{c0}', '\u{d6}'),
    ('\u{d8}', '\u{f6}'),
    ('\u{f8}', '\u{24f}'),
    ('\u{391}', '\u{3a1}'),
    ('\u{3a3}', '\u{3a9}'),
    ('\u{3b1}', '\u{3c9}'),
    ('\u{400}', '\u{481}'),
    ('\u{48a}', '\u{52f}'),
];

fn uncased_letter(c: char) -> bool {
    UNCASED_LETTERS.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// Whether `c` is in [`CASED_LETTERS`] (so not whitespace, not numeric, alphabetic).
fn cased_letter(c: char) -> bool {
    CASED_LETTERS.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// The distinct line hashes of one document, sorted.
pub fn doc_hashes(text: &str) -> Vec<u64> {
    // Split at every `\n` and `\r` (both ASCII, so every piece is a `str` slice).
    let mut v = Vec::new();
    let mut start = 0;
    while let Some(off) = crate::segment::memchr2(b'\n', b'\r', &text.as_bytes()[start..]) {
        v.extend(line_hash(&text[start..start + off]));
        start += off + 1;
    }
    v.extend(line_hash(&text[start..]));
    v.sort_unstable();
    v.dedup();
    v
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// splitmix64's finaliser: spreads FNV's output over all 64 bits.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Index of `h` in row `r` of the sketch.
fn slot(h: u64, r: usize) -> usize {
    let x = mix(h ^ (r as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    r * WIDTH + (x as usize & (WIDTH - 1))
}

/// Counts, over a batch, in how many documents each normalised line occurs.
/// Fixed memory (see the module doc); feed documents in a fixed order for
/// reproducible results.
pub struct TemplateCounter {
    sketch: Vec<u32>,
    candidates: HashMap<u64, ()>,
    bar: u32,
    docs: u64,
}

impl Default for TemplateCounter {
    fn default() -> Self {
        TemplateCounter::new()
    }
}

impl fmt::Debug for TemplateCounter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TemplateCounter").field("docs", &self.docs).field("candidates", &self.candidates.len()).field("bar", &self.bar).finish()
    }
}

impl TemplateCounter {
    /// An empty counter (allocates the 16 MiB sketch, zeroed lazily by the OS).
    pub fn new() -> TemplateCounter {
        TemplateCounter { sketch: vec![0; DEPTH * WIDTH], candidates: HashMap::new(), bar: MIN_DOCS, docs: 0 }
    }

    /// Counts one document (decoded text).
    pub fn add_text(&mut self, text: &str) {
        self.add_document(doc_hashes(text));
    }

    /// Counts one document given as its line hashes ([`doc_hashes`], which can
    /// run in parallel); duplicates are ignored.
    pub fn add_document(&mut self, mut hashes: Vec<u64>) {
        hashes.sort_unstable();
        hashes.dedup();
        self.docs += 1;
        for h in hashes {
            let est = self.estimate(h).saturating_add(1);
            for r in 0..DEPTH {
                let c = &mut self.sketch[slot(h, r)];
                *c = (*c).max(est);
            }
            if est >= self.bar {
                self.candidates.insert(h, ());
                if self.candidates.len() > MAX_LINES {
                    self.raise_bar();
                }
            }
        }
    }

    /// Documents counted so far.
    pub fn documents(&self) -> u64 {
        self.docs
    }

    /// The estimated number of documents holding `h` (never less than the truth).
    fn estimate(&self, h: u64) -> u32 {
        (0..DEPTH).map(|r| self.sketch[slot(h, r)]).min().unwrap_or(0)
    }

    /// Doubles the bar until at most half of [`MAX_LINES`] candidates reach it.
    fn raise_bar(&mut self) {
        while self.candidates.len() > MAX_LINES / 2 {
            self.bar = self.bar.saturating_mul(2);
            let bar = self.bar;
            let sketch = &self.sketch;
            self.candidates.retain(|&h, _| (0..DEPTH).map(|r| sketch[slot(h, r)]).min().unwrap_or(0) >= bar);
            if bar == u32::MAX {
                break;
            }
        }
    }

    /// The template under the default rule ([`min_docs`] of the documents counted).
    pub fn freeze(&self) -> Template {
        self.freeze_with(min_docs(self.docs))
    }

    /// The template of lines seen in at least `min_docs` documents (at least
    /// [`MIN_DOCS`]: rarer lines are not tracked).
    pub fn freeze_with(&self, min_docs: u32) -> Template {
        let min_docs = min_docs.max(MIN_DOCS);
        let lines = self.candidates.keys().filter_map(|&h| Some((h, self.estimate(h))).filter(|&(_, n)| n >= min_docs)).collect();
        Template { lines, min_docs, docs: self.docs, capped: self.bar > min_docs }
    }
}

/// The frozen result of a [`TemplateCounter`]: the line hashes that recur in
/// at least [`Template::min_docs`] documents, with their document counts.
#[derive(Clone, Default)]
pub struct Template {
    lines: HashMap<u64, u32>,
    min_docs: u32,
    docs: u64,
    capped: bool,
}

impl fmt::Debug for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Template").field("lines", &self.lines.len()).field("min_docs", &self.min_docs).field("docs", &self.docs).finish()
    }
}

impl Template {
    /// In how many documents the line with hash `h` ([`line_hash`]) occurs, if it is template.
    pub fn count(&self, h: u64) -> Option<u32> {
        self.lines.get(&h).copied()
    }

    /// In how many documents `line` (normalised) occurs, if it is template.
    pub fn count_of(&self, line: &str) -> Option<u32> {
        line_hash(line).and_then(|h| self.count(h))
    }

    /// Template lines (distinct normalised lines).
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when no line recurs enough.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Documents a line had to occur in.
    pub fn min_docs(&self) -> u32 {
        self.min_docs
    }

    /// Documents in the batch the template was built from.
    pub fn documents(&self) -> u64 {
        self.docs
    }

    /// True when more lines recurred than [`MAX_LINES`] and only the most frequent were kept.
    pub fn capped(&self) -> bool {
        self.capped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition [`line_hash`] implements: normalise character by character, then FNV-1a.
    fn reference_hash(line: &str) -> Option<u64> {
        let mut norm = String::new();
        let mut letters = 0;
        for word in line.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if !norm.is_empty() {
                norm.push(' ');
            }
            for c in word.chars() {
                if c.is_numeric() {
                    norm.push('0');
                } else {
                    letters += c.is_alphabetic() as usize;
                    norm.extend(c.to_lowercase());
                }
            }
        }
        let h = norm.bytes().fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
        (letters >= 2).then(|| mix(h))
    }

    #[test]
    fn doc_hashes_split_at_every_line_end() {
        let mut texts = vec![String::new(), "a\r\nbb\rcc\n\ndd".to_string(), "\n\rSame line\nsame   LINE\r\n".to_string()];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for e in std::fs::read_dir(dir).expect("fixtures").flatten() {
            texts.extend(std::fs::read_to_string(e.path()));
        }
        for t in &texts {
            let mut want: Vec<u64> = t.split(['\n', '\r']).filter_map(line_hash).collect();
            want.sort_unstable();
            want.dedup();
            assert_eq!(doc_hashes(t), want);
        }
    }

    #[test]
    fn hashes_by_the_definition() {
        for line in [
            "Share this article",
            "  Call 0800 123 456\t now ",
            "a",
            "Ab",
            "\x0bX y\x0c",
            "Mixed CASE words 42",
            "",
            "  ",
            "Über die Straße — ÄÖÜ ½ ٣ x",
            "İstanbul\u{a0}\u{2003}ΣΊΣΥΦΟΣ Ωραίο",
            "Новости ДНЯ 2024",
            "新华网 关注 ひらがな カタカナ 한국어",
            "x\u{300}\u{3099}y",
        ] {
            assert_eq!(line_hash(line), reference_hash(line), "{line:?}");
        }
        // The test data and corpus, and generated runs of ASCII cut by
        // whitespace and other characters.
        let pieces = ["ab", "Cd", "E", "09", "x7Y", "-", " ", "\t", "\r\n", "  ", "é", "Ü", "日本", "\u{a0}", "@#", "\x7f", "\0", "Z"];
        for line in crate::testdata::corpus_lines().iter().chain(&crate::testdata::generated(&pieces, 20_000)) {
            assert_eq!(line_hash(line), reference_hash(line), "{line:?}");
        }
        // Every character, alone and between letters.
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let line = format!("a{c}b{c}");
            assert_eq!(line_hash(&line), reference_hash(&line), "{c:?}");
        }
    }

    #[test]
    fn letter_ranges_are_uniform() {
        for &(a, b) in UNCASED_LETTERS.iter() {
            for c in a..=b {
                assert!(c.is_alphabetic() && !c.is_whitespace() && !c.is_numeric(), "{c:?}");
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
        for &(a, b) in CASED_LETTERS.iter() {
            for c in a..=b {
                assert!(c.is_alphabetic() && !c.is_whitespace() && !c.is_numeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn normalisation_folds_space_case_and_digits() {
        let a = line_hash("  Updated  12:30,  Monday 3 June\t");
        assert_eq!(a, line_hash("updated 07:45, MONDAY 9 june"));
        assert_ne!(a, line_hash("updated 07:45, monday 9 july"));
        assert_ne!(line_hash("ab"), line_hash("a b"));
    }

    #[test]
    fn trivial_lines_are_not_hashed() {
        for l in ["", "   ", "* * *", "---", "12345", "a", "1. a", "»"] {
            assert_eq!(line_hash(l), None, "{l:?}");
        }
        assert!(line_hash("Ok").is_some());
    }

    #[test]
    fn counts_once_per_document() {
        let mut c = TemplateCounter::new();
        c.add_text("Menu line\nMenu line\nMenu line\n");
        c.add_text("Menu line\nOther text\n");
        c.add_text("Other text\n");
        assert_eq!(c.freeze().count_of("menu line"), None, "needs 3 documents");
        c.add_text("Menu line\n");
        assert_eq!(c.documents(), 4);
        let t = c.freeze();
        assert_eq!(t.count_of("menu line"), Some(3));
        assert_eq!(t.count_of("other text"), None);
    }

    #[test]
    fn default_rule() {
        assert_eq!(min_docs(0), 3);
        assert_eq!(min_docs(5), 3);
        assert_eq!(min_docs(1500), 3);
        assert_eq!(min_docs(1501), 4);
        assert_eq!(min_docs(100_000), 200);
    }

    #[test]
    fn bar_rises_when_too_many_lines_recur_and_counts_survive() {
        let mut c = TemplateCounter::new();
        // MAX_LINES + 1000 distinct lines, each in 3 documents, plus one line in every document.
        let n = MAX_LINES as u64 + 1000;
        for _ in 0..3 {
            let mut v: Vec<u64> = (0..n).map(|i| mix(i + 1)).collect();
            v.push(7);
            c.add_document(v);
        }
        for _ in 0..5 {
            c.add_document(vec![7]);
        }
        let t = c.freeze();
        assert!(t.capped());
        assert!(t.len() <= MAX_LINES);
        assert_eq!(t.count(7), Some(8));
    }
}
