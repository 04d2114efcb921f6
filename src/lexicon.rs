//! Phrase lists per category and language, and a fast matcher for them.
//!
//! Every list is grouped by language (en, de, fr, es, it, nl, pl, pt; the
//! paywall, call-to-action, consent and list-header lists then sv, da, nb,
//! cs, sk, ro, hu, fi; the groups at the end of a list are ru, uk, zh, ja,
//! ko) and written in lowercase. A [`Phrases`] set is built once per process (the
//! statics below are `LazyLock`s) and matches either anywhere in a line at
//! word boundaries ([`Phrases::find`]) or against the whole normalised line
//! ([`Phrases::is_line`]). To extend a list, add lowercase phrases to the
//! language's slice; nothing else changes.

use aho_corasick::{AhoCorasick, MatchKind};
use ahash::AHashSet as HashSet;
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};
use whatlang::Lang;

/// A set of lowercase phrases with an Aho-Corasick automaton and an
/// exact-line set, each built on first use (a set screened by
/// [`phrase_sets`] needs its automaton only for a line the screen passes:
/// a short run may never build it).
#[derive(Debug)]
pub struct Phrases {
    ac: OnceLock<Option<AhoCorasick>>,
    patterns: Vec<&'static str>,
    exact: OnceLock<HashSet<String>>,
    max_words: OnceLock<u32>,
}

impl Phrases {
    /// Builds the set from per-language groups of lowercase phrases.
    pub fn new(groups: &[&[&'static str]]) -> Phrases {
        let patterns: Vec<&'static str> = groups.iter().flat_map(|g| g.iter().copied()).filter(|p| !p.is_empty()).collect();
        Phrases { ac: OnceLock::new(), patterns, exact: OnceLock::new(), max_words: OnceLock::new() }
    }

    /// The automaton over the phrases (leftmost-longest), built on first use.
    fn ac(&self) -> Option<&AhoCorasick> {
        self.ac
            .get_or_init(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA)).build(&self.patterns).ok())
            .as_ref()
    }

    /// The phrases normalised with [`norm`], built on first use.
    fn exact(&self) -> &HashSet<String> {
        self.exact.get_or_init(|| self.patterns.iter().map(|p| norm(p)).collect())
    }

    /// The first phrase found in `lower` (an already lowercased line) at word boundaries.
    pub fn find(&self, lower: &str) -> Option<&'static str> {
        let ac = self.ac()?;
        ac.find_iter(lower).find(|m| bounded(lower, m.start(), m.end())).map(|m| self.patterns[m.pattern().as_usize()])
    }

    /// Index (see [`Phrases::pattern`]) of the phrase [`Phrases::find`] returns.
    pub fn find_index(&self, lower: &str) -> Option<usize> {
        let ac = self.ac()?;
        ac.find_iter(lower).find(|m| bounded(lower, m.start(), m.end())).map(|m| m.pattern().as_usize())
    }

    /// Index of the phrase with the most words among those found in `lower`
    /// at word boundaries (the first of them on ties).
    pub fn find_longest_index(&self, lower: &str) -> Option<usize> {
        let ac = self.ac()?;
        let words = |k: usize| self.patterns[k].split_whitespace().count();
        ac.find_iter(lower)
            .filter(|m| bounded(lower, m.start(), m.end()))
            .map(|m| m.pattern().as_usize())
            .fold(None, |best: Option<usize>, k| if best.is_some_and(|b| words(b) >= words(k)) { best } else { Some(k) })
    }

    /// The phrase with index `k` (as [`Phrases::find_index`] returns it).
    pub fn pattern(&self, k: usize) -> &'static str {
        self.patterns[k]
    }

    /// True when a phrase occurs in `lower` at word boundaries.
    pub fn contains(&self, lower: &str) -> bool {
        self.find(lower).is_some()
    }

    /// Number of distinct non-overlapping phrase hits in `lower`.
    pub fn count(&self, lower: &str) -> usize {
        self.ac().map_or(0, |ac| ac.find_iter(lower).filter(|m| bounded(lower, m.start(), m.end())).count())
    }

    /// True when the whole line, given lowercased, normalised with [`norm_lower`], is one of the phrases.
    pub fn is_line_lower(&self, lower: &str) -> bool {
        self.exact().contains(norm_lower(lower).as_ref())
    }

    /// True when the whole line, normalised with [`norm`], is one of the phrases.
    pub fn is_line(&self, line: &str) -> bool {
        // `norm`, lowercasing into a reused buffer (`push_lower` is `str::to_lowercase`).
        let mut lower = crate::features::scratch();
        crate::features::push_lower(&mut lower, line);
        self.exact().contains(norm_lower(&lower).as_ref())
    }

    /// True when the normalised line is already known to equal a phrase.
    pub fn is_norm(&self, normed: &str) -> bool {
        self.exact().contains(normed)
    }

    /// True when line `i` of `doc` is, whole, one of the phrases (a heading
    /// such as "Ingredients" or "Customer reviews"): a line with more words
    /// than [`Phrases::max_words`] is skipped before its normal form is asked.
    pub fn is_doc_line(&self, doc: &crate::features::Doc<'_>, i: usize) -> bool {
        doc.feats[i].words <= self.max_words() && self.is_norm(&doc.norm_lower(i))
    }

    /// The most words ([`crate::features::LineFeatures::words`]) of a
    /// normalised phrase. Normalising a line never lowers its word count
    /// (lowercasing keeps letters letters, and only white space and the
    /// non-alphanumeric ends go), so a line with more words is none of the
    /// phrases ([`Phrases::is_norm`] needs no normalised form of it).
    pub fn max_words(&self) -> u32 {
        *self.max_words.get_or_init(|| self.exact().iter().map(|p| crate::features::line_features(p, None).words).max().unwrap_or(0))
    }
}

/// True when `s[start..end]` is not glued to letters or digits on either
/// side. Chinese and Japanese write words without spaces: a han or kana
/// character on either side of a junction does not glue it; Korean glues
/// particles and endings to a word's end, so a phrase ending in hangul may
/// be followed by letters.
fn bounded(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let first = s[start..end].chars().next();
    let last = s[start..end].chars().next_back();
    let letter = |c: Option<char>| c.is_some_and(|c| crate::features::is_alphanumeric(c) && !crate::features::is_cjk(c));
    let glued = |a: Option<char>, b: Option<char>| letter(a) && letter(b);
    let hangul = |c: Option<char>| c.is_some_and(|c| matches!(c, '\u{ac00}'..='\u{d7a3}'));
    !glued(before, first) && (hangul(last) || !glued(last, after))
}

/// Normalises a line for exact comparison: lowercase, no leading or trailing
/// non-alphanumeric characters, inner whitespace collapsed to one space.
pub fn norm(line: &str) -> String {
    norm_lower(&line.to_lowercase()).into_owned()
}

/// [`norm`] of a line that is already lowercased (`str::to_lowercase`);
/// borrows when nothing but trimming is needed.
pub fn norm_lower(lower: &str) -> Cow<'_, str> {
    // Ends that are ASCII letters or digits are trimmed already.
    let b = lower.as_bytes();
    let t = if b.first().is_some_and(u8::is_ascii_alphanumeric) && b.last().is_some_and(u8::is_ascii_alphanumeric) {
        lower
    } else {
        lower.trim_matches(|c: char| !crate::features::is_alphanumeric(c))
    };
    // Plain: no white space but single ASCII spaces. ASCII white space is
    // the space and U+0009 to U+000D; other white space starts with one of
    // four lead bytes (see [`unicode_space_at`]), looked at only in a line
    // that has one. The byte tests are passes the compiler vectorises.
    let b = t.as_bytes();
    let other = b.iter().fold(false, |a, &c| a | (c.wrapping_sub(b'\t') < 5));
    let two = b.iter().zip(b.get(1..).unwrap_or_default()).fold(false, |a, (&x, &y)| a | (x == b' ') & (y == b' '));
    let lead = || b.iter().fold(false, |a, &c| a | matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3));
    let plain = !(other || two || lead() && (0..b.len()).any(|i| unicode_space_at(b, i)));
    if plain {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}

