//! Stage 3, `features`: per-line signals that detectors and `decide` read.
//!
//! Everything here is computed once per line in a single pass: length, words,
//! stopword hits in the document language, casing, digits, punctuation and
//! separators. The document language is detected once, from a sample of the
//! longest lines, restricted to the configured language set.

use crate::lang::{self, Stoplist};
use crate::segment::{self, Line};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, Ref, RefCell};
use whatlang::Lang;

/// Memo slots: one per detector's per-line result (see [`Doc::memo`]).
pub mod slot {
    /// `comments`: the line's kind.
    pub const COMMENTS: usize = 0;
    /// `headline_list`: the line's kind and whether it is a story card.
    pub const HEADLINE: usize = 1;
    /// `navigation`: the rule that matched.
    pub const NAVIGATION: usize = 2;
    /// `paywall`: the rule and phrase that matched.
    pub const PAYWALL: usize = 3;
    /// `call_to_action`: the phrase that matched.
    pub const CALL_TO_ACTION: usize = 4;
    /// `caption`: photo credit or not.
    pub const CAPTION: usize = 5;
    /// `byline`: flags of its line predicates.
    pub const BYLINE: usize = 6;
    /// `foreign_promo`: the language the line leans to, and flags.
    pub const FOREIGN: usize = 7;
    /// `foreign_promo`: flags.
    pub const FOREIGN_FLAGS: usize = 8;
    /// Which phrase sets occur in the line (see `detect::phrase_sets`).
    pub const PHRASES: usize = 9;
    /// `quality`: flags of its line predicates (code-like: flag 0),
    /// `decide`'s ([`LIST_HEADER_FLAG`], [`PRICE_FLAG`], [`POST_HEADER_FLAG`], [`AI_LABEL_FLAG`], [`RATING_FLAG`])
    /// and `repetition`'s ([`TEMPLATE_FLAG`]).
    pub const QUALITY: usize = 10;
    /// The flag of [`QUALITY`] that holds whether the line is a related-stories list header.
    pub const LIST_HEADER_FLAG: u32 = 1;
    /// The flag of [`QUALITY`] that holds whether the line is a product's price.
    pub const PRICE_FLAG: u32 = 2;
    /// The flag of [`QUALITY`] that holds whether the line is a forum post's header (a user name in three tokens at most).
    pub const POST_HEADER_FLAG: u32 = 3;
    /// The flag of [`QUALITY`] that holds whether the line holds an AI summary label (`lexicon::has_ai_summary_label`).
    pub const AI_LABEL_FLAG: u32 = 4;
    /// The flag of [`QUALITY`] that holds whether the line is a rating, a count of ratings or a discount badge.
    pub const RATING_FLAG: u32 = 5;
    /// The flag of [`QUALITY`] that holds whether the line is in the batch's site template (`repetition`).
    pub const TEMPLATE_FLAG: u32 = 6;
    /// `decide`: the line's list-item shape.
    pub const ITEM: usize = 11;
    /// Number of slots.
    pub const COUNT: usize = 12;
    /// Word lists: `quality`'s content words.
    pub const QUALITY_WORDS: usize = 0;
    /// Word lists: `headline_list`'s content words.
    pub const HEADLINE_WORDS: usize = 1;
    /// Number of word-list slots.
    pub const WORDS: usize = 2;
}

/// Per-line lists of words, interned to ids (see [`Doc::words`]).
#[derive(Debug, Default, Clone)]
pub struct Words {
    ids: Vec<u32>,
    /// Per line: start and end in `ids`; `u32::MAX` start while not computed.
    spans: Vec<(u32, u32)>,
    interner: Interner,
    /// Ids below this are in use besides the own interner's: the second list
    /// of a [`Doc::word_pair`] takes its ids from the first list's interner.
    shared_ids: usize,
}

/// Word → id (ids in order of first sight), without a heap string per
/// word: the words live in one buffer, the map is keyed by a 64-bit hash of
/// the word, and a word whose hash another word already has goes to `collided`.
#[derive(Debug, Default, Clone)]
struct Interner {
    hasher: ahash::RandomState,
    by_hash: std::collections::HashMap<u64, u32, std::hash::BuildHasherDefault<HashIsKey>>,
    collided: ahash::AHashMap<Box<str>, u32>,
    /// Every word, concatenated; word `id` ends at `ends[id]`.
    text: String,
    ends: Vec<u32>,
}

/// A hasher for keys that are already hashes ([`Interner::by_hash`]): the
/// key is its own hash.
#[derive(Debug, Default, Clone, Copy)]
struct HashIsKey(u64);

impl std::hash::Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Interner {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn word(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] as usize };
        &self.text[start..self.ends[id] as usize]
    }

    /// The id of `word`, a new one when it was not seen before.
    fn id(&mut self, word: &str) -> u32 {
        let next = self.ends.len() as u32;
        let h = self.hasher.hash_one(word);
        match self.by_hash.get(&h) {
            Some(&id) if self.word(id) == word => return id,
            Some(_) => {
                if let Some(&id) = self.collided.get(word) {
                    return id;
                }
                self.collided.insert(word.into(), next);
            }
            None => {
                self.by_hash.insert(h, next);
            }
        }
        self.text.push_str(word);
        self.ends.push(self.text.len() as u32);
        next
    }
}

