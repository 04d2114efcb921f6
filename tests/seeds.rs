//! The seed documents in `seeds/`: each `<name>.txt` must clean to exactly
//! `<name>.expected.txt`, every range in `<name>.labels.json` must be covered
//! by logged removals of its category, and the lossless invariant must hold.

use chaff::Cleaner;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
struct Labels {
    removed: Vec<Label>,
}

#[derive(Debug, Deserialize)]
struct Label {
    first_line: usize,
    last_line: usize,
    category: String,
    #[serde(default)]
    span: Option<String>,
}

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.to_string_lossy().ends_with(".expected.txt"))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no seeds in {}", dir.display());
    v
}

#[test]
fn seeds_clean_exactly() {
    let cleaner = Cleaner::default();
    let mut failures = Vec::new();
    for path in seeds() {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let input = std::fs::read(&path).expect("seed readable");
        let expected = std::fs::read_to_string(path.with_file_name(format!("{name}.expected.txt"))).expect("expected readable");
        let labels: Labels =
            serde_json::from_str(&std::fs::read_to_string(path.with_file_name(format!("{name}.labels.json"))).expect("labels readable"))
                .expect("labels parse");
        let out = cleaner.clean_bytes(&input).expect("clean");
        if out.text != expected {
            failures.push(format!("{name}: output differs from expected\n--- got ---\n{}\n--- log ---\n{}", out.text, out.log_jsonl(&name)));
        }
        if let Err(e) = chaff::output::check_lossless(&out.input, &out.text, &out.removals) {
            failures.push(format!("{name}: not lossless: {e}"));
        }
        for l in &labels.removed {
            for line in l.first_line..=l.last_line {
                let Some(lspan) = out.input.lines().nth(line - 1) else { continue };
                if lspan.trim().is_empty() {
                    continue;
                }
                let covered = out.removals.iter().any(|r| {
                    r.category.name() == l.category
                        && r.start_line <= line
                        && line <= r.end_line
                        && l.span.as_deref().is_none_or(|s| r.text == s)
                });
                if !covered {
                    failures.push(format!("{name}: line {line} not removed as {}", l.category));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
