//! `restore`: rebuild the input's lines from the clean text and the removal log.
//!
//! This proves losslessness end to end. The clean text keeps lines verbatim
//! but collapses blank-line runs, so the removal records alone cannot say
//! where kept lines sit; the document record of the log therefore carries a
//! [`Layout`]: the line ranges of the kept lines (`kept`) and, for lines that
//! lost only part of their text, where the cut was (`cuts`).
//!
//! **What restore returns:** the decoded input's non-blank lines (lines that
//! are not whitespace only), in order, each exactly as decoded (terminator
//! excluded) and followed by `\n`. That is [`nonblank_lines`] of the input,
//! so `restore(clean, log) == nonblank_lines(input)` for every document.
//! Blank lines and the kind of line terminators (`\n`, `\r\n`, `\r`) are not
//! restored: the clean text does not keep them.
//!
//! ```
//! let page = "Home | News\n\nThe council met on Tuesday.\r\nIt agreed the budget.\n";
//! let out = chaff::Cleaner::default().clean_str(page);
//! let log = out.log_jsonl("page.txt");
//! let back = chaff::restore::from_jsonl(&out.text, &log).unwrap();
//! assert_eq!(back, chaff::restore::nonblank_lines(page));
//! ```

use crate::output::Removal;
use crate::segment::{self, Line};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What restoring can fail on: a log that does not parse or that does not
/// belong to the clean text.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A log line is not JSON, or not a record chaff writes.
    #[error("log line {line}: {message}")]
    Log {
        /// 1-based line of the log.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The log holds no `"event":"document"` record.
    #[error("the log holds no document record")]
    NoDocument,
    /// The log holds several documents and none was named.
    #[error("the log holds {0} documents; name one")]
    ManyDocuments(usize),
    /// The named document is not in the log.
    #[error("document '{0}' is not in the log")]
    UnknownDocument(String),
    /// The clean text, the removals and the layout do not fit together.
    #[error("clean text and log do not match: {0}")]
    Mismatch(String),
}

/// Where kept lines and cuts sit in the input: what the removal records do not
/// say. Written into the log's document record (fields `kept` and `cuts`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    /// 1-based inclusive line ranges `[first, last]` of the input lines that
    /// appear in the clean text, in order. Each range is a run of consecutive
    /// non-blank lines; blank lines are never listed.
    pub kept: Vec<[usize; 2]>,
    /// Lines that lost only part of their text, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cuts: Vec<CutLine>,
}

/// A line with a partial removal (one removal record inside one line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CutLine {
    /// The line, 1-based.
    pub line: usize,
    /// Byte offset of the removed text within the line.
    pub at: usize,
    /// The line less the removed text, when that is whitespace only and
    /// therefore not in the clean text. Absent when the line is in `kept`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest: Option<String>,
}

/// How one input line ended up, as far as the layout is concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Keep,
    Removed,
    /// Partial removal of this byte range (absolute offsets).
    Cut(usize, usize),
}

impl Layout {
    /// The layout of a cleaned document, from its decoded input and its
    /// removals. Never panics, whatever the removals say. Reads the input one
    /// line at a time (memory in the number of removals, not of lines).
    pub fn new(input: &str, removals: &[Removal]) -> Layout {
        Layout::from_ranges(input, removals.iter().map(|r| (r.start_byte, r.end_byte)))
    }

    /// [`Layout::new`] from the removals' byte ranges (`start_byte`, `end_byte`) alone, in the removals' order.
    pub fn from_ranges(input: &str, removals: impl IntoIterator<Item = (usize, usize)>) -> Layout {
        // Non-empty removals by first byte, then by their order in `removals`.
        let mut by_start: Vec<(usize, usize, usize)> =
            removals.into_iter().enumerate().filter(|(_, (s, e))| s < e).map(|(k, (s, e))| (s, e, k)).collect();
        by_start.sort_unstable();
        // A line is removed when a removal holds it whole; otherwise it is cut
        // by the first removal (in `removals` order) that lies inside it.
        // `covered` is the furthest end of the removals starting at or before the line.
        let mut covered: Option<usize> = None;
        let (mut a, mut b) = (0, 0);
        let state = |l: &Line| {
            while let Some(&(_, e, _)) = by_start.get(a).filter(|r| r.0 <= l.start) {
                covered = Some(covered.map_or(e, |c| c.max(e)));
                a += 1;
            }
            if covered.is_some_and(|c| c >= l.end) {
                return State::Removed;
            }
            while by_start.get(b).is_some_and(|r| r.0 < l.start) {
                b += 1;
            }
            let mut first: Option<(usize, usize, usize)> = None;
            for &(s, e, k) in by_start[b..].iter().take_while(|r| r.0 <= l.end) {
                if e <= l.end && first.map_or(true, |f| k < f.2) {
                    first = Some((s, e, k));
                }
            }
            first.map_or(State::Keep, |(s, e, _)| State::Cut(s, e))
        };
        Self::from_states(input, state)
    }

