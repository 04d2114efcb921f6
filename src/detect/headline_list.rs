//! `headline_list`: lists of other stories' headlines, possibly with teasers.
//!
//! A run of at least three headline-like lines (short, no terminal full
//! stop, no colon; a headline cut short with an ellipsis counts), possibly
//! alternating with one-sentence teasers (never two teasers in a row), whose
//! content words overlap little with the article body. The body vocabulary
//! comes from long, stopword-rich lines outside the run; a closing paragraph
//! about the article is not taken as the run's last teaser (nor is one that
//! shares a few of the article's words when more body follows it: the list
//! sat inside the article), and a teaser after a headed list of bare
//! headlines is the article resuming too, with all that follows it (cards
//! are uniform). A list header
//! ("More stories", "Mehr zum Thema", "Lire aussi", …) right before a run
//! lowers the minimum to two headlines and goes with it; a header alone goes
//! too; its items may be numbered ("1. …", with a date after them). A headed list set line by line ends at a blank line (what follows
//! the gap and opens a paragraph is a subheading). Also: cross-link lines ("Read more: …", "Lea también: …", "Read in
//! English: …") and runs
//! of two or more story cards flattened to one line each (a Title Case
//! headline glued to its teaser, or running into the lede's wire dateline).
//! A feed of story cards between time stamps ("7H ago", "Nov 18",
//! "vor 2 Stunden") goes whole, teasers included.
//! Rows of tab-separated tables are never headlines, and a run that opens the
//! page with a body paragraph in it is the article's own head.

use super::{is_body_line, try_words_lower, Category, Detector, Span};
use crate::features::{slot, Doc};
use crate::lang::Stoplist;
use crate::lexicon::LIST_HEADERS;
// The static patterns run on `Matcher` (forward lazy DFA, no reverse automaton).
use super::Matcher as Regex;
use std::sync::LazyLock;

/// The tokeniser for [`Doc::words`]: the words of [`super::content_words`], in
/// order, cut to their first [`STEM`] characters so that inflections meet
/// ("evacuation", "evacuated"; "Dorf", "Dorfes").
pub(crate) fn content_words(line: &str, stop: Option<&Stoplist>, emit: &mut dyn FnMut(&str)) {
    if line.is_ascii() {
        return ascii_content_words(line, stop, emit);
    }
    try_words_lower(line, |w| {
        // Three characters or more: three bytes that do not continue a character.
        if w.bytes().filter(|b| b & 0xC0 != 0x80).nth(2).is_some() && !w.chars().all(|c| c.is_numeric()) && !stop.is_some_and(|st| st.contains(w)) {
            emit(w.char_indices().nth(STEM).map_or(w, |(at, _)| &w[..at]));
        }
        true
    });
}

/// [`content_words`] of an ASCII line, a byte at a time: a word of
/// [`try_words_lower`] is then a slice of the line (runs of letters and
/// digits, joined by an apostrophe before a letter), lowercased only when it
/// has a capital.
fn ascii_content_words(line: &str, stop: Option<&Stoplist>, emit: &mut dyn FnMut(&str)) {
    let b = line.as_bytes();
    let mut buf = crate::features::scratch();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let start = i;
        loop {
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i + 1 < b.len() && b[i] == b'\'' && b[i + 1].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            break;
        }
        let w = &line[start..i];
        if w.len() < 3 || w.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let w = if w.bytes().any(|c| c.is_ascii_uppercase()) {
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            buf.as_str()
        } else {
            w
        };
        if !stop.is_some_and(|st| st.contains(w)) {
            emit(&w[..w.len().min(STEM)]);
        }
    }
}

/// Characters of a word that the body-overlap test compares.
const STEM: usize = 5;

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
    [Kind::Headline, Kind::Teaser, Kind::Header, Kind::Other][(line_memo(doc, i) & 3) as usize]
}

/// Whether line `i` is a story card flattened to one line ([`glued_card`] or
/// [`INNER_DATELINE`]), memoised with its kind.
fn is_card(doc: &Doc<'_>, i: usize) -> bool {
    line_memo(doc, i) & 4 != 0
}

/// Whether line `i` is a time stamp alone ([`STAMP`]), memoised with its kind.
fn is_stamp(doc: &Doc<'_>, i: usize) -> bool {
    line_memo(doc, i) & 8 != 0
}

/// Whether line `i` is a read-also cross-link ([`read_also`]), memoised with its kind.
fn is_read_also(doc: &Doc<'_>, i: usize) -> bool {
    line_memo(doc, i) & 16 != 0
}

