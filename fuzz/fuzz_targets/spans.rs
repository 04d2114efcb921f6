//! Fuzz target: the pipeline with arbitrary detector spans.
//!
//! The built-in detectors may remove little on random input, so this target
//! reads spans from the first bytes (whole-line, multi-line and partial cuts,
//! any category and score) and the document from the rest, then checks what
//! `clean` checks: no panic, lossless, and restore gives the input back.
#![no_main]

use chaff::detect::{Category, Span};
use chaff::features::Doc;
use libfuzzer_sys::fuzz_target;

const RULES: [&str; 3] = ["fuzz/a", "fuzz/b", "fuzz/c"];

fuzz_target!(|data: &[u8]| {
    let Some((&n, rest)) = data.split_first() else { return };
    let n = (n % 16) as usize;
    if rest.len() < n * 6 {
        return;
    }
    let (specs, text) = rest.split_at(n * 6);
    let Ok(d) = chaff::decode::decode(text) else { return };
    let input = d.text;
    let doc = Doc::analyse(&input, None, &[]);
    let mut spans = Vec::new();
    if !doc.is_empty() {
        for s in specs.chunks_exact(6) {
            let i = u16::from_le_bytes([s[0], s[1]]) as usize % doc.len();
            let len = 1 + (s[2] % 6) as usize;
            let category = Category::ALL[s[3] as usize % Category::ALL.len()];
            let rule = RULES[(s[3] / 16) as usize % RULES.len()];
            let score = (s[4] & 0x7f) as f32 / 127.0;
            let mut span = Span::lines(i..(i + len).min(doc.len()), category, rule, score, "fuzz span");
            if s[4] & 0x80 != 0 {
                let line = &doc.lines[i];
                let t = doc.line(i);
                let bounds: Vec<usize> = t.char_indices().map(|(k, _)| k).chain([t.len()]).collect();
                let a = bounds[s[5] as usize % bounds.len()];
                let b = bounds[(s[5] as usize * 7 + s[2] as usize) % bounds.len()];
                span.lines = i..i + 1;
                span.cut = Some(line.start + a.min(b)..line.start + a.max(b));
            }
            spans.push(span);
        }
    }
    let decision = chaff::decide::decide(&doc, spans, &[]);
    let (text, removals) = chaff::output::render(&doc, &decision);
    drop(doc);
    if let Err(e) = chaff::output::check_lossless(&input, &text, &removals) {
        panic!("lossless invariant broken: {e}");
    }
    let layout = chaff::restore::Layout::new(&input, &removals);
    match chaff::restore::restore(&text, &removals, &layout) {
        Ok(back) => assert_eq!(back, chaff::restore::nonblank_lines(&input), "restore differs from input"),
        Err(e) => panic!("restore failed: {e}"),
    }
});