/// True when a non-ASCII white space character (`char::is_whitespace`:
/// U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F,
/// U+205F, U+3000) starts at byte `i` of UTF-8 text `b`.
fn unicode_space_at(b: &[u8], i: usize) -> bool {
    let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        0xC2 => matches!(next(1), 0x85 | 0xA0),
        0xE1 => next(1) == 0x9A && next(2) == 0x80,
        0xE2 => match next(1) {
            0x80 => matches!(next(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            0x81 => next(2) == 0x9F,
            _ => false,
        },
        0xE3 => next(1) == 0x80 && next(2) == 0x80,
        _ => false,
    }
}

/// Bits of the phrase sets that [`phrase_sets`] screens for.
pub mod set {
    /// [`super::CONSENT`].
    pub const CONSENT: u16 = 1 << 0;
    /// [`super::RIGHTS`].
    pub const RIGHTS: u16 = 1 << 1;
    /// [`super::PAYWALL_STRONG`].
    pub const PAYWALL_STRONG: u16 = 1 << 2;
    /// [`super::PAYWALL_WEAK`].
    pub const PAYWALL_WEAK: u16 = 1 << 3;
    /// [`super::CALL_TO_ACTION`].
    pub const CALL_TO_ACTION: u16 = 1 << 4;
    /// [`super::COMMENT_FORM`].
    pub const COMMENT_FORM: u16 = 1 << 5;
    /// [`super::PHOTO_AGENCIES`].
    pub const PHOTO_AGENCIES: u16 = 1 << 6;
    /// [`super::PROMO_WORDS`].
    pub const PROMO_WORDS: u16 = 1 << 7;
    /// [`super::DISCLOSURE`].
    pub const DISCLOSURE: u16 = 1 << 8;
    /// [`super::LEGAL_NOTICE`].
    pub const LEGAL_NOTICE: u16 = 1 << 9;
    /// Key words of `byline`'s bio lines (`byline::bio_keys`).
    pub const BIO_KEYS: u16 = 1 << 10;
    /// Key strings of `caption`'s placing captions (`caption::placed_keys`).
    pub const PLACED_KEYS: u16 = 1 << 11;
    /// `navigation`'s words for a browser cookie (`navigation::COOKIE_WORDS`).
    pub const COOKIE_WORDS: u16 = 1 << 12;
    /// [`super::SHARE_CORE`].
    pub const SHARE_CORE: u16 = 1 << 13;
    /// `comments`' stems of comment-count words (`comments::COUNT_STEM_LIST`).
    pub const COUNT_STEMS: u16 = 1 << 14;
}

/// The screened phrase sets with their [`set`] bits.
fn screened() -> [(&'static Phrases, u16); 10] {
    [
        (&CONSENT, set::CONSENT),
        (&RIGHTS, set::RIGHTS),
        (&PAYWALL_STRONG, set::PAYWALL_STRONG),
        (&PAYWALL_WEAK, set::PAYWALL_WEAK),
        (&CALL_TO_ACTION, set::CALL_TO_ACTION),
        (&COMMENT_FORM, set::COMMENT_FORM),
        (&PHOTO_AGENCIES, set::PHOTO_AGENCIES),
        (&PROMO_WORDS, set::PROMO_WORDS),
        (&DISCLOSURE, set::DISCLOSURE),
        (&LEGAL_NOTICE, set::LEGAL_NOTICE),
    ]
}

/// Literal keys that detectors look for anywhere in a lowercased line (a
/// cheap necessary condition for a regex or a word test), screened with
/// the phrase sets, with their [`set`] bits: one scan of the line instead of
/// one per key list.
fn screened_keys() -> [(Vec<String>, u16); 5] {
    use crate::detect::{byline, caption, comments, navigation};
    let owned = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect::<Vec<String>>();
    [
        (byline::bio_keys(), set::BIO_KEYS),
        (caption::placed_keys(), set::PLACED_KEYS),
        (owned(&navigation::COOKIE_WORDS), set::COOKIE_WORDS),
        (owned(SHARE_CORE), set::SHARE_CORE),
        (owned(&comments::COUNT_STEM_LIST), set::COUNT_STEMS),
    ]
}

/// The bit of [`SCREEN`]'s pattern bits above the [`set`] bits that marks
/// an AI summary label ([`AI_SUMMARY_LABELS`]).
const AI_LABEL_BIT: u32 = 1 << 16;

/// Bytes of each pattern that [`SCREEN`]'s automaton holds: its first
/// [`PREFIX_BYTES`] (a pattern that long or shorter whole).
const PREFIX_BYTES: usize = 4;

/// One automaton over the phrases of the screened sets, the screened keys
/// and the AI summary labels, with each pattern's bits ([`set`],
/// [`AI_LABEL_BIT`]). The automaton is a DFA (a table lookup a byte) over
/// the patterns' distinct prefixes of at most [`PREFIX_BYTES`] bytes, small
/// where one over the whole patterns takes tens of megabytes; where a prefix
/// occurs, the patterns it opens are compared with the text there.
struct Screen {
    dfa: aho_corasick::dfa::DFA,
    /// Per prefix (the DFA's pattern id): its patterns, `patterns[from..to]`,
    /// and the union of their bits.
    prefixes: Vec<(u32, u32, u32)>,
    /// Every pattern with its bits, grouped by prefix.
    patterns: Vec<(Box<[u8]>, u32)>,
}

/// The screen's patterns (the phrases of the screened sets, the keys of
/// `keys` and the AI summary labels), each once, with its bits.
fn screen_patterns(keys: &[(Vec<String>, u16)]) -> (Vec<&str>, Vec<u32>) {
    let mut patterns: Vec<&str> = Vec::new();
    let mut bits: Vec<u32> = Vec::new();
    let mut index: ahash::AHashMap<&str, usize> = ahash::AHashMap::new();
    let all = screened().into_iter().flat_map(|(phrases, bit)| phrases.patterns.iter().map(move |&p| (p, u32::from(bit))));
    let all = all.chain(keys.iter().flat_map(|(list, bit)| list.iter().map(move |p| (p.as_str(), u32::from(*bit)))));
    let all = all.chain(AI_SUMMARY_LABELS.iter().map(|&p| (p, AI_LABEL_BIT)));
    for (p, bit) in all {
        if p.is_empty() {
            continue;
        }
        match index.get(p) {
            Some(&k) => bits[k] |= bit,
            None => {
                index.insert(p, patterns.len());
                patterns.push(p);
                bits.push(bit);
            }
        }
    }
    (patterns, bits)
}

/// The screen's automaton and patterns (`None` if it did not build).
static SCREEN: LazyLock<Option<Screen>> = LazyLock::new(|| {
    let keys = screened_keys();
    let (patterns, bits) = screen_patterns(&keys);
    // Patterns in prefix order: each prefix's patterns are one run.
    let mut order: Vec<usize> = (0..patterns.len()).collect();
    let prefix = |k: usize| &patterns[k].as_bytes()[..patterns[k].len().min(PREFIX_BYTES)];
    order.sort_by(|&x, &y| prefix(x).cmp(prefix(y)).then(x.cmp(&y)));
    let mut heads: Vec<&[u8]> = Vec::new();
    let mut prefixes: Vec<(u32, u32, u32)> = Vec::new();
    let mut grouped: Vec<(Box<[u8]>, u32)> = Vec::new();
    for k in order {
        if heads.last() != Some(&prefix(k)) {
            heads.push(prefix(k));
            prefixes.push((grouped.len() as u32, grouped.len() as u32, 0));
        }
        grouped.push((patterns[k].as_bytes().into(), bits[k]));
        let last = prefixes.last_mut().expect("pushed above");
        last.1 += 1;
        last.2 |= bits[k];
    }
    let dfa = aho_corasick::dfa::Builder::new().match_kind(MatchKind::Standard).start_kind(aho_corasick::StartKind::Unanchored).build(&heads).ok()?;
    Some(Screen { dfa, prefixes, patterns: grouped })
});

/// Bits ([`set`]) of the screened phrase sets and key lists with a phrase
/// or key occurring anywhere in `lower`, word boundaries not checked. A set
/// whose bit is clear matches nothing in `lower` or in any part of it (its
/// `find`, `count` and `contains` find nothing there).
pub fn phrase_sets(lower: &str) -> u16 {
    screen(lower).0
}

/// [`phrase_sets`] of `lower`, and [`has_ai_summary_label`] of it, in the
/// same scan.
pub fn screen(lower: &str) -> (u16, bool) {
    use aho_corasick::automaton::Automaton;
    let Some(sc) = SCREEN.as_ref() else { return (u16::MAX >> 1, has_ai_summary_label(lower)) };
    let (dfa, hay) = (&sc.dfa, lower.as_bytes());
    let mut all = 0u32;
    // Every occurrence of every prefix (overlapping), as the DFA's match
    // states list them; a prefix whose patterns add no new bit is skipped.
    let Ok(mut sid) = dfa.start_state(aho_corasick::Anchored::No) else { return (u16::MAX >> 1, has_ai_summary_label(lower)) };
    for (i, &b) in hay.iter().enumerate() {
        sid = dfa.next_state(aho_corasick::Anchored::No, sid, b);
        if !dfa.is_special(sid) || !dfa.is_match(sid) {
            continue;
        }
        for m in 0..dfa.match_len(sid) {
            let pid = dfa.match_pattern(sid, m);
            let (from, to, union) = sc.prefixes[pid.as_usize()];
            if union & !all == 0 {
                continue;
            }
            let at = &hay[i + 1 - dfa.pattern_len(pid)..];
            for (p, bits) in &sc.patterns[from as usize..to as usize] {
                if bits & !all != 0 && at.starts_with(p) {
                    all |= bits;
                }
            }
        }
    }
    // The set bits are the low 15 (`u16::MAX >> 1` is every set).
    ((all & 0x7FFF) as u16, all & AI_LABEL_BIT != 0)
}

// ---------------------------------------------------------------- comments

/// Lines that open or frame a comment thread (whole-line match).
pub static COMMENT_MARKERS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "notify of", "view all comments", "inline feedbacks", "leave a reply", "leave a comment", "comments", "comment",
            "add a comment", "post a comment", "post comment", "submit comment", "write a comment", "join the discussion",
            "join the conversation", "show comments", "load more comments", "show more comments", "view comments",
            "facebook comments plugin", "newest oldest most voted", "most voted", "cancel reply", "responses to",
            "reader comments", "comments are closed", "comments closed", "comments are closed on this article",
            "comments are closed on this story", "comments are closed for this article", "commenting is closed", "comments have been closed", "sort by best", "sort by newest", "sort by oldest",
            "sort by top", "sort by", "oldest first", "newest first", "add your comment", "be the first to comment",
            "log in to comment", "login to comment", "comment policy", "community guidelines", "inline feedback",
            "you must be logged in to post a comment", "powered by disqus", "comments powered by disqus",
            "what do you think", "tell us what you think", "share your thoughts",
        ],
        &[
            "kommentare", "kommentar", "kommentar schreiben", "kommentieren", "schreibe einen kommentar", "schreib einen kommentar", "hinterlasse einen kommentar", "hinterlassen sie einen kommentar", "kommentar hinterlassen", "antworten abbrechen",
            "alle kommentare anzeigen", "kommentar verfassen", "diskussion", "leserkommentare", "kommentar abschicken",
            "neueste zuerst", "älteste zuerst", "kommentare anzeigen", "weitere kommentare laden", "mehr kommentare anzeigen", "weitere kommentare anzeigen",
        ],
        &[
            "commentaires", "commentaire", "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire",
            "réagir", "réagissez", "voir les commentaires", "écrire un commentaire", "publier le commentaire",
            "annuler la réponse", "répondre à cet article", "afficher plus de commentaires", "voir plus de commentaires",
        ],
        &[
            "comentarios", "comentario", "deja un comentario", "deja una respuesta", "dejar un comentario", "escribe un comentario",
            "añadir comentario", "ver comentarios", "cancelar respuesta", "publicar comentario", "publicar el comentario", "ver más comentarios", "cargar más comentarios",
        ],
        &[
            "commenti", "commento", "lascia un commento", "lascia un commento", "scrivi un commento", "annulla risposta",
            "lascia una risposta", "aggiungi un commento", "mostra commenti", "invia commento", "mostra altri commenti", "carica altri commenti",
        ],
        &["reacties", "reactie", "reageer", "plaats een reactie", "laat een reactie achter", "reactie plaatsen", "bekijk reacties", "meer reacties laden", "toon meer reacties"],
        &["komentarze", "komentarz", "dodaj komentarz", "skomentuj", "napisz komentarz", "pokaż komentarze", "zobacz komentarze", "powiadom o", "zobacz wszystkie komentarze", "odpowiedzi", "odpowiedz", "pokaż więcej komentarzy", "załaduj więcej komentarzy"],
        &["comentários", "deixe um comentário", "deixe uma resposta", "comentar", "ver mais comentários", "carregar mais comentários"],
        &["kommentarer", "kommentera", "skriv en kommentar", "lämna en kommentar", "visa kommentarer", "visa alla kommentarer"],
        &["kommentarer", "skriv en kommentar", "skriv kommentar", "vis kommentarer", "se alle kommentarer"],
        &["komentáře", "diskuse", "diskuze", "přidat komentář", "napsat komentář", "přidat příspěvek", "zobrazit diskusi", "vstoupit do diskuse"],
        &["comentarii", "lasă un comentariu", "adaugă un comentariu", "scrie un comentariu", "vezi comentariile"],
        &["hozzászólások", "hozzászólás", "kommentek", "írj hozzászólást"],
        &["kommentit", "kommentoi", "kirjoita kommentti", "näytä kommentit"],
        &["комментарии", "комментарий", "оставить комментарий", "оставьте комментарий", "добавить комментарий", "написать комментарий", "показать ещё комментарии", "показать еще комментарии", "показать все комментарии", "все комментарии", "обсуждение", "отменить ответ", "комментарии читателей"],
        &["коментарі", "коментар", "залишити коментар", "залиште коментар", "додати коментар", "написати коментар", "показати більше коментарів", "показати ще коментарі", "показати всі коментарі", "всі коментарі", "обговорення", "скасувати відповідь"],
        &["评论", "网友评论", "发表评论", "我要评论", "查看更多评论", "查看全部评论", "全部评论", "最新评论", "热门评论", "评论区", "提交评论", "读者评论", "评论列表", "評論", "網友評論", "發表評論", "留言評論", "發表留言", "发表留言"],
        &["コメント", "コメントする", "コメントを書く", "コメントを投稿", "コメントをもっと見る", "コメントを見る", "すべてのコメント", "コメント一覧", "みんなのコメント", "読者のコメント"],
        &["댓글", "댓글 더보기", "댓글쓰기", "댓글 쓰기", "댓글 작성", "댓글 작성하기", "전체 댓글", "댓글 보기", "댓글달기", "댓글 달기"],
    ])
});

/// Short action lines inside comment threads (whole-line match).
pub static COMMENT_ACTIONS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "reply", "replies", "like", "likes", "report", "flag", "share", "edit", "delete", "upvote", "downvote", "vote up",
            "vote down", "reply ↓", "report abuse", "quote", "permalink", "recommend", "log in to reply", "login to reply", "report post", "report comment",
        ],
        &["antworten", "antwort", "melden", "zitieren", "gefällt mir", "teilen", "beitrag melden", "kommentar melden"],
        &["répondre", "signaler", "j'aime", "citer"],
        &["responder", "denunciar", "me gusta", "citar"],
        &["rispondi", "segnala", "mi piace", "cita"],
        &["beantwoorden", "reageren", "antwoorden", "melden", "vind ik leuk"],
        &["odpowiedz", "zgłoś", "lubię to", "cytuj"],
        &["responder", "curtir"],
        &["svara", "svar", "gilla", "rapportera", "anmäl"],
        &["svar", "synes godt om", "anmeld", "rapporter", "lik"],
        &["odpovědět", "nahlásit", "líbí se mi", "odpovedať", "nahlásiť"],
        &["răspunde", "raportează", "îmi place"],
        &["válasz", "tetszik", "jelentés"],
        &["vastaa", "tykkää", "ilmoita"],
        &["ответить", "ответ", "пожаловаться", "нравится", "цитировать"],
        &["відповісти", "відповідь", "поскаржитися", "подобається", "цитувати"],
        &["回复", "回覆", "点赞", "赞", "举报", "引用", "顶", "踩", "點讚", "讚", "檢舉"],
        &["返信", "返信する", "いいね", "いいね！", "通報", "通報する", "違反報告"],
        &["답글", "답글쓰기", "답글 쓰기", "좋아요", "싫어요", "신고", "신고하기", "공감", "비공감"],
    ])
});

/// Comment-form lines ("Your email address will not be published", "Name *", …), matched anywhere in short lines.
pub static COMMENT_FORM: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "your email address will not be published", "required fields are marked", "save my name, email, and website",
            "notify me of follow-up comments", "notify me of new posts", "you must be logged in to post",
            "this site uses akismet", "your comment is awaiting moderation", "to comment you must", "log in to comment", "register to comment",
            "comments are moderated", "we welcome reader comments", "we ask that comments", "comment policy", "community guidelines",
        ],
        &["deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind", "meinen namen, meine e-mail-adresse und meine website", "in den kommentaren", "zum kommentieren", "kommentare werden moderiert", "netiquette"],
        &["votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée", "les champs obligatoires sont indiqués", "enregistrer mon nom, mon e-mail", "les commentaires sont modérés"],
        &["tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados", "guarda mi nombre, correo electrónico", "para comentar debes", "para comentar", "los comentarios son moderados"],
        &["il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati", "salva il mio nome, email"],
        &["je e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd", "mijn naam, e-mail en website"],
        &["twój adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone", "zapisz moje dane, adres e-mail", "dołącz do dyskusji"],
        &["o seu endereço de e-mail não será publicado", "campos obrigatórios são marcados"],
        &["чтобы оставить комментарий", "чтобы комментировать", "ваш адрес email не будет опубликован", "ваш e-mail не будет опубликован", "обязательные поля помечены", "комментарии модерируются"],
        &["щоб залишити коментар", "щоб коментувати", "ваша адреса електронної пошти не буде опублікована", "обов'язкові поля позначені", "коментарі модеруються"],
        &["登录后发表评论", "登录后才能评论", "登录后评论", "请先登录再评论", "文明上网理性发言", "不会被公开", "不会公开", "评论仅代表网友个人观点", "網友評論僅供其表達個人看法"],
        &["コメントを投稿するにはログイン", "コメントするにはログイン", "メールアドレスが公開されることはありません", "は必須項目です"],
        &["로그인 후 댓글", "댓글을 작성하려면", "이메일 주소는 공개되지 않습니다", "댓글을 입력해 주세요", "댓글을 남겨주세요"],
    ])
});

// ---------------------------------------------------------------- paywall

