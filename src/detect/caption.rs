//! `caption`: photo credits and the short descriptive line that goes with them.
//!
//! A credit line is "(Image: Getty)", "(Foto Ansa)", "(EFE/X)" or "… . Fot. PAP/X" at a line's end, a line opening with
//! "Photo:", "Foto:", "Crédit photo :", …, or a short line naming a photo
//! agency with "©", "/" or nothing else. The nearest non-blank line before or
//! after a credit, when short and without terminal punctuation, is its
//! caption and goes too (unless it is a numbered item's heading or a time). Figure captions ("Figure 3: …", "Abbildung 4: …")
//! and an image viewer's "Enlarge"/"Vergrößern" label with its caption go,
//! and so do news-photo captions that place people in the picture ("X, left,
//! and Y shake hands …", "(background)", "v.l.n.r.") and carry a date, or
//! open with "In this `<date>` photo".

use super::{Category, Detector, Span};
use crate::features::{slot, Doc};
use super::phrase_sets;
use crate::lexicon::{set, PHOTO_AGENCIES};
use aho_corasick::AhoCorasick;
// The static patterns run on `Matcher` (forward lazy DFA, no reverse automaton).
use super::Matcher as Regex;
use std::sync::LazyLock;

const CREDIT_WORDS: &str = r"image|images|photo|photos|picture|pictures|pic|pics|credit|credits|photo credit|image credit|image source|foto|fotos|bild|bilder|bildquelle|fotoquelle|fotografie|crédit photo|crédits photo|crédit|crédits|photographie|imagen|imágenes|fotografía|immagine|immagini|afbeelding|beeld|zdjęcie|zdjęcia|fot\.|video|source|quelle|fuente|fonte|źródło|beitragsbild|titelbild|titelfoto|headerbild|symbolbild|vorschaubild|aufmacherbild";

/// "(Image: Getty)": a credit word and a colon in brackets at the line's end.
fn paren_pattern() -> String {
    format!(r"(?i)[(\[]\s*({CREDIT_WORDS})\s*:\s*[^)\]]{{1,80}}[)\]]\s*$")
}
/// [`paren_pattern`] anchored at its opening bracket (see [`at_bracket`]).
static PAREN_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{}", paren_pattern())).expect("valid regex"));
/// "… in Warschau. Fot. PAP/Leszek Szymański", "… in Lower Wexley. Photo by Jane Doe / Agency":
/// a credit without a colon after the caption's last sentence.
const TAIL_BARE: &str = r"[.,]\s+(?i:fot\.|foto|fotos|photo|photos|photograph|bild)(?:\s+(?i:by|von|par|de|di|por|door|van))?\s+\p{Lu}[^.:!?]{1,60}$";
/// [`TAIL_BARE`] anchored at its opening `.` or `,` (see [`tail_bare`]).
static TAIL_BARE_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{TAIL_BARE}")).expect("valid regex"));

/// Whether [`TAIL_BARE`] matches `line`: tried at each `.` or `,` followed
/// by white space, anchored there. (A match starts at one of them, and
/// nothing in the pattern looks outside it; unanchored, its reverse search
/// from the line's end built new lazy DFA states on almost every line.)
fn tail_bare(line: &str) -> bool {
    line.match_indices(['.', ',']).any(|(at, _)| line[at + 1..].starts_with(char::is_whitespace) && TAIL_BARE_AT.is_match(&line[at..]))
}
/// "(Foto Ansa)", "(Photo AP)", "(AP Photo/Jae C. Hong)": a credit in brackets at the line's end without a colon.
const PAREN_BARE: &str = r"[(\[]\s*((?i:photo|photos|foto|fotos|bild|image|imagen|immagine|zdjęcie|fot\.)\s+\p{Lu}|[^()\[\]]{1,20}\s(?i:photo|foto)\s*/\s*\S)[^()\[\]]{0,40}[)\]]\s*$";
/// [`PAREN_BARE`] anchored at its opening bracket (see [`at_bracket`]).
static PAREN_BARE_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{PAREN_BARE}")).expect("valid regex"));

/// Whether `anchored`, a pattern that opens with `[(\[]` and ends with `$`
/// and does not look outside its match, anchored with `^`, matches `line`
/// unanchored: it is tried at each `(` and `[`, where a match must start.
/// (Unanchored, the reverse search from the line's end built new lazy DFA
/// states on almost every line it was asked about.)
fn at_bracket(line: &str, anchored: &Regex) -> bool {
    line.match_indices(['(', '[']).any(|(at, _)| anchored.is_match(&line[at..]))
}
/// A photo credit closing the caption line: "… Foto: dpa", "… Photo by X ©
/// Getty", "…, © Reuters". The regex [`tail`] stands for (kept for its test).
#[cfg(test)]
static TAIL: LazyLock<Regex> = LazyLock::new(|| super::small_cache_regex(r"(?i)(\.|,|^)\s*(photo|photos|photograph|foto|fotos|image|picture|bild|crédit photo|crédit|imagen|fotografía|immagine|zdjęcie|fot\.|sursa foto|sursă foto|kuva|billede|zdroj)\s*:\s*[^.:]{2,60}$|(photo|foto|illustration|image|bild|imagen|immagine|zdjęcie)\W.{0,40}©|[.,]\s*©\s*[^.©]{2,60}$"));
/// [`TAIL`]'s first alternative before its colon: a credit word opening the
/// line or after a period or comma.
static TAIL_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:\.|,|^)\s*(photo|photos|photograph|foto|fotos|image|picture|bild|crédit photo|crédit|imagen|fotografía|immagine|zdjęcie|fot\.|sursa foto|sursă foto|kuva|billede|zdroj)\s*$").expect("valid regex"));
/// [`TAIL`]'s second alternative: a photo word, then a `©` within 41 characters.
static TAIL_COPY: LazyLock<Regex> = LazyLock::new(|| super::small_cache_regex(r"(?i)(photo|foto|illustration|image|bild|imagen|immagine|zdjęcie)\W.{0,40}©"));

