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
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    out.extend(iter(text));
    out
}

/// The lines of `text` one at a time, as [`lines`] returns them, without
/// holding them all (for passes over a huge document that need one line at a time).
pub fn iter(text: &str) -> LineIter<'_> {
    LineIter { text, at: 0 }
}

/// Iterator over the lines of a text: see [`iter`].
#[derive(Debug, Clone)]
pub struct LineIter<'a> {
    text: &'a str,
    /// Start of the next line.
    at: usize,
}

impl Iterator for LineIter<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let b = self.text.as_bytes();
        let start = self.at;
        if start >= b.len() {
            return None;
        }
        match memchr2(b'\n', b'\r', &b[start..]) {
            Some(off) => {
                let end = start + off;
                self.at = if b[end] == b'\r' && b.get(end + 1) == Some(&b'\n') { end + 2 } else { end + 1 };
                Some(make(self.text, start, end))
            }
            None => {
                self.at = b.len();
                Some(make(self.text, start, b.len()))
            }
        }
    }
}

impl LineIter<'_> {
    /// Byte offset where the next line starts (the text's length after the last line).
    pub fn offset(&self) -> usize {
        self.at
    }
}

fn make(text: &str, start: usize, end: usize) -> Line {
    // Blank: white space only. Up to the first byte that is not ASCII white
    // space; past a non-ASCII one, `str::trim` decides.
    let s = &text[start..end];
    let blank = match s.bytes().position(|c| !matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')) {
        None => true,
        Some(at) => s.as_bytes()[at] >= 0x80 && s[at..].trim().is_empty(),
    };
    Line { start, end, blank }
}

/// Position of the first byte equal to `a` or `b`, eight bytes at a time.
pub(crate) fn memchr2(a: u8, b: u8, hay: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let (va, vb) = (LO * u64::from(a), LO * u64::from(b));
    // High bit set in each byte of `x` that is zero; exact for the lowest
    // such byte (a borrow starts only at a zero byte and runs upwards).
    let zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    let chunks = hay.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, c) in chunks.enumerate() {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let z = zero(x ^ va) | zero(x ^ vb);
        if z != 0 {
            return Some(k * 8 + (z.trailing_zeros() / 8) as usize);
        }
    }
    let at = hay.len() - tail.len();
    tail.iter().position(|&c| c == a || c == b).map(|p| at + p)
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

    #[test]
    fn memchr2_finds_the_first() {
        let hay: Vec<u8> = (0..200u32).map(|k| [b'a', 0x8a, 0x0d ^ 0x80, b'\x00', 0xff][(k * 7 % 5) as usize]).collect();
        for len in 0..hay.len() {
            for pos in 0..=len {
                for (x, y) in [(b'\n', b'\r'), (b'\r', b'\n')] {
                    let mut h = hay[..len].to_vec();
                    if pos < len {
                        h[pos] = y;
                        if pos + 3 < len {
                            h[pos + 3] = x;
                        }
                    }
                    assert_eq!(memchr2(b'\n', b'\r', &h), h.iter().position(|&c| c == b'\n' || c == b'\r'));
                }
            }
        }
    }

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

    #[test]
    fn blank_is_white_space_only() {
        for t in ["", " ", "\t \x0b\x0c", "\u{a0}", " \u{2003}\u{3000} ", "x", " x ", "\u{e9}", " \u{a0}x", "\u{200b}", " \u{85}"] {
            assert_eq!(make(t, 0, t.len()).blank, t.trim().is_empty(), "{t:?}");
        }
    }
}
