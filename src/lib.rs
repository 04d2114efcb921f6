//! chaff strips boilerplate from plain text scraped from news and web pages.
//!
//! It reads the text of a page (paywall notices, comment threads, menus,
//! teaser headlines, captions, promos, bylines and the article buried in
//! them) and returns the article body **verbatim**, with a removal log that
//! says, for every removed span, what it was, which rule removed it and why.
//!
//! The pipeline runs one way: [`decode`] → [`segment`] → [`features`] →
//! [`detect`] → [`decide`] → [`output`].
//!
//! A huge document (over 2 MiB or 50,000 lines, [`Window::DEFAULT`]) is
//! cleaned as a sequence of independent windows cut at blank lines, so its
//! per-line analysis is never held whole; its clean text and removal log
//! read as for a whole document (see [`Window`]), and
//! [`Cleaner::clean_stream`] hands them out window by window.
//!
//! ```
//! use chaff::{Category, Cleaner, Config};
//!
//! // Build once and share across threads. Here captions are kept, everything else removed.
//! let cleaner = Cleaner::new(Config { keep: vec![Category::Caption], ..Config::default() });
//! let page = "Home | News | Sport | Weather\n\n\
//!     The city council approved the new budget on Tuesday evening after a debate that lasted more than six hours.\n\
//!     Members of the majority said the plan would protect local libraries, parks and bus routes for years.\n\
//!     The opposition argued that the proposed increase in property taxes would hit families hardest of all.\n\n\
//!     Sign up to our newsletter\n";
//! // Any common encoding is decoded; the only error is binary input.
//! let out = cleaner.clean_bytes(page.as_bytes())?;
//! assert!(out.text.starts_with("The city council approved"));
//! assert!(!out.text.contains("newsletter"));
//! for r in &out.removals {
//!     println!("{} lines {}-{}: {}", r.category, r.start_line, r.end_line, r.reason);
//! }
//! // The removal log as JSON Lines: one record per removed span, then a document summary.
//! let log = out.log_jsonl("page.txt");
//! assert!(log.lines().all(|l| l.starts_with("{\"event\":")));
//! # Ok::<(), chaff::Error>(())
//! ```
#![deny(missing_docs)]

pub mod decide;
pub mod decode;
pub mod detect;
pub mod eval;
mod error;
pub mod features;
pub mod lang;
pub mod lexicon;
pub mod output;
pub mod restore;
pub mod segment;
pub mod template;

pub use detect::{Category, Detector, Span};
pub use error::{Error, Result};
pub use output::{LogRecord, Piece, Removal};
pub use whatlang::Lang;

/// Most detect-and-decide passes per document (see [`Cleaner::clean_bytes`]).
pub const MAX_PASSES: usize = 4;

/// Documents up to this size keep their lowercased lines through a pass
/// (larger ones free them before the line-quality model, for memory).
const KEEP_LOWER_BYTES: usize = 256 << 10;

/// Bounds of the windows a huge document is cleaned in.
///
/// A document of at most [`Window::bytes`] bytes and [`Window::lines`]
/// lines is cleaned whole. A larger one is cleaned as a sequence of
/// independent windows of consecutive lines, each within both bounds, cut
/// at block boundaries (before a line that follows a blank line) and at
/// line boundaries only inside a block too large for one window (a single
/// line larger than `bytes` is a window of its own). Each window gets its
/// own language detection, detect–decide passes and context; the clean text
/// and the removal log read as for a whole document (line numbers and byte
/// offsets are the document's). Memory is then the input, the clean text
/// and the removal records ([`Cleaner::clean_stream`]: the input alone)
/// plus one window's analysis (about 500 bytes per line), whatever the
/// document's size or shape.
///
/// The default, [`Window::DEFAULT`], is 2 MiB and 50,000 lines: more than
/// ten times a long real page (news and web pages are rarely over 200 KB of
/// text), and small enough that one window's analysis stays within a few tens of MB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Most bytes in a window.
    pub bytes: usize,
    /// Most lines in a window.
    pub lines: usize,
}