/// [`TAIL`], `(?i)(\.|,|^)\s*(words)\s*:\s*[^.:]{2,60}$|(words)\W.{0,40}©|[.,]\s*©\s*[^.©]{2,60}$`,
/// without the counted tails that made its lazy DFA build new states on
/// most lines it was asked about: the first alternative's colon is the
/// line's last one and the third's `©` its last `©`, with no period after
/// either ([`credit_tail`]); what comes before them is a small regex
/// ([`TAIL_WORD`]) or a period or comma.
fn tail(line: &str) -> bool {
    if let Some(c) = line.rfind(':') {
        if credit_tail(&line[c + 1..]) && TAIL_WORD.is_match(&line[..c]) {
            return true;
        }
    }
    let Some(p) = line.rfind('©') else { return false };
    TAIL_COPY.is_match(line) || credit_tail(&line[p + '©'.len_utf8()..]) && line[..p].trim_end_matches(char::is_whitespace).ends_with(['.', ','])
}

/// Whether the text after a credit's colon or `©` is `\s*[^.]{2,60}` to the
/// line's end (the colon or sign being the line's last one): no period,
/// two characters or more, and at most 60 once its leading white space
/// (which `\s*` may take) is left out.
fn credit_tail(t: &str) -> bool {
    if t.contains('.') {
        return false;
    }
    let n = t.chars().count();
    let lead = t.chars().take_while(|c| c.is_whitespace()).count();
    n >= 2 && n - lead <= 60
}
/// "… Torres del Paine. EFE/Elvis González": an agency's upper-case name and
/// the photographer after the caption's last sentence; or the photographer
/// (two to four capitalised words) and then the agency ("… à Lyon, le 18
/// novembre. JEAN DUPONT / AFP", "… Jean Dupont / Reuters").
static TAIL_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\.\s+(?:\p{Lu}{2,8}\s?/\s?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'-]*){0,3}|\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}.'-]*){1,3}\s?/\s?(?:\p{Lu}{2,8}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))\s*$").expect("valid regex")
});
/// "… el pasado martes. PACO PUENTES": the photographer's name in capitals,
/// two or three words, after the caption's last sentence.
static TAIL_CAPS_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\.\s+\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}[\p{Lu}'-]+){1,2}\s*$").expect("valid regex"));
/// "… on Tuesday Credit: Alamy": a capitalised credit word glued to the
/// caption without punctuation (a copy-paste of the caption and its credit).
static TAIL_GLUED: LazyLock<Regex> =
    LazyLock::new(|| super::small_cache_regex(r"\p{Ll}\s+(Credit|Credits|Photo|Photos|Picture|Image|Foto|Fotos|Bild|Kuva)\s*:\s*[^.:]{2,40}$"));
/// A figure caption: "Figure 3: …", "Abbildung 4: …", "Abb. 2 …", or an
/// image viewer's "Vergrößern"/"Enlarge" label glued to the caption.
/// Asked after [`after_lead`]: it stood for `^\W{0,3}(…)`.
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?i:figure|fig\.|abbildung|abb\.|grafik|schaubild|afbeelding|figura|ilustración|rysunek|ryc\.)\s*\d{0,3}[a-z]?\s*[:.|–-]\s*\S|(?i:vergrößern|enlarge|agrandir|ampliar|ingrandisci|vergroten|powiększ)\s+\p{Lu})")
        .expect("valid regex")
});

/// A gallery's counter: "Image 1 of 12", "Bild 3 von 8", "Photo 2/10".
static GALLERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:image|photo|picture|pic|slide|bild|foto|imagen|immagine|afbeelding|zdjęcie|imagem|billede|bilde|obrázek)\s*\d{1,3}\s*(?:of|von|sur|de|di|van|z|av|af|ze|/)\s*\d{1,3}$")
        .expect("valid regex")
});

/// Cheap necessary condition for [`BY_CREDIT`]: one of the line's first four
/// characters is the first letter of one of its words, `p`, `i`, `f` or `b`
/// in either case (no other character matches those case-insensitively).
fn may_be_by_credit(line: &str) -> bool {
    line.chars().take(4).any(|c| matches!(c, 'p' | 'i' | 'f' | 'b' | 'P' | 'I' | 'F' | 'B'))
}

/// "Photograph by Jane Doe", "Photo by X on Unsplash", "Foto von X", "Photo de X".
/// Asked after [`after_lead`] ([`by_credit`]): it stood for `(?i)^\W{0,3}(…)…`.
static BY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(photograph|photographs|photo|photos|image|images|picture|illustration|illustrations|foto|fotos|bild|bilder|photo de|photos de|foto de|fotos de|foto di|foto van)\s+(by|von|par|de|di|van|door|credit)\s+\p{Lu}")
        .expect("valid regex")
});
/// Where someone stands in a news photo: "X, left, and Y", "(background)",
/// "from left", "v.l.n.r.", "de gauche à droite", "de izquierda a derecha".
static PLACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:, (?:left|right|center|centre|second left|second right|front|back|rear|top|bottom|foreground|background),|\((?:left|right|center|centre|background|foreground|front|back|l|r|c|top|bottom|links|rechts|mitte|à gauche|à droite|izquierda|derecha)\)|\bfrom left\b|\bv\. ?l\. ?n\. ?r\.|\bvon links\b|\bde gauche à droite\b|\bde izquierda a derecha\b|\bda sinistra\b)")
        .expect("valid regex")
});
/// A date in a photo caption: a weekday, a month and day, or a year.
static CAPTION_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b(?:19|20)\d\d\b").expect("valid regex")
});
/// An agency caption's opening: "In this Sunday, Nov. 10, 2019, photograph, …", "In this file photo …".
/// The photo word after the opening's words ([`in_this_photo`]).
static IN_THIS_PHOTO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:file |undated |handout )?(?:photo|photograph|image|picture)\b").expect("valid regex"));

