//! `foreign_promo`: promo and edition blocks in another language than the document's.
//!
//! Cheap first: every line's stopwords are counted in the document language
//! and in the other main languages (en, de, fr, es, it, nl, pl, pt), each
//! side counting only words the other stoplist lacks; lines clearly richer in
//! another language's stopwords are candidates. Adjacent
//! candidates of the same language form a block (short promo-phrase lines at
//! its edges join it). Only then is whatlang asked, once per block, with the
//! two languages allowed. A confirmed foreign block goes when it carries
//! promo/subscription/edition vocabulary (score 0.97) or sits after the last
//! body line (0.8). A foreign quotation inside the body stays, and so does a
//! block with more words than the document-language prose (the article itself).
//! Apart from blocks, a line that links to the story in another language's
//! edition ("Lire cet article en français : …") goes on its label alone.

use super::{is_body_line, try_words_lower, Category, Detector, Span};
use crate::features::{slot, Doc};
use crate::lang::{self, Stoplist};
use super::phrase_sets;
use crate::lexicon::{set, CALL_TO_ACTION, EDITION_LANGUAGES, PAYWALL_STRONG, PROMO_WORDS};
use aho_corasick::AhoCorasick;
use ahash::AHashMap;
use std::sync::LazyLock;
use whatlang::Lang;

const OTHERS: [Lang; 8] = [Lang::Eng, Lang::Deu, Lang::Fra, Lang::Spa, Lang::Ita, Lang::Nld, Lang::Pol, Lang::Por];

/// Every stop word of the [`OTHERS`] languages, with one bit per language
/// (bit `k` for `OTHERS[k]`) whose stoplist ([`lang::stoplist`]) holds it:
/// one lookup per word instead of one per stoplist.
static OTHER_STOPWORDS: LazyLock<AHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map: AHashMap<&'static str, u8> = AHashMap::new();
    for (k, &l) in OTHERS.iter().enumerate() {
        for w in lang::stoplist(l).into_iter().flatten() {
            *map.entry(w).or_insert(0) |= 1 << k;
        }
    }
    map
});

/// The bit of `l` in [`OTHER_STOPWORDS`] (0 when it is not one of [`OTHERS`]).
fn other_bit(l: Lang) -> u8 {
    OTHERS.iter().position(|&o| o == l).map_or(0, |k| 1 << k)
}

/// The foreign-promo detector.
pub struct ForeignPromo;

fn promo(lower: &str) -> bool {
    PROMO_WORDS.contains(lower) || PAYWALL_STRONG.contains(lower) || CALL_TO_ACTION.contains(lower)
}

/// Flags of this detector's per-line memo: [`promo_line`], [`edition_link`] found.
const F_PROMO: u32 = 0;
const F_EDITION: u32 = 1;

/// [`promo`] of line `i`, lowercased, memoised.
fn promo_line(doc: &Doc<'_>, i: usize) -> bool {
    doc.memo_flag(slot::FOREIGN_FLAGS, F_PROMO, i, || {
        phrase_sets(doc, i) & (set::PROMO_WORDS | set::PAYWALL_STRONG | set::CALL_TO_ACTION) != 0 && promo(doc.lower(i))
    })
}

/// The language that line `i` links to when it is a link to the story in
/// another language's edition: a label of at most eight words that names a
/// language ([`EDITION_LANGUAGES`]), a colon, then a headline ("Lire cet
/// article en français : …", "Lue suomeksi: …").
fn edition_link(doc: &Doc<'_>, i: usize) -> Option<Lang> {
    let f = &doc.feats[i];
    if !(3..=40).contains(&f.words) {
        return None;
    }
    // Lowercasing keeps the colon, so the lowercased line splits where the line does.
    let lower = crate::features::trim(doc.lower(i));
    let (label, rest) = lower.split_at(lower.find(':')?);
    if label.split_whitespace().nth(8).is_some() || rest[1..].split_whitespace().nth(1).is_none() {
        return None;
    }
    let edge = |c: Option<char>| c.map_or(true, |c| !c.is_alphanumeric());
    EDITION_NAMES
        .find_iter(label)
        .find(|m| edge(label[..m.start()].chars().next_back()) && edge(label[m.end()..].chars().next()))
        .map(|m| EDITION_LANGUAGES[m.pattern().as_usize()].1)
}

/// The phrases of [`EDITION_LANGUAGES`] in one automaton.
static EDITION_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(EDITION_LANGUAGES.iter().map(|(name, _)| name)).expect("valid patterns"));

