//! Helpers shared by the binary's end-to-end tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

/// An article of several long sentences: nothing in it should ever be removed.
pub const ARTICLE: &str = "The city council approved the new budget on Tuesday evening after a debate that lasted more than six hours.\n\
Members of the majority said the plan would protect local libraries, parks and bus routes for at least the next three years.\n\
The opposition argued that the proposed increase in property taxes would hit families on fixed incomes hardest of all.\n";

/// The article followed by obvious boilerplate that detectors must remove.
pub fn with_boilerplate() -> String {
    format!("{ARTICLE}\nSign up to our newsletter\n\nWould you like to receive news notifications from The Daily Example?\n")
}

/// The chaff binary, colours off.
pub fn chaff() -> Command {
    let mut c = Command::cargo_bin("chaff").expect("binary built");
    c.env("NO_COLOR", "1");
    c
}

/// The `doc` of every `"event":"document"` record of a log, in order.
pub fn documents(log: &str) -> Vec<String> {
    log.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .filter(|v| v["event"] == "document")
        .map(|v| v["doc"].as_str().expect("doc").to_string())
        .collect()
}

/// All files below `dir` (relative paths, sorted) with their bytes.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).expect("prefix").to_path_buf(), fs::read(e.path()).expect("read")))
        .collect();
    v.sort();
    v
}
