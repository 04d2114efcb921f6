//! Stage 6, `output`: verdicts → clean text and removal records.
//!
//! Clean text: kept lines byte-for-byte, removed lines gone (a removal
//! inside a block of lines leaves a paragraph break), blank-line runs
//! collapsed to one, no leading or trailing blank line, one final newline
//! (empty output when nothing is kept). Removal records: one per removed span,
//! adjacent removed lines of the same category and rule merged.

use crate::decide::{Decision, Verdict};
use crate::detect::Category;
use crate::features::Doc;
use crate::segment::Line;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One removed span, as logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// What it was.
    pub category: Category,
    /// Which rule removed it (`detector/rule`).
    pub rule: String,
    /// First line, 1-based.
    pub start_line: usize,
    /// Last line, 1-based, inclusive.
    pub end_line: usize,
    /// First byte in the decoded text.
    pub start_byte: usize,
    /// End byte (exclusive) in the decoded text.
    pub end_byte: usize,
    /// The removed text.
    pub text: String,
    /// Why, in a short sentence.
    pub reason: String,
}

/// Builds the clean text and the removal records from a decision.
pub fn render(doc: &Doc<'_>, d: &Decision) -> (String, Vec<Removal>) {
    render_lines(doc.text, &doc.lines, d)
}

/// [`render`] from the text and its lines alone.
pub fn render_lines(text: &str, lines: &[Line], d: &Decision) -> (String, Vec<Removal>) {
    let mut r = Renderer::new(text.len());
    r.push(text, lines, d, 0, 0);
    r.finish(text)
}