impl Detector for ForeignPromo {
    fn name(&self) -> &'static str {
        "foreign_promo"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        let Some(main) = doc.lang else { return };
        // Edition links stand alone (the blocks below skip them).
        let mut edition = vec![false; doc.len()];
        for i in 0..doc.len() {
            if doc.lines[i].blank || doc.feats[i].words < 3 || !crate::features::has_byte(doc.line(i).as_bytes(), b':') || !doc.memo_flag(slot::FOREIGN_FLAGS, F_EDITION, i, || edition_link(doc, i).is_some()) {
                continue;
            }
            if let Some(l) = edition_link(doc, i).filter(|&l| l != main) {
                edition[i] = true;
                let reason = format!("link to the {} edition of the story in a {} document", lang::code(l), lang::code(main));
                out.push(Span::lines(i..i + 1, Category::ForeignPromo, "foreign_promo/edition", 0.9, reason));
            }
        }
        let others: Vec<(Lang, &'static Stoplist)> = OTHERS
            .iter()
            .copied()
            .filter(|&l| l != main && (doc.languages.is_empty() || doc.languages.contains(&l)))
            .filter_map(|l| lang::stoplist(l).map(|s| (l, s)))
            .collect();
        if others.is_empty() {
            return;
        }
        let n = doc.len();
        // Per line: the other language it leans to, if any.
        let mut lean: Vec<Option<Lang>> = vec![None; n];
        let mut counts: Vec<u32> = Vec::with_capacity(others.len());
        let mut own: Vec<u32> = Vec::with_capacity(others.len());
        let main_stop = doc.stoplist;
        // Per entry of `others`, its bit in OTHER_STOPWORDS; the main language's bit when it is one of OTHERS.
        let bits: Vec<u8> = others.iter().map(|(l, _)| other_bit(*l)).collect();
        let main_bit = if main_stop.is_some_and(|m| lang::stoplist(main).is_some_and(|s| std::ptr::eq(s, m))) { other_bit(main) } else { 0 };
        for i in 0..n {
            let f = &doc.feats[i];
            if doc.lines[i].blank || f.words < 3 || f.stop_density() > 0.3 {
                continue;
            }
            let code = doc.memo(slot::FOREIGN, i, || {
                // Function words of one language only: shared ones ("de", "a") say nothing.
                counts.clear();
                counts.resize(others.len(), 0);
                own.clear();
                own.resize(others.len(), 0);
                // Words in no other list (most of them) add to every `own`
                // or to nothing: counted once, added after the scan.
                let mut own_all = 0u32;
                try_words_lower(doc.line(i), |w| {
                    let mask = OTHER_STOPWORDS.get(w).copied().unwrap_or(0);
                    let in_main = if main_bit != 0 { mask & main_bit != 0 } else { main_stop.is_some_and(|m| m.contains(w)) };
                    if mask == 0 {
                        own_all += u32::from(in_main);
                        return true;
                    }
                    for ((c, o), &bit) in counts.iter_mut().zip(own.iter_mut()).zip(&bits) {
                        let in_other = mask & bit != 0;
                        *c += (in_other && !in_main) as u32;
                        *o += (in_main && !in_other) as u32;
                    }
                    true
                });
                own.iter_mut().for_each(|o| *o += own_all);
                let best = (0..others.len()).max_by_key(|&k| counts[k]);
                match best {
                    Some(k) if counts[k] >= 2 && counts[k] > 2 * own[k] => OTHERS.iter().position(|&o| o == others[k].0).map_or(0, |k| k as u16 + 1),
                    _ => 0,
                }
            });
            lean[i] = code.checked_sub(1).map(|k| OTHERS[k as usize]).filter(|_| !edition[i]);
        }
        let last_body = (0..n).rev().find(|&i| lean[i].is_none() && is_body_line(doc, i));
        // Words of prose in the document language: a "foreign" block larger
        // than that is the article itself (the language guess was wrong).
        let body_words: u32 = (0..n).filter(|&i| lean[i].is_none() && is_body_line(doc, i)).map(|i| doc.feats[i].words).sum();
        let mut i = 0;
        while i < n {
            let Some(l) = lean[i] else {
                i += 1;
                continue;
            };
            // Grow the block over same-language lines, blank lines, and short promo lines.
            let mut members = vec![i];
            let mut j = i + 1;
            while j < n {
                if doc.lines[j].blank {
                    j += 1;
                    continue;
                }
                let short_promo = lean[j].is_none() && doc.feats[j].words <= 8 && promo_line(doc, j);
                if lean[j] == Some(l) || short_promo {
                    members.push(j);
                    j += 1;
                } else {
                    break;
                }
            }
            // A short promo line right before the block joins it too.
            if let Some(p) = doc.prev_nonblank(i) {
                if lean[p].is_none() && doc.feats[p].words <= 8 && !members.contains(&p) && promo_line(doc, p) {
                    members.insert(0, p);
                }
            }
            i = j;
            if members.iter().map(|&m| doc.feats[m].words).sum::<u32>() > body_words {
                continue;
            }
            let text: String = members.iter().map(|&m| doc.line(m)).collect::<Vec<_>>().join("\n");
            if text.chars().filter(|c| c.is_alphabetic()).count() < 40 {
                continue;
            }
            let lower = text.to_lowercase();
            let first = members[0];
            let last = members[members.len() - 1];
            // A block that is neither a promo nor after the body goes whatever
            // its language: asked first, it spares the language guess.
            let (is_promo, after_body) = (promo(&lower), last_body.map_or(true, |b| first > b));
            if !is_promo && !after_body {
                continue;
            }
            let Some(g) = doc.detect_lang(&text, &[main, l]) else { continue };
            if g.lang != l || g.confidence < 0.3 {
                continue;
            }
            let (score, reason) = if is_promo {
                (0.97, format!("{} promo block in a {} document", lang::code(l), lang::code(main)))
            } else {
                (0.8, format!("{} block after the {} body", lang::code(l), lang::code(main)))
            };
            out.push(Span::lines(first..last + 1, Category::ForeignPromo, "foreign_promo/block", score, reason));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Kremlin forces targeted a children's hospital in the capital, killing a doctor and injuring seven youngsters.\n\
        At least 36 others, including three children, died and 170 were hurt in attacks across the country on Monday.\n\
        Terrified children were heard crying for help from beneath the rubble, while rescuers searched for them.\n";

    fn spans(text: &str) -> Vec<Span> {
        crate::detect::spans_of(&ForeignPromo, text)
    }

    #[test]
    fn german_promo_in_english_doc() {
        let t = format!("{BODY}Diese Geschichte stammt aus der July 09, 2024-Ausgabe von Daily Mirror UK.\nStarten Sie Ihre 7-tägige kostenlose Testversion von Magzter GOLD, um auf Tausende kuratierte Premium-Storys zuzugreifen.\nBereits Abonnent? Anmelden\nMore English text follows here about the attack on the hospital and the children who were hurt.\n");
        let v = spans(&t);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].lines, 3..6);
        assert!(v[0].score > 0.95);
    }

