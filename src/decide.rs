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
//! documentation or product page is not a news page); on a page whose code
//! blocks sit between paragraphs (documentation, technical answers) the
//! model's removals of prose are undone too. A short run that only soft
//! signals remove between two kept paragraphs (a code block, a list of
//! options, the header lines between two posts) stays, and so does a list
//! of data lines (specs, quantities, label/value pairs) next to kept prose.
//! A page that would otherwise come out (nearly) empty keeps its densest
//! stretch of longer lines (a listing's titles and blurbs). Where kept lines
//! repeat one sequence of line shapes (a listing's items, a thread's posts),
//! the softly removed lines that continue the sequence before and after are
//! records too. A block a kept paragraph announces with a colon (or, on a
//! documentation page, code right after a paragraph) stays, and so do
//! paragraphs the model alone removes right after a kept one (the article's
//! later sections, across a short subheading, a photo caption, an ad label
//! or an inline "Read also" list; also past a short run of one-line
//! sentences, code and headings, a documentation page's later sections),
//! as do prose lines right
//! before the first kept line (the intro, also across a repeated title or a
//! tagline when it is on the article's topic), a sectioned article's last
//! section when it is a short list, the steps (one sentence a line) under a
//! subheading after kept lines (a recipe's method), a product's feature and
//! specification lists under their headings right after its kept
//! description, the article's headline
//! right before its text, the other lines of a listing's records whose
//! descriptions are kept, a product grid's priced items, the replies of a
//! forum thread whose original poster replies, the prose of every
//! post of a thread whose posts carry one reply subject ("Re: …"), the
//! texts and titles of reviews (or posts) that repeat with the same chrome
//! lines ("Verified purchase", "Was this review helpful?"), and a headline
//! run right after kept text that holds on-topic paragraphs (a service
//! page's price table and the sections after it). Where the kept text is
//! short, a page's later sections past a band of chrome (a subheading and
//! an on-topic paragraph, two or more of them) stay too, and so does the
//! title line right above a kept paragraph that opens a kept run (a
//! section's heading, a listing item's title above its excerpt). The buttons repeated
//! after every price of a product grid ("Add to cart") go. A short
//! generic removal inside one detector's block is logged under that
//! detector's category. Last, where one
//! kept run is clearly the article, a small kept run far from it (past six
//! or more removed lines) whose words the article does not use goes: the
//! notice, legal line or teaser no detector named; so does such a run after
//! a related-stories header that follows the article. Partial spans
//! (`cut`) apply only to lines that are otherwise kept.

use crate::detect::{Category, Span};
use crate::features::{Doc, Words};

/// Score at and above which a span removes its lines.
pub const THRESHOLD: f32 = 0.5;

/// Score at and above which a span removes its lines even when isolated between kept lines.
pub const STRONG: f32 = 0.8;

/// Generic-model score below which a removal is marginal (see `keep_isolated_weak`).
pub const MARGINAL: f32 = 0.65;

/// Share of the page's prose words below which the model's removals of prose
/// are undone (see `keep_main_prose`).
pub const PROSE_FLOOR: f32 = 0.35;
/// Share of a page's prose words kept under which `keep_main_prose` keeps
/// the prose lines that only the line-quality model removes.
pub const MODEL_PROSE_FLOOR: f32 = 0.4;

