//! Stage 5, `decide`: detector spans + context → a keep/remove verdict per line.
//!
//! A line goes when its strongest span scores 0.5 or more; where a specific
//! detector and the generic line-quality model both claim a line, the
//! specific detector names it. Then context
//! smoothing: a short neutral run (at most two lines, no sentence) that sits
//! between removed blocks goes with them; between kept lines it stays.
//! A line removed only by a weak span (score below [`STRONG`]) whose nearest
//! non-blank neighbours are both kept stays: one weak signal alone does not
//! cut a line out of running text. So does a short run of lines the generic
//! model removes only barely ([`MARGINAL`]) between kept lines, and a short
//! weak tail right after the article's last kept paragraph. When the model
//! alone would take most of the page's prose, the prose stays (a forum,
//! documentation or product page is not a news page), and a page is never
//! emptied: the longest run that only the model or the headline-list
//! detector removes stays. Last, where one kept
//! run is clearly the article, a small kept run far from it (past six or
//! more removed lines) whose words the article does not use goes: the
//! notice, legal line or teaser no detector named. Partial spans
//! (`cut`) apply only to lines that are otherwise kept.

use crate::detect::{Category, Span};
use crate::features::Doc;

/// Score at and above which a span removes its lines.
pub const THRESHOLD: f32 = 0.5;

/// Score at and above which a span removes its lines even when isolated between kept lines.
pub const STRONG: f32 = 0.8;

/// Generic-model score below which a removal is marginal (see `keep_isolated_weak`).
pub const MARGINAL: f32 = 0.65;

/// Share of the page's prose words below which the model's removals of prose
/// are undone (see `keep_main_prose`).
pub const PROSE_FLOOR: f32 = 0.35;

/// Longest run of marginal removals that kept lines on both sides can save.
pub const MARGINAL_RUN: usize = 4;

/// The verdict on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Kept as it is (blank lines are always `Keep`).
    Keep,
    /// Removed whole, by the span with this index.
    Remove(usize),
    /// Kept, less the `cut` byte range of the span with this index.
    Cut(usize),
}

/// Verdicts for every line and the spans they point to.
#[derive(Debug, Clone)]
pub struct Decision {
    /// One verdict per line.
    pub verdicts: Vec<Verdict>,
    /// The spans verdicts refer to (detector spans plus those `decide` added).
    pub spans: Vec<Span>,
}

/// Combines `spans` into verdicts. Spans of a category in `keep` remove
/// nothing, and a line they claim at least as strongly as any other specific
/// detector stays (the generic line-quality model cannot take it either).
pub fn decide(doc: &Doc<'_>, spans: Vec<Span>, keep: &[Category]) -> Decision {
    let n = doc.len();
    let protected = protected_lines(n, &spans, keep);
    let mut spans: Vec<Span> = spans.into_iter().filter(|s| !keep.contains(&s.category) && s.score >= THRESHOLD).collect();
    let mut best: Vec<Option<usize>> = vec![None; n];
    for (si, s) in spans.iter().enumerate() {
        if s.cut.is_some() {
            continue;
        }
        for i in s.lines.start.min(n)..s.lines.end.min(n) {
            if doc.lines[i].blank || protected[i] {
                continue;
            }
            if best[i].map_or(true, |b| rank(&spans[b]) < rank(s)) {
                best[i] = Some(si);
            }
        }
    }
    keep_main_prose(doc, &spans, &mut best);
    keep_something(doc, &spans, &mut best);
    keep_isolated_weak(doc, &spans, &mut best);
    keep_weak_tail(doc, &spans, &mut best);
    smooth(doc, &mut spans, &mut best);
    drop_islands(doc, &mut spans, &mut best);
    let mut verdicts: Vec<Verdict> = best.iter().map(|b| b.map_or(Verdict::Keep, Verdict::Remove)).collect();
    for (si, s) in spans.iter().enumerate() {
        if let (Some(cut), Some(i)) = (&s.cut, (s.lines.start < n).then_some(s.lines.start)) {
            let line = &doc.lines[i];
            let valid = cut.start >= line.start && cut.end <= line.end && cut.start < cut.end;
            if valid && verdicts[i] == Verdict::Keep {
                verdicts[i] = Verdict::Cut(si);
            }
        }
    }
    Decision { verdicts, spans }
}