impl Window {
    /// 2 MiB and 50,000 lines.
    pub const DEFAULT: Window = Window { bytes: 2 << 20, lines: 50_000 };

    /// Where the windows of `text` start: (byte offset, line index) pairs,
    /// the first `(0, 0)`. One window when the text is within both bounds.
    ///
    /// Windows aim at an equal share of the document (so a document just
    /// over the bound is not cut into a full window and a scrap): a window
    /// ends at the first block boundary after it reaches its share, or
    /// earlier, at the last block boundary (else line boundary) before it
    /// would exceed a bound.
    pub fn starts(&self, text: &str) -> Vec<(usize, usize)> {
        let (max_bytes, max_lines) = (self.bytes.max(1), self.lines.max(1));
        let mut starts = vec![(0, 0)];
        if text.len() <= max_bytes && text.len() < max_lines {
            return starts;
        }
        let total_lines = segment::iter(text).count();
        if text.len() <= max_bytes && total_lines <= max_lines {
            return starts;
        }
        let n = text.len().div_ceil(max_bytes).max(total_lines.div_ceil(max_lines)).max(1);
        let (share_bytes, share_lines) = (text.len().div_ceil(n), total_lines.div_ceil(n));
        // The last block start inside the current window (after its first line).
        let mut block: Option<(usize, usize)> = None;
        let mut prev_blank = true;
        let mut it = segment::iter(text);
        let mut i = 0;
        while let Some(l) = it.next() {
            let end = it.offset();
            let opens_block = !l.blank && prev_blank;
            prev_blank = l.blank;
            let (ws, wl) = starts[starts.len() - 1];
            if opens_block && i > wl {
                if l.start - ws >= share_bytes || i - wl >= share_lines {
                    starts.push((l.start, i));
                    block = None;
                } else {
                    block = Some((l.start, i));
                }
            }
            let over = |(ws, wl): (usize, usize)| end - ws > max_bytes || i + 1 - wl > max_lines;
            if over(starts[starts.len() - 1]) {
                starts.extend(block.take());
                let w = starts[starts.len() - 1];
                if over(w) && i > w.1 {
                    starts.push((l.start, i));
                }
            }
            i += 1;
        }
        starts
    }
}

impl Default for Window {
    fn default() -> Self {
        Window::DEFAULT
    }
}

/// How to clean. `Default` removes every category and detects the language.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Categories to keep (not remove).
    pub keep: Vec<Category>,
    /// Force the document language instead of detecting it.
    pub lang: Option<Lang>,
    /// Languages that detection may choose from (empty: all supported).
    pub languages: Vec<Lang>,
    /// The batch's site template ([`template`]): when set, lines in it are
    /// marked by the `repetition` detector. `None` (one document): no effect.
    pub template: Option<std::sync::Arc<template::Template>>,
}

/// The cleaner: a configuration and the detectors. Build once, share across threads.
pub struct Cleaner {
    config: Config,
    detectors: Vec<Box<dyn Detector>>,
    window: Window,
    window_threads: usize,
}

/// A huge document gets one more window thread per this many windows'
/// worth of bytes ([`Window::bytes`]; see [`Cleaner::with_window_threads`]).
/// Each further thread holds one more window's analysis and result, up to about
/// 85 MB with the default bounds (measured: a 54 MB document of web pages
/// peaks at 110 MB on one thread, 194 MB on two), so with one more thread
/// per 48 MiB the peak stays within 3× the document plus 50 MB.
pub const WINDOWS_PER_THREAD: usize = 24;

/// The result of cleaning one document.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The decoded input text.
    pub input: String,
    /// Encoding the input was decoded from.
    pub encoding: &'static str,
    /// True when invalid bytes were replaced with U+FFFD while decoding.
    pub lossy: bool,
    /// Dominant language (ISO 639-1), when known.
    pub language: Option<&'static str>,
    /// The clean text.
    pub text: String,
    /// Removed spans, in document order.
    pub removals: Vec<Removal>,
}

