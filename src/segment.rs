//! Stage 2, `segment`: text → lines with byte offsets.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`. A line's range excludes its
//! terminator. Blank lines (whitespace only) separate blocks.

use std::ops::Range;

/// One line of the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte range of the line's content (terminator excluded).
    pub start: usize,
    /// End of the content (exclusive).
    pub end: usize,
    /// True when the line holds only whitespace.
    pub blank: bool,
}

impl Line {
    /// The content's byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Splits `text` into lines. A final line terminator does not open an empty line.
pub fn lines(text: &str) -> Vec<Line> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 40 + 1);
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = memchr2(b'\n', b'\r', &b[i..]) {
        let end = i + off;
        let next = if b[end] == b'\r' && b.get(end + 1) == Some(&b'\n') { end + 2 } else { end + 1 };
        out.push(make(text, start, end));
        start = next;
        i = next;
    }
    if start < b.len() {
        out.push(make(text, start, b.len()));
    }
    out
}

fn make(text: &str, start: usize, end: usize) -> Line {
    let blank = text[start..end].trim().is_empty();
    Line { start, end, blank }
}

fn memchr2(a: u8, b: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == a || c == b)
}

/// Blocks: maximal runs of non-blank lines, as index ranges into `lines`.
pub fn blocks(lines: &[Line]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].blank {
            i += 1;
            continue;
        }
        let s = i;
        while i < lines.len() && !lines[i].blank {
            i += 1;
        }
        out.push(s..i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        lines(t).iter().map(|l| &t[l.range()]).collect()
    }

    #[test]
    fn all_line_ends() {
        assert_eq!(texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\n\n"), ["a", ""]);
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("\r\n\r\n"), ["", ""]);
    }

    #[test]
    fn blank_and_blocks() {
        let t = "a\nb\n  \nc\n";
        let ls = lines(t);
        assert!(ls[2].blank);
        assert_eq!(blocks(&ls), vec![0..2, 3..4]);
    }
}
