//! `paywall`: subscribe / free trial / article limit / "already a subscriber" notices.
//!
//! Phrase-based (see [`crate::lexicon::PAYWALL_STRONG`]): a strong phrase in a
//! short line removes it; in a longer line (up to 40 words) two hits are needed,
//! so body sentences that mention a subscription stay. Weak words ("subscribe",
//! "abo", …) count in short lines only, in pairs or with a price.

use super::{Category, Detector, Span};
use crate::features::{slot, Doc};
use super::phrase_sets;
use crate::lexicon::{set, PAYWALL_STRONG, PAYWALL_WEAK};
// The static patterns run on `Matcher` (forward lazy DFA, no reverse automaton).
use super::Matcher as Regex;
use std::sync::LazyLock;

static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d+([.,]\d+)?\s?(€|\$|£|eur\b|euro|zł|chf))|((€|\$|£)\s?\d)|\d+\s?%\s").expect("valid regex")
});

/// The paywall detector.
pub struct Paywall;

/// The rule line `i` (blank lines and lines of 1 to 40 words only) matches:
/// 0 none, 1 offer, 2 + k a strong phrase, where k is 0 for none found or
/// 1 + the index of the phrase [`PAYWALL_STRONG`] finds first.
fn classify(doc: &Doc<'_>, i: usize) -> u16 {
    let f = &doc.feats[i];
    let lower = doc.lower(i);
    let sets = phrase_sets(doc, i);
    let strong = if sets & set::PAYWALL_STRONG != 0 { PAYWALL_STRONG.count(lower) } else { 0 };
    if strong > 0 && (f.words <= 18 || strong >= 2) {
        return 2 + PAYWALL_STRONG.find_index(lower).map_or(0, |k| k as u16 + 1);
    }
    if f.words <= 14 {
        let weak = if sets & set::PAYWALL_WEAK != 0 { PAYWALL_WEAK.count(lower) } else { 0 };
        if weak >= 2 || (weak == 1 && PRICE.is_match(lower)) {
            return 1;
        }
    }
    0
}

impl Detector for Paywall {
    fn name(&self) -> &'static str {
        "paywall"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        for i in 0..doc.len() {
            let f = &doc.feats[i];
            if doc.lines[i].blank || f.words == 0 || f.words > 40 {
                continue;
            }
            match doc.memo(slot::PAYWALL, i, || classify(doc, i)) {
                0 => {}
                1 => out.push(Span::lines(i..i + 1, Category::Paywall, "paywall/offer", 0.8, "short subscription offer")),
                code => {
                    let phrase = (code - 2).checked_sub(1).map_or("", |k| PAYWALL_STRONG.pattern(k as usize));
                    let score = if f.words <= 18 { 0.92 } else { 0.85 };
                    out.push(Span::lines(i..i + 1, Category::Paywall, "paywall/phrase", score, format!("paywall notice (\"{phrase}\")")));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<usize> {
        let v = crate::detect::spans_of(&Paywall, text);
        v.iter().filter(|s| s.score >= 0.5).map(|s| s.lines.start).collect()
    }

    #[test]
    fn notices_in_several_languages() {
        assert_eq!(removed("Already a subscriber? Sign in"), [0]);
        assert_eq!(removed("Bereits Abonnent? Anmelden"), [0]);
        assert_eq!(removed("Déjà abonné ? Se connecter"), [0]);
        assert_eq!(removed("¿Ya eres suscriptor? Inicia sesión"), [0]);
        assert_eq!(removed("Jetzt 4 Wochen für 0,99 € testen"), [0]);
        assert_eq!(removed("Sei già abbonato? Accedi"), [0]);
        assert_eq!(removed("If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story."), [0]);
        assert_eq!(removed("Immediate online access to all issues from 2019. Subscription will auto renew annually."), [0]);
        assert_eq!(removed("Masz już subskrypcję? Zaloguj się"), [0]);
    }

    #[test]
    fn notices_in_more_languages() {
        for notice in [
            "You have read your last free article this month.",
            "Är du redan prenumerant? Logga in här",
            "Denne artikel er kun for abonnenter.",
            "Denne saken er forbeholdt abonnenter.",
            "Tento článek je pouze pro předplatitele.",
            "Tento článok je len pre predplatiteľov.",
            "Conținut disponibil doar pentru abonați.",
            "Ez a cikk csak előfizetőknek érhető el.",
            "Tämä artikkeli on vain tilaajille.",
            "Você atingiu o limite de reportagens gratuitas.",
        ] {
            assert_eq!(removed(notice), [0], "{notice}");
        }
    }

    #[test]
    fn keeps_body_sentences() {
        assert!(removed("The newspaper offered a free trial to readers in 2010, which later proved a huge success for the company's digital strategy.").is_empty());
        assert!(removed("Subscriptions rose by ten percent last year, the publisher said on Monday in a statement to investors.").is_empty());
    }
}