impl Words {
    /// The word ids of line `i`, in line order (empty when not computed).
    pub fn line(&self, i: usize) -> &[u32] {
        match self.spans.get(i) {
            Some(&(s, e)) if s != u32::MAX => &self.ids[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Number of distinct words (ids are below this).
    pub fn distinct(&self) -> usize {
        self.interner.len().max(self.shared_ids)
    }

    fn forget_line(&mut self, i: usize) {
        if let Some(sp) = self.spans.get_mut(i) {
            *sp = (u32::MAX, u32::MAX);
        }
    }
}

/// A tokeniser for [`Doc::words`]: calls the callback with each word of the
/// line. Words are made of letters and digits (a line of white space has none:
/// `Doc::words` does not ask).
pub type Tokeniser = fn(line: &str, stoplist: Option<&Stoplist>, emit: &mut dyn FnMut(&str));

/// A tokeniser for [`Doc::word_pair`]: calls the callback with each word and
/// the lists it goes to (bit 1: the first, bit 2: the second; a word both
/// lists take at the same point is given once, with both bits).
pub type PairTokeniser = fn(line: &str, stoplist: Option<&Stoplist>, emit: &mut dyn FnMut(u8, &str));

/// [`lang::detect`] results by text and allowed languages.
type Guesses = ahash::AHashMap<(Box<str>, Vec<Lang>), Option<lang::Guess>>;

/// Per-line results kept across fixpoint passes.
#[derive(Debug, Clone)]
struct Memo {
    /// Language guesses on texts spanning lines (foreign-promo blocks), by text and allowed languages.
    guesses: RefCell<Guesses>,
    cells: Vec<Cell<u16>>,
    words: [RefCell<Words>; slot::WORDS],
    /// First pass: every line lowercased, in one buffer, built on first use;
    /// kept for the later passes (for the lines not in `stale`).
    lower: OnceCell<Lowered>,
    /// Later passes (which lowercase only the few lines masking changed),
    /// and a large document's first pass once it released `lower`: each
    /// line lowercased, once asked for, kept while the line is unchanged;
    /// empty in the first pass.
    lower_lines: Vec<OnceCell<Box<str>>>,
    /// The lines masking changed since `lower` was built (empty: none).
    stale: Vec<bool>,
    /// Per line, where [`crate::lexicon::norm_lower`] of the lowercased line
    /// lies in it ([`NORM_UNKNOWN`] while not computed, [`NORM_OWNED`] when
    /// it is not a slice of it); kept for unchanged lines across passes.
    norm: Vec<Cell<(u32, u32)>>,
    /// The normal forms that are no slice of their lowercased line
    /// ([`NORM_OWNED`]), by line, once asked for (the table is made for the
    /// first one); dropped with the line's other results.
    norm_owned: OnceCell<Vec<OnceCell<Box<str>>>>,
}

/// [`Memo::norm`] of a line not normalised yet.
const NORM_UNKNOWN: (u32, u32) = (u32::MAX, u32::MAX);
/// [`Memo::norm`] of a line whose normal form is not a slice of the lowercased line.
const NORM_OWNED: (u32, u32) = (u32::MAX, 0);

/// Every line of a text lowercased (`str::to_lowercase` per line), in one buffer.
#[derive(Debug, Clone, Default)]
struct Lowered {
    text: String,
    /// Line `i` is `text[bounds[i]..bounds[i + 1]]` (`bounds[0]` is 0).
    bounds: Vec<usize>,
}

impl Lowered {
    fn new(text: &str, lines: &[Line]) -> Lowered {
        let mut out = String::with_capacity(lines.iter().map(|l| l.end - l.start).sum());
        let mut bounds = Vec::with_capacity(lines.len() + 1);
        bounds.push(0);
        for l in lines {
            push_lower(&mut out, &text[l.range()]);
            bounds.push(out.len());
        }
        Lowered { text: out, bounds }
    }

    #[inline]
    fn get(&self, i: usize) -> &str {
        match self.bounds.get(i..i + 2) {
            Some(&[start, end]) => &self.text[start..end],
            _ => panic!("line {i} out of range"),
        }
    }
}

/// Appends `line.to_lowercase()` to `out`: runs of ASCII in bulk, other
/// characters one by one with `char::to_lowercase` (which is what
/// `str::to_lowercase` does for every character but `Σ`, whose lowercase
/// depends on its neighbours: lines with one go through `str::to_lowercase`).
pub(crate) fn push_lower(out: &mut String, line: &str) {
    let at = out.len();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        // Eight bytes at a time while they are all ASCII.
        while bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).is_some_and(|w| u64::from_le_bytes(w) & 0x8080_8080_8080_8080 == 0) {
            i += 8;
        }
        while i < bytes.len() && bytes[i].is_ascii() {
            i += 1;
        }
        if i > start {
            let at = out.len();
            out.push_str(&line[start..i]);
            out[at..].make_ascii_lowercase();
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii() {
            i += 1;
        }
        for c in line[start..i].chars() {
            if c == 'Σ' {
                out.truncate(at);
                out.push_str(&line.to_lowercase());
                return;
            }
            out.extend(c.to_lowercase());
        }
    }
}

/// `line.to_lowercase()`, by [`push_lower`].
fn lowercase(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    push_lower(&mut out, line);
    out
}

impl Memo {
    fn new(n: usize) -> Memo {
        Memo {
            guesses: Default::default(),
            cells: vec![Cell::new(0); n * slot::COUNT],
            words: Default::default(),
            lower: OnceCell::new(),
            lower_lines: Vec::new(),
            stale: Vec::new(),
            norm: vec![Cell::new(NORM_UNKNOWN); n],
            norm_owned: OnceCell::new(),
        }
    }

    /// Drops the lowercased lines (detectors only lowercase lines they have
    /// not memoised, so a later pass needs few of them).
    fn drop_lower(&mut self) {
        self.lower = OnceCell::new();
        self.lower_lines = Vec::new();
        self.stale = Vec::new();
    }

    fn forget_line(&mut self, i: usize) {
        self.cells[i * slot::COUNT..(i + 1) * slot::COUNT].iter().for_each(|c| c.set(0));
        self.norm[i].set(NORM_UNKNOWN);
        if let Some(owned) = self.norm_owned.get_mut() {
            owned[i] = OnceCell::new();
        }
        for w in &mut self.words {
            w.get_mut().forget_line(i);
        }
    }

    fn forget(&mut self) {
        self.cells.iter().for_each(|c| c.set(0));
        self.norm.iter().for_each(|c| c.set(NORM_UNKNOWN));
        self.norm_owned = OnceCell::new();
        for w in &mut self.words {
            *w.get_mut() = Words::default();
        }
        self.guesses.get_mut().clear();
    }
}

/// Signals of one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineFeatures {
    /// Characters (Unicode scalar values) in the line, whitespace trimmed.
    pub chars: u32,
    /// Word tokens (runs of letters/digits; a run of han or kana characters
    /// counts one word per two of them, rounded up).
    pub words: u32,
    /// Words that are in the document language's stoplist.
    pub stopwords: u32,
    /// Words that start with an uppercase letter.
    pub title_words: u32,
    /// Words of two or more letters, all uppercase.
    pub caps_words: u32,
    /// Words made only of digits.
    pub number_words: u32,
    /// Letters.
    pub letters: u32,
    /// Digits.
    pub digits: u32,
    /// Ends with sentence punctuation (`.`, `!`, `?`, `…`, possibly before a closing quote/bracket).
    pub terminal: bool,
    /// Ends with a colon.
    pub colon_end: bool,
    /// Sentence ends inside the line (`. ` followed by more text).
    pub inner_sentences: u32,
    /// Separator characters typical of menus and share bars (`|`, `·`, `•`, `»`, `›`, `/`, `>`).
    pub separators: u32,
    /// Commas (also `，` and `、`).
    pub commas: u32,
    /// Starts with a bullet (`-`, `*`, `•`, `·`, `–`) or a list number (`1.`, `2)`).
    pub bullet: bool,
    /// Contains a URL, an e-mail address or a `@handle`.
    pub link: bool,
}

impl LineFeatures {
    /// Share of words in the stoplist (0 for lines without words).
    pub fn stop_density(&self) -> f32 {
        ratio(self.stopwords, self.words)
    }
    /// Share of words in Title Case.
    pub fn title_ratio(&self) -> f32 {
        ratio(self.title_words, self.words)
    }
    /// Share of words in ALL CAPS.
    pub fn caps_ratio(&self) -> f32 {
        ratio(self.caps_words, self.words)
    }
    /// Share of digits among letters and digits.
    pub fn digit_ratio(&self) -> f32 {
        ratio(self.digits, self.letters + self.digits)
    }
}

fn ratio(a: u32, b: u32) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// The analysed document that detectors work on.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The decoded text.
    pub text: &'a str,
    /// Lines with byte offsets.
    pub lines: Vec<Line>,
    /// Features, one per line.
    pub feats: Vec<LineFeatures>,
    /// Dominant language (forced, detected, or unknown).
    pub lang: Option<Lang>,
    /// Stoplist of the dominant language, if there is one (none for Chinese
    /// and Japanese, whose unspaced words the tokeniser cannot match to it).
    pub stoplist: Option<&'static Stoplist>,
    /// The language set per-block detection is restricted to.
    pub languages: Vec<Lang>,
    /// Per-line memo of detector results.
    memo: Memo,
}

