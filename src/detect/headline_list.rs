//! `headline_list`: lists of other stories' headlines, possibly with teasers.
//!
//! A run of at least three headline-like lines (short, no terminal full
//! stop, no colon), possibly alternating with one-sentence teasers (never two
//! teasers in a row), whose content words overlap little with the article
//! body. The body vocabulary comes from long, stopword-rich lines outside the
//! run. A list header ("More stories", "Mehr zum Thema", "Lire aussi", …)
//! right before a run lowers the minimum to two headlines and goes with it.

use super::{is_body_line, try_words_lower, Category, Detector, Span};
use crate::features::{slot, Doc};
use crate::lang::Stoplist;
use crate::lexicon::LIST_HEADERS;

/// The tokeniser for [`Doc::words`]: the words of [`super::content_words`], in order.
fn content_words(line: &str, stop: Option<&Stoplist>, emit: &mut dyn FnMut(&str)) {
    try_words_lower(line, |w| {
        if w.chars().count() >= 3 && !w.chars().all(|c| c.is_numeric()) && !stop.is_some_and(|st| st.contains(w)) {
            emit(w);
        }
        true
    });
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    Headline,
    Teaser,
    Header,
    Other,
}

/// [`classify`], memoised per line.
fn kind(doc: &Doc<'_>, i: usize) -> Kind {
    [Kind::Headline, Kind::Teaser, Kind::Header, Kind::Other][doc.memo(slot::HEADLINE, i, || classify(doc, i) as u16) as usize]
}

fn classify(doc: &Doc<'_>, i: usize) -> Kind {
    let f = &doc.feats[i];
    let line = doc.line(i).trim();
    if f.words <= 6 && LIST_HEADERS.is_line_lower(doc.lower(i)) {
        return Kind::Header;
    }
    let exclaim = line.ends_with('!');
    let starts_digit = line.chars().next().is_some_and(|c| c.is_ascii_digit());
    if (2..=14).contains(&f.words)
        && f.chars <= 110
        && (!f.terminal || exclaim)
        && !f.colon_end
        && !f.link
        && !f.bullet
        && !starts_digit
        && f.separators < 2
        && (f.inner_sentences == 0 || f.words <= 10 && !f.terminal)
    {
        return Kind::Headline;
    }
    if (5..=45).contains(&f.words) && f.inner_sentences <= 1 && !f.colon_end {
        return Kind::Teaser;
    }
    Kind::Other
}

/// The headline-list detector.
pub struct HeadlineList;

impl Detector for HeadlineList {
    fn name(&self) -> &'static str {
        "headline_list"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        let nonblank: Vec<usize> = (0..doc.len()).filter(|&i| !doc.lines[i].blank).collect();
        let kinds: Vec<Kind> = nonblank.iter().map(|&i| kind(doc, i)).collect();
        // Runs as positions into `nonblank`: (header position, first, last inclusive).
        let mut runs: Vec<(Option<usize>, usize, usize)> = Vec::new();
        let mut p = 0;
        while p < nonblank.len() {
            let header = (kinds[p] == Kind::Header).then_some(p);
            let first = if header.is_some() { p + 1 } else { p };
            if first >= nonblank.len() || kinds[first] != Kind::Headline {
                p += 1;
                continue;
            }
            let mut last = first;
            let mut q = first + 1;
            while q < nonblank.len() {
                match kinds[q] {
                    Kind::Headline => last = q,
                    Kind::Teaser if kinds[q - 1] == Kind::Headline => last = q,
                    _ => break,
                }
                q += 1;
            }
            runs.push((header, first, last));
            p = q.max(p + 1);
        }
        let mut in_run = vec![false; doc.len()];
        let mut accepted = Vec::new();
        for &(header, first, last) in &runs {
            let heads = (first..=last).filter(|&q| kinds[q] == Kind::Headline).count();
            let teasers = last + 1 - first - heads;
            let min = if header.is_some() { 2 } else { 3 };
            if heads >= min && heads >= teasers {
                for q in first..=last {
                    in_run[nonblank[q]] = true;
                }
                accepted.push((header, first, last));
            }
        }
        if accepted.is_empty() {
            return;
        }
        // The body vocabulary, as a set of word ids.
        let words = doc.words(slot::HEADLINE_WORDS, content_words);
        let mut vocab = vec![false; words.distinct()];
        let mut vocab_empty = true;
        for i in (0..doc.len()).filter(|&i| !in_run[i] && is_body_line(doc, i)) {
            for &id in words.line(i) {
                vocab[id as usize] = true;
                vocab_empty = false;
            }
        }
        // First and last body line (whether a run has body before and after it).
        let first_body = (0..doc.len()).find(|&i| is_body_line(doc, i));
        let last_body = (0..doc.len()).rev().find(|&i| is_body_line(doc, i));
        for (header, first, last) in accepted {
            let (mut sum, mut counted) = (0.0f32, 0u32);
            let mut mean_words = 0.0f32;
            for q in first..=last {
                let i = nonblank[q];
                mean_words += doc.feats[i].words as f32;
                let ids = words.line(i);
                if ids.is_empty() {
                    continue;
                }
                let hit = ids.iter().filter(|&&id| vocab[id as usize]).count();
                sum += hit as f32 / ids.len() as f32;
                counted += 1;
            }
            mean_words /= (last + 1 - first) as f32;
            let overlap = if counted == 0 { 1.0 } else { sum / counted as f32 };
            if mean_words < 3.0 {
                continue;
            }
            let (threshold, score) = if header.is_some() { (0.5, 0.9) } else { (0.3, 0.85) };
            let body_before = first_body.is_some_and(|b| b < nonblank[first]);
            let body_after = last_body.is_some_and(|b| b > nonblank[last]);
            if header.is_none() && body_before && body_after {
                continue;
            }
            if vocab_empty && header.is_none() || overlap > threshold {
                continue;
            }
            let start = nonblank[header.unwrap_or(first)];
            let end = nonblank[last] + 1;
            let reason = format!("list of {} unrelated headlines (body overlap {:.0}%)", last + 1 - first, overlap * 100.0);
            out.push(Span::lines(start..end, Category::HeadlineList, "headline_list/run", score, reason));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "The hospital was struck by a cruise missile on Monday morning, killing a doctor and injuring seven children.\n\
        Rescuers searched the rubble of the hospital for survivors while parents carried children to shelters.\n\
        Officials said the missile strike on the hospital was one of the heaviest attacks on the capital in months.\n";

    fn spans(text: &str) -> Vec<Span> {
        let v = crate::detect::spans_of(&HeadlineList, text);
        v
    }

    #[test]
    fn list_after_body() {
        let t = format!("{BODY}Travel checks\nTHE soaring cost of package holidays is a kick in the wallets for families.\nNick just taking it kneesy\nSteve's fall agony\nOlympic rower favourite for Dancing on Ice boot after nasty rink tumble\n");
        let v = spans(&t);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].lines, 3..8);
    }

    #[test]
    fn header_lowers_the_bar() {
        let t = format!("{BODY}Mehr zum Thema\nBahnstreik legt Pendlerverkehr lahm\nNeue Regeln für Mieter ab Januar\n");
        assert_eq!(spans(&t).len(), 1);
    }

    #[test]
    fn keeps_subheadings_about_the_body() {
        let t = format!("{BODY}The missile strike on the hospital\nRescuers searched the rubble for children.\nChildren carried to shelters\nParents carried children to shelters after the strike.\nOfficials on the capital attacks\n");
        assert!(spans(&t).is_empty());
    }
}
