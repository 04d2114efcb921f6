//! `comments`: comment threads (wpDiscuz, Disqus, WordPress classic, Facebook plugin, forums).
//!
//! Lines are classified as thread markers ("Notify of", "47 Comments",
//! "Leave a Reply", "Kommentare", …, whole lines only) or comment structure
//! (handles like "Name (@guest_123)", relative times "2 months ago" / "vor 3
//! Tagen" / "il y a 2 jours", date-and-time lines, "Reply", "Reply to X",
//! "Like · Reply", "X says:", "Read more »", "Last edited …", comment-form
//! lines). A thread starts at a marker followed by structure, or at a dense
//! run of structure, and runs to the end of the document unless a long run of
//! article-like paragraphs without structure shows the article resuming
//! (eight with no structure after them, fifteen otherwise: a long comment).
//! When the last comment closes with its actions ("Reply · Report") or the
//! thread's form, the comments end there and the rest goes as the page's
//! footer (`comments/after-thread`, navigation, weaker than line rules).
//! A thread with no article body before it is the page's content and stays,
//! and so does one where the user name that heads the post ("u/ann_b",
//! "jorge.lima"; the page's first prose or the post right before the
//! thread) heads a reply too: a forum thread, not an article's comments;
//! so does one that opens with the first post's own closing action repeated
//! under later posts (a Q&A page's question), or that no marker opens
//! after three or more of the page's own dated records (a listing's jobs,
//! a forum's earlier posts), or that sits under a reviews
//! heading or carries reviewers' badges ("Verified buyer": a product's
//! reviews); the times and actions of
//! those, and of a thread with no text before it (a link aggregator's
//! comment page), go one by one (`comments/post-chrome`).

use super::{is_body_line, phrase_sets, Category, Detector, Span};
use crate::features::{slot, Doc};
use crate::lexicon::{set, COMMENT_ACTIONS, COMMENT_FORM, COMMENT_MARKERS, SHARE_CORE};
use aho_corasick::AhoCorasick;
// The static patterns run on `Matcher` (forward lazy DFA, no reverse automaton).
use super::Matcher as Regex;
use std::sync::LazyLock;

/// What a line is inside a comment thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    /// Nothing special.
    Plain,
    /// A thread marker.
    Marker,
    /// "Name (@handle)".
    Handle,
    /// Relative time or date with time.
    Time,
    /// Reply / like / share actions.
    Action,
    /// "X says:".
    Says,
    /// A comment cut with "Read more »", or "Last edited …".
    Trailer,
    /// Comment form lines.
    Form,
}

/// A comment count ("12 Comments"); its closing word boundary is written as
/// `(?:\W|$)`, as in [`AGO`] (asked only `is_match`).
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:conversation|discussion|diskussion|débat|discusión|discussione|discussie|dyskusja)\W+)?(\d+|one|no|ein|eine|un|une|una|uno|een|jeden)\s+(comments?|kommentare?|commentaires?|comentarios?|commenti|commento|reacties|reactie|komentarz[ey]?|komentarzy|responses?|replies|antworten|réponses?|respuestas?|risposte|reacciones|thoughts? on|réflexions? sur|comentários?)(?:\W|$)").expect("valid regex")
});
static COUNT_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(comments?|kommentare|commentaires|comentarios|commenti|reacties|komentarze|comentários|kommentarer|komentáře|diskuse|diskuze|comentarii|kommentit|hozzászólások)\s*([(\[]\s*\d+\s*[)\]]\s*([^.!?\s][^.!?]{0,29})?|\d+\W*)$").expect("valid regex")
});
/// Comment counts in Russian, Ukrainian, Chinese, Japanese and Korean:
/// "Комментарии (3)", "3条评论", "评论(4)", "コメント(12)", "댓글 5".
static COUNT_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(\d+\s*(条|條|件|个|個|개)?\s*(网友评论|评论|評論|コメント|댓글|комментари[йяев]?|коментар(і|ів|я)?)|(网友评论|评论|評論|コメント|댓글|комментарии|коментарі)\s*[(\[（]?\s*\d+\s*[)\]）]?)\W*$").expect("valid regex")
});
/// Stems one of which every match of [`COUNT_CJK`] contains, lowercase.
const COUNT_CJK_STEMS: [&str; 6] = ["评论", "評論", "コメント", "댓글", "коммент", "комент"];
/// Relative times in Chinese, Japanese, Korean, Russian and Ukrainian: "3小时前", "3時間前", "5분 전", "3 часа назад".
static AGO_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d+\s*(秒|秒钟|分钟|分鐘|分|小时|小時|時間|天|日|周|週|週間|个月|個月|ヶ月|か月|カ月|年)\s*前|\d+\s*(초|분|시간|일|주|개월|달|년)\s*전|\d+\s+(?:(?:секунд|минут|час|дн|недел|месяц|год|хвилин|годин|тижн|місяц|рок)\w*|день|лет|рік)\s+(назад|тому)").expect("valid regex")
});

/// Cheap necessary condition for [`AGO_CJK`]: one of its closing words.
fn may_be_ago_cjk(line: &str) -> bool {
    !line.is_ascii() && has_lead(line, [0xE5, 0xEC, 0xD0, 0xD1]) && (line.contains('前') || line.contains('전') || line.contains("назад") || line.contains("тому"))
}

/// Whether `s` holds one of the bytes `lead` (the first UTF-8 bytes of the
/// words a test looks for: a cheap necessary condition, in a pass the
/// compiler vectorises).
fn has_lead(s: &str, lead: [u8; 4]) -> bool {
    s.bytes().fold(false, |a, c| a | (c == lead[0]) | (c == lead[1]) | (c == lead[2]) | (c == lead[3]))
}

/// A comment action with its count glued on: "点赞(12)", "Like(3)" → the action.
fn without_count(item: &str) -> &str {
    let Some(body) = item.strip_suffix(')').or_else(|| item.strip_suffix('）')) else { return item };
    match body.rfind(['(', '（']) {
        Some(at) if body[at..].chars().skip(1).all(|c| c.is_ascii_digit()) && body[at..].chars().count() > 1 => body[..at].trim_end(),
        _ => item,
    }
}

static HANDLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^()]{1,60}\(@[\w.\-]+\)\s*$").expect("valid regex"));
/// Relative times ("2 months ago", "vor 3 Tagen", …). Asked only
/// `is_match`, so each word boundary at an alternative's edge (all of them,
/// each next to a word character) is written as the non-word character or
/// haystack edge it stands for: `(?:^|\W)` before, `(?:\W|$)` after, once
/// around all the alternatives (each `\W` is a large Unicode class: written
/// out per alternative, they tripled the regex's construction cost). Same
/// lines match, and the regex runs on the lazy DFA on non-ASCII lines too (a
/// Unicode `\b` sent those to the bounded backtracker). The Polish stems that take
/// any ending share one `\w*` (an alternation is a union: `a\w*|b\w*` is
/// `(?:a|b)\w*`; six copies of the class were a third of its build).
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    super::bounded_regex(concat!(
        r"(?i)(?:^|\W)(?:",
        r"(?:\d+|a|an|one|few)\s+(?:sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago",
        r"|vor\s+(?:\d+|einer|einem|einigen|wenigen)\s+(?:sekunden?|minuten?|stunden?|tag|tagen|wochen?|monat|monaten|jahr|jahren)",
        r"|il y a\s+(?:\d+|un|une|quelques)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)",
        r"|hace\s+(?:\d+|un|una|unos|unas)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes|meses|años?)",
        r"|(?:\d+|un|una)\s+(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa",
        r"|(?:\d+|een)\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren)\s+geleden",
        r"|\d+\s+(?:(?:sekund|minut|godzin|tygodni|miesiąc|rok)\w*|min\.?|godz\.?|dni|dzień|tydz\.?|miesięcy|mies\.?|lat)\s+temu",
        r"|há\s+\d+\s+(?:minutos?|horas?|dias?|semanas?|meses|anos?)",
        r"|(?:\d+|en|ett|et)\s+(?:sekunder|sekund|minuter|minutter|minutt|minut|timmar|timme|timer|time|dagar|dager|dage|dag|døgn|veckor|vecka|uger|uge|uker|uke|månader|månad|måneder|måned|år)\s+(?:sedan|siden)",
        r"|před\s+(?:\d+\s+)?(?:vteřinami|sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem|měsíci|měsícem|lety|rokem)",
        r"|acum\s+(?:\d+|un|o)\s+(?:secunde|minute|minut|ore|oră|zile|zi|săptămâni|săptămână|luni|lună|ani|an)",
        r"|\d+\s+(?:sekuntia|minuuttia|tuntia|päivää|viikkoa|kuukautta|vuotta)\s+sitten",
        r")(?:\W|$)"
    ))
});
/// A date with a clock time ("12.03.2024 14:05", "March 3 at 9:30"). Asked
/// only `is_match`; its word boundaries are written without look-around, as
/// in [`AGO`]: `\b\d{4}\b` and `\b(month)\w*\b` before `.{0,30}` and a
/// digit need a non-word character right after them (a digit there would
/// leave no boundary), which is then the gap's first character (lines hold
/// no `\n`, the one character `.` skips).
static DATETIME: LazyLock<Regex> = LazyLock::new(|| {
    super::bounded_regex(r"(?i)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.{0,30}|(?:^|\W)(?:\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\w*)\W.{0,29})\d{1,2}[:.h]\d{2}(?:\W|$)")
});
static REPLY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(reply to|replying to|in reply to|antwort an|antworten auf|en réponse à|répondre à|respuesta a|responder a|in risposta a|rispondi a|reactie op|antwoord op|odpowiedź na|odpowiedz)\s+\S").expect("valid regex")
});
static SAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.!?]{1,60}\s(says|said|sagt|schreibt|dit|écrit|dice|escribe|scrive|zegt|schrijft|pisze|napisał|napisała|disse|diz)\s*:?\s*$").expect("valid regex")
});
/// Verbs of [`WROTE`], lowercase (its cheap pre-check).
const WROTE_VERBS: [&str; 15] =
    ["wrote", "schrieb", "a écrit", "escribió", "ha scritto", "scrisse", "schreef", "napisał", "escreveu", "skrev", "napsal", "a scris", "kirjoitti", "írta", "kirjutas"];

/// [`WROTE_VERBS`] in one automaton (any of them anywhere in a string).
static WROTE_VERB_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(WROTE_VERBS).expect("valid patterns"));

/// A post's header in a forum or a quoted reply: "#2 Name schrieb am 20.11.2026, 08:02 Uhr:", "Name wrote:".
static WROTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^!?]{1,60}?\s(wrote|schrieb|a écrit|escribió|ha scritto|scrisse|schreef|napisał|napisała|escreveu|skrev|napsal|napsala|a scris|kirjoitti|írta|kirjutas)(\s+(on|am|le|el|il|op|dne|pe|den|em)\s[^!?]{1,40})?\s*:\s*$")
        .expect("valid regex")
});

/// "Read more »" at a line's end. Only lines containing `»`, `›` or `…` can match,
/// so it runs on those alone (see [`is_trailer`]).
static TRAILER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(read more|mehr lesen|weiterlesen|lire la suite|leer más|leggi tutto|lees meer|czytaj więcej|ler mais)\s*[»›…]\s*$").expect("valid regex")
});
/// "Last edited …" at a line's start (its closing word boundary as in [`AGO`]).
static TRAILER_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(last edited|edited|zuletzt bearbeitet|bearbeitet|modifié|dernière modification|editado|modificato|bewerkt|edytowany)(?:\W|$)").expect("valid regex")
});
static FORM_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(name|e-?mail|website|comment|kommentar|nom|nombre|nome|naam|imię|commentaire|comentario|commento|reactie|komentarz|webseite|site web|sitio web|sito web|e-mail-adresse|your name|your email)\s*\*?\s*(\(required\))?$").expect("valid regex")
});
/// Vote and rating counts under a comment: "Rating: 7 Votes", "12 likes", "+3 points".
static VOTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(rating|score|votes?|likes?|points?|bewertung|punkte|stimmen|note|puntos|punti|punten|punkty)\s*:?\s*[+\-−]?\d+(\s+(votes?|likes?|points?|stimmen|punkte|votos|voti|stemmen|głosów))?\W*$|^[+\-−]?\d+\s+(votes?|likes?|points?|upvotes?|stimmen|punkte|votos|voti|stemmen|głosów)\W*$").expect("valid regex")
});
static TIME_TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+\s?(s|m|h|d|w|y|mo|min|hr|hrs|yr|yrs|j|t|std|tim)?$").expect("valid regex"));

/// Every kind, indexed by its discriminant.
const KINDS: [Kind; 8] = [Kind::Plain, Kind::Marker, Kind::Handle, Kind::Time, Kind::Action, Kind::Says, Kind::Trailer, Kind::Form];

/// [`classify`], memoised per line.
fn kind(doc: &Doc<'_>, i: usize) -> Kind {
    KINDS[doc.memo(slot::COMMENTS, i, || classify(doc, i) as u16) as usize]
}

fn classify(doc: &Doc<'_>, i: usize) -> Kind {
    let f = &doc.feats[i];
    if doc.lines[i].blank {
        return Kind::Plain;
    }
    let line = crate::features::trim(doc.line(i));
    if f.words <= 8 && COMMENT_MARKERS.is_norm(&doc.norm_lower(i)) {
        return Kind::Marker;
    }
    // "10 thoughts on “<the article's title>”" may be long; a sentence is not a marker.
    if (f.words <= 15 || f.words <= 40 && !f.terminal) && may_be_count(doc, i, line) && (COUNT.is_match(line) || COUNT_PAREN.is_match(line)) {
        return Kind::Marker;
    }
    if f.words <= 8 && !line.is_ascii() && has_lead(doc.lower(i), [0xE8, 0xE3, 0xEB, 0xD0]) && COUNT_CJK_STEMS.iter().any(|k| doc.lower(i).contains(k)) && COUNT_CJK.is_match(line) {
        return Kind::Marker;
    }
    if f.words <= 10 && f.digits > 0 && may_be_ago_cjk(line) && AGO_CJK.is_match(line) {
        return Kind::Time;
    }
    // `'@'` first: a byte search, where `"(@"` sets up a substring searcher.
    if f.words <= 10 && crate::features::has_byte(line.as_bytes(), b'@') && line.contains("(@") && HANDLE.is_match(line) {
        return Kind::Handle;
    }
    if f.words <= 10 && (may_be_ago(line, doc.lower(i)) && AGO.is_match(line) || has_clock(line) && DATETIME.is_match(line)) || f.words <= 5 && f.separators > 0 && f.digits > 0 && is_name_time(line) {
        return Kind::Time;
    }
    // A lone share verb ("Share", "teilen") is a share bar's, not a comment's.
    let share_verb = f.words == 1 && SHARE_CORE.contains(&crate::features::trim(doc.lower(i)));
    if f.words <= 5 && !share_verb && COMMENT_ACTIONS.is_norm(&doc.norm_lower(i)) || f.words <= 8 && starts_with_any(line, "riaeo") && REPLY_TO.is_match(line) {
        return Kind::Action;
    }
    if f.words <= 4 && f.digits > 0 && VOTES.is_match(line) {
        return Kind::Action;
    }
    if f.words <= 8 && f.separators > 0 && is_action_bar(line) || (2..=6).contains(&f.words) && f.separators == 0 && is_action_row(line) {
        return Kind::Action;
    }
    if f.words <= 8 && ends_with_says(line) && SAYS.is_match(line) {
        return Kind::Says;
    }
    if f.words <= 16 && line.ends_with(':') && WROTE_VERB_KEYS.is_match(doc.lower(i)) && WROTE.is_match(line) {
        return Kind::Says;
    }
    if is_trailer(line) {
        return Kind::Trailer;
    }
    if f.words <= 40 && phrase_sets(doc, i) & set::COMMENT_FORM != 0 && COMMENT_FORM.contains(crate::features::trim(doc.lower(i)))
        || f.words <= 4 && may_be_form_field(line) && FORM_FIELD.is_match(line)
    {
        return Kind::Form;
    }
    Kind::Plain
}