/// What a later fixpoint pass can reuse from the previous pass's [`Doc`]:
/// everything per line, for the lines whose bytes did not change.
#[derive(Debug)]
pub struct Carry {
    lines: Vec<Line>,
    feats: Vec<LineFeatures>,
    lang: Option<Lang>,
    memo: Memo,
}

impl Carry {
    /// The lines (byte ranges as in the original text; `blank` as of the last pass).
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The lines, dropping everything else.
    pub fn into_lines(self) -> Vec<Line> {
        self.lines
    }
}

/// The stoplist that [`line_features`] counts a language's stopwords with:
/// none for Chinese and Japanese, whose words the tokeniser cannot find
/// (unspaced text is read as long runs, none of them a stopword).
fn word_stoplist(lang: Lang) -> Option<&'static Stoplist> {
    if matches!(lang, Lang::Cmn | Lang::Jpn) {
        return None;
    }
    lang::stoplist(lang)
}

impl<'a> Doc<'a> {
    /// Segments and analyses `text`. `lang` forces the document language;
    /// `languages` restricts detection (empty: all supported).
    pub fn analyse(text: &'a str, lang: Option<Lang>, languages: &[Lang]) -> Doc<'a> {
        let lines = segment::lines(text);
        let lang = lang.or_else(|| detect_document_language(text, &lines, languages));
        let stoplist = lang.and_then(word_stoplist);
        let feats = lines.iter().map(|l| line_features(&text[l.range()], stoplist)).collect();
        let memo = Memo::new(lines.len());
        Doc { text, lines, feats, lang, stoplist, languages: languages.to_vec(), memo }
    }

    /// What a later pass over a masked copy of this text can reuse (see [`Doc::analyse_after`]).
    pub fn carry(&self) -> Carry {
        let mut memo = self.memo.clone();
        memo.drop_lower();
        Carry { lines: self.lines.clone(), feats: self.feats.clone(), lang: self.lang, memo }
    }

    /// Turns this document into what the next pass can reuse, lowercased
    /// lines included (`decide` asks for some of them in every pass; a
    /// large document released them, see [`Doc::release_lower`]).
    pub fn into_carry(self) -> Carry {
        Carry { lines: self.lines, feats: self.feats, lang: self.lang, memo: self.memo }
    }

    /// Analyses `text`, which must equal the text `prev` came from except in the
    /// lines flagged in `changed`, where bytes may have been replaced by spaces
    /// (line terminators untouched). The result equals `Doc::analyse(text, lang,
    /// languages)` except for the document language, which is the previous
    /// pass's (the language of the document, not of what masking left of it:
    /// whatlang on the ~4 KB sample was a fifth of all the work, over a third
    /// of it in later passes, and on the dev corpus a later pass's sample changed the
    /// guess once, to none, where masked lines had filled the sample with
    /// spaces); unchanged lines reuse their features and memo.
    pub fn analyse_after(text: &'a str, prev: Carry, changed: &[bool], lang: Option<Lang>, languages: &[Lang]) -> Doc<'a> {
        let Carry { mut lines, mut feats, lang: prev_lang, mut memo } = prev;
        debug_assert!(segment::lines(text).iter().map(Line::range).eq(lines.iter().map(Line::range)));
        // Lines masking blanked whole are all spaces: blank, with the features of an empty line
        // (`line_features` reads only the trimmed line).
        let mut spaces = vec![false; lines.len()];
        // Lowercased lines stay for unchanged lines: per line, or in the first
        // pass's buffer for lines not marked stale.
        if memo.lower_lines.len() != lines.len() {
            memo.lower_lines = vec![OnceCell::new(); lines.len()];
        }
        if memo.lower.get().is_some() && memo.stale.len() != lines.len() {
            memo.stale = vec![false; lines.len()];
        }
        for (i, l) in lines.iter_mut().enumerate() {
            if changed[i] {
                spaces[i] = all_spaces(&text.as_bytes()[l.range()]);
                l.blank = spaces[i] || trim(&text[l.range()]).is_empty();
                memo.lower_lines[i] = OnceCell::new();
                if let Some(s) = memo.stale.get_mut(i) {
                    *s = true;
                }
            }
        }
        let lang = lang.or(prev_lang);
        let stoplist = lang.and_then(word_stoplist);
        if lang == prev_lang {
            let empty = line_features("", stoplist);
            for (i, l) in lines.iter().enumerate() {
                if changed[i] {
                    feats[i] = if spaces[i] { empty.clone() } else { line_features(&text[l.range()], stoplist) };
                    memo.forget_line(i);
                }
            }
        } else {
            // In place: no second vector of features while the first is alive.
            feats.clear();
            feats.extend(lines.iter().map(|l| line_features(&text[l.range()], stoplist)));
            memo.forget();
        }
        Doc { text, lines, feats, lang, stoplist, languages: languages.to_vec(), memo }
    }

    /// The memoised per-line result of a detector: `f()` the first time for
    /// line `i` and `slot` (see [`slot`]), the stored value afterwards, also in
    /// later passes while the line is unchanged. `f` must depend only on the
    /// line's text and features and on the document's language settings, and
    /// return less than `u16::MAX`.
    pub fn memo(&self, slot: usize, i: usize, f: impl FnOnce() -> u16) -> u16 {
        debug_assert!(slot < slot::COUNT);
        let c = &self.memo.cells[i * slot::COUNT + slot];
        match c.get() {
            0 => {
                let v = f();
                debug_assert!(v < u16::MAX);
                c.set(v.saturating_add(1));
                v
            }
            v => v - 1,
        }
    }

    /// A memoised per-line predicate: flag `flag` (0..8) of `slot`, under the same rules as [`Doc::memo`].
    pub fn memo_flag(&self, slot: usize, flag: u32, i: usize, f: impl FnOnce() -> bool) -> bool {
        debug_assert!(slot < slot::COUNT);
        let c = &self.memo.cells[i * slot::COUNT + slot];
        let bits = c.get();
        let (known, value) = (1u16 << (2 * flag), 1u16 << (2 * flag + 1));
        if bits & known != 0 {
            return bits & value != 0;
        }
        let v = f();
        c.set(bits | known | if v { value } else { 0 });
        v
    }

    /// Line `i` (terminator excluded) lowercased with `str::to_lowercase`,
    /// computed once per line. Its `.trim()` equals the trimmed line lowercased.
    pub fn lower(&self, i: usize) -> &str {
        match self.memo.lower_lines.get(i) {
            Some(cell) => match self.memo.lower.get() {
                // A later pass: the first pass's buffer holds the unchanged lines.
                Some(all) if !self.memo.stale.get(i).copied().unwrap_or(false) => all.get(i),
                _ => cell.get_or_init(|| lowercase(self.line(i)).into_boxed_str()),
            },
            None => self.memo.lower.get_or_init(|| Lowered::new(self.text, &self.lines)).get(i),
        }
    }

    /// [`crate::lexicon::norm_lower`] of [`Doc::lower`]`(i)`: where it lies in
    /// the lowercased line is remembered (across passes too, while the line
    /// is unchanged), so the detectors that compare whole lines with phrase
    /// sets normalise each line once.
    pub fn norm_lower(&self, i: usize) -> Cow<'_, str> {
        let lower = self.lower(i);
        let cell = &self.memo.norm[i];
        match cell.get() {
            NORM_UNKNOWN => {}
            NORM_OWNED => return Cow::Borrowed(self.owned_norm(i, || crate::lexicon::norm_lower(lower))),
            (s, e) => return Cow::Borrowed(&lower[s as usize..e as usize]),
        }
        let n = crate::lexicon::norm_lower(lower);
        let span = match &n {
            Cow::Borrowed(b) => {
                let s = b.as_ptr() as usize - lower.as_ptr() as usize;
                match (u32::try_from(s), u32::try_from(s + b.len())) {
                    (Ok(s), Ok(e)) if e < u32::MAX => (s, e),
                    _ => NORM_OWNED,
                }
            }
            Cow::Owned(_) => NORM_OWNED,
        };
        cell.set(span);
        if span == NORM_OWNED {
            return Cow::Borrowed(self.owned_norm(i, || n));
        }
        n
    }

    /// Line `i`'s normal form that is no slice of its lowercased line, kept
    /// once `make` made it.
    fn owned_norm<'s>(&'s self, i: usize, make: impl FnOnce() -> Cow<'s, str>) -> &'s str {
        let owned = self.memo.norm_owned.get_or_init(|| vec![OnceCell::new(); self.lines.len()]);
        owned[i].get_or_init(|| make().into_owned().into_boxed_str())
    }

    /// Frees the lowercased lines (see [`Doc::lower`]); a later call of
    /// `lower` computes them again, one line at a time (what reads them
    /// afterwards, `decide`, reads few: not the whole document again). For
    /// detectors that read none of them.
    pub fn release_lower(&mut self) {
        self.memo.lower = OnceCell::new();
        self.memo.lower_lines = vec![OnceCell::new(); self.lines.len()];
        self.memo.stale = Vec::new();
    }

    /// [`lang::detect`] of `text` among `allow`, remembered per document
    /// (across passes too: the result depends on nothing else).
    pub fn detect_lang(&self, text: &str, allow: &[Lang]) -> Option<lang::Guess> {
        let key = (Box::<str>::from(text), allow.to_vec());
        if let Some(g) = self.memo.guesses.borrow().get(&key) {
            return *g;
        }
        let g = lang::detect(text, allow);
        self.memo.guesses.borrow_mut().insert(key, g);
        g
    }

    /// Forgets every memoised detector result (for benchmarks that run a detector repeatedly).
    pub fn forget_memo(&mut self) {
        self.memo.forget();
    }

    /// The words of every line under `tokenise`, interned per document, in
    /// word-list slot `slot` (see [`slot`]). Computed on first use and kept
    /// for unchanged lines across passes, like [`Doc::memo`]: `tokenise`
    /// must depend only on the line and the stoplist, and one slot must
    /// always be used with the same tokeniser.
    pub fn words(&self, slot: usize, tokenise: Tokeniser) -> Ref<'_, Words> {
        // While a list from an earlier call is still borrowed, every line is
        // already done (a call returns only then): just share it.
        if let Ok(mut w) = self.memo.words[slot].try_borrow_mut() {
            let w = &mut *w;
            if w.spans.len() != self.lines.len() {
                w.spans = vec![(u32::MAX, u32::MAX); self.lines.len()];
            }
            for (i, l) in self.lines.iter().enumerate() {
                if w.spans[i].0 != u32::MAX {
                    continue;
                }
                let start = w.ids.len() as u32;
                if l.blank {
                    // White space only: no words under any tokeniser.
                    w.spans[i] = (start, start);
                    continue;
                }
                let (ids, interner) = (&mut w.ids, &mut w.interner);
                tokenise(&self.text[l.range()], self.stoplist, &mut |word| ids.push(interner.id(word)));
                w.spans[i] = (start, w.ids.len() as u32);
            }
        }
        self.memo.words[slot].borrow()
    }

