//! Fuzz target: arbitrary bytes through the whole pipeline.
//!
//! Decoding may refuse binary input; everything else must clean without a
//! panic, keep the lossless invariant, render a well-formed log and restore
//! the input's non-blank lines from the clean text plus that log.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cleaner = chaff::Cleaner::default();
    let Ok(c) = cleaner.clean_bytes(data) else { return };
    if let Err(e) = chaff::output::check_lossless(&c.input, &c.text, &c.removals) {
        panic!("lossless invariant broken: {e}");
    }
    let log = c.log_jsonl("fuzz");
    match chaff::restore::from_jsonl(&c.text, &log) {
        Ok(restored) => assert_eq!(restored, chaff::restore::nonblank_lines(&c.input), "restore differs from input"),
        Err(e) => panic!("restore failed: {e}"),
    }
});