/// A comment cut with "Read more »", or "Last edited …".
fn is_trailer(line: &str) -> bool {
    !line.is_ascii() && may_have_trailer_mark(line) && line.contains(['»', '›', '…']) && TRAILER_END.is_match(line) || may_be_trailer_start(line) && TRAILER_START.is_match(line)
}

/// Necessary for a `»`, `›` or `…` in `line`: a byte that ends one of them
/// in UTF-8 (0xBB, 0xBA, 0xA6), found in a pass the compiler vectorises.
fn may_have_trailer_mark(line: &str) -> bool {
    line.bytes().fold(false, |a, c| a | matches!(c, 0xBB | 0xBA | 0xA6))
}

/// Cheap necessary condition for [`TRAILER_START`]: the line opens with the
/// first three letters of one of its words in either case ("edi", "zul",
/// "bea", "bew", "mod", "der", "edy"), or with "la" and then an `s` or a
/// non-ASCII byte (`ſ` matches `s` case-insensitively). No other letter of
/// those openings has a non-ASCII case variant.
fn may_be_trailer_start(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() < 3 {
        return false;
    }
    let head = [b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase(), b[2].to_ascii_lowercase()];
    matches!(&head, b"edi" | b"zul" | b"bea" | b"bew" | b"mod" | b"der" | b"edy") || &head[..2] == b"la" && (head[2] == b's' || head[2] >= 0x80)
}

/// Cheap necessary condition for a case-insensitive regex anchored at the
/// line's start whose alternatives all begin with an ASCII letter in
/// `firsts` (lowercase, none of them `k` or `s`, whose case classes hold
/// non-ASCII characters): the line starts with one of them, in either case.
fn starts_with_any(line: &str, firsts: &str) -> bool {
    line.as_bytes().first().is_some_and(|b| firsts.as_bytes().contains(&b.to_ascii_lowercase()))
}

/// Stems that every alternative of the comment words in [`COUNT`] and
/// [`COUNT_PAREN`] contains (searched by the phrase screen, bit [`set::COUNT_STEMS`]).
pub(crate) const COUNT_STEM_LIST: [&str; 17] = [
    "comment", "komment", "coment", "koment", "reacti", "reacci", "respons", "réponse", "respuest", "rispost", "repl", "antwort",
    "thought", "réflexion", "diskus", "diskuz", "hozzászól",
];

/// Cheap necessary condition for [`COUNT`] and [`COUNT_PAREN`] in line `i`
/// (trimmed: `line`): the lowercased line ([`Doc::lower`]) contains a stem of
/// their comment words. Every character those case-insensitive regexes match
/// to a stem's letter lowercases to it, except `ſ` (an `s`): lines with one are not filtered.
fn may_be_count(doc: &Doc<'_>, i: usize, line: &str) -> bool {
    !line.is_ascii() && line.contains('ſ') || phrase_sets(doc, i) & set::COUNT_STEMS != 0
}

/// The ASCII keys of [`may_be_ago`], with the whitespace [`AGO`] requires
/// next to them (`\s+ago`, `vor\s+`, …; ASCII whitespace, as for ASCII lines).
static AGO_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut keys = Vec::new();
    for ws in [" ", "\t", "\u{b}", "\u{c}"] {
        for k in ["ago", "fa", "geleden", "temu", "sedan", "siden", "sitten"] {
            keys.push(format!("{ws}{k}"));
        }
        for k in ["vor", "il y a", "hace", "acum"] {
            keys.push(format!("{k}{ws}"));
        }
    }
    AhoCorasick::new(keys).expect("valid patterns")
});

/// Cheap necessary condition for [`FORM_FIELD`]: the line starts with the
/// first letter of one of its alternatives, in any case (with the non-ASCII
/// `K` and `ſ` that case-insensitive `k` and `s` match).
fn may_be_form_field(line: &str) -> bool {
    line.chars().next().is_some_and(|c| matches!(c.to_ascii_lowercase(), 'n' | 'e' | 'w' | 'c' | 'k' | 'i' | 'r' | 's' | 'y' | 'ſ' | '\u{212A}'))
}

/// The closing words of [`AGO`], as [`may_be_ago`] looks for them.
const AGO_WORD_LIST: [&str; 13] = ["ago", "vor", "il y a", "hace", "fa", "geleden", "temu", "há", "sedan", "siden", "sitten", "acum", "před"];

/// [`AGO_WORD_LIST`] in one automaton (any of them anywhere in a string).
static AGO_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(AGO_WORD_LIST).expect("valid patterns"));

/// Cheap necessary condition for [`AGO`]: the line contains one of its
/// closing words ([`AGO_WORD_LIST`]), in any case. (`DATETIME` needs three digits, which the features count.)
/// `lower` is the untrimmed line lowercased ([`Doc::lower`]).
fn may_be_ago(line: &str, lower: &str) -> bool {
    if line.is_ascii() {
        // ASCII lowercasing is what eq_ignore_ascii_case compares; a key
        // with its whitespace inside the trimmed line is inside `lower` too.
        return AGO_KEYS.is_match(lower);
    }
    // 'ſ' starts with 0xC5 in UTF-8, U+212A and U+212B hold 0x84.
    if !has_lead(line, [0xC5, 0x84, 0xC5, 0x84]) || !line.contains(['ſ', '\u{212A}', '\u{212B}']) {
        // Without those, fold_lower(line) is `lower` trimmed, up to the
        // context rule for 'Σ' (no key has a sigma), and no key begins or
        // ends with white space.
        return AGO_WORDS.is_match(lower);
    }
    AGO_WORDS.is_match(&fold_lower(line))
}

/// Cheap necessary condition for [`DATETIME`]: a clock time, a digit, `:`, `.`
/// or `h`, and two digits.
fn has_clock(line: &str) -> bool {
    if line.is_ascii() {
        // Of an ASCII character, `is_numeric` is `is_ascii_digit`.
        return line.as_bytes().windows(4).any(|w| w[0].is_ascii_digit() && matches!(w[1], b':' | b'.' | b'h' | b'H') && w[2].is_ascii_digit() && w[3].is_ascii_digit());
    }
    has_clock_chars(line)
}

/// [`has_clock`] a character at a time.
fn has_clock_chars(line: &str) -> bool {
    let mut w = ['\0'; 4];
    for c in line.chars() {
        w = [w[1], w[2], w[3], c];
        if w[0].is_numeric() && matches!(w[1], ':' | '.' | 'h' | 'H') && w[2].is_numeric() && w[3].is_numeric() {
            return true;
        }
    }
    false
}

/// Cheap necessary condition for [`SAYS`]: the last word, before an optional
/// colon, is one of its verbs (compared case-insensitively).
fn ends_with_says(line: &str) -> bool {
    const VERBS: [&str; 16] =
        ["says", "said", "sagt", "schreibt", "dit", "écrit", "dice", "escribe", "scrive", "zegt", "schrijft", "pisze", "napisał", "napisała", "disse", "diz"];
    let t = line.trim_end();
    let t = t.strip_suffix(':').unwrap_or(t).trim_end();
    let Some(last) = t.rsplit(char::is_whitespace).next() else { return false };
    if last.chars().count() > 9 {
        return false;
    }
    if last.is_ascii() {
        return VERBS.iter().any(|v| v.eq_ignore_ascii_case(last));
    }
    let folded = fold_lower(last);
    VERBS.contains(&folded.as_str())
}

/// Lowercases `s` so that every character the regex crate's `(?i)` matches to
/// a lowercase Latin letter becomes that letter (`ſ` → `s`, Kelvin sign → `k`).
fn fold_lower(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let c = match c {
                'ſ' => 's',
                '\u{212A}' => 'k',
                '\u{212B}' => 'å',
                c => c,
            };
            c.to_lowercase()
        })
        .collect()
}

