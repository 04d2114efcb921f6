//! Dumps the line-quality features of every document in a corpus folder as
//! JSON Lines, for `scripts/train_quality.py`:
//! `cargo run --release --example dump_features -- CORPUS_DIR [--gold] > features.jsonl`.

use chaff::detect::quality;
use chaff::features::Doc;
use std::io::Write;

fn main() -> anyhow::Result<()> {
    let root = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: dump_features CORPUS_DIR [--gold]"))?;
    // With --gold, the clean `.gold.txt` texts are dumped too (as documents named `<name>.gold`).
    let gold = std::env::args().any(|a| a == "--gold");
    let mut files: Vec<_> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".txt") && (gold || !n.ends_with(".gold.txt")) && !n.ends_with(".expected.txt")
        })
        .collect();
    files.sort();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for p in files {
        let bytes = std::fs::read(&p)?;
        let Ok(d) = chaff::decode::decode(&bytes) else { continue };
        let doc = Doc::analyse(&d.text, None, &[]);
        let rel = p.strip_prefix(&root)?.to_string_lossy().trim_end_matches(".txt").to_string();
        for (i, v) in quality::vectors(&doc).into_iter().enumerate() {
            let Some(v) = v else { continue };
            let rec = serde_json::json!({"doc": rel, "i": i, "text": doc.line(i), "x": v.to_vec()});
            writeln!(out, "{rec}")?;
        }
    }
    Ok(())
}