/// Order of precedence between spans on one line: a specific detector's
/// span beats the generic ones' (line-quality model, batch repetition), then
/// the higher score wins.
fn rank(s: &Span) -> (bool, f32) {
    (!generic(s), s.score)
}

/// Spans of the generic signals: the line-quality model and batch repetition.
fn generic(s: &Span) -> bool {
    from_model(s) || s.rule.starts_with("repetition/")
}

/// Spans of the line-quality model.
fn from_model(s: &Span) -> bool {
    s.rule.starts_with("quality/")
}

/// Lines that a kept category claims: its best span there scores at least
/// as high as the best span of any other specific (non-generic) detector.
fn protected_lines(n: usize, spans: &[Span], keep: &[Category]) -> Vec<bool> {
    let mut kept = vec![0f32; n];
    let mut other = vec![0f32; n];
    if keep.is_empty() {
        return vec![false; n];
    }
    for s in spans.iter().filter(|s| s.score >= THRESHOLD && s.cut.is_none()) {
        let generic = generic(s);
        for i in s.lines.start.min(n)..s.lines.end.min(n) {
            if keep.contains(&s.category) {
                kept[i] = kept[i].max(s.score);
            } else if !generic {
                other[i] = other[i].max(s.score);
            }
        }
    }
    (0..n).map(|i| kept[i] > 0.0 && kept[i] >= other[i]).collect()
}

/// Un-removes lines whose only removal is weak and whose neighbours are both
/// kept; likewise a run of up to [`MARGINAL_RUN`] lines that only the generic
/// model removes, each barely (below [`MARGINAL`]), between kept lines.
fn keep_isolated_weak(doc: &Doc<'_>, spans: &[Span], best: &mut [Option<usize>]) {
    let removed: Vec<bool> = best.iter().map(Option::is_some).collect();
    let kept = |j: Option<usize>| j.is_some_and(|j| !removed[j]);
    let marginal = |i: usize| best[i].is_some_and(|b| from_model(&spans[b]) && spans[b].score < MARGINAL);
    let mut runs = Vec::new();
    let mut i = 0;
    while i < best.len() {
        if !marginal(i) {
            i += 1;
            continue;
        }
        // Extend over marginal lines (blank lines between them allowed).
        let mut members = vec![i];
        let mut j = doc.next_nonblank(i);
        while let Some(k) = j.filter(|&k| marginal(k) && members.len() < MARGINAL_RUN) {
            members.push(k);
            j = doc.next_nonblank(k);
        }
        if members.len() >= 2 && kept(doc.prev_nonblank(i)) && kept(j) {
            runs.push(members.clone());
        }
        i = members[members.len() - 1] + 1;
    }
    for i in 0..best.len() {
        if best[i].is_some_and(|b| spans[b].score < STRONG) && kept(doc.prev_nonblank(i)) && kept(doc.next_nonblank(i)) {
            best[i] = None;
        }
    }
    for m in runs.into_iter().flatten() {
        best[m] = None;
    }
}

/// The document's last lines, right after the kept article: it may simply end
/// there. Un-removes a short tail (up to [`MARGINAL_RUN`] lines) that only the
/// generic model removes, weakly, when a kept paragraph is near before it;
/// lines at the very end that a specific detector or a strong signal removes
/// stay removed and are skipped over.
fn keep_weak_tail(doc: &Doc<'_>, spans: &[Span], best: &mut [Option<usize>]) {
    let weak_generic = |i: usize| best[i].is_some_and(|b| from_model(&spans[b]) && spans[b].score < STRONG);
    let mut lines = (0..best.len()).rev().filter(|&i| !doc.lines[i].blank).skip_while(|&i| best[i].is_some() && !weak_generic(i)).peekable();
    let mut tail = Vec::new();
    while let Some(&i) = lines.peek() {
        if !weak_generic(i) {
            break;
        }
        tail.push(i);
        lines.next();
    }
    let before = lines.next();
    let paragraph = |b: usize| best[b].is_none() && doc.feats[b].terminal && doc.feats[b].words >= 10;
    let near_paragraph = before.is_some_and(|b| std::iter::successors(Some(b), |&j| doc.prev_nonblank(j)).take(5).any(paragraph));
    if !tail.is_empty() && tail.len() <= MARGINAL_RUN && before.is_some_and(|b| best[b].is_none()) && near_paragraph {
        for i in tail {
            best[i] = None;
        }
    }
}