    /// The word lists of two slots (see [`Doc::words`]), filled together,
    /// one scan per line, with one interner: `tokenise` gives each word with
    /// the lists it goes to (bit 1: `slots[0]`, bit 2: `slots[1]`), and a word
    /// for both is interned once. Returns the list of `want` (one of the
    /// two). Both slots must always be filled this way, with the same tokeniser.
    pub fn word_pair(&self, slots: [usize; 2], tokenise: PairTokeniser, want: usize) -> Ref<'_, Words> {
        debug_assert!(slots[0] != slots[1] && slots.contains(&want));
        // While either list is still borrowed, every line of both is done.
        if let (Ok(mut a), Ok(mut b)) = (self.memo.words[slots[0]].try_borrow_mut(), self.memo.words[slots[1]].try_borrow_mut()) {
            let (a, b) = (&mut *a, &mut *b);
            for w in [&mut *a, &mut *b] {
                if w.spans.len() != self.lines.len() {
                    w.spans = vec![(u32::MAX, u32::MAX); self.lines.len()];
                }
            }
            for (i, l) in self.lines.iter().enumerate() {
                if a.spans[i].0 != u32::MAX && b.spans[i].0 != u32::MAX {
                    continue;
                }
                let (sa, sb) = (a.ids.len() as u32, b.ids.len() as u32);
                if !l.blank {
                    let (ia, interner, ib) = (&mut a.ids, &mut a.interner, &mut b.ids);
                    tokenise(&self.text[l.range()], self.stoplist, &mut |lists, w| {
                        let id = interner.id(w);
                        if lists & 1 != 0 {
                            ia.push(id);
                        }
                        if lists & 2 != 0 {
                            ib.push(id);
                        }
                    });
                }
                a.spans[i] = (sa, a.ids.len() as u32);
                b.spans[i] = (sb, b.ids.len() as u32);
            }
            b.shared_ids = a.interner.len();
        }
        self.memo.words[want].borrow()
    }

    /// The text of line `i` (terminator excluded).
    pub fn line(&self, i: usize) -> &'a str {
        &self.text[self.lines[i].range()]
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True for a document without lines.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Index of the previous non-blank line before `i`.
    pub fn prev_nonblank(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.lines[j].blank)
    }

    /// Index of the next non-blank line after `i`.
    pub fn next_nonblank(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&j| !self.lines[j].blank)
    }
}