    /// The layout from the state of every line of `input`, asked in order.
    fn from_states(input: &str, mut state: impl FnMut(&Line) -> State) -> Layout {
        let mut layout = Layout::default();
        let mut run: Option<[usize; 2]> = None;
        for (i, l) in segment::iter(input).enumerate() {
            let st = state(&l);
            let shown = !l.blank
                && match st {
                    State::Keep => true,
                    State::Removed => false,
                    State::Cut(s, e) => {
                        let rest = less(input, &l, s, e);
                        let shown = !rest.trim().is_empty();
                        let rest = (!shown).then_some(rest);
                        layout.cuts.push(CutLine { line: i + 1, at: s - l.start, rest });
                        shown
                    }
                };
            match (&mut run, shown) {
                (Some(r), true) => r[1] = i + 1,
                (None, true) => run = Some([i + 1, i + 1]),
                (_, false) => layout.kept.extend(run.take()),
            }
        }
        layout.kept.extend(run);
        layout
    }
}

/// The line `l` of `input` without the byte range `s..e` (all in bounds and on
/// char boundaries when they come from one of the input's removals; else "").
fn less(input: &str, l: &Line, s: usize, e: usize) -> String {
    match (input.get(l.start..s), input.get(e..l.end)) {
        (Some(a), Some(b)) => format!("{a}{b}"),
        _ => String::new(),
    }
}

/// The reference for [`restore`]: the non-blank lines of `input`, in order,
/// each exactly as in `input` and followed by `\n`.
pub fn nonblank_lines(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for l in segment::lines(input).iter().filter(|l| !l.blank) {
        out.push_str(&input[l.range()]);
        out.push('\n');
    }
    out
}

/// Rebuilds the input's non-blank lines (see the module docs) from the clean
/// text, the removal records and the layout of one document.
pub fn restore(clean: &str, removals: &[Removal], layout: &Layout) -> Result<String, Error> {
    let mismatch = |m: String| Err(Error::Mismatch(m));
    let clean_lines: Vec<&str> = segment::lines(clean).iter().filter(|l| !l.blank).map(|l| &clean[l.range()]).collect();
    let mut cuts: BTreeMap<usize, &CutLine> = BTreeMap::new();
    for c in &layout.cuts {
        if cuts.insert(c.line, c).is_some() {
            return mismatch(format!("line {} is cut twice", c.line));
        }
    }
    // The removal record of each cut line.
    let mut cut_text: BTreeMap<usize, &str> = BTreeMap::new();
    // Restored lines by 1-based line number.
    let mut lines: BTreeMap<usize, String> = BTreeMap::new();
    let put = |lines: &mut BTreeMap<usize, String>, n: usize, text: String| -> Result<(), Error> {
        match lines.insert(n, text) {
            None => Ok(()),
            Some(_) => Err(Error::Mismatch(format!("line {n} is restored twice"))),
        }
    };
    for r in removals {
        if r.start_line == 0 || r.end_line < r.start_line {
            return mismatch(format!("removal has bad line range {}-{}", r.start_line, r.end_line));
        }
        if cuts.contains_key(&r.start_line) {
            if r.end_line != r.start_line || cut_text.insert(r.start_line, &r.text).is_some() {
                return mismatch(format!("cut line {} has more than one removal", r.start_line));
            }
            continue;
        }
        let parts = segment::lines(&r.text);
        if parts.len() != r.end_line - r.start_line + 1 {
            return mismatch(format!("removal at lines {}-{} holds {} lines", r.start_line, r.end_line, parts.len()));
        }
        for (k, l) in parts.iter().enumerate().filter(|(_, l)| !l.blank) {
            put(&mut lines, r.start_line + k, r.text[l.range()].to_owned())?;
        }
    }
    let mut next = clean_lines.iter();
    for &[first, last] in &layout.kept {
        if first == 0 || last < first {
            return mismatch(format!("bad kept range [{first}, {last}]"));
        }
        for n in first..=last {
            let Some(&line) = next.next() else {
                return mismatch(format!("the clean text has fewer lines than the log's kept ranges (at line {n})"));
            };
            let text = match cuts.get(&n) {
                Some(c) if c.rest.is_none() => splice(line, c.at, cut_text.get(&n).copied(), n)?,
                Some(_) => return mismatch(format!("line {n} is kept but its cut says it is not shown")),
                None => line.to_owned(),
            };
            put(&mut lines, n, text)?;
        }
    }
    if next.next().is_some() {
        return mismatch("the clean text has more lines than the log's kept ranges".into());
    }
    for (&n, c) in &cuts {
        if let Some(rest) = &c.rest {
            let text = splice(rest, c.at, cut_text.get(&n).copied(), n)?;
            if !text.trim().is_empty() {
                put(&mut lines, n, text)?;
            }
        }
    }
    let mut out = String::new();
    for l in lines.values() {
        out.push_str(l);
        out.push('\n');
    }
    Ok(out)
}