/// "Like · Reply · 3 · 2y", "Reply · Share ›": every item an action, a count or a short time.
fn is_action_bar(line: &str) -> bool {
    let items: Vec<&str> = line.split(['·', '•', '|']).map(crate::features::trim).filter(|s| !s.is_empty()).collect();
    items.len() >= 2
        && items.iter().any(|it| COMMENT_ACTIONS.is_line(without_count(it)))
        && items.iter().all(|it| COMMENT_ACTIONS.is_line(without_count(it)) || TIME_TOKEN.is_match(it) || AGO.is_match(it))
}

/// A commenter's name and the post's age between separators: "Birgitta H · 2 tim".
fn is_name_time(line: &str) -> bool {
    let items: Vec<&str> = line.split(['·', '•', '|']).map(crate::features::trim).filter(|s| !s.is_empty()).collect();
    matches!(items.as_slice(), [name, time] if name.split_whitespace().count() <= 3 && (TIME_TOKEN.is_match(time) || AGO.is_match(time)))
}

/// `COMMENT_ACTIONS.is_line(w)` for a word without white space: an ASCII
/// one is normalised on the stack (lowercasing and the trim of non-letters,
/// non-digits at its ends are byte operations there; it holds no white
/// space to fold), the rest through [`crate::lexicon::Phrases::is_line`].
fn is_action_word(w: &str) -> bool {
    if !w.is_ascii() || w.len() > 32 {
        return COMMENT_ACTIONS.is_line(w);
    }
    let t = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let mut buf = [0u8; 32];
    let b = &mut buf[..t.len()];
    b.copy_from_slice(t.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).is_ok_and(|s| COMMENT_ACTIONS.is_norm(s))
}

/// A row of action words without separators, with their counts: "Reply Like (14)".
fn is_action_row(line: &str) -> bool {
    let mut actions = 0;
    for w in line.split_whitespace() {
        let core = w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']'));
        if is_action_word(without_count(w)) {
            actions += 1;
        } else if core.is_empty() || !core.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    actions >= 2
}

fn structural(k: Kind) -> bool {
    !matches!(k, Kind::Plain | Kind::Marker)
}

/// The comment-thread detector.
pub struct Comments;

impl Detector for Comments {
    fn name(&self) -> &'static str {
        "comments"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        let n = doc.len();
        let kinds: Vec<Kind> = (0..n).map(|i| kind(doc, i)).collect();
        let nonblank: Vec<usize> = (0..n).filter(|&i| !doc.lines[i].blank).collect();
        // Article prose: sentences of eight words or more (stopword density
        // varies too much across languages to ask for it here).
        let prose = |i: usize| is_body_line(doc, i) || doc.feats[i].words >= 8 && doc.feats[i].terminal;
        let sentence = |i: usize| doc.feats[i].words >= 10 && doc.feats[i].terminal;
        let start = thread_start(&kinds, &nonblank, &sentence);
        let mut thread: Option<(usize, usize)> = None;
        // The page's own posts (a forum or Q&A page): their times and actions go, their texts stay.
        let mut posts: Option<(usize, usize)> = None;
        if let Some(s) = start {
            let body_before = (0..s).filter(|&i| prose(i)).count();
            let first = (0..s).find(|&i| prose(i)).unwrap_or(s);
            let e = thread_end(doc, &kinds, s);
            // The post right before the thread: its run of prose lines (a
            // cookie notice may be the page's first prose, above the post's head).
            let last_post = (0..s).rev().find(|&i| prose(i)).map(|l| {
                let mut b = l;
                while let Some(p) = doc.prev_nonblank(b).filter(|&p| prose(p)) {
                    b = p;
                }
                b
            });
            let forum = op_replies(doc, first, s, doc.len()) || last_post.is_some_and(|b| b != first && op_replies(doc, b, s, doc.len()));
            if body_before >= 2 && !forum {
                // The page's own dated records (a listing's "Posted 2 days ago",
                // a forum's earlier posts) before a would-be thread that no
                // marker opens: it is more of them.
                let records = kinds[s] != Kind::Marker && (first..s).filter(|&i| kinds[i] == Kind::Time).count() >= TIMES_BEFORE;
                if !posts_before(doc, &kinds, &prose, first, s, e) && !teaser_counts(doc, &kinds, s, e) && !reply_subject_before(doc, s) && !records {
                    if first_post_closes(doc, &kinds, &prose, s, e) || reviews(doc, s, comments_close(doc, &kinds, s, e).unwrap_or(e)) {
                        posts = Some((s, e));
                    } else {
                        thread = Some((s, e));
                    }
                }
            } else if body_before == 0 && kinds[s] != Kind::Marker {
                posts = Some((s, e));
            }
        }
        if let Some((s, e)) = posts {
            for i in (s..e).filter(|&i| matches!(kinds[i], Kind::Time | Kind::Action)) {
                out.push(Span::lines(i..i + 1, Category::Comments, "comments/post-chrome", 0.8, "a post's time or action"));
            }
        }
        if let Some((s, e)) = thread {
            // After the comments, the rest of the page is its footer: it goes
            // too, as navigation, where line rules may name it better.
            let close = comments_close(doc, &kinds, s, e).unwrap_or(e);
            out.push(Span::lines(s..close, Category::Comments, "comments/thread", 0.93, "comment thread"));
            if close < e {
                out.push(Span::lines(close..e, Category::Navigation, "comments/after-thread", 0.88, "page footer after the comment thread"));
            }
        }
        for i in 0..n {
            let in_thread = thread.is_some_and(|(s, e)| i >= s && i < e);
            if kinds[i] == Kind::Marker && !in_thread {
                out.push(Span::lines(i..i + 1, Category::Comments, "comments/marker", 0.9, "comment section marker"));
            } else if kinds[i] == Kind::Form && !in_thread && doc.feats[i].words >= 5 {
                out.push(Span::lines(i..i + 1, Category::Comments, "comments/form", 0.85, "comment form notice"));
            }
        }
    }
}

/// Non-blank lines before a would-be thread that `reviews` reads for a reviews heading.
const REVIEWS_LOOK: usize = 12;

/// The would-be thread `start..end` is a product's or place's reviews, the
/// page's content: a reviews heading ([`crate::lexicon::REVIEW_HEADINGS`]:
/// "Customer reviews", "Write a review") lies within [`REVIEWS_LOOK`]
/// non-blank lines before it, or a reviewer's badge
/// ([`crate::lexicon::REVIEW_BADGES`]: "Verified buyer") inside it (a
/// heading inside could be the footer's menu). Their sorting and votes are
/// a comment thread's chrome.
fn reviews(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    use crate::lexicon::{REVIEW_BADGES, REVIEW_HEADINGS};
    let badge = |i: usize| !doc.lines[i].blank && REVIEW_BADGES.is_doc_line(doc, i);
    (0..start).rev().filter(|&i| !doc.lines[i].blank).take(REVIEWS_LOOK).any(|i| REVIEW_HEADINGS.is_doc_line(doc, i) || badge(i))
        || (start..end.min(doc.len())).any(badge)
}

/// Time lines between the page's first prose and a would-be thread that no
/// marker opens at and above which the thread is the page's own dated
/// records, not comments (an article has one dateline there).
const TIMES_BEFORE: usize = 3;

/// Nonblank lines a post's closing actions may lie after its text, and before
/// the next post's text (its author's name, rank, join date, …).
const POST_GAP: (usize, usize) = (4, 12);

