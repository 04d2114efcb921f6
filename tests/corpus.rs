//! Whole-corpus properties: every page of the evaluation corpus (when it sits
//! beside the repository, as `../shared/eval/corpus`) and every seed is cleaned
//! losslessly, restores exactly from its log, and is stable under a second
//! cleaning on at least 98 % of pages.

use chaff::{output::check_lossless, restore, Cleaner};
use std::path::{Path, PathBuf};

fn pages(root: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".txt") && !n.ends_with(".gold.txt") && !n.ends_with(".expected.txt")
        })
        .collect();
    v.sort();
    v
}

/// Checks one page; returns whether a second cleaning removed nothing.
fn check(cleaner: &Cleaner, path: &Path) -> bool {
    let bytes = std::fs::read(path).expect("readable page");
    let c = cleaner.clean_bytes(&bytes).expect("text page");
    check_lossless(&c.input, &c.text, &c.removals).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let restored = restore::from_jsonl(&c.text, &c.log_jsonl("page")).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(restored, restore::nonblank_lines(&c.input), "{}: restore differs", path.display());
    cleaner.clean_str(&c.text).removals.is_empty()
}

#[test]
fn seeds_are_lossless_restorable_and_stable() {
    let cleaner = Cleaner::default();
    for p in pages(Path::new("seeds")) {
        assert!(check(&cleaner, &p), "{}: a second cleaning removes more", p.display());
    }
}

#[test]
fn corpus_pages_are_lossless_restorable_and_mostly_stable() {
    let root = Path::new("../shared/eval/corpus");
    if !root.is_dir() {
        eprintln!("note: {} not found; corpus check skipped", root.display());
        return;
    }
    let cleaner = Cleaner::default();
    let all = pages(root);
    let unstable: Vec<&PathBuf> = all.iter().filter(|p| !check(&cleaner, p)).collect();
    let stable = all.len() - unstable.len();
    eprintln!("idempotent on {stable} of {} pages", all.len());
    assert!(stable * 100 >= all.len() * 98, "only {stable} of {} pages are stable; unstable: {unstable:?}", all.len());
}