impl Cleaned {
    /// The log records of this document: one per removal, then the document summary.
    pub fn log_records<'a>(&'a self, doc: &'a str) -> Vec<LogRecord<'a>> {
        let mut v: Vec<LogRecord<'a>> = self.removals.iter().map(|removal| LogRecord::Removal { doc, removal }).collect();
        v.push(self.document_record(doc));
        v
    }

    /// The log of this document as JSON Lines (each line ends with `\n`).
    pub fn log_jsonl(&self, doc: &str) -> String {
        let mut s = Vec::new();
        self.log_jsonl_into(doc, &mut s);
        String::from_utf8(s).expect("JSON is UTF-8")
    }

    /// Appends [`Cleaned::log_jsonl`] to `out` (UTF-8 bytes), with room
    /// for most logs reserved first.
    pub fn log_jsonl_into(&self, doc: &str, out: &mut Vec<u8>) {
        // A removal record's keys, quotes and numbers take under 160 bytes.
        let records: usize = self.removals.iter().map(|r| r.rule.len() + r.text.len() + r.reason.len()).sum();
        out.reserve(records + (self.removals.len() + 1) * (doc.len() + 160));
        for removal in &self.removals {
            removal.push_log_line(doc, out);
        }
        serde_json::to_writer(&mut *out, &self.document_record(doc)).expect("log records serialise");
        out.push(b'\n');
    }

    /// Writes [`Cleaned::log_jsonl`] to `w` a few records at a time, without
    /// holding the whole log (for huge documents). Fails only when `w` does.
    pub fn write_log(&self, doc: &str, mut w: impl std::io::Write) -> std::io::Result<()> {
        let mut buf = Vec::new();
        for removal in &self.removals {
            removal.push_log_line(doc, &mut buf);
            if buf.len() >= 1 << 16 {
                w.write_all(&buf)?;
                buf.clear();
            }
        }
        w.write_all(&buf)?;
        serde_json::to_writer(&mut w, &self.document_record(doc))?;
        w.write_all(b"\n")
    }

    /// The document summary record of the log.
    fn document_record<'a>(&'a self, doc: &'a str) -> LogRecord<'a> {
        LogRecord::Document {
            doc,
            encoding: self.encoding,
            lossy: self.lossy,
            language: self.language,
            bytes_in: self.input.len(),
            bytes_out: self.text.len(),
            removed: output::counts(&self.removals),
            layout: restore::Layout::new(&self.input, &self.removals),
        }
    }
}

/// A document cleaned by [`Cleaner::clean_stream`]: what its log's
/// document record says (the clean text and the removals went to the sink).
#[derive(Debug, Clone)]
pub struct Streamed {
    /// Encoding the input was decoded from.
    pub encoding: &'static str,
    /// True when invalid bytes were replaced with U+FFFD while decoding.
    pub lossy: bool,
    /// Dominant language (ISO 639-1), when known.
    pub language: Option<&'static str>,
    /// Bytes of decoded input.
    pub bytes_in: usize,
    /// Bytes of clean text.
    pub bytes_out: usize,
    /// Removed spans per category name.
    pub removed: std::collections::BTreeMap<&'static str, usize>,
    /// Where kept lines and cuts sit, for [`restore`].
    pub layout: restore::Layout,
}

impl Streamed {
    /// The document summary record of the log (after the removal records),
    /// as [`Cleaned::log_records`] ends.
    pub fn document_record<'a>(&'a self, doc: &'a str) -> LogRecord<'a> {
        LogRecord::Document {
            doc,
            encoding: self.encoding,
            lossy: self.lossy,
            language: self.language,
            bytes_in: self.bytes_in,
            bytes_out: self.bytes_out,
            removed: self.removed.clone(),
            layout: self.layout.clone(),
        }
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(Config::default())
    }
}