/// `^(?:In this|In a|In an) (?:[\w.]+,? ){0,6}` and [`IN_THIS_PHOTO`], the
/// regex this was (its six copies of `[\w.]` were nine tenths of its
/// build): a word `[\w.]+,?` holds no space, so each is the text up to the
/// next one, and the photo word is tried after none to six of them.
fn in_this_photo(line: &str) -> bool {
    ["In this ", "In a ", "In an "].iter().any(|open| {
        let Some(mut rest) = line.strip_prefix(open) else { return false };
        for words in 0..=6 {
            if IN_THIS_PHOTO.is_match(rest) {
                return true;
            }
            let Some((word, after)) = rest.split_once(' ').filter(|_| words < 6) else { return false };
            if !dotted_word(word) {
                return false;
            }
            rest = after;
        }
        false
    })
}

/// Whether `word` is all of `[\w.]+,?`.
fn dotted_word(word: &str) -> bool {
    let w = word.strip_suffix(',').unwrap_or(word);
    !w.is_empty() && w.char_indices().all(|(at, c)| c == '.' || is_word_at(w, at, c))
}

/// A wire-photo caption's full date: "Tuesday, Nov. 19, 2019" (articles say "on Tuesday").
static WEEKDAY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b").expect("valid regex")
});

/// True when line `i` is a news-photo caption: it places people in the
/// picture and carries a date, opens with "In this … photo", or is a
/// sentence that dates its scene in full ("…, Tuesday, Nov. 19, 2019, in …").
fn is_photo_caption(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    if doc.lines[i].blank || f.words < 4 || f.words > 80 {
        return false;
    }
    let line = crate::features::trim(doc.line(i));
    line.starts_with("In ") && in_this_photo(line)
        || may_be_placed(doc, i, line) && PLACED.is_match(line) && CAPTION_DATE.is_match(line)
        || f.words >= 8 && f.words <= 70 && line.contains(',') && line.contains("day") && WEEKDAY_DATE.find(line).is_some_and(|m| m.start() <= 300 && scene_date(&line[..m.start()]))
}

/// Whether the text before a caption's full date sets a scene ("… in Madrid,
/// Spain, " or "… Hanoi, Vietnam "), not a sentence's "on …".
fn scene_date(before: &str) -> bool {
    let before = before.trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    !before.is_empty() && (before.ends_with(',') || last.chars().next().is_some_and(char::is_uppercase)) && !matches!(last, "on" | "On" | "until" | "by" | "since" | "from")
}

/// Every string [`PLACED`] can match, lowercased (its `\b`s left out);
/// searched by the phrase screen (bit [`set::PLACED_KEYS`]).
pub(crate) fn placed_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for w in ["left", "right", "center", "centre", "second left", "second right", "front", "back", "rear", "top", "bottom", "foreground", "background"] {
        keys.push(format!(", {w},"));
    }
    for w in [
        "left", "right", "center", "centre", "background", "foreground", "front", "back", "l", "r", "c", "top", "bottom", "links", "rechts", "mitte", "à gauche",
        "à droite", "izquierda", "derecha",
    ] {
        keys.push(format!("({w})"));
    }
    for a in ["", " "] {
        for b in ["", " "] {
            for c in ["", " "] {
                keys.push(format!("v.{a}l.{b}n.{c}r."));
            }
        }
    }
    keys.extend(["from left", "von links", "de gauche à droite", "de izquierda a derecha", "da sinistra"].map(String::from));
    keys
}

/// Cheap necessary condition for [`PLACED`] in line `i`, trimmed `line`:
/// the line lowercased ([`Doc::lower`]) contains one of [`placed_keys`].
/// Every character the case-insensitive regex matches to a key's letter
/// lowercases to it, except `ſ` (an `s`): lines with one are not filtered.
fn may_be_placed(doc: &Doc<'_>, i: usize, line: &str) -> bool {
    !line.is_ascii() && line.contains('ſ') || phrase_sets(doc, i) & set::PLACED_KEYS != 0
}

/// Strings every alternative of [`CREDIT_WORDS`] contains (lowercase): a necessary condition for [`paren_pattern`].
const PAREN_KEY_LIST: &[&str] = &[
    "image", "imágenes", "photo", "pic", "credit", "crédit", "foto", "bild", "immagin", "afbeelding", "beeld", "zdjęci", "fot.", "video", "source", "quelle",
    "fuente", "fonte", "źródło",
];
/// Strings every credit word of [`PAREN_BARE`] contains (lowercase).
const PAREN_BARE_KEY_LIST: &[&str] = &["photo", "foto", "bild", "image", "immagine", "zdjęcie", "fot."];
/// Strings every alternative of [`TAIL`] without a `©` contains (lowercase).
/// (Also the words of [`TAIL_GLUED`]: "credit", "kuva".)
const TAIL_KEY_LIST: &[&str] = &["photo", "foto", "image", "picture", "bild", "crédit", "immagine", "zdjęcie", "fot.", "kuva", "billede", "zdroj", "credit"];

static PAREN_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(PAREN_KEY_LIST).expect("valid patterns"));
static PAREN_BARE_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(PAREN_BARE_KEY_LIST).expect("valid patterns"));
static TAIL_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(TAIL_KEY_LIST).expect("valid patterns"));

/// Cheap necessary condition for a case-insensitive match of one of a
/// regex's words in the trimmed line `line`: `lower`, the line lowercased
/// ([`Doc::lower`]), contains one of `keys`. Every character the regex
/// matches to a key's letter lowercases to it, except `ſ` (an `s`): lines
/// with one are not filtered.
fn may_name(line: &str, lower: &str, keys: &AhoCorasick) -> bool {
    !line.is_ascii() && line.contains('ſ') || keys.is_match(lower)
}