/// Unambiguous paywall phrases.
pub static PAYWALL_STRONG: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "already a subscriber", "already subscribed", "already have an account", "subscribe to continue reading",
            "subscribe to read", "subscribe now to read", "subscribers only", "for subscribers only", "is for subscribers",
            "exclusive to subscribers", "start your free trial", "start free trial", "free trial", "reached your limit",
            "free articles remaining", "free article remaining", "free articles this month", "article limit",
            "to continue reading", "continue reading with", "unlock this article", "unlock unlimited", "get unlimited access",
            "unlimited digital access", "subscription required", "premium content", "premium article", "become a subscriber",
            "cancel anytime", "cancel at any time", "sign in to continue", "log in to continue", "register to continue",
            "create a free account to continue", "you've read all your free", "you have read all your free",
            "this content is for subscribers", "subscribe for full access", "subscriber-only", "subscriber exclusive",
            "to view the full story", "to read the full story", "please subscribe to", "for immediate access", "instant access to the full",
            "immediate online access", "auto renew", "auto-renew", "renews automatically",
            "your last free article", "read your last free", "to read the rest of this article",
            "to read the rest of the article", "to read the full article", "want to keep reading", "want to continue reading",
            "keep reading with", "subscribe to keep reading", "this article is for subscribers", "only available to subscribers",
            "available to subscribers only", "available exclusively to subscribers", "subscribe to unlock",
            "your free articles", "end of your free",
            "want to read more?", "read all our articles with",
        ],
        &[
            "bereits abonnent", "bereits abonniert", "bereits ein abo", "schon abonnent", "jetzt abonnieren", "abo abschließen",
            "abonnement abschließen", "kostenlos testen", "gratis testen", "testversion", "weiterlesen mit", "nur für abonnenten",
            "exklusiv für abonnenten", "für abonnenten", "plus-artikel", "plus artikel", "jederzeit kündbar", "monatlich kündbar",
            "um diesen artikel zu lesen", "artikel freischalten", "jetzt freischalten", "mit abo lesen", "zugang zu allen artikeln",
            "zum weiterlesen", "um den vollständigen artikel zu lesen", "sofortiger zugriff", "verlängert sich automatisch",
            "sie möchten weiterlesen", "möchten sie weiterlesen", "willst du weiterlesen", "du möchtest weiterlesen",
            "lesen sie alle artikel", "alle artikel lesen", "um weiterzulesen", "artikel weiterlesen",
            "letzter kostenloser artikel", "letzten kostenlosen artikel", "kostenlosen artikel aufgebraucht",
            "abonnenten vorbehalten", "für abonnenten frei",
            "kontingent an kostenlosen", "kostenlosen artikeln",
            "lesen sie weiter mit", "lies weiter mit", "lesen sie alle plus",
            "dieser artikel gehört zum angebot", "ohne abonnement lesen", "ohne abo lesen",
        ],
        &[
            "déjà abonné", "déjà abonnée", "abonnez-vous pour", "essai gratuit", "réservé aux abonnés", "article réservé",
            "cet article est réservé", "de cet article à lire", "sans engagement", "offre d'abonnement", "pour lire la suite",
            "lire la suite de cet article", "accès illimité", "contenu réservé", "abonnement numérique", "résiliable à tout moment",
            "pour lire l'intégralité", "accès immédiat",
        ],
        &[
            "ya eres suscriptor", "ya soy suscriptor", "ya tienes cuenta", "exclusivo para suscriptores", "contenido exclusivo",
            "solo para suscriptores", "prueba gratis", "prueba gratuita", "suscríbete y accede", "suscríbete para seguir leyendo",
            "límite de artículos", "has alcanzado el límite", "artículos gratuitos", "accede sin límites", "para seguir leyendo", "cancela cuando quieras",
            "para ver la nota completa", "acceso inmediato",
        ],
        &[
            "sei già abbonato", "già abbonato", "riservato agli abbonati", "contenuto riservato", "prova gratuita",
            "abbonati per continuare", "per continuare a leggere", "articolo riservato", "hai raggiunto il limite", "limite di articoli", "disdici quando vuoi", "accesso illimitato",
        ],
        &[
            "al abonnee", "ben je al abonnee", "bent u al abonnee", "word abonnee", "alleen voor abonnees", "beschikbaar voor abonnees", "alleen beschikbaar voor abonnees", "proefabonnement",
            "gratis proberen", "lees verder met", "plus-artikel", "dagelijks opzegbaar", "maandelijks opzegbaar", "onbeperkt toegang",
        ],
        &[
            "masz już subskrypcję", "masz już prenumeratę", "wykup subskrypcję", "wykup dostęp", "tylko dla subskrybentów",
            "tylko dla prenumeratorów", "bezpłatny okres próbny", "darmowy okres próbny", "czytaj dalej z", "treść premium",
            "dostęp premium", "artykuł dostępny dla subskrybentów",
            "aby przeczytać cały artykuł", "aby czytać dalej", "aby czytać bez ograniczeń", "czytaj bez ograniczeń",
            "dostęp do wszystkich artykułów", "limit darmowych artykułów", "darmowych artykułów", "jesteś już subskrybentem",
            "zostań subskrybentem", "treść dostępna tylko dla", "artykuł dostępny tylko dla", "dla subskrybentów",
            "pozostała część artykułu", "dalsza część artykułu",
            "kup dostęp", "kup subskrypcję", "kup prenumeratę", "pełna treść artykułu",
            "darmowe artykuły", "bezpłatne artykuły", "bezpłatnych artykułów",
            "chcesz czytać dalej", "chcesz przeczytać cały artykuł", "przeczytać cały artykuł", "czytasz wszystkie artykuły",
        ],
        &[
            "já é assinante", "exclusivo para assinantes", "assine agora", "teste grátis", "conteúdo exclusivo para assinantes",
            "para continuar a ler", "para continuar lendo", "continue lendo com", "assine para continuar", "assine para ler",
            "acesso ilimitado", "atingiu o limite de", "artigos gratuitos", "seja assinante", "torne-se assinante",
            "cancele quando quiser", "cancele a qualquer momento", "só para assinantes", "apenas para assinantes",
            "disponível para assinantes", "já sou assinante",
            "para continuar a leitura", "faça login para continuar", "conteúdo para assinantes",
            "matérias gratuitas", "reportagens gratuitas",
            "quer continuar lendo", "quer continuar a ler", "lê todos os artigos", "leia todas as matérias",
        ],
        &[
            "redan prenumerant", "är du prenumerant", "bli prenumerant", "för prenumeranter", "endast för prenumeranter",
            "bara för prenumeranter", "gratisartikel", "gratisartiklar", "för att läsa vidare", "för att fortsätta läsa",
            "vill du läsa vidare", "vill du fortsätta läsa", "läs vidare med", "ingen bindningstid", "plusartikel",
            "logga in för att läsa", "läs hela artikeln", "ta del av hela artikeln", "prenumerera för att läsa",
            "obegränsad tillgång",
            "köp prenumeration", "teckna prenumeration", "ta del av alla artiklar",
            "gratis artiklar",
            "vill du läsa mer", "läser du alla artiklar", "läs alla artiklar",
        ],
        &[
            "du skal være abonnent", "for abonnenter", "kun for abonnenter", "allerede abonnent", "er du abonnent",
            "bliv abonnent", "køb abonnement", "resten af artiklen", "læs hele artiklen", "for at læse videre",
            "vil du læse videre", "læs videre med", "opsige når som helst", "opsig når som helst", "ingen bindingsperiode",
            "adgang til alle artikler", "gratis artikler",
            "forbeholdt abonnenter", "kræver abonnement", "log ind for at læse",
            "vil du læse mere", "læser du alle artikler", "læs alle artikler",
        ],
        &[
            "kun for abonnenter", "for abonnenter", "allerede abonnent", "bli abonnent", "kjøp abonnement", "resten av saken",
            "resten av artikkelen", "for å lese videre", "vil du lese videre", "les videre med", "ingen bindingstid",
            "tilgang til alle saker", "tilgang til alle artikler", "si opp når som helst",
            "forbeholdt abonnenter", "krever abonnement", "logg inn for å lese",
            "les hele saken", "les hele artikkelen",
            "vil du lese mer", "leser du alle saker", "leser du alle artikler", "les alle saker",
        ],
        &[
            "pouze předplatitelům", "pouze pro předplatitele", "jen pro předplatitele", "jen předplatitelům",
            "exkluzivně pro předplatitele", "jste již předplatitel", "již jste předplatitel", "už jste předplatitel",
            "staňte se předplatitelem", "celý článek je dostupný", "celý článek si přečtete", "přečtěte si celý článek",
            "zbytek článku", "dočtení článku", "předplatné již od", "prémiový obsah", "prémiový článek", "odemknout článek",
            "můžete kdykoli zrušit", "lze kdykoli zrušit",
            "obsah je dostupný pouze", "kupte si předplatné", "objednejte si předplatné",
            "chcete číst dál", "chcete číst dále", "přečíst celý článek", "čtete všechny články",
        ],
        &[
            "len pre predplatiteľov", "iba pre predplatiteľov", "exkluzívne pre predplatiteľov", "ste už predplatiteľ",
            "už ste predplatiteľ", "staňte sa predplatiteľom", "celý článok je dostupný", "prečítajte si celý článok",
            "zvyšok článku", "predplatné už od", "prémiový obsah", "prémiový článok", "môžete kedykoľvek zrušiť",
            "zrušiť kedykoľvek",
            "kúpte si predplatné", "obsah je dostupný len", "objednajte si predplatné",
            "chcete čítať ďalej", "prečítať celý článok", "čítate všetky články",
        ],
        &[
            "doar pentru abonați", "doar pentru abonații", "doar pentru abonati", "numai pentru abonați",
            "exclusiv pentru abonați", "exclusiv pentru abonații", "ești deja abonat", "esti deja abonat", "ai deja abonament",
            "devino abonat", "abonează-te pentru a citi", "pentru a citi articolul integral", "pentru a citi tot articolul",
            "citește articolul integral", "restul articolului", "conținut premium", "articol premium", "acces nelimitat",
            "anulezi oricând", "poți anula oricând",
            "pentru a continua lectura", "pentru a citi mai departe", "cumpără un abonament",
            "doar abonaților", "disponibil doar abonaților", "disponibilă doar abonaților", "articolele gratuite",
            "articole gratuite", "citește tot articolul", "continuarea articolului",
            "vrei să citești mai departe", "vrei să citești tot articolul", "citești toate articolele",
        ],
        &[
            "csak előfizetőknek", "előfizetőink számára", "csak előfizetők számára", "már előfizető", "fizessen elő",
            "fizess elő", "előfizetéssel olvasható", "a cikk folytatásához", "a teljes cikk elolvasásához", "prémium tartalom",
            "prémium cikk", "bármikor lemondható", "korlátlan hozzáférés",
            "előfizetés szükséges", "a cikk teljes egészében",
            "szeretné tovább olvasni", "tovább olvasná", "olvassa el az összes cikket",
        ],
        &[
            "vain tilaajille", "tarkoitettu tilaajille", "oletko jo tilaaja", "ryhdy tilaajaksi", "lue koko juttu",
            "lue koko artikkeli", "jatka lukemista", "lukeaksesi koko jutun", "lue rajattomasti", "kokeile ilmaiseksi",
            "ilman sitoutumista", "ei sitoutumista", "maksuton kokeilu",
            "tilaajille tarkoitettu", "tilaajille tarkoitettua", "kirjaudu lukeaksesi",
            "on tilaajille",
            "jatkaa lukemista", "haluatko lukea lisää", "luet kaikki jutut", "luet kaikki artikkelit",
        ],
        &["доступен только подписчикам", "доступна только подписчикам", "только для подписчиков", "эксклюзивно для подписчиков", "оформите подписку", "оформить подписку", "чтобы читать все материалы", "читать без ограничений", "уже подписаны", "уже есть подписка", "бесплатный пробный период", "чтобы продолжить чтение", "чтобы дочитать", "чтобы прочитать статью полностью", "полный текст доступен"],
        &["доступний лише для передплатників", "доступний тільки для передплатників", "лише для передплатників", "тільки для передплатників", "лише для підписників", "тільки для підписників", "оформіть передплату", "оформити передплату", "оформіть підписку", "читати без обмежень", "вже є передплата", "вже маєте передплату", "щоб продовжити читання", "щоб дочитати", "повний текст доступний"],
        &["付费内容", "付费阅读", "开通会员后阅读", "开通会员即可阅读", "会员专享", "会员专属内容", "订阅后阅读", "订阅后即可阅读", "购买后阅读", "阅读全文需", "登录后阅读全文", "开通vip会员", "付費內容", "付費閱讀", "訂閱後閱讀", "會員專享"],
        &["有料会員限定", "有料会員になると", "続きをお読みいただけます", "続きを読むには", "会員限定記事", "この記事は会員限定", "この記事は有料", "有料記事", "ログインして続きを読む", "登録して続きを読む", "初月無料"],
        &["유료 회원 전용", "유료회원 전용", "구독자 전용", "구독하고 전체 기사", "전체 기사를 읽", "유료 기사", "프리미엄 기사", "구독 후 이용"],
    ])
});

/// Weaker paywall words: count only in short lines, or together with a price.
pub static PAYWALL_WEAK: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["subscribe", "subscribe now", "subscription", "subscriber", "subscribers", "trial", "sign in", "log in", "per month", "a week", "a month"],
        &[
            "abo", "abonnement", "abonnieren", "abonnent", "abonnenten", "testen", "anmelden", "pro monat", "im monat", "wochen für",
            "monate für", "jetzt testen", "weiterlesen",
        ],
        &["abonnez-vous", "abonné", "abonnés", "abonnement", "se connecter", "par mois", "le premier mois"],
        &["suscríbete", "suscriptor", "suscriptores", "suscripción", "inicia sesión", "al mes"],
        &["abbonati", "abbonamento", "abbonato", "accedi", "al mese"],
        &["abonnee", "abonnement", "inloggen", "log in", "per maand"],
        &[
            "subskrypcja", "prenumerata", "zaloguj się", "miesięcznie", "subskrypcję", "prenumeratę", "wykup", "subskrybent",
            "zaloguj",
        ],
        &["assinante", "assinatura", "assine", "assinantes", "assinar", "iniciar sessão", "por mês", "ao mês"],
        &["prenumerera", "prenumerant", "prenumeration", "logga in", "per månad", "kr/mån", "första månaden", "i månaden"],
        &["abonnement", "abonnent", "log ind", "pr. måned", "om måneden", "første måned"],
        &["abonnement", "abonnent", "logg inn", "per måned", "i måneden", "første måned"],
        &["předplatné", "předplatitel", "předplatitelé", "přihlásit se", "měsíčně", "první měsíc"],
        &["predplatné", "predplatiteľ", "prihlásiť sa", "mesačne", "prvý mesiac"],
        &["abonament", "abonează-te", "abonat", "abonați", "autentifică-te", "pe lună", "prima lună"],
        &["előfizetés", "előfizető", "bejelentkezés", "havonta", "első hónap"],
        &["tilaa nyt", "tilaaja", "tilaus", "kirjaudu", "kuukaudessa", "ensimmäinen kuukausi"],
        &["подписка", "подписку", "подписаться", "подписчики", "войти", "в месяц", "первый месяц"],
        &["передплата", "передплату", "передплатити", "підписка", "підписатися", "увійти", "на місяць", "перший місяць"],
    ])
});

// ---------------------------------------------------------------- call to action

