//! Stage 4, `detect`: one detector per kind of boilerplate.
//!
//! Every detector implements [`Detector`]: it reads the analysed [`Doc`] and
//! pushes scored [`Span`]s, each with a category, a rule id and a reason.
//! Detectors do not decide; `decide` combines their spans with context.
//! To add a detector: write `src/detect/<kind>.rs`, implement [`Detector`],
//! and list it in [`all`].


use crate::features::Doc;
pub(crate) use matcher::Matcher;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// What a removed span was. The names are stable: they appear in logs and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Subscribe / free trial / article limit / "already a subscriber" notices.
    Paywall,
    /// Comment threads: markers, commenter names, timestamps, replies.
    Comments,
    /// Promos and edition notices in another language than the article.
    ForeignPromo,
    /// Lists of other stories' headlines and teasers.
    HeadlineList,
    /// Image captions and photo credits.
    Caption,
    /// Newsletter, notification, follow-us and share prompts.
    CallToAction,
    /// Bylines and author bios.
    Byline,
    /// Menus, breadcrumbs, share bars, cookie/privacy/copyright/legal lines.
    Navigation,
    /// Anything else that is not article body.
    Other,
}

impl Category {
    /// Every category, in log order.
    pub const ALL: [Category; 9] = [
        Category::Paywall,
        Category::Comments,
        Category::ForeignPromo,
        Category::HeadlineList,
        Category::Caption,
        Category::CallToAction,
        Category::Byline,
        Category::Navigation,
        Category::Other,
    ];

    /// The stable name (`foreign_promo`, …).
    pub fn name(self) -> &'static str {
        match self {
            Category::Paywall => "paywall",
            Category::Comments => "comments",
            Category::ForeignPromo => "foreign_promo",
            Category::HeadlineList => "headline_list",
            Category::Caption => "caption",
            Category::CallToAction => "call_to_action",
            Category::Byline => "byline",
            Category::Navigation => "navigation",
            Category::Other => "other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        Category::ALL.into_iter().find(|c| c.name() == s).ok_or_else(|| {
            let names: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
            format!("unknown category '{s}' (expected one of: {})", names.join(", "))
        })
    }
}

/// A detector's claim that some lines (or part of one line) are boilerplate.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Line indices (0-based, end exclusive).
    pub lines: Range<usize>,
    /// For a partial removal inside one line: the absolute byte range to cut.
    pub cut: Option<Range<usize>>,
    /// What it is.
    pub category: Category,
    /// Rule id, `detector/rule`.
    pub rule: &'static str,
    /// Confidence that the span is boilerplate, 0..1; `decide` removes at 0.5 and above.
    pub score: f32,
    /// A short human sentence saying why.
    pub reason: Reason,
}

impl Span {
    /// A whole-line span.
    pub fn lines(lines: Range<usize>, category: Category, rule: &'static str, score: f32, reason: impl Into<Reason>) -> Span {
        Span { lines, cut: None, category, rule, score, reason: reason.into() }
    }
}

/// Why a span was claimed: a sentence, or the line-quality model's numbers,
/// which are formatted only when shown ([`fmt::Display`], `to_string`), so a
/// document of a million lines does not hold a million formatted sentences.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A sentence.
    Text(Cow<'static, str>),
    /// The line-quality model: probability and its two strongest signals
    /// (indices into `quality::FEATURES`).
    Model {
        /// The probability.
        p: f32,
        /// The two strongest signals.
        top: [u16; 2],
    },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Text(s) => f.write_str(s),
            Reason::Model { p, top } => quality::explain_to(f, *top, *p),
        }
    }
}

impl From<&'static str> for Reason {
    fn from(s: &'static str) -> Reason {
        Reason::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Reason {
    fn from(s: String) -> Reason {
        Reason::Text(Cow::Owned(s))
    }
}

impl From<Cow<'static, str>> for Reason {
    fn from(s: Cow<'static, str>) -> Reason {
        Reason::Text(s)
    }
}

impl PartialEq<str> for Reason {
    // Comparing the model's reason needs its text (tests only).
    #[allow(clippy::cmp_owned)]
    fn eq(&self, other: &str) -> bool {
        match self {
            Reason::Text(s) => s == other,
            Reason::Model { .. } => self.to_string() == other,
        }
    }
}

impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