/// Renders a document piece by piece: windows of consecutive lines, each
/// with its own decision, in order. The result equals [`render_lines`] of
/// the whole document with the windows' verdicts side by side (a removal
/// record may run on into the next window, as it runs on over blank lines).
/// Between windows, [`Renderer::drain`] may hand out what is final so far.
pub(crate) struct Renderer {
    out: String,
    /// Bytes of clean text handed out by `drain` (no longer in `out`).
    drained: usize,
    pending_blank: bool,
    removals: Vec<Removal>,
    /// The open record (index into `removals`) with its span's category and rule.
    open: Option<(usize, Category, &'static str)>,
}

/// A piece of a cleaned document, in document order, as
/// [`Cleaner::clean_stream`](crate::Cleaner::clean_stream) hands them out.
#[derive(Debug, Clone, Copy)]
pub enum Piece<'a> {
    /// Clean text.
    Text(&'a str),
    /// A removal record, complete with its text.
    Removal(&'a Removal),
}

impl Renderer {
    /// A renderer for a document of `len` bytes (`len` reserves the clean
    /// text's capacity: 0 when it is drained as it goes).
    pub(crate) fn new(len: usize) -> Renderer {
        Renderer { out: String::with_capacity(len), drained: 0, pending_blank: false, removals: Vec::new(), open: None }
    }

    /// Renders the lines of one window. `text` is the window (the lines'
    /// and cuts' offsets are relative to it), starting at byte `byte_base`
    /// and line index `line_base` of the document.
    pub(crate) fn push(&mut self, text: &str, lines: &[Line], d: &Decision, byte_base: usize, line_base: usize) {
        let Renderer { out, drained, pending_blank, removals, open } = self;
        let started = *drained > 0;
        for (i, line) in lines.iter().enumerate() {
            let g = line_base + i;
            match d.verdicts[i] {
                Verdict::Keep if line.blank => {
                    *pending_blank = started || !out.is_empty();
                    continue;
                }
                Verdict::Keep => {
                    push_line(out, started, pending_blank, &text[line.range()]);
                    *open = None;
                }
                Verdict::Cut(si) => {
                    let s = &d.spans[si];
                    let cut = s.cut.clone().unwrap_or(line.start..line.start);
                    let kept = format!("{}{}", &text[line.start..cut.start], &text[cut.end..line.end]);
                    removals.push(record(si, d, g, g, byte_base + cut.start, byte_base + cut.end));
                    if !kept.trim().is_empty() {
                        push_line(out, started, pending_blank, &kept);
                    }
                    *open = None;
                }
                Verdict::Remove(si) => {
                    // A removal inside a paragraph block leaves a paragraph break.
                    *pending_blank = started || !out.is_empty();
                    let s = &d.spans[si];
                    if let Some((ri, category, rule)) = *open {
                        if category == s.category && rule == s.rule {
                            let r = &mut removals[ri];
                            r.end_line = g + 1;
                            r.end_byte = byte_base + line.end;
                            continue;
                        }
                    }
                    removals.push(record(si, d, g, g, byte_base + line.start, byte_base + line.end));
                    *open = Some((removals.len() - 1, s.category, s.rule));
                }
            }
        }
    }

    /// Hands out, in order, the clean text so far and every removal record
    /// that is complete (all but an open one, which the next window may
    /// extend), and forgets them. `input` is the document (bytes up to the
    /// end of the windows pushed so far as they came in). Stops at the first
    /// error of `f`.
    pub(crate) fn drain<E>(&mut self, input: &[u8], f: &mut impl FnMut(Piece<'_>) -> Result<(), E>) -> Result<(), E> {
        if !self.out.is_empty() {
            f(Piece::Text(&self.out))?;
            self.drained += self.out.len();
            self.out.clear();
        }
        let keep = usize::from(self.open.is_some());
        let done = self.removals.len() - keep;
        for r in &mut self.removals[..done] {
            r.text = String::from_utf8_lossy(&input[r.start_byte..r.end_byte]).into_owned();
            f(Piece::Removal(r))?;
        }
        self.removals.drain(..done);
        if let Some(o) = &mut self.open {
            o.0 = 0;
        }
        Ok(())
    }

    /// Ends a drained document: hands out the final newline and the last
    /// record. Returns the bytes of clean text handed out in all.
    pub(crate) fn finish_drain<E>(mut self, input: &[u8], f: &mut impl FnMut(Piece<'_>) -> Result<(), E>) -> Result<usize, E> {
        if self.drained > 0 || !self.out.is_empty() {
            self.out.push('\n');
        }
        self.open = None;
        self.drain(input, f)?;
        Ok(self.drained)
    }

    /// The clean text and the removal records, their text taken from `text` (the whole document).
    pub(crate) fn finish(self, text: &str) -> (String, Vec<Removal>) {
        let Renderer { mut out, mut removals, .. } = self;
        if !out.is_empty() {
            out.push('\n');
        }
        for r in &mut removals {
            r.text = text[r.start_byte..r.end_byte].to_owned();
        }
        (out, removals)
    }
}

/// Appends a kept line; `started` says clean text was handed out before `out`.
fn push_line(out: &mut String, started: bool, pending_blank: &mut bool, text: &str) {
    if started || !out.is_empty() {
        out.push('\n');
        if *pending_blank {
            out.push('\n');
        }
    }
    *pending_blank = false;
    out.push_str(text);
}

fn record(si: usize, d: &Decision, first: usize, last: usize, start: usize, end: usize) -> Removal {
    let s = &d.spans[si];
    Removal {
        category: s.category,
        rule: s.rule.to_owned(),
        start_line: first + 1,
        end_line: last + 1,
        start_byte: start,
        end_byte: end,
        text: String::new(),
        reason: reason_text(&s.reason),
    }
}

/// `reason.to_string()`: a sentence copied, the model's reason written
/// straight into a string of its size.
fn reason_text(reason: &crate::detect::Reason) -> String {
    match reason {
        crate::detect::Reason::Text(t) => String::from(&**t),
        crate::detect::Reason::Model { p, top } => crate::detect::quality::explain_string(*top, *p),
    }
}

/// Removal counts per category name.
pub fn counts(removals: &[Removal]) -> BTreeMap<&'static str, usize> {
    // Counted per category first: the map sees each name once.
    let mut n = [0usize; Category::ALL.len()];
    for r in removals {
        n[r.category as usize] += 1;
    }
    Category::ALL.iter().filter(|&&c| n[c as usize] > 0).map(|&c| (c.name(), n[c as usize])).collect()
}

/// A line of the JSON Lines log. Serialised with an `event` tag.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum LogRecord<'a> {
    /// One removed span.
    Removal {
        /// Input path, or `-` for stdin.
        doc: &'a str,
        /// The span.
        #[serde(flatten)]
        removal: &'a Removal,
    },
    /// One summary per document.
    Document {
        /// Input path, or `-` for stdin.
        doc: &'a str,
        /// Encoding detected.
        encoding: &'a str,
        /// True when invalid bytes were replaced.
        lossy: bool,
        /// Dominant language (ISO 639-1), when known.
        language: Option<&'a str>,
        /// Bytes of decoded input.
        bytes_in: usize,
        /// Bytes of clean output.
        bytes_out: usize,
        /// Removed spans per category.
        removed: BTreeMap<&'static str, usize>,
        /// Where kept lines and cuts sit (fields `kept`, `cuts`), for `restore`.
        #[serde(flatten)]
        layout: crate::restore::Layout,
    },
}

impl Removal {
    /// Appends this removal's log record ([`LogRecord::Removal`] for
    /// document `doc`) to `out` as one line of JSON with its `\n`: the
    /// bytes `serde_json` writes for it, without going through serde (the
    /// log's removal records are most of its bytes).
    pub fn push_log_line(&self, doc: &str, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"event\":\"removal\",\"doc\":");
        push_json_str(out, doc);
        out.extend_from_slice(b",\"category\":\"");
        out.extend_from_slice(self.category.name().as_bytes());
        out.extend_from_slice(b"\",\"rule\":");
        push_json_str(out, &self.rule);
        out.extend_from_slice(b",\"start_line\":");
        push_uint(out, self.start_line);
        out.extend_from_slice(b",\"end_line\":");
        push_uint(out, self.end_line);
        out.extend_from_slice(b",\"start_byte\":");
        push_uint(out, self.start_byte);
        out.extend_from_slice(b",\"end_byte\":");
        push_uint(out, self.end_byte);
        out.extend_from_slice(b",\"text\":");
        push_json_str(out, &self.text);
        out.extend_from_slice(b",\"reason\":");
        push_json_str(out, &self.reason);
        out.extend_from_slice(b"}\n");
    }
}

/// Bytes that `serde_json` escapes in a string: `"`, `\` and the control characters below U+0020.
const fn json_escapes() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
}
static JSON_ESCAPES: [bool; 256] = json_escapes();