/// Newsletter, notification, follow-us, share and app prompts.
pub static CALL_TO_ACTION: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "would you like to receive", "receive news notifications", "receive notifications", "enable notifications",
            "turn on notifications", "push notifications", "sign up to our newsletter", "sign up for our newsletter",
            "sign up to the newsletter", "sign up for the newsletter", "subscribe to our newsletter", "subscribe to the newsletter",
            "get our newsletter", "daily newsletter", "weekly newsletter", "free newsletter", "join our whatsapp", "join our channel", "join our telegram", "our newsletter", "newsletter sign up", "newsletter signup", "join our mailing list", "join the mailing list", "mailing list for the latest", "subscribe to our mailing list", "sign up for our mailing list",
            "join our newsletter", "sign up for free", "sign up here", "follow us on", "follow us", "like us on facebook",
            "find us on facebook", "share this article", "share this story", "share this post", "share this page",
            "download our app", "download the app", "get the app", "never miss a story", "don't miss out", "sign up now",
            "subscribe to our channel", "subscribe to our youtube", "get the latest news", "stay up to date", "stay informed",
            "delivered to your inbox", "straight to your inbox", "in your inbox", "got a story", "have a story for us", "got a news tip",
            "send us your story", "share your story with us",
            "newsletter", "sign up to get", "sign up to receive", "sign up for our", "support our journalism",
            "support independent journalism", "donate now", "donate today", "make a donation", "make a contribution", "make your contribution", "we rely on your support", "rely on readers like you", "become a member", "share on social media",
            "submit a letter to the editor", "join us on telegram", "if you enjoyed this article", "if you liked this article",
            "we want to hear your", "we want to hear from you", "we'd like to hear what you think", "we’d like to hear what you think",
            "we'd love to hear from you", "we’d love to hear from you", "send us your feedback", "let us know what you think",
            "tell us what you think",
            "don't want to miss", "don’t want to miss", "want to be the first to know", "be the first to know",
            "sign up for our free", "get our free", "never miss an", "don't miss a thing", "don’t miss a thing",
            "enter your email address", "receive our newsletter", "every morning in your inbox", "to your inbox every",
            "push alerts", "allow notifications", "share your stories", "share your experience with us", "share your experiences with us",
            "we'd like to hear from you", "we’d like to hear from you",
            "sign up for exclusive offers", "off your first order", "get exclusive offers",
        ],
        &[
            "newsletter abonnieren", "zum newsletter", "newsletter bestellen", "unser newsletter", "folgen sie uns", "folge uns",
            "jetzt anmelden", "melden sie sich an", "push-benachrichtigungen", "benachrichtigungen aktivieren", "artikel teilen",
            "diesen artikel teilen", "laden sie unsere app", "in ihr postfach", "immer informiert",
            "in dein postfach", "in deinen posteingang", "per e-mail erhalten", "benachrichtigung aktivieren", "beitrag teilen",
            "teile diesen beitrag", "teilen sie diesen beitrag", "vergiss nicht zu teilen", "jetzt spenden", "ihre spende", "ihr beitrag hilft",
            "kleine spende", "spende hilft", "unterstützen sie uns", "unterstützen sie unsere arbeit", "unterstützen sie diese form des journalismus",
            "unterstützen sie unabhängigen journalismus", "schreiben sie uns", "ihre meinung ist uns wichtig", "sagen sie uns ihre meinung",
            "wir freuen uns auf ihr feedback",
            "nichts mehr verpassen", "nichts verpassen", "verpassen sie nichts", "verpasse nichts",
            "keine nachricht mehr verpassen", "ins postfach", "direkt ins postfach", "in ihren posteingang",
            "kostenlosen newsletter", "kostenloser newsletter", "jetzt kostenlos abonnieren",
            "wollen sie als erste wissen",
            "verpassen sie keine", "verpasse keine", "keine news mehr verpassen",
            "in ihrem postfach", "in deinem postfach",
            "wollen sie als erste", "wollen sie als erstes", "erfahren sie es zuerst", "willst du als erste",
        ],
        &[
            "abonnez-vous à notre newsletter", "abonnez-vous à la newsletter", "inscrivez-vous à notre newsletter",
            "inscrivez-vous à la newsletter", "recevez notre newsletter", "notre newsletter", "suivez-nous", "suivez nous",
            "partagez cet article", "téléchargez notre application", "activer les notifications",
            "dans votre boîte mail", "dans votre boîte de réception", "faites un don", "soutenez-nous", "soutenez notre journalisme",
            "écrivez-nous", "donnez-nous votre avis", "dites-nous ce que vous en pensez",
        ],
        &[
            "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "suscríbete al boletín", "recibe nuestro boletín",
            "nuestro boletín", "síguenos", "siguenos en", "comparte este artículo", "descarga nuestra app", "activa las notificaciones",
            "en tu bandeja de entrada", "en tu correo", "nuestro canal de youtube", "nuestro canal de telegram", "canal de telegram",
            "canal de whatsapp", "haz una donación", "apoya nuestro periodismo",
            "escríbenos", "queremos saber tu opinión", "danos tu opinión", "suscríbete a mi boletín", "si te ha gustado este artículo", "si te gustó este artículo", "compártelo",
        ],
        &[
            "iscriviti alla newsletter", "iscriviti alla nostra newsletter", "ricevi la newsletter", "la nostra newsletter",
            "seguici su", "seguici", "unisciti al nostro canale", "unisciti al canale", "condividi questo articolo", "scarica la nostra app", "attiva le notifiche",
            "fai una donazione", "sostieni il nostro giornalismo", "scrivici", "dicci cosa ne pensi",
        ],
        &[
            "schrijf je in", "schrijf u in", "meld je aan voor", "meld je aan", "onze nieuwsbrief", "nieuwsbrief", "volg ons",
            "deel dit artikel", "download onze app", "meldingen aanzetten", "doneer nu", "steun ons",
        ],
        &[
            "zapisz się", "zapisz się do newslettera", "zapisz się do naszego newslettera", "polub nas", "polub nas na facebooku", "nasz newsletter", "obserwuj nas", "śledź nas", "udostępnij artykuł",
            "pobierz aplikację", "włącz powiadomienia", "wesprzyj nas",
            "bezpłatny newsletter", "darmowy newsletter", "bezpłatny biuletyn", "nasz biuletyn", "zapisz się na newsletter",
            "zamów newsletter", "nie chcesz niczego przegapić", "nie przegap żadnej", "bądź na bieżąco", "na twoją skrzynkę",
            "na swoją skrzynkę", "na skrzynkę e-mail", "chcesz być na bieżąco", "chcesz wiedzieć pierwszy",
            "chcesz wiedzieć jako pierwszy", "zapisz się do biuletynu",
            "nasz bezpłatny biuletyn", "nasz bezpłatny newsletter", "zamów nasz newsletter", "zamów bezpłatny newsletter",
            "zamów bezpłatny biuletyn",
            "dowiedz się pierwszy", "nie chcesz nic przegapić", "prosto na skrzynkę",
        ],
        &[
            "assine nossa newsletter", "siga-nos", "receba nossa newsletter", "compartilhe este artigo", "apoie o jornalismo", "nosso canal",
            "cadastre-se na nossa newsletter", "cadastre-se na newsletter", "nossa newsletter", "no seu e-mail", "no seu email",
            "receba as principais notícias", "ative as notificações",
            "não perca nada", "seja o primeiro a saber", "quer ser o primeiro a saber", "inscreva-se na nossa newsletter",
            "subscreva a nossa newsletter", "subscreva a newsletter", "a nossa newsletter", "na sua caixa de entrada",
            "siga-nos no", "baixe nosso app", "descarregue a app",
            "inscreva-se gratuitamente",
            "não quer perder nada",
        ],
        &[
            "prenumerera på vårt nyhetsbrev", "prenumerera på nyhetsbrevet", "anmäl dig till vårt nyhetsbrev",
            "anmäl dig till nyhetsbrevet", "vårt nyhetsbrev", "nyhetsbrev", "nyhetsbrevet", "i inkorgen", "i din inkorg",
            "till din inkorg", "vill du inte missa", "missa inga nyheter", "missa inget", "följ oss", "följ oss på",
            "ladda ner vår app", "ladda ner appen", "slå på notiser", "aktivera notiser", "dela artikeln", "vill du veta först",
            "vill du bli först med", "anmäl dig här", "registrera dig här",
        ],
        &[
            "tilmeld dig vores nyhedsbrev", "tilmeld dig nyhedsbrevet", "vores nyhedsbrev", "nyhedsbrev", "nyhedsbrevet",
            "i din indbakke", "i indbakken", "gå ikke glip af", "følg os", "følg os på", "hent vores app", "download vores app",
            "del artiklen", "skriv din mailadresse", "skriv din e-mail", "tilmeld dig her", "slå notifikationer til",
            "vil du være den første", "hver morgen i din",
            "vil du vide det først", "vil du ikke gå glip af", "gå glip af noget",
        ],
        &[
            "meld deg på nyhetsbrevet", "meld deg på vårt nyhetsbrev", "vårt nyhetsbrev", "nyhetsbrev", "nyhetsbrevet",
            "i innboksen", "i innboksen din", "rett i innboksen", "følg oss", "følg oss på", "last ned appen",
            "last ned vår app", "del saken", "del artikkelen", "ikke gå glipp av", "vil du være først", "skru på varsler",
            "vil du vite det først",
        ],
        &[
            "nechcete nic zmeškat", "nic vám neuteče", "přihlaste se k odběru", "odebírejte newsletter",
            "odebírejte náš newsletter", "náš newsletter", "do vaší e-mailové schránky", "do e-mailové schránky",
            "do vaší schránky", "sledujte nás", "sledujte nás na", "stáhněte si naši aplikaci", "stáhněte si aplikaci",
            "sdílejte článek", "chcete vědět jako první", "buďte v obraze", "chcete být v obraze", "zapněte si notifikace",
            "zaregistrujte se k odběru", "do vašeho e-mailu",
            "buďte první", "nechcete o nic přijít", "každé ráno do e-mailu", "přímo do e-mailu", "přímo do vaší schránky",
        ],
        &[
            "nechcete nič zmeškať", "nič vám neujde", "prihláste sa na odber", "odoberajte newsletter",
            "odoberajte náš newsletter", "náš newsletter", "do vašej e-mailovej schránky", "do vašej schránky", "sledujte nás",
            "sledujte nás na", "stiahnite si aplikáciu", "stiahnite si našu aplikáciu", "zdieľajte článok",
            "chcete vedieť ako prví", "buďte v obraze",
            "zaregistrujte sa na odber", "do vášho e-mailu",
            "chcete vedieť ako prvý", "buďte prví", "nechcete o nič prísť", "priamo do e-mailu", "každé ráno do e-mailu",
        ],
        &[
            "abonează-te la newsletter", "abonează-te la newsletterul nostru", "newsletterul nostru", "înscrie-te la newsletter",
            "vrei să afli primul", "vrei să fii primul", "vrei să fii la curent",
            "nu rata nicio", "nu ratezi nimic", "urmărește-ne", "urmărește-ne pe", "urmăriți-ne", "descarcă aplicația",
            "direct pe e-mail", "în căsuța de e-mail", "primește știrile", "primește newsletterul", "distribuie articolul",
            "activează notificările",
            "înscrie-te la newsletterul", "abonează-te gratuit",
            "află primul", "nu vrei să ratezi", "în căsuța ta de e-mail", "direct în inbox",
        ],
        &[
            "iratkozzon fel hírlevelünkre", "iratkozz fel a hírlevelünkre", "iratkozzon fel a hírlevelünkre", "hírlevelünkre",
            "feliratkozás hírlevélre", "hírlevél", "kövessen minket", "kövess minket", "töltse le alkalmazásunkat",
            "töltse le az alkalmazást", "ne maradjon le semmiről", "ossza meg a cikket",
            "oszd meg a cikket", "első kézből értesül", "e-mail-fiókjába",
            "iratkozzon fel", "iratkozz fel",
            "tudja meg elsőként", "értesüljön elsőként", "postafiókjába", "minden reggel e-mailben",
        ],
        &[
            "tilaa uutiskirje", "tilaa uutiskirjeemme", "uutiskirjeemme", "uutiskirje", "seuraa meitä", "lataa sovellus",
            "lataa sovelluksemme", "jaa artikkeli", "jaa juttu", "älä jää paitsi", "sähköpostiisi", "suoraan sähköpostiisi",
            "haluatko tietää ensimmäisenä", "tiedä ensimmäisenä",
            "jäädä paitsi mistään",
        ],
        &["подпишитесь на наш", "подписывайтесь на наш", "подпишитесь на рассылку", "наш telegram-канал", "наш телеграм-канал", "наш канал в telegram", "скачайте приложение", "скачайте наше приложение", "включите уведомления", "получать уведомления", "наша рассылка", "рассылку новостей", "первыми узнавать", "будьте в курсе", "поделиться в соцсетях", "поддержите нас", "поддержите редакцию"],
        &["підписуйтеся на наш", "підпишіться на наш", "підпишіться на розсилку", "наш telegram-канал", "наш телеграм-канал", "завантажуйте застосунок", "завантажте застосунок", "завантажуйте додаток", "завантажте додаток", "увімкніть сповіщення", "наша розсилка", "першими дізнаватися", "будьте в курсі", "підтримайте нас", "підтримайте редакцію"],
        &["关注我们的微信公众号", "关注微信公众号", "关注我的微信公众号", "扫描二维码关注", "扫码关注", "下载客户端", "客户端下载", "随时随地看新闻", "欢迎打赏", "打赏支持", "订阅我们的", "欢迎关注", "关注公众号", "訂閱我們的", "關注我們", "下載app", "下载app"],
        &["友だち追加", "友だち登録", "公式アカウントをフォロー", "今すぐダウンロード", "アプリをダウンロード", "ニュースレターを購読", "メルマガ登録", "メールマガジン", "フォローしてください", "最新ニュースを受け取ろう"],
        &["뉴스레터 구독", "뉴스레터 구독하기", "채널 추가", "카카오톡 채널", "구독하기", "앱 다운로드", "알림 받기", "팔로우하세요", "제보하기", "기사 제보", "뉴스 제보", "제보는 카톡"],
    ])
});

// ---------------------------------------------------------------- byline

/// Whole lines that head an author box or are an avatar's alt text.
pub static BYLINE_LINES: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["avatar photo", "author photo", "about the author", "about the authors", "author", "authors", "written by", "more by this author", "more from this author", "profile picture"],
        &["über den autor", "über die autorin", "über die autoren", "autor", "autorin", "mehr vom autor", "zur autorenseite"],
        &["à propos de l'auteur", "à propos de l’auteur", "l'auteur", "auteur", "auteure"],
        &["sobre el autor", "sobre la autora", "acerca del autor", "autor", "autora"],
        &["sull'autore", "sull’autore", "l'autore", "autore", "autrice"],
        &["over de auteur", "over de schrijver", "auteur"],
        &["o autorze", "autor", "autorka"],
        &["sobre o autor"],
        &["об авторе", "автор", "авторы", "все материалы автора"],
        &["про автора", "автор", "автори", "всі матеріали автора"],
        &["作者简介", "关于作者", "作者", "關於作者"],
        &["著者プロフィール", "この記事の筆者", "筆者", "著者"],
        &["기자 프로필", "기자의 다른 기사", "기자 구독", "기자 페이지", "기자 정보"],
    ])
});