    #[test]
    fn larger_foreign_block_is_the_article() {
        let de = "Die Stadt hat am Montag beschlossen, die alte Bibliothek im Zentrum bis zum Ende des Jahres zu schließen.\n\
            Nach Angaben der Verwaltung fehlen für die Sanierung des Gebäudes mehr als zwei Millionen Euro im Haushalt.\n\
            Die Bürgerinitiative will nun Unterschriften sammeln, um die Schließung der Bibliothek doch noch zu verhindern.\n\
            Eine Entscheidung über die Zukunft des Gebäudes soll erst im kommenden Frühjahr im Stadtrat fallen.\n";
        let en = "This page was archived by a web crawler as part of an effort to preserve pages as they are created.\n";
        // With the document language forced to English, the German article still stays.
        let text = format!("{en}{de}");
        let doc = Doc::analyse(&text, Some(Lang::Eng), &[]);
        let mut v = Vec::new();
        ForeignPromo.detect(&doc, &mut v);
        assert!(v.is_empty());
    }

    #[test]
    fn edition_switch_inside_the_body_goes() {
        let t = format!("{BODY}Leer en español: El concejo aprueba nuevos carriles para bicicletas en la calle principal\n{BODY}");
        assert_eq!(spans(&t).len(), 1);
    }

    #[test]
    fn edition_links_name_another_language() {
        for line in ["Lire cet article en français : la piscine fermera fin mars", "Lue suomeksi: Lauttaliikenne keskeytetään talveksi", "Читайте українською: лікарня призупиняє роботу"] {
            let v = spans(&format!("{BODY}{line}\n{BODY}"));
            assert_eq!(v.iter().map(|s| s.rule).collect::<Vec<_>>(), ["foreign_promo/edition"], "{line}");
        }
        // The document's own language is no other edition.
        assert!(spans(&format!("{BODY}Read the story in English: The council approves new cycle lanes\n{BODY}")).is_empty());
    }

    #[test]
    fn quotation_in_body_stays() {
        let t = format!("{BODY}Der Präsident sagte: \"Wir werden das nicht hinnehmen, und wir werden uns mit allen Mitteln wehren.\"\n{BODY}");
        assert!(spans(&t).is_empty());
    }
}
