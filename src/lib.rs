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
pub use output::{LogRecord, Removal};
pub use whatlang::Lang;

/// Most detect-and-decide passes per document (see [`Cleaner::clean_bytes`]).
pub const MAX_PASSES: usize = 4;

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
}

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
        v.push(LogRecord::Document {
            doc,
            encoding: self.encoding,
            lossy: self.lossy,
            language: self.language,
            bytes_in: self.input.len(),
            bytes_out: self.text.len(),
            removed: output::counts(&self.removals),
            layout: restore::Layout::new(&self.input, &self.removals),
        });
        v
    }

    /// The log of this document as JSON Lines (each line ends with `\n`).
    pub fn log_jsonl(&self, doc: &str) -> String {
        let mut s = String::new();
        for r in self.log_records(doc) {
            s.push_str(&serde_json::to_string(&r).expect("log records serialise"));
            s.push('\n');
        }
        s
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
        Cleaner { config, detectors }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Decodes `bytes` (any common encoding) and cleans the text.
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
        let (decision, mut lines, lang, input) = self.decide_to_fixpoint(input);
        let language = lang.map(lang::code);
        // Masking may have blanked lines: `blank` as in the input again.
        for l in &mut lines {
            l.blank = input[l.range()].trim().is_empty();
        }
        let (text, removals) = output::render_lines(&input, &lines, &decision);
        drop(lines);
        Cleaned { input, encoding, lossy, language, text, removals }
    }

    /// Runs the detectors and `decide` until a pass removes nothing new (at
    /// most [`MAX_PASSES`]). Each later pass sees the text with everything
    /// removed so far blanked out (same offsets, same lines), i.e. what a
    /// second run over the clean output would see, so the output is stable:
    /// cleaning it again removes nothing. Returns the decision, the lines,
    /// the document language and the input (as it came in).
    ///
    /// Masking works on the input itself: the bytes it overwrites are kept in
    /// an undo log and put back at the end, so a huge document is not held
    /// twice (the log holds the removed text, merged into runs).
    fn decide_to_fixpoint(&self, input: String) -> (decide::Decision, Vec<segment::Line>, Option<Lang>, String) {
        use decide::Verdict;
        let mut text: Vec<u8> = input.into_bytes();
        let mut undo = Undo::default();
        let mut verdicts: Vec<Verdict> = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        let mut lang = None;
        // What the previous pass analysed, and which lines masking changed since.
        let mut changed_lines: Vec<bool> = Vec::new();
        let mut carry: Option<features::Carry> = None;
        for pass in 0..MAX_PASSES {
            let current = std::str::from_utf8(&text).expect("masking keeps UTF-8 valid");
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
                // no lowercased line: free them first (`lower` would redo them).
                if d.name() == "quality" {
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
            undo.new_pass();
            let mut changed = false;
            for (i, v) in d.verdicts.iter().enumerate() {
                match (*v, verdicts[i]) {
                    (Verdict::Remove(si), Verdict::Keep | Verdict::Cut(_)) => {
                        verdicts[i] = Verdict::Remove(global(si, &mut spans));
                        undo.blank(&mut text, lines[i].range());
                        changed_lines[i] = true;
                        changed = true;
                    }
                    (Verdict::Cut(si), Verdict::Keep) => {
                        let g = global(si, &mut spans);
                        verdicts[i] = Verdict::Cut(g);
                        if let Some(c) = spans[g].cut.clone() {
                            undo.blank(&mut text, c);
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
        }
        undo.restore(&mut text);
        let input = String::from_utf8(text).expect("the input restored is the input");
        let lines = carry.map(features::Carry::into_lines).unwrap_or_default();
        (decide::Decision { verdicts, spans }, lines, lang, input)
    }
}

/// The bytes masking overwrote, to put them back: ranges with the bytes
/// they held just before, in the order they were overwritten. Ranges close
/// together in one pass are merged (the bytes between are saved as they
/// were too), so a run of removed lines costs one entry.
#[derive(Default)]
struct Undo {
    ranges: Vec<std::ops::Range<usize>>,
    bytes: Vec<u8>,
    /// Index in `ranges` of this pass's first range (ranges of one pass may merge).
    pass_start: usize,
}

impl Undo {
    /// Most bytes between two ranges of one pass that merging saves as well.
    const GAP: usize = 64;

    fn new_pass(&mut self) {
        self.pass_start = self.ranges.len();
    }

    /// Saves `text[r]` (with the bytes since the previous range of this
    /// pass, when close) and overwrites it with spaces.
    fn blank(&mut self, text: &mut [u8], r: std::ops::Range<usize>) {
        if r.is_empty() {
            return;
        }
        let in_pass = self.ranges.len() > self.pass_start;
        match self.ranges.last_mut() {
            Some(last) if in_pass && last.end <= r.start && r.start - last.end <= Self::GAP => {
                self.bytes.extend_from_slice(&text[last.end..r.end]);
                last.end = r.end;
            }
            _ => {
                self.bytes.extend_from_slice(&text[r.clone()]);
                self.ranges.push(r.clone());
            }
        }
        text[r].fill(b' ');
    }

    /// Puts every saved byte back, latest first, and forgets them.
    fn restore(&mut self, text: &mut [u8]) {
        let mut end = self.bytes.len();
        for r in self.ranges.drain(..).rev() {
            let start = end - r.len();
            text[r].copy_from_slice(&self.bytes[start..end]);
            end = start;
        }
        self.bytes = Vec::new();
    }
}