/// Detects the dominant language from a sample of the wordiest lines (about
/// 2.5 KB: whatlang's cost grows with it; with 2.5 KB the dev corpus gives the
/// same outputs as with 4 KB, and cleaning an output again finds the same
/// language, now that later passes keep the first pass's). When the
/// sample's stop words decide the language ([`lang::by_stopwords`]),
/// whatlang is not asked.
pub fn detect_document_language(text: &str, lines: &[Line], languages: &[Lang]) -> Option<Lang> {
    let sample = document_sample(text, lines);
    lang::by_stopwords(&sample, languages).or_else(|| lang::detect(&sample, languages).map(|g| g.lang))
}

/// The sample [`detect_document_language`] reads: the longest lines, up to about 2.5 KB.
fn document_sample(text: &str, lines: &[Line]) -> String {
    let mut idx: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].end - lines[i].start >= 40).collect();
    idx.sort_by_key(|&i| std::cmp::Reverse(lines[i].end - lines[i].start));
    let mut sample = String::with_capacity(2700);
    for i in idx {
        if sample.len() > 2500 {
            break;
        }
        let l = &text[lines[i].range()];
        let take = l.char_indices().nth(600).map(|(b, _)| b).unwrap_or(l.len());
        sample.push_str(&l[..take]);
        sample.push('\n');
    }
    if sample.is_empty() {
        let take = text.char_indices().nth(2000).map(|(b, _)| b).unwrap_or(text.len());
        sample.push_str(&text[..take]);
    }
    sample
}

/// True when every byte of `s` is a space (as masking leaves a removed line), eight at a time.
fn all_spaces(s: &[u8]) -> bool {
    let mut chunks = s.chunks_exact(8);
    chunks.all(|c| c == b"        ") && chunks.remainder().iter().all(|&b| b == b' ')
}

/// `s.trim()`, skipping ASCII white space a byte at a time first (lines
/// blanked by masking are all spaces): a line whose ends are ASCII and not
/// white space comes back after two byte tests.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
        if first > b' ' && first < 0x80 && last > b' ' && last < 0x80 {
            return s;
        }
    }
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let mut i = 0;
    while i < b.len() && ws(b[i]) {
        i += 1;
    }
    let mut j = b.len();
    while j > i && ws(b[j - 1]) {
        j -= 1;
    }
    // Ends that are ASCII (and not white space) are trimmed already.
    if i == j || b[i] < 0x80 && b[j - 1] < 0x80 {
        return &s[i..j];
    }
    s[i..j].trim()
}

/// `c.is_alphabetic()`, answering the common non-ASCII cases without the
/// Unicode table search: letters of Latin-1 and Latin Extended-A/B
/// (U+00C0–U+024F, all but `×` and `÷`) and General Punctuation
/// (U+2000–U+206F, none). A test checks it against `char` for every character.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, with the fast cases of [`is_alphabetic`] (none of
/// those non-ASCII characters is numeric).
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// A han ideograph or a kana: the scripts that write words without spaces
/// (Chinese, Japanese; Korean hangul is spaced and is not one of them).
#[inline]
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff66}'..='\u{ff9d}' | '\u{20000}'..='\u{2fa1f}')
}

/// Words that a token with `cjk` han or kana characters counts beyond its
/// first: Chinese and Japanese runs have no spaces, so a run of `n` such
/// characters counts as ⌈n / 2⌉ words (about the length of a word there).
#[inline]
fn cjk_extra_words(cjk: u32) -> u32 {
    cjk.div_ceil(2).saturating_sub(1)
}

/// A string buffer reused across calls on one thread: [`scratch`] takes it
/// (empty), dropping it gives it back (unless it grew beyond 4 KB). A call
/// while it is taken gets a new one. Saves an allocation per line in the
/// per-line tokenisers.
pub(crate) struct Scratch(String);

thread_local! {
    static SCRATCH: Cell<String> = const { Cell::new(String::new()) };
}

/// The thread's [`Scratch`] buffer, empty.
pub(crate) fn scratch() -> Scratch {
    let mut s = SCRATCH.try_with(Cell::take).unwrap_or_default();
    s.clear();
    Scratch(s)
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if self.0.capacity() <= 4096 {
            let s = std::mem::take(&mut self.0);
            let _ = SCRATCH.try_with(|c| c.set(s));
        }
    }
}