/// The page's main text is itself a run of posts of the thread `start..end`
/// (a forum or Q&A page, whose thread is the content): between the first
/// prose line `first` and the thread, a post closes like the thread's posts:
/// an action line the thread repeats word for word ("Like", "Reply"), with
/// post text close before and after it; or the marker that opens the thread
/// comes again after post text within it (a Q&A page's "Add a comment" under
/// the question and under an answer). (A post's time is no such sign: an
/// article's dateline lies between its standfirst and its body.)
fn posts_before(doc: &Doc<'_>, kinds: &[Kind], prose: &dyn Fn(usize) -> bool, first: usize, start: usize, end: usize) -> bool {
    let actions: Vec<&str> = (start..end).filter(|&i| kinds[i] == Kind::Action).map(|i| crate::features::trim(doc.lower(i))).collect();
    let near = |from: usize, back: bool, gap: usize| {
        let mut seen = 0;
        let mut i = from;
        loop {
            i = if back {
                match i.checked_sub(1) {
                    Some(j) if j >= first => j,
                    _ => return false,
                }
            } else if i + 1 < start {
                i + 1
            } else {
                return false;
            };
            if doc.lines[i].blank {
                continue;
            }
            if prose(i) {
                return true;
            }
            seen += 1;
            if seen >= gap {
                return false;
            }
        }
    };
    let closes_before = (first + 1..start).any(|j| {
        kinds[j] == Kind::Action && actions.contains(&crate::features::trim(doc.lower(j))) && near(j, true, POST_GAP.0) && near(j, false, POST_GAP.1)
    });
    // The marker that opens the thread closes a later post again ("Add a
    // comment" under the question and under each answer of a Q&A page); a
    // count ("2 comments") is a header that may come twice.
    let marker = crate::features::trim(doc.lower(start));
    closes_before
        || kinds[start] == Kind::Marker
            && doc.feats[start].digits == 0
            && (start + 1..end).any(|j| {
                crate::features::trim(doc.lower(j)) == marker && (j.saturating_sub(POST_GAP.1)..j).any(|k| !doc.lines[k].blank && prose(k))
            })
}

/// Non-blank lines between the page's first post text and a would-be thread
/// that `first_post_closes` allows (the post's author, its title).
const FIRST_POST_TAIL: usize = 2;

/// The would-be thread `start..end` opens with the closing chrome of the
/// page's own first post (a Q&A page's question: its time, then "Report"):
/// the thread starts at most [`FIRST_POST_TAIL`] non-blank lines after the
/// last text line before it, its first action comes before any text or
/// marker in it, and the same action closes a later post of the thread
/// (with post text close before it). An article's comments open with a
/// marker ("Comments") or their first comment's header, not with the
/// article's own actions repeated under every comment.
fn first_post_closes(doc: &Doc<'_>, kinds: &[Kind], prose: &dyn Fn(usize) -> bool, start: usize, end: usize) -> bool {
    let end = end.min(kinds.len());
    let tail = (0..start).rev().filter(|&i| !doc.lines[i].blank).take(FIRST_POST_TAIL + 1).any(prose);
    if !tail || kinds[start] == Kind::Marker {
        return false;
    }
    let Some(action) = (start..end).filter(|&i| !doc.lines[i].blank).take_while(|&i| !prose(i) && kinds[i] != Kind::Marker).find(|&i| kinds[i] == Kind::Action) else {
        return false;
    };
    let text = crate::features::trim(doc.lower(action));
    (action + 1..end).any(|j| {
        kinds[j] == Kind::Action && crate::features::trim(doc.lower(j)) == text && (j.saturating_sub(POST_GAP.1)..j).any(|k| k > action && !doc.lines[k].blank && prose(k))
    })
}

/// Non-blank lines before a would-be thread that `reply_subject_before` reads.
const SUBJECT_LOOK: usize = 6;

/// The would-be thread starting at `start` is a forum's later post: within
/// [`SUBJECT_LOOK`] non-blank lines before it lies a reply subject
/// ("Re: <title>") that the page has already shown at least twice before
/// (the earlier posts of the same thread carry it too).
fn reply_subject_before(doc: &Doc<'_>, start: usize) -> bool {
    let subject = |i: usize| {
        let l = doc.lower(i).trim();
        (crate::lexicon::REPLY_PREFIXES.iter().any(|p| l.starts_with(p)) && doc.feats[i].words >= 3).then_some(l)
    };
    let Some((at, line)) = (0..start).rev().filter(|&i| !doc.lines[i].blank).take(SUBJECT_LOOK).find_map(|i| subject(i).map(|l| (i, l))) else {
        return false;
    };
    (0..at).filter(|&i| !doc.lines[i].blank && doc.lower(i).trim() == line).count() >= 2
}

/// Fewest distinct comment counts that make a would-be thread a list of teasers.
const TEASER_COUNTS: usize = 3;

/// The would-be thread `start..end` is a list of teasers (a topic page's
/// stories, each with its comment count): it holds no comment action
/// ("Reply", "Like"), "X says:" line or handle, only times and counts, and
/// at least [`TEASER_COUNTS`] comment counts ("48 comments") with different
/// numbers. A thread has one count, at its head; its posts carry actions.
fn teaser_counts(doc: &Doc<'_>, kinds: &[Kind], start: usize, end: usize) -> bool {
    let end = end.min(kinds.len());
    if (start..end).any(|i| matches!(kinds[i], Kind::Action | Kind::Says | Kind::Handle | Kind::Form)) {
        return false;
    }
    let mut counts: Vec<&str> = (start..end)
        .filter(|&i| kinds[i] == Kind::Marker && doc.feats[i].digits > 0)
        .map(|i| doc.line(i).trim().trim_start_matches(|c: char| !c.is_ascii_digit()).split(|c: char| !c.is_ascii_digit()).next().unwrap_or(""))
        .collect();
    counts.sort_unstable();
    counts.dedup();
    counts.len() >= TEASER_COUNTS
}

/// Lines before a post's first paragraph that `op_replies` reads for its author.
const OP_HEAD: usize = 4;

/// A user name: one lowercase token with letters and a separator inside
/// that names do not have (`_`, `/`, `.`: "u/wren_on_wheels", "jorge.lima",
/// "petra_k"), trimmed of punctuation; not a menu's "Impressum/Datenschutz".
pub fn user_name(token: &str) -> Option<&str> {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let marked = t.contains(['_', '/', '.']) && !t.chars().any(char::is_uppercase);
    (letters >= 3 && t.chars().count() >= 4 && marked && !t.contains("://") && !t.contains('@')).then_some(t)
}

/// A forum thread, not an article's comments: the user name on the lines
/// right before the post's first paragraph (`body`, up to [`OP_HEAD`]
/// lines) heads a reply in the thread (`start..end`) too, on a line of at
/// most three tokens: the original poster answers in the thread. An article's byline
/// holds a person's name, not a user name.
pub fn op_replies(doc: &Doc<'_>, body: usize, start: usize, end: usize) -> bool {
    let head: Vec<usize> = (0..body).rev().filter(|&i| !doc.lines[i].blank).take(OP_HEAD).collect();
    let names: Vec<&str> = head.iter().filter(|&&i| doc.line(i).split_whitespace().count() <= 6).flat_map(|&i| doc.line(i).split_whitespace().filter_map(user_name)).collect();
    if names.is_empty() {
        return false;
    }
    (start..end.min(doc.len())).any(|i| !doc.lines[i].blank && post_header_names(doc.line(i)).any(|t| names.contains(&t)))
}