/// A prose line: ten words or more, a sentence, and stopword-rich when the
/// language has a stoplist.
fn prose(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    let stop_ok = doc.stoplist.is_none() || f.stop_density() >= 0.25;
    f.words >= 10 && stop_ok && (f.terminal || f.inner_sentences > 0)
}

/// The page's main content: when the generic model alone would remove most
/// of the page's prose (it keeps less than [`PROSE_FLOOR`] of the words of
/// prose lines that are kept or removed only by the model), its context
/// signals have misread the page (a forum thread, a documentation or product
/// page, where prose sits among short lines), and those prose lines stay.
fn keep_main_prose(doc: &Doc<'_>, spans: &[Span], best: &mut [Option<usize>]) {
    let (mut total, mut kept) = (0u32, 0u32);
    for i in 0..best.len() {
        if doc.lines[i].blank || !prose(doc, i) {
            continue;
        }
        let w = doc.feats[i].words;
        match best[i] {
            None => {
                total += w;
                kept += w;
            }
            Some(b) if from_model(&spans[b]) => total += w,
            _ => {}
        }
    }
    if total == 0 || kept as f32 >= PROSE_FLOOR * total as f32 {
        return;
    }
    for i in 0..best.len() {
        if !doc.lines[i].blank && prose(doc, i) && best[i].is_some_and(|b| from_model(&spans[b])) {
            best[i] = None;
        }
    }
}

/// Fewest kept words below which a page counts as emptied (see `keep_something`).
const EMPTIED: u32 = 30;

/// A page the detectors would empty (fewer than [`EMPTIED`] words left of a
/// page with some text) is not all boilerplate: its main content looked like
/// a list or a menu (a listing, a gallery, a one-paragraph page). The longest
/// run of lines that only the line model or the headline-list detector
/// removes, counting the words of lines longer than a menu item, stays.
fn keep_something(doc: &Doc<'_>, spans: &[Span], best: &mut [Option<usize>]) {
    let nb: Vec<usize> = (0..best.len()).filter(|&i| !doc.lines[i].blank).collect();
    let kept: u32 = nb.iter().filter(|&&i| best[i].is_none()).map(|&i| doc.feats[i].words).sum();
    let total: u32 = nb.iter().map(|&i| doc.feats[i].words).sum();
    if kept >= EMPTIED || total < 2 * EMPTIED {
        return;
    }
    let soft = |i: usize| best[i].is_some_and(|b| from_model(&spans[b]) || spans[b].rule.starts_with("headline_list/"));
    // The run of soft removals with the most words.
    let (mut top, mut run, mut words) = ((0usize, 0usize, 0u32), None::<usize>, 0u32);
    for (q, &i) in nb.iter().enumerate() {
        if soft(i) {
            let start = *run.get_or_insert(q);
            // Short lines (menu items) add nothing; longer ones their words beyond four.
            words += doc.feats[i].words.saturating_sub(4);
            if words > top.2 {
                top = (start, q + 1, words);
            }
        } else {
            run = None;
            words = 0;
        }
    }
    for &i in &nb[top.0..top.1] {
        best[i] = None;
    }
}

/// Islands (see `drop_islands`): removed non-blank lines between the article
/// and an island, at least.
const ISLAND_GAP: usize = 6;
/// Islands: at most this share of the article's words.
const ISLAND_SHARE: f32 = 0.4;
/// Islands: below this share of their content words in the article's vocabulary.
const ISLAND_OVERLAP: f32 = 0.3;
/// Islands: the article holds at least this share of all kept words.
const ISLAND_DOMINANCE: f32 = 0.5;
/// Islands: the article has at least this many prose lines.
const ISLAND_PARAGRAPHS: usize = 6;