/// A boilerplate detector. Implementations are stateless after construction
/// and shared across threads.
pub trait Detector: Send + Sync {
    /// Short name, the prefix of its rule ids.
    fn name(&self) -> &'static str;
    /// Pushes the spans found in `doc` onto `out`.
    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>);
}

pub mod byline;
pub mod call_to_action;
pub mod matcher;
pub mod caption;
pub mod comments;
pub mod foreign_promo;
pub mod headline_list;
pub mod navigation;
pub mod paywall;
pub mod quality;
pub mod quality_model;
pub mod repetition;

/// The built-in detectors, in a fixed order (on equal scores the earlier one wins).
pub fn all() -> Vec<Box<dyn Detector>> {
    vec![
        Box::new(foreign_promo::ForeignPromo),
        Box::new(comments::Comments),
        Box::new(paywall::Paywall),
        Box::new(caption::Caption),
        Box::new(call_to_action::CallToAction),
        Box::new(byline::Byline),
        Box::new(headline_list::HeadlineList),
        Box::new(navigation::Navigation),
        Box::new(quality::Quality),
    ]
}

/// Runs one detector on `text` and returns its spans (for unit tests).
#[cfg(test)]
pub(crate) fn spans_of(detector: &dyn Detector, text: &str) -> Vec<Span> {
    let doc = Doc::analyse(text, None, &[]);
    let mut v = Vec::new();
    detector.detect(&doc, &mut v);
    v
}

/// The maximum-sum run of `values` (Kadane's scan); `None` closes a run.
/// Returns the run's sum and its index range (empty, at 0, when no run sums
/// above zero).
pub(crate) fn max_sum_run(values: impl IntoIterator<Item = Option<f32>>) -> (f32, std::ops::Range<usize>) {
    let (mut best, mut sum, mut start) = ((0.0f32, 0usize, 0usize), 0.0f32, 0usize);
    for (k, v) in values.into_iter().enumerate() {
        let Some(v) = v else {
            sum = 0.0;
            continue;
        };
        if sum <= 0.0 {
            sum = 0.0;
            start = k;
        }
        sum += v;
        if sum > best.0 {
            best = (sum, start, k + 1);
        }
    }
    (best.0, best.1..best.2)
}

/// Lazy-DFA cache bound, in bytes, of [`bounded_regex`]es (the regex crate's
/// default is 2 MiB). Each thread that searches a regex holds its own cache,
/// and on real text the caches of the few regexes with large state sets (long
/// counted repetitions, Unicode classes under `(?i)`) grow toward that bound:
/// in a batch on two threads they were most of the peak memory.
pub(crate) const REGEX_CACHE_BYTES: usize = 512 << 10;

/// Lazy-DFA cache bound of [`small_cache_regex`]es: for regexes asked about
/// few lines, whose caches refill cheaply (measured per regex: no more
/// instructions than with [`REGEX_CACHE_BYTES`] on the dev corpus).
pub(crate) const SMALL_CACHE_BYTES: usize = 256 << 10;

/// `pattern` compiled with a lazy-DFA cache of at most [`REGEX_CACHE_BYTES`]
/// per thread (a full cache is cleared and refilled; matches are the same).
/// Panics on an invalid pattern: for the crate's own static patterns only.
pub(crate) fn bounded_regex(pattern: &str) -> Matcher {
    regex_with_cache(pattern, REGEX_CACHE_BYTES)
}

/// `pattern` compiled with a lazy-DFA cache of at most [`SMALL_CACHE_BYTES`]
/// per thread. Panics on an invalid pattern, as [`bounded_regex`].
pub(crate) fn small_cache_regex(pattern: &str) -> Matcher {
    regex_with_cache(pattern, SMALL_CACHE_BYTES)
}

/// `pattern` compiled without the lazy DFA: it runs on the NFA engines (the
/// bounded backtracker on short lines, else the PikeVM), which keep no state
/// between searches. For regexes asked about few lines whose lazy DFA needs
/// a large cache before it holds anything (16 bytes per NFA state, and every
/// thread holds its own): there its memory buys nothing. Matches are the same.
/// Panics on an invalid pattern, as [`bounded_regex`].
pub(crate) fn nfa_regex(pattern: &str) -> Matcher {
    // A lazy DFA whose minimum cache exceeds the bound is not built.
    regex_with_cache(pattern, 0)
}

/// `pattern` with a lazy-DFA cache bound of `bytes` per thread.
fn regex_with_cache(pattern: &str, bytes: usize) -> Matcher {
    Matcher::with_cache(pattern, bytes).expect("valid regex")
}