/// The user names ([`user_name`]) of a post's header line: a line of at
/// most three tokens ("u/wren_on_wheels · 5h"); none on a longer line.
pub fn post_header_names(line: &str) -> impl Iterator<Item = &str> {
    // Every user name holds '_', '/' or '.' (one vectorised byte test), and a
    // fourth token rules the line out: no need to split the rest of it (an
    // ASCII line's tokens are its runs between ASCII white space, as
    // `split_whitespace` has them).
    let b = line.as_bytes();
    let marked = b.iter().fold(false, |a, &c| a | matches!(c, b'_' | b'/' | b'.'));
    let short = marked
        && if line.is_ascii() {
            b.split(|&c| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')).filter(|t| !t.is_empty()).nth(3).is_none()
        } else {
            line.split_whitespace().nth(3).is_none()
        };
    (if short { line } else { "" }).split_whitespace().filter_map(user_name)
}

/// Sentences of ten words or more between a marker and the comment
/// structure after it that show the marker is a link in the article's head
/// ("Comment" beside "Share"), not the thread's heading.
const MARKER_PROSE: usize = 2;

/// First line of the thread: a marker with structure after it (and no
/// article sentences in between: `sentence`), or the start of a dense run
/// of structure.
fn thread_start(kinds: &[Kind], nonblank: &[usize], sentence: &dyn Fn(usize) -> bool) -> Option<usize> {
    for (pos, &i) in nonblank.iter().enumerate() {
        let window = &nonblank[pos..(pos + 25).min(nonblank.len())];
        let structure = window.iter().filter(|&&j| structural(kinds[j])).count();
        if kinds[i] == Kind::Marker && structure >= 2 {
            let first = window.iter().position(|&j| structural(kinds[j])).unwrap_or(window.len());
            if window[..first].iter().filter(|&&j| sentence(j)).count() < MARKER_PROSE {
                return Some(i);
            }
            continue;
        }
        if structural(kinds[i]) && kinds[i] != Kind::Trailer {
            let w = &nonblank[pos..(pos + 12).min(nonblank.len())];
            let mut distinct: Vec<Kind> = w.iter().map(|&j| kinds[j]).filter(|&k| structural(k)).collect();
            let count = distinct.len();
            distinct.sort_by_key(|k| *k as u8);
            distinct.dedup();
            if count >= 3 && distinct.len() >= 2 {
                // Take a marker just before the run along.
                let back = nonblank[pos.saturating_sub(3)..pos].iter().find(|&&j| kinds[j] == Kind::Marker).copied();
                return Some(back.unwrap_or(i));
            }
        }
    }
    None
}

/// Article-like paragraphs without comment structure after which the article
/// has resumed when no more structure follows them.
const RESUME: usize = 8;

/// Article-like paragraphs without comment structure after which the article
/// has resumed even if structure follows (a long comment is shorter).
const RESUME_LONG: usize = 15;

/// End (exclusive) of a thread starting at `start`: the document's end unless the article resumes.
fn thread_end(doc: &Doc<'_>, kinds: &[Kind], start: usize) -> usize {
    let n = doc.len();
    let mut run_start: Option<usize> = None;
    let mut body_run = 0;
    for i in start + 1..n {
        if doc.lines[i].blank {
            continue;
        }
        if structural(kinds[i]) || kinds[i] == Kind::Marker {
            run_start = None;
            body_run = 0;
            continue;
        }
        if is_body_line(doc, i) {
            if run_start.is_none() {
                run_start = Some(i);
            }
            body_run += 1;
            if body_run >= RESUME_LONG {
                return run_start.unwrap_or(i);
            }
        }
    }
    match run_start {
        Some(r) if body_run >= RESUME => r,
        _ => n,
    }
}

/// Where the comments of a thread `start..end` stop when its last comment
/// closes with its actions ("Reply", "Report") or a form: what follows
/// is the page's footer. `None` when the thread ends with a comment's text.
fn comments_close(doc: &Doc<'_>, kinds: &[Kind], start: usize, end: usize) -> Option<usize> {
    let mut last = (start + 1..end).rev().find(|&i| !doc.lines[i].blank && kinds[i] != Kind::Plain)?;
    // Short lines about commenting right after ("Log in om te reageren") are the thread's too.
    let about_commenting = |n: usize| {
        phrase_sets(doc, n) & set::COUNT_STEMS != 0 || doc.lower(n).contains("reage")
    };
    while let Some(n) = doc.next_nonblank(last).filter(|&n| n < end && doc.feats[n].words <= 10 && about_commenting(n)) {
        last = n;
    }
    let footer = (last + 1..end).any(|i| !doc.lines[i].blank);
    (footer && matches!(kinds[last], Kind::Action | Kind::Trailer | Kind::Marker | Kind::Form)).then_some(last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rewritten word boundaries of [`AGO`], [`COUNT`], [`TRAILER_START`]
    /// and [`DATETIME`] match the same lines as the `\b` forms they replace.
    #[test]
    fn ascii_clock_test_equals_the_char_scan() {
        for l in ["10:32", "a 1.05 b", "7h30", "9H15x", "1:2", "12:3", "", "abc", "x 2 : 30", "19.11.2026 08:02 Uhr", "10h", "1h 30"] {
            assert_eq!(has_clock(l), has_clock_chars(l), "{l:?}");
        }
    }

    #[test]
    fn lead_byte_screens_keep_every_word() {
        for k in COUNT_CJK_STEMS {
            assert!(has_lead(k, [0xE8, 0xE3, 0xEB, 0xD0]), "{k}");
        }
        for k in ["前", "전", "назад", "тому"] {
            assert!(has_lead(k, [0xE5, 0xEC, 0xD0, 0xD1]), "{k}");
        }
        for k in ["ſ", "\u{212A}", "\u{212B}"] {
            assert!(has_lead(k, [0xC5, 0x84, 0xC5, 0x84]), "{k:?}");
        }
        assert!(!has_lead("plain über", [0xE8, 0xE3, 0xEB, 0xD0]));
    }

    #[test]
    fn trailer_mark_screen_keeps_every_mark() {
        for l in ["Read more »", "Weiterlesen ›", "and so on…", "»", "Цена", "plain", "ünd", "x\u{bb}"] {
            assert!(may_have_trailer_mark(l) || !l.contains(['»', '›', '…']), "{l:?}");
        }
        assert!(!may_have_trailer_mark("plain ascii") && !may_have_trailer_mark("über"));
    }

    /// [`is_action_word`] answers as `COMMENT_ACTIONS.is_line` on every word of the corpus lines.
    #[test]
    fn action_words_as_is_line() {
        let lines = crate::testdata::corpus_lines();
        let extra = ["Reply", "LIKE", "(Like)", "like!", "Like(3)", "…Reply", "Antworten", "répondre", "", "((", "x".repeat(40).as_str(), "A\u{301}"].map(String::from);
        for w in lines.iter().flat_map(|l| l.split_whitespace().map(str::to_owned)).chain(extra) {
            for w in [w.as_str(), without_count(&w)] {
                assert_eq!(is_action_word(w), COMMENT_ACTIONS.is_line(w), "{w:?}");
            }
        }
    }

    #[test]
    fn boundary_free_regexes_match_as_before() {
        let old_ago = Regex::new(concat!(
            r"(?i)\b(\d+|a|an|one|few)\s+(sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b",
            r"|\bvor\s+(\d+|einer|einem|einigen|wenigen)\s+(sekunden?|minuten?|stunden?|tag|tagen|wochen?|monat|monaten|jahr|jahren)\b",
            r"|\bil y a\s+(\d+|un|une|quelques)\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b",
            r"|\bhace\s+(\d+|un|una|unos|unas)\s+(segundos?|minutos?|horas?|días?|semanas?|mes|meses|años?)\b",
            r"|\b(\d+|un|una)\s+(secondi|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa\b",
            r"|\b(\d+|een)\s+(seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren)\s+geleden\b",
            r"|\b\d+\s+(sekund\w*|minut\w*|min\.?|godzin\w*|godz\.?|dni|dzień|tygodni\w*|tydz\.?|miesiąc\w*|miesięcy|mies\.?|lat|rok\w*)\s+temu\b",
            r"|\bhá\s+\d+\s+(minutos?|horas?|dias?|semanas?|meses|anos?)\b",
            r"|\b(\d+|en|ett|et)\s+(sekunder|sekund|minuter|minutter|minutt|minut|timmar|timme|timer|time|dagar|dager|dage|dag|døgn|veckor|vecka|uger|uge|uker|uke|månader|månad|måneder|måned|år)\s+(sedan|siden)\b",
            r"|\bpřed\s+(\d+\s+)?(vteřinami|sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem|měsíci|měsícem|lety|rokem)\b",
            r"|\bacum\s+(\d+|un|o)\s+(secunde|minute|minut|ore|oră|zile|zi|săptămâni|săptămână|luni|lună|ani|an)\b",
            r"|\b\d+\s+(sekuntia|minuuttia|tuntia|päivää|viikkoa|kuukautta|vuotta)\s+sitten\b"
        ))
        .unwrap();
        let old_count = Regex::new(r"(?i)^\W*(?:(?:conversation|discussion|diskussion|débat|discusión|discussione|discussie|dyskusja)\W+)?(\d+|one|no|ein|eine|un|une|una|uno|een|jeden)\s+(comments?|kommentare?|commentaires?|comentarios?|commenti|commento|reacties|reactie|komentarz[ey]?|komentarzy|responses?|replies|antworten|réponses?|respuestas?|risposte|reacciones|thoughts? on|réflexions? sur|comentários?)\b").unwrap();
        let old_trailer_start = Regex::new(r"(?i)^(last edited|edited|zuletzt bearbeitet|bearbeitet|modifié|dernière modification|editado|modificato|bewerkt|edytowany)\b").unwrap();
        let old_datetime = Regex::new(r"(?i)(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\w*\b).{0,30}\d{1,2}[:.h]\d{2}\b").unwrap();
        let mut lines: Vec<String> = crate::testdata::corpus_lines().iter().map(|l| l.trim().to_owned()).collect();
        let pieces = [
            " ", "3", "12", "٣", "x", "é", ".", "temu", "sekund", "minut", "min", "godzin", "godz", "dni", "dzień", "tygodni", "tydz", "miesiąc", "miesięcy", "mies",
            "lat", "rok", "iem", "ach", "ami", "ę", "_", "-", "ago", "hours", "vor", "Tagen", "\t",
        ];
        lines.extend(crate::testdata::generated(&pieces, 200_000));
        for s in [
            "3 minutami temu", "2 rokiem temu", "5 tygodniach temu", "3 miesiącami temu", "3 godzinę temu", "3 latach temu", "2 minx temu", "4 sekund_ temu",
            "2 hours ago", "2 hours agoé", "é2 hours ago", "x2 hours ago", "vor 3 Tagen", "vor 3 Tagenß", "Zuvor 3 Tagen", "acum 2 oră", "acum 2 orăx", "acum 2 oră.",
            "3 dni temu", "2 godz. temu", "před 5 minutami", "før 2 år siden", "12 Comments", "12 Commentsé", "12 comments:", "Last edited by x", "modifié le 3", "modifiéx",
            "12.03.2024 14:05", "2024 14:05", "2024年 14:05", "x2024 14:05", "March 3 at 9:30", "Märzé 3 9:30", "marços 3 9:30", "Juni2024 12:30", "mar 12:30", "mar. 12:30",
            "mayö 12:30", "2024-14:05", "2024 14:05é", "2024 14:055", "5 Minuten", "a few", "",
        ] {
            lines.push(s.to_owned());
        }
        for l in &lines {
            assert_eq!(AGO.is_match(l), old_ago.is_match(l), "AGO {l:?}");
            assert_eq!(COUNT.is_match(l), old_count.is_match(l), "COUNT {l:?}");
            assert_eq!(TRAILER_START.is_match(l), old_trailer_start.is_match(l), "TRAILER_START {l:?}");
            assert_eq!(DATETIME.is_match(l), old_datetime.is_match(l), "DATETIME {l:?}");
        }
    }

    #[test]
    fn cjk_and_cyrillic_comment_counts_and_actions() {
        for line in ["3条评论", "4 条评论", "评论(4)", "コメント(12)", "댓글 5", "Комментарии (3)", "Коментарі (2)"] {
            assert!(COUNT_CJK.is_match(line), "{line}");
        }
        assert!(!COUNT_CJK.is_match("（评论员 罗博 萧海川）"));
        assert!(AGO_CJK.is_match("もとまち太郎 3時間前") && AGO_CJK.is_match("5분 전") && AGO_CJK.is_match("3 часа назад"));
        assert_eq!(without_count("点赞(12)"), "点赞");
        assert_eq!(without_count("Like (3)"), "Like");
        assert_eq!(without_count("(12)"), "");
        assert_eq!(without_count("Reply"), "Reply");
        assert!(is_action_bar("回复 | 点赞(12)") && is_action_row("返信 いいね 8") && is_action_row("답글 좋아요 12 싫어요 0"));
    }

    #[test]
    fn trailer_start_pre_check_is_necessary() {
        let mut lines: Vec<String> = ["Last edited by x", "LAST EDITED", "Laſt edited", "edited 3 times", "Zuletzt bearbeitet", "Bearbeitet", "BEWERKT", "modifié le 3", "Dernière modification", "Editado", "Modificato", "Edytowany", "ed", ""].map(String::from).to_vec();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                lines.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(|l| l.trim().to_string()));
            }
        }
        for l in &lines {
            if TRAILER_START.is_match(l) {
                assert!(may_be_trailer_start(l), "{l:?}");
            }
        }
    }

    const BODY: &str = "The council voted on Monday to approve the new budget for the coming year, after a long debate.\n\
        Members said the plan would protect local services and keep taxes at the same level as before.\n\
        The opposition argued that the spending on roads was too low and that it would cost more later.\n";

    fn spans(text: &str) -> Vec<Span> {
        crate::detect::spans_of(&Comments, text)
    }

    #[test]
    fn pasted_thread_with_glued_marker_and_action_row() {
        let t = format!("{BODY}Comments (27) Sort by: Newest\nreader_77 2 hours ago\nFifteen pounds for a week of butter and cheese now, it is a joke.\nReply Like (14)\n");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread" && s.lines == (3..7)));
        assert_eq!(classify_line("Reply Like (14)"), Kind::Action);
        assert_eq!(classify_line("Like (14)"), Kind::Plain);
    }

    #[test]
    fn footer_after_the_last_comments_actions_is_navigation() {
        let t = format!("{BODY}3 Comments\njane_d 2 hours ago\nA fair point about the budget, well made.\nReply · Report\nWe use cookies to run this site and to measure its use.\nAbout us\n");
        let v = spans(&t);
        let thread = v.iter().find(|s| s.rule == "comments/thread").expect("a thread");
        let footer = v.iter().find(|s| s.rule == "comments/after-thread").expect("a footer");
        assert_eq!((thread.lines.clone(), footer.lines.clone(), footer.category), (3..7, 7..9, Category::Navigation));
    }

    #[test]
    fn forum_post_headers() {
        assert_eq!(classify_line("#2 Example_User schrieb am 20.11.2026, 08:02 Uhr:"), Kind::Says);
        assert_eq!(classify_line("R. Example wrote on 3 May 2024:"), Kind::Says);
        assert_eq!(classify_line("The minister wrote in a letter to the council that the plan was final."), Kind::Plain);
    }

    fn classify_line(line: &str) -> Kind {
        classify(&Doc::analyse(line, None, &[]), 0)
    }

    #[test]
    fn wpdiscuz_thread_to_end() {
        let t = format!("{BODY}Notify of\n\nInline Feedbacks\nView all comments\n\nCymbeline (@guest_833134)\n2 months ago\n\nGood old Russia, as ever.\n\nTams (@guest_833516)\n2 months ago\n\nGlad to see the trolls have gone.\n");
        let v = spans(&t);
        let th = v.iter().find(|s| s.rule == "comments/thread").expect("thread");
        assert_eq!(th.lines, 3..17);
    }

    #[test]
    fn classic_and_multilingual_structure() {
        let t = format!("{BODY}3 Kommentare\n\nMaria sagt:\n12. März 2023 um 10:14\n\nSehr guter Artikel.\n\nAntworten\n");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread" && s.lines.start == 3));
        let t = format!("{BODY}Commentaires\n\nJean\nil y a 2 jours\nBravo.\nRépondre\n");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread"));
        let t = format!("{BODY}Comentarios\n\nAna\nhace 3 días\nMuy bien.\nResponder\n");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread"));
    }

    #[test]
    fn vote_counts_are_structure() {
        for line in ["Rating: 7 Votes", "12 likes", "+3 points", "Score: 4"] {
            let doc = Doc::analyse(line, None, &[]);
            assert_eq!(classify(&doc, 0), Kind::Action, "{line}");
        }
        let doc = Doc::analyse("The rating fell 7 points in a week.", None, &[]);
        assert_eq!(classify(&doc, 0), Kind::Plain);
    }

    /// `post_header_names` gives a line's user names exactly when it has at most three tokens.
    #[test]
    fn post_header_names_equal_their_definition() {
        let mut lines = crate::testdata::lines();
        lines.extend(["u/ann_b", "u/ann_b\x0b5h ago x", "jorge.lima · 5h", "a b c\u{a0}jorge.lima", "petra_k\t\t2h"].map(String::from));
        for l in &lines {
            let want: Vec<&str> = if l.split_whitespace().count() <= 3 { l.split_whitespace().filter_map(user_name).collect() } else { Vec::new() };
            assert_eq!(post_header_names(l).collect::<Vec<_>>(), want, "{l:?}");
        }
    }

    #[test]
    fn user_names() {
        assert_eq!(user_name("u/wren_on_wheels"), Some("u/wren_on_wheels"));
        assert_eq!(user_name("jorge.lima"), Some("jorge.lima"));
        assert_eq!(user_name("Impressum/Datenschutz"), None);
        assert_eq!(user_name("Smith"), None);
        assert_eq!(user_name("end."), None);
    }

    #[test]
    fn a_thread_where_the_original_poster_replies_is_the_pages_content() {
        let t = format!("Posted by u/ann_b\n{BODY}47 comments\nu/carl_d\n2 hours ago\nThat is a good point about the route, thanks.\nReply\nu/ann_b\n1 hour ago\nGlad it helps, the second half is flatter.\nReply\n");
        assert!(!spans(&t).iter().any(|s| s.rule == "comments/thread"));
        // A byline's person name is no user name: the comments go.
        let t = format!("By Ann Baker\n{BODY}47 comments\nu/carl_d\n2 hours ago\nThat is a good point about the route, thanks.\nReply\nAnn Baker\n1 hour ago\nGlad it helps, the second half is flatter.\nReply\n");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread"));
        // A cookie notice above the post is the page's first prose: the post's head is read above the post itself.
        let t = format!("This site uses cookies to improve your experience and to show you relevant ads.\nAccept all\nu/ann_b\n{BODY}47 comments\nu/carl_d\n2 hours ago\nThat is a good point about the route, thanks.\nReply\nu/ann_b\n1 hour ago\nGlad it helps, the second half is flatter.\nReply\n");
        assert!(!spans(&t).iter().any(|s| s.rule == "comments/thread"));
    }

    #[test]
    fn posts_closing_like_the_threads_are_the_pages_content() {
        // Each post closes with "Like / Reply / Report", the first ones before the thread's structure gets dense.
        let t = include_str!("../../fixtures/types/forum/thread_en_ebike.txt");
        assert!(!spans(t).iter().any(|s| s.rule == "comments/thread"));
        // A Q&A page: "Add a comment" opens the thread under the question and closes each answer.
        let t = include_str!("../../fixtures/types/qa/qa_en_python.txt");
        assert!(!spans(t).iter().any(|s| s.rule == "comments/thread"));
        // An article whose comments close the same way: no post before them.
        let t = format!("{BODY}47 comments\nvera_b\nBristol said:\nquoted\n3 hours ago\nReply\nShort reply here.\nLike\nReply\n");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread"));
    }

    #[test]
    fn dated_records_before_a_thread_make_it_the_pages_records() {
        let job = |k: usize| format!("Staff nurse, ward {k}\nCity Hospital\nBristol\n£31,000 a year\nFull-time, permanent\nJoin our ward caring for patients after heart surgery, with a friendly team of forty.\nEasy apply\nSave\nPosted {k} days ago\n");
        let head: String = (1..=4).map(job).collect();
        let tail = "Theatre nurse\nScrub for orthopaedic lists in a modern six-theatre suite with an on-call rota.\nReply\n2 weeks ago\nReport\nBank nurse\nPick up shifts that fit around your life in a busy emergency department.\nReply\n3 weeks ago\nReport\n";
        let t = format!("{BODY}{head}{tail}");
        assert!(!spans(&t).iter().any(|s| s.rule == "comments/thread"));
    }

    #[test]
    fn a_products_reviews_are_no_comment_thread() {
        let reviews = "Sort by\nMost helpful\nSo comfortable on long runs\nLaura M.\n12 February 2026\nI did a long training run in these on their second outing and had no blisters at all.\nHelpful (34)\nReport\nGreat shoe, narrow toe box\nHannah\n3 February 2026\nLove the cushioning and the weight, but the toe box is a bit narrow for my feet.\nHelpful (19)\nReport\n";
        let t = format!("{BODY}{reviews}");
        assert!(spans(&t).iter().any(|s| s.rule == "comments/thread"));
        // Under a reviews heading, or with a reviewer's badge, they are the page's reviews.
        let t = format!("{BODY}Customer reviews\n4.6 out of 5\n{reviews}");
        assert!(!spans(&t).iter().any(|s| s.rule == "comments/thread"));
        let t = format!("{BODY}{}", reviews.replace("Hannah\n", "Hannah\nVerified buyer\n"));
        assert!(!spans(&t).iter().any(|s| s.rule == "comments/thread"));
    }

    #[test]
    fn forum_page_stays() {
        let t = "Forum › Bikes\nmarcus (@marcus)\n3 years ago\nMy chain keeps slipping, any idea why this happens on hills?\nReply\nellen (@ellen)\n3 years ago\nCheck the cassette, it is probably worn after so many miles.\nReply\n";
        assert!(!spans(t).iter().any(|s| s.rule == "comments/thread"));
    }

    #[test]
    fn article_about_comments_stays() {
        let t = format!("{BODY}Many readers leave a comment under articles, and the comments section has become a battleground for moderators.\nThe study found that 2 months ago most sites had closed their comment sections entirely.\n");
        assert!(spans(&t).is_empty());
    }

    #[test]
    fn long_comment_inside_thread_goes() {
        let meta = "Rating: 7 Votes\nnick_a\n2 days ago at 07:54 am\n";
        let long: String = (0..9).map(|k| format!("This is paragraph {k} of one long comment, where the reader argues at length about the new design.\n")).collect();
        let t = format!("{BODY}47 Comments\n{meta}Short first comment here.\n{meta}{long}{meta}A last short comment.\n");
        let s = spans(&t);
        let thread = s.iter().find(|s| s.rule == "comments/thread").expect("a thread");
        assert_eq!(thread.lines.end, t.lines().count(), "{thread:?}");
    }

    #[test]
    fn article_resumes_after_thread_like_widget() {
        let body: String = (0..9).map(|k| format!("Paragraph {k} of the article goes on about the council budget and what it means for the town.\n")).collect();
        let t = format!("{BODY}3 Comments\nnick_a\n2 days ago at 07:54 am\nReply\n{body}");
        let s = spans(&t);
        let thread = s.iter().find(|s| s.rule == "comments/thread").expect("a thread");
        assert!(thread.lines.end < t.lines().count() - 8, "{thread:?}");
    }

    #[test]
    fn long_count_marker_with_title() {
        let line = "10 thoughts on “Business Focus: It’s Why Some People Triumph Online and Others Never Make It Big”";
        let doc = Doc::analyse(line, None, &[]);
        assert_eq!(classify(&doc, 0), Kind::Marker);
        for line in ["Conversation 12 comments", "Diskussion: 4 Kommentare"] {
            assert_eq!(classify(&Doc::analyse(line, None, &[]), 0), Kind::Marker, "{line}");
        }
        let doc = Doc::analyse("3 comments by the minister on the budget were later withdrawn by her office after a long and heated debate.", None, &[]);
        assert_eq!(classify(&doc, 0), Kind::Plain);
    }

    #[test]
    fn a_comment_link_above_the_article_does_not_open_the_thread() {
        // "Comment" beside "Share" in the article's head, the article, then the thread.
        let t = format!("Budget approved\nShare\nComment\n{BODY}2 Comments\njane_d\n2 hours ago\nA fair point.\nReply\nmark_o\n1 hour ago\nAgreed.\nReply\n");
        let v = spans(&t);
        let thread = v.iter().find(|s| s.rule == "comments/thread").expect("a thread");
        assert_eq!(thread.lines.start, 6, "{v:?}");
    }
}