impl Cleaner {
    /// A cleaner with the built-in detectors, plus `repetition` when the config has a template.
    pub fn new(config: Config) -> Cleaner {
        let mut detectors = detect::all();
        if let Some(t) = &config.template {
            detectors.push(Box::new(detect::repetition::Repetition::new(t.clone())));
        }
        Cleaner { config, detectors, window: Window::DEFAULT, window_threads: 1 }
    }

    /// This cleaner with other window bounds for huge documents (see [`Window`]).
    pub fn with_window(mut self, window: Window) -> Cleaner {
        self.window = window;
        self
    }

    /// The window bounds for huge documents.
    pub fn window(&self) -> Window {
        self.window
    }

    /// This cleaner cleaning the windows of a huge document ([`Window`]) on
    /// up to `threads` threads at a time (default 1): one more thread per
    /// [`WINDOWS_PER_THREAD`] windows' worth of the document, so memory stays bounded.
    /// The result does not depend on it. For a single large document (a
    /// pipe); a batch gets its parallelism from cleaning documents side by side.
    pub fn with_window_threads(mut self, threads: usize) -> Cleaner {
        self.window_threads = threads.max(1);
        self
    }

    /// The most threads the windows of one huge document are cleaned on.
    pub fn window_threads(&self) -> usize {
        self.window_threads
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Decodes `bytes` (any common encoding) and cleans the text, whole or,
    /// when it is over the window bounds, window by window ([`Window`]).
    /// Fails only when the input is binary.
    pub fn clean_bytes(&self, bytes: &[u8]) -> Result<Cleaned> {
        let d = decode::decode(bytes)?;
        Ok(self.clean_decoded(d.text, d.encoding, d.lossy))
    }

    /// [`Cleaner::clean_bytes`] taking ownership of the bytes: valid UTF-8
    /// input becomes [`Cleaned::input`] without a copy.
    pub fn clean_owned(&self, bytes: Vec<u8>) -> Result<Cleaned> {
        let d = decode::decode_owned(bytes)?;
        Ok(self.clean_decoded(d.text, d.encoding, d.lossy))
    }

    /// Cleans text that is already UTF-8.
    pub fn clean_str(&self, text: &str) -> Cleaned {
        self.clean_decoded(text.to_owned(), "UTF-8", false)
    }

    fn clean_decoded(&self, input: String, encoding: &'static str, lossy: bool) -> Cleaned {
        let starts = self.window.starts(&input);
        if starts.len() <= 1 {
            let (decision, mut lines, lang) = self.decide_to_fixpoint(&input);
            let language = lang.map(lang::code);
            // Masking may have blanked lines: `blank` as in the input again.
            for l in &mut lines {
                l.blank = input[l.range()].trim().is_empty();
            }
            let (text, removals) = output::render_lines(&input, &lines, &decision);
            drop(lines);
            return Cleaned { input, encoding, lossy, language, text, removals };
        }
        // A huge document: window by window (see `Window`).
        let mut renderer = output::Renderer::new(input.len());
        let language = self.each_window(&input, &starts, &mut renderer, |_, _| Ok::<(), std::convert::Infallible>(()));
        let (text, removals) = renderer.finish(&input);
        Cleaned { input, encoding, lossy, language: language.unwrap_or(None), text, removals }
    }

    /// Cleans the windows starting at `starts` (see [`Window::starts`]) of
    /// `text` one after the other, each analysed, decided and
    /// rendered into `renderer` before the next (with the document's line
    /// and byte offsets); `after` runs after each window, with the
    /// document's bytes. Returns the language of the most bytes (the first of a
    /// tie), or the first error of `after`.
    fn each_window<E>(
        &self,
        text: &str,
        starts: &[(usize, usize)],
        renderer: &mut output::Renderer,
        mut after: impl FnMut(&mut output::Renderer, &[u8]) -> std::result::Result<(), E>,
    ) -> std::result::Result<Option<&'static str>, E> {
        // Bytes of the windows in each language, in order of first appearance.
        let mut langs: Vec<(Lang, usize)> = Vec::new();
        let len = text.len();
        let end_of = |k: usize| starts.get(k + 1).map_or(len, |w| w.0);
        let threads = self.window_threads.min(1 + len / self.window.bytes.max(1).saturating_mul(WINDOWS_PER_THREAD)).max(1);
        let mut k = 0;
        while k < starts.len() {
            // The next `threads` windows are analysed side by side, then rendered in order.
            let group = k..(k + threads).min(starts.len());
            let results = self.fixpoints(&text[starts[k].0..end_of(group.end - 1)], starts[group.clone()].iter().map(|w| w.0 - starts[k].0));
            for (w, (decision, mut lines, lang)) in group.clone().zip(results) {
                let (start, line_base) = starts[w];
                let end = end_of(w);
                let window = &text[start..end];
                for l in &mut lines {
                    l.blank = window[l.range()].trim().is_empty();
                }
                renderer.push(window, &lines, &decision, start, line_base);
                drop((decision, lines));
                if let Some(lang) = lang {
                    match langs.iter_mut().find(|(l, _)| *l == lang) {
                        Some((_, n)) => *n += end - start,
                        None => langs.push((lang, end - start)),
                    }
                }
                after(renderer, text.as_bytes())?;
            }
            k = group.end;
        }
        Ok(langs.iter().rev().max_by_key(|(_, n)| *n).map(|(l, _)| lang::code(*l)))
    }