/// Job titles that make a byline prefix (matched case-sensitively as whole words).
pub const JOB_TITLES: &[&str] = &[
    "Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Journalist", "Chief", "Redakteur", "Redakteurin", "Korrespondent",
    "Korrespondentin", "Reporterin", "Rédacteur", "Rédactrice", "Correspondant", "Correspondante", "Corresponsal", "Redactor",
    "Redactora", "Corrispondente", "Redattore", "Redattrice", "Redacteur", "Verslaggever", "Redaktor", "Korespondent", "Dziennikarz",
];

// ---------------------------------------------------------------- caption

/// Photo agencies and stock libraries that appear in credits.
pub static PHOTO_AGENCIES: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[&[
        "getty images", "getty", "reuters", "afp", "ap photo", "associated press", "ap", "dpa", "epa", "epa-efe", "efe", "ansa", "anp",
        "pap", "shutterstock", "istock", "istockphoto", "alamy", "imago", "imago images", "picture alliance", "picture-alliance",
        "keystone", "sipa", "sipa press", "abaca", "belga", "xinhua", "pa images", "pa wire", "pa media", "rex features",
        "rex/shutterstock", "bloomberg", "unsplash", "pixabay", "wikimedia commons", "europa press", "agencia efe", "lapresse",
        "ipa", "hollandse hoogte", "forum", "east news", "reporter", "agencja gazeta", "ddp", "ullstein bild", "afp/getty",
        "via getty images", "handout",
    ], &[
        "тасс", "риа новости", "интерфакс", "коммерсантъ", "укрінформ", "уніан", "новый взгляд",
        "新华社", "新华网", "中新社", "中新网", "视觉中国", "东方ic", "人民视觉", "ic photo", "共同", "共同通信", "時事", "時事通信",
        "연합뉴스", "뉴시스", "뉴스1",
    ]])
});

// ---------------------------------------------------------------- navigation

/// Cookie, privacy and consent phrases.
pub static CONSENT: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "we use cookies", "this website uses cookies", "this site uses cookies", "uses cookies", "use of cookies", "cookie policy",
            "cookie settings", "cookie preferences", "accept cookies", "accept all cookies", "accept all", "reject all",
            "manage cookies", "privacy policy", "privacy settings", "privacy preferences", "your privacy", "consent preferences",
            "manage consent", "do not sell my personal information",
            "by submitting this form", "revoke this consent", "revoke your consent", "data protection policy",
            "necessary cookies", "strictly necessary cookies",
            "we set cookies", "we and our partners use", "cookies and similar technologies",
            "cookies and other tracking technologies", "you agree to our use of cookies", "you consent to our use of cookies",
            "our use of cookies", "by continuing to use this site", "by continuing to browse", "cookie notice", "cookie consent",
        ],
        &[
            "wir verwenden cookies", "wir nutzen cookies", "verwendet cookies", "nutzt cookies", "setzt cookies", "verwendung von cookies",
            "cookie-einstellungen", "cookie einstellungen", "cookie-richtlinie", "alle akzeptieren", "alle ablehnen",
            "datenschutzerklärung", "datenschutzhinweise", "datenschutz-einstellungen", "datenschutzeinstellungen", "einwilligung",
            "mit dem absenden", "mit absenden", "willige ich", "notwendige cookies",
            "wir setzen cookies", "setzen wir cookies", "verwenden wir cookies", "nutzen wir cookies",
            "cookies und ähnliche technologien", "cookies und vergleichbare technologien", "wir und unsere partner verarbeiten", "wir und unsere partner speichern",
            "cookie-hinweis", "einsatz von cookies", "cookie-richtlinien", "zustimmung zu cookies",
            "cookies zulassen", "alle cookies akzeptieren", "cookies akzeptieren", "akzeptieren und weiter",
            "zustimmen und weiter",
        ],
        &[
            "nous utilisons des cookies", "utilise des cookies", "utilisation des cookies", "politique de cookies",
            "gestion des cookies", "paramètres des cookies", "supprimer les cookies", "tout accepter", "tout refuser", "politique de confidentialité",
            "données personnelles", "en soumettant ce formulaire",
        ],
        &[
            "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies", "este sitio utiliza cookies", "este sitio usa cookies", "utiliza cookies", "uso de cookies", "política de cookies",
            "configuración de cookies", "aceptar todo", "aceptar todas", "rechazar todo", "política de privacidad", "al enviar este formulario",
        ],
        &[
            "utilizziamo i cookie", "utilizziamo cookie", "utilizza cookie", "utilizza i cookie", "uso dei cookie", "cookie policy",
            "accetta tutti", "rifiuta tutti", "informativa sulla privacy", "informativa privacy", "informativa cookie", "inviando questo modulo",
        ],
        &[
            "wij gebruiken cookies", "we gebruiken cookies", "gebruikt cookies", "gebruik van cookies", "cookiebeleid",
            "cookie-instellingen", "alles accepteren", "alle cookies accepteren", "privacybeleid", "privacyverklaring",
        ],
        &[
            "używamy plików cookie", "ta strona używa plików cookie", "pliki cookie", "plików cookie", "polityka cookies",
            "polityka prywatności", "akceptuję", "zaakceptuj wszystkie", "ustawienia prywatności",
            "plików cookies", "pliki cookies", "korzystamy z plików cookie", "wykorzystujemy pliki cookie",
            "stosujemy pliki cookie", "używamy ciasteczek", "korzysta z ciasteczek", "polityka cookie", "polityce cookies",
            "polityce prywatności", "polityką prywatności", "polityki prywatności", "ustawienia cookies",
            "ustawienia plików cookie",
        ],
        &[
            "utilizamos cookies", "utiliza cookies", "usa cookies", "política de privacidade", "aceitar todos",
            "aceitar cookies", "rejeitar todos", "definições de cookies", "configurações de cookies", "gerir cookies",
            "gerenciar cookies", "utilização de cookies",
        ],
        &[
            "vi använder kakor", "vi använder cookies", "använder kakor", "använder cookies", "användning av kakor",
            "användningen av kakor", "hantera kakor", "inställningar för kakor", "acceptera kakor", "godkänn kakor",
            "acceptera alla kakor", "acceptera alla cookies", "godkänn alla", "cookieinställningar", "cookie-inställningar",
            "integritetspolicy", "personuppgiftspolicy", "dataskyddspolicy",
            "godkänn cookies", "acceptera cookies",
        ],
        &[
            "vi bruger cookies", "bruger cookies", "brug af cookies", "cookiepolitik", "cookie-politik", "cookieindstillinger",
            "cookie-indstillinger", "accepter alle", "tillad alle", "afvis alle", "privatlivspolitik", "privatlivspolitikken",
            "persondatapolitik", "samtykke til cookies",
            "accepter cookies", "tillad cookies",
        ],
        &[
            "vi bruker informasjonskapsler", "bruker informasjonskapsler", "bruk av informasjonskapsler", "vi bruker cookies",
            "bruker cookies", "innstillinger for informasjonskapsler", "personvernerklæring", "personvernerklæringen",
            "godta alle", "avvis alle",
            "godta informasjonskapsler", "godta cookies", "aksepter alle",
        ],
        &[
            "soubory cookie", "souborů cookie", "soubory cookies", "souborů cookies", "používáme cookies", "používá cookies",
            "přijmout vše", "odmítnout vše", "zásady ochrany osobních údajů", "nastavení cookies", "nastavení souborů cookie",
            "souhlas s cookies",
            "povolit vše", "přijmout všechny",
            "používají cookies", "používají soubory cookie",
        ],
        &[
            "súbory cookie", "súborov cookie", "súbory cookies", "súborov cookies", "používame cookies", "používa cookies",
            "prijať všetko", "odmietnuť všetko", "zásady ochrany osobných údajov", "nastavenia cookies",
            "nastavenia súborov cookie",
            "prijať všetky", "povoliť všetky",
            "používajú cookies", "používa súbory cookie", "používajú súbory cookie",
        ],
        &[
            "cookie-uri", "cookie-urile", "cookie-urilor", "folosim cookies", "utilizăm cookies", "fișiere cookie",
            "fișierele cookie", "module cookie", "modulele cookie", "politica de cookie", "politica de cookies",
            "politica de confidențialitate", "politica de confidentialitate", "acceptă toate", "accept toate", "setări cookie",
            "folosește cookies", "utilizează cookies",
        ],
        &[
            "sütiket használ", "sütiket használunk", "cookie-kat használ", "cookie-kat használunk", "sütik használatához",
            "sütik használatát", "sütik használatáról", "sütibeállítások", "süti beállítások", "adatvédelmi tájékoztató",
            "adatkezelési tájékoztató", "összes elfogadása",
            "cookie-kat",
        ],
        &[
            "käytämme evästeitä", "käyttää evästeitä", "evästeiden käyttö", "evästeiden käytön", "evästeasetukset",
            "hyväksy kaikki", "hyväksy evästeet", "hylkää kaikki", "tietosuojaseloste", "tietosuojakäytäntö",
            "evästeiden avulla",
        ],
        &["мы используем файлы cookie", "мы используем cookie", "используем файлы cookie", "использует файлы cookie", "использование файлов cookie", "использованием файлов cookie", "политика конфиденциальности", "политикой конфиденциальности", "обработку персональных данных", "обработки персональных данных"],
        &["ми використовуємо файли cookie", "ми використовуємо cookie", "використовує файли cookie", "використання файлів cookie", "політика конфіденційності", "політикою конфіденційності", "обробку персональних даних"],
        &["使用cookie", "使用 cookie", "使用cookies", "cookie政策", "cookie 政策", "隐私政策", "隱私權政策", "隐私声明", "同意我们使用"],
        &["クッキーを使用", "クッキーの使用", "cookieを使用", "cookieの使用", "cookieを利用", "クッキーを利用", "プライバシーポリシー", "個人情報保護方針"],
        &["쿠키를 사용", "쿠키 사용에 동의", "쿠키 정책", "개인정보처리방침", "개인정보 처리방침", "개인정보취급방침"],
    ])
});

/// All-rights-reserved phrases.
pub static RIGHTS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["all rights reserved", "copyrighted property", "reprinting content without permission", "may not be reproduced", "without written permission"],
        &["alle rechte vorbehalten", "urheberrechtlich geschützt", "nachdruck nur mit"],
        &["tous droits réservés", "droits réservés"],
        &["todos los derechos reservados", "derechos reservados"],
        &["tutti i diritti riservati", "riproduzione riservata"],
        &["alle rechten voorbehouden"],
        &["wszelkie prawa zastrzeżone", "chroniony prawem autorskim", "zasady przedruków"],
        &["todos os direitos reservados"],
        &["все права защищены", "перепечатка запрещена", "полное или частичное копирование", "при использовании материалов ссылка", "при перепечатке ссылка"],
        &["усі права захищені", "всі права захищені", "передрук заборонено", "використання матеріалів дозволяється за умови", "при використанні матеріалів посилання"],
        &["版权所有", "版權所有", "未经授权禁止转载", "未经许可不得转载", "未经授权不得转载", "转载请注明出处", "轉載請註明出處", "禁止转载", "不得转载"],
        &["無断転載を禁じます", "無断転載禁止", "無断複製", "著作権法並びに国際条約"],
        &["무단 전재 및 재배포 금지", "무단전재 및 재배포 금지", "무단 전재", "무단전재", "재배포 금지"],
    ])
});

/// Affiliate and advertiser disclosures.
pub static DISCLOSURE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "amazon associate", "amazon associates", "affiliate link", "affiliate links", "qualifying purchases",
            "advertiser disclosure", "may earn a commission", "may receive a commission", "may receive compensation",
            "earn a small commission", "contains affiliate", "references to products from one or more of our advertisers",
            "advertisers do not", "sponsored content", "paid partnership", "were correct at the time of publication",
            "are correct at the time of publication", "correct at the time of writing", "correct at time of publication",
            "accurate at the time of publication",
        ],
        &["affiliate-links", "affiliate-link", "partnerlinks", "provisions-links", "werbelinks", "enthält werbung", "anzeige/werbung", "erhalten wir eine provision", "bekommen wir eine provision"],
        &["liens affiliés", "lien affilié", "liens d'affiliation", "contenu sponsorisé"],
        &["enlaces de afiliados", "enlace de afiliado", "contenido patrocinado"],
        &["link di affiliazione", "link affiliati", "contenuto sponsorizzato"],
        &["affiliate links", "gesponsorde inhoud"],
        &["linki afiliacyjne", "artykuł sponsorowany"],
        &["links de afiliados", "conteúdo patrocinado"],
    ])
});

/// Legal and republication notices: trademark and reproduction notices,
/// "not advice" and "results vary" notices, "originally published on"
/// (phrases that notices use and articles rarely do).
pub static LEGAL_NOTICE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "are registered trademarks of", "is a registered trademark of", "are trademarks of", "is a trademark of",
            "no part may be reproduced", "no part of this", "without the prior written permission", "without the express written permission",
            "apart from any fair dealing", "is subject to copyright", "for informational purposes only", "for general information purposes only",
            "not intended to diagnose", "is not intended as medical advice", "not a substitute for professional", "does not constitute medical advice",
            "consult your physician", "consult your doctor before", "individual results may vary", "results may vary", "results vary depending",
            "does not constitute investment advice", "does not constitute financial advice", "should not be construed as",
            "past performance is no guarantee", "past performance is not indicative",
            "this article was originally published", "this article first appeared", "is republished from", "republished with permission",
            "a version of this article appears in print", "a version of this article appeared in print", "this article appeared in print",
            "appeared in the print edition", "appears in the print edition",
        ],
        &[
            "eingetragene marken", "eingetragene warenzeichen", "ohne vorherige schriftliche genehmigung", "ohne schriftliche genehmigung",
            "ersetzt keine ärztliche", "ersetzt nicht die ärztliche", "stellt keine anlageberatung", "keine anlageberatung dar", "alle angaben ohne gewähr",
            "dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "erschien in der printausgabe", "erschienen in der printausgabe",
        ],
        &[
            "sont des marques déposées", "est une marque déposée", "toute reproduction, même partielle", "toute reproduction totale ou partielle",
            "sans autorisation préalable", "à titre informatif uniquement", "ne remplace pas l'avis", "ne remplace en aucun cas",
            "cet article a été publié initialement", "cet article a d'abord été publié",
        ],
        &[
            "son marcas registradas", "es una marca registrada", "queda prohibida la reproducción", "sin autorización previa",
            "con fines informativos", "no sustituye la consulta", "no sustituye el consejo",
            "este artículo fue publicado originalmente", "este artículo se publicó originalmente",
        ],
        &["sono marchi registrati", "è un marchio registrato", "vietata la riproduzione", "a scopo informativo", "non sostituisce il parere"],
        &["zijn geregistreerde handelsmerken", "zonder voorafgaande schriftelijke toestemming"],
        &["zastrzeżone znaki towarowe", "bez pisemnej zgody", "nie stanowi porady"],
        &["são marcas registradas", "é uma marca registrada", "é proibida a reprodução", "não substitui a consulta", "caráter informativo"],
    ])
});

