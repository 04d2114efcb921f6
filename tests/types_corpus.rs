//! The page-types corpus (`fixtures/types/`, see its README): chaff's
//! word-token F1 on each page type and overall stays at or above floors set a
//! little below what it reaches, so a regression on forums, Q&A, docs,
//! products, listings or service pages shows.

use chaff::eval;
use chaff::Cleaner;
use std::path::Path;

/// F1 floors: each page type, then `OVERALL`.
const FLOORS: &[(&str, f64)] = &[
    ("article", 0.955),
    ("docs", 0.975),
    ("forum", 0.91),
    ("listing", 0.85),
    ("product", 0.829),
    ("qa", 0.885),
    ("service", 0.893),
    ("OVERALL", 0.90),
];

#[test]
fn page_types_keep_their_scores() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/types");
    let report = eval::evaluate(&corpus, &Cleaner::default()).expect("the types corpus is readable");
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.docs, 14, "fourteen pages, two per type");
    let f1 = |group: &str| {
        let m = if group == "OVERALL" { Some(&report.overall) } else { report.groups.get(group) };
        m.and_then(|m| m.gold).map(|g| g.f1)
    };
    let mut low = Vec::new();
    for &(group, floor) in FLOORS {
        match f1(group) {
            Some(v) if v >= floor => {}
            v => low.push(format!("{group}: F1 {v:?} below {floor}")),
        }
    }
    assert!(low.is_empty(), "page-type scores fell:\n  {}\n{}", low.join("\n  "), report.render_text(2));
}