    /// [`Cleaner::clean_owned`] handing the clean text and the removal
    /// records to `sink` as they are made, in document order, instead of
    /// returning them: the [`Piece::Text`]s concatenated are
    /// [`Cleaned::text`] and the [`Piece::Removal`]s are
    /// [`Cleaned::removals`]. A huge document ([`Window`]) is handed out
    /// window by window, so neither its clean text nor its removals are held
    /// whole. Returns the rest of the document record. Fails when the input
    /// is binary, or with [`Error::Io`] at the first error of `sink`.
    pub fn clean_stream(&self, bytes: Vec<u8>, mut sink: impl FnMut(Piece<'_>) -> std::io::Result<()>) -> Result<Streamed> {
        let d = decode::decode_owned(bytes)?;
        let sink_error = |e| Error::io("writing the clean document", e);
        let starts = self.window.starts(&d.text);
        if starts.len() <= 1 {
            let c = self.clean_decoded(d.text, d.encoding, d.lossy);
            sink(Piece::Text(&c.text)).map_err(sink_error)?;
            for r in &c.removals {
                sink(Piece::Removal(r)).map_err(sink_error)?;
            }
            let layout = restore::Layout::new(&c.input, &c.removals);
            let removed = output::counts(&c.removals);
            return Ok(Streamed { encoding: c.encoding, lossy: c.lossy, language: c.language, bytes_in: c.input.len(), bytes_out: c.text.len(), removed, layout });
        }
        let input = d.text;
        let mut renderer = output::Renderer::new(0);
        // What the document record needs of the removals.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut removed = std::collections::BTreeMap::new();
        let mut pass = |p: Piece<'_>| {
            if let Piece::Removal(r) = p {
                ranges.push((r.start_byte, r.end_byte));
                *removed.entry(r.category.name()).or_insert(0) += 1;
            }
            sink(p)
        };
        let language = self.each_window(&input, &starts, &mut renderer, |r, bytes| r.drain(bytes, &mut pass)).map_err(sink_error)?;
        let bytes_out = renderer.finish_drain(input.as_bytes(), &mut pass).map_err(sink_error)?;
        let layout = restore::Layout::from_ranges(&input, ranges);
        Ok(Streamed { encoding: d.encoding, lossy: d.lossy, language, bytes_in: input.len(), bytes_out, removed, layout })
    }