/// Islands: small runs of kept lines cut off from the article by a long
/// removed stretch ([`ISLAND_GAP`] lines or more, not counting captions and
/// bylines, which sit inside articles), whose content words the article
/// does not use: the last teaser, notice or legal line of a page's furniture
/// that no detector named. Only where one kept run is clearly the article
/// (most of the kept words, six prose lines or more) and the language has a
/// stoplist; on the next pass removed lines are blank, so this acts once.
fn drop_islands(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    /// A run of kept lines: positions into the non-blank lines (first and
    /// last kept), its words, and the removed lines between it and the run before.
    struct Run {
        first: usize,
        last: usize,
        words: u32,
        gap: usize,
    }
    let nb: Vec<usize> = (0..best.len()).filter(|&i| !doc.lines[i].blank).collect();
    let kept = |q: usize| best[nb[q]].is_none();
    let inline = |q: usize| best[nb[q]].is_some_and(|b| matches!(spans[b].category, Category::Caption | Category::Byline));
    let mut runs: Vec<Run> = Vec::new();
    let (mut gap, mut k) = (0usize, 0usize);
    while k < nb.len() {
        if !kept(k) {
            gap += usize::from(!inline(k));
            k += 1;
            continue;
        }
        let mut run = Run { first: k, last: k, words: 0, gap };
        while k < nb.len() && (kept(k) || inline(k)) {
            if kept(k) {
                run.words += doc.feats[nb[k]].words;
                run.last = k;
            }
            k += 1;
        }
        k = run.last + 1;
        runs.push(run);
        gap = 0;
    }
    let Some(main) = (0..runs.len()).max_by_key(|&r| runs[r].words) else { return };
    let main_words = runs[main].words as f32;
    let total: u32 = runs.iter().map(|r| r.words).sum();
    let kept_in = |r: &Run| (r.first..=r.last).filter(|&q| kept(q));
    let paragraphs = kept_in(&runs[main]).filter(|&q| prose(doc, nb[q])).count();
    if doc.stoplist.is_none() || main_words < ISLAND_DOMINANCE * total as f32 || paragraphs < ISLAND_PARAGRAPHS {
        return;
    }
    let words = crate::detect::quality::line_words(doc);
    let vocab: ahash::AHashSet<u32> = kept_in(&runs[main]).flat_map(|q| words.line(nb[q]).iter().copied()).collect();
    let off_topic = |r: &Run| {
        let ids: Vec<u32> = kept_in(r).flat_map(|q| words.line(nb[q]).iter().copied()).collect();
        let shared = ids.iter().filter(|id| vocab.contains(id)).count();
        (r.words as f32) <= ISLAND_SHARE * main_words && (shared as f32) < ISLAND_OVERLAP * ids.len().max(1) as f32
    };
    // Walking away from the article, every run past a long gap is far.
    let mut islands = Vec::new();
    let mut far = false;
    for r in main + 1..runs.len() {
        far |= runs[r].gap >= ISLAND_GAP;
        if far && off_topic(&runs[r]) {
            islands.push(r);
        }
    }
    let mut far = false;
    for r in (0..main).rev() {
        far |= runs[r + 1].gap >= ISLAND_GAP;
        if far && off_topic(&runs[r]) {
            islands.push(r);
        }
    }
    let marks: Vec<(std::ops::Range<usize>, Vec<usize>)> =
        islands.iter().map(|&r| (nb[runs[r].first]..nb[runs[r].last] + 1, kept_in(&runs[r]).map(|q| nb[q]).collect())).collect();
    drop(words);
    for (lines, members) in marks {
        spans.push(Span::lines(lines, Category::Other, "decide/island", THRESHOLD, "small kept run far from the article, on other topics"));
        let si = spans.len() - 1;
        for i in members {
            best[i] = Some(si);
        }
    }
}

/// A line that carries no body signal of its own: short and without a sentence.
fn neutral(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    f.words <= 3 || (f.words < 8 && !f.terminal && f.inner_sentences == 0)
}