/// Photo credits and captions of Russian, Ukrainian, Chinese, Japanese and
/// Korean pages: "写真：…", "Фото: …" or "사진=…" opening the line, "…
/// Фото: Имя Фамилия" closing it, "…撮影）" closing it, "[사진=연합뉴스]",
/// or a line that is only a credit of [`CREDIT_TAIL_CJK`].
static CREDIT_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(写真|画像|図|图片|圖片|照片|图|圖|фото|фотография|світлина|사진)\s*\d{0,2}\s*[:：=]\s*\S|[.,。，]\s*(фото|фотография|світлина)\s*:\s*[^.:]{2,60}$|撮影\s*[)）]\s*$|[\[(（]\s*사진\s*=\s*[^\])）]{1,40}[\])）]").expect("valid regex")
});

/// A Chinese or Korean photo credit: a photographer's name before 摄
/// ("新华社记者 王磊 摄", "（记者 李明 摄）") or a source before 제공 ("청솔시 제공").
static CREDIT_TAIL_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(（]?[^。.，,]{0,12}?(\s|记者|記者|摄影|攝影|通讯员|通訊員)\s*\p{Han}{2,4}\s*[摄攝]\s*[)）]?$|^[^.。]{1,20}\s제공$").expect("valid regex")
});

/// Cheap necessary condition for [`CREDIT_CJK`] and [`CREDIT_TAIL_CJK`]: a line outside ASCII with one of their key words.
fn may_be_credit_cjk(line: &str, lower: &str) -> bool {
    !line.is_ascii() && CREDIT_CJK_KEYS.is_match(lower)
}

/// The key words of [`may_be_credit_cjk`] in one automaton.
static CREDIT_CJK_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(["写真", "画像", "図", "图", "圖", "照片", "фото", "світлина", "사진", "摄", "攝", "撮影", "제공"]).expect("valid patterns")
});

/// Cheap necessary condition for [`credit_tail_cjk`] to find a credit: 摄 or 제공.
fn may_be_credit_tail_cjk(line: &str) -> bool {
    // '摄' and '攝' start with the byte 0xE6 in UTF-8, "제공" with 0xEC: a
    // line without either byte (a pass the compiler vectorises) has none.
    !line.is_ascii() && line.bytes().fold(false, |a, c| a | (c == 0xE6) | (c == 0xEC)) && (line.contains(['摄', '攝']) || line.contains("제공"))
}

/// Where the Chinese or Korean credit ([`CREDIT_TAIL_CJK`]) that closes the
/// caption line `line` starts, after the caption's last sentence: `Some(0)`
/// when the line is only the credit.
fn credit_tail_cjk(line: &str) -> Option<usize> {
    let body = line.trim_end();
    let from = body.rfind(['。', '.', '！', '？']).map_or(0, |at| at + body[at..].chars().next().map_or(1, char::len_utf8));
    let rest = &body[from..];
    let lead = rest.len() - rest.trim_start().len();
    (rest.chars().count() <= 30 && CREDIT_TAIL_CJK.is_match(crate::features::trim(rest))).then_some(if body[..from].trim().is_empty() { 0 } else { from + lead })
}

/// A credit word opening the line: "Foto: …", "Image © …", "— Credit | …".
/// Asked after [`after_lead`] ([`credit_prefix`]): it stood for `(?i)^\W{0,3}(…)…`.
static PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^({CREDIT_WORDS})\s*[:©|]\s*\S")).expect("valid regex"));

/// A word character at the start of a string, as the regexes' `\w` has it
/// (asked of non-ASCII characters only).
static WORD_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\w").expect("valid regex"));

/// Whether the character `c` at `line[at..]` is a word character (`\w`):
/// an ASCII one is `[0-9A-Za-z_]`.
fn is_word_at(line: &str, at: usize, c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        WORD_AT.is_match(&line[at..])
    }
}

/// `line` after its opening non-word characters (`\W`) when there are at
/// most three, and it goes on with a word character. A regex `^\W{0,3}X`
/// whose `X` opens with a word character in every match (a letter, as in
/// [`FIGURE`], [`BY_CREDIT`] and [`PREFIX`]) can only match `X` there, so it
/// matches exactly when `^X` matches what this returns. Three copies of the
/// large `\W` class were most of such a regex's build.
fn after_lead(line: &str) -> Option<&str> {
    for (n, (at, c)) in line.char_indices().enumerate() {
        if is_word_at(line, at, c) {
            return Some(&line[at..]);
        }
        if n == 3 {
            return None;
        }
    }
    None
}

/// [`PREFIX`] after at most three non-word characters.
fn credit_prefix(line: &str) -> bool {
    after_lead(line).is_some_and(|rest| PREFIX.is_match(rest))
}

/// [`BY_CREDIT`] after at most three non-word characters.
fn by_credit(line: &str) -> bool {
    after_lead(line).is_some_and(|rest| BY_CREDIT.is_match(rest))
}

/// The caption detector.
pub struct Caption;

/// `line.contains('©')`, by a byte search: `©` is C2 A9 in UTF-8, and C2
/// never continues a character.
fn has_copyright_sign(line: &str) -> bool {
    let b = line.as_bytes();
    crate::features::has_byte(b, 0xA9) && b.windows(2).any(|w| w == [0xC2, 0xA9])
}