    /// [`Cleaner::decide_to_fixpoint`] of each window of `text` (windows
    /// starting at `offsets`, the first at 0), the first on this thread and
    /// the others on scoped threads, side by side; results in window order.
    fn fixpoints(&self, text: &str, offsets: impl Iterator<Item = usize>) -> Vec<Fixpoint> {
        let mut slices: Vec<&str> = Vec::new();
        let mut rest = text;
        let mut at = 0;
        for o in offsets.skip(1) {
            let (head, tail) = rest.split_at(o - at);
            slices.push(head);
            rest = tail;
            at = o;
        }
        slices.push(rest);
        let mut slices = slices.into_iter();
        let Some(first) = slices.next() else { return Vec::new() };
        if slices.len() == 0 {
            return vec![self.decide_to_fixpoint(first)];
        }
        std::thread::scope(|scope| {
            let others: Vec<_> = slices.map(|w| scope.spawn(move || self.decide_to_fixpoint(w))).collect();
            let mut out = vec![self.decide_to_fixpoint(first)];
            // A panic in a window's thread goes on as if it had happened here.
            out.extend(others.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))));
            out
        })
    }

    /// Runs the detectors and `decide` until a pass removes nothing new (at
    /// most [`MAX_PASSES`]). Each later pass sees the text with everything
    /// removed so far blanked out (same offsets, same lines), i.e. what a
    /// second run over the clean output would see, so the output is stable:
    /// cleaning it again removes nothing. Returns the decision, the lines
    /// and the document language.
    ///
    /// The first pass reads `text` itself; a pass that removes something
    /// writes the next pass's text, a copy with those bytes blanked (a
    /// window's at most, for a huge document), and `text` is never changed.
    fn decide_to_fixpoint(&self, text: &str) -> Fixpoint {
        use decide::Verdict;
        // The text with everything removed so far blanked, once a pass removed something.
        let mut masked: Option<String> = None;
        // The ranges this pass blanks, in order.
        let mut blank: Vec<std::ops::Range<usize>> = Vec::new();
        let mut verdicts: Vec<Verdict> = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        let mut lang = None;
        // What the previous pass analysed, and which lines masking changed since.
        let mut changed_lines: Vec<bool> = Vec::new();
        let mut carry: Option<features::Carry> = None;
        for pass in 0..MAX_PASSES {
            let current = masked.as_deref().unwrap_or(text);
            let mut view = match carry.take() {
                None if pass == 0 => {
                    let doc = features::Doc::analyse(current, self.config.lang, &self.config.languages);
                    lang = doc.lang;
                    verdicts = vec![Verdict::Keep; doc.len()];
                    changed_lines = vec![false; doc.len()];
                    doc
                }
                Some(prev) => features::Doc::analyse_after(current, prev, &changed_lines, self.config.lang, &self.config.languages),
                // Every pass leaves a carry for the next.
                None => break,
            };
            let mut found = Vec::new();
            for d in &self.detectors {
                // The line-quality model (which claims the most lines) reads
                // no lowercased line: free them first on a large document
                // (`lower` would redo them); a small one keeps them for
                // `decide`, which would otherwise lowercase its lines again.
                if d.name() == "quality" && current.len() > KEEP_LOWER_BYTES {
                    view.release_lower();
                }
                d.detect(&view, &mut found);
            }
            let mut d = decide::decide(&view, found, &self.config.keep);
            let prev = view.into_carry();
            let lines = prev.lines();
            changed_lines.iter_mut().for_each(|c| *c = false);
            // The first pass's spans become `spans` as they are (no second
            // vector as long as the first: on huge documents that is most of
            // the memory); rendering reads only the spans verdicts point to.
            let first_pass = spans.is_empty();
            if first_pass {
                spans = std::mem::take(&mut d.spans);
            }
            let mut index: Vec<Option<usize>> = if first_pass { Vec::new() } else { vec![None; d.spans.len()] };
            // Moves span `si` of this pass into `spans` (once), returning its index there.
            let mut global = |si: usize, spans: &mut Vec<Span>| {
                if first_pass {
                    return si;
                }
                *index[si].get_or_insert_with(|| {
                    let taken = Span::lines(0..0, Category::Other, "", 0.0, "");
                    spans.push(std::mem::replace(&mut d.spans[si], taken));
                    spans.len() - 1
                })
            };
            blank.clear();
            let mut changed = false;
            for (i, v) in d.verdicts.iter().enumerate() {
                match (*v, verdicts[i]) {
                    (Verdict::Remove(si), Verdict::Keep | Verdict::Cut(_)) => {
                        verdicts[i] = Verdict::Remove(global(si, &mut spans));
                        blank.push(lines[i].range());
                        changed_lines[i] = true;
                        changed = true;
                    }
                    (Verdict::Cut(si), Verdict::Keep) => {
                        let g = global(si, &mut spans);
                        verdicts[i] = Verdict::Cut(g);
                        if let Some(c) = spans[g].cut.clone() {
                            blank.push(c);
                            changed_lines[i] = true;
                        }
                        changed = true;
                    }
                    _ => {}
                }
            }
            carry = Some(prev);
            if !changed {
                break;
            }
            let next = blanked(current, &blank);
            masked = Some(next);
        }
        let lines = carry.map(features::Carry::into_lines).unwrap_or_default();
        (decide::Decision { verdicts, spans }, lines, lang)
    }
}