/// Words of an ad slot's label, searched in a short lowercase line
/// ("Advertisement", "Anzeige", "Story continues below advertisement").
pub const AD_LABELS: [&str; 10] = ["advert", "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità", "advertentie", "reklama", "continues below"];

/// Reply prefixes of a forum post's subject line ("Re: <title>", "AW: …"), lowercase.
pub const REPLY_PREFIXES: [&str; 7] = ["re:", "re :", "aw:", "antw:", "odp:", "sv:", "vs:"];

/// Labels of a machine-written summary box above an article (2025–26
/// chrome: "Generated with AI", "Résumé généré par IA"), lowercase,
/// searched inside short lines.
pub const AI_SUMMARY_LABELS: &[&str] = &[
    "generated with ai", "generated by ai", "ai-generated summary", "ai generated summary", "ai summary", "summarised by ai", "summarized by ai",
    "généré par ia", "généré par l'ia", "généré par l’ia", "résumé ia", "résumé par ia", "résumé généré",
    "resumen con ia", "resumen generado", "generado por ia", "generado con ia", "resumen por ia",
    "ki-zusammenfassung", "zusammenfassung mit ki", "mit ki erstellt", "von ki erstellt", "von ki generiert", "ki-generiert",
    "riassunto ia", "riassunto generato", "generato dall'ia", "generato con l'ia", "generato dall’ia",
    "resumo gerado", "gerado por ia", "gerado com ia", "resumo por ia", "resumo ia",
    "ai-samenvatting", "gegenereerd door ai", "gegenereerd met ai", "samenvatting door ai",
    "podsumowanie ai", "wygenerowane przez ai", "wygenerowano przez ai", "podsumowanie wygenerowane",
    "ai-sammanfattning", "genererad av ai", "sammanfattning av ai",
    // A search or answer box's name ("AI overview", "Übersicht mit KI") and
    // a summary "with AI" in the Romance languages and Dutch.
    "ai overview", "übersicht mit ki", "aperçu ia", "aperçus ia", "vista creada con ia", "panoramica creata con l'ia",
    "riassunto con ia", "riassunto con l'ia", "resumo com ia", "résumé avec l'ia", "samenvatting met ai",
];

/// True when a lowercased line holds one of [`AI_SUMMARY_LABELS`] (anywhere,
/// as `str::contains` finds it), in one pass of an automaton over them all.
pub fn has_ai_summary_label(lower: &str) -> bool {
    static LABELS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(AI_SUMMARY_LABELS).ok());
    match LABELS.as_ref() {
        Some(ac) => ac.is_match(lower),
        None => AI_SUMMARY_LABELS.iter().any(|l| lower.contains(l)),
    }
}

/// The word "summary" in the languages of [`AI_SUMMARY_LABELS`], lowercase
/// (English as its stem, for "summaries"): the box's closing line names it
/// ("Was this summary useful?").
pub const SUMMARY_WORDS: &[&str] =
    &["summar", "résumé", "resumen", "zusammenfassung", "riassunto", "resumo", "samenvatting", "podsumowanie", "sammanfattning"];

/// A code block's copy button, lowercase, as a whole line ("Copy",
/// "Kopieren", "Copier le code").
pub const COPY_BUTTONS: &[&str] = &[
    "copy", "copy code", "copy to clipboard", "copied!", "kopieren", "code kopieren", "copier", "copier le code", "copiar", "copiar código",
    "copia", "copia codice", "kopiëren", "kopieer", "kopiuj", "kopiuj kod", "kopiera", "copiar código-fonte", "コピー", "复制", "复制代码", "복사",
];

/// A code block's language tab, lowercase, as a whole line above its copy button.
pub const CODE_LANGUAGES: &[&str] = &[
    "js", "javascript", "ts", "typescript", "python", "py", "bash", "sh", "shell", "console", "terminal", "zsh", "powershell", "json", "yaml",
    "yml", "toml", "xml", "html", "css", "scss", "sql", "rust", "go", "java", "kotlin", "swift", "c", "c++", "cpp", "c#", "csharp", "php",
    "ruby", "text", "plain text", "plaintext", "curl", "http", "jsx", "tsx", "diff", "dockerfile", "ini", "r", "scala", "dart", "lua",
];

/// Headers of a review's pros and cons lists ("Pros", "Vorteile", "Points
/// forts"), lowercase, matched as whole lines: the lists under them are a
/// test's or product page's findings.
pub static PROS_CONS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["pros", "cons", "advantages", "disadvantages", "what we liked", "what we didn't like", "what we like", "what we don't like", "the good", "the bad"],
        &["vorteile", "nachteile", "pro", "contra", "stärken", "schwächen"],
        &["avantages", "inconvénients", "points forts", "points faibles", "les plus", "les moins", "on aime", "on aime moins"],
        &["ventajas", "desventajas", "inconvenientes", "lo mejor", "lo peor", "puntos fuertes", "puntos débiles"],
        &["contro", "pregi", "difetti", "vantaggi", "svantaggi", "punti di forza", "punti deboli"],
        &["voordelen", "nadelen", "pluspunten", "minpunten"],
        &["zalety", "wady"],
        &["prós", "contras", "vantagens", "desvantagens", "pontos positivos", "pontos negativos"],
        &["fördelar", "nackdelar"],
    ])
});

/// Headings of a product or item page's own sections ("Description",
/// "Produktbeschreibung", "Fiche technique", "Ingredients"), lowercase,
/// matched as whole lines: the text under them is the page's content.
/// Words that also head chrome or summaries ("Details", "Overview",
/// "Summary") are left out.
pub static CONTENT_HEADERS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "description", "product description", "product details", "about this item", "about this product", "about the product",
            "features", "key features", "product features", "specifications", "technical specifications", "tech specs",
            "ingredients", "how to use", "directions for use", "materials", "fabric & care", "materials & care", "material & care",
            "dimensions", "what's in the box", "in the box", "synopsis", "about the book", "main features", "features & benefits",
            "features and benefits", "product specifications", "technical details", "technical data", "specs",
        ],
        &[
            "beschreibung", "produktbeschreibung", "artikelbeschreibung", "produktdetails", "merkmale", "produktmerkmale",
            "eigenschaften", "technische daten", "spezifikationen", "lieferumfang", "inhaltsstoffe", "anwendung", "klappentext",
            "material & pflege", "maße", "hauptmerkmale", "technische details", "ausstattung",
        ],
        &[
            "descriptif", "description du produit", "caractéristiques", "caractéristiques techniques", "fiche technique",
            "ingrédients", "conseils d'utilisation", "mode d'emploi", "composition", "résumé du livre", "caractéristiques principales",
        ],
        &[
            "descripción", "descripción del producto", "características", "especificaciones", "ficha técnica", "medidas",
            "dimensiones", "ingredientes", "modo de empleo", "modo de uso", "composición", "materiales", "sinopsis",
            "características principales", "especificaciones técnicas", "características técnicas", "datos técnicos",
        ],
        &[
            "descrizione", "descrizione del prodotto", "caratteristiche", "specifiche", "specifiche tecniche", "scheda tecnica",
            "ingredienti", "modo d'uso", "composizione", "dimensioni", "materiali", "caratteristiche principali",
            "caratteristiche tecniche", "dati tecnici",
        ],
        &["beschrijving", "omschrijving", "productbeschrijving", "kenmerken", "specificaties", "eigenschappen", "ingrediënten", "afmetingen", "technische specificaties", "belangrijkste kenmerken"],
        &["opis", "opis produktu", "cechy", "specyfikacja", "dane techniczne", "parametry", "skład", "sposób użycia", "wymiary", "główne cechy", "specyfikacja techniczna"],
        &["descrição", "descrição do produto", "especificações", "ingredientes", "modo de usar", "dimensões", "sinopse", "características principais", "especificações técnicas"],
        &["beskrivning", "produktbeskrivning", "egenskaper", "specifikationer", "ingredienser", "mått", "tekniska specifikationer", "teknisk data"],
    ])
});

/// Headings of a product's or place's reviews ("Customer reviews",
/// "Kundenbewertungen", "Write a review"), lowercase, matched as whole
/// lines: a thread right under one is the page's reviews, which are
/// content, not an article's comments (see `detect::comments`).
pub static REVIEW_HEADINGS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["reviews", "customer reviews", "product reviews", "ratings & reviews", "ratings and reviews", "reviews & ratings", "write a review"],
        &["bewertungen", "kundenbewertungen", "kundenrezensionen", "rezensionen", "bewertung schreiben"],
        &["avis clients", "avis des clients", "avis vérifiés", "donner votre avis", "écrire un avis"],
        &["opiniones", "opiniones de clientes", "valoraciones", "reseñas", "escribir una opinión"],
        &["recensioni", "recensioni dei clienti", "recensioni clienti", "scrivi una recensione"],
        &["beoordelingen", "klantbeoordelingen", "reviews van klanten", "schrijf een review"],
        &["opinie", "opinie klientów", "recenzje", "napisz opinię"],
        &["avaliações", "avaliações de clientes", "omdömen", "recensioner"],
    ])
});

/// A reviewer's badge ("Verified buyer", "Achat vérifié"), lowercase,
/// matched as a whole line: a thread that carries one is a product's
/// reviews (see `detect::comments`).
pub static REVIEW_BADGES: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["verified buyer", "verified purchase", "verified owner", "verified reviewer", "verified customer"],
        &["verifizierter kauf", "verifizierter käufer", "achat vérifié", "acheteur vérifié", "client vérifié"],
        &["compra verificada", "comprador verificado", "acquisto verificato", "acquirente verificato"],
        &["geverifieerde aankoop", "geverifieerde koper", "zweryfikowany zakup", "zweryfikowany kupujący", "verifierat köp", "verifierad köpare"],
    ])
});

/// A teaser card's link to the full text ("Read more", "Mehr erfahren"),
/// lowercase, as a whole line (see `decide::keep_review_texts`).
pub const TEASER_LINKS: &[&str] = &[
    "read more", "learn more", "continue reading", "find out more", "mehr erfahren", "weiterlesen", "mehr lesen", "zum artikel",
    "en savoir plus", "lire la suite", "lire plus", "leer más", "ver más", "seguir leyendo", "saber más", "scopri di più", "leggi tutto",
    "leggi di più", "lees meer", "meer lezen", "lees verder", "czytaj więcej", "czytaj dalej", "dowiedz się więcej", "läs mer", "saiba mais",
    "ler mais", "continuar lendo",
];

/// Headings of a recipe's ingredients ("Ingredients", "Zutaten"),
/// lowercase, matched as whole lines (see `decide::keep_list_sections`).
pub static INGREDIENT_HEADERS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["ingredients", "what you'll need", "you will need", "zutaten", "das brauchen sie", "das brauchst du", "ingrédients"],
        &["ingredientes", "ingredienti", "ingrediënten", "składniki", "ingredienser"],
    ])
});

/// Headings of a recipe's or a how-to's steps ("Instructions",
/// "Zubereitung", "Étapes"), lowercase, matched as whole lines (see
/// `decide::keep_list_sections`).
pub static STEP_HEADERS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["instructions", "directions", "method", "steps", "zubereitung", "anleitung", "schritte", "préparation", "étapes"],
        &["preparación", "elaboración", "instrucciones", "pasos", "modo de preparación", "preparazione", "procedimento", "istruzioni"],
        &["bereiding", "bereidingswijze", "instructies", "stappen", "przygotowanie", "sposób przygotowania", "instrukcje", "kroki"],
        &["modo de preparo", "preparação", "instruções", "passos", "gör så här", "tillagning", "instruktioner"],
    ])
});

/// Headings of a page's questions and answers ("FAQ", "Häufige Fragen"),
/// lowercase; a heading holds one of them (see `decide::keep_faq`).
pub const FAQ_HEADERS: &[&str] = &[
    "faq", "frequently asked questions", "common questions", "questions and answers", "q&a", "häufige fragen",
    "häufig gestellte fragen", "fragen und antworten", "questions fréquentes", "foire aux questions", "questions-réponses",
    "preguntas frecuentes", "domande frequenti", "veelgestelde vragen", "veel gestelde vragen", "najczęściej zadawane pytania",
    "pytania i odpowiedzi", "perguntas frequentes", "vanliga frågor", "ofte stillede spørgsmål", "usein kysytyt kysymykset",
];