impl std::ops::Deref for Scratch {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Scratch {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// What may follow a sentence's end on a line: closing quotes and brackets,
/// a footnote star, and invisible format characters (zero-width space and
/// joiners, invisible separators, byte-order mark) that some pages put there.
const TAIL_MARKS: [char; 17] = [
    '"', '\'', '”', '’', '»', ')', ']', '“', '*', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{FEFF}',
];

/// Sets how the trimmed line `t` ends: a sentence's end or a colon, before
/// any [`TAIL_MARKS`].
fn set_line_end(f: &mut LineFeatures, t: &str) {
    let tail = t.trim_end_matches(TAIL_MARKS);
    f.terminal = tail.ends_with(['.', '!', '?', '…', '。', '！', '？']);
    f.colon_end = tail.ends_with(':');
}

/// Classes of ASCII bytes for [`line_features`]' runs: 1 for a lowercase
/// letter, 3 for an uppercase one, 5 for a digit, 0 for the rest.
pub(crate) static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_lowercase() {
            1
        } else if b.is_ascii_uppercase() {
            3
        } else if b.is_ascii_digit() {
            5
        } else {
            0
        };
        c += 1;
    }
    t
};

/// Computes the features of one line.
pub fn line_features(line: &str, stoplist: Option<&Stoplist>) -> LineFeatures {
    let t = trim(line);
    let mut f = LineFeatures::default();
    let mut lower = scratch();
    let mut prev: Option<char> = None;
    let mut word_start = true;
    let (mut w_letters, mut w_upper, mut w_digits, mut w_first_upper) = (0u32, 0u32, 0u32, false);
    let mut w_cjk = 0u32;
    let end_word = |f: &mut LineFeatures, lower: &mut String, wl: u32, wu: u32, wd: u32, fu: bool| {
        if wl + wd == 0 {
            return;
        }
        f.words += 1;
        if fu {
            f.title_words += 1;
        }
        if wl >= 2 && wu == wl {
            f.caps_words += 1;
        }
        if wl == 0 {
            f.number_words += 1;
        }
        if let Some(s) = stoplist {
            if s.contains(lower.as_str()) {
                f.stopwords += 1;
            }
        }
        lower.clear();
    };
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            // A run of ASCII letters and digits, in bulk: its uppercase
            // letters and digits counted from a class table.
            let start = i;
            w_first_upper |= word_start && b[i].is_ascii_uppercase();
            let (mut upper, mut digits) = (0u32, 0u32);
            while i < b.len() {
                let k = ASCII_CLASS[b[i] as usize];
                if k == 0 {
                    break;
                }
                upper += u32::from(k >> 1 & 1);
                digits += u32::from(k >> 2);
                i += 1;
            }
            word_start = false;
            let run = (i - start) as u32;
            w_letters += run - digits;
            w_upper += upper;
            f.digits += digits;
            w_digits += digits;
            f.chars += run;
            if stoplist.is_some() {
                let at = lower.len();
                lower.push_str(&t[start..i]);
                lower[at..].make_ascii_lowercase();
            }
            prev = Some(b[i - 1] as char);
            continue;
        }
        // An ASCII byte here is no letter or digit (the runs above took those).
        let c = if b[i] < 0x80 {
            i += 1;
            char::from(b[i - 1])
        } else {
            let Some(c) = t[i..].chars().next() else { break };
            i += c.len_utf8();
            c
        };
        let next = || t[i..].chars().next();
        f.chars += 1;
        if !c.is_ascii() && is_alphanumeric(c) || (c == '\'' || c == '’') && w_letters > 0 && next().is_some_and(is_alphabetic) {
            w_cjk += is_cjk(c) as u32;
            if is_alphabetic(c) {
                w_letters += 1;
                if c.is_uppercase() {
                    w_upper += 1;
                    if word_start {
                        w_first_upper = true;
                    }
                }
            } else if c.is_numeric() {
                f.digits += 1;
                w_digits += 1;
            }
            if stoplist.is_some() {
                if c.is_ascii() {
                    lower.push(c.to_ascii_lowercase());
                } else {
                    lower.extend(c.to_lowercase());
                }
            }
            word_start = false;
        } else {
            f.letters += w_letters;
            end_word(&mut f, &mut lower, w_letters, w_upper, w_digits, w_first_upper);
            f.words += cjk_extra_words(w_cjk);
            (w_letters, w_upper, w_digits, w_first_upper, w_cjk) = (0, 0, 0, false, 0);
            word_start = true;
            match c {
                ',' | '，' | '、' => f.commas += 1,
                '|' | '·' | '•' | '»' | '›' | '>' | '«' | '‹' => f.separators += 1,
                '/' if prev.is_some_and(char::is_whitespace) => f.separators += 1,
                '.' | '!' | '?' if next().is_some_and(char::is_whitespace) => f.inner_sentences += 1,
                '@' => f.link = true,
                _ => {}
            }
        }
        prev = Some(c);
    }
    f.letters += w_letters;
    end_word(&mut f, &mut lower, w_letters, w_upper, w_digits, w_first_upper);
    f.words += cjk_extra_words(w_cjk);
    set_line_end(&mut f, t);
    f.bullet = t.starts_with(['-', '*', '•', '·', '–', '—', '►', '▶', '■', '□', '✓', '→'])
        || list_number(t);
    f.link |= has_web_address(t);
    f
}

/// `t` opens with a list number, `1.` or `12)` and a space: what
/// `t.split_once(['.', ')'])` gives as a non-empty head of at most two ASCII
/// digits and a tail starting with a space, reading only the first bytes.
fn list_number(t: &str) -> bool {
    let b = t.as_bytes();
    let d = b.iter().take(3).take_while(|x| x.is_ascii_digit()).count();
    (1..=2).contains(&d) && matches!(b.get(d), Some(b'.' | b')')) && b.get(d + 1) == Some(&b' ')
}

/// Whether byte `x` occurs in `s`: one pass over all of `s` that the
/// compiler vectorises, cheaper than `memchr` on lines of a few dozen bytes.
#[inline]
pub(crate) fn has_byte(s: &[u8], x: u8) -> bool {
    s.iter().fold(false, |a, &c| a | (c == x))
}