/// The per-line memo of this detector: the line's [`Kind`] in bits 0–1,
/// bit 2 set for a story card, bit 3 for a time stamp, bit 4 for a
/// read-also link.
fn line_memo(doc: &Doc<'_>, i: usize) -> u16 {
    doc.memo(slot::HEADLINE, i, || {
        let line = crate::features::trim(doc.line(i));
        let card = glued_card(line) || may_be_inner_dateline(line) && inner_dateline(line);
        let f = &doc.feats[i];
        let stamp = f.digits > 0 && f.words <= 8 && STAMP.is_match(line);
        let read = read_also(doc, i).is_some();
        classify(doc, i) as u16 | u16::from(card) << 2 | u16::from(stamp) << 3 | u16::from(read) << 4
    })
}

/// A line that is only a time stamp, possibly with a clip's duration: "7H ago
/// 08:51", "3 hours ago", "vor 2 Stunden", "il y a 3 jours", "hace 2 horas",
/// "Nov 7 23:05", "12 March 2024", "07.11.2019 14:30".
///
/// Case-insensitive `\p{L}` is `\p{L}` plus U+0345 (a combining mark that
/// folds to `ι`), written so: the parser folded the whole letter class each
/// time, a fifth of the regex's build (a test checks the parse is the same).
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    super::bounded_regex(concat!(
        r"(?i)^(\d+\s?(s|m|h|d|w|mo|y|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\.?\s+ago",
        r"|vor\s+\d+\s+(sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|il y a\s+\d+\s+(s|min|minutes?|h|heures?|jours?|semaines?|mois|ans?)",
        r"|hace\s+\d+\s+(segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)",
        r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?-i:[\p{L}\x{345}])*\.?\s+\d{1,2}(st|nd|rd|th)?,?(\s+\d{4})?",
        r"|\d{1,2}\.?\s+(de\s+)?(jan|feb|fév|mar|mär|apr|avr|abr|mai|may|maj|mag|jun|jui|giu|jul|lug|aug|aoû|ago|sep|set|okt|oct|ott|nov|dez|dec|déc|dic|ene|gen|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)(?-i:[\p{L}\x{345}])*\.?(\s+(de\s+)?\d{4})?",
        r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})",
        r"(,?\s+(at\s+|um\s+|à\s+)?\d{1,2}[:.]\d{2}(:\d{2})?\s*(am|pm|uhr|h)?)?\s*(\|\s*)?(\d{1,2}:\d{2}(:\d{2})?)?$"
    ))
});

/// A user name alone on a line: one token of at most 30 characters, with a
/// letter ("jorge.lima", "petra_k", "Waldschrat77").
fn is_handle(line: &str) -> bool {
    let t = crate::features::trim(line);
    !t.is_empty() && t.chars().count() <= 30 && !t.contains(char::is_whitespace) && t.chars().any(char::is_alphabetic)
}

/// Least time stamps in a feed of story cards.
const FEED_MIN: usize = 3;

/// Story cards between time stamps: three or more stamps ([`STAMP`]), each
/// one to three lines from the next, every card between them short (at most
/// 60 words a line) and holding a headline. The card before the first stamp
/// or after the last goes too when its lines have the same kinds as the
/// card next to it. Returns (first, last) positions into `nonblank`.
fn stamped_feeds(doc: &Doc<'_>, nonblank: &[usize], kinds: &[Kind]) -> Vec<(usize, usize)> {
    let stamps: Vec<usize> = (0..nonblank.len()).filter(|&q| is_stamp(doc, nonblank[q])).collect();
    let card_ok = |a: usize, b: usize| {
        // Lines a..b (positions) form a card.
        b > a && b - a <= 3 && (a..b).all(|q| doc.feats[nonblank[q]].words <= 60 && !is_stamp(doc, nonblank[q])) && (a..b).any(|q| kinds[q] == Kind::Headline)
    };
    let mut feeds = Vec::new();
    let mut k = 0;
    while k < stamps.len() {
        let mut e = k;
        while e + 1 < stamps.len() && card_ok(stamps[e] + 1, stamps[e + 1]) {
            e += 1;
        }
        // A forum thread has the same shape: a user name, the post's date,
        // the post. Where most stamps follow a one-token line (a handle
        // rather than a headline), the cards are posts.
        let handles = (k..=e).filter(|&h| stamps[h] > 0 && is_handle(doc.line(nonblank[stamps[h] - 1]))).count();
        if e + 1 - k >= FEED_MIN && 2 * handles <= e + 1 - k {
            let (mut first, mut last) = (stamps[k], stamps[e]);
            // Lines a..b have the kinds of the card that starts at c.
            let same = |a: usize, b: usize, c: usize| kinds[a..b] == kinds[c..c + (b - a)];
            let g = stamps[k + 1] - stamps[k] - 1;
            if first >= g && card_ok(first - g, first) && same(first - g, first, stamps[k] + 1) {
                first -= g;
            }
            let g = stamps[e] - stamps[e - 1] - 1;
            if last + g < nonblank.len() && card_ok(last + 1, last + 1 + g) && same(last + 1, last + 1 + g, stamps[e - 1] + 1) {
                last += g;
            }
            feeds.push((first, last));
        }
        k = e + 1;
    }
    feeds
}