/// [`crate::lexicon::phrase_sets`] of line `i` (lowercased, untrimmed),
/// memoised; the same scan answers `decide`'s AI summary label test
/// (`slot::AI_LABEL_FLAG`), memoised too.
pub fn phrase_sets(doc: &Doc<'_>, i: usize) -> u16 {
    use crate::features::slot;
    doc.memo(slot::PHRASES, i, || {
        let (sets, ai_label) = crate::lexicon::screen(doc.lower(i));
        doc.memo_flag(slot::QUALITY, slot::AI_LABEL_FLAG, i, || ai_label);
        sets
    })
}

/// The content-word list `slot` ([`slot::QUALITY_WORDS`] or
/// [`slot::HEADLINE_WORDS`]): both lists are filled together, one scan per
/// line ([`content_word_pair`]).
///
/// [`slot::QUALITY_WORDS`]: crate::features::slot::QUALITY_WORDS
/// [`slot::HEADLINE_WORDS`]: crate::features::slot::HEADLINE_WORDS
pub(crate) fn content_word_list<'d>(doc: &'d Doc<'_>, slot: usize) -> std::cell::Ref<'d, crate::features::Words> {
    use crate::features::slot::{HEADLINE_WORDS, QUALITY_WORDS};
    doc.word_pair([QUALITY_WORDS, HEADLINE_WORDS], content_word_pair, slot)
}

/// Characters of a word that the content-word lists keep (both compare stems).
const STEM: usize = 5;

/// The first [`STEM`] characters of `w`.
fn stem(w: &str) -> &str {
    let b = w.as_bytes();
    if b.len() <= STEM {
        return w;
    }
    if b[..STEM].is_ascii() {
        return &w[..STEM];
    }
    w.char_indices().nth(STEM).map_or(w, |(at, _)| &w[..at])
}

/// [`BYTE_KIND`] of an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`BYTE_KIND`] of any other ASCII byte.
const OTHER_ASCII: u8 = 0;
/// Per byte: [`ALNUM`], [`OTHER_ASCII`], or 2 for a byte of 0x80 and above.
static BYTE_KIND: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() { ALNUM } else { OTHER_ASCII };
        b += 1;
    }
    t
};

/// The content words of `line` for both word lists in one scan (see
/// [`crate::features::PairTokeniser`]): to list 1 those of
/// [`quality::content_words`] (runs of letters and digits), to list 2 those
/// of [`headline_list::content_words`] (runs joined across an apostrophe
/// before a letter, not all digits); each list exactly as its own tokeniser
/// gives it. A word of three characters or more, lowercased, not in the
/// stoplist, cut to its stem; a run that is a whole headline word is
/// lowercased, looked up and given once for both.
pub(crate) fn content_word_pair(line: &str, stop: Option<&crate::lang::Stoplist>, emit: &mut dyn FnMut(u8, &str)) {
    use crate::features::{is_alphabetic, is_alphanumeric};
    // The two lowercase a word differently only at a 'Σ' (quality as a
    // whole word, with the final-sigma rule; headline_list a character at a
    // time), and only 'İ' lowercases to two characters (quality counts a
    // word's characters before lowercasing, headline_list after).
    // ('Σ' is CE A3 in UTF-8 and 'İ' C4 B0: a line without those lead
    // bytes, found in a pass the compiler vectorises, has neither.)
    if !line.is_ascii() && line.bytes().fold(false, |a, c| a | (c == 0xCE) | (c == 0xC4)) && line.contains(['Σ', 'İ']) {
        quality::content_words(line, stop, &mut |w| emit(1, w));
        headline_list::content_words(line, stop, &mut |w| emit(2, w));
        return;
    }
    let b = line.as_bytes();
    // The headline word so far, lowercased; the current run is `hw[at..]`.
    let mut hw = crate::features::scratch();
    let mut i = 0;
    while i < b.len() {
        let (s, mut ascii) = (i, true);
        while i < b.len() {
            // ASCII letters and digits through a table; a byte of 0x80 and
            // above starts a character that `is_alphanumeric` decides.
            match BYTE_KIND[usize::from(b[i])] {
                ALNUM => {
                    i += 1;
                    continue;
                }
                OTHER_ASCII => break,
                _ => {}
            }
            let Some(c) = line[i..].chars().next() else { break };
            if !is_alphanumeric(c) {
                break;
            }
            ascii = false;
            i += c.len_utf8();
        }
        if s == i {
            // A separator (a joining apostrophe is taken below).
            i += if b[i] < 0x80 { 1 } else { line[i..].chars().next().map_or(1, char::len_utf8) };
            continue;
        }
        let at = hw.len();
        if ascii {
            hw.push_str(&line[s..i]);
            hw[at..].make_ascii_lowercase();
        } else {
            for c in line[s..i].chars() {
                if c.is_ascii() {
                    hw.push(c.to_ascii_lowercase());
                } else {
                    hw.extend(c.to_lowercase());
                }
            }
        }
        let joins = line[i..].chars().next().filter(|&c| (c == '\'' || c == '’') && line[i + c.len_utf8()..].chars().next().is_some_and(is_alphabetic));
        let mut run_stop = None;
        if if ascii { i - s >= 3 } else { line[s..i].chars().nth(2).is_some() } {
            let lw = &hw[at..];
            let st = stop.is_some_and(|st| st.contains(lw));
            run_stop = Some(st);
            if !st {
                // A run that is a whole headline word (not joined on either
                // side) of three characters or more: both lists take the
                // same stem unless it is all digits.
                let both = at == 0 && joins.is_none() && !lw.chars().all(|c| c.is_numeric());
                emit(if both { 3 } else { 1 }, stem(lw));
                if at == 0 && joins.is_none() {
                    hw.clear();
                    continue;
                }
            }
        }
        if let Some(c) = joins {
            hw.push(c);
            i += c.len_utf8();
            continue;
        }
        let w = hw.as_str();
        // A whole run has three characters or more when quality took it.
        let long = if at == 0 { run_stop.is_some() } else { w.bytes().filter(|b| b & 0xC0 != 0x80).nth(2).is_some() };
        if long && !w.chars().all(|c| c.is_numeric()) {
            let st = match run_stop {
                Some(st) if at == 0 => st,
                _ => stop.is_some_and(|st| st.contains(w)),
            };
            if !st {
                emit(2, stem(w));
            }
        }
        hw.clear();
    }
}