/// Appends `s` as a JSON string, escaped as `serde_json` does: `\"`, `\\`,
/// `\b`, `\f`, `\n`, `\r`, `\t`, other control characters as `\u00xx`;
/// everything else (DEL and non-ASCII included) as it is.
fn push_json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let b = s.as_bytes();
    // Most text needs no escape: one vectorised pass says so.
    if !b.iter().fold(false, |a, &c| a | (c < 0x20) | (c == b'"') | (c == b'\\')) {
        out.extend_from_slice(b);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        if !JSON_ESCAPES[c as usize] {
            continue;
        }
        out.extend_from_slice(&b[start..i]);
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            }
        }
        start = i + 1;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

/// Appends `n` in decimal.
fn push_uint(out: &mut Vec<u8>, mut n: usize) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[at..]);
}

/// Checks the lossless invariant: kept text plus removed spans cover every
/// non-whitespace byte of `input` exactly once, in order. Returns a message
/// saying where it breaks.
pub fn check_lossless(input: &str, clean: &str, removals: &[Removal]) -> Result<(), String> {
    let mut pieces: Vec<(usize, usize)> = removals.iter().map(|r| (r.start_byte, r.end_byte)).collect();
    pieces.sort();
    for w in pieces.windows(2) {
        if w[0].1 > w[1].0 {
            return Err(format!("removed spans overlap at byte {}", w[1].0));
        }
    }
    for r in removals {
        if input.get(r.start_byte..r.end_byte) != Some(r.text.as_str()) {
            return Err(format!("span {}..{} does not match its text", r.start_byte, r.end_byte));
        }
    }
    // Input with removed spans taken out must equal the clean text, ignoring whitespace.
    let mut rest = String::with_capacity(input.len());
    let mut at = 0;
    for (s, e) in pieces {
        rest.push_str(&input[at..s]);
        at = e;
    }
    rest.push_str(&input[at..]);
    let a: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let b: String = clean.chars().filter(|c| !c.is_whitespace()).collect();
    if a != b {
        let k = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        return Err(format!("kept text differs from input less removals after {k} non-space chars"));
    }
    Ok(())
}

#[cfg(test)]
mod log_line_tests {
    use super::*;

    fn serde_line(doc: &str, removal: &Removal) -> Vec<u8> {
        let mut v = serde_json::to_vec(&LogRecord::Removal { doc, removal }).expect("serialises");
        v.push(b'\n');
        v
    }

    #[test]
    fn log_lines_equal_serde_json() {
        let mut tricky: Vec<String> = (0u32..0x80).filter_map(char::from_u32).map(String::from).collect();
        tricky.extend(["", "plain", "a \"quoted\" \\ back\\slash", "tab\there\r\n", "\u{7f}\u{80}é€😀\u{2028}\u{2029}\u{feff}", "\u{1}\u{1f}x\u{0}"].map(String::from));
        let mut all = String::new();
        for t in &tricky {
            all.push_str(t);
        }
        tricky.push(all);
        for (k, t) in tricky.iter().enumerate() {
            for &category in &Category::ALL {
                let r = Removal {
                    category,
                    rule: format!("rule/{t}"),
                    start_line: k,
                    end_line: k * 1000 + 9,
                    start_byte: usize::MAX - k,
                    end_byte: 10usize.pow((k % 20) as u32),
                    text: t.clone(),
                    reason: format!("{t} reason"),
                };
                let mut ours = Vec::new();
                r.push_log_line(t, &mut ours);
                assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&serde_line(t, &r)), "{t:?}");
            }
        }
    }
}