fn classify(doc: &Doc<'_>, i: usize) -> Kind {
    let f = &doc.feats[i];
    let line = crate::features::trim(doc.line(i));
    if f.words <= 6 && LIST_HEADERS.is_norm(&doc.norm_lower(i)) || f.colon_end && f.words <= 8 && opens_with_header(doc.lower(i)) {
        return Kind::Header;
    }
    if super::quality::table_cells(line) >= 3 {
        return Kind::Other;
    }
    let exclaim = line.ends_with('!');
    let starts_digit = line.chars().next().is_some_and(|c| c.is_ascii_digit());
    // A headline cut short with an ellipsis ("Cool 14″ laptops with improved Alexa suppor...").
    let truncated = line.ends_with("...") || line.ends_with('…');
    if (2..=14).contains(&f.words)
        && f.chars <= 110
        && (!f.terminal || exclaim || truncated)
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
        let mut kinds: Vec<Kind> = nonblank.iter().map(|&i| kind(doc, i)).collect();
        // A list header's numbered items ("1. Headline - 14/07/2025") are headlines too.
        for h in 0..nonblank.len() {
            if kinds[h] == Kind::Header {
                let mut q = h + 1;
                while q < nonblank.len() && kinds[q] != Kind::Headline && numbered_headline(doc, nonblank[q]) {
                    kinds[q] = Kind::Headline;
                    q += 1;
                }
            }
        }
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
                // A headed list set line by line ends at a blank line: a
                // headline after the gap with a body paragraph right after
                // it is the article's next subheading.
                let gap = nonblank[q] > nonblank[q - 1] + 1;
                let tight = q >= first + 2 && (first + 1..q).all(|r| nonblank[r] == nonblank[r - 1] + 1);
                if header.is_some() && gap && tight && nonblank.get(q + 1).is_some_and(|&n| is_body_line(doc, n)) {
                    break;
                }
                match kinds[q] {
                    Kind::Headline => last = q,
                    Kind::Teaser if kinds[q - 1] == Kind::Headline => last = q,
                    _ => break,
                }
                q += 1;
            }
            // Cards are uniform: a teaser after a headed list of two or more
            // bare headlines is the article resuming (with what follows it),
            // not a card's teaser.
            if header.is_some() && last >= first + 2 {
                if let Some(t) = (first + 2..=last).find(|&r| kinds[r] == Kind::Teaser).filter(|&t| (first..t).all(|r| kinds[r] == Kind::Headline)) {
                    last = t - 1;
                }
            }
            runs.push((header, first, last));
            p = q.max(p + 1);
        }
        let mut in_run = vec![false; doc.len()];
        let mut used_header = vec![false; doc.len()];
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
        if !accepted.is_empty() {
            self.runs(doc, &nonblank, &in_run, accepted, &mut used_header, out);
        }
        for (first, last) in stamped_feeds(doc, &nonblank, &kinds) {
            let reason = "story cards between time stamps";
            out.push(Span::lines(nonblank[first]..nonblank[last] + 1, Category::HeadlineList, "headline_list/feed", 0.85, reason));
        }
        let cards: Vec<bool> = nonblank.iter().map(|&i| is_card(doc, i)).collect();
        let mut q = 0;
        while q < nonblank.len() {
            let mut r = q;
            while r < nonblank.len() && cards[r] {
                r += 1;
            }
            if r - q >= 2 {
                let reason = format!("{} story cards (headline glued to its teaser)", r - q);
                out.push(Span::lines(nonblank[q]..nonblank[r - 1] + 1, Category::HeadlineList, "headline_list/cards", 0.85, reason));
            }
            q = r.max(q + 1);
        }
        for (q, &i) in nonblank.iter().enumerate() {
            if kinds[q] == Kind::Header && !used_header[i] {
                let reason = "header of a related-stories list";
                out.push(Span::lines(i..i + 1, Category::HeadlineList, "headline_list/header", 0.85, reason));
            } else if let Some(prefix) = is_read_also(doc, i).then(|| read_also(doc, i)).flatten() {
                let reason = format!("link to another story (\"{prefix}\")");
                out.push(Span::lines(i..i + 1, Category::HeadlineList, "headline_list/read-also", 0.85, reason));
            }
        }
    }
}

