//! Huge documents are cleaned in windows ([`chaff::Window`]): the windows
//! keep to their bounds and cut at block boundaries, and a windowed document
//! keeps every promise of a whole one: lossless, restorable, line numbers and
//! byte offsets of the whole document. Small bounds keep the inputs small.

use chaff::output::check_lossless;
use chaff::restore::{self, nonblank_lines};
use chaff::segment;
use chaff::{Cleaner, Window};
use std::path::PathBuf;

/// The seed pages (not their expected outputs), one after another, `times` over.
fn seeds(times: usize) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.to_string_lossy().ends_with(".expected.txt"))
        .collect();
    paths.sort();
    let pages: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("seed is UTF-8")).collect();
    let mut s = String::new();
    for _ in 0..times {
        for p in &pages {
            s.push_str(p);
            s.push_str("\n\n");
        }
    }
    s
}

/// Checks that the windows of `text` cover it, in order, within `w`, each
/// starting at a line start that opens a block unless its block did not fit.
fn check_windows(text: &str, w: Window) -> Vec<(usize, usize)> {
    let starts = w.starts(text);
    let lines = segment::lines(text);
    assert_eq!(starts[0], (0, 0));
    for (k, &(byte, line)) in starts.iter().enumerate() {
        let (end_byte, end_line) = starts.get(k + 1).copied().unwrap_or((text.len(), lines.len()));
        assert!(byte < end_byte && line < end_line, "window {k} is empty");
        assert_eq!(lines[line].start, byte, "window {k} starts at its line");
        let one_line = end_line - line == 1;
        assert!(end_line - line <= w.lines, "window {k} has {} lines", end_line - line);
        assert!(end_byte - byte <= w.bytes || one_line, "window {k} has {} bytes", end_byte - byte);
        if k > 0 && !(line > 0 && lines[line - 1].blank && !lines[line].blank) {
            // A cut inside a block: the block from its start to this window's end does not fit.
            let block = (0..line).rev().find(|&i| i == 0 || (lines[i - 1].blank && !lines[i].blank)).unwrap_or(0);
            let prev = starts[k - 1].1;
            assert!(block <= prev || end_line - block > w.lines || end_byte - lines[block].start > w.bytes, "window {k} cuts a block that fits");
        }
    }
    starts
}

#[test]
fn small_documents_are_one_window() {
    let text = seeds(1);
    assert_eq!(Window::DEFAULT.starts(&text), vec![(0, 0)]);
    assert_eq!(Window { bytes: text.len(), lines: usize::MAX }.starts(&text), vec![(0, 0)]);
    assert_eq!(Window::DEFAULT.starts(""), vec![(0, 0)]);
}

#[test]
fn windows_keep_to_their_bounds() {
    let text = seeds(2);
    for w in [Window { bytes: 4096, lines: 1000 }, Window { bytes: 1 << 20, lines: 40 }, Window { bytes: 300, lines: 5 }, Window { bytes: 1, lines: 1 }] {
        let starts = check_windows(&text, w);
        assert!(starts.len() > 2, "{w:?} cuts the text");
    }
    // One block of many lines: cut at line boundaries.
    let block = "word\n".repeat(100);
    assert_eq!(check_windows(&block, Window { bytes: 1000, lines: 30 }).len(), 4);
    // One line over the byte bound is a window of its own.
    let long = format!("a\n\n{}\n\nb\n", "x".repeat(500));
    let starts = check_windows(&long, Window { bytes: 100, lines: 100 });
    assert!(starts.windows(2).any(|w| w == [(3, 2), (504, 3)]), "{starts:?}");
}