/// Legal, service and site-furniture link texts (whole-line match, or items of a menu line).
pub static LEGAL_LINKS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "terms of use", "terms of service", "terms and conditions", "terms & conditions", "privacy", "privacy policy",
            "privacy notice", "cookie policy", "cookies", "cookie settings", "legal notice", "legal", "imprint", "disclaimer",
            "sitemap", "site map", "contact", "contact us", "about us", "about", "accessibility", "advertise", "careers", "jobs",
            "newsletter", "rss", "faq", "help", "back to top", "skip to content", "skip to main content", "menu", "search",
            "edit this page", "edit this page on github", "edit on github", "improve this page",
            "home", "login", "log in", "sign in", "register", "subscribe", "advert", "advertisement", "advertisements",
            "sponsored", "ad", "share this", "like this", "external content", "back to overview", "back to the overview", "back to list",
            "back to homepage", "back to previous page", "subscribe to email updates", "print this page", "print page",
            "story continues below advertisement", "article continues below advertisement", "story continues below",
            "article continues below", "continue reading below", "advertisement continue reading below", "scroll to continue with content",
            "link copied", "link copied!", "copy link", "copy the link", "email this article", "email this story", "email this page",
            "continue reading the main story", "click to enlarge", "tap to enlarge",
            "listen to this article", "listen to article", "read the original article",
            "was this page helpful", "was this article helpful", "was this helpful", "is this page helpful", "did you find this helpful",
            "did you find this article helpful", "did this answer your question", "enjoyed this post", "enjoyed this article",
            "did you enjoy this article", "did you like this article",
            "do not sell my personal information", "do not sell or share my personal information", "do not share my personal information",
            "your privacy choices", "cookie preferences", "manage cookies", "returns policy", "return policy", "shipping policy",
            "shipping & returns", "shipping and returns", "content policy", "user agreement", "community guidelines", "search products",
            "search for products", "what are you looking for?", "print recipe", "print the recipe", "pin recipe", "save recipe",
            "jump to recipe", "rate this recipe", "rate recipe", "print",
            "you signed in with another tab or window. reload to refresh your session",
            "you signed out in another tab or window. reload to refresh your session",
            "you switched accounts on another tab or window. reload to refresh your session", "dismiss alert",
        ],
        &[
            "impressum", "datenschutz", "datenschutzerklärung", "agb", "kontakt", "nutzungsbedingungen", "barrierefreiheit",
            "cookie-einstellungen", "mediadaten", "startseite", "suche", "nach oben", "zum inhalt springen", "anmelden", "anzeige", "werbung",
            "weiterlesen nach der anzeige", "gesponsert", "artikel wird nach der anzeige fortgesetzt", "link kopiert", "link kopieren", "artikel per e-mail senden", "artikel anhören",
            "teilen sie dies mit", "gefällt mir", "externer inhalt", "empfohlener redaktioneller inhalt", "zurück", "zurück zur übersicht",
            "zurück zur startseite", "zurück zur vorherigen seite", "zurück zum seitenanfang", "seite drucken", "artikel drucken",
            "war dieser artikel hilfreich", "war diese seite hilfreich", "war das hilfreich", "hat ihnen dieser artikel gefallen",
            "hat dir dieser artikel gefallen", "ist diese seite hilfreich", "produkte suchen", "versand und rückgabe", "widerrufsbelehrung",
            "rezept drucken", "rezept speichern", "zum rezept springen", "zum rezept", "rezept bewerten", "drucken",
        ],
        &[
            "mentions légales", "politique de confidentialité", "cgu", "cgv", "conditions générales", "nous contacter", "accueil",
            "plan du site", "recherche", "haut de page", "aller au contenu", "publicité", "sponsorisé", "contenu sponsorisé", "contenu externe", "retour", "retour à la liste",
            "retour à l'accueil", "imprimer la page", "écouter cet article", "écouter l'article", "copier le lien", "lien copié", "envoyer par e-mail", "envoyer par email", "cet article vous a-t-il été utile", "cette page vous a-t-elle été utile",
            "cet article vous a-t-il plu", "cette réponse vous a-t-elle aidé", "rechercher un produit", "livraison et retours",
            "imprimer la recette", "imprimer", "aller à la recette", "noter la recette",
        ],
        &[
            "aviso legal", "política de privacidad", "política de cookies", "condiciones de uso", "contacto", "inicio", "portada",
            "mapa del sitio", "buscar", "ir al contenido", "publicidad", "publicidade", "patrocinado", "compartir esto", "me gusta", "contenido externo",
            "volver", "volver atrás", "volver al inicio", "escuchar este artículo", "escuchar artículo", "copiar enlace", "copiar el enlace", "enlace copiado", "te ha resultado útil", "te resultó útil", "fue útil esta página", "fue útil este artículo",
            "te ha gustado este artículo", "te gustó este artículo", "esta página foi útil", "este artigo foi útil", "esta informação foi útil", "buscar productos", "envíos y devoluciones",
            "imprimir receta", "imprimir la receta", "ir a la receta", "imprimir", "imprimir receita",
        ],
        &["note legali", "termini e condizioni", "contatti", "chi siamo", "cerca", "torna su", "vai al contenuto", "pubblicità", "sponsorizzato", "mi piace", "torna indietro", "contenuto esterno", "ascolta l'articolo", "ascolta questo articolo", "copia link", "copia il link", "link copiato", "questo articolo ti è stato utile", "questa pagina ti è stata utile", "ti è piaciuto questo articolo", "stampa ricetta", "stampa la ricetta", "vai alla ricetta", "stampa"],
        &["colofon", "algemene voorwaarden", "privacyverklaring", "zoeken", "naar boven", "advertentie", "gesponsord", "terug", "terug naar overzicht", "externe inhoud", "luister naar dit artikel", "artikel voorlezen", "link kopiëren", "kopieer link", "link gekopieerd", "was dit artikel nuttig", "was deze pagina nuttig", "was dit nuttig", "recept printen", "print recept", "naar het recept", "printen"],
        &["regulamin", "polityka prywatności", "kontakt", "strona główna", "szukaj", "mapa strony", "reklama", "sponsorowane", "dołącz do dyskusji", "powrót", "wróć", "posłuchaj artykułu", "kopiuj link", "skopiuj link", "czy ten artykuł był pomocny", "czy ta strona była pomocna", "czy ten artykuł był przydatny"],
        &["о редакции", "о нас", "реклама", "контакты", "политика конфиденциальности", "пользовательское соглашение", "карта сайта", "поиск", "главная", "войти", "регистрация", "наверх", "правила", "читать далее", "подробнее", "версия для печати", "распечатать"],
        &["про нас", "реклама", "контакти", "політика конфіденційності", "правила користування", "карта сайту", "пошук", "головна", "увійти", "реєстрація", "вгору", "читати далі", "детальніше", "версія для друку"],
        &["首页", "关于我们", "广告服务", "联系我们", "网站地图", "隐私政策", "法律声明", "免责声明", "登录", "注册", "搜索", "返回顶部", "返回首页", "用户协议", "意见反馈", "帮助中心", "關於我們", "聯繫我們", "隱私權政策", "返回列表", "打印", "打印本页", "关闭窗口", "关闭", "纠错", "我要纠错", "收藏", "加入收藏", "设为首页", "阅读全文", "展开全文", "查看原文"],
        &["トップ", "ホーム", "会社概要", "利用規約", "プライバシーポリシー", "お問い合わせ", "広告掲載", "サイトマップ", "ログイン", "会員登録", "検索", "ページの先頭へ", "ページトップへ", "運営会社", "ブックマーク", "続きを読む", "もっと見る", "トップへ戻る", "ページの先頭へ戻る", "前へ", "次へ", "一覧へ", "記事一覧", "印刷", "印刷する", "記事を印刷する"],
        &["홈", "회사소개", "광고문의", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부", "이용약관", "고객센터", "로그인", "회원가입", "검색", "전체메뉴", "맨위로", "기사제보", "구독신청", "글자크기", "글자 크기", "인쇄", "인쇄하기", "기사 스크랩", "스크랩", "url 복사", "url복사", "목록", "맨 위로", "기사원문", "카카오톡 공유", "페이스북 공유", "트위터 공유"],
        // A login box's prompt to sign up ("Noch kein Kundenkonto?").
        &[
            "don't have an account", "no account yet", "noch kein kundenkonto", "noch kein konto", "pas encore de compte", "pas encore client",
            "no tienes cuenta", "aún no tienes cuenta", "non hai un account", "nog geen account", "nie masz konta", "ainda não tem conta",
            "har du inget konto",
        ],
    ])
});

/// Words of share bars: networks and share verbs. A line made only of these is a share bar.
pub const SHARE_WORDS: &[&str] = &[
    "share", "shares", "on", "via", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram",
    "messenger", "email", "e", "mail", "e-mail", "print", "copy", "link", "flipboard", "xing", "threads", "bluesky", "tumblr",
    "teilen", "auf", "drucken", "kopieren", "partager", "sur", "imprimer", "copier", "le", "lien", "compartir", "en", "imprimir",
    "copiar", "enlace", "condividi", "su", "stampa", "copia", "delen", "op", "printen", "kopiëren", "udostępnij", "na", "drukuj",
    "kopiuj", "this", "article", "story", "the", "artikel", "article", "artículo", "articolo",
    "поделиться", "поділитися", "вконтакте", "вк", "одноклассники", "viber", "скопировать", "копіювати", "ссылку", "посилання",
    "分享到", "分享", "微信", "微博", "qq空间", "qq", "朋友圈", "シェア", "ツイート", "ブックマーク", "はてブ", "line", "공유하기", "공유", "카카오톡", "카카오스토리", "네이버",
];

/// Share verbs and networks: a share bar needs at least one of them.
pub const SHARE_CORE: &[&str] = &[
    "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "flipboard", "xing",
    "teilen", "partager", "compartir", "condividi", "delen", "udostępnij",
    "поделиться", "поділитися", "分享到", "分享", "シェア", "ツイート", "공유하기",
];

/// The labels of a wiki's section edit links, lowercase, as they appear
/// inside the brackets glued to a heading ("History[edit | edit source]",
/// "Geschichte[Bearbeiten | Quelltext bearbeiten]"), by language.
pub const EDIT_MARKS: &[&str] = &[
    "edit", "edit source", "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code", "modifier le wikicode",
    "editar", "editar código", "editar código-fonte", "editar código fuente", "modifica", "modifica wikitesto", "edytuj",
    "edytuj kod", "bewerken", "brontekst bewerken", "redigera", "redigera wikitext", "rediger", "rediger kildetekst",
    "muokkaa", "muokkaa wikitekstiä", "upravit", "editovat", "править", "править код", "редагувати", "редагувати код",
];

/// The label of a wiki page's category line ("Categories: A | B"), lowercase, by language.
pub const CATEGORY_LABELS: &[&str] = &[
    "categories", "category", "kategorien", "kategorie", "catégories", "catégorie", "categorías", "categoría", "categorias",
    "categoria", "categorie", "kategorie", "categorieën", "categorie", "kategorier", "kategori", "luokat", "kategorie", "категории",
    "категорії",
];

/// First items of breadcrumbs ("Home > News > World").
pub const BREADCRUMB_HOME: &[&str] = &["home", "startseite", "start", "accueil", "inicio", "portada", "home page", "homepage", "strona główna", "news",
    "главная", "головна", "首页", "当前位置：首页", "您的位置：首页", "您当前的位置：首页", "您现在的位置：首页", "ホーム", "トップ", "홈"];

// ---------------------------------------------------------------- headline lists