/// A story card whose headline runs into the lede's wire dateline:
/// "UN regrets new US position on settlements UNITED NATIONS: United Nations …".
/// The regex [`inner_dateline`] stands for (kept for its tests).
#[cfg(test)]
static INNER_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    super::nfa_regex(r"^.{15,200}?[\p{Ll}0-9’'”)]\s+(\p{Lu}[\p{Lu}.]{3,}|\p{Lu}[\p{Lu}.]+(\s+\p{Lu}[\p{Lu}.]+){1,2})\s*:\s+\p{Lu}")
});

/// [`INNER_DATELINE`] from the character before the dateline to its colon.
static DATELINE_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Ll}0-9’'”)]\s+(?:\p{Lu}[\p{Lu}.]{3,}|\p{Lu}[\p{Lu}.]+(?:\s+\p{Lu}[\p{Lu}.]+){1,2})\s*$").expect("valid regex"));
/// [`INNER_DATELINE`] from the dateline's colon on.
static DATELINE_COLON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^:\s+\p{Lu}").expect("valid regex"));

/// [`INNER_DATELINE`], `^.{15,200}?[\p{Ll}0-9’'”)]\s+(dateline)\s*:\s+\p{Lu}`
/// (its 200 counted characters made it an NFA regex, ~46,000 instructions
/// a line): the dateline is the last one to three words before a colon, so
/// the match can open only at the character before one of those three
/// word starts' white space; each is tried with [`DATELINE_WORDS`], after
/// 15 to 200 characters.
fn inner_dateline(line: &str) -> bool {
    let mut from = 0;
    while let Some(k) = line[from..].find(':') {
        let colon = from + k;
        from = colon + 1;
        if !DATELINE_COLON.is_match(&line[colon..]) {
            continue;
        }
        let before = line[..colon].trim_end_matches(char::is_whitespace);
        let mut end = before.len();
        for _ in 0..3 {
            // The last word of `before[..end]` starts after its last white space.
            let Some(ws) = before[..end].rfind(char::is_whitespace) else { break };
            let lead = before[..ws].trim_end_matches(char::is_whitespace);
            let Some(x) = lead.chars().next_back() else { break };
            let open = lead.len() - x.len_utf8();
            let head = &line[..open];
            if (15..=200).contains(&head.chars().count()) && !head.contains('\n') && DATELINE_WORDS.is_match(&line[open..colon]) {
                return true;
            }
            end = lead.len();
        }
    }
    false
}

/// Cheap necessary condition for [`INNER_DATELINE`]: a colon with, before it
/// (white space skipped), a capital or a period that ends the dateline, and
/// after it white space and a capital. `char::is_uppercase` is a superset of
/// `\p{Lu}`, and `char::is_whitespace` is the regex's `\s`.
fn may_be_inner_dateline(line: &str) -> bool {
    if !crate::features::has_byte(line.as_bytes(), b':') {
        return false;
    }
    let mut from = 0;
    while let Some(k) = line[from..].find(':') {
        let at = from + k;
        from = at + 1;
        let before = line[..at].trim_end_matches(char::is_whitespace).chars().next_back();
        if !before.is_some_and(|c| c.is_uppercase() || c == '.') {
            continue;
        }
        let after = &line[at + 1..];
        let rest = after.trim_start_matches(char::is_whitespace);
        if rest.len() < after.len() && rest.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
    }
    false
}

/// A story card flattened to one line: a Title Case headline glued to its
/// teaser with no space ("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's
/// championship run was foiled …").
fn glued_card(line: &str) -> bool {
    let line = crate::features::trim(line);
    if line.is_ascii() && !may_glue_ascii(line) {
        return false;
    }
    let mut prev: Option<char> = None;
    // Whether `prev` is white space (as it is taken before the first character).
    let mut prev_space = true;
    let mut letters_before = 0usize;
    let mut words = 0usize;
    // Whitespace-separated tokens of `line[..at]`, and those that start
    // with an uppercase letter or a digit (counted as the scan goes).
    let (mut tokens, mut titled) = (0usize, 0usize);
    for (at, c) in line.char_indices() {
        // Each property asked once, an ASCII character's without the Unicode tables.
        let ascii = c.is_ascii();
        let space = if ascii { matches!(c, ' ' | '\t'..='\r') } else { c.is_whitespace() };
        if space {
            // The headline part is at most 20 words: no glue point lies further on.
            if !prev_space {
                words += 1;
                if words > 20 {
                    return false;
                }
            }
        } else {
            let upper = if ascii { c.is_ascii_uppercase() } else { c.is_uppercase() };
            if let Some(p) = prev.filter(|_| upper) {
                let glue = p.is_lowercase() && letters_before >= 3 || matches!(p, '?' | '!' | '’' | '\'' | ')');
                if glue && line.len() - at > 15 && (3..=20).contains(&tokens) && titled * 5 >= tokens * 4 {
                    return true;
                }
            }
            if prev_space {
                tokens += 1;
                titled += usize::from(upper || if ascii { c.is_ascii_digit() } else { c.is_numeric() });
                // At most 20 tokens with `titled * 5 >= tokens * 4` leave room
                // for four untitled ones: a fifth rules out every later glue point.
                if tokens - titled >= 5 {
                    return false;
                }
            }
        }
        let letter = if ascii { c.is_ascii_alphabetic() } else { crate::features::is_alphabetic(c) };
        letters_before = if letter { letters_before + 1 } else { 0 };
        prev = Some(c);
        prev_space = space;
    }
    false
}