/// Lowercased words (runs of letters, digits and inner apostrophes) of `s`.
pub fn words_lower(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    try_words_lower(s, |w| {
        out.push(w.to_owned());
        true
    });
    out
}

/// Calls `f` with each lowercased word of `s` (split exactly as [`words_lower`]
/// does), reusing one buffer; stops and returns `false` as soon as `f` does.
/// A word is a run of alphanumeric characters, joined across an apostrophe
/// (`'` or `’`) that follows a letter or digit of the word and precedes a
/// letter; ASCII runs are copied and lowercased in bulk, other characters
/// one by one with `char::to_lowercase`.
pub fn try_words_lower(s: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    use crate::features::{is_alphabetic, is_alphanumeric};
    let next_is_letter = |at: usize| s.get(at..).and_then(|r| r.chars().next()).is_some_and(is_alphabetic);
    let mut cur = crate::features::scratch();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if BYTE_KIND[usize::from(x)] == ALNUM {
            let start = i;
            while i < b.len() && BYTE_KIND[usize::from(b[i])] == ALNUM {
                i += 1;
            }
            let at = cur.len();
            cur.push_str(&s[start..i]);
            cur[at..].make_ascii_lowercase();
            continue;
        }
        let c = if x < 0x80 {
            i += 1;
            x as char
        } else {
            let Some(c) = s[i..].chars().next() else { break };
            i += c.len_utf8();
            if is_alphanumeric(c) {
                cur.extend(c.to_lowercase());
                continue;
            }
            c
        };
        if (c == '\'' || c == '’') && !cur.is_empty() && next_is_letter(i) {
            cur.push(c);
        } else if !cur.is_empty() {
            if !f(&cur) {
                return false;
            }
            cur.clear();
        }
    }
    cur.is_empty() || f(&cur)
}

/// Content words of `s`: lowercased words of three or more letters that are not in `stop`.
pub fn content_words(s: &str, stop: Option<&crate::lang::Stoplist>) -> Vec<String> {
    words_lower(s)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_numeric()) && !stop.is_some_and(|st| st.contains(w.as_str())))
        .collect()
}

/// True when line `i` looks like article body: a long sentence rich in stopwords of the document language.
pub fn is_body_line(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    if doc.lines[i].blank || f.words < 12 {
        return false;
    }
    let sentence = f.terminal || f.inner_sentences > 0 || f.commas > 0;
    sentence && (doc.stoplist.is_none() || f.stop_density() >= 0.2)
}