/// Longest stretch of lines between two kept prose lines that
/// `keep_between_prose` keeps.
pub const BETWEEN_RUN: usize = 20;

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
    let mut protected = protected_lines(n, &spans, keep);
    let mut spans: Vec<Span> = spans.into_iter().filter(|s| !keep.contains(&s.category) && s.score >= THRESHOLD).collect();
    // Which spans are soft ([`is_soft`]), once per span.
    let soft: Vec<bool> = spans.iter().map(|s| is_soft(doc, s)).collect();
    let mut best: Vec<Option<usize>> = vec![None; n];
    for (si, s) in spans.iter().enumerate() {
        if s.cut.is_some() {
            continue;
        }
        for i in s.lines.start.min(n)..s.lines.end.min(n) {
            if doc.lines[i].blank || protected[i] {
                continue;
            }
            if best[i].map_or(true, |b| rank(&spans[b], soft[b]) < rank(s, soft[si])) {
                best[i] = Some(si);
            }
        }
    }
    // The non-blank lines, for the rules that walk them (blankness never changes here).
    let nb: Vec<usize> = (0..n).filter(|&i| !doc.lines[i].blank).collect();
    keep_main_prose(doc, &spans, &soft, &mut best);
    keep_topic_sections(doc, &spans, &soft, &mut best);
    keep_content_sections(doc, &soft, &mut best);
    keep_between_prose(doc, &spans, &soft, &mut best);
    keep_prose_runs(doc, &spans, &soft, &mut best);
    keep_announced(doc, &soft, &mut best);
    keep_code_blocks(doc, &soft, &mut best);
    keep_item_list(doc, &soft, &mut best);
    keep_largest_list(doc, &nb, &soft, &mut best);
    keep_records(doc, &nb, &soft, &mut best);
    keep_listing_records(doc, &nb, &spans, &soft, &mut best);
    keep_priced_records(doc, &nb, &soft, &mut best);
    keep_thread_posts(doc, &spans, &soft, &mut best);
    keep_user_posts(doc, &soft, &mut best);
    keep_closed_posts(doc, &soft, &mut best);
    let reviews = keep_review_texts(doc, &nb, &spans, &soft, &mut best);
    keep_delimited_records(doc, &nb, &soft, &mut best);
    keep_card_records(doc, &nb, &soft, &mut best);
    let furniture = keep_closed_records(doc, &nb, &soft, &mut best);
    keep_schedule(doc, &nb, &soft, &mut best);
    keep_price_table(doc, &nb, &soft, &mut best);
    // Plan cards, spec tables and reviews are the page's data, not off-topic islands.
    for i in keep_plan_cards(doc, &nb, &spans, &soft, &mut best).into_iter().chain(keep_spec_pairs(doc, &nb, &spans, &soft, &mut best)).chain(reviews) {
        protected[i] = true;
    }
    keep_isolated_weak(doc, &spans, &mut best);
    keep_weak_tail(doc, &spans, &mut best);
    keep_section_run(doc, &spans, &soft, &mut best);
    keep_continuation(doc, &spans, &mut best);
    keep_section_list(doc, &soft, &mut best);
    keep_steps(doc, &soft, &mut best);
    keep_lede(doc, &spans, &soft, &mut best);
    keep_title(doc, &spans, &soft, &mut best);
    keep_short_title(doc, &soft, &mut best);
    keep_pros_cons(doc, &soft, &mut best);
    keep_faq(doc, &nb, &soft, &mut best);
    keep_testimonials(doc, &nb, &soft, &mut best);
    keep_named_cards(doc, &nb, &soft, &mut best);
    keep_content_sections(doc, &soft, &mut best);
    keep_list_sections(doc, &soft, &mut best);
    keep_paragraph_heads(doc, &soft, &mut best);
    dissolve_runs(doc, &spans, &mut best);
    drop_grid_buttons(doc, &protected, &mut spans, &mut best);
    smooth(doc, &mut spans, &mut best);
    relabel_inside(doc, &mut spans, &mut best);
    drop_furniture(&furniture, &mut spans, &mut best);
    if !keep.contains(&Category::Other) {
        drop_islands(doc, &nb, &protected, &mut spans, &mut best);
    }
    keep_product_head(doc, &spans, &soft, &mut best);
    keep_head(doc, &spans, &soft, &mut best);
    keep_entry_times(doc, &spans, &soft, &mut best);
    keep_sibling_heads(doc, &soft, &mut best);
    // Removals of their own: none when `other` is kept.
    if !keep.contains(&Category::Other) {
        drop_ratings(doc, &mut spans, &mut best);
        drop_ai_summaries(doc, &mut spans, &mut best);
        drop_excerpts(doc, &mut spans, &mut best);
        drop_code_toolbars(doc, &mut spans, &mut best);
    }
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
fn rank(s: &Span, soft: bool) -> (bool, bool, f32) {
    (!generic(s), !soft, s.score)
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
/// stay removed and are skipped over. A short subheading the model removes
/// ("Fazit") may open such a tail of prose on the article's topic.
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
    // A subheading that only the model removes may open the tail ("Fazit")
    // when every prose line of the tail is on the article's topic.
    let heading = |i: usize| best[i].is_some_and(|b| from_model(&spans[b])) && doc.feats[i].words <= 4 && !doc.feats[i].terminal && !doc.feats[i].colon_end;
    if !tail.is_empty() && lines.peek().is_some_and(|&i| heading(i)) && tail.iter().all(|&i| prose(doc, i)) && on_topic(doc, best, &tail) {
        tail.extend(lines.next());
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

/// Longest subheading (in words) that `keep_continuation` crosses.
pub const SUBHEADING_WORDS: u32 = 4;

/// A short subheading: at most [`SUBHEADING_WORDS`] words, no sentence's end, no colon.
fn subheading(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    (1..=SUBHEADING_WORDS).contains(&f.words) && !f.terminal && !f.colon_end
}

/// Longest kept heading (in words) that `keep_continuation` crosses to an
/// on-topic paragraph right below it.
pub const KEPT_HEADING_WORDS: u32 = 12;

/// A kept section heading's shape: at most [`KEPT_HEADING_WORDS`] words,
/// no sentence's end, no colon ("When to take it to a shop instead").
fn kept_heading(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    (1..=KEPT_HEADING_WORDS).contains(&f.words) && !f.terminal && !f.colon_end
}

/// The article goes on: a prose line right after a kept prose line, which
/// only the generic model removes, stays, and so does the next one after
/// it, and so on; the chain may cross a short subheading the model removes
/// (or keeps, when a paragraph on the article's topic follows it at once;
/// a kept heading may be longer: [`kept_heading`])
/// (at most [`SUBHEADING_WORDS`] words, no sentence end, no colon) when
/// prose follows it, and it steps over what sits inside articles and stays
/// removed: photo captions, short lists under a related-stories header
/// ("Read also") and ad labels ("Advertisement"). The model's position and
/// neighbourhood signals punish a long article's later sections; a
/// paragraph that follows one kept paragraph directly is the same text.
fn keep_continuation(doc: &Doc<'_>, spans: &[Span], best: &mut [Option<usize>]) {
    let by_model = |best: &[Option<usize>], i: usize| best[i].is_some_and(|b| from_model(&spans[b]));
    // What sits inside an article: line `k`, removed by span `b`, is a photo
    // caption, a "read also" link, a short list under a related-stories header,
    // or an ad label.
    let inside = |b: usize, k: usize| {
        let sp = &spans[b];
        match sp.category {
            Category::Caption => true,
            Category::HeadlineList => {
                sp.rule == "headline_list/read-also"
                    || sp.lines.len() <= 8
                    && (sp.rule == "headline_list/header"
                        || !doc.lines[sp.lines.start].blank && list_header(doc, sp.lines.start))
            }
            Category::Navigation => sp.lines.len() == 1 && doc.feats[k].words <= 6 && crate::lexicon::AD_LABELS.iter().any(|a| doc.lower(k).contains(a)),
            _ => false,
        }
    };
    // A paragraph, not a one-sentence teaser: two sentences or 20 words.
    let paragraph = |m: usize| doc.feats[m].inner_sentences > 0 || doc.feats[m].words >= 20;
    // A paragraph that reads as the article's own under its subheading: on
    // its topic, or removed only weakly (a review's sections each have their
    // own words), unlike a comment or a teaser.
    let in_article = |best: &[Option<usize>], p: usize| best[p].is_some_and(|b| spans[b].score < STRONG) || on_topic(doc, best, &[p]);
    let mut i = 0;
    while i < best.len() {
        if doc.lines[i].blank || best[i].is_some() || !prose(doc, i) {
            i += 1;
            continue;
        }
        let mut last = i;
        while let Some(mut n) = doc.next_nonblank(last) {
            // A related box of one or two headlines (its list header kept or
            // removed alone, its headlines taken by the model) is crossed to a
            // paragraph on the article's topic or followed by more prose (a
            // teaser stands alone under its headline), or to a subheading over
            // such a paragraph; the box stays as it is.
            if list_header(doc, n) && best[n].map_or(true, |b| spans[b].rule == "headline_list/header") {
                let (mut m, mut crossed) = (n, 0);
                while let Some(k) = doc.next_nonblank(m).filter(|&k| crossed < 2 && by_model(best, k) && !prose(doc, k)) {
                    m = k;
                    crossed += 1;
                }
                let goes_on = |p: usize| by_model(best, p) && prose(doc, p) && paragraph(p) && (on_topic(doc, best, &[p]) || doc.next_nonblank(p).is_some_and(|q| prose(doc, q)));
                match doc.next_nonblank(m) {
                    Some(p) if crossed > 0 && goes_on(p) => {
                        best[p] = None;
                        last = p;
                        continue;
                    }
                    // The article's next section: its subheading, then such a paragraph.
                    Some(h) if crossed > 0 && best[h].map_or(true, |_| by_model(best, h)) && subheading(doc, h) => match doc.next_nonblank(h) {
                        Some(p) if goes_on(p) => {
                            best[h] = None;
                            best[p] = None;
                            last = p;
                            continue;
                        }
                        _ => break,
                    },
                    _ => break,
                }
            }
            while best[n].is_some_and(|b| inside(b, n)) {
                match doc.next_nonblank(n) {
                    Some(m) => n = m,
                    None => break,
                }
            }
            // A box of short lines inside the article (a benchmark table's
            // labels, a fact box: six words at most, no sentence) is crossed
            // to a subheading over a paragraph on the article's topic or
            // removed only weakly; the box stays as it is.
            let label = |k: usize| by_model(best, k) && !prose(doc, k) && !doc.feats[k].terminal && doc.feats[k].words <= 6;
            if label(n) {
                let heading = |h: usize| best[h].map_or(true, |_| by_model(best, h)) && subheading(doc, h);
                let goes_on = |p: usize| by_model(best, p) && prose(doc, p) && paragraph(p) && in_article(best, p);
                let mut section = None;
                let (mut m, mut crossed) = (n, 1);
                while let Some(k) = doc.next_nonblank(m).filter(|&k| crossed < CONTINUATION_BOX && label(k)) {
                    if crossed >= 2 && heading(k) {
                        if let Some(p) = doc.next_nonblank(k).filter(|&p| goes_on(p)) {
                            section = Some((k, p));
                            break;
                        }
                    }
                    m = k;
                    crossed += 1;
                }
                if let Some((h, p)) = section {
                    best[h] = None;
                    best[p] = None;
                    last = p;
                    continue;
                }
            }
            let next = if by_model(best, n) && prose(doc, n) {
                vec![n]
            } else if by_model(best, n) && n == last + 1 && short_sentence(doc, n) {
                vec![n]
            } else if (by_model(best, n) || best[n].is_none()) && subheading(doc, n) || best[n].is_none() && kept_heading(doc, n) {
                // Past a kept subheading, only a paragraph right below it that is
                // on the article's topic or that the model removes only weakly (a
                // review's sections each have their own words), not a comment or
                // a teaser further down.
                match doc.next_nonblank(n) {
                    Some(m) if by_model(best, m) && prose(doc, m) && (best[n].is_some() || m - last <= 4 && paragraph(m) && in_article(best, m)) => vec![n, m],
                    _ => break,
                }
            } else {
                break;
            };
            for &k in &next {
                best[k] = None;
            }
            last = next[next.len() - 1];
        }
        i = last + 1;
    }
}

/// Most short lines of a box inside an article that `keep_continuation` crosses.
pub const CONTINUATION_BOX: usize = 8;

/// Whether line `i` is removed only by soft signals ([`is_soft`]); a span
/// `decide` added after `soft` was computed (`smooth`, `drop_islands`, …)
/// is not soft.
fn soft_at(best: &[Option<usize>], soft: &[bool], i: usize) -> bool {
    best[i].is_some_and(|b| soft.get(b).copied().unwrap_or(false))
}

/// Whether line `i` is kept or removed only by soft signals ([`soft_at`]):
/// open to the rules that keep structures back.
fn open_at(best: &[Option<usize>], soft: &[bool], i: usize) -> bool {
    best[i].is_none() || soft_at(best, soft, i)
}

/// The page's first kept prose line ([`prose`]).
fn first_kept_prose(doc: &Doc<'_>, best: &[Option<usize>]) -> Option<usize> {
    (0..best.len()).find(|&i| !doc.lines[i].blank && best[i].is_none() && prose(doc, i))
}

/// A post's or record's sentence line: at least `min_words` words, a
/// sentence's end at its close or inside, and a stopword when the language
/// has a stoplist.
fn post_sentence(doc: &Doc<'_>, i: usize, min_words: u32) -> bool {
    let f = &doc.feats[i];
    f.words >= min_words && (f.terminal || f.inner_sentences > 0) && (doc.stoplist.is_none() || f.stopwords > 0)
}

/// A sentence line: at least `min_words` words, ending a sentence, with a
/// stopword when the language has a stoplist.
fn sentence_line(doc: &Doc<'_>, i: usize, min_words: u32) -> bool {
    let f = &doc.feats[i];
    f.words >= min_words && f.terminal && (doc.stoplist.is_none() || f.stopwords > 0)
}

/// A short sentence of running text: three to nine words, stopword-rich
/// when the language has a stoplist, ending in a sentence mark.
fn short_sentence(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    let stop_ok = doc.stoplist.is_none() || f.stop_density() >= 0.3;
    (3..=9).contains(&f.words) && f.terminal && stop_ok
}

/// Longest run of lines that `keep_section_run` crosses.
pub const SECTION_RUN: usize = 16;

/// Sections in short lines: after a kept prose line, a run of at most
/// [`SECTION_RUN`] lines that are kept, or that only soft signals
/// ([`is_soft`]) remove and are each a short sentence (three words or
/// more, a sentence's end), a subheading, a line ending with a colon or a
/// line of code (code punctuation, an indented line, a shell line
/// continued with a backslash), up to a prose line that only the model
/// removes and that is on the article's topic: the run and that paragraph
/// stay (when the run is contiguous in the page: at most one blank or
/// earlier-removed line between two of its lines; when it holds a
/// short sentence; and when it holds at most two subheadings, none right
/// after another nor one sentence apart: not a gallery's labels or a
/// teaser list). A documentation page's later sections ("Save the rule." / "You
/// can also use the CLI:" / code / "Limits" / one-sentence items / "Note" /
/// a paragraph) are what the model's length and position signals punish;
/// teaser lists rarely end their lines with a full stop, and the paragraph
/// at the end must share the article's words.
fn keep_section_run(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let sentence = |k: usize| sentence_line(doc, k, 3);
    let code = |k: usize| {
        let line = doc.line(k);
        code_line(doc, k) || line.starts_with("  ") || line.starts_with('\t') || line.trim_end().ends_with(" \\")
    };
    let short_line = |k: usize| sentence(k) || subheading(doc, k) || doc.feats[k].colon_end || code(k);
    let member = |best: &[Option<usize>], k: usize| {
        !prose(doc, k) && match best[k] {
            None => true,
            Some(b) => soft[b] && short_line(k),
        }
    };
    let mut i = 0;
    while i < best.len() {
        if doc.lines[i].blank || best[i].is_some() || !prose(doc, i) {
            i += 1;
            continue;
        }
        let (members, j) = run_after(doc, i, SECTION_RUN, |k| member(best, k));
        // Headings: at most two, never two in a row (a gallery's labels, a
        // teaser list's titles); and at least one short sentence.
        let heading = |k: usize| subheading(doc, k) && !code(k);
        let headings = members.iter().filter(|&&k| heading(k)).count();
        let stacked = members.windows(2).any(|w| heading(w[0]) && heading(w[1]));
        // A title and its one-sentence blurb, then the next title: teasers.
        let teasers = members.windows(3).any(|w| heading(w[0]) && sentence(w[1]) && heading(w[2]));
        let has_sentence = members.iter().any(|&k| sentence(k));
        let end = j.filter(|&m| {
            members.len() <= SECTION_RUN
                && headings <= 2
                && !stacked
                && !teasers
                && has_sentence
                && std::iter::once(i).chain(members.iter().copied()).zip(members.iter().copied().chain(std::iter::once(m))).all(|(a, b)| b - a <= 2)
                && members.iter().any(|&k| best[k].is_some())
                && prose(doc, m)
                && best[m].is_some_and(|b| from_model(&spans[b]))
                && on_topic(doc, best, &[m])
        });
        match end {
            Some(m) => {
                for &k in members.iter().chain(std::iter::once(&m)) {
                    best[k] = None;
                }
                i = m;
            }
            None => i = members.last().map_or(i + 1, |&l| l + 1),
        }
    }
}

/// Fewest sentence lines under a subheading that `keep_steps` keeps.
const STEPS_MIN: usize = 3;

/// Steps under a subheading: right after kept lines (at most one short
/// line between, the end of a list), a subheading that only soft signals
/// ([`is_soft`]) remove, followed by at least [`STEPS_MIN`] sentence lines
/// (four words or more, ending a sentence) that only soft signals remove,
/// stays with them, up to the first line that is not such a sentence: a
/// recipe's method, a how-to's steps. Short sentences one per line are what
/// the model's length signals punish; teaser lists rarely end every line
/// with a full stop.
fn keep_steps(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let sentence = |i: usize| sentence_line(doc, i, 4);
    let mut k = 0;
    while k < best.len() {
        if doc.lines[k].blank || best[k].is_some() {
            k += 1;
            continue;
        }
        k += 1;
        let Some(mut h) = doc.next_nonblank(k - 1).filter(|&h| soft_at(best, soft, h)) else { continue };
        let mut lead = Vec::new();
        if doc.feats[h].words <= 6 && !doc.feats[h].terminal {
            if let Some(h2) = doc.next_nonblank(h).filter(|&h2| soft_at(best, soft, h2) && !sentence(h2)) {
                lead.push(h);
                h = h2;
            }
        }
        let f = &doc.feats[h];
        if !(1..=SUBHEADING_WORDS).contains(&f.words) || f.terminal || list_header(doc, h) {
            continue;
        }
        let mut steps = Vec::new();
        let mut cur = h;
        while let Some(n) = doc.next_nonblank(cur).filter(|&n| soft_at(best, soft, n) && sentence(n)) {
            steps.push(n);
            cur = n;
        }
        if steps.len() >= STEPS_MIN {
            for i in lead.into_iter().chain([h]).chain(steps) {
                best[i] = None;
            }
            k = cur + 1;
        }
    }
}

/// Most items of a section's list that `keep_section_list` keeps.
const SECTION_ITEMS: usize = 10;

/// A sectioned article's last section may be a list: where at least two kept
/// subheadings sit between kept paragraphs, a subheading right after a kept
/// paragraph that only soft signals ([`is_soft`]) remove, with two to
/// [`SECTION_ITEMS`] short items under it that only soft signals remove
/// (3 to 25 words each, up to a kept line, a telltale removal, a
/// related-stories header or the end), stays with its items: the section
/// headings are siblings, so the list is the article's.
fn keep_section_list(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let section_head = |i: usize| subheading(doc, i) && !list_header(doc, i);
    let kept_prose = |best: &[Option<usize>], i: Option<usize>| i.is_some_and(|i| best[i].is_none() && prose(doc, i));
    let sections = (0..best.len())
        .filter(|&i| !doc.lines[i].blank && best[i].is_none() && section_head(i))
        .filter(|&i| kept_prose(best, doc.prev_nonblank(i)) && kept_prose(best, doc.next_nonblank(i)))
        .count();
    if sections < 2 {
        return;
    }
    for h in 0..best.len() {
        if doc.lines[h].blank || !soft_at(best, soft, h) || !section_head(h) || !kept_prose(best, doc.prev_nonblank(h)) {
            continue;
        }
        let mut items = Vec::new();
        let mut cur = h;
        let closed = loop {
            match doc.next_nonblank(cur) {
                None => break true,
                Some(n) if best[n].is_none() || !soft_at(best, soft, n) || list_header(doc, n) => break true,
                Some(n) if items.len() < SECTION_ITEMS && (3..=25).contains(&doc.feats[n].words) => {
                    items.push(n);
                    cur = n;
                }
                Some(_) => break false,
            }
        };
        if closed && items.len() >= 2 {
            for i in std::iter::once(h).chain(items) {
                best[i] = None;
            }
        }
    }
}

/// The article's opening: prose lines (or short sentences: a quote that
/// opens a reportage) right before the first kept line
/// of the page, back to the first line that is not prose or that a
/// specific detector removes, stay when only soft signals ([`is_soft`])
/// remove them (the intro that a run of header lines or the model's
/// neighbourhood signals drag down with the page head), also across an
/// affiliate or advertiser disclosure right above the first kept line
/// when the prose beyond it is on the kept text's topic, and across a box
/// of up to [`LEDE_BOX`] short lines (a share price's figures) to a
/// paragraph on the kept text's topic.
fn keep_lede(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let Some(first) = (0..best.len()).find(|&i| !doc.lines[i].blank && best[i].is_none()) else { return };
    let mut cur = first;
    loop {
        if let Some(p) = doc.prev_nonblank(cur).filter(|&p| soft_at(best, soft, p) && (prose(doc, p) || short_sentence(doc, p))) {
            best[p] = None;
            cur = p;
            continue;
        }
        // A repeated title or a tagline between the intro and the article
        // (a recipe or product card's head): up to two short lines the soft
        // signals remove, crossed to prose on the article's topic; they stay removed.
        // A disclosure between the intro and the text ("This post contains
        // affiliate links"): one line a notice rule removes, crossed to prose
        // on the article's topic; it stays removed.
        if cur == first {
            if let Some(q) = doc.prev_nonblank(cur).filter(|&q| best[q].is_some_and(|b| spans[b].rule == "navigation/disclosure")) {
                if let Some(r) = doc.prev_nonblank(q).filter(|&r| soft_at(best, soft, r) && prose(doc, r) && on_topic(doc, best, &[r])) {
                    best[r] = None;
                    cur = r;
                    continue;
                }
            }
        }
        let mut p = cur;
        let mut crossed = 0;
        while let Some(q) = doc.prev_nonblank(p).filter(|&q| crossed < 2 && soft_at(best, soft, q) && !prose(doc, q) && doc.feats[q].words <= 12) {
            p = q;
            crossed += 1;
        }
        match doc.prev_nonblank(p) {
            Some(q) if crossed > 0 && soft_at(best, soft, q) && prose(doc, q) && on_topic(doc, best, &[q]) => {
                best[q] = None;
                cur = q;
                continue;
            }
            _ => {}
        }
        // A box of short lines inside the article (a share price's figures,
        // a fact box's labels): up to LEDE_BOX lines of a few words, crossed
        // to a paragraph (two sentences or 20 words) on the article's topic.
        let mut p = cur;
        let mut crossed = 0;
        while let Some(q) = doc.prev_nonblank(p).filter(|&q| crossed < LEDE_BOX && soft_at(best, soft, q) && !prose(doc, q) && doc.feats[q].words <= 6) {
            p = q;
            crossed += 1;
        }
        let paragraph = |q: usize| doc.feats[q].inner_sentences > 0 || doc.feats[q].words >= 20;
        match doc.prev_nonblank(p) {
            Some(q) if crossed > 2 && soft_at(best, soft, q) && prose(doc, q) && paragraph(q) && on_topic(doc, best, &[q]) => {
                best[q] = None;
                cur = q;
            }
            _ => break,
        }
    }
}

/// Most short lines of a box inside an article that `keep_lede` crosses.
pub const LEDE_BOX: usize = 10;

/// Most non-blank lines between an article's headline and its first kept
/// paragraph (a byline, a date, a photo credit, a prompt, tags) that `keep_title` crosses.
const TITLE_GAP: usize = 8;

/// The article's headline: the first kept prose line of the page is the
/// article's start; the nearest line before it (crossing at most
/// [`TITLE_GAP`] lines that a byline, caption or call-to-action rule
/// removes, one-line service links of four words or fewer, and short
/// metadata lines that only soft signals remove: [`meta_line`]) that only soft
/// signals ([`is_soft`]) remove, of 5 to 25 words, without a sentence's end
/// or a colon, that shares a content word with the article, is its
/// headline and stays. Once a byline has been crossed, that line may also be
/// the article's [`standfirst`]: it stays, and so does the line right above
/// it when that reads as a headline shorter than it. Past a soft line of
/// four words or fewer that is no metadata (a control: "Listen", "Share", a
/// platform's name) the walk goes on, up to [`TITLE_FAR`] lines across
/// removed lines of four words or fewer, metadata and bylines (a podcast's
/// player, a help article's "updated" line), but the headline found beyond
/// must have at least [`TITLE_FAR_SHARE`] of its content words in the
/// article. A menu before the headline, and the author's name and role lines
/// under it, are what make the model take the head.
fn keep_title(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let Some(first) = first_kept_prose(doc, best) else { return };
    let mut cur = first;
    let mut far = false;
    let mut byline = false;
    for step in 0..=TITLE_FAR {
        let Some(p) = doc.prev_nonblank(cur) else { return };
        if step > TITLE_GAP {
            // Far from the text, past a band of controls (a player, share and
            // listen buttons, platform links): only a headline mostly in the
            // article's words, across removed lines of four words or fewer.
            match best[p] {
                Some(b) if soft[b] && title_like(doc, p) && topic_share(doc, best, &[p]).is_some_and(|s| s >= TITLE_FAR_SHARE) => {
                    best[p] = None;
                    return;
                }
                Some(b) if doc.feats[p].words <= 4 || meta_line(doc, p) || matches!(spans[b].category, Category::Byline | Category::Caption | Category::CallToAction) => {
                    cur = p;
                    continue;
                }
                _ => return,
            }
        }
        match best[p] {
            Some(b) if soft[b] && meta_line(doc, p) => cur = p,
            Some(b) if soft[b] => {
                if title_like(doc, p) && topic_share(doc, best, &[p]).is_some_and(|s| s > if far { TITLE_FAR_SHARE } else { 0.0 }) {
                    best[p] = None;
                } else if byline && !far && standfirst(doc, best, p) {
                    best[p] = None;
                    let headline = |q: usize| title_like(doc, q) && topic_share(doc, best, &[q]).is_some_and(|s| s > 0.0);
                    if let Some(q) = doc.prev_nonblank(p).filter(|&q| best[q].is_some_and(|b| soft[b]) && !doc.feats[q].link && headline(q) && doc.feats[q].words < doc.feats[p].words) {
                        best[q] = None;
                    }
                }
                if doc.feats[p].words > 4 || best[p].is_none() {
                    return;
                }
                // A short control ("Listen to this article", "Share"): only a headline mostly in the article's words lies beyond.
                far = true;
                cur = p;
            }
            Some(b) if spans[b].category == Category::Byline => {
                byline = true;
                cur = p;
            }
            Some(b) if matches!(spans[b].category, Category::Caption | Category::CallToAction) => cur = p,
            Some(b) if spans[b].rule == "navigation/link" && doc.feats[p].words <= 4 => cur = p,
            _ => return,
        }
    }
}

/// Most non-blank lines between an article's headline and its first kept
/// paragraph that `keep_title` crosses when they are all short removed lines.
const TITLE_FAR: usize = 30;
/// Least share of a far headline's content words in the kept text (`keep_title`).
const TITLE_FAR_SHARE: f32 = 0.5;

/// Most items of a pros or cons list that `keep_pros_cons` keeps.
pub const PROS_CONS_ITEMS: usize = 8;
/// Most words of a pros or cons item (see `keep_pros_cons`).
pub const PROS_CONS_WORDS: u32 = 15;

/// A review's pros and cons: on a page with kept prose, a header line
/// ([`crate::lexicon::PROS_CONS`]: "Vorteile", "Cons", "Points faibles")
/// and the items right under it (up to [`PROS_CONS_ITEMS`] lines of at most
/// [`PROS_CONS_WORDS`] words with no blank line between, up to the next
/// such header or a list header) stay where only soft signals ([`is_soft`])
/// remove them. Short items without a sentence's end are what the model
/// reads as a menu.
fn keep_pros_cons(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    use crate::lexicon::PROS_CONS;
    let header = |i: usize| PROS_CONS.is_doc_line(doc, i);
    if first_kept_prose(doc, best).is_none() {
        return;
    }
    for i in 0..best.len() {
        if doc.lines[i].blank || !header(i) {
            continue;
        }
        let mut items = Vec::new();
        let mut k = i + 1;
        while k < best.len() && items.len() < PROS_CONS_ITEMS && !doc.lines[k].blank && doc.feats[k].words <= PROS_CONS_WORDS && !header(k) && !list_header(doc, k) {
            items.push(k);
            k += 1;
        }
        if items.is_empty() {
            continue;
        }
        for m in std::iter::once(i).chain(items) {
            if soft_at(best, soft, m) {
                best[m] = None;
            }
        }
    }
}

/// The lines right under line `i` for which `member` holds, in order, up to
/// a blank line of the page as it came (a line an earlier pass removed is
/// skipped, not an end), the first line `member` refuses, or `cap` lines.
fn block_under(doc: &Doc<'_>, i: usize, cap: usize, member: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut lines = Vec::new();
    for k in i + 1..doc.len() {
        if doc.lines[k].blank {
            if opens_block(doc, k + 1) {
                break;
            }
            continue;
        }
        if lines.len() == cap || !member(k) {
            break;
        }
        lines.push(k);
    }
    lines
}

/// Most prose lines under a section heading that `keep_content_sections` keeps.
pub const CONTENT_SECTION_LINES: usize = 20;

/// An item page's own sections: on a page with kept prose, a heading line
/// ([`crate::lexicon::CONTENT_HEADERS`]: "Description", "Klappentext",
/// "Descripción") and the run of prose lines right under it that end a
/// sentence (up to a blank line of the page as it came or another line: a
/// feature bullet is left to the list rules, at most
/// [`CONTENT_SECTION_LINES`] lines) stay where only soft signals
/// ([`is_soft`]) remove them; the lists and tables of such sections are left
/// to the rules for data next to kept prose. A product's description sits
/// far from its name, past pickers and size guides, where the model's
/// neighbourhood signals read it as the page's furniture.
fn keep_content_sections(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    use crate::lexicon::CONTENT_HEADERS;
    if first_kept_prose(doc, best).is_none() {
        return;
    }
    // The line's memoised normal form: asked of every short line in every pass.
    let header = |k: usize| CONTENT_HEADERS.is_doc_line(doc, k);
    for i in 0..best.len() {
        if doc.lines[i].blank || !open_at(best, soft, i) || !header(i) {
            continue;
        }
        let said = block_under(doc, i, CONTENT_SECTION_LINES, |k| open_at(best, soft, k) && prose(doc, k) && doc.feats[k].terminal);
        if said.is_empty() {
            continue;
        }
        for m in std::iter::once(i).chain(said) {
            best[m] = None;
        }
    }
}

/// Most lines under one list heading that `keep_list_sections` keeps.
pub const LIST_SECTION_LINES: usize = 40;
/// Most words of an ingredient line (see `keep_list_sections`).
pub const INGREDIENT_WORDS: u32 = 12;
/// Most words of a line in a product's list section (see `keep_list_sections`).
pub const SECTION_ITEM_WORDS: u32 = 20;

/// A recipe's or a how-to's lists: on a page with kept prose, a heading line
/// and the run of lines under it that fit it, at least two, stay where only
/// soft signals ([`is_soft`]) remove them: under an ingredients heading
/// ([`crate::lexicon::INGREDIENT_HEADERS`]) lines of at most
/// [`INGREDIENT_WORDS`] words, at least half of them with a figure (the
/// group labels between have none; two lines or more without one at the
/// end are the card's controls); under a steps heading
/// ([`crate::lexicon::STEP_HEADERS`]) sentence lines or numbered ones; under
/// a product's section heading ([`crate::lexicon::CONTENT_HEADERS`]:
/// "Features", "Specifications") right after kept prose or after the list
/// section kept before it, list lines or lines of at most
/// [`SECTION_ITEM_WORDS`] words with no second sentence (feature bullets,
/// spec names and values). A run ends at a line that does not fit, the next
/// heading, a blank line of the page as it came, a line a specific detector
/// removes or a list header (at most [`LIST_SECTION_LINES`] lines). A recipe
/// card sits after the post, past a newsletter box and a ratings line, and a
/// product's lists after its description, where the model reads their short
/// lines as furniture.
fn keep_list_sections(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    use crate::lexicon::{CONTENT_HEADERS, INGREDIENT_HEADERS, STEP_HEADERS};
    if first_kept_prose(doc, best).is_none() {
        return;
    }
    let ingredients = |k: usize| INGREDIENT_HEADERS.is_doc_line(doc, k);
    let steps = |k: usize| STEP_HEADERS.is_doc_line(doc, k);
    let section = |k: usize| CONTENT_HEADERS.is_doc_line(doc, k);
    // The last line of the list section kept last: the next heading may follow it.
    let mut chained = None;
    for i in 0..best.len() {
        if doc.lines[i].blank || !open_at(best, soft, i) {
            continue;
        }
        let is_ingredients = ingredients(i);
        let fits: &dyn Fn(usize) -> bool = if is_ingredients {
            &|k: usize| (1..=INGREDIENT_WORDS).contains(&doc.feats[k].words)
        } else if steps(i) {
            &|k: usize| sentence_line(doc, k, 3) || doc.feats[k].bullet && doc.feats[k].words >= 3
        } else if section(i) && doc.prev_nonblank(i).is_some_and(|p| best[p].is_none() && (prose(doc, p) || chained == Some(p))) {
            &|k: usize| item(doc, k).is_some() || doc.feats[k].words <= SECTION_ITEM_WORDS && doc.feats[k].inner_sentences == 0
        } else {
            continue;
        };
        let mut members = block_under(doc, i, LIST_SECTION_LINES, |k| open_at(best, soft, k) && !list_header(doc, k) && !ingredients(k) && !steps(k) && !section(k) && fits(k));
        let figure = |k: usize| doc.feats[k].digits > 0 || doc.line(k).contains(['½', '¼', '¾', '⅓']);
        if is_ingredients {
            // Two lines or more without a figure at the end are the card's controls ("Cook Mode").
            let tail = members.iter().rev().take_while(|&&k| !figure(k)).count();
            if tail >= 2 {
                members.truncate(members.len() - tail);
            }
        }
        let figures = members.iter().filter(|&&k| figure(k)).count();
        if members.len() < 2 || is_ingredients && 2 * figures < members.len() {
            continue;
        }
        chained = members.last().copied();
        for m in std::iter::once(i).chain(members) {
            best[m] = None;
        }
    }
}

/// Most non-blank lines between two testimonials (the customer's name, place, stars).
pub const TESTIMONIAL_GAP: usize = 3;

/// A quoted sentence: a line of at least eight words wrapped in quotation
/// marks, with a sentence's end inside them.
fn quoted_sentence(doc: &Doc<'_>, i: usize) -> bool {
    if doc.feats[i].words < 8 {
        return false;
    }
    let t = doc.line(i).trim();
    let inner = t.strip_prefix(['"', '“', '«', '„', '‘', '\'']).and_then(|r| r.strip_suffix(['"', '”', '»', '“', '’', '\'']));
    doc.feats[i].words >= 8 && inner.is_some_and(|r| r.trim_end().ends_with(['.', '!', '?', '…']))
}

/// Testimonials: two quoted sentences ([`quoted_sentence`]) or more, each at
/// most [`TESTIMONIAL_GAP`] non-blank lines after the one before, stay where
/// only soft signals ([`is_soft`]) remove them; the names and stars between
/// are left as they are. A landing page's or a service's customer quotes,
/// which the model reads as the page's furniture.
fn keep_testimonials(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let quotes: Vec<usize> = (0..nb.len()).filter(|&q| quoted_sentence(doc, nb[q]) && open_at(best, soft, nb[q])).collect();
    let mut a = 0;
    while a < quotes.len() {
        let mut e = a;
        while e + 1 < quotes.len() && quotes[e + 1] - quotes[e] <= TESTIMONIAL_GAP + 1 {
            e += 1;
        }
        if e > a {
            for &q in &quotes[a..=e] {
                best[nb[q]] = None;
            }
        }
        a = e + 1;
    }
}

/// Fewest cards in a row that `keep_named_cards` keeps.
pub const NAMED_CARDS_MIN: usize = 3;
/// Most words of a card's name (see `keep_named_cards`).
pub const NAMED_CARD_WORDS: u32 = 4;

/// Named cards: [`NAMED_CARDS_MIN`] or more pairs in a row of a name (one to
/// [`NAMED_CARD_WORDS`] words, no sentence, no separator: not a teaser's
/// "Marketing • Service" kicker) over one sentence line (six words
/// or more) that describes it, ending between the page's first and last
/// kept prose lines (not a sidebar after the text; its first cards may come
/// before the first kept prose), stay where only soft signals ([`is_soft`])
/// remove them, with the heading right above the first (five words or
/// fewer, no sentence): a service page's offers, a team's people with their
/// bios, a course's modules. A list of other stories pairs longer headlines
/// with its teasers.
fn keep_named_cards(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let name = |i: usize| {
        let f = &doc.feats[i];
        (1..=NAMED_CARD_WORDS).contains(&f.words) && !f.terminal && !f.colon_end && f.inner_sentences == 0 && f.separators == 0 && !question_line(doc, i)
    };
    let text = |i: usize| sentence_line(doc, i, 6) && !question_line(doc, i);
    // Inside the page's content: between its first and its last kept prose line.
    let kept_prose: Vec<usize> = nb.iter().copied().filter(|&i| best[i].is_none() && prose(doc, i)).collect();
    let (Some(&top), Some(&bottom)) = (kept_prose.first(), kept_prose.last()) else { return };
    let mut q = 0;
    while q + 1 < nb.len() {
        if nb[q] > bottom {
            break;
        }
        let mut r = q;
        while r + 1 < nb.len() && name(nb[r]) && text(nb[r + 1]) && open_at(best, soft, nb[r]) && open_at(best, soft, nb[r + 1]) {
            r += 2;
        }
        // The run reaches the first kept prose line (its first cards may come before it).
        if (r - q) / 2 < NAMED_CARDS_MIN || nb[r - 1] < top || nb[r - 1] > bottom {
            q += 1;
            continue;
        }
        for &i in &nb[q..r] {
            best[i] = None;
        }
        if let Some(h) = q.checked_sub(1).map(|h| nb[h]).filter(|&h| {
            let f = &doc.feats[h];
            (1..=5).contains(&f.words) && !f.terminal && soft_at(best, soft, h)
        }) {
            best[h] = None;
        }
        q = r;
    }
}

/// Fewest question-and-answer pairs that `keep_faq` keeps.
pub const FAQ_PAIRS: usize = 2;
/// Most lines of one answer (see `keep_faq`).
pub const FAQ_ANSWER_LINES: usize = 4;

/// A question: a line of 3 to 30 words that ends with a question mark.
fn question_line(doc: &Doc<'_>, i: usize) -> bool {
    (3..=30).contains(&doc.feats[i].words) && doc.line(i).trim_end().ends_with(['?', '？', '¿'])
}

/// Questions and answers (an FAQ, a help page's or a landing page's): where
/// [`FAQ_PAIRS`] or more questions ([`question_line`]) each followed by its
/// answer (one to [`FAQ_ANSWER_LINES`] sentence lines, no question among
/// them) follow each other with nothing else between, and only soft signals
/// ([`is_soft`]) remove their lines, they stay, with the heading right above
/// the first question (six words or fewer, holding one of
/// [`crate::lexicon::FAQ_HEADERS`]: "Frequently asked questions"). A comment thread's questions and replies are a specific
/// detector's removals and do not come back.
fn keep_faq(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let answer = |i: usize| !question_line(doc, i) && sentence_line(doc, i, 4);
    let mut q = 0;
    while q < nb.len() {
        // A run of pairs from `q`: (question, its answer lines).
        let mut pairs: Vec<usize> = Vec::new();
        let mut r = q;
        while r < nb.len() && question_line(doc, nb[r]) && open_at(best, soft, nb[r]) {
            let mut e = r + 1;
            while e < nb.len() && e - r <= FAQ_ANSWER_LINES && answer(nb[e]) && open_at(best, soft, nb[e]) {
                e += 1;
            }
            if e == r + 1 {
                break;
            }
            pairs.push(r);
            r = e;
        }
        if pairs.len() < FAQ_PAIRS {
            q += 1;
            continue;
        }
        for &i in &nb[q..r] {
            best[i] = None;
        }
        if let Some(h) = q.checked_sub(1).map(|h| nb[h]).filter(|&h| {
            let lower = doc.lower(h);
            (1..=6).contains(&doc.feats[h].words) && crate::lexicon::FAQ_HEADERS.iter().any(|p| lower.contains(p)) && soft_at(best, soft, h)
        }) {
            best[h] = None;
        }
        q = r;
    }
}

/// Line `i` opens a block of the page as it came: it is the first line, or
/// the line before it is blank in the input (a line an earlier pass removed
/// is blanked with spaces, its bytes kept: four or more of them do not count).
fn opens_block(doc: &Doc<'_>, i: usize) -> bool {
    i == 0 || doc.lines[i - 1].blank && doc.lines[i - 1].end - doc.lines[i - 1].start < 4
}

/// Most words of a short page title that `keep_short_title` keeps.
pub const SHORT_TITLE_WORDS: u32 = 4;

/// A short page title ("Muziekagenda Utrecht", "Produktdetails" is no such
/// line: it heads no intro): the line right above the page's first kept
/// prose line, in its block and opening it, of 2 to [`SHORT_TITLE_WORDS`]
/// words, with no figure, no sentence's end or colon, no link, no list
/// header nor ad label, that only soft signals
/// ([`is_soft`]) remove, stays: a listing's or a service page's h1 above
/// its intro, too short for `keep_title`.
fn keep_short_title(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let Some(first) = first_kept_prose(doc, best) else { return };
    let Some(p) = first.checked_sub(1).filter(|&p| !doc.lines[p].blank && soft_at(best, soft, p)) else { return };
    let f = &doc.feats[p];
    let opens = opens_block(doc, p);
    let tokens = doc.line(p).split_whitespace().count();
    let ad = crate::lexicon::AD_LABELS.iter().any(|a| doc.lower(p).contains(a));
    if opens && (2..=SHORT_TITLE_WORDS).contains(&f.words) && tokens >= 2 && f.digits == 0 && !f.terminal && !f.colon_end && !f.link && !list_header(doc, p) && !ad {
        best[p] = None;
    }
}

/// A headline's shape for `keep_title`: 5 to 25 words, no sentence's end,
/// no final colon, no list header.
fn title_like(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    (5..=25).contains(&f.words) && !f.terminal && !f.colon_end && !list_header(doc, i)
}

/// An article's standfirst: 8 to 60 words, no link, stopword-rich where the
/// language has a stoplist, no final colon, no list header, and 20 % of its
/// content words in the kept text.
fn standfirst(doc: &Doc<'_>, best: &[Option<usize>], i: usize) -> bool {
    let f = &doc.feats[i];
    let stop_ok = doc.stoplist.is_none() || f.stop_density() >= 0.2;
    (8..=60).contains(&f.words) && stop_ok && !f.link && !f.colon_end && !list_header(doc, i) && topic_share(doc, best, &[i]).is_some_and(|s| s >= 0.2)
}

/// A release heading's shape: two to four tokens, a word then tokens that
/// all hold a digit, one a version number ("Version 4.12.0", "Release
/// 2.1"; not a date: "Nov 14"): the word, lowercased, and the
/// token count.
fn release_head(doc: &Doc<'_>, i: usize) -> Option<(String, usize)> {
    let f = &doc.feats[i];
    if !(1..=3).contains(&f.number_words) || f.words > 4 || f.terminal || !crate::features::has_byte(doc.line(i).as_bytes(), b'.') {
        return None;
    }
    let mut tokens = doc.line(i).split_whitespace();
    let word = tokens.next().filter(|w| w.chars().all(char::is_alphabetic))?;
    let (mut n, mut version) = (1, false);
    for t in tokens {
        let b = t.as_bytes();
        if !b.iter().any(u8::is_ascii_digit) {
            return None;
        }
        version |= b.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
        n += 1;
    }
    version.then(|| (word.to_lowercase(), n))
}

/// Most non-blank lines between a release heading and the kept text under
/// it (`keep_sibling_heads`): its date and a label.
const SIBLING_GAP: usize = 3;

/// Release headings of one series: a line that soft signals remove and
/// that has the shape of a kept release heading ([`release_head`]: the
/// same word, as many tokens) stays when kept text follows within
/// [`SIBLING_GAP`] lines: a changelog's first release heading above its
/// date, when a later one stays.
fn keep_sibling_heads(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let kept: Vec<(String, usize)> = (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none()).filter_map(|i| release_head(doc, i)).collect();
    if kept.is_empty() {
        return;
    }
    for i in 0..best.len() {
        if doc.lines[i].blank || !soft_at(best, soft, i) {
            continue;
        }
        let Some(key) = release_head(doc, i) else { continue };
        if !kept.contains(&key) {
            continue;
        }
        let mut cur = i;
        for _ in 0..=SIBLING_GAP {
            let Some(q) = doc.next_nonblank(cur) else { break };
            if best[q].is_none() {
                best[i] = None;
                break;
            }
            cur = q;
        }
    }
}

/// A paragraph's own title: the line right before a kept prose line that
/// opens a kept run, when only soft signals ([`is_soft`]) remove it and it
/// reads as a title (2 to 15 words, two or more tokens: not a user name;
/// no digit: not a date line; no sentence's end, not even inside (a
/// caption's "… at dawn. (Photo: …)"), no colon, no list header
/// nor right under one) and shares a content word with the kept text (not
/// a share button), stays: a section's heading,
/// a listing's item title above its kept excerpt. The model takes such a
/// line for a menu item when dates and counters surround it.
fn keep_paragraph_heads(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    // The kept text's vocabulary ([`topic_share`]), built on the first
    // candidate and grown with each line kept here.
    let mut kept_vocab: Option<Vec<bool>> = None;
    for i in 0..best.len() {
        if doc.lines[i].blank || best[i].is_some() || !prose(doc, i) {
            continue;
        }
        let Some(p) = doc.prev_nonblank(i).filter(|&p| soft_at(best, soft, p)) else { continue };
        let f = &doc.feats[p];
        let under_header = doc.prev_nonblank(p).is_some_and(|h| list_header(doc, h));
        let tokens = doc.line(p).split_whitespace().count();
        if !((2..=15).contains(&f.words) && tokens >= 2 && f.digits == 0 && !f.terminal && f.inner_sentences == 0 && !f.colon_end && !list_header(doc, p) && !under_header) {
            continue;
        }
        let words = crate::detect::quality::line_words(doc);
        let vocab = kept_vocab.get_or_insert_with(|| vocab_of(&words, (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none())));
        if share_in(&words, std::iter::once(p), vocab).is_some_and(|s| s > 0.0) {
            best[p] = None;
            for &id in words.line(p) {
                if let Some(f) = vocab.get_mut(id as usize) {
                    *f = true;
                }
            }
        }
    }
}

/// Most lines of an entry that `keep_entry_times` keeps whole.
const ENTRY_LINES: usize = 8;

/// Least entry times on a page for `keep_entry_times`.
const ENTRY_TIMES: usize = 3;

/// A time of day alone on a line: "14:58", "9.30 am", "14:05 GMT".
fn clock_line(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    if f.words > 3 {
        return false;
    }
    let t = crate::features::trim(doc.line(i));
    if t.len() > 14 {
        return false;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let b = rest.as_bytes();
    (1..=2).contains(&digits)
        && b.len() >= 3
        && matches!(b[0], b':' | b'.')
        && b[1..3].iter().all(u8::is_ascii_digit)
        && rest[3..].trim().chars().all(|c| c.is_ascii_alphabetic())
        && rest[3..].trim().len() <= 4
}

/// A live blog's entries: a time of day alone on a line ([`clock_line`])
/// right before a kept paragraph (or a kept headline over one) stays when only soft signals
/// ([`is_soft`]), `smooth` or `drop_islands` removed it and the page has at
/// least [`ENTRY_TIMES`] such times, most of them kept or before kept text:
/// the entry's time is part of the entry. An entry whose time and first
/// lines those removed (up to [`ENTRY_LINES`] lines before the next time or
/// a line another rule removes), holding a prose line and a kept line, stays
/// whole: its head and first paragraph went with an ad above it.
fn keep_entry_times(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let times: Vec<usize> = (0..best.len()).filter(|&i| !doc.lines[i].blank && clock_line(doc, i)).collect();
    if times.len() < ENTRY_TIMES {
        return;
    }
    // Before kept text: a kept paragraph next, or a kept entry headline and then one.
    let before_kept = |best: &[Option<usize>], i: usize| {
        doc.next_nonblank(i).is_some_and(|n| {
            best[n].is_none() && (prose(doc, n) || !clock_line(doc, n) && doc.next_nonblank(n).is_some_and(|m| best[m].is_none() && prose(doc, m)))
        })
    };
    if 2 * times.iter().filter(|&&i| before_kept(best, i)).count() <= times.len() {
        return;
    }
    let open = |b: usize| soft.get(b).copied().unwrap_or(false) || [SMOOTH_RULE, ISLAND_RULE].contains(&spans[b].rule);
    for &i in &times {
        if best[i].is_some_and(open) && before_kept(best, i) {
            best[i] = None;
        }
    }
    // A whole entry the context signals took (after an ad or a newsletter
    // box): its lines up to the next time or the first line another rule
    // removes (its share button) stay with its time when they hold a prose
    // line and all but one of the time's removers are soft.
    for (n, &i) in times.iter().enumerate() {
        if best[i].is_some_and(|b| !open(b)) || before_kept(best, i) {
            continue;
        }
        let next = times.get(n + 1).copied().unwrap_or(best.len());
        let mut body = Vec::new();
        let mut k = i;
        while let Some(m) = doc.next_nonblank(k).filter(|&m| m < next && body.len() < ENTRY_LINES && best[m].map_or(true, open)) {
            body.push(m);
            k = m;
        }
        if body.iter().any(|&m| prose(doc, m)) && body.iter().any(|&m| best[m].is_none()) {
            best[i] = None;
            for m in body {
                best[m] = None;
            }
        }
    }
}

/// Most non-blank lines above the first kept paragraph that `keep_head` looks through.
const HEAD_GAP: usize = 8;

/// The article's head: a headline and its standfirst (deck) above the first
/// kept paragraph, across the page-head metadata between them, which must
/// hold a byline or a date (what tells an article's head from a list or a
/// disclaimer above the text). Looking up from the first kept prose line,
/// through at most [`HEAD_GAP`] non-blank lines that are kept (four words or
/// fewer, or a short sentence), removed only by soft signals ([`is_soft`]) or
/// by `smooth` or `drop_islands` (below the byline only short ones: four
/// words or fewer, or [`meta_line`]), or removed as a byline, caption, call
/// to action or comment count ("Comments (23)"): the nearest line above the
/// byline that a structural signal took (an unheaded headline run, `smooth`,
/// `drop_islands`) or the model barely (below [`MARGINAL`]; what the model
/// alone takes more surely is `keep_title`'s to judge),
/// that is no link and reads as a standfirst (8 to 60 words, stopword-rich,
/// 20 % of its content words in the kept text) or as a headline (5 to 25
/// words, no separator, no sentence end or final colon, no list header, a
/// content word shared with the kept text) stays, and so does the open line
/// right above it when that reads as a headline shorter than it (a deck is
/// longer than its headline) with 20 % of its content words in the kept text. A menu above and a byline
/// below make the context signals take the head with the page chrome (as a
/// run of "unrelated headlines", or a short line between removed blocks);
/// this runs last so those cannot take it again.
fn keep_head(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let Some(first) = first_kept_prose(doc, best) else { return };
    let open = |best: &[Option<usize>], i: usize| best[i].is_some_and(|b| soft.get(b).copied().unwrap_or(false) || [SMOOTH_RULE, ISLAND_RULE].contains(&spans[b].rule));
    // Taken by a structural signal (an unheaded headline run, `smooth`, `drop_islands`), or by the model barely.
    let structural = |best: &[Option<usize>], i: usize| open(best, i) && best[i].is_some_and(|b| !from_model(&spans[b]) || spans[b].score < MARGINAL);
    // `byline`: a byline or date lies between line `i` and the paragraph.
    let crossable = |best: &[Option<usize>], i: usize, byline: bool| match best[i] {
        None => doc.feats[i].words <= 4 || short_sentence(doc, i),
        // Below the head, soft lines are its short metadata (a name, a role, a date).
        Some(_) if open(best, i) => doc.feats[i].words <= 4 || meta_line(doc, i) || byline,
        Some(b) => match spans[b].category {
            Category::Byline | Category::Caption | Category::CallToAction => true,
            Category::Comments => doc.feats[i].words <= 4,
            _ => false,
        },
    };
    let headline = |best: &[Option<usize>], i: usize| doc.feats[i].separators == 0 && title_like(doc, i) && topic_share(doc, best, &[i]).is_some_and(|s| s > 0.0);
    let mut at = first;
    let mut byline = false;
    for _ in 0..HEAD_GAP {
        let Some(p) = doc.prev_nonblank(at) else { return };
        // A line an earlier pass removed is blanked with spaces (its bytes
        // kept): the head's byline may be one of them.
        // So may the page's first line be, which has nothing above it (what
        // is left when chaff's own output is cleaned again).
        let top = doc.prev_nonblank(p).is_none();
        if ((p + 1..at).any(|j| doc.lines[j].end - doc.lines[j].start >= 4) || top) && structural(best, p) {
            byline = true;
        }
        if !crossable(best, p, byline) {
            return;
        }
        if best[p].is_some_and(|b| spans[b].category == Category::Byline) {
            byline = true;
        } else if byline && structural(best, p) && !doc.feats[p].link && (standfirst(doc, best, p) || headline(best, p)) {
            best[p] = None;
            if let Some(q) = doc.prev_nonblank(p).filter(|&q| open(best, q) && !doc.feats[q].link && headline(best, q) && doc.feats[q].words < doc.feats[p].words && topic_share(doc, best, &[q]).is_some_and(|s| s >= 0.2)) {
                best[q] = None;
            }
            return;
        }
        at = p;
    }
}

/// Most non-blank lines before the first kept paragraph that
/// `keep_product_head` looks through for a product's name.
const PRODUCT_HEAD: usize = 60;
/// Most non-blank lines from a product's name to its price (`keep_product_head`).
const PRICE_GAP: usize = 8;

/// A product page's head: the page's name line and its price stay when
/// only soft signals ([`is_soft`]) remove them. Within [`PRODUCT_HEAD`] lines
/// before the first kept prose line, the nearest line of 3 to 25 words, less
/// than half of them numbers, without a sentence's end, whose content words are on topic with the kept
/// text ([`on_topic`]) and that a price line ([`price_line`]) follows within
/// [`PRICE_GAP`] lines (ratings, an article number between), is the product's
/// name; it and that first price stay. The name and price are what a reader
/// came for; a menu and the basket buttons around them make the model take
/// them, and leave the price a short line between removed blocks (`smooth`)
/// or a small island (`drop_islands`), so this runs last.
fn keep_product_head(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let Some(first) = first_kept_prose(doc, best) else { return };
    // Soft, or what `smooth` and `drop_islands` took (they run first; their spans come after `soft`'s).
    let open = |best: &[Option<usize>], i: usize| best[i].map_or(true, |b| soft.get(b).copied().unwrap_or(false) || [SMOOTH_RULE, ISLAND_RULE].contains(&spans[b].rule));
    let mut head: Vec<usize> = Vec::new();
    let mut at = first;
    while head.len() < PRODUCT_HEAD {
        let Some(p) = doc.prev_nonblank(at) else { break };
        head.push(p);
        at = p;
    }
    // `head` runs from the paragraph backwards: a name's following lines come before it.
    for (k, &t) in head.iter().enumerate() {
        let f = &doc.feats[t];
        // Half its words numbers: a rating ("4,5 von 5 Sternen (96 Bewertungen)"), not a name.
        if !open(best, t) || !(3..=25).contains(&f.words) || 2 * f.number_words >= f.words || f.terminal || f.colon_end || price_line(doc, t) || list_header(doc, t) {
            continue;
        }
        let after = &head[k.saturating_sub(PRICE_GAP)..k];
        let Some(&price) = after.iter().rev().find(|&&i| price_line(doc, i)) else { continue };
        if !open(best, price) || !on_topic(doc, best, &[t]) {
            continue;
        }
        best[t] = None;
        best[price] = None;
        return;
    }
}

/// A headline run most of whose lines the rules above kept was no list of
/// other stories: its one or two remaining lines, next to kept ones, stay
/// too (a product's name above its kept specifications).
fn dissolve_runs(doc: &Doc<'_>, spans: &[Span], best: &mut [Option<usize>]) {
    for (si, s) in spans.iter().enumerate() {
        if s.rule != "headline_list/run" {
            continue;
        }
        let lines = s.lines.start.min(doc.len())..s.lines.end.min(doc.len());
        let members: Vec<usize> = lines.filter(|&i| !doc.lines[i].blank).collect();
        let left: Vec<usize> = members.iter().copied().filter(|&i| best[i] == Some(si)).collect();
        let kept = members.iter().filter(|&&i| best[i].is_none()).count();
        if left.is_empty() || left.len() > 2 || kept < 2 * left.len() {
            continue;
        }
        let beside_kept = |i: usize| [doc.prev_nonblank(i), doc.next_nonblank(i)].into_iter().flatten().any(|j| best[j].is_none());
        if left.iter().all(|&i| beside_kept(i)) {
            for i in left {
                best[i] = None;
            }
        }
    }
}

/// A short metadata line, no sentence: at most two words besides numbers
/// (a date, a name, "Сегодня, 09:45"), or at most five words around a
/// separator or a comma ("Agencias | Santiago", tags), or at most twelve
/// words around a separator with two numbers or more (a status line: "…
/// opened this issue on Oct 3, 2026 · 6 comments").
fn meta_line(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    let separated = || doc.line(i).contains(['|', '·', '•']);
    !f.terminal
        && (f.words - f.number_words.min(f.words) <= 2
            || f.words <= 5 && (separated() || doc.line(i).contains(','))
            || f.words <= 12 && f.number_words >= 2 && separated())
}

/// The share of the content words of `lines` that occur in the kept lines
/// (`None` when they have none).
fn topic_share(doc: &Doc<'_>, best: &[Option<usize>], lines: &[usize]) -> Option<f32> {
    let words = crate::detect::quality::line_words(doc);
    let kept = vocab_of(&words, (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none()));
    share_in(&words, lines.iter().copied(), &kept)
}

/// Whether at least 30 % of the content words of `lines` occur in the kept lines.
fn on_topic(doc: &Doc<'_>, best: &[Option<usize>], lines: &[usize]) -> bool {
    topic_share(doc, best, lines).is_some_and(|s| s >= 0.3)
}

/// The content words (`quality::line_words`) of `lines`, as a set of ids
/// (one flag per id: ids are dense, below `Words::distinct`).
fn vocab_of(words: &Words, lines: impl Iterator<Item = usize>) -> Vec<bool> {
    let mut set = vec![false; words.distinct()];
    for i in lines {
        for &id in words.line(i) {
            if let Some(f) = set.get_mut(id as usize) {
                *f = true;
            }
        }
    }
    set
}

/// The share of the content words of `lines` that `vocab` holds (`None` when they have none).
fn share_in(words: &Words, lines: impl Iterator<Item = usize>, vocab: &[bool]) -> Option<f32> {
    let (mut shared, mut all) = (0usize, 0usize);
    for &id in lines.flat_map(|i| words.line(i).iter()) {
        all += 1;
        shared += usize::from(vocab.get(id as usize).copied().unwrap_or(false));
    }
    (all > 0).then(|| shared as f32 / all as f32)
}

/// A prose line: ten words or more, a sentence, and stopword-rich when the
/// language has a stoplist.
fn prose(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    let stop_ok = doc.stoplist.is_none() || f.stop_density() >= 0.25;
    f.words >= 10 && stop_ok && (f.terminal || f.inner_sentences > 0 || f.colon_end)
}

/// The page's main content: when the context signals alone ([`is_soft`]: the
/// generic model, an unheaded headline run) would remove most of the page's
/// prose (it keeps less than [`PROSE_FLOOR`] of the words of prose lines that
/// are kept or removed only softly), or the page has code between its
/// paragraphs ([`code_between_prose`]), its context
/// signals have misread the page (a forum thread, a documentation or product
/// page, where prose sits among short lines), and those prose lines stay.
/// Below [`MODEL_PROSE_FLOOR`], the prose lines that only the line model
/// removes stay (a product's reviews, a listing's entries, once the chrome
/// around them is gone); an unheaded headline run's blurbs still go.
fn keep_main_prose(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
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
            Some(b) if soft[b] => total += w,
            _ => {}
        }
    }
    if total == 0 {
        return;
    }
    let share = kept as f32 / total as f32;
    let all = share < PROSE_FLOOR || code_between_prose(doc);
    if !all && share >= MODEL_PROSE_FLOOR {
        return;
    }
    for i in 0..best.len() {
        if !doc.lines[i].blank && prose(doc, i) && soft_at(best, soft, i) && (all || best[i].is_some_and(|b| from_model(&spans[b]))) {
            best[i] = None;
        }
    }
}

/// Share of a section's paragraph's content words in the kept text at and
/// above which `keep_topic_sections` keeps it.
pub const TOPIC_PARAGRAPH: f32 = 0.35;
/// Fewest such sections on a page for `keep_topic_sections` to act.
pub const TOPIC_SECTIONS: usize = 2;
/// Most kept words on a page for `keep_topic_sections` to act.
pub const TOPIC_KEPT_WORDS: u32 = 300;

/// The page's later sections past a band of chrome: where the kept text is
/// short (at most [`TOPIC_KEPT_WORDS`] words: the model found only the
/// opening), each section below the first kept prose line and above the
/// first related-stories header or comment section, a subheading (not a
/// list header) that soft signals ([`is_soft`]) remove or keep, then a prose
/// line that only the generic model removes and whose content words are on
/// the kept text's topic (at least [`TOPIC_PARAGRAPH`] of them), stays, when
/// the page has at least [`TOPIC_SECTIONS`] of them: a recipe's method and
/// notes below its card, a release's notes below its tags. The later rules
/// then bring back what such a paragraph announces or continues. One
/// heading and its teaser, or a short box of them, is not enough.
fn keep_topic_sections(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let kept_words: u32 = (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none()).map(|i| doc.feats[i].words).sum();
    if kept_words > TOPIC_KEPT_WORDS {
        return;
    }
    let Some(first) = first_kept_prose(doc, best) else { return };
    // The article ends at a related-stories header or the comments.
    let end = (first + 1..best.len())
        .find(|&i| !doc.lines[i].blank && (list_header(doc, i) || best[i].is_some_and(|b| spans[b].category == Category::Comments || spans[b].rule == "headline_list/header")))
        .unwrap_or(best.len());
    let words = crate::detect::quality::line_words(doc);
    let vocab = vocab_of(&words, (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none()));
    let heading = |h: usize| open_at(best, soft, h) && subheading(doc, h) && !list_header(doc, h);
    let sections: Vec<(usize, usize)> = (first + 1..end)
        .filter(|&i| !doc.lines[i].blank && prose(doc, i) && best[i].is_some_and(|b| from_model(&spans[b])))
        .filter(|&i| share_in(&words, std::iter::once(i), &vocab).is_some_and(|s| s >= TOPIC_PARAGRAPH))
        .filter_map(|i| doc.prev_nonblank(i).filter(|&h| heading(h)).map(|h| (h, i)))
        .collect();
    drop(words);
    if sections.len() < TOPIC_SECTIONS {
        return;
    }
    for (h, i) in sections {
        best[h] = None;
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
/// A related-list header ("You may also like", `headline_list/header`)
/// after the article (the run with the most words, with a prose line) ends
/// it too: from there on, a kept run no longer than the article whose words
/// the article does not use goes, whatever the gap (the teasers under the
/// header, one paragraph each between share bars), until a prose line on the
/// article's topic shows that the article goes on (an inline "Read also").
/// Lines a `--keep` category protects are never part of an island, and with
/// `other` kept there are no islands.
fn drop_islands(doc: &Doc<'_>, nb: &[usize], protected: &[bool], spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    /// A run of kept lines: positions into the non-blank lines (first and
    /// last kept), its words, and the removed lines between it and the run before.
    struct Run {
        first: usize,
        last: usize,
        words: u32,
        gap: usize,
        /// A related-list header ("You may also like") among the removed lines before it.
        headed: bool,
    }
    let kept = |q: usize| best[nb[q]].is_none();
    let inline = |q: usize| best[nb[q]].is_some_and(|b| matches!(spans[b].category, Category::Caption | Category::Byline));
    let mut runs: Vec<Run> = Vec::new();
    let header = |q: usize| best[nb[q]].is_some_and(|b| spans[b].rule == "headline_list/header");
    let (mut gap, mut headed, mut k) = (0usize, false, 0usize);
    while k < nb.len() {
        if !kept(k) {
            gap += usize::from(!inline(k));
            headed |= header(k);
            k += 1;
            continue;
        }
        let mut run = Run { first: k, last: k, words: 0, gap, headed };
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
        headed = false;
    }
    let Some(main) = (0..runs.len()).max_by_key(|&r| runs[r].words) else { return };
    let main_words = runs[main].words as f32;
    let total: u32 = runs.iter().map(|r| r.words).sum();
    let kept_in = |r: &Run| (r.first..=r.last).filter(|&q| kept(q));
    let paragraphs = kept_in(&runs[main]).filter(|&q| prose(doc, nb[q])).count();
    let clear = main_words >= ISLAND_DOMINANCE * total as f32 && paragraphs >= ISLAND_PARAGRAPHS;
    if doc.stoplist.is_none() || !clear && paragraphs == 0 {
        return;
    }
    let words = crate::detect::quality::line_words(doc);
    let vocab = vocab_of(&words, kept_in(&runs[main]).map(|q| nb[q]));
    let off_topic = |r: &Run| {
        (r.words as f32) <= ISLAND_SHARE * main_words && share_in(&words, kept_in(r).map(|q| nb[q]), &vocab).map_or(true, |s| s < ISLAND_OVERLAP)
    };
    // Walking away from the article, every run past a long gap is far.
    let mut islands = Vec::new();
    let mut far = false;
    let mut headed = false;
    for r in main + 1..runs.len() {
        far |= clear && runs[r].gap >= ISLAND_GAP;
        headed |= runs[r].headed;
        // After a header, the article may go on (an inline "Read also"): a
        // prose line on its topic says so, or two paragraphs in a row right
        // after a short box, under a subheading or not (a teaser stands
        // alone under its headline).
        let lead = runs[r].first + usize::from(runs[r].first < runs[r].last && subheading(doc, nb[runs[r].first]));
        let continues = kept_in(&runs[r]).any(|q| prose(doc, nb[q]) && share_in(&words, std::iter::once(nb[q]), &vocab).is_some_and(|s| s >= ISLAND_OVERLAP))
            || runs[r].gap <= 3 && lead < runs[r].last && prose(doc, nb[lead]) && doc.next_nonblank(nb[lead]).is_some_and(|j| best[j].is_none() && prose(doc, j));
        headed &= !continues;
        let unrelated = share_in(&words, kept_in(&runs[r]).map(|q| nb[q]), &vocab).map_or(true, |s| s < ISLAND_OVERLAP);
        let goes = far && off_topic(&runs[r]) || headed && runs[r].words as f32 <= main_words && unrelated;
        if goes && !kept_in(&runs[r]).any(|q| protected[nb[q]]) {
            islands.push(r);
        }
    }
    let mut far = false;
    for r in (0..main).rev().filter(|_| clear) {
        far |= runs[r + 1].gap >= ISLAND_GAP;
        if far && off_topic(&runs[r]) && !kept_in(&runs[r]).any(|q| protected[nb[q]]) {
            islands.push(r);
        }
    }
    let marks: Vec<(std::ops::Range<usize>, Vec<usize>)> =
        islands.iter().map(|&r| (nb[runs[r].first]..nb[runs[r].last] + 1, kept_in(&runs[r]).map(|q| nb[q]).collect())).collect();
    drop(words);
    for (lines, members) in marks {
        spans.push(Span::lines(lines, Category::Other, ISLAND_RULE, THRESHOLD, "small kept run far from the article, on other topics"));
        let si = spans.len() - 1;
        for i in members {
            best[i] = Some(si);
        }
    }
}

/// Code-like lines between paragraphs at and above which a page is
/// documentation (see `code_between_prose`).
pub const CODE_MIN: usize = 3;

/// A line of code (`quality::code_like`) that is not prose.
fn code_line(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    !prose(doc, i) && (doc.stoplist.is_none() || f.stop_density() < 0.5) && crate::detect::quality::is_code_line(doc, i)
}

/// Whether the page is documentation or a technical answer: it has at
/// least [`CODE_MIN`] code lines in stretches of at most [`BETWEEN_RUN`]
/// non-prose lines that prose lines enclose, whatever their verdicts, where
/// the code shares a word with the prose around it (the text explains the
/// code; a template's placeholders rendered as text do not count). Such a
/// page's prose is spread between code blocks, so the model's article region
/// (one dense run of paragraphs) misses most of it; and the structure is the
/// same once boilerplate is gone, so the verdict is stable from pass to pass.
fn code_between_prose(doc: &Doc<'_>) -> bool {
    let words = |i: usize| crate::detect::content_words(doc.line(i), doc.stoplist);
    let (mut count, mut stretch, mut open) = (0usize, Vec::new(), None);
    for i in (0..doc.len()).filter(|&i| !doc.lines[i].blank) {
        if !prose(doc, i) {
            stretch.push(i);
            continue;
        }
        if let Some(p) = open.filter(|_| stretch.len() <= BETWEEN_RUN) {
            let code: Vec<usize> = stretch.iter().copied().filter(|&j| code_line(doc, j)).collect();
            if !code.is_empty() {
                let around: Vec<String> = words(p).into_iter().chain(words(i)).collect();
                if code.iter().any(|&j| words(j).iter().any(|w| around.contains(w))) {
                    count += code.len();
                    if count >= CODE_MIN {
                        return true;
                    }
                }
            }
        }
        stretch.clear();
        open = Some(i);
    }
    false
}

/// Line `i` is a related-stories list header ("Related articles", "Lire aussi").
fn list_header(doc: &Doc<'_>, i: usize) -> bool {
    use crate::features::slot;
    // Memoised: asked of the same lines in every pass.
    let headers = &crate::lexicon::LIST_HEADERS;
    doc.memo_flag(slot::QUALITY, slot::LIST_HEADER_FLAG, i, || headers.is_doc_line(doc, i))
}

/// A removal by a context signal rather than a telltale: the generic model,
/// or a headline run (a list of short lines whose words the body lacks)
/// that no list header ("Related articles", …) opens.
fn is_soft(doc: &Doc<'_>, s: &Span) -> bool {
    let headed = || (s.lines.start..s.lines.end.min(doc.len())).any(|i| !doc.lines[i].blank && list_header(doc, i));
    from_model(s) || s.rule == "headline_list/run" && !headed()
}

/// The run of non-blank lines right after line `i` for which `member` holds,
/// at most `cap + 1` of them (a run longer than `cap` shows as one line too
/// many), and the line after it: the first that failed, or the one past the cap.
fn run_after(doc: &Doc<'_>, i: usize, cap: usize, member: impl Fn(usize) -> bool) -> (Vec<usize>, Option<usize>) {
    let mut members = Vec::new();
    let mut j = doc.next_nonblank(i);
    while let Some(k) = j.filter(|&k| members.len() <= cap && member(k)) {
        members.push(k);
        j = doc.next_nonblank(k);
    }
    (members, j)
}

/// The content between two paragraphs: a stretch of at most [`BETWEEN_RUN`]
/// lines between two kept prose lines stays when each of its lines is kept
/// or removed only by soft signals ([`is_soft`]) and at most one of them is a
/// prose line (which only the model may have removed; more would let a list
/// of teasers ride along). Such a stretch is a code block, a
/// list of options or steps, or the header lines between two posts: its lines
/// are short and unlike prose, which is what the context signals punish, but
/// text that sits between two kept paragraphs is part of the main content.
/// A run that a specific detector (caption, call to action, …) touches is not
/// a soft run, so an inserted promo between paragraphs still goes.
fn keep_between_prose(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let kept_prose = |best: &[Option<usize>], i: usize| best[i].is_none() && prose(doc, i);
    // A line that may sit between two kept paragraphs and go back with them:
    // a kept or softly removed line that is not prose, or prose that only
    // the model removes.
    let inside = |best: &[Option<usize>], i: usize| match best[i] {
        None => !prose(doc, i),
        Some(b) => if prose(doc, i) { from_model(&spans[b]) } else { soft[b] },
    };
    let mut i = 0;
    while i < best.len() {
        if doc.lines[i].blank || !kept_prose(best, i) {
            i += 1;
            continue;
        }
        let (members, j) = run_after(doc, i, BETWEEN_RUN, |k| inside(best, k));
        let inner_prose = members.iter().filter(|&&k| prose(doc, k)).count();
        if members.len() <= BETWEEN_RUN && inner_prose <= 1 && j.is_some_and(|k| kept_prose(best, k)) {
            for m in members {
                best[m] = None;
            }
        }
        i = j.unwrap_or(best.len());
    }
}

/// Fewest prose lines in a headline run that `keep_prose_runs` keeps.
pub const RUN_PROSE_MIN: usize = 2;

/// Sections misread as a headline list: an unheaded headline run (a soft
/// signal, [`is_soft`]) that starts right after a kept line, whose prose
/// lines (at least [`RUN_PROSE_MIN`]) hold at least half of its words and
/// whose lines share the kept text's words ([`on_topic`]), is the page's next sections
/// (a price table with its note, a paragraph, the areas served): the lines
/// it alone removes stay. A list of headlines has no paragraphs.
fn keep_prose_runs(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    for (si, s) in spans.iter().enumerate() {
        if !soft[si] || s.rule != "headline_list/run" || s.cut.is_some() {
            continue;
        }
        let lines: Vec<usize> = (s.lines.start..s.lines.end.min(best.len())).filter(|&i| !doc.lines[i].blank && best[i] == Some(si)).collect();
        let Some(&first) = lines.first() else { continue };
        if !doc.prev_nonblank(first).is_some_and(|p| best[p].is_none()) {
            continue;
        }
        let prose_lines: Vec<usize> = lines.iter().copied().filter(|&i| prose(doc, i)).collect();
        let words: u32 = lines.iter().map(|&i| doc.feats[i].words).sum();
        let prose_words: u32 = prose_lines.iter().map(|&i| doc.feats[i].words).sum();
        if prose_lines.len() < RUN_PROSE_MIN || 2 * prose_words < words || !on_topic(doc, best, &lines) {
            continue;
        }
        for i in lines {
            best[i] = None;
        }
    }
}

/// Longest block (in lines) that `keep_announced` keeps after a kept paragraph.
pub const ANNOUNCED_RUN: usize = 12;

/// What a paragraph announces: the block right after a kept prose line
/// that ends with a colon ("… run the aggregation directly on the file:"),
/// or, on a documentation page ([`code_between_prose`]), a block of code
/// lines right after any kept prose line, stays when only soft signals
/// ([`is_soft`]) remove its lines (it may hold kept ones), it holds no
/// prose of its own and it is at most [`ANNOUNCED_RUN`] lines long. Such a
/// block is the example, the command or the list the text points to; where
/// it closes a page, no paragraph follows to enclose it (as
/// `keep_between_prose` requires).
fn keep_announced(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let mut docs_page = None;
    let mut i = 0;
    while i < best.len() {
        if doc.lines[i].blank || best[i].is_some() || !prose(doc, i) {
            i += 1;
            continue;
        }
        let (mut members, _) = run_after(doc, i, ANNOUNCED_RUN, |k| open_at(best, soft, k) && !prose(doc, k));
        if !doc.feats[i].colon_end {
            // Not announced by a colon: only the code lines that follow, on a documentation page.
            let code = members.iter().take_while(|&&k| code_line(doc, k)).count();
            if code == 0 || !*docs_page.get_or_insert_with(|| code_between_prose(doc)) {
                members.clear();
            }
            members.truncate(code);
        }
        if members.iter().any(|&k| best[k].is_some()) && members.len() <= ANNOUNCED_RUN {
            for &m in &members {
                best[m] = None;
            }
        }
        i = members.last().map_or(i + 1, |&l| l + 1);
    }
}

/// Fewest lines of a code block that `keep_code_blocks` keeps.
pub const CODE_BLOCK_MIN: usize = 3;

/// Code lines in a block at and above which `keep_code_blocks` keeps it on
/// any page, not only on one [`code_between_prose`] finds.
pub const CODE_BLOCK_ALONE: usize = 4;

/// A line that may belong to a code block: no prose, and code
/// ([`code_line`]) or a code block's other lines: a URL, a line continued
/// ("\\", ",", an opening bracket), a JSON member or a closing bracket.
fn codeish(doc: &Doc<'_>, i: usize) -> bool {
    if prose(doc, i) {
        return false;
    }
    let t = crate::features::trim(doc.line(i));
    code_line(doc, i) || crate::features::has_byte(t.as_bytes(), b':') && t.contains("://") || t.ends_with(['\\', ',', '{', '[', '(']) || t.starts_with(['"', '\'', '{', '}', ']', ')'])
}

/// A documentation page's code blocks: a run of at least
/// [`CODE_BLOCK_MIN`] lines that may belong to code ([`codeish`]; one line
/// of three tokens or fewer may bridge two parts: an `import`), with
/// [`CODE_BLOCK_ALONE`] code lines ([`code_line`]) or, on a page with code
/// between its paragraphs ([`code_between_prose`]), two, that lies between the first and the
/// last kept prose line and that only soft signals ([`is_soft`]) remove,
/// stays: a request sample under its language tabs, a response body, a
/// program a lesson builds. The tabs and the "Copy" button between the text
/// and the block are what keep `keep_announced` from reaching it.
fn keep_code_blocks(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let kept_prose: Vec<usize> = (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none() && prose(doc, i)).collect();
    let (Some(&first), Some(&last)) = (kept_prose.first(), kept_prose.last()) else { return };
    if first == last {
        return;
    }
    let mut docs_page = None;
    let open = |best: &[Option<usize>], i: usize| open_at(best, soft, i);
    let mut i = first + 1;
    while i < last {
        if doc.lines[i].blank || !codeish(doc, i) || !open(best, i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i;
        while let Some(n) = doc.next_nonblank(j).filter(|&n| n < last && open(best, n)) {
            if codeish(doc, n) {
                run.push(n);
                j = n;
                continue;
            }
            // One short line between two parts of the block.
            let bridge = doc.line(n).split_whitespace().count() <= 3;
            match doc.next_nonblank(n).filter(|&m| bridge && m < last && open(best, m) && codeish(doc, m)) {
                Some(m) => {
                    run.extend([n, m]);
                    j = m;
                }
                None => break,
            }
        }
        let code = run.iter().filter(|&&k| code_line(doc, k)).count();
        if run.len() >= CODE_BLOCK_MIN && (code >= CODE_BLOCK_ALONE || code >= 2 && *docs_page.get_or_insert_with(|| code_between_prose(doc))) {
            for &k in &run {
                best[k] = None;
            }
        }
        i = j + 1;
    }
}

/// Longest list (in lines) that `keep_item_list` keeps after kept prose.
pub const LIST_RUN: usize = 30;

/// Shape of a list item line (see `keep_item_list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    /// "Key: value" or "Key<TAB>value": a spec or definition line.
    Spec,
    /// Starts with a quantity ("2 tablespoons olive oil", "½ lime").
    Quantity,
    /// A short value with a figure, three words at most ("42 cm", "bis 600 m²").
    Value,
    /// A label without a figure, four words at most ("Weight", "Ingredients").
    Label,
    /// Any other line without a sentence end ("Brushless motor with 7 settings").
    Phrase,
}

/// Most words of a spec line that [`item`] takes when its value is an
/// enumeration (two commas or more, mostly lowercase: "Benefits: health
/// insurance, dental, …"); other item lines have at most 12.
pub const SPEC_WORDS: u32 = 20;

/// The item shape of line `i`, if it has one.
fn item(doc: &Doc<'_>, i: usize) -> Option<Item> {
    const SHAPES: [Option<Item>; 6] = [None, Some(Item::Spec), Some(Item::Quantity), Some(Item::Value), Some(Item::Label), Some(Item::Phrase)];
    let code = doc.memo(crate::features::slot::ITEM, i, || item_shape(doc, i).map_or(0, |it| SHAPES.iter().position(|s| *s == Some(it)).unwrap_or(0) as u16));
    SHAPES[usize::from(code).min(SHAPES.len() - 1)]
}

/// [`item`], computed.
fn item_shape(doc: &Doc<'_>, i: usize) -> Option<Item> {
    let f = &doc.feats[i];
    if f.words == 0 || f.words > SPEC_WORDS || f.inner_sentences > 0 || f.link {
        return None;
    }
    let line = doc.line(i).trim();
    let key = line.split_once('\t').or_else(|| split_colon_space(line)).filter(|(k, v)| {
        let kw = k.split_whitespace().count();
        (1..=4).contains(&kw) && !v.trim().is_empty()
    });
    // Past 12 words, a spec's value is an enumeration ("Benefits: health
    // insurance, dental, 401(k), …"), not a headline after a kicker (title case).
    if key.is_some() && (f.words <= 12 || f.commas >= 2 && 2 * f.title_words < f.words) {
        return Some(Item::Spec);
    }
    if f.words > 12 {
        return None;
    }
    let first = line.chars().next()?;
    // A number, then a word of two letters or more ("2 tablespoons", not "36 V" or "19,99 €").
    let worded = || line.split_whitespace().skip(1).any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    // A date in front ("12.11.2021 Synod opens") is a dated headline, not a quantity.
    let dated = || line.split_whitespace().next().is_some_and(|t| t.chars().filter(|c| matches!(c, '.' | '/' | '-')).count() >= 2);
    if (first.is_ascii_digit() || "½¼¾⅓⅔⅛".contains(first)) && worded() && !dated() {
        return Some(Item::Quantity);
    }
    if f.digits > 0 && f.words <= 3 {
        return Some(Item::Value);
    }
    if f.terminal {
        return None;
    }
    Some(if f.words <= 4 && f.digits == 0 { Item::Label } else { Item::Phrase })
}

/// The key of a spec line ([`Item::Spec`]): the text before its tab or its ": ".
fn spec_key(line: &str) -> Option<&str> {
    line.split_once('\t').or_else(|| split_colon_space(line)).map(|(k, _)| k.trim())
}

/// `line.split_once(": ")`, by a byte search for the colon.
fn split_colon_space(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    let mut from = 0;
    while let Some(k) = b.get(from..)?.iter().position(|&c| c == b':') {
        let at = from + k;
        if b.get(at + 1) == Some(&b' ') {
            return Some((&line[..at], &line[at + 2..]));
        }
        from = at + 1;
    }
    None
}

/// A list that belongs to the kept text: a run of list lines ([`Item`])
/// that only soft signals remove, right after a kept prose line (up to its
/// last data line) or right before one (from its first data line), stays
/// when at least [`LIST_DATA_MIN`] of its lines carry data (a spec line, a
/// quantity, or a label and its value) and they make up at least
/// [`LIST_DATA_SHARE`] of that part: the spec list under a product
/// description, the ingredients above a recipe's steps, the parameters under
/// a paragraph. A filter option with its result count ([`facet_count`])
/// carries no data. A list of at least [`LIST_ALONE`] spec lines whose keys
/// all differ (a season's rounds, a book's details) stays without prose next
/// to it. A label followed by an enumeration ("In the box" /
/// "Mower, grass box, charger") is a pair too, and right after a kept label
/// and value (the list goes on) one more pair will do. A list of headlines
/// carries no such data, so related-story lists still go.
fn keep_item_list(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let soft_line = |best: &[Option<usize>], i: usize| !prose(doc, i) && soft_at(best, soft, i);
    let mut i = 0;
    let (mut members, mut data) = (Vec::new(), Vec::new());
    while i < best.len() {
        if doc.lines[i].blank || !soft_line(best, i) || item(doc, i).is_none() {
            i += 1;
            continue;
        }
        members.clear();
        data.clear();
        let mut prev = None;
        let mut j = Some(i);
        while let Some(k) = j.filter(|&k| soft_line(best, k) && members.len() < LIST_RUN) {
            let Some(kind) = item(doc, k) else { break };
            let next = doc.next_nonblank(k).and_then(|n| item(doc, n));
            // A value counts only with its label ("Weight" / "17.8 kg"): after
            // a headline it is a date or a rank.
            // So does an enumeration ("Mower, grass box, mulch plug, charger").
            let listing = |n: usize| item(doc, n) == Some(Item::Phrase) && doc.feats[n].commas >= 2;
            let next_listing = doc.next_nonblank(k).is_some_and(listing);
            let next_count = doc.next_nonblank(k).is_some_and(|n| facet_count(doc.line(n)));
            let pair = kind == Item::Label && (matches!(next, Some(Item::Value | Item::Quantity)) && !next_count || next_listing)
                || (kind == Item::Value || listing(k)) && prev == Some(Item::Label);
            data.push((matches!(kind, Item::Spec | Item::Quantity) || pair) && !facet_count(doc.line(k)));
            members.push(k);
            prev = Some(kind);
            j = doc.next_nonblank(k);
        }
        // Next to kept prose, or to kept data lines of the same list, or to
        // kept list lines that follow either (a product's feature bullets
        // between its description and its spec table).
        let anchor = |k: usize| kept_list_anchor(doc, best, k);
        // A kept label and value right before: the list goes on, and one more pair will do.
        let kept_pair = doc.prev_nonblank(i).is_some_and(|v| {
            best[v].is_none() && matches!(item(doc, v), Some(Item::Value | Item::Quantity)) && doc.prev_nonblank(v).is_some_and(|l| best[l].is_none() && item(doc, l) == Some(Item::Label))
        });
        let before = doc.prev_nonblank(i).is_some_and(anchor) || kept_pair;
        // After it, kept prose or data, or a kept section heading over kept
        // prose ("Description", see `keep_content_sections`).
        let heads_prose = |h: usize| {
            best[h].is_none()
                && crate::lexicon::CONTENT_HEADERS.is_doc_line(doc, h)
                && doc.next_nonblank(h).is_some_and(|n| best[n].is_none() && prose(doc, n))
        };
        let via_heading = j.is_some_and(|h| !anchor(h) && heads_prose(h));
        let after = j.is_some_and(anchor) || via_heading;
        // The part next to the prose, up to its farthest data line.
        // A list alone (no kept prose next to it): spec lines ("Key: value")
        // whose keys all differ (a cookie table repeats "Name:", "Provider:").
        let n_all = data.iter().filter(|&&d| d).count();
        let alone = n_all >= LIST_ALONE && {
            let mut keys: Vec<&str> = members.iter().filter(|&&m| item(doc, m) == Some(Item::Spec)).filter_map(|&m| spec_key(doc.line(m).trim())).collect();
            let specs = keys.len();
            keys.sort_unstable();
            keys.dedup();
            specs == n_all && keys.len() == specs
        };
        // Above a section heading only the table of data right over it (a
        // product's specifications), not the buying box before.
        let tail = data.iter().rev().take_while(|&&d| d).count();
        let part = match (before, data.iter().position(|&d| d), data.iter().rposition(|&d| d)) {
            (true, _, Some(last)) => 0..last + 1,
            (false, Some(_), _) if via_heading => members.len() - tail..members.len(),
            (false, Some(first), _) if after => first..members.len(),
            (false, Some(first), Some(last)) if alone && n_all as f32 >= LIST_ALONE_SHARE * (last + 1 - first) as f32 => first..last + 1,
            _ => 0..0,
        };
        let n_data = data[part.clone()].iter().filter(|&&d| d).count();
        let min = if kept_pair { 2 } else { LIST_DATA_MIN };
        if n_data >= min && n_data as f32 >= LIST_DATA_SHARE * part.len() as f32 {
            for &m in &members[part] {
                best[m] = None;
            }
        }
        i = members.last().map_or(i + 1, |&l| l + 1);
    }
}

/// A filter option with its count of results ("2 person (22)", "Under
/// $200 (11)"): text, then a bare number in parentheses at the end. Such a
/// line is a listing's facet, not a data line (see `keep_item_list`).
fn facet_count(line: &str) -> bool {
    let Some(inner) = line.trim_end().strip_suffix(')') else { return false };
    let Some((head, count)) = inner.rsplit_once('(') else { return false };
    !count.is_empty() && count.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') && head.chars().any(char::is_alphanumeric)
}

/// Kept list lines that [`kept_list_anchor`] walks back over to reach kept
/// prose or data.
const ANCHOR_WALK: usize = 6;

/// Line `k` anchors a list (see `keep_item_list`): it is kept prose, a kept
/// data line (a spec or a quantity), or the last of up to [`ANCHOR_WALK`]
/// kept list lines right after one.
fn kept_list_anchor(doc: &Doc<'_>, best: &[Option<usize>], k: usize) -> bool {
    let mut at = Some(k);
    for _ in 0..=ANCHOR_WALK {
        let Some(i) = at.filter(|&i| best[i].is_none()) else { return false };
        if prose(doc, i) || matches!(item(doc, i), Some(Item::Spec | Item::Quantity)) {
            return true;
        }
        if item(doc, i).is_none() {
            return false;
        }
        at = doc.prev_nonblank(i);
    }
    false
}

/// Kept words below which a page counts as emptied (see `keep_largest_list`).
pub const EMPTY_WORDS: u32 = 25;

/// A page with no article: when everything else would leave fewer than
/// [`EMPTY_WORDS`] words, the densest stretch of lines that only soft
/// signals remove stays: the maximum-sum run where a line of four words or
/// more counts its words and a shorter line costs two (a listing's item
/// titles and blurbs, between their prices and ratings; menus and footers of
/// short lines lose). An empty output is the worst answer for a listing,
/// a search result or a category page.
fn keep_largest_list(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let kept: u32 = (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none()).map(|i| doc.feats[i].words).sum();
    if kept >= EMPTY_WORDS {
        return;
    }
    let open = |i: usize| open_at(best, soft, i);
    // Lines of four words or more count their words, shorter ones cost two.
    let values = nb.iter().map(|&i| open(i).then(|| if doc.feats[i].words >= 4 { doc.feats[i].words as f32 } else { -2.0 }));
    let (sum, run) = crate::detect::max_sum_run(values);
    if sum < EMPTY_WORDS as f32 {
        return;
    }
    for &i in &nb[run] {
        best[i] = None;
    }
}

/// Shortest record period (in line shapes) that `keep_records` extends.
pub const RECORD_PERIOD_MIN: usize = 3;
/// Share of a kept run's shapes that must repeat one period later (see `keep_records`).
pub const RECORD_MATCH: f32 = 0.85;
/// Longest record period (in line shapes) that `keep_records` looks for.
pub const RECORD_PERIOD_MAX: usize = 12;

/// [`shape`] without the figures and with the two longer bands as one: a
/// listing's titles vary in length and some hold a number.
fn coarse_shape(doc: &Doc<'_>, i: usize) -> u8 {
    match shape(doc, i) {
        0 => 0,
        1 | 2 => 1,
        4 | 5 => 2,
        _ => 3,
    }
}

/// The shape of a line for record matching: a sentence run counts once
/// (`0`), a line without words is `1` (a separator) or `2` (a figure),
/// otherwise its length band in worded tokens (one to three, four to eight,
/// more) and whether it has figures.
fn shape(doc: &Doc<'_>, i: usize) -> u8 {
    let f = &doc.feats[i];
    if f.terminal || prose(doc, i) {
        return 0;
    }
    // Words with letters: a figure's parts ("4.8 (1,204)") are not words.
    let worded = f.words - f.number_words.min(f.words);
    if worded == 0 {
        return if f.digits > 0 { 2 } else { 1 };
    }
    let band = match worded {
        1..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    2 + band * 2 + u8::from(f.digits > 0)
}

/// Repeated records: a listing's items, a thread's posts. Where a run of
/// kept lines repeats one sequence of line shapes ([`shape`]; consecutive
/// sentence lines count as one) with a period of [`RECORD_PERIOD_MIN`] to
/// [`RECORD_PERIOD_MAX`] shapes, at least twice over (or, at the run's
/// start or end, exactly three times over: a page's intro or a changed
/// context before the records), the lines right before and after it that
/// continue the same sequence are records too:
/// what only soft signals remove there stays (the first item's title, which
/// a menu-like neighbourhood drags down; the last post, which position
/// alone condemns). Specific detectors' removals are never undone.
fn keep_records(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    // Tokens: non-blank lines, a run of sentence lines folded into one. A
    // token is its shape and a range of `nb` (the non-blank lines); the
    // lines of a token are all kept or all removed, and stay so (a token is
    // restored whole), so its first line answers for all in `kept`.
    let mut toks: Vec<(u8, std::ops::Range<usize>)> = Vec::with_capacity(nb.len());
    for (q, &i) in nb.iter().enumerate() {
        let s = shape(doc, i);
        match toks.last_mut() {
            Some((0, r)) if s == 0 && best[nb[r.start]].is_none() == best[i].is_none() => r.end = q + 1,
            _ => toks.push((s, q..q + 1)),
        }
    }
    let kept = |best: &[Option<usize>], t: &(u8, std::ops::Range<usize>)| best[nb[t.1.start]].is_none();
    let open = |best: &[Option<usize>], t: &(u8, std::ops::Range<usize>)| nb[t.1.clone()].iter().all(|&l| open_at(best, soft, l));
    let mut k = 0;
    while k < toks.len() {
        if !kept(best, &toks[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < toks.len() && kept(best, &toks[k]) {
            k += 1;
        }
        let end = k;
        let run = &toks[start..end];
        // The period of `seg` when at least RECORD_MATCH of its shapes repeat
        // at that distance; its first period must mix sentences and others.
        let period_of = |seg: &[(u8, std::ops::Range<usize>)], reps: usize, share: f32| {
            (RECORD_PERIOD_MIN..=RECORD_PERIOD_MAX).filter(|&p| seg.len() >= reps * p).find(|&p| {
                let same = (0..seg.len() - p).filter(|&j| seg[j].0 == seg[j + p].0).count();
                same as f32 >= share * (seg.len() - p) as f32 && seg[..p].iter().any(|t| t.0 != 0) && seg[..p].iter().any(|t| t.0 == 0)
            })
        };
        // The whole run, or else its first or last three periods alone, exactly.
        let whole = period_of(run, 2, RECORD_MATCH);
        let edge = |seg: &[(u8, std::ops::Range<usize>)]| period_of(seg, 3, 1.0);
        let head = whole.or_else(|| (RECORD_PERIOD_MIN..=RECORD_PERIOD_MAX).find_map(|p| edge(&run[..run.len().min(3 * p)]).filter(|&q| q == p)));
        let tail = whole.or_else(|| (RECORD_PERIOD_MIN..=RECORD_PERIOD_MAX).find_map(|p| edge(&run[run.len() - run.len().min(3 * p)..]).filter(|&q| q == p)));
        // Backwards, then forwards, while the shapes continue the period.
        let mut b = start;
        if let Some(p) = head {
            while b > 0 && toks[b - 1].0 == toks[b - 1 + p].0 && open(best, &toks[b - 1]) {
                b -= 1;
            }
        }
        let mut e = end;
        if let Some(p) = tail {
            while e < toks.len() && toks[e].0 == toks[e - p].0 && open(best, &toks[e]) {
                e += 1;
            }
        }
        for t in toks[b..start].iter().chain(&toks[end..e]) {
            for &l in &nb[t.1.clone()] {
                best[l] = None;
            }
        }
        k = e.max(end);
    }
}

/// A listing whose records keep one line each: where three or more kept
/// sentence lines (the records' descriptions) sit at one distance apart (a
/// period of [`RECORD_PERIOD_MIN`] to [`RECORD_PERIOD_MAX`] lines, no other
/// sentence between), the lines between repeat one sequence of line shapes
/// ([`coarse_shape`], at least [`RECORD_MATCH`] of them), and those
/// sentences hold at least half of the page's kept words (the listing is
/// the page's content), the records' other lines stay where only soft
/// signals ([`is_soft`]) or a date rule remove them: each record's date,
/// title and place (a date repeated once a record is no article's
/// dateline). The first record's head goes along (the pattern's last lines
/// before the first description, one shape may differ).
fn keep_listing_records(doc: &Doc<'_>, nb: &[usize], spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let kept_words: u32 = nb.iter().filter(|&&i| best[i].is_none()).map(|&i| doc.feats[i].words).sum();
    let sentences: Vec<usize> = (0..nb.len()).filter(|&q| best[nb[q]].is_none() && coarse_shape(doc, nb[q]) == 0).collect();
    let restorable = |best: &[Option<usize>], i: usize| best[i].is_some_and(|b| soft[b] || spans[b].rule == "byline/dateline");
    let mut a = 0;
    while a + 2 < sentences.len() {
        let p = sentences[a + 1] - sentences[a];
        let mut e = a + 1;
        while e + 1 < sentences.len() && sentences[e + 1] - sentences[e] == p {
            e += 1;
        }
        let anchors = &sentences[a..=e];
        a = e;
        if anchors.len() < 3 || !(RECORD_PERIOD_MIN..=RECORD_PERIOD_MAX).contains(&p) {
            continue;
        }
        let words: u32 = anchors.iter().map(|&q| doc.feats[nb[q]].words).sum();
        if 2 * words < kept_words {
            continue;
        }
        // The (coarse) shapes of the lines between, compared with the first gap's.
        let pattern: Vec<u8> = (anchors[0] + 1..anchors[1]).map(|q| coarse_shape(doc, nb[q])).collect();
        let (mut same, mut all) = (0usize, 0usize);
        for w in anchors.windows(2).skip(1) {
            for (k, q) in (w[0] + 1..w[1]).enumerate() {
                all += 1;
                same += usize::from(coarse_shape(doc, nb[q]) == pattern[k]);
            }
        }
        if (same as f32) < RECORD_MATCH * all as f32 {
            continue;
        }
        let mut restore: Vec<usize> = anchors.windows(2).flat_map(|w| w[0] + 1..w[1]).collect();
        // The first record's head: the pattern's last lines, backwards, short
        // of its first (the previous record's last line).
        let mut misses = 0;
        for (k, q) in (anchors[0].saturating_sub(pattern.len() - 1)..anchors[0]).rev().enumerate() {
            misses += usize::from(coarse_shape(doc, nb[q]) != pattern[pattern.len() - 1 - k]);
            if misses > 1 || !restorable(best, nb[q]) {
                break;
            }
            restore.push(q);
        }
        for q in restore {
            if restorable(best, nb[q]) {
                best[nb[q]] = None;
            }
        }
    }
}

/// Fewest priced records that `keep_priced_records` keeps.
pub const PRICED_MIN: usize = 3;

/// A price: a short line (four words at most besides its numbers) with a
/// figure and a currency sign or code ("42,00 €", "$1,299.00", "1 290 Kč",
/// a salary "7 500–9 200 zł brutto / mies."), not a filter option with its
/// count ([`facet_count`]).
fn price_line(doc: &Doc<'_>, i: usize) -> bool {
    use crate::features::slot;
    // Memoised: asked of the same lines in every pass.
    doc.memo_flag(slot::QUALITY, slot::PRICE_FLAG, i, || price_line_uncached(doc, i))
}

/// [`price_line`], computed.
fn price_line_uncached(doc: &Doc<'_>, i: usize) -> bool {
    const CODES: [&str; 12] = ["eur", "usd", "gbp", "chf", "pln", "zł", "kr", "kč", "ft", "lei", "руб", "₽"];
    let f = &doc.feats[i];
    if f.words == 0 || f.words - f.number_words.min(f.words) > 4 || f.words > 10 || f.digits == 0 {
        return false;
    }
    let line = doc.line(i);
    // Not a filter option's result count ("Under $200 (11)").
    if facet_count(line) {
        return false;
    }
    // Past four words, not a table row's cells.
    if f.words > 4 && line.contains('\t') {
        return false;
    }
    line.contains(['€', '$', '£', '¥', '₹', '₩', '₺', '₴', '₽']) || doc.lower(i).split(|c: char| !c.is_alphabetic() && c != '₽').any(|w| CODES.contains(&w))
}

/// A product grid: where at least [`PRICED_MIN`] price lines ([`price_line`];
/// adjacent ones, an old and a new price, count as one) follow each other at
/// gaps of two to [`RECORD_PERIOD_MAX`] lines that each hold a line of four
/// words or more (the next item's name), and every line from the first
/// item's name to the last price is kept or removed only by soft signals
/// ([`is_soft`]), the items stay: names, blurbs, ratings and prices, less
/// the lines that repeat word for word (the "Add to cart" buttons). The
/// first item's head is as long as the part of the next gap from its first
/// long line on. A category page's products are its content; a
/// "customers also bought" strip (a name and a price each, under a header
/// that a detector names) is not.
fn keep_priced_records(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let open = |best: &[Option<usize>], i: usize| open_at(best, soft, i);
    let long = |i: usize| doc.feats[i].words >= 4 && !price_line(doc, i);
    // Price blocks as ranges of `nb`.
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    for q in 0..nb.len() {
        if !price_line(doc, nb[q]) {
            continue;
        }
        match blocks.last_mut() {
            Some(b) if b.1 + 1 == q => b.1 = q,
            _ => blocks.push((q, q)),
        }
    }
    let mut a = 0;
    while a < blocks.len() {
        // Consecutive blocks whose gaps look like one item each.
        let mut e = a;
        while e + 1 < blocks.len() {
            let gap = blocks[e].1 + 1..blocks[e + 1].0;
            let fits = (2..=RECORD_PERIOD_MAX).contains(&gap.len()) && gap.clone().any(|q| long(nb[q])) && gap.clone().all(|q| open(best, nb[q]));
            if !fits {
                break;
            }
            e += 1;
        }
        if e + 1 - a < PRICED_MIN {
            a = e + 1;
            continue;
        }
        // The first item's head: as many lines as the second gap holds from its first long line on.
        let second = blocks[a].1 + 1..blocks[a + 1].0;
        let head_len = second.clone().position(|q| long(nb[q])).map_or(0, |p| second.len() - p);
        let mut start = blocks[a].0;
        while start > 0 && blocks[a].0 - start < head_len && open(best, nb[start - 1]) {
            start -= 1;
        }
        let region = start..blocks[e].1 + 1;
        if region.clone().all(|q| open(best, nb[q])) {
            let mut counts: ahash::AHashMap<&str, usize> = ahash::AHashMap::new();
            for q in region.clone() {
                *counts.entry(doc.line(nb[q]).trim()).or_default() += 1;
            }
            for q in region {
                if counts.get(doc.line(nb[q]).trim()).copied().unwrap_or(0) < 2 {
                    best[nb[q]] = None;
                }
            }
        }
        a = e + 1;
    }
}

/// Lines after each price that `drop_grid_buttons` reads.
const BUTTON_LOOK: usize = 2;

/// Rule id of the buttons `drop_grid_buttons` removes.
const BUTTON_RULE: &str = "decide/grid-button";

/// A product grid's buttons: the short lines (three words at most, no
/// figure, no comma) among the [`BUTTON_LOOK`] lines right after a price
/// ([`price_line`]) that read the same after at least [`PRICED_MIN`] prices
/// ("Add to cart", "Compare") are buttons, not the items' text, and go
/// where they were kept (as calls to action), but for the lines of plan
/// cards and spec tables (`protected`: a plan's "per month").
fn drop_grid_buttons(doc: &Doc<'_>, protected: &[bool], spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    // A button names one action: no list ("Full-time, permanent" is a record's data).
    let button = |i: usize| {
        let f = &doc.feats[i];
        (1..=3).contains(&f.words) && f.digits == 0 && !f.terminal && f.commas == 0
    };
    let mut after: Vec<usize> = Vec::new();
    for i in (0..best.len()).filter(|&i| !doc.lines[i].blank && price_line(doc, i)) {
        let mut at = i;
        for _ in 0..BUTTON_LOOK {
            match doc.next_nonblank(at) {
                Some(n) if !price_line(doc, n) && button(n) => {
                    after.push(n);
                    at = n;
                }
                _ => break,
            }
        }
    }
    let mut counts: ahash::AHashMap<&str, usize> = ahash::AHashMap::new();
    for &i in &after {
        *counts.entry(doc.lower(i).trim()).or_default() += 1;
    }
    for i in after {
        if best[i].is_none() && !protected[i] && counts.get(doc.lower(i).trim()).is_some_and(|&c| c >= PRICED_MIN) {
            spans.push(Span::lines(i..i + 1, Category::CallToAction, BUTTON_RULE, STRONG, "the same button after every price of a product grid"));
            best[i] = Some(spans.len() - 1);
        }
    }
}

/// Rule id of [`drop_ratings`].
const RATING_RULE: &str = "decide/rating";

/// A rating or a count of ratings alone on a line: stars ("★★★★☆"), a score
/// out of five or ten ("4,8 sur 5", "4.5 out of 5"), a count and its word
/// in brackets ("(56 avis)"), a discount badge ("-20 %"). At most five
/// tokens, no sentence.
fn rating_line(doc: &Doc<'_>, i: usize) -> bool {
    doc.memo_flag(crate::features::slot::QUALITY, crate::features::slot::RATING_FLAG, i, || rating_line_uncached(doc, i))
}

/// [`rating_line`], not memoised.
fn rating_line_uncached(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    let t = doc.line(i).trim();
    // More than five tokens: a sixth one (not all of them counted).
    if t.is_empty() || f.terminal || t.split_whitespace().nth(5).is_some() {
        return false;
    }
    let stars = t.chars().filter(|c| matches!(c, '★' | '☆' | '⭐')).count();
    if stars >= 3 && t.chars().all(|c| matches!(c, '★' | '☆' | '⭐') || c.is_whitespace() || c.is_ascii_digit() || matches!(c, ',' | '.' | '/' | '(' | ')')) {
        return true;
    }
    let numbers: Vec<&str> = t.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).filter(|w| w.chars().any(|c| c.is_ascii_digit())).collect();
    // "4,8 sur 5": a decimal score, one short word, and the scale.
    let score = numbers.len() == 2
        && matches!(numbers[1].trim_matches(['.', ',']), "5" | "10")
        && numbers[0].len() <= 3
        // A score within its scale: "228 g (UK 5)" is a weight.
        && numbers[0].replace(',', ".").trim_matches('.').parse::<f32>().is_ok_and(|v| v <= if numbers[1].starts_with('5') { 5.0 } else { 10.0 })
        && t.split_whitespace().count() <= 4
        && t.starts_with(|c: char| c.is_ascii_digit())
        // A decimal score or a word before the scale ("sur", "of"): "1 / 5" counts photos.
        && (numbers[0].contains([',', '.']) || t.chars().any(char::is_alphabetic));
    // "(56 avis)": a count and at most one word, in brackets.
    let inner = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or("");
    let count = numbers.len() == 1 && inner.split_whitespace().count() == 2 && inner.starts_with(|c: char| c.is_ascii_digit()) && inner.chars().any(char::is_alphabetic);
    // "4.8 (412 reviews)": a decimal score and its count in brackets.
    let scored_count = t.split_once('(').is_some_and(|(head, rest)| {
        let head = head.trim();
        let inner = rest.strip_suffix(')').unwrap_or("");
        head.len() <= 3
            && head.contains(['.', ','])
            && head.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && head.starts_with(|c: char| c.is_ascii_digit())
            && inner.starts_with(|c: char| c.is_ascii_digit())
            && inner.split_whitespace().count() <= 2
    });
    // "-20 %": a discount.
    let discount = t.starts_with(['-', '−']) && t.ends_with('%') && t[1..t.len() - 1].trim().chars().all(|c| c.is_ascii_digit());
    score || count || scored_count || discount
}

/// Ratings stay out: a kept rating line ([`rating_line`]) goes. The gold of
/// every page type leaves ratings, review counts and discount badges out;
/// the listing and product rules bring them back with the records around
/// them. This runs last, so no context rule reads the gap it leaves (a
/// short line between removed blocks) in the same pass.
fn drop_ratings(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    let mut span = None;
    for i in 0..best.len() {
        if doc.lines[i].blank || best[i].is_some() || !rating_line(doc, i) {
            continue;
        }
        let si = *span.get_or_insert_with(|| {
            spans.push(Span::lines(0..0, Category::Other, RATING_RULE, STRONG, "rating, review count or discount badge"));
            spans.len() - 1
        });
        best[i] = Some(si);
    }
}

/// Rule id of [`drop_ai_summaries`].
const AI_SUMMARY_RULE: &str = "decide/ai-summary";
/// Most lines of a machine-written summary box after its label.
const AI_SUMMARY_RUN: usize = 8;

/// A machine-written summary box ("Generated with AI", the summary's
/// points, "Was this summary useful?") goes: a line of at most eight words
/// holding an AI summary label ([`crate::lexicon::AI_SUMMARY_LABELS`]) and
/// the lines after it, up to the last within [`AI_SUMMARY_RUN`] lines that
/// names the summary ([`crate::lexicon::SUMMARY_WORDS`]: the box's own
/// closing note or feedback question) or holds a label again ("Generated by
/// AI from verified reviews."), or without such a line, the short
/// sentences right after the label (none of more than 25 words). The
/// article's own words come after; the box restates them.
fn drop_ai_summaries(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    use crate::features::slot;
    use crate::lexicon::{has_ai_summary_label, SUMMARY_WORDS};
    let mut i = 0;
    while i < best.len() {
        let label = !doc.lines[i].blank && doc.feats[i].words <= 8 && doc.memo_flag(slot::QUALITY, slot::AI_LABEL_FLAG, i, || has_ai_summary_label(doc.lower(i)));
        if !label {
            i += 1;
            continue;
        }
        let mut after = Vec::new();
        let mut j = i;
        while let Some(n) = doc.next_nonblank(j).filter(|_| after.len() < AI_SUMMARY_RUN) {
            after.push(n);
            j = n;
        }
        let names = |k: usize| doc.feats[k].words <= 20 && (SUMMARY_WORDS.iter().any(|w| doc.lower(k).contains(w)) || doc.feats[k].words <= 8 && has_ai_summary_label(doc.lower(k)));
        let end = match after.iter().rposition(|&k| names(k)) {
            Some(e) => e + 1,
            None => after.iter().position(|&k| doc.feats[k].words > 25 || !doc.feats[k].terminal).unwrap_or(after.len()),
        };
        let members: Vec<usize> = std::iter::once(i).chain(after[..end].iter().copied()).collect();
        let last = members[members.len() - 1];
        spans.push(Span::lines(i..last + 1, Category::Other, AI_SUMMARY_RULE, STRONG, "machine-written summary box"));
        let si = spans.len() - 1;
        for k in members {
            if best[k].is_none() {
                best[k] = Some(si);
            }
        }
        i = last + 1;
    }
}

/// Rule id of [`drop_code_toolbars`].
const CODE_TOOLBAR_RULE: &str = "decide/code-toolbar";

/// A code block's toolbar: a copy button alone on a line
/// ([`crate::lexicon::COPY_BUTTONS`]: "Copy", "Kopieren") right above a
/// line of code goes, with the language tab right above it ("JS",
/// "Python": [`crate::lexicon::CODE_LANGUAGES`]) and the copy button's
/// twin right under the code's last line is no business of this rule. The
/// rules that keep code between paragraphs keep its toolbar with it.
fn drop_code_toolbars(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    use crate::lexicon::{CODE_LANGUAGES, COPY_BUTTONS};
    let is = |list: &[&str], i: usize| doc.feats[i].words <= 3 && list.contains(&doc.lower(i).trim());
    for i in 0..best.len() {
        if doc.lines[i].blank || best[i].is_some() || !is(COPY_BUTTONS, i) {
            continue;
        }
        if !doc.next_nonblank(i).is_some_and(|n| codeish(doc, n)) {
            continue;
        }
        let tab = doc.prev_nonblank(i).filter(|&p| best[p].is_none() && is(CODE_LANGUAGES, p));
        let start = tab.unwrap_or(i);
        spans.push(Span::lines(start..i + 1, Category::Navigation, CODE_TOOLBAR_RULE, STRONG, "a code block's language tab and copy button"));
        let si = spans.len() - 1;
        for k in tab.into_iter().chain(std::iter::once(i)) {
            best[k] = Some(si);
        }
    }
}

/// Rule id of [`drop_excerpts`].
const EXCERPT_RULE: &str = "decide/excerpt";

/// `text` lowercased, without quotation marks, its spaces collapsed,
/// trimmed of spaces and of closing punctuation, written into `out`.
fn excerpt_key(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        // The same, byte by byte: the one ASCII quotation mark is '"'.
        out.reserve(text.len());
        for &b in text.as_bytes() {
            if b == b'"' {
                continue;
            }
            if ascii_space(b) {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                continue;
            }
            out.push(char::from(b.to_ascii_lowercase()));
        }
    } else {
        for c in text.chars() {
            if excerpt_quote(c) {
                continue;
            }
            if c.is_whitespace() {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                continue;
            }
            if c.is_ascii() {
                // `char::to_lowercase` of an ASCII character, without its iterator.
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    let keep = out.trim_end_matches(['.', '!', '?', ':', ';', ',', '…', ' ']).len();
    out.truncate(keep);
}

/// An ASCII byte that `char::is_whitespace` holds white space (U+000B
/// included, which `u8::is_ascii_whitespace` leaves out).
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The first word of [`excerpt_key`]`(text)`, written into `out` (false when
/// the key is empty). Where that key has two words or more, its first word
/// is this one: the trim at its end does not reach it.
fn excerpt_first_word(text: &str, out: &mut String) -> bool {
    out.clear();
    // ASCII tokens byte by byte (separated by ASCII white space, they are
    // `split_whitespace`'s), up to the first token with a non-ASCII byte:
    // then all of it again, by characters.
    let mut ascii = true;
    for token in text.as_bytes().split(|&b| ascii_space(b)) {
        if !token.is_ascii() {
            ascii = false;
            break;
        }
        out.extend(token.iter().filter(|&&b| b != b'"').map(|&b| char::from(b.to_ascii_lowercase())));
        if !out.is_empty() {
            return true;
        }
    }
    if ascii {
        return false;
    }
    for token in text.split_whitespace() {
        for c in token.chars() {
            if c.is_ascii() {
                // An ASCII quotation mark is `"`; `char::to_lowercase` without its iterator.
                if c != '"' {
                    out.push(c.to_ascii_lowercase());
                }
            } else if !excerpt_quote(c) {
                out.extend(c.to_lowercase());
            }
        }
        if !out.is_empty() {
            return true;
        }
    }
    false
}

/// The number of words of [`excerpt_key`]`(text)` when it is not empty,
/// counted without building it: the whitespace-separated tokens with a
/// character other than a quotation mark, up to the last one with a
/// character other than the closing punctuation the key is trimmed of.
fn excerpt_words(text: &str) -> usize {
    excerpt_words_beyond(text, usize::MAX)
}

/// [`excerpt_words`]`(text)`, or some number above `limit` (counted no
/// further) when that is above `limit`.
fn excerpt_words_beyond(text: &str, limit: usize) -> usize {
    let (mut n, mut words) = (0, 0);
    if text.is_ascii() {
        for token in text.as_bytes().split(|&b| ascii_space(b)) {
            let (mut any, mut solid) = (false, false);
            for &b in token.iter().filter(|&&b| b != b'"') {
                any = true;
                solid |= !matches!(b, b'.' | b'!' | b'?' | b':' | b';' | b',');
            }
            if any {
                n += 1;
                if solid {
                    words = n;
                    if words > limit {
                        return words;
                    }
                }
            }
        }
        return words;
    }
    for token in text.split_whitespace() {
        let (mut any, mut solid) = (false, false);
        for c in token.chars().filter(|&c| !excerpt_quote(c)) {
            any = true;
            solid |= !matches!(c, '.' | '!' | '?' | ':' | ';' | ',' | '…');
        }
        if any {
            n += 1;
            if solid {
                words = n;
                if words > limit {
                    return words;
                }
            }
        }
    }
    words
}

/// Quotation marks that [`excerpt_key`] leaves out.
fn excerpt_quote(c: char) -> bool {
    matches!(c, '«' | '»' | '"' | '“' | '”' | '„' | '‘' | '›' | '‹')
}

/// Repeated excerpts go: a kept line of 4 to 30 words that is word
/// for word one sentence (or clause before a colon or semicolon) of a kept
/// paragraph at least five words longer elsewhere on the page is a pull
/// quote of an article or a quoted excerpt of an earlier forum post; the
/// text is that paragraph's.
fn drop_excerpts(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    let kept = |i: usize| !doc.lines[i].blank && best[i].is_none();
    // The candidates by the first word of their key; a key (of four words or
    // more) is built only where a paragraph's sentence starts with that word.
    // The paragraphs; a candidate needs one five words longer (so never itself).
    let paragraphs: Vec<usize> = (0..best.len()).filter(|&i| kept(i) && doc.feats[i].words >= 12 && prose(doc, i)).collect();
    let Some(longest) = paragraphs.iter().map(|&i| doc.feats[i].words).max() else { return };
    let mut first = String::new();
    let mut by_first: ahash::AHashMap<String, Vec<usize>> = ahash::AHashMap::new();
    // The fewest words of a candidate: a paragraph must have five more.
    let mut fewest = u32::MAX;
    for i in (0..best.len()).filter(|&i| kept(i) && (4..=30).contains(&doc.feats[i].words) && doc.feats[i].words + 5 <= longest) {
        if excerpt_first_word(doc.line(i), &mut first) {
            match by_first.get_mut(first.as_str()) {
                Some(v) => v.push(i),
                None => {
                    by_first.insert(first.clone(), vec![i]);
                }
            }
            fewest = fewest.min(doc.feats[i].words);
        }
    }
    if by_first.is_empty() {
        return;
    }
    // Each candidate's key word count, counted once for the candidates a
    // paragraph is long enough for, and its key (of four words or more),
    // built once where a sentence has that many words.
    let mut keys: ahash::AHashMap<usize, (usize, Option<String>)> = ahash::AHashMap::new();
    let mut key = String::new();
    let mut found: Vec<usize> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    for i in paragraphs.into_iter().filter(|&i| doc.feats[i].words >= fewest + 5) {
        let most = doc.feats[i].words - 5;
        let line = doc.line(i);
        sentence_ends(line.as_bytes(), &mut ends);
        let mut from = 0;
        for &k in &ends {
            // `k` ends an ASCII mark or the line, so `k + 1` is a char boundary.
            let sentence = &line[from..=k];
            from = k + 1;
            let Some(cands) = excerpt_first_word(sentence, &mut first).then(|| by_first.get(first.as_str())).flatten() else { continue };
            let short = |c: &&usize| doc.feats[**c].words <= most;
            if !cands.iter().any(|c| short(&c)) {
                continue;
            }
            let mut limit = 0;
            for &c in cands.iter().filter(short) {
                limit = limit.max(keys.entry(c).or_insert_with(|| (excerpt_words(doc.line(c)), None)).0);
            }
            // The keys are built only when the word counts are the same (four
            // or more): a sentence is counted no further than the most.
            let words = excerpt_words_beyond(sentence, limit);
            let same = |n: usize| n >= 4 && n == words;
            if !cands.iter().filter(short).any(|c| keys.get(c).is_some_and(|e| same(e.0))) {
                continue;
            }
            excerpt_key(sentence, &mut key);
            for &c in cands.iter().filter(short) {
                let Some(e) = keys.get_mut(&c).filter(|e| same(e.0)) else { continue };
                let ck = e.1.get_or_insert_with(|| {
                    let mut ck = String::new();
                    excerpt_key(doc.line(c), &mut ck);
                    ck
                });
                if *ck == key {
                    found.push(c);
                }
            }
        }
    }
    if found.is_empty() {
        return;
    }
    spans.push(Span::lines(0..0, Category::Other, EXCERPT_RULE, STRONG, "excerpt repeating a sentence of a kept paragraph (pull quote, quoted post)"));
    let si = spans.len() - 1;
    for c in found {
        best[c] = Some(si);
    }
}

/// Where the sentences (or clauses before a colon or semicolon) of `line`
/// end, into `ends`: at a '.', '!', '?', ':' or ';' followed by ASCII white
/// space or the end, and at the last byte.
fn sentence_ends(line: &[u8], ends: &mut Vec<usize>) {
    ends.clear();
    let mark = |b: u8| matches!(b, b'.' | b'!' | b'?' | b':' | b';');
    let n = line.len();
    let mut k = 0;
    while k < n {
        // Sixteen bytes at a time, in one vectorised test, while they hold
        // no mark and not the last byte.
        let stop = (k + 16).min(n);
        if stop < n && !line[k..stop].iter().fold(false, |a, &b| a | mark(b)) {
            k = stop;
            continue;
        }
        for j in k..stop {
            if (mark(line[j]) && line.get(j + 1).map_or(true, u8::is_ascii_whitespace)) || j + 1 == n {
                ends.push(j);
            }
        }
        k = stop;
    }
}

/// Most lines after a thread's last post subject that `keep_thread_posts` reads.
pub const LAST_POST_RUN: usize = 30;

/// The subject of line `i` when it is a reply subject ("Re: <title>"), lowercase.
fn reply_subject<'a>(doc: &'a Doc<'_>, i: usize) -> Option<&'a str> {
    let f = &doc.feats[i];
    if f.words < 3 || f.words > 30 {
        return None;
    }
    // Every prefix opens with one of these letters, and the lowercased line
    // opens with its first character's lowercase: other lines are not lowercased.
    let first = doc.line(i).trim_start().chars().next().and_then(|c| c.to_lowercase().next());
    if !first.is_some_and(|c| matches!(c, 'r' | 'a' | 'o' | 's' | 'v')) {
        return None;
    }
    let lower = doc.lower(i).trim();
    crate::lexicon::REPLY_PREFIXES.iter().find_map(|p| lower.strip_prefix(p)).map(str::trim).filter(|rest| !rest.is_empty())
}

/// A thread's posts: where two or more lines carry the same reply subject
/// ("Re: <title>", "AW: …", the subject line of a forum or mailing-list
/// reply), each opens a post, and the prose lines up to the next subject
/// (after the last one: up to [`LAST_POST_RUN`] lines, or the first line a
/// specific detector removes) stay when only soft signals ([`is_soft`])
/// remove them. Later posts sit where the line model expects a page's tail.
fn keep_thread_posts(doc: &Doc<'_>, spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) {
    let subjects: Vec<(usize, &str)> = (0..best.len()).filter(|&i| !doc.lines[i].blank).filter_map(|i| reply_subject(doc, i).map(|s| (i, s))).collect();
    let mut counts: ahash::AHashMap<&str, usize> = ahash::AHashMap::new();
    for (_, s) in &subjects {
        *counts.entry(s).or_default() += 1;
    }
    let posts: Vec<usize> = subjects.iter().filter(|(_, s)| counts[s] >= 2).map(|&(i, _)| i).collect();
    for (k, &start) in posts.iter().enumerate() {
        let end = posts.get(k + 1).copied().unwrap_or_else(|| (start + LAST_POST_RUN).min(best.len()));
        for i in start + 1..end {
            match best[i] {
                Some(b) if !soft[b] && generic(&spans[b]) => {}
                Some(b) if !soft[b] => {
                    if k + 1 == posts.len() {
                        break;
                    }
                }
                Some(_) if prose(doc, i) => best[i] = None,
                _ => {}
            }
        }
    }
}

/// Most lines of one reply that `keep_user_posts` reads after its user name.
pub const USER_POST_RUN: usize = 12;

/// A forum thread's replies: when the user name heading the page's first
/// kept paragraph (the original post) heads a reply further down too
/// (`comments::op_replies`), each short line (three tokens at most) with a
/// user name opens a reply, and the sentence lines (four words or more, a
/// sentence's end or two sentences) of the next [`USER_POST_RUN`] lines, up
/// to the next user name (after the last one: up to the first line a
/// specific detector removes), stay when only soft signals ([`is_soft`])
/// remove them. The model reads replies as a page's tail; the votes and "Reply"
/// buttons between them still go.
fn keep_user_posts(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    use crate::detect::comments::{op_replies, post_header_names};
    use crate::features::slot;
    let Some(body) = first_kept_prose(doc, best) else { return };
    // Memoised: it depends on the line alone, and is asked of every line below the body in every pass.
    let header = |i: usize| !doc.lines[i].blank && doc.memo_flag(slot::QUALITY, slot::POST_HEADER_FLAG, i, || post_header_names(doc.line(i)).next().is_some());
    let heads: Vec<usize> = (body + 1..best.len()).filter(|&i| header(i)).collect();
    if heads.len() < 2 || !op_replies(doc, body, heads[0], best.len()) {
        return;
    }
    let sentence = |i: usize| post_sentence(doc, i, 4);
    for (k, &h) in heads.iter().enumerate() {
        let end = heads.get(k + 1).copied().unwrap_or(best.len()).min(h + 1 + USER_POST_RUN);
        for i in h + 1..end {
            match best[i] {
                // The last reply ends at the first line a specific detector removes.
                Some(b) if !soft[b] && k + 1 == heads.len() => break,
                Some(b) if soft[b] && sentence(i) => best[i] = None,
                _ => {}
            }
        }
    }
}

/// Non-blank lines after a post's text that `keep_closed_posts` reads for its closing chrome.
const CLOSER_LOOK: usize = 3;
/// Fewest words of a post's last line that `keep_closed_posts` keeps (not a teaser's title).
const POST_END_WORDS: u32 = 8;
/// Most lines of one post above its last sentence that `keep_closed_posts` keeps.
const POST_LINES: usize = 8;

/// The up to [`CLOSER_LOOK`] removed short lines (four words at most) right
/// after line `i` in its block, up to the first other line: a post's closing chrome
/// ("Share" / "Edit" / "Follow", "Like" / "Reply", "Haut").
fn closers<'a>(doc: &'a Doc<'_>, best: &'a [Option<usize>], i: usize) -> impl Iterator<Item = usize> + 'a {
    (i + 1..(i + 1 + CLOSER_LOOK).min(best.len())).take_while(move |&j| !doc.lines[j].blank && best[j].is_some() && doc.feats[j].words <= 4)
}

/// Posts that close like the kept ones: on a forum, Q&A or review page every
/// post's text ends with the same chrome ("Share / Follow", "Like / Reply",
/// "Was this review helpful?"). The short removed lines right after a kept
/// sentence line ([`closers`]) that occur twice or more in the page are
/// post closers; a sentence line ([`POST_END_WORDS`] words or more) that only soft
/// signals ([`is_soft`]) remove and that such a closer follows is a post's
/// last line, and it stays with the post's lines right above it (up to
/// [`POST_LINES`] contiguous lines of three words or more, removed only
/// softly). The model reads later posts as the page's tail.
fn keep_closed_posts(doc: &Doc<'_>, soft: &[bool], best: &mut [Option<usize>]) {
    let text = |i: usize| doc.lower(i).trim();
    let sentence = |i: usize| post_sentence(doc, i, 5);
    let mut closing: Vec<&str> = Vec::new();
    for i in (0..best.len()).filter(|&i| !doc.lines[i].blank && best[i].is_none() && sentence(i)) {
        closing.extend(closers(doc, best, i).map(text));
    }
    // The short lines are counted only when some kept sentence has closers.
    if closing.is_empty() {
        return;
    }
    let mut counts: ahash::AHashMap<&str, usize> = ahash::AHashMap::new();
    for i in (0..best.len()).filter(|&i| !doc.lines[i].blank && doc.feats[i].words <= 4) {
        *counts.entry(text(i)).or_default() += 1;
    }
    closing.retain(|t| counts.get(t).is_some_and(|&n| n >= 2));
    if closing.is_empty() {
        return;
    }
    let ends: Vec<usize> = (0..best.len())
        .filter(|&i| !doc.lines[i].blank && soft_at(best, soft, i) && sentence(i) && doc.feats[i].words >= POST_END_WORDS && closers(doc, best, i).any(|j| closing.contains(&text(j))))
        .collect();
    for e in ends {
        best[e] = None;
        let mut i = e;
        for _ in 0..POST_LINES {
            match i.checked_sub(1) {
                Some(p) if !doc.lines[p].blank && doc.feats[p].words >= 3 && soft_at(best, soft, p) => {
                    best[p] = None;
                    i = p;
                }
                _ => break,
            }
        }
    }
}

/// Fewest records that `keep_review_texts` reads as reviews.
pub const REVIEWS_MIN: usize = 2;
/// Fewest different short lines that repeat around every review (see `keep_review_texts`).
pub const REVIEW_CHROME: usize = 2;
/// Fewest words of a review's text on average (see `keep_review_texts`).
pub const REVIEW_WORDS: u32 = 10;
/// Most words of a review's title (see `keep_review_texts`).
pub const REVIEW_TITLE_WORDS: u32 = 12;

/// Reviews: where two or more sentence runs (a review's text; a run of
/// sentence lines counts once) follow each other at one distance (a period
/// of [`RECORD_PERIOD_MIN`] to [`RECORD_PERIOD_MAX`] lines, no other
/// sentence between; a line a byline rule removes is no text) and at one
/// offset from each of them sits the same short line (four words at most:
/// "Verified purchase", "Was this review helpful?"; a counter's figure may
/// differ: "Helpful (14)", "48 comments"), at two offsets or more, and the
/// texts average [`REVIEW_WORDS`] words or more (a teaser list's headlines
/// are shorter), the texts are records of one kind and stay where only soft
/// signals ([`is_soft`]) remove them, as does each record's title: the
/// farthest line before the text, within the period, that is short (at most
/// [`REVIEW_TITLE_WORDS`] words), holds no figure, no sentence and no user
/// name, and differs from record to record (the reviewer's name, the date,
/// the stars and the helpful-vote counters between stay removed). A record
/// whose text a specific detector removes (a comment section) makes none of
/// them stay. Returns the lines kept (`drop_islands` does not take them),
/// but for teaser cards (a "Read more" link or an ad label among the chrome).
fn keep_review_texts(doc: &Doc<'_>, nb: &[usize], spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) -> Vec<usize> {
    let mut kept = Vec::new();
    // A byline rule's line ("by M. Smith on 6.2.2026") is the record's chrome, not its text.
    let byline: Vec<bool> = best.iter().map(|b| b.is_some_and(|b| spans[b].category == Category::Byline)).collect();
    let sentence = |i: usize| post_sentence(doc, i, 5) && !byline[i];
    // Tokens over `nb`, a run of sentence lines folded into one.
    let mut toks: Vec<std::ops::Range<usize>> = Vec::with_capacity(nb.len());
    for (q, &i) in nb.iter().enumerate() {
        match toks.last_mut() {
            Some(r) if sentence(i) && sentence(nb[r.start]) => r.end = q + 1,
            _ => toks.push(q..q + 1),
        }
    }
    let text = |t: usize| sentence(nb[toks[t].start]);
    let single = |t: usize| (toks[t].len() == 1).then(|| nb[toks[t].start]);
    let open = |best: &[Option<usize>], t: usize| nb[toks[t].clone()].iter().all(|&l| open_at(best, soft, l));
    let texts: Vec<usize> = (0..toks.len()).filter(|&t| text(t)).collect();
    let mut a = 0;
    while a + 1 < texts.len() {
        let p = texts[a + 1] - texts[a];
        let mut e = a + 1;
        while e + 1 < texts.len() && texts[e + 1] - texts[e] == p {
            e += 1;
        }
        let anchors = texts[a..=e].to_vec();
        a = e;
        if anchors.len() < REVIEWS_MIN || !(RECORD_PERIOD_MIN..=RECORD_PERIOD_MAX).contains(&p) || !anchors.iter().all(|&t| open(best, t)) {
            continue;
        }
        // The same short line at one offset from every text.
        // A counter's figure may differ ("Helpful (14)", "Helpful (6)").
        let key = |i: usize| doc.lower(i).trim().trim_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ' ');
        let same_at = |o: isize| {
            let line = |t: usize| {
                t.checked_add_signed(o).filter(|&u| u < toks.len()).and_then(single).filter(|&i| {
                    let f = &doc.feats[i];
                    let worded = f.words - f.number_words.min(f.words);
                    (1..=4).contains(&worded) && (f.digits == 0 || f.words - worded <= 1)
                })
            };
            let first = anchors.first().and_then(|&t| line(t))?;
            anchors.iter().all(|&t| line(t).is_some_and(|i| key(i) == key(first))).then(|| key(first))
        };
        let reach = p as isize - 1;
        let mut chrome: Vec<&str> = (1..=reach).flat_map(|o| [same_at(o), same_at(-o)]).flatten().collect();
        chrome.sort_unstable();
        chrome.dedup();
        if chrome.len() < REVIEW_CHROME {
            continue;
        }
        // Texts that differ: not one notice repeated.
        let distinct = |lines: &[usize]| {
            let mut seen = ahash::AHashSet::with_capacity(lines.len());
            lines.iter().all(|&i| seen.insert(doc.lower(i).trim()))
        };
        let heads: Vec<usize> = anchors.iter().map(|&t| nb[toks[t].start]).collect();
        // Texts, not titles: a review runs longer than a teaser's headline.
        let words: u32 = anchors.iter().flat_map(|&t| &nb[toks[t].clone()]).map(|&i| doc.feats[i].words).sum();
        if words < REVIEW_WORDS * anchors.len() as u32 {
            continue;
        }
        if !distinct(&heads) {
            continue;
        }
        let title = (1..p).rev().find_map(|d| {
            let lines: Option<Vec<usize>> = anchors
                .iter()
                .map(|&t| t.checked_sub(d).and_then(single).filter(|&i| {
                    let f = &doc.feats[i];
                    // Not a poster's handle ("nora.s"): a title is words. Nor
                    // the chrome repeated around every text ("Report").
                    (1..=REVIEW_TITLE_WORDS).contains(&f.words)
                        && f.digits == 0
                        && !sentence(i)
                        && crate::detect::comments::post_header_names(doc.line(i)).next().is_none()
                        && !chrome.contains(&key(i))
                }))
                .collect();
            lines.filter(|l| distinct(l))
        });
        // Teaser cards ("Read more", an ad label under each) stay, but are
        // not the page's data: `drop_islands` may still take them.
        let teasers = chrome.iter().any(|k| {
            let k = crate::lexicon::norm_lower(k);
            crate::lexicon::TEASER_LINKS.contains(&k.as_ref()) || crate::lexicon::AD_LABELS.contains(&k.as_ref())
        });
        let before = kept.len();
        for &t in &anchors {
            for &l in &nb[toks[t].clone()] {
                best[l] = None;
                kept.push(l);
            }
        }
        for i in title.unwrap_or_default() {
            if soft_at(best, soft, i) {
                best[i] = None;
                kept.push(i);
            }
        }
        if teasers {
            kept.truncate(before);
        }
    }
    kept
}

/// Fewest times a short line recurs for `keep_delimited_records` to read it as a record's end.
pub const DELIMITER_MIN: usize = 3;
/// Most non-blank lines between two ends of records (see `keep_delimited_records`).
pub const DELIMITED_RECORD_MAX: usize = 40;
/// Most words of a record's end line (see `keep_delimited_records`).
pub const DELIMITER_WORDS: u32 = 6;

/// Records closed by one repeated line: where a short line (at most
/// [`DELIMITER_WORDS`] words, no figure: "Was this update helpful?")
/// recurs at least [`DELIMITER_MIN`] times, at most
/// [`DELIMITED_RECORD_MAX`] non-blank lines apart and the longest gap at
/// most twice the shortest, each stretch it closes
/// (the first one as long as the next) is one record of a kind: a
/// changelog's releases, a feed's entries. When the page's kept prose
/// lies wholly inside those records and one of them holds a kept sentence,
/// the other records' sentence lines (five words or more, a sentence's end,
/// a stopword) that only soft signals ([`is_soft`]) remove stay, with the
/// short subheading right above each such sentence: the model reads only
/// the first record as the text and the later ones as furniture.
/// The positions (into `nb`) of the lines `take` accepts, grouped by their
/// lowercased, trimmed text, for the texts found [`DELIMITER_MIN`] times or
/// more: each group ascending, the groups sorted. A text gets a list only
/// when it repeats (most short lines occur once: a list each was an
/// allocation per line and pass).
fn repeated_lines<'d>(doc: &'d Doc<'_>, nb: &[usize], take: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    use std::collections::hash_map::Entry;
    // A text's first position, and its group's index once it repeats.
    let mut seen: ahash::AHashMap<&'d str, (usize, usize)> = ahash::AHashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (q, &i) in nb.iter().enumerate() {
        if !take(i) {
            continue;
        }
        match seen.entry(doc.lower(i).trim()) {
            Entry::Vacant(e) => {
                e.insert((q, usize::MAX));
            }
            Entry::Occupied(mut e) => {
                let (first, group) = e.get_mut();
                if *group == usize::MAX {
                    *group = groups.len();
                    groups.push(vec![*first, q]);
                } else {
                    groups[*group].push(q);
                }
            }
        }
    }
    groups.retain(|g| g.len() >= DELIMITER_MIN);
    groups.sort_unstable();
    groups
}

fn keep_delimited_records(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let sentence = |i: usize| post_sentence(doc, i, 5);
    let ends = repeated_lines(doc, nb, |i| {
        let f = &doc.feats[i];
        (1..=DELIMITER_WORDS).contains(&f.words) && f.digits == 0 && !list_header(doc, i)
    });
    for qs in ends {
        // Records of one kind are of like length: the longest at most twice the shortest.
        let (min_gap, max_gap) = qs.windows(2).map(|w| w[1] - w[0]).fold((usize::MAX, 0), |(a, b), g| (a.min(g), b.max(g)));
        let gaps_ok = min_gap >= 3 && max_gap <= DELIMITED_RECORD_MAX && max_gap <= 2 * min_gap;
        if !gaps_ok {
            continue;
        }
        // Records as ranges over `nb`: the first as long as the second.
        let first_len = qs[1] - qs[0];
        let start = qs[0].saturating_sub(first_len - 1);
        let records: Vec<std::ops::Range<usize>> = std::iter::once(start..qs[0]).chain(qs.windows(2).map(|w| w[0] + 1..w[1])).collect();
        let (lo, hi) = (nb[start], nb[qs[qs.len() - 1]]);
        let kept_prose_outside = nb.iter().any(|&i| (i < lo || i > hi) && best[i].is_none() && prose(doc, i));
        let kept_in = |r: &std::ops::Range<usize>| nb[r.clone()].iter().any(|&i| best[i].is_none() && sentence(i));
        if kept_prose_outside || !records.iter().any(kept_in) {
            continue;
        }
        // Every record holds a sentence: records of one kind, not chrome around one text.
        if !records.iter().all(|r| nb[r.clone()].iter().any(|&i| sentence(i))) {
            continue;
        }
        for r in &records {
            for &i in &nb[r.clone()] {
                if sentence(i) && soft_at(best, soft, i) {
                    best[i] = None;
                    if let Some(h) = doc.prev_nonblank(i).filter(|&h| subheading(doc, h) && soft_at(best, soft, h)) {
                        best[h] = None;
                    }
                }
            }
        }
    }
}

/// Most non-blank lines from one card's closing line to the next (see
/// `keep_closed_records`): a card is short; a page's sections are longer.
pub const CARD_LINES_MAX: usize = 12;

/// Fewest key and value pairs that `keep_spec_pairs` keeps.
pub const SPEC_PAIRS_MIN: usize = 4;
/// Most words of a spec key line (see `keep_spec_pairs`).
pub const SPEC_KEY_WORDS: u32 = 4;
/// Most words of a spec value line (see `keep_spec_pairs`).
pub const SPEC_VALUE_WORDS: u32 = 6;

/// A specification table rendered one cell per line ("Seitenzahl" / "432" /
/// "Sprache" / "Deutsch", an app's "Size" / "86.4 MB"): at least
/// [`SPEC_PAIRS_MIN`] pairs on consecutive lines of a key (at most
/// [`SPEC_KEY_WORDS`] words, no figure, no sentence's end, not starting
/// lowercase) and a value (at most [`SPEC_VALUE_WORDS`] words, or figures
/// with at most three words), the keys
/// all different and none a value's text, a figure in at least a third of
/// the values (a menu's items have none), the first key or a heading right
/// above it (a key's shape) opening a block (not a sidebar's counters,
/// "1.2M" / "Members", nor a recipe card's times) and no related-list
/// header ("Related topics") either, on a page with kept prose: the
/// pairs stay where only soft signals ([`is_soft`]) or a date rule remove
/// both lines, and so does a short heading right above them ("Product
/// details", no figure). The model reads the table as a menu. Returns the
/// lines kept, which no island rule takes (a product's details sit far
/// below its description).
fn keep_spec_pairs(doc: &Doc<'_>, nb: &[usize], spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) -> Vec<usize> {
    let mut kept = Vec::new();
    if !nb.iter().any(|&i| best[i].is_none() && prose(doc, i)) {
        return kept;
    }
    let key = |i: usize| {
        let f = &doc.feats[i];
        let lower_start = doc.line(i).trim().chars().next().is_some_and(char::is_lowercase);
        (1..=SPEC_KEY_WORDS).contains(&f.words) && f.digits == 0 && !f.terminal && f.inner_sentences == 0 && !lower_start
    };
    // A value: a few words, or a measure (figures with at most three words: "21,3/13,9/4,1 cm").
    let value = |i: usize| {
        let f = &doc.feats[i];
        (1..=SPEC_VALUE_WORDS).contains(&f.words) || f.digits > 0 && doc.line(i).split_whitespace().filter(|t| t.chars().any(char::is_alphabetic)).count() <= 3
    };
    let restorable = |best: &[Option<usize>], i: usize| best[i].map_or(true, |b| soft[b] || spans[b].rule == "byline/dateline");
    let mut q = 0;
    while q + 1 < nb.len() {
        let mut pairs = 0;
        while q + 2 * pairs + 1 < nb.len() {
            let (k, v) = (nb[q + 2 * pairs], nb[q + 2 * pairs + 1]);
            let contiguous = v == k + 1 && (pairs == 0 || k == nb[q + 2 * pairs - 1] + 1);
            if !(contiguous && key(k) && value(v)) {
                break;
            }
            pairs += 1;
        }
        if pairs < SPEC_PAIRS_MIN {
            q += 1;
            continue;
        }
        let rows: Vec<(usize, usize)> = (0..pairs).map(|p| (nb[q + 2 * p], nb[q + 2 * p + 1])).collect();
        let mut keys: Vec<&str> = rows.iter().map(|&(k, _)| doc.lower(k).trim()).collect();
        keys.sort_unstable();
        keys.dedup();
        let echoed = rows.iter().any(|&(_, v)| keys.binary_search(&doc.lower(v).trim()).is_ok());
        let figures = rows.iter().filter(|&&(_, v)| doc.feats[v].digits > 0).count();
        // A table of its own: it opens a block, or its heading does (not a
        // sidebar's counters, "1.2M" / "Members", nor a recipe card's buttons).
        let heading = (rows[0].0 > 0).then(|| rows[0].0 - 1).filter(|&h| !doc.lines[h].blank);
        let opens = opens_block(doc, rows[0].0) || heading.is_some_and(|h| key(h) && opens_block(doc, h));
        let related = list_header(doc, rows[0].0) || heading.is_some_and(|h| list_header(doc, h));
        if keys.len() == pairs && !echoed && 3 * figures >= pairs && opens && !related {
            for &(k, v) in &rows {
                if restorable(best, k) && restorable(best, v) {
                    best[k] = None;
                    best[v] = None;
                    kept.extend([k, v]);
                }
            }
            if let Some(h) = heading.filter(|&h| key(h) && soft_at(best, soft, h)) {
                best[h] = None;
                kept.push(h);
            }
        }
        q += 2 * pairs;
    }
    kept
}

/// Most words of a card's furniture line (see `keep_closed_records`).
pub const FURNITURE_WORDS: u32 = 4;

/// Rule id of [`drop_furniture`].
const FURNITURE_RULE: &str = "decide/card-furniture";

/// The furniture of the cards `keep_closed_records` kept (ratings, counts,
/// times, badges, the closing button) goes, though the context rules would
/// keep it between the cards' titles and blurbs.
fn drop_furniture(furniture: &[usize], spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    for &i in furniture {
        if best[i].is_none() {
            spans.push(Span::lines(i..i + 1, Category::Other, FURNITURE_RULE, STRONG, "a card's rating, time, badge or button"));
            best[i] = Some(spans.len() - 1);
        }
    }
}

/// Most words of a record's title line (see `keep_closed_records`).
pub const RECORD_TITLE_WORDS: u32 = 12;

/// Records closed by one repeated line that carry the page: where a short
/// line (the record's button, "Add to my cookbook", "Save") closes at least
/// [`DELIMITER_MIN`] stretches of like length, as in
/// `keep_delimited_records` but at most [`CARD_LINES_MAX`] lines apart, and every stretch holds a sentence line (five
/// words or more, a sentence's end, a stopword), when those sentences hold
/// more words than all the page's kept lines outside the records, each
/// record's sentence lines and its title (the first line before its first
/// sentence of 2 to [`RECORD_TITLE_WORDS`] words with no figure, no
/// sentence's end and no colon) stay where only soft signals
/// ([`is_soft`]) remove them, when every record has such a title, the
/// titles all differ and the closing line is no comment action (a thread's
/// posts, "Reply"): a listing's cards, whose ratings, times and buttons the
/// model reads, with their blurbs, as a menu. An article's teasers under
/// it hold fewer words than the article. Returns the closing lines and the
/// records' other short lines (at most [`FURNITURE_WORDS`] words, not a
/// price) with a figure (ratings, counts, times, ages), or found in another
/// record too and lying before the title or after the last sentence (a
/// kicker, a level; not a job's place or hours between its title and its
/// text), which `drop_furniture` removes after the context rules.
fn keep_closed_records(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) -> Vec<usize> {
    let mut furniture = Vec::new();
    let sentence = |i: usize| post_sentence(doc, i, 5);
    let title = |i: usize| {
        let f = &doc.feats[i];
        (2..=RECORD_TITLE_WORDS).contains(&f.words) && f.digits == 0 && !f.terminal && f.inner_sentences == 0 && !f.colon_end
    };
    let ends = repeated_lines(doc, nb, |i| {
        let f = &doc.feats[i];
        (1..=DELIMITER_WORDS).contains(&f.words) && f.digits == 0 && !f.terminal && !list_header(doc, i)
    });
    for qs in ends {
        let (min_gap, max_gap) = qs.windows(2).map(|w| w[1] - w[0]).fold((usize::MAX, 0), |(a, b), g| (a.min(g), b.max(g)));
        if !(min_gap >= 3 && max_gap <= CARD_LINES_MAX && max_gap <= 2 * min_gap) {
            continue;
        }
        let first_len = qs[1] - qs[0];
        let start = qs[0].saturating_sub(first_len - 1);
        let records: Vec<std::ops::Range<usize>> = std::iter::once(start..qs[0]).chain(qs.windows(2).map(|w| w[0] + 1..w[1])).collect();
        if !records.iter().all(|r| nb[r.clone()].iter().any(|&i| sentence(i))) {
            continue;
        }
        let (lo, hi) = (start, qs[qs.len() - 1]);
        let inside: u32 = nb[lo..=hi].iter().filter(|&&i| sentence(i)).map(|&i| doc.feats[i].words).sum();
        let outside: u32 = nb[..lo].iter().chain(&nb[hi + 1..]).filter(|&&i| best[i].is_none()).map(|&i| doc.feats[i].words).sum();
        if inside <= outside {
            continue;
        }
        // Cards, not posts: each record has a title of its own, and the
        // closing line is no comment action ("Reply").
        let titles: Option<Vec<usize>> = records
            .iter()
            .map(|r| {
                let lines = &nb[r.clone()];
                let first = lines.iter().position(|&i| sentence(i))?;
                lines[..first].iter().copied().find(|&i| title(i))
            })
            .collect();
        let Some(titles) = titles else { continue };
        let mut names: Vec<&str> = titles.iter().map(|&t| doc.lower(t).trim()).collect();
        names.sort_unstable();
        names.dedup();
        if names.len() < titles.len() || crate::lexicon::COMMENT_ACTIONS.is_norm(&doc.norm_lower(nb[qs[0]])) {
            continue;
        }
        // A short line found in another record too.
        let recurs = |i: usize| {
            let l = doc.lower(i).trim();
            nb[lo..=hi].iter().filter(|&&k| doc.lower(k).trim() == l).count() >= 2
        };
        for (r, &t) in records.iter().zip(&titles) {
            if soft_at(best, soft, t) {
                best[t] = None;
            }
            let lines = &nb[r.clone()];
            let first = lines.iter().position(|&i| sentence(i)).unwrap_or(lines.len());
            for &i in &lines[first..] {
                if sentence(i) && soft_at(best, soft, i) {
                    best[i] = None;
                }
            }
            furniture.push(nb[r.end.min(nb.len() - 1)]);
            // Outside the card's head (title to last sentence), a line found
            // in another record too is furniture as well (a kicker, a level).
            let last = lines.iter().rposition(|&i| sentence(i)).unwrap_or(0);
            for (k, &i) in lines.iter().enumerate() {
                let short = i != t && !sentence(i) && doc.feats[i].words <= FURNITURE_WORDS && !price_line(doc, i);
                let outside = i < t || k > last;
                if short && (doc.feats[i].digits > 0 || outside && recurs(i)) {
                    furniture.push(i);
                }
            }
        }
    }
    furniture
}

/// Most words of a card's name line (see `keep_card_records`).
pub const CARD_NAME_WORDS: u32 = 4;
/// Most words of a card's second line, a role or a subtitle (see `keep_card_records`).
pub const CARD_ROLE_WORDS: u32 = 6;
/// Most link lines between two cards (see `keep_card_records`).
pub const CARD_LINKS_MAX: usize = 3;

/// Cards past their links: where three kept lines in a row are a card (a
/// name: at most [`CARD_NAME_WORDS`] words, no figure, no sentence; a role:
/// at most [`CARD_ROLE_WORDS`] words, no sentence; a text: a sentence line
/// of five words or more with a stopword) and after it come at most
/// [`CARD_LINKS_MAX`] removed lines of at most two words (the card's links:
/// "LinkedIn", "Mail"), or none, the next three lines, when they are again
/// such a card and only soft signals ([`is_soft`]) remove them, stay; and so
/// on from that card: a team page's people, whose links the model reads as
/// a menu and whose later cards it then drops with them.
fn keep_card_records(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let name = |i: usize| {
        let f = &doc.feats[i];
        (1..=CARD_NAME_WORDS).contains(&f.words) && f.digits == 0 && !f.terminal && !f.colon_end && f.inner_sentences == 0
    };
    let role = |i: usize| {
        let f = &doc.feats[i];
        (1..=CARD_ROLE_WORDS).contains(&f.words) && !f.terminal && !f.colon_end && f.inner_sentences == 0
    };
    let text = |i: usize| post_sentence(doc, i, 5);
    let card = |c: &[usize]| c.len() == 3 && name(c[0]) && role(c[1]) && text(c[2]);
    let mut q = 0;
    while q + 3 <= nb.len() {
        let c = &nb[q..q + 3];
        if !(card(c) && c.iter().all(|&i| best[i].is_none())) {
            q += 1;
            continue;
        }
        let mut end = q + 3;
        loop {
            let mut r = end;
            while r < nb.len() && r - end < CARD_LINKS_MAX && best[nb[r]].is_some() && doc.feats[nb[r]].words <= 2 && !card(&nb[r..(r + 3).min(nb.len())]) {
                r += 1;
            }
            let next = &nb[r..(r + 3).min(nb.len())];
            if !card(next) || !next.iter().all(|&i| open_at(best, soft, i)) || next.iter().all(|&i| best[i].is_none()) {
                break;
            }
            for &i in next {
                best[i] = None;
            }
            end = r + 3;
        }
        q = end;
    }
}

/// Fewest entries of a schedule that `keep_schedule` keeps.
pub const SCHEDULE_MIN: usize = 3;
/// Most words of a schedule entry's time line (see `keep_schedule`).
pub const SCHEDULE_HEAD_WORDS: u32 = 8;

/// A line that opens with a time of day and goes on with a short title, no
/// sentence: "19.00 Trio Nord (SE)", "9:30 Welcome".
fn clock_lead(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    if f.words < 2 || f.words > SCHEDULE_HEAD_WORDS || f.terminal {
        return false;
    }
    let t = crate::features::trim(doc.line(i));
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let b = t.as_bytes();
    (1..=2).contains(&digits)
        && b.len() > digits + 4
        && matches!(b[digits], b':' | b'.')
        && b[digits + 1..digits + 3].iter().all(u8::is_ascii_digit)
        && b[digits + 3] == b' '
}

/// A schedule: at least [`SCHEDULE_MIN`] entries in a row, each a line
/// that opens with a time of day ([`clock_lead`]) and the sentence line
/// under it (five words or more, a sentence's end, a stopword), of which one
/// line is kept and the others only soft signals ([`is_soft`]) remove,
/// stays, with the short subheading right above it: an event's programme,
/// a conference's talks, which the model reads as a headline list.
fn keep_schedule(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let text = |i: usize| post_sentence(doc, i, 5);
    let entry = |q: usize| q + 1 < nb.len() && clock_lead(doc, nb[q]) && text(nb[q + 1]);
    let mut q = 0;
    while q < nb.len() {
        if !entry(q) {
            q += 1;
            continue;
        }
        let mut e = q;
        while entry(e + 2) {
            e += 2;
        }
        let lines = &nb[q..e + 2];
        let entries = (e - q) / 2 + 1;
        let open = lines.iter().all(|&i| open_at(best, soft, i));
        if entries >= SCHEDULE_MIN && open && lines.iter().any(|&i| best[i].is_none()) {
            for &i in lines {
                best[i] = None;
            }
            if let Some(h) = q.checked_sub(1).map(|p| nb[p]).filter(|&h| subheading(doc, h) && soft_at(best, soft, h)) {
                best[h] = None;
            }
        }
        q = e + 2;
    }
}

/// Fewest plan cards in a row that `keep_plan_cards` keeps (two are as
/// often a breadcrumb over a product's head).
pub const PLAN_CARDS_MIN: usize = 3;
/// Non-blank lines of a plan card, head to head (`keep_plan_cards`).
const PLAN_CARD_LINES: std::ops::RangeInclusive<usize> = 5..=12;
/// Most lines (a billing toggle) between plan cards and the prose line
/// that leads into them (`keep_plan_cards`).
const PLAN_LEAD_GAP: usize = 3;
/// Most words of a plan card's line (`keep_plan_cards`).
const PLAN_LINE_WORDS: u32 = 12;

/// Per non-blank line, what `keep_plan_cards` asks of it, with running
/// counts so that a card's body is checked in constant time.
struct PlanLines {
    /// A plan card's head ([`PlanLines::head`]'s first part): a name of one
    /// or two words (no digit, no sentence), kept or removed only softly.
    name: Vec<bool>,
    /// A price line ([`price_line`]).
    price: Vec<bool>,
    /// A head's value: open, and a price or at most three words, no sentence's end.
    value: Vec<bool>,
    /// Running counts (index `k` counts `nb[..k]`): lines too long for a
    /// card or priced, lines of three words or more, lines not open.
    bad: Vec<u32>,
    feature: Vec<u32>,
    closed: Vec<u32>,
}

impl PlanLines {
    fn new(doc: &Doc<'_>, nb: &[usize], open: impl Fn(usize) -> bool) -> PlanLines {
        let n = nb.len();
        let (mut name, mut price, mut value) = (vec![false; n], vec![false; n], vec![false; n]);
        let (mut bad, mut feature, mut closed) = (vec![0u32; n + 1], vec![0u32; n + 1], vec![0u32; n + 1]);
        for (k, &i) in nb.iter().enumerate() {
            let f = &doc.feats[i];
            let o = open(i);
            price[k] = price_line(doc, i);
            name[k] = o && (1..=2).contains(&f.words) && f.digits == 0 && !f.terminal && !f.colon_end;
            value[k] = o && (price[k] || (1..=3).contains(&f.words) && !f.terminal);
            bad[k + 1] = bad[k] + u32::from(f.words > PLAN_LINE_WORDS || f.inner_sentences > 0 || price[k]);
            feature[k + 1] = feature[k] + u32::from(f.words >= 3);
            closed[k + 1] = closed[k] + u32::from(!o);
        }
        PlanLines { name, price, value, bad, feature, closed }
    }

    /// A plan card's head at `nb[q]`: a name over its price or a value of
    /// at most three words ("Custom"), both kept or removed only softly.
    fn head(&self, q: usize) -> bool {
        self.name[q] && self.value.get(q + 1).copied().unwrap_or(false)
    }

    /// A head over a price.
    fn priced(&self, q: usize) -> bool {
        self.head(q) && self.price[q + 1]
    }

    /// A plan card's lines below its head and value, `nb[q + 2 .. end]`:
    /// each short ([`PLAN_LINE_WORDS`], one sentence at most) and no price
    /// (a card has one), two of them or more of three words or more (its
    /// features), all kept or removed only softly but the last two (its
    /// button, the next card's badge).
    fn body(&self, q: usize, end: usize) -> bool {
        let start = (q + 2).min(end);
        let open_end = end.saturating_sub(2).max(start);
        self.bad[end] == self.bad[start] && self.feature[end] - self.feature[start] >= 2 && self.closed[open_end] == self.closed[start]
    }
}

/// Plan cards: [`PLAN_CARDS_MIN`] cards or more in a row, each a head
/// ([`PlanLines::head`]: a plan's name over its price or "Custom") and a
/// body of short lines ([`PlanLines::body`]: the tagline and features, the
/// button), heads [`PLAN_CARD_LINES`] apart (a head over a price is
/// preferred as the next one), one value at least a price ([`price_line`]);
/// the last card is as long as the shortest before it. The lines of the
/// cards that only soft signals ([`is_soft`]), a headline run (its "Most
/// popular" badge read as a list header) or the paywall's offer rule (a
/// price per month) remove stay: a pricing page's
/// plans, which the model reads as menus. So do a prose line that leads
/// into them (at most [`PLAN_LEAD_GAP`] lines of four words or fewer above
/// the first) and the heading right above it; `drop_islands` does not take
/// them (returned: the lines kept). A menu's items have no body of features.
fn keep_plan_cards(doc: &Doc<'_>, nb: &[usize], spans: &[Span], soft: &[bool], best: &mut [Option<usize>]) -> Vec<usize> {
    // A plan's price per month reads as a subscription offer to the paywall
    // rule, and its "Most popular" badge as a related list's header: they are the card's.
    let open = |i: usize| best[i].map_or(true, |b| soft[b] || matches!(spans[b].rule, "paywall/offer" | "headline_list/run" | "headline_list/header"));
    // Most pages have no price line under a name: nothing to look for.
    let lines = PlanLines::new(doc, nb, open);
    if !(0..nb.len()).any(|q| lines.priced(q)) {
        return Vec::new();
    }
    let mut keep = Vec::new();
    let mut q = 0;
    while q + 1 < nb.len() {
        // A billing toggle ("Monthly", "Annual") over the first card is not one.
        if !lines.head(q) || (q + 1..(q + PLAN_CARD_LINES.start()).min(nb.len() - 1)).any(|r| lines.priced(r)) {
            q += 1;
            continue;
        }
        let mut heads = vec![q];
        loop {
            let last = heads[heads.len() - 1];
            let window = (last + PLAN_CARD_LINES.start())..=(last + PLAN_CARD_LINES.end()).min(nb.len().saturating_sub(2));
            let fits: Vec<usize> = window.filter(|&r| lines.head(r) && lines.body(last, r)).collect();
            match fits.iter().copied().find(|&r| lines.price[r + 1]).or_else(|| fits.last().copied()) {
                Some(r) => heads.push(r),
                None => break,
            }
        }
        if heads.len() < PLAN_CARDS_MIN || !heads.iter().any(|&h| lines.price[h + 1]) {
            q += 1;
            continue;
        }
        let shortest = heads.windows(2).map(|w| w[1] - w[0]).min().unwrap_or(0);
        let last = heads[heads.len() - 1];
        // The last card ends where a card as long as the shortest would, or
        // sooner, before what follows the cards (a sentence, a price).
        let end = (last + 3..=(last + shortest).min(nb.len())).rev().find(|&e| lines.body(last, e)).unwrap_or(last);
        // Not the badge itself.
        keep.extend(nb[heads[0]..end].iter().copied().filter(|&i| open(i) && best[i].is_some_and(|b| spans[b].rule != "headline_list/header")));
        // The lead-in above the cards, across a billing toggle, and its heading.
        let lead = (heads[0].saturating_sub(PLAN_LEAD_GAP + 1)..heads[0]).rev().take_while(|&r| open(nb[r])).find(|&r| prose(doc, nb[r]));
        if let Some(r) = lead.filter(|&r| nb[r + 1..heads[0]].iter().all(|&i| doc.feats[i].words <= 4)) {
            keep.push(nb[r]);
            keep.extend(r.checked_sub(1).map(|h| nb[h]).filter(|&h| open(h) && (title_like(doc, h) || subheading(doc, h))));
        }
        q = end.max(q + 1);
    }
    for &i in &keep {
        best[i] = None;
    }
    keep
}

/// Fewest priced rows of a price table that `keep_price_table` keeps.
pub const PRICE_ROWS_MIN: usize = 2;
/// Most words of a price table's row label (see `keep_price_table`).
pub const PRICE_LABEL_WORDS: u32 = 8;

/// A price table right after the text: where the line right after a kept
/// line is a subheading that is kept or only soft signals ([`is_soft`]) remove, and
/// under it come rows of two lines, a label (at most [`PRICE_LABEL_WORDS`]
/// words, no price, no sentence) over its price ([`price_line`]; the last
/// row's value may be one word: "Free"), at least [`PRICE_ROWS_MIN`] rows
/// with a price, all kept or only softly removed, the heading and the rows stay, and
/// so does a sentence line right after them (the terms): an event's ticket
/// tiers, a service's rates, which the model reads as a menu.
fn keep_price_table(doc: &Doc<'_>, nb: &[usize], soft: &[bool], best: &mut [Option<usize>]) {
    let label = |i: usize| {
        let f = &doc.feats[i];
        (1..=PRICE_LABEL_WORDS).contains(&f.words) && !f.terminal && !price_line(doc, i)
    };
    let open = |best: &[Option<usize>], i: usize| open_at(best, soft, i);
    for q in 1..nb.len() {
        let h = nb[q];
        if best[nb[q - 1]].is_some() || !subheading(doc, h) || !open(best, h) {
            continue;
        }
        let (mut r, mut priced) = (q + 1, 0);
        while r + 1 < nb.len() && label(nb[r]) && open(best, nb[r]) && open(best, nb[r + 1]) {
            if price_line(doc, nb[r + 1]) {
                priced += 1;
            } else if !(doc.feats[nb[r + 1]].words == 1 && doc.feats[nb[r + 1]].digits == 0 && priced > 0) {
                break;
            } else {
                r += 2;
                break;
            }
            r += 2;
        }
        if priced < PRICE_ROWS_MIN {
            continue;
        }
        for &i in &nb[q..r] {
            best[i] = None;
        }
        if let Some(&t) = nb.get(r).filter(|&&t| sentence_line(doc, t, 5) && soft_at(best, soft, t)) {
            best[t] = None;
        }
    }
}

/// Data lines at and above which `keep_item_list` keeps a list.
pub const LIST_DATA_MIN: usize = 3;
/// Data lines of a list that `keep_item_list` keeps without kept prose next to it.
pub const LIST_ALONE: usize = 6;
/// Share of data lines such a list needs (see [`LIST_ALONE`]).
pub const LIST_ALONE_SHARE: f32 = 0.9;

/// Share of data lines at and above which `keep_item_list` keeps a list.
pub const LIST_DATA_SHARE: f32 = 0.4;

/// A line that carries no body signal of its own: short and without a sentence.
fn neutral(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    f.words <= 3 || (f.words < 8 && !f.terminal && f.inner_sentences == 0)
}

/// Names the category of short generic removals inside one detector's block:
/// a run of at most two non-blank lines that only the generic signals (or
/// [`smooth`]) remove, whose nearest non-blank neighbours a specific detector
/// removes under one category (a foreign promo's heading between two parts
/// of the promo), is logged under that category; such a run of headlines
/// right under a related-stories header is logged as a headline list.
/// Verdicts do not change.
fn relabel_inside(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    let weak = |spans: &[Span], b: usize| generic(&spans[b]) || spans[b].rule == SMOOTH_RULE;
    let specific = |spans: &[Span], best: &[Option<usize>], i: Option<usize>| {
        let b = best[i?]?;
        (!weak(spans, b) && spans[b].category != Category::Other).then_some(spans[b].category)
    };
    let mut i = 0;
    let mut run = Vec::new();
    while i < best.len() {
        if doc.lines[i].blank || !best[i].is_some_and(|b| weak(spans, b)) {
            i += 1;
            continue;
        }
        run.clear();
        run.push(i);
        let mut j = i;
        while let Some(n) = doc.next_nonblank(j).filter(|&n| best[n].is_some_and(|b| weak(spans, b))) {
            run.push(n);
            j = n;
        }
        i = j + 1;
        if run.len() > 2 {
            continue;
        }
        // One or two headlines right under a related-stories header (a box
        // the run rule found too short) are the header's list.
        let header_before = doc.prev_nonblank(run[0]).and_then(|p| best[p]).is_some_and(|b| spans[b].rule == "headline_list/header");
        if header_before && run.iter().all(|&m| !prose(doc, m) && best[m].is_some_and(|b| spans[b].category != Category::HeadlineList)) {
            spans.push(Span::lines(run[0]..j + 1, Category::HeadlineList, "decide/under-header", THRESHOLD, "headline under a related-stories header"));
            let si = spans.len() - 1;
            for &m in &run {
                best[m] = Some(si);
            }
            continue;
        }
        let (Some(before), Some(after)) = (specific(spans, best, doc.prev_nonblank(run[0])), specific(spans, best, doc.next_nonblank(j))) else { continue };
        if before == after && run.iter().any(|&m| best[m].is_some_and(|b| spans[b].category != before)) {
            spans.push(Span::lines(run[0]..j + 1, before, "decide/inside-removal", THRESHOLD, "short line inside a removed block of one category"));
            let si = spans.len() - 1;
            for &m in &run {
                best[m] = Some(si);
            }
        }
    }
}

/// Rule id of [`smooth`]'s removals.
const SMOOTH_RULE: &str = "decide/between-removed";
/// Rule id of `drop_islands`' spans.
const ISLAND_RULE: &str = "decide/island";

/// Removes short neutral runs (≤ 2 lines) whose nearest non-blank neighbours are both removed.
fn smooth(doc: &Doc<'_>, spans: &mut Vec<Span>, best: &mut [Option<usize>]) {
    let n = doc.len();
    let mut i = 0;
    let mut members = Vec::new();
    while i < n {
        if doc.lines[i].blank || best[i].is_some() {
            i += 1;
            continue;
        }
        // A run of kept non-blank lines (blank lines inside allowed).
        let start = i;
        members.clear();
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
        spans.push(Span::lines(lines, cat, SMOOTH_RULE, THRESHOLD, "short line between removed blocks"));
        let si = spans.len() - 1;
        for &m in &members {
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

    #[test]
    fn release_heads_are_versions_not_dates() {
        let doc = Doc::analyse("Version 4.12.0\nRelease 2.1\nNov 14\nStep 3\nv4.12.0\nVersion 4.12.0 is out now.\n", None, &[]);
        let heads: Vec<Option<(String, usize)>> = (0..6).map(|i| release_head(&doc, i)).collect();
        assert_eq!(heads[0], Some(("version".to_string(), 2)));
        assert_eq!(heads[1], Some(("release".to_string(), 2)));
        assert_eq!(heads[2..], [None, None, None, None]);
    }

    #[test]
    fn head_above_byline_and_date_stays() {
        let t = format!(
            "{MENU}Council approves new budget after long debate\nMembers back the council budget for the coming year despite concerns over roads.\nBy Jane Marsh\nPublished 3 March 2025, 10:15\n{ARTICLE}"
        );
        let doc = Doc::analyse(&t, None, &[]);
        let spans = vec![
            Span::lines(0..6, Category::Navigation, "navigation/link", 0.9, "test"),
            Span::lines(6..8, Category::HeadlineList, "headline_list/run", 0.85, "test"),
            Span::lines(8..9, Category::Byline, "byline/by", 0.85, "test"),
            Span::lines(9..10, Category::Byline, "byline/dateline", 0.8, "test"),
        ];
        let d = decide(&doc, spans, &[]);
        assert_eq!(d.verdicts[6], Verdict::Keep, "headline");
        assert_eq!(d.verdicts[7], Verdict::Keep, "standfirst");
        assert!(matches!(d.verdicts[8], Verdict::Remove(_)) && matches!(d.verdicts[9], Verdict::Remove(_)));
    }

    #[test]
    fn live_blog_entry_times_stay() {
        let entry = "The council said the budget vote would go ahead this evening despite the long debate in the chamber.";
        let t = format!("15:42\n{entry}\n15:20\n{entry}\n14:58\n{entry}\n");
        let doc = Doc::analyse(&t, None, &[]);
        let spans = vec![Span::lines(0..1, Category::Navigation, "quality/menu-like", 0.7, "test"), Span::lines(4..5, Category::Navigation, "quality/menu-like", 0.7, "test")];
        let d = decide(&doc, spans, &[]);
        assert!((0..6).all(|i| d.verdicts[i] == Verdict::Keep));
        assert!(clock_line(&doc, 0) && !clock_line(&doc, 1));
    }

    #[test]
    fn facet_counts_are_told_from_data() {
        assert!(facet_count("2 person (22)"));
        assert!(facet_count("Under $200 (11)"));
        assert!(facet_count("Ridgeback (1,204)"));
        assert!(!facet_count("285 g (talla 38)"));
        assert!(!facet_count("(412)"));
        assert!(!facet_count("Weight"));
        assert!(!facet_count("Brand ()"));
    }

    #[test]
    fn ratings_are_told_from_data() {
        let text = "4,8 sur 5\n(56 avis)\n★★★★☆\n-20 %\n4.5 out of 5\n4.8 (412 reviews)\n4,6 (188)\n1 / 5\n(2019)\n42 cm\n64,90 €\nRated 5 stars by our team.\n2.0 (beta)\n12.5 (2024 model)\n228 g (UK 5)";
        let doc = Doc::analyse(text, None, &[]);
        let got: Vec<bool> = (0..doc.len()).map(|i| rating_line(&doc, i)).collect();
        assert_eq!(got, [true, true, true, true, true, true, true, false, false, false, false, false, false, false, false]);
    }

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
    fn generic_line_inside_one_detectors_block_takes_its_category() {
        let t = format!("{ARTICLE}Promo line one in another language, with an offer.\nMORE STORIES\nPromo line two in another language, with an offer.\n");
        let doc = Doc::analyse(&t, None, &[]);
        let spans = vec![
            Span::lines(6..7, Category::ForeignPromo, "foreign_promo/block", 0.9, "test"),
            Span::lines(7..8, Category::HeadlineList, "quality/headline-like", 0.9, "test"),
            Span::lines(8..9, Category::ForeignPromo, "foreign_promo/block", 0.9, "test"),
        ];
        let d = decide(&doc, spans, &[]);
        let Verdict::Remove(si) = d.verdicts[7] else { panic!("line 7 kept") };
        assert_eq!((d.spans[si].category, d.spans[si].rule), (Category::ForeignPromo, "decide/inside-removal"));
    }

    #[test]
    fn a_listing_keeps_its_records_around_their_kept_descriptions() {
        let mut t = String::new();
        for k in 0..4 {
            t.push_str(&format!("Fri, 2{k}.11.2026, 20:00\nEvening concert number {k} in the hall\nCity Concert Hall\nThe ensemble plays two quintets by Schubert and Brahms tonight.\nTickets\n"));
        }
        let doc = Doc::analyse(&t, None, &[]);
        // The model removes everything but the descriptions (lines 3, 8, 13, 18).
        let spans: Vec<Span> = (0..doc.len()).filter(|i| i % 5 != 3).map(|i| Span::lines(i..i + 1, Category::Navigation, "quality/menu-like", 0.9, "test")).collect();
        let d = decide(&doc, spans, &[]);
        let kept: Vec<usize> = (0..doc.len()).filter(|&i| !doc.lines[i].blank && d.verdicts[i] == Verdict::Keep).collect();
        assert_eq!(kept, (0..20).collect::<Vec<_>>());
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
    fn keeping_other_keeps_islands() {
        let t = format!("{ARTICLE}{MENU}Prices shown include sales tax and free delivery on every order.\n");
        let doc = Doc::analyse(&t, None, &[]);
        let spans = vec![Span::lines(6..12, Category::Navigation, "navigation/link", 0.9, "test")];
        let d = decide(&doc, spans, &[Category::Other]);
        assert_eq!(d.verdicts[12], Verdict::Keep);
    }

    #[test]
    fn prose_the_model_alone_removes_stays() {
        // The model takes every prose line of the page: its context misread the page.
        let t = format!("{MENU}{ARTICLE}");
        assert_eq!(kept(&t, 0..6, Some(6..12)), (6..12).collect::<Vec<_>>());
    }

    const P1: &str = "Create one pool when your application starts and share it between all the tasks that need it.";
    const P2: &str = "When the with block ends, the connection goes back to the pool instead of being closed.";

    fn verdicts(text: &str, spans: Vec<Span>) -> Vec<Verdict> {
        let doc = Doc::analyse(text, Some(crate::Lang::Eng), &[]);
        decide(&doc, spans, &[]).verdicts
    }

    fn model(lines: std::ops::Range<usize>) -> Span {
        Span::lines(lines, Category::Navigation, "quality/menu-like", 0.9, "test")
    }

    #[test]
    fn a_sections_paragraph_in_its_own_words_stays_when_weakly_removed() {
        let section = "Battery life\nWe measured seven hours and forty minutes of playback with noise cancelling on, and close to ten hours without it.\nSubscribe\nTen tips for a cheaper energy bill this winter\nContact\n";
        let t = format!("{ARTICLE}{section}");
        let at = |score: f32| {
            let cta = Span::lines(8..9, Category::CallToAction, "call_to_action/phrase", 0.9, "test");
            let teaser = Span::lines(9..10, Category::Other, "quality/low-quality", 0.7, "test");
            let nav = Span::lines(10..11, Category::Navigation, "navigation/link", 0.9, "test");
            verdicts(&t, vec![Span::lines(7..8, Category::Other, "quality/low-quality", score, "test"), cta, teaser, nav])[7]
        };
        assert_eq!(at(0.7), Verdict::Keep);
        // Removed strongly, a paragraph off the article's topic goes (a teaser, a comment).
        assert!(matches!(at(0.9), Verdict::Remove(_)));
    }

    #[test]
    fn the_article_goes_on_past_a_box_of_labels() {
        let rest = "Benchmark\nCorvane Aero 14\nHalden Slate 14\nRival average\nBattery life\nThis is where the laptop stands out: in our standard test, which loops web browsing and video, it lasted fourteen hours.\nSubscribe\nTen tips for a cheaper energy bill this winter\nContact\n";
        let t = format!("{ARTICLE}{rest}");
        let spans = vec![
            model(6..11),
            Span::lines(11..12, Category::Other, "quality/low-quality", 0.7, "test"),
            Span::lines(12..13, Category::CallToAction, "call_to_action/phrase", 0.9, "test"),
            Span::lines(13..14, Category::Other, "quality/low-quality", 0.7, "test"),
            Span::lines(14..15, Category::Navigation, "navigation/link", 0.9, "test"),
        ];
        let v = verdicts(&t, spans);
        let kept: Vec<usize> = (6..15).filter(|&i| v[i] == Verdict::Keep).collect();
        assert_eq!(kept, [10, 11], "{v:?}");
    }

    #[test]
    fn a_section_after_a_related_box_is_no_island() {
        let rest = "Read more\nBerlin festival: the French films in competition\nInterview with the director about her grandmother's house\nThe sea as character\nThe photography turns the sea into a character of its own, with tides that rise and fall with the family's quarrels.\nOne could fault the last half hour for running long, and the reconciliation scene for coming too predictably.\nNewsletter\nSign up\nContact\nImprint\nPrivacy\nCookies\n";
        let t = format!("{ARTICLE}{rest}");
        let spans = vec![
            Span::lines(6..7, Category::HeadlineList, "headline_list/header", 0.9, "test"),
            model(7..9),
            Span::lines(12..18, Category::Navigation, "navigation/link", 0.9, "test"),
        ];
        let v = verdicts(&t, spans);
        assert!(v[9..12].iter().all(|v| *v == Verdict::Keep), "{v:?}");
    }

    #[test]
    fn a_products_list_sections_stay_after_its_description() {
        let page = "Description\nThe Tempo Glide is our lightest everyday trainer yet. A new foam midsole gives you a soft landing and a lively toe-off.\nFeatures\nNitrogen-infused foam midsole for cushioning and rebound\nEngineered mesh upper with recycled yarns\nReflective details for low-light running\nSpecifications\nWeight\n228 g (UK 5)\nSupport\nNeutral\nBest for\nDaily training, long runs\n\nRecently viewed\n";
        let t = format!("{ARTICLE}{page}");
        let v = verdicts(&t, vec![model(8..19)]);
        assert!(v[8..19].iter().all(|v| *v == Verdict::Keep), "{v:?}");
        // With no kept prose right above, a "Features" list is a menu's.
        let (_, lists) = page.split_once("Features\n").unwrap();
        let t = format!("{ARTICLE}Newsletter\nFeatures\n{lists}");
        let v = verdicts(&t, vec![Span::lines(6..7, Category::CallToAction, "call_to_action/phrase", 0.9, "test"), model(7..17)]);
        assert!(v[7..17].iter().all(|v| matches!(v, Verdict::Remove(_))), "{v:?}");
    }

    #[test]
    fn the_article_goes_on_past_a_related_box_under_a_subheading() {
        let rest = "Read more\nMudflats, birds and turbines: the long battle over the bay\nThe towns hoping a new budget will bring back the jobs\nWhat happens next\nThe council must now find the rest of the budget money, with a final decision on the spending expected in the spring.\n";
        let t = format!("{ARTICLE}{rest}");
        let header = Span::lines(6..7, Category::HeadlineList, "headline_list/header", 0.9, "test");
        let v = verdicts(&t, vec![header, model(7..11)]);
        assert!(v[7..9].iter().all(|v| matches!(v, Verdict::Remove(_))), "{v:?}");
        assert!(v[9..11].iter().all(|v| *v == Verdict::Keep), "{v:?}");
    }

    #[test]
    fn testimonials_stay_without_their_names() {
        let quotes = "What customers say\n\"A pipe burst on a Sunday morning and someone was at the door within the hour.\"\nMarloes, Haren\n\"Clear quote, the appointment was kept and the fitter cleaned up after himself.\"\nJeroen, Zuidhorn\n";
        let t = format!("{ARTICLE}Pricing\nSign up\nLog in\nContact sales\n{quotes}");
        let nav = Span::lines(6..10, Category::Navigation, "navigation/link", 0.9, "test");
        let v = verdicts(&t, vec![nav, model(10..15)]);
        let kept: Vec<usize> = (10..15).filter(|&i| v[i] == Verdict::Keep).collect();
        assert_eq!(kept, [11, 13], "{v:?}");
    }

    #[test]
    fn named_cards_between_kept_prose_stay() {
        let cards = "Our classes\nHatha Yoga\nCalm, clearly guided classes with a focus on posture and breathing.\nVinyasa Flow\nDynamic sequences in the rhythm of the breath, for those who like to move.\nYin Yoga\nLong held positions that open the fascia and the joints very gently.\n";
        let t = format!("{ARTICLE}{cards}{P1}\n");
        let v = verdicts(&t, vec![model(6..13)]);
        assert!(v[6..13].iter().all(|v| *v == Verdict::Keep), "{v:?}");
        // After the last kept paragraph (a sidebar's list) they stay removed.
        let t = format!("{ARTICLE}{cards}");
        let v = verdicts(&t, vec![model(6..13)]);
        assert!(v[6..13].iter().all(|v| matches!(v, Verdict::Remove(_))), "{v:?}");
    }

    #[test]
    fn named_cards_may_start_before_the_first_kept_prose() {
        let cards = "What we do\nYear-end accounts\nWe prepare and file your annual accounts and make sure nothing is missed.\nTax returns\nYour personal tax return done for you, with reminders before the deadline.\nVAT returns\nQuarterly VAT returns submitted through the software, checked by a real person.\nPayroll\nPayslips, submissions and pension enrolment for teams of one to fifty.\n";
        let t = format!("Home\nPricing\n{cards}{ARTICLE}");
        let nav = Span::lines(0..2, Category::Navigation, "navigation/link", 0.9, "test");
        // The model takes the first two cards; the later ones are kept.
        let v = verdicts(&t, vec![nav, model(2..7)]);
        assert!(v[2..11].iter().all(|v| *v == Verdict::Keep), "{v:?}");
    }

    #[test]
    fn the_lede_above_a_box_of_figures_stays() {
        let lede = "The council budget for the coming year was approved on Monday. Members said the budget protects local services.\n";
        let t = format!("Home\n{lede}Council shares\nCNL\n14,82\n-8,4 %\nHigh 16,10\n{ARTICLE}");
        let nav = Span::lines(0..1, Category::Navigation, "navigation/link", 0.9, "test");
        let v = verdicts(&t, vec![nav, model(1..7)]);
        assert_eq!(v[1], Verdict::Keep, "{v:?}");
        assert!(v[2..7].iter().all(|v| matches!(v, Verdict::Remove(_))), "{v:?}");
    }

    #[test]
    fn plan_cards_stay_across_offer_prices_and_a_badge() {
        let cards = "Sole Trader\n£45 per month\nSelf Assessment tax return\nBookkeeping software included\nEmail support included\nMost popular\nLimited Company\n£129 per month\nYear-end accounts and tax\nQuarterly VAT returns filed\nPayroll for two directors\nGet started\nGrowth\n£295 per month\nMonthly management accounts\nPayroll for fifteen employees\nQuarterly planning call included\nGet started\n";
        let t = format!("{ARTICLE}{cards}");
        let offer = |i: usize| Span::lines(i..i + 1, Category::Paywall, "paywall/offer", 0.8, "test");
        let badge = Span::lines(11..12, Category::HeadlineList, "headline_list/header", 0.9, "test");
        let v = verdicts(&t, vec![model(6..24), offer(7), offer(13), offer(19), badge]);
        for i in [6, 7, 8, 12, 13, 14, 18, 19, 20] {
            assert_eq!(v[i], Verdict::Keep, "line {i}: {v:?}");
        }
        assert!(matches!(v[11], Verdict::Remove(_)), "the badge goes: {v:?}");
    }

    #[test]
    fn plan_cards_keep_their_price_units_and_their_last_card() {
        // "per month" after every price is no grid button; the last card ends before the sentence after it.
        let cards = "Sole Trader\n£45\nper month\nSelf Assessment tax return\nBookkeeping software included\nUnlimited email support\nChoose Sole Trader\nLimited Company\n£119\nper month\nYear-end accounts and tax return\nQuarterly VAT returns filed\nPayroll for one director\nChoose Limited Company\nGrowing Business\n£249\nper month\nMonthly bookkeeping by our team\nPayroll for ten employees\nQuarterly management accounts\nChoose Growing Business\nNeed something different? Talk to us\n";
        let t = format!("{ARTICLE}{cards}");
        let v = verdicts(&t, vec![model(6..28)]);
        let kept: Vec<usize> = (6..28).filter(|&i| v[i] == Verdict::Keep).collect();
        assert_eq!(kept, (6..27).collect::<Vec<_>>(), "{v:?}");
    }

    #[test]
    fn a_recipe_cards_lists_stay() {
        let card = "Ingredients\n200 g flour\nFor the topping\n2 eggs\n1 pinch of salt\nCook Mode\nKeep your screen on\nInstructions\nMix the flour with the eggs in a bowl.\nBake it for twenty minutes in the oven.\nNutrition\n";
        let t = format!("{ARTICLE}Pricing\nSign up\nLog in\nContact sales\n{card}");
        let nav = Span::lines(6..10, Category::Navigation, "navigation/link", 0.9, "test");
        let v = verdicts(&t, vec![nav, model(10..21)]);
        let kept: Vec<usize> = (10..21).filter(|&i| v[i] == Verdict::Keep).collect();
        // The ingredients (with their group label) and the steps come back; the card's controls and the next heading do not.
        assert_eq!(kept, [10, 11, 12, 13, 14, 17, 18, 19], "{v:?}");
    }

    #[test]
    fn questions_with_their_answers_stay() {
        let faq = "Frequently asked questions\nCan I switch plans later?\nYes, you can upgrade or downgrade at any time and we prorate the difference.\nWhere is my data stored?\nIn data centres in Ireland, and business customers can choose the region.\n";
        let t = format!("{ARTICLE}Pricing\nSign up\nLog in\nContact sales\n{faq}");
        let nav = || Span::lines(6..10, Category::Navigation, "navigation/link", 0.9, "test");
        // Past the page's links the model takes the questions and answers: they come back with their heading.
        let v = verdicts(&t, vec![nav(), model(10..15)]);
        assert!(v[10..15].iter().all(|v| *v == Verdict::Keep), "{v:?}");
        // A comment thread's questions and replies stay removed.
        let v = verdicts(&t, vec![nav(), Span::lines(10..15, Category::Comments, "comments/thread", 0.93, "test")]);
        assert!(v[10..15].iter().all(|v| matches!(v, Verdict::Remove(_))), "{v:?}");
    }

    #[test]
    fn reviews_whose_counters_differ_keep_their_texts() {
        // After the product's text, reviews: title, a byline with an initial (not the review's
        // text), text, "Report", "Helpful (N)" with a different count under each.
        let t = format!("{ARTICLE}Lovely story, slow middle\nby M. Brodersen on 6.2.2026\nThe writing about the coast is wonderful, but the middle part drags on for far too long.\nReport\nHelpful (14)\n\nCould not put it down\nby K. Lund on 2.2.2026\nThe two sisters moved me deeply and the chapters set in the sixties are the best of it.\nReport\nHelpful (6)\n");
        let doc = Doc::analyse(&t, Some(crate::Lang::Eng), &[]);
        let spans = vec![
            Span::lines(7..8, Category::Byline, "byline/dateline", 0.9, "test"),
            Span::lines(13..14, Category::Byline, "byline/dateline", 0.9, "test"),
            Span::lines(6..7, Category::Other, "quality/low-quality", 0.9, "test"),
            Span::lines(8..11, Category::Other, "quality/low-quality", 0.9, "test"),
            Span::lines(12..13, Category::Other, "quality/low-quality", 0.9, "test"),
            Span::lines(14..17, Category::Other, "quality/low-quality", 0.9, "test"),
        ];
        let d = decide(&doc, spans, &[]);
        let kept: Vec<usize> = (6..doc.len()).filter(|&i| d.verdicts[i] == Verdict::Keep && !doc.lines[i].blank).collect();
        assert!(kept.contains(&8) && kept.contains(&14), "{kept:?}");
        assert!(!kept.iter().any(|i| [7, 9, 10, 13, 15, 16].contains(i)), "{kept:?}");
    }

    #[test]
    fn a_reviews_title_is_not_the_chrome_before_it() {
        // Title, name, date, text, "Helpful (N)", "Report": the farthest short line
        // before the next text is the last review's "Report", not a title.
        let reviews = "Reviews\nSort by\nMost recent\nSo comfortable on long runs\nLaura M.\n12 February 2026\nI did a long training run in these on their second outing and had no blisters at all.\nHelpful (34)\nReport\nGreat shoe, narrow toe box\nHannah\n3 February 2026\nLove the cushioning and the weight, but the toe box is a bit narrow for my wide feet.\nHelpful (19)\nReport\n";
        let t = format!("{ARTICLE}{reviews}");
        let doc = Doc::analyse(&t, Some(crate::Lang::Eng), &[]);
        let spans = vec![model(6..21)];
        let soft = [is_soft(&doc, &spans[0])];
        let nb: Vec<usize> = (0..doc.len()).filter(|&i| !doc.lines[i].blank).collect();
        let mut best: Vec<Option<usize>> = (0..doc.len()).map(|i| (i >= 6).then_some(0)).collect();
        keep_review_texts(&doc, &nb, &spans, &soft, &mut best);
        let kept: Vec<usize> = (6..21).filter(|&i| best[i].is_none()).collect();
        assert_eq!(kept, [9, 12, 15, 18]);
    }

    #[test]
    fn reviews_far_below_the_text_are_no_islands_but_teasers_are() {
        let mut reviews = String::new();
        for (title, name, text) in [
            ("Quiet and quick", "Anna", "It boils a full jug in under three minutes and you can hardly hear it, which I love."),
            ("Handle gets warm", "Tom", "Works well, but the handle gets rather warm when the jug is full, so be careful."),
            ("Great value", "Lena", "For the price it is really well made, and the limescale filter is easy to clean."),
        ] {
            reviews.push_str(&format!("{title}\n{name}\nVerified buyer\n{text}\nHelpful\n"));
        }
        let t = format!("{ARTICLE}Specifications\nDelivery\nReturns\nWarranty\nStores\nContact\nHelp\n{reviews}");
        let spans = |n: usize| vec![Span::lines(6..13, Category::Navigation, "navigation/link", 0.9, "test"), model(13..n)];
        let v = verdicts(&t, spans(28));
        assert!([16, 21, 26].iter().all(|&i| v[i] == Verdict::Keep), "{v:?}");
        // The same cards with a "Read more" link are teasers: far from the text, they go.
        let t = t.replace("Helpful", "Read more");
        let v = verdicts(&t, spans(28));
        assert!([16, 21, 26].iter().all(|&i| matches!(v[i], Verdict::Remove(_))), "{v:?}");
    }

    #[test]
    fn code_between_kept_paragraphs_stays() {
        let t = format!("{P1}\npool = Pool(dsn)\nwith pool.connection() as conn:\n{P2}\n");
        let v = verdicts(&t, vec![model(1..3)]);
        assert_eq!(&v[..4], &[Verdict::Keep; 4]);
    }

    #[test]
    fn a_code_block_under_its_tabs_stays() {
        let code = "refund = client.create(\npayment=\"pay_1\",\namount=1500,\nreason=\"duplicate\",\n)";
        let t = format!("{P1}\nRequest\nPython\nNode.js\nCopy\n{code}\nResponse\n{P2}\n");
        let v = verdicts(&t, vec![model(1..12)]);
        assert_eq!(&v[5..10], &[Verdict::Keep; 5]);
    }

    #[test]
    fn a_pull_quote_repeating_a_kept_sentence_goes() {
        let para = "The herd came down early this year. What makes them leave is that they cannot sleep, not the solitude. The shepherd has worked the pasture for six summers now.";
        let t = format!("{P1}\n{para}\n« What makes them leave is that they cannot sleep, not the solitude. »\n{P2}\n");
        let v = verdicts(&t, vec![]);
        assert!(matches!(v[2], Verdict::Remove(_)));
        assert_eq!([v[0], v[1], v[3]], [Verdict::Keep; 3]);
    }

    #[test]
    fn promo_between_paragraphs_goes() {
        let t = format!("{P1}\nSign up for our newsletter\nGet it every morning\n{P2}\n");
        let cta = Span::lines(1..3, Category::CallToAction, "call_to_action/phrase", 0.9, "test");
        let v = verdicts(&t, vec![cta]);
        assert!(matches!(v[1], Verdict::Remove(_)) && matches!(v[2], Verdict::Remove(_)));
    }

    #[test]
    fn run_after_the_last_paragraph_goes() {
        let t = format!("{P1}\n{P2}\nPrivacy\nTerms\nContact us\n");
        let v = verdicts(&t, vec![model(2..5)]);
        assert!(v[2..5].iter().all(|v| matches!(v, Verdict::Remove(_))));
    }

    #[test]
    fn headed_headline_run_between_paragraphs_goes() {
        let t = format!("{P1}\nRelated articles\nFloods close the coast road again\nCouncil approves the new budget\n{P2}\n");
        let run = Span::lines(1..4, Category::HeadlineList, "headline_list/run", 0.9, "test");
        let v = verdicts(&t, vec![run]);
        assert!(v[1..4].iter().all(|v| matches!(v, Verdict::Remove(_))));
    }

    #[test]
    fn documentation_page_is_recognised() {
        let docs = format!("{P1}\nfrom tessera import Pool\npool = Pool(dsn, max_size=10)\nwith pool.connection() as conn:\nrows = conn.execute(query)\n{P2}\n");
        let doc = Doc::analyse(&docs, Some(crate::Lang::Eng), &[]);
        assert!(code_between_prose(&doc));
        // Template placeholders that share no word with the text around them.
        let widget = format!("{P1}\n{{* backButton *}}\n{{* #signInForm *}} {{* emailAddress *}}\n{{* submitButton *}}\n{P2}\n");
        let doc = Doc::analyse(&widget, Some(crate::Lang::Eng), &[]);
        assert!(!code_between_prose(&doc));
        // Code after the last paragraph is not between paragraphs.
        let tail = format!("{P1}\n{P2}\npool = Pool(dsn)\npool.close()\nwith pool.connection() as conn:\n");
        let doc = Doc::analyse(&tail, Some(crate::Lang::Eng), &[]);
        assert!(!code_between_prose(&doc));
    }
    #[test]
    fn spec_list_after_description_stays() {
        let t = format!("{P1}\nSpecifications\nCapacity: 1.0 L\nMaterial: stainless steel\nWeight\n0.7 kg\nCord length: 75 cm\n");
        let v = verdicts(&t, vec![model(1..7)]);
        assert_eq!(&v[..7], &[Verdict::Keep; 7]);
    }

    #[test]
    fn a_spec_list_with_distinct_keys_stays_alone() {
        let t = "Season calendar\nRound 1: 10 March, Northfield\nRound 2: 8 April, Lakeside\nRound 3: 22 April, Old Quay\nRound 4: 6 May, Hilltop\nRound 5: 20 May, Riverside\nRound 6: 5 August, Northfield\nDates may change.\n";
        assert_eq!(kept_by_model(t, 1..7), (0..8).collect::<Vec<_>>());
        // A cookie table repeats its keys: it goes.
        let t = "Cookie settings\nName: _ga\nProvider: example.com\nExpiry: 2 years\nName: _gid\nProvider: example.com\nExpiry: 1 day\nSave\n";
        assert!(kept_by_model(t, 1..7).iter().all(|&i| !(1..7).contains(&i)));
    }

    #[test]
    fn ingredients_before_the_steps_stay() {
        let t = format!("Ingredients\n2 tablespoons olive oil\n1 large onion, chopped\n400 g chopped tomatoes\nSalt, to taste\nMethod\n{P1}\n");
        let v = verdicts(&t, vec![model(0..6)]);
        assert!(v[1..6].iter().all(|v| *v == Verdict::Keep));
    }

    #[test]
    fn dated_headlines_after_the_article_go() {
        let t = format!("{P1}\n{P2}\nMore news\n12.11.2021 Synod meets again in Berlin\n11.11.2021 Bishop calls for release of prisoners\nNovember 10, 2021\nCouncil opens new youth centre\nNovember 9, 2021\n");
        let v = verdicts(&t, vec![model(2..8)]);
        assert!(v[2..8].iter().all(|v| matches!(v, Verdict::Remove(_))));
    }

    #[test]
    fn a_listings_first_and_last_records_stay() {
        let card = |title: &str, km: &str| format!("{title}\nModerate\n·\n{km} km\n·\n480 m\n{P1}\n4.8 (2,017)\n");
        let t = format!("Show map\n{}{}{}{}", card("Loch an Eilein loop", "6.2"), card("Glen Feshie to Carn Ban Mor", "14.3"), card("Meall a' Bhuachaille", "8.1"), card("Chalamain Gap", "17.9"));
        // The first card's head and the last card's rating are removed, the rest is kept
        // but the ratings ("4.8 (2,017)"), which go last of all.
        let v = verdicts(&t, vec![model(0..7), model(31..32)]);
        assert!(matches!(v[0], Verdict::Remove(_)), "the line before the first card goes");
        assert!(v[1..32].iter().enumerate().all(|(k, v)| (*v == Verdict::Keep) == ((k + 1) % 8 != 0)), "{v:?}");
    }

    #[test]
    fn code_a_paragraph_announces_stays() {
        let t = format!("{P1}\n{P2}\nIf you can install another library, it can run the aggregation directly on the file:\nimport duckdb\nduckdb.sql(query).df()\nShare\n");
        let share = Span::lines(5..6, Category::Navigation, "navigation/share", 0.9, "test");
        let v = verdicts(&t, vec![model(3..5), share]);
        assert!(v[..5].iter().all(|v| *v == Verdict::Keep));
        assert!(matches!(v[5], Verdict::Remove(_)));
    }

    #[test]
    fn later_sections_of_the_article_stay() {
        let t = format!("{P1}\n{P2}\n{P1}\n{P2}\nEconomy\n{P2}\n{P1}\nSee also\nHome\n");
        let v = verdicts(&t, vec![model(4..9)]);
        assert!(v[..7].iter().all(|v| *v == Verdict::Keep));
        assert!(v[7..9].iter().all(|v| matches!(v, Verdict::Remove(_))));
    }

    #[test]
    fn later_posts_of_a_thread_stay() {
        let t = format!("Tomatoes turning black\n{P1}\n{P2}\n{P1}\nTop\nRe: Tomatoes turning black at the bottom\nPosted by gerard\n{P2}\nTop\nRe: Tomatoes turning black at the bottom\nPosted by anna\n{P1}\nTop\nReply\n");
        let v = verdicts(&t, vec![model(4..14)]);
        assert_eq!(v[7], Verdict::Keep);
        assert_eq!(v[11], Verdict::Keep);
        assert!(matches!(v[13], Verdict::Remove(_)));
    }

    #[test]
    fn the_intro_before_the_article_stays() {
        let t = format!("Home\nRecipes\n{P1}\n{P2}\n{P1}\n{P2}\n");
        let v = verdicts(&t, vec![model(0..3)]);
        assert!(matches!(v[1], Verdict::Remove(_)));
        assert_eq!(v[2], Verdict::Keep);
    }

    #[test]
    fn teasers_under_a_related_header_go() {
        let teaser = "Ten easy recipes for a quick summer dinner with friends and family in the garden.";
        let t = format!("{P1}\n{P2}\nYou may also like\n{teaser}\nShare\n{teaser}\n");
        let header = Span::lines(2..3, Category::HeadlineList, "headline_list/header", 0.9, "test");
        let share = Span::lines(4..5, Category::Navigation, "navigation/share", 0.9, "test");
        let v = verdicts(&t, vec![header.clone(), share.clone()]);
        assert!(matches!(v[3], Verdict::Remove(_)) && matches!(v[5], Verdict::Remove(_)));
        // An inline "Read also": the article goes on after it.
        let more = "The pool closes its connections when the with block ends and the tasks are done.";
        let t = format!("{P1}\n{P2}\nRead also\n{more}\nShare\n{P1}\n");
        let v = verdicts(&t, vec![header, share]);
        assert_eq!(v[3], Verdict::Keep);
        assert_eq!(v[5], Verdict::Keep);
    }

    #[test]
    fn the_article_goes_on_after_an_inline_list() {
        let t = format!("{P1}\n{P2}\nRead also\nFloods close the coast road again\nCouncil approves the new budget\n{P1}\nPrivacy\n");
        let run = Span::lines(2..5, Category::HeadlineList, "headline_list/run", 0.9, "test");
        let v = verdicts(&t, vec![run, model(5..7)]);
        assert!(v[2..5].iter().all(|v| matches!(v, Verdict::Remove(_))));
        assert_eq!(v[5], Verdict::Keep);
        assert!(matches!(v[6], Verdict::Remove(_)));
    }

    #[test]
    fn colon_space_split_equals_split_once() {
        for t in ["", ":", ": ", "a: b", "a:b: c", "Preis:: 3", "x :y", "ä: ö: ü", "::  "] {
            assert_eq!(split_colon_space(t), t.split_once(": "), "{t:?}");
        }
    }

    #[test]
    fn a_spec_list_goes_on_after_its_kept_pairs() {
        let t = format!("{P1}\n{P2}\nWeight\n17.8 kg\nIn the box\nMower, grass box, mulch plug, charger\nCustomers also bought\nSpare blade\n");
        let v = verdicts(&t, vec![model(4..8)]);
        assert!(v[..6].iter().all(|v| *v == Verdict::Keep), "{v:?}");
        assert!(v[6..8].iter().all(|v| matches!(v, Verdict::Remove(_))), "{v:?}");
    }

    #[test]
    fn item_shapes() {
        let t = "Capacity: 1.0 L\n2 tablespoons olive oil\n12.11.2021 Synod meets again\n36 V\nWeight\nBrushless motor with 7 settings\n19,99 €\nThe kettle boils fast.\n";
        let doc = Doc::analyse(t, Some(crate::Lang::Eng), &[]);
        let shapes: Vec<Option<Item>> = (0..8).map(|i| item(&doc, i)).collect();
        use Item::*;
        assert_eq!(shapes, vec![Some(Spec), Some(Quantity), Some(Phrase), Some(Value), Some(Label), Some(Phrase), Some(Value), None]);
    }
    #[test]
    fn page_without_article_keeps_its_listing() {
        let t = "Home\nShop\nSale\nTrail running shoe Speedcross for soft ground\nDeep lugs for muddy and soft terrain all year\n139.99\nRoad running shoe Pegasus for daily training\nA versatile trainer with a responsive foam\n129.99\nPrivacy\nTerms\n";
        let v = verdicts(t, vec![model(0..11)]);
        assert!(v[3..8].iter().all(|v| *v == Verdict::Keep));
        assert!(v[..3].iter().chain(&v[9..11]).all(|v| matches!(v, Verdict::Remove(_))));
    }

    #[test]
    fn page_with_an_article_keeps_no_listing() {
        let t = format!("{P1}\n{P2}\nTrail running shoe Speedcross for soft ground\nDeep lugs for muddy and soft terrain all year\nRoad running shoe Pegasus for daily training\n");
        let v = verdicts(&t, vec![model(2..5)]);
        assert!(v[2..5].iter().all(|v| matches!(v, Verdict::Remove(_))));
    }
    #[test]
    fn prose_of_a_misread_page_stays() {
        // Every paragraph removed by context signals alone: the page was misread.
        let t = format!("Help centre\nHosting\n{P1}\nStep 1\n{P2}\n");
        let run = Span::lines(0..3, Category::HeadlineList, "headline_list/run", 0.9, "test");
        let v = verdicts(&t, vec![run, model(3..5)]);
        assert_eq!((v[2], v[4]), (Verdict::Keep, Verdict::Keep));
        // A telltale (a comment section) is not a misreading.
        let c = Span::lines(2..5, Category::Comments, "comments/section", 0.9, "test");
        let v = verdicts(&t, vec![c]);
        assert!(matches!(v[2], Verdict::Remove(_)) && matches!(v[4], Verdict::Remove(_)));
    }

    #[test]
    fn an_excerpts_first_word_is_its_keys() {
        let (mut key, mut first) = (String::new(), String::new());
        for t in ["« Nous ne partirons pas », dit-il.", "\u{201c} \u{201d} Only the herd matters now, she says.", "Wait ... what now ? !", "A b … c d ; . …", "ΣΟΦΙΑ and Σ walk home together.", "İstanbul was loud: that night", "  \"  ", "One"] {
            excerpt_key(t, &mut key);
            let any = excerpt_first_word(t, &mut first);
            assert_eq!(any, !key.is_empty(), "{t:?}");
            if key.contains(' ') {
                assert_eq!(key.split(' ').next(), Some(first.as_str()), "{t:?}");
            }
            if !key.is_empty() {
                assert_eq!(excerpt_words(t), key.split(' ').count(), "{t:?}");
            }
        }
    }

    #[test]
    fn excerpt_words_beyond_stops_past_the_limit() {
        let mut lines = crate::testdata::lines();
        lines.extend(["« Nous ne partirons pas », dit-il.", "Wait ... what now ? !", "a b c d e f , . ;", "\" \" x \" y"].map(String::from));
        for t in &lines {
            let words = excerpt_words(t);
            for limit in 0..=40 {
                let b = excerpt_words_beyond(t, limit);
                assert!(if words <= limit { b == words } else { b > limit }, "{t:?} {limit}");
            }
        }
    }

    /// The ASCII paths of the excerpt helpers and `sentence_ends` give what
    /// the character-by-character definitions give.
    #[test]
    fn excerpt_helpers_equal_their_definitions() {
        fn key_by_chars(text: &str) -> String {
            let mut out = String::new();
            for c in text.chars().filter(|&c| !excerpt_quote(c)) {
                if c.is_whitespace() {
                    if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                } else {
                    out.extend(c.to_lowercase());
                }
            }
            out.trim_end_matches(['.', '!', '?', ':', ';', ',', '…', ' ']).to_string()
        }
        fn first_by_chars(text: &str) -> Option<String> {
            text.split_whitespace().map(|t| t.chars().filter(|&c| !excerpt_quote(c)).flat_map(char::to_lowercase).collect::<String>()).find(|w| !w.is_empty())
        }
        let mut lines = crate::testdata::lines();
        lines.extend(["\"Quoted\" \"\" words,\x0bwith\ttabs.", "  \" x", "\u{a0}Nbsp first", "\"\u{201c}\" A b c d.", "Ends here;", "A: b; c! d? e.f . g", "x\u{2003}y z.", ""].map(String::from));
        let (mut key, mut first, mut ends) = (String::new(), String::new(), Vec::new());
        for t in &lines {
            excerpt_key(t, &mut key);
            assert_eq!(key, key_by_chars(t), "{t:?}");
            let want = first_by_chars(t);
            assert_eq!(excerpt_first_word(t, &mut first), want.is_some(), "{t:?}");
            if let Some(w) = want {
                assert_eq!(first, w, "{t:?}");
            }
            if !key.is_empty() {
                assert_eq!(excerpt_words(t), key.split(' ').count(), "{t:?}");
            }
            let b = t.as_bytes();
            let want: Vec<usize> = (0..b.len())
                .filter(|&k| (matches!(b[k], b'.' | b'!' | b'?' | b':' | b';') && b.get(k + 1).map_or(true, |n| n.is_ascii_whitespace())) || k + 1 == b.len())
                .collect();
            sentence_ends(b, &mut ends);
            assert_eq!(ends, want, "{t:?}");
        }
    }

    #[test]
    fn ai_summary_labels_are_found_as_substrings() {
        for line in ["résumé généré par ia", "key points (generated with ai)", "zusammenfassung", "ai summaryx", "nothing here"] {
            assert_eq!(crate::lexicon::has_ai_summary_label(line), crate::lexicon::AI_SUMMARY_LABELS.iter().any(|l| line.contains(l)), "{line}");
        }
    }

    /// Lines `decide` keeps when the model (`quality/low-quality`) removes the lines `model`.
    fn kept_by_model(text: &str, model: std::ops::Range<usize>) -> Vec<usize> {
        let doc = Doc::analyse(text, None, &[]);
        let spans: Vec<Span> = model.filter(|&i| i < doc.len()).map(|i| Span::lines(i..i + 1, Category::Other, "quality/low-quality", 0.9, "test")).collect();
        let d = decide(&doc, spans, &[]);
        (0..doc.len()).filter(|&i| !doc.lines[i].blank && d.verdicts[i] == Verdict::Keep).collect()
    }

    #[test]
    fn a_product_grids_priced_items_stay() {
        let mut grid = String::new();
        for (k, name) in ["Red wool scarf with a fringe", "Blue cotton shirt, slim fit", "Leather boots resoled in our workshop", "Linen trousers in four colours"].iter().enumerate() {
            grid.push_str(&format!("{name}\nHand made, delivered in {} days\n{}9,90 €\nAdd to cart\n", k + 2, k + 1));
        }
        let t = format!("{ARTICLE}{grid}");
        let kept = kept_by_model(&t, 6..22);
        // Names, blurbs and prices stay; the repeated button goes.
        let want: Vec<usize> = (0..6).chain((6..22).filter(|i| (i - 6) % 4 != 3)).collect();
        assert_eq!(kept, want);
        // A strip of names and prices (one line between prices) is no grid.
        let strip = "Spare battery pack for the mower\n89,00 €\nGrass trimmer, body only\n64,99 €\nLawn feed and weed, ten kilos\n17,50 €\n";
        let t = format!("{ARTICLE}{strip}");
        assert_eq!(kept_by_model(&t, 6..12), (0..6).collect::<Vec<_>>());
        // A line with a comma after every price is the records' data, no button.
        let grid = grid.replace("Add to cart", "Full-time, permanent");
        let t = format!("{ARTICLE}{grid}");
        assert_eq!(kept_by_model(&t, 0..0), (0..22).collect::<Vec<_>>());
    }

    #[test]
    fn a_docs_pages_later_sections_in_short_lines_stay() {
        let tail = "Save the rule.\nYou can also approve the budget from the command line:\n  council budget approve --year 2027\nLimits\nThe council can approve one budget a year.\nThe region can refuse it once.\nNote\nThe council budget needs the approval of the regional authority before spending starts, and the council cannot change it afterwards.\n";
        let t = format!("{ARTICLE}{tail}");
        assert_eq!(kept_by_model(&t, 6..14), (0..14).collect::<Vec<_>>());
        // Stacked labels (a gallery) are not sections (the short sentence
        // right after the paragraph stays on its own: `keep_continuation`).
        let tail = "Save the rule.\nArchive\nPiano\nThe council budget needs the approval of the regional authority before spending starts, and the council cannot change it afterwards.\n";
        let t = format!("{ARTICLE}{tail}");
        assert_eq!(kept_by_model(&t, 6..10), (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn records_closed_by_one_repeated_line_stay_with_the_kept_one() {
        let text = "Changelog\nRSS\nVersion 9\nNew\nThe editor now saves every draft while you type, so nothing is lost.\nFixed\nThe export keeps the width of every column in the table.\nWas this helpful?\nShare\nVersion 8\nImproved\nSearch is much faster in the largest workspaces we have.\nWas this helpful?\nShare\nVersion 7\nNew\nYou can now pin a note to the top of the list.\nFixed\nThe app no longer closes when you drag an image out.\nMore\nWas this helpful?\nShare\nLoad older\n";
        // The model keeps the first record only.
        let kept = kept_by_model(text, 9..24);
        for i in [11, 16, 18] {
            assert!(kept.contains(&i), "line {i} stays: {kept:?}");
        }
        assert!(!kept.contains(&23), "{kept:?}");
    }

    #[test]
    fn cards_past_their_links_stay_after_a_kept_card() {
        let text = "Our team\nAnna Berg\nLead architect\nAnna has worked on old houses in the city for many years.\nLinkedIn\nMail\nOle Dahl\nSite manager\nOle runs the building sites and talks to the crews every day.\nLinkedIn\nEva Lund\nOffice\nEva answers the phone and keeps the calendar of the studio.\nContact us\n";
        // The model keeps the first card only.
        let doc = Doc::analyse(text, None, &[]);
        let links = [4, 5, 9, 13];
        let spans: Vec<Span> = (4..14)
            .map(|i| match links.contains(&i) {
                true => Span::lines(i..i + 1, Category::Navigation, "quality/menu-like", 0.9, "test"),
                false => Span::lines(i..i + 1, Category::Other, "quality/low-quality", 0.6, "test"),
            })
            .collect();
        let d = decide(&doc, spans, &[]);
        let kept: Vec<usize> = (0..doc.len()).filter(|&i| !doc.lines[i].blank && d.verdicts[i] == Verdict::Keep).collect();
        for i in (0..4).chain(6..9).chain(10..13) {
            assert!(kept.contains(&i), "line {i} stays: {kept:?}");
        }
        assert!(!kept.contains(&13), "{kept:?}");
    }

    #[test]
    fn a_schedule_with_one_kept_entry_stays() {
        let text = "Programme\n19.00 The Harbour Trio\nFiddle and bass with tunes from the coast and their own songs.\n19.50 Anna North\nVoice and harp, from her new album of old ballads.\n20.40 The Night Band\nA dance floor until midnight, with a teacher for the steps.\n";
        let doc = Doc::analyse(text, None, &[]);
        let spans: Vec<Span> = [0, 1, 2, 3, 5, 6].iter().map(|&i| Span::lines(i..i + 1, Category::HeadlineList, "quality/headline-like", 0.7, "test")).collect();
        assert!(clock_lead(&doc, 1) && !clock_lead(&doc, 2));
        let d = decide(&doc, spans, &[]);
        assert!(d.verdicts.iter().all(|v| *v == Verdict::Keep), "{:?}", d.verdicts);
    }

    #[test]
    fn a_price_table_right_after_the_text_stays() {
        let text = "The evening brings four bands from three countries to the old harbour hall, and the dance floor stays open until midnight.\nTickets\nStanding\n395 kr\nSeated\n495 kr\nChildren under 12\nFree\nPrices include the service fee and are paid at the door.\nChoose tickets\n";
        let doc = Doc::analyse(text, None, &[]);
        let spans: Vec<Span> = (1..10).map(|i| Span::lines(i..i + 1, Category::Navigation, "quality/menu-like", 0.9, "test")).collect();
        let d = decide(&doc, spans, &[]);
        let kept: Vec<usize> = (0..doc.len()).filter(|&i| d.verdicts[i] == Verdict::Keep).collect();
        assert_eq!(kept, (0..9).collect::<Vec<_>>());
    }

    #[test]
    fn a_long_spec_line_is_an_item_only_when_it_enumerates() {
        let doc = Doc::analyse("Benefits: Health insurance, dental insurance, 401(k) with 4% match, paid time off\nBig Museum: The Perfect Place to Learn About How Prisoners Slept, Ate, Worked, Bathed\n", None, &[]);
        assert_eq!(item(&doc, 0), Some(Item::Spec));
        assert_eq!(item(&doc, 1), None);
    }

    #[test]
    fn a_forum_threads_replies_stay_when_the_original_poster_replies() {
        let replies = "u/carl_d\nThat is a good point about the budget, thanks for it.\n12\nu/ann_b\nGlad it helps, the budget vote is next week.\n";
        let t = format!("Posted by u/ann_b\n{ARTICLE}{replies}");
        assert_eq!(kept_by_model(&t, 7..12), (0..7).chain([8, 11]).collect::<Vec<_>>());
        // Without the poster's reply, the model's verdict on the later reply stands.
        let t = format!("Posted by u/ann_b\n{ARTICLE}{}", replies.replace("u/ann_b", "u/dora_e"));
        assert!(!kept_by_model(&t, 7..12).contains(&11));
    }
}