/// Puts the removed `text` back into `line` at byte `at`.
fn splice(line: &str, at: usize, text: Option<&str>, n: usize) -> Result<String, Error> {
    let Some(text) = text else {
        return Err(Error::Mismatch(format!("cut line {n} has no removal record")));
    };
    match (line.get(..at), line.get(at..)) {
        (Some(a), Some(b)) => Ok(format!("{a}{text}{b}")),
        _ => Err(Error::Mismatch(format!("cut offset {at} does not fit line {n}"))),
    }
}

/// One document's records from a log.
struct DocLog {
    name: String,
    removals: Vec<Removal>,
    layout: Layout,
}

/// Parses a JSON Lines removal log into its documents, in order. Removal
/// records belong to the next document record.
fn parse_log(log: &str) -> Result<Vec<DocLog>, Error> {
    let mut docs = Vec::new();
    let mut removals = Vec::new();
    for (i, raw) in log.lines().enumerate() {
        let line = i + 1;
        let bad = |message: String| Error::Log { line, message };
        if raw.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(raw).map_err(|e| bad(e.to_string()))?;
        match v.get("event").and_then(|e| e.as_str()) {
            Some("removal") => removals.push(Removal::deserialize(&v).map_err(|e| bad(e.to_string()))?),
            Some("document") => {
                let name = v.get("doc").and_then(|d| d.as_str()).unwrap_or("").to_owned();
                if v.get("kept").is_none() {
                    return Err(bad("document record has no `kept` field (log written by an older chaff?)".into()));
                }
                let layout = Layout::deserialize(&v).map_err(|e| bad(e.to_string()))?;
                docs.push(DocLog { name, removals: std::mem::take(&mut removals), layout });
            }
            Some(other) => return Err(bad(format!("unknown event '{other}'"))),
            None => return Err(bad("record has no `event` field".into())),
        }
    }
    if !removals.is_empty() {
        return Err(Error::Log { line: log.lines().count(), message: "removal records after the last document record".into() });
    }
    Ok(docs)
}

/// Restores from the clean text and a JSON Lines log (as `chaff` writes it)
/// holding exactly one document.
pub fn from_jsonl(clean: &str, log: &str) -> Result<String, Error> {
    let docs = parse_log(log)?;
    match docs.as_slice() {
        [] => Err(Error::NoDocument),
        [d] => restore(clean, &d.removals, &d.layout),
        more => Err(Error::ManyDocuments(more.len())),
    }
}