/// True when line `i` is a photo credit.
pub fn is_credit(doc: &Doc<'_>, i: usize) -> bool {
    let f = &doc.feats[i];
    if doc.lines[i].blank || f.words == 0 {
        return false;
    }
    let line = crate::features::trim(doc.line(i));
    // What the regexes need literally: PAREN a colon and a bracket (PAREN_BARE a bracket), TAIL a
    // colon or ©, PREFIX a colon, © or |.
    let colon = crate::features::has_byte(line.as_bytes(), b':');
    let copy = has_copyright_sign(line);
    // PAREN and PAREN_BARE end with a closing bracket (the line is trimmed as `\s` is) and name a
    // credit word; TAIL needs a `©`, or a colon and one of its words.
    if f.words <= 40
        && line.ends_with([')', ']'])
        && line.contains(['(', '['])
        && (colon && may_name(line, doc.lower(i), &PAREN_KEYS) && at_bracket(line, &PAREN_AT) || may_name(line, doc.lower(i), &PAREN_BARE_KEYS) && at_bracket(line, &PAREN_BARE_AT))
    {
        return true;
    }
    if f.words <= 30 && (copy || colon && may_name(line, doc.lower(i), &TAIL_KEYS)) && (tail(line) || colon && TAIL_GLUED.is_match(line)) {
        return true;
    }
    if f.words <= 30 && f.inner_sentences > 0 && ["fot", "photo", "bild"].iter().any(|k| doc.lower(i).contains(k)) && tail_bare(line) {
        return true;
    }
    if f.words <= 40 && may_be_credit_cjk(line, doc.lower(i)) && (CREDIT_CJK.is_match(line) || credit_tail_cjk(line) == Some(0)) {
        return true;
    }
    if f.words <= 15 && ((colon || copy || crate::features::has_byte(line.as_bytes(), b'|')) && credit_prefix(line) || may_be_by_credit(line) && by_credit(line)) {
        return true;
    }
    if f.words <= 40 && f.inner_sentences > 0 && crate::features::has_byte(line.as_bytes(), b'/') && TAIL_AGENCY.is_match(line) {
        return true;
    }
    if f.words <= 40 && f.inner_sentences > 0 && line.ends_with(|c: char| c.is_uppercase()) && TAIL_CAPS_NAME.is_match(line) {
        return true;
    }
    if line.len() <= 32 && line.ends_with(|c: char| c.is_ascii_digit()) && GALLERY.is_match(line) {
        return true;
    }
    if f.words <= 40 && line.ends_with(')') && agency_in_brackets(line) {
        return true;
    }
    if f.words <= 10 && !f.terminal {
        let lower = crate::features::trim(doc.lower(i));
        if phrase_sets(doc, i) & set::PHOTO_AGENCIES != 0 && PHOTO_AGENCIES.contains(lower) {
            return line.contains('©') && f.words <= 8 || line.contains('/') || PHOTO_AGENCIES.is_norm(&doc.norm_lower(i)) || (lower.contains(" via ") && f.words <= 6);
        }
    }
    false
}

/// True when line `i` opens as a figure caption ([`FIGURE`]).
fn is_figure(doc: &Doc<'_>, i: usize) -> bool {
    after_lead(crate::features::trim(doc.line(i))).is_some_and(|rest| may_open_figure(rest) && FIGURE.is_match(rest))
}

/// Cheap necessary condition for [`FIGURE`]: `rest` opens with the first
/// letter of one of its words, in either case (of those letters only `s`
/// has a non-ASCII case variant, `ſ`).
fn may_open_figure(rest: &str) -> bool {
    rest.as_bytes().first().is_some_and(|b| b"fagsirvep".contains(&b.to_ascii_lowercase())) || rest.starts_with('ſ')
}

/// A photo agency and the photographer's name in brackets at the line's
/// end: "(EFE/Chema Moya)", "(Reuters / Jane Doe)". (An agency's name alone
/// in brackets is too often an abbreviation: "(EPA)", "(AP)".)
fn agency_in_brackets(line: &str) -> bool {
    let Some(open) = line.rfind('(') else { return false };
    let inner = &line[open + 1..line.len() - 1];
    let Some((agency, name)) = inner.split_once('/') else { return false };
    let agency = crate::features::trim(agency);
    !agency.is_empty() && !crate::features::trim(name).is_empty() && inner.len() <= 60 && PHOTO_AGENCIES.is_norm(&crate::lexicon::norm_lower(&agency.to_lowercase()))
}

/// A line that opens as a numbered item ("2. The Cobb, Dorset") or is a
/// time of day alone ("14:58", "9.30 am"): part of the text, never a photo's caption.
fn text_marker(line: &str) -> bool {
    let t = crate::features::trim(line);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest = &t[digits..];
    let numbered = (rest.starts_with(". ") || rest.starts_with(") ")) && t.len() > digits + 2;
    let time = rest.len() >= 3 && matches!(rest.as_bytes()[0], b':' | b'.') && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit) && rest[3..].trim().len() <= 3;
    numbered || time
}