/// Headers of related-story lists (whole-line match).
pub static LIST_HEADERS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &[
            "more stories", "more news", "related", "related stories", "related articles", "related posts", "related news",
            "related content", "most read", "most popular", "most viewed", "trending", "trending now", "top stories",
            "you may also like", "you might also like", "recommended", "recommended for you", "read more", "read next",
            "read also", "also read", "more from", "latest news", "latest", "more on this story", "popular", "editor's picks",
            "don't miss", "more like this", "see also", "in other news", "what to read next", "more articles",
            "related topics", "recommended stories", "recommended articles", "more to read", "more to explore", "popular posts",
            "popular stories", "latest stories", "latest posts", "recent posts", "you may like", "also on", "further reading",
            "explore further", "more from our", "keep reading", "related coverage", "more coverage", "more stories like this",
            "more from the region", "other news", "most read right now", "most read now", "other stories",
            "more in this section", "more from this section", "around the web", "you might be interested in", "more top stories",
            "top news", "most shared", "most commented", "editor's choice", "editors' picks", "what others are reading",
            "recommended reading", "related reading", "more local news", "more news from the region",
        ],
        &[
            "mehr zum thema", "meistgelesen", "meist gelesen", "das könnte sie auch interessieren", "auch interessant",
            "weitere artikel", "weitere nachrichten", "mehr aus", "lesen sie auch", "empfohlen", "top-artikel", "neueste artikel",
            "aktuelle nachrichten", "verwandte artikel", "passend zum thema", "ähnliche artikel",
            "das könnte dich auch interessieren", "das thema könnte dich auch interessieren", "das könnte sie interessieren",
            "beliebte beiträge", "beliebte beiträge zum thema", "ähnliche beiträge", "verwandte beiträge", "weitere beiträge",
            "neueste beiträge", "lesen sie auch die folgenden beiträge", "lesen sie mehr", "mehr lesen", "auch lesenswert",
            "empfohlene artikel", "weitere themen", "letzte beiträge",
            "mehr aus der region", "mehr aus dem ressort", "mehr aus der stadt", "mehr aus dem landkreis",
            "weitere artikel aus der region", "weitere nachrichten aus der region", "nachrichten aus der region",
            "mehr nachrichten", "weitere meldungen", "meistgelesene artikel", "jetzt meistgelesen", "gerade meistgelesen",
            "am meisten gelesen", "das interessiert andere leser", "andere leser interessierten sich auch für", "top-themen",
            "mehr lokalnachrichten", "siehe auch",
            "mehr zu diesem thema", "mehr aus der rubrik", "weitere artikel zum thema", "aus der region",
            "mehr lokales", "weitere lokalnachrichten",
        ],
        &[
            "lire aussi", "à lire aussi", "les plus lus", "sur le même sujet", "à découvrir", "articles similaires", "dans la même rubrique",
            "vous aimerez aussi", "les plus populaires", "dernières actualités", "à voir aussi", "lire également", "à lire également", "voir aussi", "articles les plus lus", "sur le même thème",
        ],
        &[
            "te puede interesar", "también te puede interesar", "lo más leído", "más leídas", "más leído", "noticias relacionadas",
            "relacionadas", "te recomendamos", "más noticias", "últimas noticias", "lee también", "lea también", "lea más", "vea también", "ver también", "puede interesarte", "noticias recomendadas", "también te puede gustar", "más información", "lo más visto", "más vistos", "lo último",
        ],
        &["leggi anche", "potrebbe interessarti", "potrebbe interessarti anche", "articoli consigliati", "leggi pure", "i più letti", "più letti", "articoli correlati", "ultime notizie", "ti potrebbe interessare"],
        &["meer nieuws", "lees ook", "lees meer", "ook interessant", "meer lezen", "meest gelezen", "gerelateerde artikelen", "gerelateerd", "meer over", "laatste nieuws"],
        &[
            "czytaj także", "czytaj też", "zobacz także", "zobacz też", "najczęściej czytane", "polecane", "najnowsze",
            "podobne artykuły", "przeczytaj także", "przeczytaj też", "polecamy", "czytaj więcej", "zobacz również",
            "czytaj również", "przeczytaj również", "więcej z regionu", "najpopularniejsze", "najnowsze wiadomości",
            "więcej wiadomości", "powiązane artykuły", "może cię zainteresować", "może cię też zainteresować", "inne artykuły",
            "warto przeczytać", "najczęściej czytane teraz", "inne wiadomości", "wiadomości z regionu",
            "więcej artykułów", "najnowsze artykuły",
            "inne wiadomości z regionu",
        ],
        &[
            "leia também", "leia mais", "veja também", "você pode gostar", "você também pode gostar", "mais lidas",
            "notícias relacionadas", "mais notícias", "artigos relacionados", "mais lidos", "veja mais", "últimas notícias",
            "recomendados", "ver também", "outras notícias", "mais sobre", "também poderá gostar", "pode também gostar",
            "leia ainda", "notícias da região",
            "mais recentes", "em destaque",
            "mais notícias da região", "outras notícias da região",
        ],
        &[
            "mest läst", "mest lästa", "mest läst just nu", "mest läst nu", "läs också", "läs även", "relaterat",
            "relaterade artiklar", "fler nyheter", "senaste nytt", "mer från", "mer om", "se även", "mest delade",
            "fler artiklar", "andra nyheter", "fler nyheter från", "nyheter från regionen",
            "läs mer", "mer läsning", "mer att läsa", "senaste nyheterna",
            "mer från regionen", "mer från länet", "nyheter från länet",
        ],
        &[
            "læs også", "mest læste", "mest læst", "mest læste lige nu", "mest læst lige nu", "relaterede artikler",
            "flere nyheder", "seneste nyt", "se også", "læs mere", "andre læser også", "andre nyheder", "flere artikler",
            "mere fra",
            "seneste nyheder", "mest læste artikler",
            "flere nyheder fra regionen", "mere fra regionen", "nyheder fra regionen", "flere lokale nyheder",
        ],
        &[
            "les også", "mest lest", "mest leste", "mest lest nå", "mest lest akkurat nå", "relaterte artikler",
            "relaterte saker", "flere nyheter", "siste nytt", "se også", "les mer", "andre nyheter", "flere saker", "mer fra",
            "siste nyheter", "mest leste saker",
            "flere nyheter fra regionen", "mer fra regionen", "nyheter fra regionen",
        ],
        &[
            "čtěte také", "čtěte též", "podívejte se také", "související články", "související", "nejčtenější",
            "nejčtenější články", "nejčtenější zprávy", "další zprávy", "mohlo by vás zajímat", "přečtěte si také",
            "doporučujeme", "nejnovější zprávy", "další články", "další zprávy z regionu", "zprávy z regionu", "více z regionu",
            "mohlo by vás také zajímat", "související zprávy", "nejnovější články",
            "další zprávy z kraje", "zprávy z kraje", "více z kraje",
        ],
        &[
            "čítajte aj", "súvisiace články", "súvisiace", "najčítanejšie", "najčítanejšie články", "mohlo by vás zaujímať",
            "prečítajte si aj", "ďalšie správy", "odporúčame", "najnovšie správy", "pozrite si aj", "ďalšie články",
            "správy z regiónu",
            "mohlo by vás tiež zaujímať", "súvisiace správy", "najnovšie články", "čítajte tiež",
            "ďalšie správy z regiónu", "viac z regiónu",
        ],
        &[
            "citește și", "citeste si", "vezi și", "vezi si", "cele mai citite", "articole similare", "articole recomandate",
            "știri similare", "ultimele știri", "alte știri", "alte știri din județ", "alte știri din regiune",
            "te-ar putea interesa", "recomandările redacției", "mai multe știri", "știri din județ", "știri locale",
            "citește mai multe", "din aceeași categorie", "articole din aceeași categorie", "știri recomandate",
            "cele mai citite știri", "cele mai noi știri", "pe aceeași temă",
            "mai multe știri din județ",
        ],
        &[
            "kapcsolódó cikkek", "ezt is ajánljuk", "olvassa el ezt is", "ezt olvasta már", "legolvasottabb",
            "legolvasottabb cikkek", "legfrissebb hírek", "további hírek", "friss hírek", "még több hír", "ezek is érdekelhetik",
            "ajánlott cikkek", "kapcsolódó",
            "a rovat további hírei", "további cikkek", "ezt se hagyja ki", "ne hagyja ki",
            "egyéb hírek", "hírek a régióból",
        ],
        &[
            "luetuimmat", "luetuimmat nyt", "luetuimmat juuri nyt", "lue myös", "katso myös", "lisää aiheesta", "uusimmat",
            "tuoreimmat", "suositellut", "aiheeseen liittyvät", "muut uutiset", "lisää uutisia", "luetuimmat uutiset",
            "luetuimmat artikkelit", "lisää luettavaa", "lue lisää", "suosittelemme",
        ],
        &["читайте также", "читайте еще", "читайте ещё", "смотрите также", "самое читаемое", "самое популярное", "популярное", "по теме", "новости по теме", "похожие новости", "похожие статьи", "последние новости", "другие новости", "еще новости", "ещё новости", "рекомендуем", "материалы по теме", "главное", "главное за день"],
        &["читайте також", "дивіться також", "найпопулярніше", "найчитаніше", "популярне", "по темі", "новини по темі", "схожі новини", "схожі статті", "останні новини", "інші новини", "ще новини", "рекомендуємо", "матеріали за темою", "головне"],
        &["相关新闻", "相关文章", "相关阅读", "相关推荐", "延伸阅读", "推荐阅读", "热门推荐", "热门文章", "热点新闻", "热门新闻", "猜你喜欢", "最新文章", "最新新闻", "精彩推荐", "为你推荐", "排行榜", "阅读排行", "點擊排行", "点击排行", "相關新聞", "相關文章", "延伸閱讀", "熱門新聞"],
        &["関連記事", "関連ニュース", "あわせて読みたい", "おすすめ記事", "注目記事", "人気記事", "アクセスランキング", "ランキング", "最新記事", "最新ニュース", "こちらもおすすめ", "この記事を読んだ人はこんな記事も読んでいます"],
        &["관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사", "인기 기사", "인기기사", "최신 기사", "최신기사", "추천 기사", "이 시각 주요뉴스", "주요 뉴스", "함께 볼만한 뉴스", "오늘의 주요뉴스"],
    ])
});

// ---------------------------------------------------------------- foreign promo

/// Phrases that name the language of another edition of a story ("en
/// français", "auf Deutsch", "suomeksi"), lowercase, with that language: the
/// label of a link to the story in another language ("Lire cet article en
/// français : …").
pub const EDITION_LANGUAGES: &[(&str, Lang)] = &[
    ("in english", Lang::Eng), ("english version", Lang::Eng), ("english edition", Lang::Eng),
    ("auf deutsch", Lang::Deu), ("deutsche version", Lang::Deu), ("deutsche fassung", Lang::Deu),
    ("en français", Lang::Fra), ("version française", Lang::Fra),
    ("en español", Lang::Spa), ("en castellano", Lang::Spa), ("versión en español", Lang::Spa),
    ("in italiano", Lang::Ita), ("versione italiana", Lang::Ita),
    ("in het nederlands", Lang::Nld), ("nederlandse versie", Lang::Nld),
    ("po polsku", Lang::Pol), ("wersja polska", Lang::Pol),
    ("em português", Lang::Por), ("versão em português", Lang::Por),
    ("på svenska", Lang::Swe), ("på dansk", Lang::Dan), ("på norsk", Lang::Nob),
    ("suomeksi", Lang::Fin), ("magyarul", Lang::Hun), ("în română", Lang::Ron), ("în limba română", Lang::Ron),
    ("česky", Lang::Ces), ("v češtině", Lang::Ces), ("po slovensky", Lang::Slk), ("v slovenčine", Lang::Slk),
    ("українською", Lang::Ukr), ("на русском", Lang::Rus), ("по-русски", Lang::Rus), ("türkçe", Lang::Tur),
    ("na hrvatskom", Lang::Hrv), ("v slovenščini", Lang::Slv), ("en català", Lang::Cat), ("στα ελληνικά", Lang::Ell),
    ("eesti keeles", Lang::Est), ("lietuviškai", Lang::Lit), ("latviski", Lang::Lav),
];

/// Edition, magazine and promo words that mark a foreign-language block as a promo.
pub static PROMO_WORDS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        &["edition", "issue", "magazine", "newspaper", "premium", "subscribe", "subscription", "download", "app", "offer", "trial", "read in english"],
        &["ausgabe", "zeitschrift", "zeitschriften", "zeitungen", "magazin", "geschichte stammt", "abonnieren", "abo", "angebot", "testversion", "kostenlos", "auf deutsch lesen"],
        &["édition", "numéro", "magazine", "journal", "abonnez", "abonnement", "offre", "essai", "gratuit", "lire en français"],
        &["edición", "revista", "periódico", "suscríbete", "suscripción", "oferta", "gratis", "prueba", "leer en español"],
        &["edizione", "rivista", "giornale", "abbonati", "abbonamento", "offerta", "gratis", "prova", "leggi in italiano"],
        &["editie", "tijdschrift", "krant", "abonnement", "aanbieding", "gratis", "proef", "lees in het nederlands"],
        &["wydanie", "czasopismo", "gazeta", "subskrypcja", "prenumerata", "oferta", "za darmo", "czytaj po polsku"],
        &["edição", "revista", "jornal", "assine", "assinatura", "oferta", "grátis", "leia em português"],
    ])
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_phrases_need_no_spaces() {
        let p = Phrases::new(&[&["评论", "유료 회원 전용", "teilen"]]);
        assert!(p.contains("3条评论"));
        assert!(p.contains("이 기사는 유료 회원 전용입니다."));
        assert!(!p.contains("wir mitteilen"));
        for header in ["【相关新闻】", "関連記事", "관련기사", "Читайте также", "Читайте також"] {
            assert!(LIST_HEADERS.is_line(header), "{header}");
        }
        assert!(RIGHTS.contains("<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>"));
        assert!(PAYWALL_STRONG.contains("この記事は有料会員限定です。残り652文字"));
    }

    /// The plain version that [`norm_lower`] must equal.
    fn norm_reference(lower: &str) -> String {
        let t = lower.trim_matches(|c: char| !c.is_alphanumeric());
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn unicode_space_at_is_char_white_space() {
        for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            assert_eq!(unicode_space_at(s.as_bytes(), 0), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn norm_lower_equals_the_plain_version() {
        let mut texts: Vec<String> = ["", " ", "a  b", "a\tb", "a b", " -a b- ", "a\u{a0}b", "a \u{2003}b", "«é ü»", "x\r\ny", "a\u{85}b"].map(String::from).to_vec();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(str::to_lowercase));
            }
        }
        for t in &texts {
            assert_eq!(norm_lower(t), norm_reference(t), "{t:?}");
        }
    }

    #[test]
    fn finds_at_word_boundaries() {
        let p = Phrases::new(&[&["teilen", "free trial"]]);
        assert!(p.contains("jetzt teilen!"));
        assert!(!p.contains("wir mitteilen"));
        assert_eq!(p.find("start a free trial today"), Some("free trial"));
        assert_eq!(p.count("free trial, teilen"), 2);
    }

    #[test]
    fn whole_line_normalisation() {
        assert_eq!(norm("  Add a  comment... "), "add a comment");
        assert!(COMMENT_MARKERS.is_line("Leave a Reply"));
        assert!(COMMENT_MARKERS.is_line("Kommentare:"));
        assert!(!COMMENT_MARKERS.is_line("Readers left many comments under the story."));
        assert!(PAYWALL_STRONG.contains(&"¿Ya eres suscriptor? Inicia sesión".to_lowercase()));
        for header in ["Mest läst", "Læs også", "Les også", "Čtěte také", "Čítajte aj", "Citește și", "Kapcsolódó cikkek", "Lue myös", "Zobacz również", "Mehr aus der Region"] {
            assert!(LIST_HEADERS.is_line(header), "{header}");
        }
    }

    #[test]
    fn screen_finds_every_set_that_matches() {
        for (phrases, bit) in screened() {
            for p in &phrases.patterns {
                let line = format!("xx {p}, yy");
                assert!(phrase_sets(&line) & bit != 0, "{p}");
            }
        }
        for (keys, bit) in screened_keys() {
            for k in &keys {
                assert!(phrase_sets(&format!("xx{k}yy")) & bit != 0, "{k}");
            }
        }
        for l in AI_SUMMARY_LABELS {
            assert!(screen(&format!("xx{l}yy")).1, "{l}");
        }
        for line in ["résumé généré par ia", "key points (generated with ai)", "zusammenfassung", "ai summaryx", "nothing here", "ai summar"] {
            assert_eq!(screen(line).1, has_ai_summary_label(line), "{line}");
        }
        assert_eq!(phrase_sets("the council met on tuesday"), 0);
    }

    #[test]
    fn screen_equals_a_search_for_every_pattern() {
        // The bits of every pattern occurring in the line, by an automaton
        // over the whole patterns (overlapping matches).
        let keys = screened_keys();
        let (patterns, bits) = screen_patterns(&keys);
        let ac = AhoCorasick::new(&patterns).expect("valid patterns");
        let reference = |l: &str| {
            let all = ac.find_overlapping_iter(l).fold(0, |acc, m| acc | bits[m.pattern().as_usize()]);
            ((all & 0x7FFF) as u16, all & AI_LABEL_BIT != 0)
        };
        let mut pieces: Vec<&str> = patterns.iter().step_by(7).copied().collect();
        pieces.extend(["comm", "ent", " ", "x", "share", "é", "評", "ai ", "summary", "read more"]);
        let generated = crate::testdata::generated(&pieces, 20_000);
        for line in crate::testdata::corpus_lines().iter().map(|l| l.to_lowercase()).chain(generated) {
            assert_eq!(screen(&line), reference(&line), "{line:?}");
        }
    }

    #[test]
    fn normalising_never_lowers_the_word_count() {
        // What `Phrases::max_words` relies on.
        let mut lines = crate::testdata::corpus_lines();
        lines.extend(["İstanbul İİ", "ΣΑΣ ΟΔΟΣ", "K\u{212a}elvin ẞ", "don't 'x' dogs'", "Ⅻ Ⓐbc ＡＢＣ", "  «Read more»  "].map(String::from));
        for l in &lines {
            let words = crate::features::line_features(l, None).words;
            assert!(crate::features::line_features(&norm(l), None).words >= words, "{l:?}");
        }
        assert!(LIST_HEADERS.max_words() >= 2 && LEGAL_LINKS.max_words() >= 2);
    }

    #[test]
    fn statics_build() {
        for p in [&*COMMENT_MARKERS, &*COMMENT_ACTIONS, &*COMMENT_FORM, &*PAYWALL_STRONG, &*PAYWALL_WEAK, &*CALL_TO_ACTION, &*BYLINE_LINES, &*PHOTO_AGENCIES, &*CONSENT, &*RIGHTS, &*LEGAL_LINKS, &*LIST_HEADERS, &*PROMO_WORDS, &*DISCLOSURE, &*LEGAL_NOTICE] {
            assert!(p.ac().is_some());
        }
    }
}
