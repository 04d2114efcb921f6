//! `repetition`: lines that recur across many documents of the batch (site template).
//!
//! Active only when the cleaner has a batch [`Template`] (see [`crate::template`]):
//! every line whose normalised form is in it is marked as `navigation` with rule
//! `repetition/template`, one span per line, the reason naming the document count.
//!
//! The signal is moderate ([`SCORE`], below `decide::STRONG`): a recurring run of
//! menu or footer lines goes, while a single recurring line between kept body
//! lines (a subheading like "Ingredients" that every recipe has) stays. Like the
//! line-quality model it is a generic signal: a specific detector that claims the
//! same line names it, and between the two generic ones the higher score wins.
//!
//! One guard against near-duplicate documents (the same article in several
//! pages of the batch): recurring lines that read like body text (long
//! sentences, see [`is_body_line`]) are marked only when the document has more
//! body text of its own (not recurring) than recurring, so a syndicated article
//! keeps its body while a recurring "about us" paragraph under a real article goes.

use super::{is_body_line, Category, Detector, Span};
use crate::features::{slot, Doc};
use crate::template::{line_hash, Template};
use std::sync::Arc;

/// Score of a template line: removes runs, not a lone line between kept lines.
pub const SCORE: f32 = 0.65;

/// The repetition detector, holding the batch's template.
pub struct Repetition {
    template: Arc<Template>,
}

impl Repetition {
    /// A detector marking the lines of `template`.
    pub fn new(template: Arc<Template>) -> Repetition {
        Repetition { template }
    }
}

impl Detector for Repetition {
    fn name(&self) -> &'static str {
        "repetition"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        if self.template.is_empty() {
            return;
        }
        // (line, document count, reads like body)
        let mut hits: Vec<(usize, u32, bool)> = Vec::new();
        let (mut own_body, mut recurring_body) = (0usize, 0usize);
        for i in 0..doc.len() {
            if doc.lines[i].blank {
                continue;
            }
            // Whether the line is template is remembered across passes (it
            // depends on the line alone); only template lines hash again.
            let count = || line_hash(doc.line(i)).and_then(|h| self.template.count(h));
            let hit = doc.memo_flag(slot::QUALITY, slot::TEMPLATE_FLAG, i, || count().is_some());
            let count = if hit { count() } else { None };
            let body = is_body_line(doc, i);
            let chars = doc.feats[i].chars as usize;
            match count {
                Some(n) => {
                    hits.push((i, n, body));
                    if body {
                        recurring_body += chars;
                    }
                }
                None if body => own_body += chars,
                None => {}
            }
        }
        let docs = self.template.documents();
        for (i, n, body) in hits {
            if body && own_body <= recurring_body {
                continue;
            }
            let reason = format!("line recurs in {n} of {docs} documents of the batch (site template)");
            out.push(Span::lines(i..i + 1, Category::Navigation, "repetition/template", SCORE, reason));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateCounter;
    use crate::{Cleaner, Config};

    const BODY: [&str; 6] = [
        "The council approved the budget on Tuesday evening after a debate that lasted more than six hours in the hall.",
        "Farmers in the valley said the late frost had destroyed most of the apricot blossom for the second year running.",
        "The museum will reopen its east wing next spring, after a restoration that took longer than the curators had hoped.",
        "Researchers found that the river had carried far more sediment into the bay than any of the models had predicted.",
        "The striking drivers said they would return to work on Monday if the company put its latest offer down in writing.",
        "A small bakery on the corner has been selling the same rye loaf to the neighbourhood for more than forty years now.",
    ];

    const NAMES: [&str; 6] = ["Anna", "Boris", "Chiara", "Dmitri", "Elena", "Farid"];

    /// Page `i`: a menu, a body of six paragraphs of its own with a recurring
    /// subheading in the middle, a footer.
    fn page(i: usize) -> String {
        let para = |k: usize| format!("{} told reporters that {}", NAMES[i], BODY[k].to_lowercase());
        let body: Vec<String> = (0..6).map(para).collect();
        format!(
            "The Valley Courier\nHome\nNews\nSport\nWeather\n\n{}\n\n{}\n\n{}\n\nIngredients\n\n{}\n\n{}\n\n{}\n\nOur newsroom is funded by its readers, and we would like to thank all of them for their support this year.\n\nAbout us\nContact\n© 2024 Example Media\n",
            body[0], body[1], body[2], body[3], body[4], body[5]
        )
    }

    fn template() -> Arc<Template> {
        let mut c = TemplateCounter::new();
        for i in 0..BODY.len() {
            c.add_text(&page(i));
        }
        Arc::new(c.freeze())
    }

    #[test]
    fn marks_template_lines_with_count() {
        let spans = crate::detect::spans_of(&Repetition::new(template()), &page(0));
        let lines: Vec<usize> = spans.iter().map(|s| s.lines.start).collect();
        // Home News Sport Weather, Ingredients, About us Contact ©.
        assert_eq!(lines, vec![0, 1, 2, 3, 4, 12, 20, 22, 23, 24]);
        assert!(spans.iter().all(|s| s.rule == "repetition/template" && s.category == Category::Navigation));
        assert_eq!(spans[0].reason, "line recurs in 6 of 6 documents of the batch (site template)");
    }

    #[test]
    fn recurring_runs_go_a_recurring_heading_between_body_stays() {
        let cleaner = Cleaner::new(Config { template: Some(template()), ..Config::default() });
        let out = cleaner.clean_str(&page(0));
        assert!(out.text.starts_with("Anna told"), "{}\n{:#?}", out.text, out.removals);
        assert!(out.text.contains("\nIngredients\n"), "{}", out.text);
        for gone in ["Valley Courier", "Home", "Weather", "Our newsroom", "About us", "Contact", "Example Media"] {
            assert!(!out.text.contains(gone), "{gone}: {}", out.text);
        }
        assert!(out.removals.iter().any(|r| r.rule == "repetition/template"), "{:#?}", out.removals);
    }

    #[test]
    fn without_template_nothing_changes() {
        let with_empty = Cleaner::new(Config { template: Some(Arc::new(Template::default())), ..Config::default() });
        for i in 0..BODY.len() {
            let p = page(i);
            assert_eq!(with_empty.clean_str(&p).removals, Cleaner::default().clean_str(&p).removals);
        }
    }

    #[test]
    fn duplicated_article_keeps_its_body() {
        let dup = format!("Home\nNews\n\n{}\n{}\n{}\n", BODY[0], BODY[1], BODY[2]);
        let mut c = TemplateCounter::new();
        for _ in 0..5 {
            c.add_text(&dup);
        }
        let spans = crate::detect::spans_of(&Repetition::new(Arc::new(c.freeze())), &dup);
        let lines: Vec<usize> = spans.iter().map(|s| s.lines.start).collect();
        assert_eq!(lines, vec![0, 1]);
    }

    #[test]
    fn recurring_paragraph_under_an_own_article_goes() {
        let about = "Example Media is an independent newsroom that has been funded by its readers since the day it was founded.";
        let mut c = TemplateCounter::new();
        for b in BODY {
            c.add_text(&format!("{b}\n{b} Again and again.\n\n{about}\n"));
        }
        let doc = format!("{}\n{} Again and again.\n\n{about}\n", BODY[0], BODY[0]);
        let spans = crate::detect::spans_of(&Repetition::new(Arc::new(c.freeze())), &doc);
        let lines: Vec<usize> = spans.iter().map(|s| s.lines.start).collect();
        assert_eq!(lines, vec![3]);
    }
}