/// `t.contains("http://") || t.contains("https://") || t.contains("www.")`.
fn has_web_address(t: &str) -> bool {
    // Each "www." starts at a 'w' and holds "w."; each "http://" or
    // "https://" has its "://" at a ':'. Both bytes are found with `memchr`
    // in a line that passes the vectorised screens for ':' and "w.".
    let b = t.as_bytes();
    let w_dot = b.iter().zip(b.get(1..).unwrap_or_default()).fold(false, |a, (&x, &y)| a | (x == b'w') & (y == b'.'));
    let mut from = 0;
    while let Some(k) = if w_dot { t[from..].find('w') } else { None } {
        let at = from + k;
        if b[at..].starts_with(b"www.") {
            return true;
        }
        from = at + 1;
    }
    from = 0;
    let colon = has_byte(b, b':');
    while let Some(k) = if colon { t[from..].find(':') } else { None } {
        let at = from + k;
        if b[at..].starts_with(b"://") && (b[..at].ends_with(b"http") || b[..at].ends_with(b"https")) {
            return true;
        }
        from = at + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_runs_count_a_word_per_two_characters() {
        // "3月12日上午9时" has 5 han (3 words), the clause after the comma 14 (7 words).
        assert_eq!(line_features("3月12日上午9时，江城地铁6号线首段正式开通运营。", None).words, 10);
        assert_eq!(line_features("北浜市は12日、発表した。", None).words, 5);
        assert_eq!(line_features("청솔시가 학생 수 감소로", None).words, 4);
        assert_eq!(line_features("Hello world", None).words, 2);
        assert_eq!(line_features("来源：江城晨报，作者：陈晓东、李明", None).commas, 2);
    }

    /// The plain version that [`line_features`] must equal.
    fn line_features_reference(line: &str, stoplist: Option<&Stoplist>) -> LineFeatures {
        let t = trim(line);
        let mut f = LineFeatures::default();
        let mut lower = if stoplist.is_some() { String::with_capacity(32) } else { String::new() };
        let mut prev: Option<char> = None;
        let mut chars = t.chars().peekable();
        let mut word_start = true;
        let (mut w_letters, mut w_upper, mut w_digits, mut w_first_upper) = (0u32, 0u32, 0u32, false);
        let mut w_cjk = 0u32;
        let end_word = |f: &mut LineFeatures, lower: &mut String, wl: u32, wu: u32, wd: u32, fu: bool| {
            if wl + wd == 0 {
                return;
            }
            f.words += 1;
            if fu {
                f.title_words += 1;
            }
            if wl >= 2 && wu == wl {
                f.caps_words += 1;
            }
            if wl == 0 {
                f.number_words += 1;
            }
            if let Some(s) = stoplist {
                if s.contains(lower.as_str()) {
                    f.stopwords += 1;
                }
            }
            lower.clear();
        };
        while let Some(c) = chars.next() {
            f.chars += 1;
            if is_alphanumeric(c) || (c == '\'' || c == '’') && w_letters > 0 && chars.peek().is_some_and(|&n| is_alphabetic(n)) {
                if is_cjk(c) {
                    w_cjk += 1;
                }
                if is_alphabetic(c) {
                    f.letters += 1;
                    w_letters += 1;
                    if c.is_uppercase() {
                        w_upper += 1;
                        if word_start {
                            w_first_upper = true;
                        }
                    }
                } else if c.is_numeric() {
                    f.digits += 1;
                    w_digits += 1;
                }
                if stoplist.is_some() {
                    if c.is_ascii() {
                        lower.push(c.to_ascii_lowercase());
                    } else {
                        lower.extend(c.to_lowercase());
                    }
                }
                word_start = false;
            } else {
                end_word(&mut f, &mut lower, w_letters, w_upper, w_digits, w_first_upper);
                f.words += w_cjk.div_ceil(2).saturating_sub(1);
                (w_letters, w_upper, w_digits, w_first_upper, w_cjk) = (0, 0, 0, false, 0);
                word_start = true;
                match c {
                    ',' | '，' | '、' => f.commas += 1,
                    '|' | '·' | '•' | '»' | '›' | '>' | '«' | '‹' => f.separators += 1,
                    '/' if prev.is_some_and(char::is_whitespace) => f.separators += 1,
                    '.' | '!' | '?' if chars.peek().is_some_and(|n| n.is_whitespace()) => f.inner_sentences += 1,
                    '@' => f.link = true,
                    _ => {}
                }
            }
            prev = Some(c);
        }
        end_word(&mut f, &mut lower, w_letters, w_upper, w_digits, w_first_upper);
        f.words += w_cjk.div_ceil(2).saturating_sub(1);
        set_line_end(&mut f, t);
        f.bullet = t.starts_with(['-', '*', '•', '·', '–', '—', '►', '▶', '■', '□', '✓', '→'])
            || t.split_once(['.', ')']).is_some_and(|(n, rest)| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(' '));
        f.link |= has_web_address(t);
        f
    }

    #[test]
    fn list_number_equals_split_once() {
        for t in ["", "1", "1.", "1. x", "12) x", "123. x", "1.5 x", "a. x", "1) ", "1)x", "٣. x", "1 . x", "01. x", "1.. x", "x 1. y"] {
            let plain = t.split_once(['.', ')']).is_some_and(|(n, rest)| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(' '));
            assert_eq!(list_number(t), plain, "{t:?}");
        }
    }

    #[test]
    fn line_features_equal_the_plain_version() {
        let mut texts: Vec<String> = ["", "a", "don't stop", "l’été 2024", "it'", "'tis", "A/B / c", "x. y", "x.\u{a0}y", "x!", "ÄBC déF 12a", "日本語 テスト", "Σ ΣΑΣ", "e\u{301}t\u{301}", "x’y", "Ab’Ĉd", "1,2 | 3 · 4 » @me", "WWW.x.org", "- item", "1. item", "\u{2003}ok\u{2003}"].map(String::from).to_vec();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(String::from));
            }
        }
        texts.extend(crate::testdata::corpus_lines());
        for stop in [None, lang::stoplist(Lang::Eng), lang::stoplist(Lang::Deu)] {
            for t in &texts {
                assert_eq!(line_features(t, stop), line_features_reference(t, stop), "{t:?}");
            }
        }
    }

    #[test]
    fn counts_words_and_casing() {
        let s = lang::stoplist(Lang::Eng);
        let f = line_features("The BBC said it was a Good Day in 2024.", s);
        assert_eq!(f.words, 10);
        assert_eq!(f.caps_words, 1);
        assert_eq!(f.title_words, 4);
        assert_eq!(f.number_words, 1);
        assert!(f.terminal);
        assert!(f.stopwords >= 4);
    }

    #[test]
    fn separators_and_bullets() {
        let f = line_features("Home | News | Sport", None);
        assert_eq!(f.separators, 2);
        assert!(!f.terminal);
        assert!(line_features("- item", None).bullet);
        assert!(line_features("1. item", None).bullet);
        assert!(!line_features("1.5 million", None).bullet);
    }

    #[test]
    fn terminal_through_quotes() {
        assert!(line_features("He said: \"Go.\"", None).terminal);
        assert!(line_features("Read this:", None).colon_end);
    }

    #[test]
    fn later_pass_equals_fresh_analysis() {
        let text = "Home | News | Sport\n\nThe council approved the budget on Tuesday after a long debate about the schools.\n\
            Members said the plan protects libraries, parks and bus routes for the coming years.\nSign up to our newsletter\n";
        let doc = Doc::analyse(text, None, &[]);
        // Blank out the first and the last line, as the fixpoint loop does.
        let mut masked = text.as_bytes().to_vec();
        let mut changed = vec![false; doc.len()];
        for i in [0, doc.len() - 1] {
            masked[doc.lines[i].range()].fill(b' ');
            changed[i] = true;
        }
        let masked = String::from_utf8(masked).unwrap();
        let later = Doc::analyse_after(&masked, doc.carry(), &changed, None, &[]);
        let fresh = Doc::analyse(&masked, None, &[]);
        assert_eq!(later.lines, fresh.lines);
        assert_eq!(later.feats, fresh.feats);
        assert_eq!(later.lang, fresh.lang);
        assert!(later.lines[0].blank && !doc.lines[0].blank);
    }

    /// Lowercased lines carried into later passes (the first pass's buffer,
    /// per-line ones, a released buffer) are those of the masked text.
    #[test]
    fn carried_lowercase_follows_masking() {
        let text = "Home | NEWS\nThe Council APPROVED the budget.\nSign UP\nÉTÉ À Paris\n";
        for release in [false, true] {
            let mut doc = Doc::analyse(text, None, &[]);
            let _ = doc.lower(0);
            if release {
                doc.release_lower();
                let _ = doc.lower(1);
            }
            let mut bytes = text.as_bytes().to_vec();
            let mut carry = doc.into_carry();
            for masked_line in [0, 3] {
                let mut changed = vec![false; carry.lines().len()];
                let r = carry.lines()[masked_line].range();
                bytes[r].fill(b' ');
                changed[masked_line] = true;
                let masked = String::from_utf8(bytes.clone()).unwrap();
                let later = Doc::analyse_after(&masked, carry, &changed, None, &[]);
                for i in 0..later.len() {
                    assert_eq!(later.lower(i), later.line(i).to_lowercase(), "{release} {masked_line} {i}");
                }
                carry = later.into_carry();
            }
        }
    }

    #[test]
    fn lowercase_equals_str_to_lowercase() {
        let mut texts: Vec<String> = ["", "ABC Déjà VU", "ΟΔΥΣΣΕΥΣ Σ ΣΑ", "abc ΣΑ é ΣΣ", "İSTANBUL ẞ ǅ Ⅻ", "日本語ABC", "ÀÉÎ", "x\u{301}Y"].map(String::from).to_vec();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(String::from));
            }
        }
        for t in &texts {
            assert_eq!(lowercase(t), t.to_lowercase(), "{t:?}");
        }
    }

    #[test]
    fn memoised_norm_equals_norm_lower() {
        let text = "  Leave a   Reply \n\n« Impressum »\nKommentare:\n\u{a0}Read\u{2003}more\nThe council approved the budget.\n";
        let doc = Doc::analyse(text, None, &[]);
        for _ in 0..2 {
            for i in 0..doc.len() {
                assert_eq!(doc.norm_lower(i), crate::lexicon::norm_lower(doc.lower(i)), "{i}");
            }
        }
        let mut changed = vec![false; doc.len()];
        changed[0] = true;
        let masked = text.replacen("  Leave a   Reply ", &" ".repeat(18), 1);
        let later = Doc::analyse_after(&masked, doc.carry(), &changed, None, &[]);
        for i in 0..later.len() {
            assert_eq!(later.norm_lower(i), crate::lexicon::norm_lower(later.lower(i)), "{i}");
        }
    }

    #[test]
    fn scratch_buffers_start_empty_and_nest() {
        {
            let mut a = scratch();
            a.push_str("abc");
            let mut b = scratch();
            assert!(b.is_empty());
            b.push_str("x");
            assert_eq!((a.as_str(), b.as_str()), ("abc", "x"));
        }
        assert!(scratch().is_empty());
        let mut big = scratch();
        big.push_str(&"y".repeat(5000));
        drop(big);
        assert!(scratch().capacity() <= 4096);
    }

    #[test]
    fn fast_char_classes_equal_std() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn interner_ids_in_order_of_first_sight() {
        let mut it = Interner::default();
        assert_eq!([it.id("nord"), it.id("süd"), it.id("nord"), it.id("")], [0, 1, 0, 2]);
        // A word whose hash another word has (forced here) gets its own id.
        let h = it.hasher.hash_one("ost");
        it.by_hash.insert(h, 0);
        assert_eq!([it.id("ost"), it.id("nord"), it.id("ost"), it.id("west")], [3, 0, 3, 4]);
        assert_eq!(it.len(), 5);
        assert_eq!(it.word(1), "süd");
    }

    #[test]
    fn all_spaces_and_their_features() {
        let stop = crate::lang::stoplist(Lang::Eng);
        for n in 0..40 {
            let sp = " ".repeat(n);
            assert!(all_spaces(sp.as_bytes()));
            assert_eq!(line_features(&sp, stop), line_features("", stop));
            assert_eq!(line_features(&sp, None), line_features("", None));
            for k in 0..n {
                let mut b = sp.clone().into_bytes();
                b[k] = b'x';
                assert!(!all_spaces(&b));
                b[k] = b'\t';
                assert!(!all_spaces(&b));
            }
        }
    }

    #[test]
    fn trim_equals_str_trim() {
        for t in ["", " ", "  x  ", "\u{a0} x \u{3000}", "\t\x0b\x0c\r\n y\u{85}", " \u{2028}", "é ", " \u{1680}a\u{1680} "] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
    }

    #[test]
    fn web_address_test_equals_contains() {
        for t in ["", "h", "http:/", "http://x", "xhttps://", "see www.x.org", "ww.x", "wwww.", "httphttps://", "hhttp://"] {
            assert_eq!(has_web_address(t), t.contains("http://") || t.contains("https://") || t.contains("www."), "{t:?}");
        }
    }

    #[test]
    fn apostrophes_stay_in_words() {
        assert_eq!(line_features("don't stop", None).words, 2);
    }
}