impl Detector for Caption {
    fn name(&self) -> &'static str {
        "caption"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        let credits: Vec<usize> = (0..doc.len()).filter(|&i| doc.memo_flag(slot::CAPTION, 0, i, || is_credit(doc, i))).collect();
        for i in 0..doc.len() {
            let f = &doc.feats[i];
            if !doc.lines[i].blank && f.words >= 2 && f.words <= 80 && !credits.contains(&i) && doc.memo_flag(slot::CAPTION, 2, i, || is_figure(doc, i)) {
                out.push(Span::lines(i..i + 1, Category::Caption, "caption/figure", 0.85, "figure caption"));
            }
        }
        for i in 0..doc.len() {
            if !credits.contains(&i) && doc.memo_flag(slot::CAPTION, 1, i, || is_photo_caption(doc, i)) {
                out.push(Span::lines(i..i + 1, Category::Caption, "caption/photo", 0.85, "news-photo caption"));
            }
        }
        // A Chinese or Korean credit after the caption's sentence goes alone: the caption stays.
        for i in 0..doc.len() {
            let f = &doc.feats[i];
            // Whether the line has such a credit depends on the line alone (flag 3, memoised).
            if doc.lines[i].blank || f.words > 40 || !doc.memo_flag(slot::CAPTION, 3, i, || may_be_credit_tail_cjk(doc.line(i)) && credit_tail_cjk(doc.line(i)).is_some_and(|at| at > 0)) || credits.contains(&i) {
                continue;
            }
            if let Some(at) = credit_tail_cjk(doc.line(i)).filter(|&at| at > 0) {
                let start = doc.lines[i].start;
                let end = start + doc.line(i).trim_end().len();
                out.push(Span { lines: i..i + 1, cut: Some(start + at..end), category: Category::Caption, rule: "caption/credit", score: 0.9, reason: "photo credit after the caption".into() });
            }
        }
        for &c in &credits {
            out.push(Span::lines(c..c + 1, Category::Caption, "caption/credit", 0.9, "photo credit"));
            for j in [doc.prev_nonblank(c), doc.next_nonblank(c)].into_iter().flatten() {
                let f = &doc.feats[j];
                // A numbered item's heading or a live blog's entry time is the text's, not the photo's.
                if credits.contains(&j) || f.words < 2 || f.words > 20 || f.terminal || f.colon_end || text_marker(doc.line(j)) {
                    continue;
                }
                out.push(Span::lines(j..j + 1, Category::Caption, "caption/description", 0.75, "short caption next to a photo credit"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tail`] matches the lines [`TAIL`] matches.
    #[test]
    fn tail_equals_its_regex() {
        let mut lines = crate::testdata::corpus_lines();
        lines.extend(lines.iter().map(|l| crate::features::trim(l).to_owned()).collect::<Vec<_>>());
        let pieces = [
            " ", "  ", "\u{a0}", ".", ",", ":", "©", "Foto", "photo", "Illustration", "Crédit photo", "fot.", "x", "é", "dpa", "Getty Images", "ab", "a", "—", "\u{2003}",
        ];
        lines.extend(crate::testdata::generated(&pieces, 300_000));
        for t in ["Foto: dpa", "x. Foto: ab", "x, Foto : a", "Foto:  a", "Foto: a.b", "Foto: a:b", ". © AB", ", ©  a", "x © ab", "Photo x © y", "Foto: ", &format!("Foto: {}", "x".repeat(60)), &format!("Foto:  {}", "x".repeat(60)), &format!("Foto: {}", "x".repeat(61))] {
            lines.push(t.to_owned());
        }
        for l in &lines {
            assert_eq!(tail(l), TAIL.is_match(l), "{l:?}");
        }
    }

    /// [`after_lead`] with [`FIGURE`], [`BY_CREDIT`] and [`PREFIX`], and
    /// [`in_this_photo`], match the lines their old regexes matched.
    #[test]
    fn split_regexes_match_as_before() {
        let old_figure = Regex::new(&format!(r"^\W{{0,3}}{}", &FIGURE.as_str()[1..])).expect("old");
        let old_by = Regex::new(&BY_CREDIT.as_str().replacen("^", r"^\W{0,3}", 1)).expect("old");
        let old_prefix = Regex::new(&PREFIX.as_str().replacen("^", r"^\W{0,3}", 1)).expect("old");
        let old_in_this = Regex::new(r"^(?:In this|In a|In an) (?:[\w.]+,? ){0,6}(?:file |undated |handout )?(?:photo|photograph|image|picture)\b").expect("old");
        let mut lines = crate::testdata::corpus_lines();
        lines.extend(lines.iter().map(|l| crate::features::trim(l).to_owned()).collect::<Vec<_>>());
        let pieces = [
            " ", "  ", "-", "—", "«", "(", "_", "é", "٣", "\u{300}", ".", ",", ":", "|", "©", "Fig", "Figure", "fig.", "Abb.", "3", "Vergrößern", "Enlarge", "Photo", "photo",
            "Foto", "by", "von", "Jane", "credit", "Credits", "Image", "In this", "In a", "In an", "file", "undated", "handout", "photograph", "picture", "Nov.", "10,",
            "x", "ſ", "\u{212A}", "K",
        ];
        lines.extend(crate::testdata::generated(&pieces, 300_000));
        for l in [
            "In this Sunday, Nov. 10, 2019, photograph, people", "In this file photo", "In an undated handout photo", "In a photo", "In this a b c d e f photo",
            "In this a b c d e f g photo", "In this a,, photo", "In this , photo", "In this photos", "In this photo_", "In this é photoé", "In this ٣ photo", "In this  photo",
            "In this a.b, photo", "In this ſ photo", "—— Figure 3: x", "——— Figure 3: x", "———— Figure 3: x", "…Fig. 2 . X", "« Vergrößern Das", "(c) Photo by Jane",
            "____Photo by Jane", "___Photo by Jane", "\u{300}Photo by Jane", "- Image: x", "-- Credits | x", "", "—",
        ] {
            lines.push(l.to_owned());
        }
        for l in &lines {
            let rest = after_lead(l);
            assert_eq!(rest.is_some_and(|r| FIGURE.is_match(r)), old_figure.is_match(l), "FIGURE {l:?}");
            assert!(!rest.is_some_and(|r| FIGURE.is_match(r)) || rest.is_some_and(may_open_figure), "FIGURE screen {l:?}");
            assert_eq!(by_credit(l), old_by.is_match(l), "BY_CREDIT {l:?}");
            assert_eq!(credit_prefix(l), old_prefix.is_match(l), "PREFIX {l:?}");
            assert_eq!(in_this_photo(l), old_in_this.is_match(l), "IN_THIS_PHOTO {l:?}");
        }
    }

    #[test]
    fn by_credit_precheck_keeps_every_match() {
        let mut lines: Vec<String> = crate::testdata::lines().iter().map(|l| l.trim().to_owned()).collect();
        lines.extend(["Photo by Jane Doe on Unsplash", "-- Foto von Max Muster", "(IMAGE BY ANN LEE)", "...Bild von Anna", "\u{212a}ein Photo by X"].map(String::from));
        let mut n = 0;
        for l in &lines {
            if by_credit(l) {
                n += 1;
                assert!(may_be_by_credit(l), "{l:?}");
            }
        }
        assert!(n >= 4);
    }

    #[test]
    fn cjk_credits() {
        let line = "　　地铁6号线首段列车停靠北湖公园站。新华社记者 王磊 摄";
        let at = credit_tail_cjk(line).unwrap_or(0);
        assert_eq!(&line[at..], "新华社记者 王磊 摄");
        assert_eq!(credit_tail_cjk("（新华社记者 王磊 摄）"), Some(0));
        let ko = "옛 청솔남초등학교 전경. 청솔시 제공";
        assert_eq!(credit_tail_cjk(ko).map(|at| &ko[at..]), Some("청솔시 제공"));
        // A body sentence that mentions a photograph is no credit.
        assert_eq!(credit_tail_cjk("山顶的草甸，摄于第二天清晨。"), None);
        for line in ["写真：シャッターが目立つ商店街（北浜市で、佐藤美咲撮影）", "Красный мост. Фото: Андрей Левин", "[사진=연합뉴스]"] {
            assert!(CREDIT_CJK.is_match(line), "{line}");
        }
        assert!(!CREDIT_CJK.is_match("Фотограф рассказал о своей работе."));
    }

    #[test]
    fn copyright_sign_test_equals_contains() {
        for t in ["", "©", "a © b", "Foto: x", "\u{a9}", "\u{2029}", "é©", "ª", "\u{c2}x"] {
            assert_eq!(has_copyright_sign(t), t.contains('©'), "{t:?}");
        }
    }

    /// The alternatives of a regex's word group, `\.` unescaped.
    fn alternatives(group: &str) -> Vec<String> {
        group.split('|').map(|w| w.replace("\\.", ".")).collect()
    }

    static PAREN: LazyLock<Regex> = LazyLock::new(|| Regex::new(&paren_pattern()).expect("valid regex"));
    static PAREN_BARE_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(PAREN_BARE).expect("valid regex"));

    #[test]
    fn bracket_anchored_equal_the_unanchored_regexes() {
        let mut lines: Vec<String> = [
            "The missile attacks have left at least 33 people dead (Image: Getty)", "(Photo: AP) (Image: X)", "x (Image: A) y (Foto Ansa)", "((Image: X))",
            "[Photo credit: Reuters ]  ", "(AP Photo/Jae C. Hong)", "a (b) (AP Photo/))", "(Photo AP", "(photo ap)", "([Foto Ansa]", "(Image:)", "",
            "(Foto\u{a0}Ansa)\u{2003}", "Text (Bild: dpa) more", "(x) [y] (Photo Z)",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(crate::testdata::lines().iter().map(|l| l.trim().to_owned()));
        let (mut a, mut b) = (0, 0);
        for l in &lines {
            assert_eq!(at_bracket(l, &PAREN_AT), PAREN.is_match(l), "{l:?}");
            assert_eq!(at_bracket(l, &PAREN_BARE_AT), PAREN_BARE_RE.is_match(l), "{l:?}");
            a += usize::from(PAREN.is_match(l));
            b += usize::from(PAREN_BARE_RE.is_match(l));
        }
        assert!(a >= 4 && b >= 3, "{a} {b}");
    }

    #[test]
    fn credit_keys_cover_every_word() {
        for w in alternatives(CREDIT_WORDS) {
            assert!(PAREN_KEY_LIST.iter().any(|k| w.contains(k)), "{w}");
        }
        for w in alternatives("photo|photos|foto|fotos|bild|image|imagen|immagine|zdjęcie|fot\\.") {
            assert!(PAREN_BARE_KEY_LIST.iter().any(|k| w.contains(k)), "{w}");
        }
        for w in alternatives("photo|photos|foto|fotos|image|picture|bild|crédit photo|crédit|imagen|fotografía|immagine|zdjęcie|fot\\.|sursa foto|sursă foto|kuva|billede|zdroj|illustration|credit|credits|pictures") {
            assert!(w == "illustration" || TAIL_KEY_LIST.iter().any(|k| w.contains(k)), "{w}");
        }
        // The keys are their own lowercase, and so are the words.
        for k in PAREN_KEY_LIST.iter().chain(PAREN_BARE_KEY_LIST).chain(TAIL_KEY_LIST) {
            assert_eq!(k.to_lowercase(), *k);
        }
        assert!(TAIL.as_str().contains("(photo|foto|illustration|image|bild|imagen|immagine|zdjęcie)\\W.{0,40}©"));
        assert!(PAREN_BARE.contains("(?i:photo|photos|foto|fotos|bild|image|imagen|immagine|zdjęcie|fot\\.)"));
        assert!(PAREN_BARE.contains("(?i:photo|foto)"));
    }

    #[test]
    fn tail_bare_equals_the_unanchored_regex() {
        let re = Regex::new(TAIL_BARE).expect("valid regex");
        let mut lines: Vec<String> = [
            "Minister finansów podczas konferencji prasowej w Warszawie. Fot. PAP/Leszek Szymański",
            "Der Minister in Berlin, Foto\u{a0} Max Mustermann", "x. foto Ab", "x.foto Ab", ". photo  Xy.", ", BILD Äb, c", "a. fot. Ab: c",
            "a. fot.  Ab c, d e", ".. . , photo X", "Text. Photos Y z", "Text. photos y z", "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.push(format!("a. photo B{}", "x".repeat(59)));
        lines.push(format!("a. photo B{}", "x".repeat(60)));
        lines.push(format!("a. photo B{}", "x".repeat(61)));
        lines.extend(crate::testdata::lines().iter().map(|l| l.trim().to_owned()));
        let mut n = 0;
        for l in &lines {
            assert_eq!(tail_bare(l), re.is_match(l), "{l:?}");
            n += usize::from(re.is_match(l));
        }
        assert!(n >= 5, "{n}");
    }

    #[test]
    fn prechecks_keep_every_regex_match() {
        // Every fixture and seed line the regexes match passes the pre-checks.
        let mut n = 0;
        for dir in ["fixtures", "seeds"] {
            for e in std::fs::read_dir(dir).expect("test data") {
                let p = e.expect("entry").path();
                let Ok(t) = std::fs::read_to_string(&p) else { continue };
                for raw in t.lines() {
                    let line = raw.trim();
                    let lower = raw.to_lowercase();
                    if PAREN.is_match(line) || PAREN_BARE_RE.is_match(line) {
                        assert!(line.ends_with([')', ']']), "{line}");
                    }
                    if PAREN.is_match(line) {
                        n += 1;
                        assert!(may_name(line, &lower, &PAREN_KEYS), "{line}");
                    }
                    if PAREN_BARE_RE.is_match(line) {
                        assert!(may_name(line, &lower, &PAREN_BARE_KEYS), "{line}");
                    }
                    if TAIL.is_match(line) && !line.contains('©') {
                        assert!(may_name(line, &lower, &TAIL_KEYS), "{line}");
                    }
                }
            }
        }
        assert!(n > 0);
        for t in ["(Image: Getty)", "(ſource: X)", "x (IMAGEN: EFE)", "(PHOTO Reuters)", "Foto: dpa", "ZDJĘCIE: PAP"] {
            assert!(may_name(t, &t.to_lowercase(), &PAREN_KEYS), "{t}");
        }
    }

    fn removed(text: &str) -> Vec<usize> {
        let v = crate::detect::spans_of(&Caption, text);
        v.iter().map(|s| s.lines.start).collect()
    }

    #[test]
    fn credits() {
        assert_eq!(removed("The missile attacks have left at least 33 people dead (Image: Getty)"), [0]);
        assert_eq!(removed("Photo: Reuters"), [0]);
        assert_eq!(removed("Image 1 of 12"), [0]);
        assert_eq!(removed("Bild 3 von 8"), [0]);
        assert_eq!(removed("Photo 2/10"), [0]);
        assert!(removed("Image 1 of 12 shows the harbour").is_empty());
        assert_eq!(removed("La ministra de Trabajo, durante la rueda de prensa posterior al Consejo de Ministros. (EFE/Chema Moya)"), [0]);
        assert_eq!(removed("Firefighters battle the blaze near Simi Valley, Calif., on Thursday. (AP Photo/Jae C. Hong)"), [0]);
        assert_eq!(removed("Minister finansów podczas konferencji prasowej w Warszawie. Fot. PAP/Leszek Szymański"), [0]);
        assert_eq!(removed("Un tratto del lungomare di Genova allagato durante l'ultima ondata di maltempo (Foto Ansa)"), [0]);
        assert_eq!(removed("Foto: dpa"), [0]);
        assert_eq!(removed("© AFP"), [0]);
        assert_eq!(removed("Getty Images"), [0]);
        assert_eq!(removed("Crédit photo : AFP"), [0]);
        assert_eq!(removed("Fotografía: EFE"), [0]);
        assert_eq!(removed("REUTERS/Kevin Lamarque"), [0]);
        assert_eq!(removed("Photograph by Jane Doe, Flora Conservation Trust"), [0]);
        assert_eq!(removed("Photo by Max Muster on Unsplash"), [0]);
        assert_eq!(removed("Jan Novak, photo: Government Archives"), [0]);
        assert_eq!(removed("Beitragsbild: Titelseite der Zeitung vom Montag"), [0]);
        assert_eq!(removed("Abbildung 4: klassische Schwachschicht in der Schneedecke."), [0]);
        assert_eq!(removed("Figure 2. Mean temperature by month, 1990–2020."), [0]);
        assert_eq!(removed("Vergrößern Eine kleine runde Aussparung für die Kamera im Display."), [0]);
        assert_eq!(removed("Commuters wait at a station in Leeds on Monday Credit: Example Pictures"), [0]);
        assert_eq!(removed("Vista del glaciar en el parque nacional. EFE/Elvis Ejemplo"), [0]);
        assert_eq!(removed("Une boulangerie à Lyon, le 18 novembre 2026. JEAN DUPONT / AFP"), [0]);
        assert_eq!(removed("Commuters at a station in Leeds on Monday. Jane Example / Reuters"), [0]);
        assert_eq!(removed("Vista del embalse de La Minilla, el pasado martes. PACO PUENTES"), [0]);
        assert!(removed("The agency said the results were final. NASA TV will carry the launch live.").is_empty());
        assert!(removed("The merger was approved on Monday. Shareholders of Alpha / Beta Holdings agreed.").is_empty());
        assert!(removed("The vote passed 98 to 41. Members of the EU/EEA will follow.").is_empty());
        assert_eq!(removed("Podul are o lungime de 410 metri. Sursa foto: Ion Pop / Ziarul Local"), [0]);
        assert!(removed("Figure skating returns to the city's ice rink this winter after a long break.").is_empty());
    }

    #[test]
    fn photo_captions() {
        assert_eq!(removed("U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019."), [0]);
        assert_eq!(removed("In this Sunday, Nov. 10, 2019, photograph, a long row of unsold vehicles sits at a dealership."), [0]);
        assert_eq!(removed("A man rides a donkey in the village opposite the settlement (background) on November 19, 2019."), [0]);
        assert_eq!(removed("Die Preisträger (v.l.n.r.): Anna Muster, Jan Beispiel und Eva Probe am 3. Mai 2021"), [0]);
        assert_eq!(removed("Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their Davis Cup match in Madrid, Spain, Tuesday, Nov. 19, 2019."), [0]);
        assert!(removed("(Published Monday, Nov. 18, 2019)").is_empty());
        assert!(removed("The senator, left, spoke first; the governor answered later that evening in the hall.").is_empty());
        assert!(removed("In this case the court ruled on Monday, Nov. 4, 2019, that the contract was void.").is_empty());
    }

    #[test]
    fn description_goes_with_credit() {
        let t = "Body sentence that ends here.\n\nThe aftermath of the attack\n\nFirefighters at the scene (Image: Getty)\n\nMore body text follows here.\n";
        assert_eq!(removed(t), [4, 2]);
    }

    #[test]
    fn keeps_body() {
        assert!(removed("Reuters reported on Monday that the talks had collapsed after the delegations failed to agree on a timetable.").is_empty());
        assert!(removed("The photo shows the mayor at the opening of the new bridge in 2019.").is_empty());
        assert!(removed("The mayor opened the new bridge in 2019 (photo below).").is_empty());
    }
}
