//! The mission probe (`fixtures/mission/`, see its README): sixteen news
//! pages in eight languages, written blind to chaff's rules, with the article
//! body buried in paywall notices, comment threads, foreign-language promos,
//! teaser lists, captions, prompts, bios and legal lines. chaff's word-token
//! F1 per language and overall stays at or above floors set about .01 below
//! what it reaches, so a regression on the shape of the real task shows.

use chaff::eval;
use chaff::Cleaner;
use std::path::Path;

/// F1 floors: each language, then `OVERALL`.
const FLOORS: &[(&str, f64)] = &[
    ("de", 0.99),
    ("en", 0.99),
    ("es", 0.99),
    ("fr", 0.99),
    ("it", 0.99),
    ("nl", 0.99),
    ("pl", 0.99),
    ("pt", 0.99),
    ("OVERALL", 0.99),
];

#[test]
fn mission_pages_keep_their_scores() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/mission");
    let report = eval::evaluate(&corpus, &Cleaner::default()).expect("the mission corpus is readable");
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.docs, 16, "sixteen pages in eight languages");
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
    assert!(low.is_empty(), "mission scores fell:\n  {}\n{}", low.join("\n  "), report.render_text(2));
}