/// Removes short neutral runs (≤ 2 lines) whose nearest non-blank neighbours are both removed.
fn smooth(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    let n = doc.len();
    let mut i = 0;
    while i < n {
        if doc.lines[i].blank || best[i].is_some() {
            i += 1;
            continue;
        }
        // A run of kept non-blank lines (blank lines inside allowed).
        let start = i;
        let mut members = Vec::new();
        let mut j = i;
        while j < n && best[j].is_none() {
            if !doc.lines[j].blank {
                members.push(j);
            }
            j += 1;
        }
        i = j;
        if members.len() > 2 || !members.iter().all(|&m| neutral(doc, m)) {
            continue;
        }
        let before = doc.prev_nonblank(start).and_then(|p| best[p]);
        let after = (j < n).then(|| best[j]).flatten();
        let (Some(b), Some(_)) = (before, after) else { continue };
        let (cat, lines) = (spans[b].category, members[0]..members[members.len() - 1] + 1);
        spans.push(Span::lines(lines, cat, "decide/between-removed", THRESHOLD, "short line between removed blocks"));
        let si = spans.len() - 1;
        for m in members {
            best[m] = Some(si);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "The council voted on Monday to approve the new budget for the coming year, after a long debate.\n\
        Members said the budget would protect local services and keep council taxes at the same level as before.\n\
        The opposition argued that the budget spending on roads was too low and that it would cost the council more later.\n\
        The mayor said the council had listened to residents and that the budget reflected their priorities for the year.\n\
        Several members asked for a review of the budget in the spring, when the council expects new figures on income.\n\
        The budget will now go to the regional authority, which has to approve it before the council can start spending.\n";
    const MENU: &str = "Home\nNews\nSport\nWeather\nContact\nAbout us\n";

    /// Clean text of `text` after `decide` with a navigation span over the lines `menu`.
    fn kept(text: &str, menu: std::ops::Range<usize>, model: Option<std::ops::Range<usize>>) -> Vec<usize> {
        let doc = Doc::analyse(text, None, &[]);
        let mut spans = vec![Span::lines(menu, Category::Navigation, "navigation/link", 0.9, "test")];
        if let Some(m) = model {
            spans.push(Span::lines(m, Category::Other, "quality/low-quality", 0.9, "test"));
        }
        let d = decide(&doc, spans, &[]);
        (0..doc.len()).filter(|&i| !doc.lines[i].blank && d.verdicts[i] == Verdict::Keep).collect()
    }

    #[test]
    fn off_topic_island_after_a_long_gap_goes() {
        let t = format!("{ARTICLE}{MENU}Prices shown include sales tax and free delivery on every order.\n");
        assert_eq!(kept(&t, 6..12, None), (0..6).collect::<Vec<_>>());
        // On the article's topic, it stays.
        let t = format!("{ARTICLE}{MENU}The council will meet again next month to vote on the budget for roads.\n");
        assert_eq!(kept(&t, 6..12, None), (0..6).chain([12]).collect::<Vec<_>>());
        // After a short gap, it stays.
        let t = format!("{ARTICLE}Home\nNews\nPrices shown include sales tax and free delivery on every order.\n");
        assert_eq!(kept(&t, 6..8, None), (0..6).chain([8]).collect::<Vec<_>>());
    }

    #[test]
    fn a_page_is_not_emptied() {
        // Everything is menu or "headlines": the longest run of headline-list lines stays.
        let listing = "Red wool scarf, hand knitted in the Highlands, with a fringe\nBlue cotton shirt for summer evenings, slim fit and breathable\nLeather boots that last for years, resoled in our own workshop\nLinen trousers for warm days, in four colours and six sizes\nA felt hat with a wide brim, made by a family firm since 1920\nWoollen socks in a pack of three, warm enough for winter walks\nA waxed jacket that keeps out the rain on long country walks\n";
        let t = format!("{MENU}{listing}{MENU}");
        let doc = Doc::analyse(&t, None, &[]);
        let spans = vec![
            Span::lines(0..6, Category::Navigation, "navigation/link", 0.9, "test"),
            Span::lines(6..13, Category::HeadlineList, "headline_list/run", 0.85, "test"),
            Span::lines(13..19, Category::Navigation, "navigation/link", 0.9, "test"),
        ];
        let d = decide(&doc, spans, &[]);
        let kept: Vec<usize> = (0..doc.len()).filter(|&i| d.verdicts[i] == Verdict::Keep).collect();
        assert_eq!(kept, (6..13).collect::<Vec<_>>());
    }

    #[test]
    fn prose_the_model_alone_removes_stays() {
        // The model takes every prose line of the page: its context misread the page.
        let t = format!("{MENU}{ARTICLE}");
        assert_eq!(kept(&t, 0..6, Some(6..12)), (6..12).collect::<Vec<_>>());
    }
}