#[cfg(test)]
mod size_tests {
    #[test]
    fn span_stays_small() {
        // One span per claimed line on huge documents: keep it compact.
        assert_eq!(std::mem::size_of::<super::Reason>(), 24);
        assert!(std::mem::size_of::<super::Span>() <= 88, "{}", std::mem::size_of::<super::Span>());
    }
}

#[cfg(test)]
mod word_tests {
    use super::try_words_lower;

    /// The char-at-a-time splitter [`try_words_lower`] must equal.
    fn try_words_lower_reference(s: &str, mut f: impl FnMut(&str) -> bool) -> bool {
        let mut cur = crate::features::scratch();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            let inner_apos = (c == '\'' || c == '’') && !cur.is_empty() && it.peek().is_some_and(|&n| crate::features::is_alphabetic(n));
            if crate::features::is_alphanumeric(c) || inner_apos {
                if c.is_ascii() {
                    cur.push(c.to_ascii_lowercase());
                } else {
                    cur.extend(c.to_lowercase());
                }
            } else if !cur.is_empty() {
                if !f(&cur) {
                    return false;
                }
                cur.clear();
            }
        }
        cur.is_empty() || f(&cur)
    }

    fn all(s: &str, f: fn(&str, &mut dyn FnMut(&str) -> bool) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        f(s, &mut |w| {
            out.push(w.to_owned());
            true
        });
        out
    }

    #[test]
    fn content_word_pair_equals_both_tokenisers() {
        let mut lines: Vec<String> = crate::testdata::corpus_lines();
        lines.extend(
            [
                "don't", "l’homme d'État", "'quoted'", "it's'", "x'1", "ΣΑΣ ΟΔΟΣ", "İstanbul İİ", "K\u{212a}elvin", "a’", "’a", "ǅemal", "x''y", "١٢٣ abc", "",
                "ABC'S don't rock'n'roll 'quoted' dogs' x''y it's 1999 2020s A1B2C3 O'Neill's", "12'ab", "abc'1", "ab'c'd'", "The The the und der Straße",
                "Über’s Ärger 123 ²³⁴ ½½½ ab²c", "日本語のテキスト、中文文本。", "Это тестовая строка: МОСКВА’s x", "x'Ü'y ÄÖÜ'abc", "a\u{301}bc \u{301}\u{301}\u{301}",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        for lang in [None, Some(whatlang::Lang::Eng), Some(whatlang::Lang::Deu), Some(whatlang::Lang::Rus), Some(whatlang::Lang::Fra)] {
            let stop = lang.and_then(crate::lang::stoplist);
            for l in &lines {
                let (mut q, mut h) = (Vec::new(), Vec::new());
                super::content_word_pair(l, stop, &mut |lists, w| {
                    if lists & 1 != 0 {
                        q.push(w.to_owned());
                    }
                    if lists & 2 != 0 {
                        h.push(w.to_owned());
                    }
                });
                let (mut q0, mut h0) = (Vec::new(), Vec::new());
                super::quality::content_words(l, stop, &mut |w| q0.push(w.to_owned()));
                super::headline_list::content_words(l, stop, &mut |w| h0.push(w.to_owned()));
                assert_eq!(q, q0, "{l:?}");
                assert_eq!(h, h0, "{l:?}");
            }
        }
    }

    #[test]
    fn words_equal_the_char_splitter() {
        let mut lines: Vec<String> = crate::testdata::lines().iter().map(|l| l.to_string()).collect();
        lines.extend(
            ["don't", "l’homme d'État", "'quoted'", "it's'", "x'1", "ΣΑΣ ΟΔΟΣ", "İstanbul İİ", "K\u{212a}elvin", "a’", "’a", "ǅemal", "x''y", "١٢٣ abc", ""]
                .iter()
                .map(|s| s.to_string()),
        );
        for l in &lines {
            let new = all(l, |s, f| try_words_lower(s, f));
            let old = all(l, |s, f| try_words_lower_reference(s, f));
            assert_eq!(new, old, "{l:?}");
        }
        // Stopping early.
        let mut seen = 0;
        assert!(!try_words_lower("one two three", |_| {
            seen += 1;
            seen < 2
        }));
        assert_eq!(seen, 2);
    }
}