/// Restores document `doc` (its `"doc"` field: the input path, or `-`) from
/// the clean text and a JSON Lines log that may hold several documents.
pub fn from_jsonl_for(clean: &str, log: &str, doc: &str) -> Result<String, Error> {
    let docs = parse_log(log)?;
    let d = docs.iter().find(|d| d.name == doc).ok_or_else(|| Error::UnknownDocument(doc.to_owned()))?;
    restore(clean, &d.removals, &d.layout)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Category;

    fn removal(input: &str, start_line: usize, end_line: usize, s: usize, e: usize) -> Removal {
        Removal {
            category: Category::Other,
            rule: "test/rule".into(),
            start_line,
            end_line,
            start_byte: s,
            end_byte: e,
            text: input[s..e].to_owned(),
            reason: "test".into(),
        }
    }

    /// The layout as computed before it was streamed: every line's state in a vector.
    fn reference_layout(input: &str, removals: &[Removal]) -> Layout {
        let lines = segment::lines(input);
        let mut state = vec![State::Keep; lines.len()];
        for r in removals {
            let (s, e) = (r.start_byte, r.end_byte);
            if s >= e {
                continue;
            }
            let first = lines.partition_point(|l| l.start < s);
            let last = lines.partition_point(|l| l.end <= e);
            if first < last {
                for st in &mut state[first..last] {
                    *st = State::Removed;
                }
                continue;
            }
            let j = lines.partition_point(|l| l.end < s);
            if let Some(l) = lines.get(j) {
                if l.start <= s && e <= l.end && state[j] == State::Keep {
                    state[j] = State::Cut(s, e);
                }
            }
        }
        let mut i = 0;
        Layout::from_states(input, |_| {
            i += 1;
            state[i - 1]
        })
    }

    #[test]
    fn streamed_layout_equals_the_reference() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let pieces = ["a", "bc d", "", " ", "\n", "\r\n", "\r", "xyz", "\n\n"];
        for _ in 0..3000 {
            let input: String = (0..next(12)).map(|_| pieces[next(pieces.len())]).collect();
            let removals: Vec<Removal> = (0..next(5))
                .map(|_| {
                    let s = next(input.len() + 3);
                    let e = s + next(6);
                    let text = input.get(s..e).unwrap_or("").to_owned();
                    Removal { text, ..removal("", 1, 1, 0, 0) }.with_bytes(s, e)
                })
                .collect();
            assert_eq!(Layout::new(&input, &removals), reference_layout(&input, &removals), "{input:?} {removals:?}");
        }
    }

    impl Removal {
        fn with_bytes(mut self, s: usize, e: usize) -> Removal {
            self.start_byte = s;
            self.end_byte = e;
            self
        }
    }

    #[test]
    fn layout_and_restore_by_hand() {
        // Lines: 1 "A", 2 "", 3 "R1", 4 "", 5 "R2", 6 "B x", 7 "  C  ".
        let input = "A\n\nR1\r\n\nR2\nB x\n  C  \n";
        let r1 = input.find("R1").unwrap();
        let r2_end = input.find("R2").unwrap() + 2;
        let x = input.find('x').unwrap();
        let c = input.find('C').unwrap();
        let removals = vec![removal(input, 3, 5, r1, r2_end), removal(input, 6, 6, x, x + 1), removal(input, 7, 7, c, c + 1)];
        let layout = Layout::new(input, &removals);
        assert_eq!(layout.kept, vec![[1, 1], [6, 6]]);
        assert_eq!(layout.cuts, vec![CutLine { line: 6, at: 2, rest: None }, CutLine { line: 7, at: 2, rest: Some("    ".into()) }]);
        let clean = "A\n\nB \n";
        assert_eq!(restore(clean, &removals, &layout).unwrap(), "A\nR1\nR2\nB x\n  C  \n");
        assert_eq!(nonblank_lines(input), "A\nR1\nR2\nB x\n  C  \n");
    }

    #[test]
    fn kept_runs_break_at_removed_lines() {
        let input = "A\nB\nR\nC\n";
        let removals = vec![removal(input, 3, 3, 4, 5)];
        let layout = Layout::new(input, &removals);
        assert_eq!(layout.kept, vec![[1, 2], [4, 4]]);
        assert_eq!(restore("A\nB\nC\n", &removals, &layout).unwrap(), "A\nB\nR\nC\n");
    }

    #[test]
    fn mismatches_are_errors() {
        let input = "A\nR\nC\n";
        let removals = vec![removal(input, 2, 2, 2, 3)];
        let layout = Layout::new(input, &removals);
        assert!(restore("A\n", &removals, &layout).is_err());
        assert!(restore("A\nC\nD\n", &removals, &layout).is_err());
        let bad = Layout { kept: vec![[1, usize::MAX]], cuts: vec![] };
        assert!(restore("A\nC\n", &removals, &bad).is_err());
        let bad = Layout { kept: vec![[1, 1]], cuts: vec![CutLine { line: 1, at: 99, rest: None }] };
        assert!(restore("A\n", &[removal("A", 1, 1, 0, 1)], &bad).is_err());
    }

    #[test]
    fn log_parsing() {
        assert!(matches!(from_jsonl("", ""), Err(Error::NoDocument)));
        assert!(matches!(from_jsonl("", "not json\n"), Err(Error::Log { line: 1, .. })));
        assert!(matches!(from_jsonl("", "{\"event\":\"document\",\"doc\":\"-\"}\n"), Err(Error::Log { .. })));
        let one = "{\"event\":\"document\",\"doc\":\"a\",\"kept\":[[1,1]]}\n";
        assert_eq!(from_jsonl("x\n", one).unwrap(), "x\n");
        let two = format!("{one}{}", one.replace("\"a\"", "\"b\""));
        assert!(matches!(from_jsonl("x\n", &two), Err(Error::ManyDocuments(2))));
        assert_eq!(from_jsonl_for("x\n", &two, "b").unwrap(), "x\n");
        assert!(matches!(from_jsonl_for("x\n", &two, "c"), Err(Error::UnknownDocument(_))));
    }
}