#[test]
fn a_windowed_document_restores_and_numbers_lines_globally() {
    let input = seeds(3);
    let window = Window { bytes: 6000, lines: 80 };
    let starts = check_windows(&input, window);
    assert!(starts.len() >= 10, "{} windows", starts.len());
    let cleaner = Cleaner::default().with_window(window);
    let out = cleaner.clean_str(&input);
    assert_eq!(out.input, input);
    check_lossless(&out.input, &out.text, &out.removals).expect("lossless");
    // Line numbers and byte offsets are the document's: each record's lines hold its bytes.
    let lines = segment::lines(&input);
    assert!(out.removals.iter().any(|r| r.start_line > 3 * window.lines), "removals in later windows");
    for r in &out.removals {
        assert_eq!(input.get(r.start_byte..r.end_byte), Some(r.text.as_str()));
        let (first, last) = (&lines[r.start_line - 1], &lines[r.end_line - 1]);
        assert!(first.start <= r.start_byte && r.start_byte <= first.end, "{r:?}");
        assert!(last.start <= r.end_byte && r.end_byte <= last.end, "{r:?}");
    }
    for w in out.removals.windows(2) {
        assert!(w[0].end_byte <= w[1].start_byte && w[0].end_line <= w[1].start_line);
    }
    // The log restores the input, as `chaff restore` reads it.
    let log = out.log_jsonl("big.txt");
    assert_eq!(restore::from_jsonl(&out.text, &log).expect("restore"), nonblank_lines(&input));
    let mut streamed = Vec::new();
    out.write_log("big.txt", &mut streamed).expect("written");
    assert_eq!(String::from_utf8(streamed).expect("UTF-8"), log);
    // Each window is cleaned as a document of its own: a window's kept lines
    // are those of cleaning its text alone.
    let (byte, _) = starts[3];
    let end = starts[4].0;
    let alone = cleaner.clean_str(&input[byte..end]);
    assert!(out.text.contains(alone.text.trim_end()), "window 3 cleaned alone appears in the output");
    // Tiny windows too (line cuts inside blocks), and the same cleaner is deterministic.
    let tiny = Cleaner::default().with_window(Window { bytes: 700, lines: 9 });
    let a = tiny.clean_str(&input);
    check_lossless(&a.input, &a.text, &a.removals).expect("lossless");
    assert_eq!(restore::from_jsonl(&a.text, &a.log_jsonl("-")).expect("restore"), nonblank_lines(&input));
    assert_eq!(a.log_jsonl("-"), tiny.clean_str(&input).log_jsonl("-"));
}

#[test]
fn clean_stream_hands_out_what_clean_returns() {
    let input = seeds(3);
    for window in [Window::DEFAULT, Window { bytes: 6000, lines: 80 }, Window { bytes: 700, lines: 9 }] {
        let cleaner = Cleaner::default().with_window(window);
        let whole = cleaner.clean_str(&input);
        let (mut text, mut log) = (String::new(), Vec::new());
        let streamed = cleaner
            .clean_stream(input.clone().into_bytes(), |p| {
                match p {
                    chaff::Piece::Text(t) => text.push_str(t),
                    chaff::Piece::Removal(removal) => {
                        serde_json::to_writer(&mut log, &chaff::LogRecord::Removal { doc: "d", removal })?;
                        log.push(b'\n');
                    }
                }
                Ok(())
            })
            .expect("cleaned");
        serde_json::to_writer(&mut log, &streamed.document_record("d")).expect("serialised");
        log.push(b'\n');
        assert_eq!(text, whole.text, "{window:?}");
        assert_eq!(String::from_utf8(log).expect("UTF-8"), whole.log_jsonl("d"), "{window:?}");
    }
    // The sink's error stops the run.
    let cleaner = Cleaner::default().with_window(Window { bytes: 700, lines: 9 });
    let mut calls = 0;
    let res = cleaner.clean_stream(input.into_bytes(), |_| {
        calls += 1;
        if calls == 3 { Err(std::io::Error::other("disk full")) } else { Ok(()) }
    });
    assert!(matches!(res, Err(chaff::Error::Io { .. })));
    assert_eq!(calls, 3);
}

#[test]
fn documents_within_the_bound_are_cleaned_whole() {
    let input = seeds(1);
    let whole = Cleaner::default().with_window(Window { bytes: usize::MAX, lines: usize::MAX }).clean_str(&input);
    let default = Cleaner::default().clean_str(&input);
    assert_eq!(whole.text, default.text);
    assert_eq!(whole.log_jsonl("-"), default.log_jsonl("-"));
}

#[test]
fn window_threads_do_not_change_the_result() {
    let input = seeds(3);
    // Small windows, so the document is worth many windows per thread (`WINDOWS_PER_THREAD`).
    let window = Window { bytes: 700, lines: 9 };
    assert!(input.len() > 4 * chaff::WINDOWS_PER_THREAD * window.bytes, "the document is worth several threads");
    let one = Cleaner::default().with_window(window);
    let expected = one.clean_str(&input);
    for threads in [2, 3, 8] {
        let many = Cleaner::default().with_window(window).with_window_threads(threads);
        assert_eq!(many.window_threads(), threads);
        let out = many.clean_str(&input);
        assert_eq!(out.text, expected.text, "{threads} threads");
        assert_eq!(out.log_jsonl("d"), expected.log_jsonl("d"), "{threads} threads");
        assert_eq!(out.language, expected.language);
        // Streaming too: the same pieces in the same order.
        let mut text = String::new();
        many.clean_stream(input.clone().into_bytes(), |p| {
            if let chaff::Piece::Text(t) = p {
                text.push_str(t);
            }
            Ok(())
        })
        .expect("cleaned");
        assert_eq!(text, expected.text, "{threads} threads, streamed");
    }
}