/// Necessary for a glue point of [`glued_card`] in an ASCII line: an
/// uppercase letter right after a lowercase one or after `?`, `!`, `'` or `)`.
fn may_glue_ascii(line: &str) -> bool {
    // One pass without an early exit, which the compiler vectorises.
    let b = line.as_bytes();
    b.iter().zip(b.get(1..).unwrap_or_default()).fold(false, |a, (&p, &c)| a | c.is_ascii_uppercase() & (p.is_ascii_lowercase() | matches!(p, b'?' | b'!' | b'\'' | b')')))
}

/// A trailing date after a dash or bar: " - 14/07/2025", " | 12.09.2025".
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| super::nfa_regex(r"\s*[-–—|·]?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$"));

/// A numbered headline: "3. Cortes de tráfico en el centro - 12/07/2025":
/// one or two digits and "." or ")", then three to sixteen words without a
/// sentence's end or a final colon (a trailing date aside).
fn numbered_headline(doc: &Doc<'_>, i: usize) -> bool {
    let t = crate::features::trim(doc.line(i));
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !(t[digits..].starts_with(". ") || t[digits..].starts_with(") ")) {
        return false;
    }
    let rest = t[digits + 2..].trim();
    let rest = TRAILING_DATE.find(rest).map_or(rest, |m| rest[..m.start()].trim_end());
    let words = rest.split_whitespace().count();
    (3..=16).contains(&words) && !rest.ends_with(['.', ':', ';']) && rest.chars().count() <= 110
}

/// "Weitere Beiträge aus der Kolumne:" — a list header phrase that opens a
/// line ending in a colon.
fn opens_with_header(lower: &str) -> bool {
    let t = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    LIST_HEADERS.find(t).is_some_and(|p| t.starts_with(p))
}

/// Cross-link prefixes that are not list headers on their own ("Read: …",
/// "Lea: …", "Read in English: …").
const READ_PREFIXES: &[&str] = &[
    "read", "read more", "also read", "read also", "see", "see also", "watch", "related", "more", "lea", "lee", "vea", "ver", "mira",
    "leia", "veja", "lire", "voir", "lesen sie", "siehe", "mehr dazu", "czytaj", "zobacz", "leggi", "guarda", "lees", "bekijk",
    // Links to the story in another language's edition.
    "read in english", "leer en español", "lire en français", "auf deutsch lesen", "leggi in italiano", "lees in het nederlands",
    "czytaj po polsku", "leia em português",
];

/// "Read more: Another story's headline" — a line that is a cross-link: a
/// read-also prefix, a colon or a bar ("Lire aussi | …"), then a short
/// headline. Returns the prefix.
fn read_also(doc: &Doc<'_>, i: usize) -> Option<String> {
    let f = &doc.feats[i];
    if f.words < 3 || f.words > 30 || f.inner_sentences > 1 {
        return None;
    }
    let line = crate::features::trim(doc.line(i));
    // ':' and '|' are ASCII: the first such byte is where `split_once` splits.
    let at = line.bytes().position(|c| c == b':' || c == b'|')?;
    let (head, rest) = (&line[..at], &line[at + 1..]);
    if head.chars().count() > 40 || rest.split_whitespace().nth(1).is_none() {
        return None;
    }
    let head = crate::lexicon::norm(head);
    (LIST_HEADERS.is_norm(&head) || READ_PREFIXES.contains(&head.as_str())).then_some(head)
}