/// What [`Cleaner::decide_to_fixpoint`] returns: the decision, the lines and the document language.
type Fixpoint = (decide::Decision, Vec<segment::Line>, Option<Lang>);

/// `text` with the byte `ranges` (in order, apart, on character
/// boundaries) overwritten with spaces.
fn blanked(text: &str, ranges: &[std::ops::Range<usize>]) -> String {
    const SPACES: &str = "                                                                ";
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(&text[at..r.start]);
        let mut n = r.len();
        while n > 0 {
            let k = n.min(SPACES.len());
            out.push_str(&SPACES[..k]);
            n -= k;
        }
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Test data shared by the unit tests.
#[cfg(test)]
pub(crate) mod testdata {
    /// Every line of every readable file at the top of `fixtures/` and `seeds/`
    /// (pre-checks are tested against these).
    pub fn lines() -> Vec<String> {
        let mut lines = Vec::new();
        for dir in ["fixtures", "seeds"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for e in std::fs::read_dir(dir).expect("test data").flatten() {
                let Ok(t) = std::fs::read_to_string(e.path()) else { continue };
                lines.extend(t.lines().map(str::to_owned));
            }
        }
        lines
    }

    /// `n` strings glued from `pieces` (one to eight each, a fixed
    /// pseudo-random sequence): edge cases a regex rewrite must agree on.
    pub fn generated(pieces: &[&str], n: usize) -> Vec<String> {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |m: usize| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % m
        };
        (0..n)
            .map(|_| {
                let k = 1 + next(8);
                (0..k).map(|_| pieces[next(pieces.len())]).collect()
            })
            .collect()
    }

    /// [`lines`] plus every line of the eval corpus's input pages
    /// (`../shared/eval/corpus`, `*.txt` but the gold texts) when it is there:
    /// rewritten regexes are checked against their old forms on these.
    pub fn corpus_lines() -> Vec<String> {
        let mut lines = lines();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/corpus");
        for e in walkdir::WalkDir::new(root).sort_by_file_name().into_iter().flatten() {
            let name = e.file_name().to_string_lossy();
            if !name.ends_with(".txt") || name.ends_with(".gold.txt") {
                continue;
            }
            let Ok(t) = std::fs::read_to_string(e.path()) else { continue };
            lines.extend(t.lines().map(str::to_owned));
        }
        lines
    }
}