impl HeadlineList {
    fn runs(
        &self,
        doc: &Doc<'_>,
        nonblank: &[usize],
        in_run: &[bool],
        accepted: Vec<(Option<usize>, usize, usize)>,
        used_header: &mut [bool],
        out: &mut Vec<Span>,
    ) {
        // The body vocabulary, as a set of word ids.
        let words = super::content_word_list(doc, slot::HEADLINE_WORDS);
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
        let share = |i: usize| {
            let ids = words.line(i);
            if ids.is_empty() { 0.0 } else { ids.iter().filter(|&&id| vocab[id as usize]).count() as f32 / ids.len() as f32 }
        };
        let related = |a: usize, b: usize| words.line(a).iter().any(|id| words.line(b).contains(id));
        for (header, first, mut last) in accepted {
            // A closing paragraph about the article is the article resuming
            // after the list, not the last story's teaser (which would share
            // words with its own headline rather than with the article).
            while last > first && is_body_line(doc, nonblank[last]) {
                let about_body = share(nonblank[last]);
                // When body follows, the list sat inside the article: less overlap will do.
                let body_follows = nonblank.get(last + 1).is_some_and(|&n| is_body_line(doc, n));
                // The page's first body paragraph, with more body after it, is the lede.
                let lede = first_body == Some(nonblank[last]) && body_follows;
                if lede || about_body >= 0.5 || about_body >= 0.3 && !related(nonblank[last - 1], nonblank[last]) || body_follows && about_body >= 0.15 {
                    last -= 1;
                } else {
                    break;
                }
            }
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
            // A page that opens with headline, standfirst and first paragraph
            // is the article's own head, not a list of other stories.
            let opens_page = first == 0 && (first..=last).any(|q| is_body_line(doc, nonblank[q]));
            if header.is_none() && opens_page && body_after {
                continue;
            }
            if vocab_empty && header.is_none() || overlap > threshold {
                continue;
            }
            if let Some(h) = header {
                used_header[nonblank[h]] = true;
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

    /// `glued_card` as it was first written: every property asked of `char`.
    fn glued_card_reference(line: &str) -> bool {
        let line = crate::features::trim(line);
        let mut prev: Option<char> = None;
        let mut letters_before = 0usize;
        let mut words = 0usize;
        let (mut tokens, mut titled) = (0usize, 0usize);
        for (at, c) in line.char_indices() {
            if c.is_whitespace() && prev.is_some_and(|p| !p.is_whitespace()) {
                words += 1;
                if words > 20 {
                    return false;
                }
            }
            if let Some(p) = prev {
                let glue = c.is_uppercase() && (p.is_lowercase() && letters_before >= 3 || matches!(p, '?' | '!' | '’' | '\'' | ')'));
                if glue && line.len() - at > 15 && (3..=20).contains(&tokens) && titled * 5 >= tokens * 4 {
                    return true;
                }
            }
            if !c.is_whitespace() && prev.map_or(true, char::is_whitespace) {
                tokens += 1;
                titled += usize::from(c.is_uppercase() || c.is_numeric());
                if tokens - titled >= 5 {
                    return false;
                }
            }
            letters_before = if crate::features::is_alphabetic(c) { letters_before + 1 } else { 0 };
            prev = Some(c);
        }
        false
    }

    #[test]
    fn glued_card_equals_its_reference() {
        let pieces = ["Tape", " ", "Gaffe", "RunDenny", "run", "?", "!", "’", "'", ")", "\t", "\u{a0}", "Éclair", "été", "ÜBER", "3", "٣", "x", "Ab", "  ", "The", "Hamlin's"];
        let lines = crate::testdata::corpus_lines();
        for line in lines.iter().chain(&crate::testdata::generated(&pieces, 50_000)) {
            assert_eq!(glued_card(line), glued_card_reference(line), "{line:?}");
        }
    }

    /// [`STAMP`] parses to what it parsed to with `\p{L}` inside `(?i)`: the same regex.
    #[test]
    fn stamp_parses_as_before() {
        use regex_automata::util::syntax::parse;
        let old = STAMP.as_str().replace(r"(?-i:[\p{L}\x{345}])", r"\p{L}");
        assert_ne!(old, STAMP.as_str());
        assert_eq!(parse(STAMP.as_str()).expect("new"), parse(&old).expect("old"));
    }

    /// [`content_words`] as it was, through [`try_words_lower`] alone.
    fn content_words_reference(line: &str, stop: Option<&Stoplist>) -> Vec<String> {
        let mut out = Vec::new();
        try_words_lower(line, |w| {
            if w.bytes().filter(|b| b & 0xC0 != 0x80).nth(2).is_some() && !w.chars().all(|c| c.is_numeric()) && !stop.is_some_and(|st| st.contains(w)) {
                out.push(w.char_indices().nth(STEM).map_or(w, |(at, _)| &w[..at]).to_owned());
            }
            true
        });
        out
    }

    #[test]
    fn inner_dateline_precheck_keeps_every_match() {
        let mut lines: Vec<String> = [
            "UN regrets new US position on settlements UNITED NATIONS: United Nations officials said",
            "Floods hit the north of the country again WASHINGTON (AP):\u{a0}Officials said", "a b c d e f g h i j k l m n o p q r s t U.S. : X",
            "Something happened somewhere today in town N.Y.:  Another", "x:Y", ": A", "ABC:", "Photo: Reuters", "Der Bürgermeister sagte ÖSTERREICH: Die",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(crate::testdata::lines().iter().map(|l| l.trim().to_owned()));
        lines.extend(crate::testdata::corpus_lines().iter().map(|l| l.trim().to_owned()));
        let pieces = [
            " ", "  ", "\u{a0}", ":", ": ", "A", "AB", "ABCD", "U.S.", "É", "x", "é", "1", ")", "”", "’", ".", "Washington", "NEW YORK", "some words here",
        ];
        lines.extend(crate::testdata::generated(&pieces, 300_000));
        // The edges: 14 to 16 and 199 to 201 characters before the match, each
        // opening character, one to four words, white space around the colon.
        for len in [13, 14, 15, 16, 199, 200, 201] {
            for x in ["a", "1", ")", "”", "’", "A", "-"] {
                for ws in [" ", "  ", "\u{a0}"] {
                    for caps in ["ABCD", "ABC", "AB CD", "AB CD EF", "AB CD EF GH", "U.S.", "É.É.", "ABCD EF", "Ab CD", "A"] {
                        for tail in [": X", ":X", " :  É", ": x", " : X"] {
                            lines.push(format!("{}{x}{ws}{caps}{tail}", "b".repeat(len)));
                        }
                    }
                }
            }
        }
        let mut n = 0;
        for l in &lines {
            let old = INNER_DATELINE.is_match(l);
            assert_eq!(inner_dateline(l), old, "{l:?}");
            if old {
                n += 1;
                assert!(may_be_inner_dateline(l), "{l:?}");
            }
        }
        assert!(n >= 3);
        assert!(!may_be_inner_dateline("Photo: Reuters"));
    }

    #[test]
    fn ascii_content_words_equal_the_plain_version() {
        let mut lines: Vec<String> = [
            "", "a", "abc", "ABC'S don't rock'n'roll 'quoted' dogs' x''y it's 1999 2020s A1B2C3 O'Neill's", "'abc", "abc'", "abc'1", "ab'c'd'", "12'ab",
            "Hello, World! THE quick-brown fox_jumps\tover 1234 5678x", "a'b'c", "x'Y", "The The the",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(crate::testdata::lines().into_iter().filter(|l| l.is_ascii()));
        for lang in [None, Some(whatlang::Lang::Eng), Some(whatlang::Lang::Deu)] {
            let stop = lang.and_then(crate::lang::stoplist);
            for l in &lines {
                let mut ours = Vec::new();
                content_words(l, stop, &mut |w| ours.push(w.to_owned()));
                assert_eq!(ours, content_words_reference(l, stop), "{l:?}");
            }
        }
    }

    const BODY: &str = "The hospital was struck by a cruise missile on Monday morning, killing a doctor and injuring seven children.\n\
        Rescuers searched the rubble of the hospital for survivors while parents carried children to shelters.\n\
        Officials said the missile strike on the hospital was one of the heaviest attacks on the capital in months.\n";

    fn spans(text: &str) -> Vec<Span> {
        crate::detect::spans_of(&HeadlineList, text)
    }

    #[test]
    fn edition_links_are_cross_links() {
        let s = spans(&format!("{BODY}Read in English: City approves new bike lanes downtown\n{BODY}"));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].rule, "headline_list/read-also");
        let s = spans(&format!("{BODY}Lire aussi | Inflation : les prix alimentaires repartent à la hausse\n{BODY}"));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].rule, "headline_list/read-also");
    }

    #[test]
    fn paragraph_after_an_inline_list_is_the_article() {
        let text = format!(
            "{BODY}Read also\nInflation slows in October and stays below forecasts\nNational team calls up two newcomers for friendlies\n\
            National health chiefs said the hospital would need months of repairs before doctors could work there again, at great cost.\n{BODY}"
        );
        let s = spans(&text);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].lines, 3..6);
    }

    #[test]
    fn article_resumes_after_a_headed_list_of_bare_headlines() {
        let text = format!(
            "{BODY}Read also\nInflation slows in October and stays below forecasts\nNational team calls up two newcomers for friendlies\n\
            Storm closes schools across the region\n\
            \"We had no warning at all,\" said a nurse who was on duty when the missile struck the hospital.\n\
            Repairs ahead\n\
            Engineers said the hospital's east wing would have to be rebuilt, which could take a year.\n"
        );
        let s = spans(&text);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].lines, 3..7);
    }

    #[test]
    fn glued_card_precheck_keeps_every_card() {
        let mut lines: Vec<String> = crate::testdata::lines().iter().map(|l| l.to_string()).collect();
        lines.extend(
            ["Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by the tale of the tape.", "Is Violence In Sports On The Rise?Violence is part of the game in many sports."]
                .map(String::from),
        );
        let mut n = 0;
        for l in &lines {
            let t = l.trim();
            // The full scan (a non-ASCII line), whose glue points all lie in `t`.
            if t.is_ascii() && glued_card(&format!("{t}\u{e9}")) {
                n += 1;
                assert!(may_glue_ascii(t), "{t:?}");
            }
        }
        assert!(n >= 2);
    }

    #[test]
    fn glued_story_cards() {
        assert!(glued_card("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by the tale of the tape."));
        assert!(glued_card("Is Violence In Sports On The Rise?Violence is part of the game in many sports."));
        assert!(!glued_card("Apple released the new iPhone and the MacBook Pro on Tuesday in California."));
        assert!(!glued_card("Watch It On YouTube Tonight"));
        assert!(INNER_DATELINE.is_match("UN regrets new US position on legality of settlements UNITED NATIONS: United Nations Secretary General said"));
        assert!(!INNER_DATELINE.is_match("NEW DELHI: Their American dream shattered, nearly 150 Indians returned home broke on Wednesday."));
    }

    #[test]
    fn stamps() {
        for l in ["7H ago 08:51", "3 hours ago", "vor 2 Stunden", "il y a 3 jours", "hace 7 horas", "Nov 7 23:05", "November 19, 2019", "12. März 2024", "07.11.2019 14:30", "18 Nov 2019, 4:33pm"] {
            assert!(STAMP.is_match(l), "{l}");
        }
        for l in ["Nov 7 was the day the council met", "3 hours ago the bridge closed", "10:32"] {
            assert!(!STAMP.is_match(l), "{l}");
        }
    }

    #[test]
    fn cards_between_stamps() {
        let cards = "Why farmers paint their cows with stripes\nThe science behind it could save farmers money.\n7H ago\nCouncil approves new budget for roads\nMembers voted after a long debate.\n8H ago\nMan rescued from frozen lake\nFirefighters pulled him out in time.\n9H ago\nStorm closes schools across the region\nClasses resume on Monday.\n10H ago\n";
        let t = format!("{BODY}{cards}");
        let v: Vec<Span> = spans(&t).into_iter().filter(|s| s.rule == "headline_list/feed").collect();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].lines, 3..15);
        // Live-blog updates under bare times are not cards.
        let live = "10:32\nThe minister has arrived at the hall.\n10:45\nShe is expected to speak shortly.\n11:02\nThe speech has begun.\n11:15\n";
        assert!(!spans(&format!("{BODY}{live}")).iter().any(|s| s.rule == "headline_list/feed"));
        // A forum thread's posts under user names and dates are not cards.
        let posts = "jane_d\nNov 14\nThe sensors drop off after a few hours. Did anyone else see this?\nmark.t\nNov 15\nTry another channel.\nsam77\nNov 15\nSame here, it helped.\npetra_k\nNov 16\nFixed it by moving the stick.\n";
        assert!(!spans(&format!("{BODY}{posts}")).iter().any(|s| s.rule == "headline_list/feed"));
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
    fn numbered_items_after_a_header() {
        let t = format!("{BODY}Lo más leído\n1. Detenido un hombre por robar en cinco farmacias - 14/07/2025\n2. La piscina municipal amplía su horario de verano - 13/07/2025\n3. Cortes de tráfico en el centro por las fiestas - 12/07/2025\n");
        let v = spans(&t);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].lines, 3..7);
        // Without a header, numbered items are no headline run.
        let t = format!("{BODY}1. Detenido un hombre por robar en cinco farmacias\n2. La piscina municipal amplía su horario de verano\n3. Cortes de tráfico en el centro por las fiestas\n");
        assert!(spans(&t).is_empty());
    }

    #[test]
    fn headed_list_ends_at_a_blank_line_before_a_subheading() {
        let t = format!("{BODY}\nLees ook\nWaterschap verhoogt heffing voor volgend jaar\nBoeren boos over plan voor natuurgebied\nNieuwe brug over de Lek gaat open\n\nHuizen moeten wijken voor de dijk\nVoor zeventien woningen aan de binnenkant van de dijk is geen ruimte meer, zegt het waterschap.\n");
        let v = spans(&t);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].lines, 4..8);
    }

    #[test]
    fn keeps_subheadings_about_the_body() {
        let t = format!("{BODY}The missile strike on the hospital\nRescuers searched the rubble for children.\nChildren carried to shelters\nParents carried children to shelters after the strike.\nOfficials on the capital attacks\n");
        assert!(spans(&t).is_empty());
    }
}
