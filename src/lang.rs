//! Languages: document-language detection (whatlang, restricted to a
//! configurable set) and stoplists (stop-words) for the supported languages.

use std::borrow::Cow;
use std::sync::{LazyLock, Mutex, OnceLock};
use whatlang::{Detector, Lang};

/// Languages chaff knows, with their ISO 639-1 codes (used for stoplists and flags).
pub const SUPPORTED: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Deu, "de"),
    (Lang::Fra, "fr"),
    (Lang::Spa, "es"),
    (Lang::Ita, "it"),
    (Lang::Nld, "nl"),
    (Lang::Pol, "pl"),
    (Lang::Por, "pt"),
    (Lang::Rus, "ru"),
    (Lang::Ukr, "uk"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Nob, "no"),
    (Lang::Fin, "fi"),
    (Lang::Ces, "cs"),
    (Lang::Slk, "sk"),
    (Lang::Hun, "hu"),
    (Lang::Ron, "ro"),
    (Lang::Tur, "tr"),
    (Lang::Ind, "id"),
    (Lang::Ell, "el"),
    (Lang::Cat, "ca"),
    (Lang::Hrv, "hr"),
    (Lang::Slv, "sl"),
    (Lang::Bul, "bg"),
    (Lang::Jpn, "ja"),
    (Lang::Cmn, "zh"),
    (Lang::Kor, "ko"),
    (Lang::Ara, "ar"),
    (Lang::Heb, "he"),
    (Lang::Hin, "hi"),
    (Lang::Vie, "vi"),
];

/// The ISO 639-1 code of a supported language.
pub fn code(lang: Lang) -> &'static str {
    SUPPORTED.iter().find(|(l, _)| *l == lang).map(|(_, c)| *c).unwrap_or_else(|| lang.code())
}

/// Parses a language given as ISO 639-1 (`de`), ISO 639-3 (`deu`) or English name (`German`).
pub fn parse(s: &str) -> Option<Lang> {
    let s = s.trim().to_ascii_lowercase();
    SUPPORTED
        .iter()
        .find(|(_, c)| *c == s)
        .map(|(l, _)| *l)
        .or_else(|| Lang::from_code(s.as_str()))
        .or_else(|| Lang::all().iter().copied().find(|l| l.eng_name().eq_ignore_ascii_case(&s)))
}

/// All supported languages.
pub fn supported() -> Vec<Lang> {
    SUPPORTED.iter().map(|(l, _)| *l).collect()
}

/// A stoplist: lowercase words, in a set with a fast, non-cryptographic
/// hash behind a bit table of the words' (length, first byte, last byte):
/// most words that are not stop words miss the table and are not hashed.
#[derive(Debug, Clone)]
pub struct Stoplist {
    words: ahash::AHashSet<Box<str>>,
    /// One bit per [`Stoplist::key`] that some word has.
    filter: Box<[u64; 256]>,
}

impl Stoplist {
    /// The bit of `w` in the filter: its length (mod 16) and the low five
    /// bits of its first and last bytes.
    #[inline]
    fn key(w: &[u8]) -> usize {
        let (first, last) = match (w.first(), w.last()) {
            (Some(&f), Some(&l)) => (usize::from(f & 31), usize::from(l & 31)),
            _ => (0, 0),
        };
        (w.len() & 15) << 10 | first << 5 | last
    }

    /// Whether `w` is a stop word.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let k = Stoplist::key(w.as_bytes());
        self.filter[k >> 6] >> (k & 63) & 1 != 0 && self.words.contains(w)
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| &**w)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True for a list without words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl<W: Into<Box<str>>> FromIterator<W> for Stoplist {
    fn from_iter<I: IntoIterator<Item = W>>(iter: I) -> Stoplist {
        let words: ahash::AHashSet<Box<str>> = iter.into_iter().map(Into::into).collect();
        let mut filter = Box::new([0u64; 256]);
        for w in &words {
            let k = Stoplist::key(w.as_bytes());
            filter[k >> 6] |= 1 << (k & 63);
        }
        Stoplist { words, filter }
    }
}

impl<'a> IntoIterator for &'a Stoplist {
    type Item = &'a str;
    type IntoIter = Box<dyn Iterator<Item = &'a str> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

/// The stoplist of `lang`, loaded once per process; `None` for languages without one.
pub fn stoplist(lang: Lang) -> Option<&'static Stoplist> {
    static CACHE: OnceLock<Mutex<Vec<(Lang, &'static Stoplist)>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
    let mut guard = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, s)) = guard.iter().find(|(l, _)| *l == lang) {
        return Some(s);
    }
    let c = SUPPORTED.iter().find(|(l, _)| *l == lang)?.1;
    let set: &'static Stoplist = Box::leak(Box::new(stopwords(c)?.map(|w| Box::<str>::from(lowercase(w))).collect()));
    guard.push((lang, set));
    Some(set)
}

/// `w.to_lowercase()`, borrowed when that is `w` (every stop word but a few:
/// the lists are read per process, and lowercasing each word was most of it).
fn lowercase(w: &str) -> Cow<'_, str> {
    let same = if w.is_ascii() {
        !w.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        w.chars().all(|c| {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        })
    };
    if same {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// The stop-words crate's ISO lists of the supported languages, one word per
/// line, each list after a line `\t<code>` (a test checks it equals
/// `stop_words::get`). `stop_words::get` parses the lists of all 58 languages
/// from JSON on every call; this reads one list, only when it is needed.
const STOPWORDS: &str = include_str!("stoplists.txt");

/// The raw stop words of language `code` in [`STOPWORDS`].
fn stopwords(code: &str) -> Option<impl Iterator<Item = &'static str>> {
    let mut blocks = STOPWORDS.split('\t').skip(1);
    let block = blocks.find(|b| b.split_once('\n').is_some_and(|(c, _)| c == code))?;
    Some(block.lines().skip(1))
}

/// The supported languages written in Latin script, whose stoplists
/// [`by_stopwords`] compares (at most 32: one bit each in [`LATIN_STOPWORDS`]).
const LATIN: [Lang; 22] = [
    Lang::Eng,
    Lang::Deu,
    Lang::Fra,
    Lang::Spa,
    Lang::Ita,
    Lang::Nld,
    Lang::Pol,
    Lang::Por,
    Lang::Swe,
    Lang::Dan,
    Lang::Nob,
    Lang::Fin,
    Lang::Ces,
    Lang::Slk,
    Lang::Hun,
    Lang::Ron,
    Lang::Tur,
    Lang::Ind,
    Lang::Cat,
    Lang::Hrv,
    Lang::Slv,
    Lang::Vie,
];

/// Every stop word of the [`LATIN`] languages (lowercased, as in [`stoplist`])
/// → one bit per language whose list holds it (bit `k`: `LATIN[k]`).
static LATIN_STOPWORDS: LazyLock<ahash::AHashMap<Cow<'static, str>, u32>> = LazyLock::new(|| {
    let mut map: ahash::AHashMap<Cow<'static, str>, u32> = ahash::AHashMap::with_capacity(8192);
    for (k, l) in LATIN.iter().enumerate() {
        let Some(c) = SUPPORTED.iter().find(|(s, _)| s == l).map(|(_, c)| *c) else { continue };
        for w in stopwords(c).into_iter().flatten() {
            *map.entry(lowercase(w)).or_insert(0) |= 1 << k;
        }
    }
    map
});

/// Fewest words [`by_stopwords`] decides on.
const MIN_WORDS: u32 = 30;

/// The language of `text` when its stop words decide it alone, without
/// whatlang: the text is in Latin script (nine in ten of its letters are
/// Latin, so whatlang would choose among the Latin-script languages too),
/// has at least [`MIN_WORDS`] words, and one allowed Latin-script language
/// (`allow`; all supported when empty) has the most stop words among
/// them, at least a fifth of all words and three times as many as any
/// other allowed language. `None` when that is not so: ask [`detect`].
///
/// On the 588 pages of the evaluation corpus this decides four pages in
/// five, always as whatlang does; the rest (close languages such as Spanish
/// and Catalan, mixed-language samples, other scripts) go to whatlang.
pub fn by_stopwords(text: &str, allow: &[Lang]) -> Option<Lang> {
    let allowed: u32 = LATIN.iter().enumerate().filter(|(_, l)| allow.is_empty() || allow.contains(l)).fold(0, |m, (k, _)| m | 1 << k);
    if allowed == 0 {
        return None;
    }
    let stop = &*LATIN_STOPWORDS;
    let (mut latin, mut other, mut words) = (0u32, 0u32, 0u32);
    let mut counts = [0u32; LATIN.len()];
    let mut word = String::new();
    let mut count_word = |word: &mut String, words: &mut u32| {
        if word.is_empty() {
            return;
        }
        *words += 1;
        let mut bits = stop.get(word.as_str()).copied().unwrap_or(0) & allowed;
        while bits != 0 {
            counts[bits.trailing_zeros() as usize] += 1;
            bits &= bits - 1;
        }
        word.clear();
    };
    // Runs of ASCII letters and digits in bulk; other characters one by one.
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if crate::features::ASCII_CLASS[usize::from(b[i])] != 0 {
            let start = i;
            // The class table: 1 or 3 for a letter, 5 for a digit, 0 for the rest.
            while let Some(k) = b.get(i).map(|&x| crate::features::ASCII_CLASS[usize::from(x)]).filter(|&k| k != 0) {
                latin += u32::from(k < 5);
                i += 1;
            }
            let at = word.len();
            word.push_str(&text[start..i]);
            word[at..].make_ascii_lowercase();
            continue;
        }
        if b[i] < 0x80 {
            i += 1;
            count_word(&mut word, &mut words);
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        i += c.len_utf8();
        if !crate::features::is_alphanumeric(c) {
            count_word(&mut word, &mut words);
            continue;
        }
        word.extend(c.to_lowercase());
        if matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') {
            latin += 1;
        } else if crate::features::is_alphabetic(c) {
            other += 1;
        }
    }
    count_word(&mut word, &mut words);
    if words < MIN_WORDS || u64::from(latin) * 10 < (u64::from(latin) + u64::from(other)) * 9 {
        return None;
    }
    let (mut best, mut first, mut second) = (0, 0u32, 0u32);
    for (k, &n) in counts.iter().enumerate() {
        if n > first {
            (best, first, second) = (k, n, first);
        } else if n > second {
            second = n;
        }
    }
    (first * 5 >= words && first >= second.saturating_mul(3) && first > 0).then_some(LATIN[best])
}

/// A language guess with whatlang's confidence.
#[derive(Debug, Clone, Copy)]
pub struct Guess {
    /// The language.
    pub lang: Lang,
    /// whatlang's confidence, 0..1.
    pub confidence: f64,
    /// whatlang's own reliability verdict.
    pub reliable: bool,
}

/// Detects the language of `text` among `allow` (all supported languages when empty).
pub fn detect(text: &str, allow: &[Lang]) -> Option<Guess> {
    let det = if allow.is_empty() { Detector::with_allowlist(supported()) } else { Detector::with_allowlist(allow.to_vec()) };
    det.detect(text).map(|i| Guess { lang: i.lang(), confidence: i.confidence(), reliable: i.is_reliable() })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`lowercase`] is `str::to_lowercase`, on every stop word and a few edge cases.
    #[test]
    fn lowercase_is_to_lowercase() {
        let words = STOPWORDS.split(['\n', '\t']).chain(["ΟΔΟΣ", "Σ", "ǅ", "İ", "Straße", "ÀB", "àb", "K\u{212a}", ""]);
        for w in words {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w:?}");
        }
    }

    #[test]
    fn parse_codes() {
        assert_eq!(parse("de"), Some(Lang::Deu));
        assert_eq!(parse("eng"), Some(Lang::Eng));
        assert_eq!(parse("French"), Some(Lang::Fra));
        assert_eq!(parse("xx"), None);
    }

    #[test]
    fn stoplists_load() {
        for (l, _) in SUPPORTED.iter().take(9) {
            let s = stoplist(*l).unwrap();
            assert!(s.len() > 20, "{l:?}");
        }
        assert!(stoplist(Lang::Eng).unwrap().contains("the"));
        assert!(stoplist(Lang::Deu).unwrap().contains("und"));
    }

    #[test]
    fn stoplist_filter_passes_every_word() {
        // The filter never hides a stop word; other words are as the set says.
        for (l, _) in SUPPORTED {
            let Some(s) = stoplist(*l) else { continue };
            assert!(s.iter().all(|w| s.contains(w)), "{l:?}");
            for line in crate::testdata::lines() {
                for w in line.split(|c: char| !c.is_alphanumeric()) {
                    let w = w.to_lowercase();
                    assert_eq!(s.contains(&w), s.words.contains(w.as_str()), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn stopword_lists_equal_the_crates() {
        for (_, c) in SUPPORTED {
            let ours: Vec<&str> = stopwords(c).unwrap().collect();
            assert_eq!(ours, stop_words::get(*c), "{c}");
        }
    }

    #[test]
    fn stop_words_decide_clear_samples_only() {
        let en = "The council said on Tuesday that it would not raise the taxes this year, because the budget of the city was in a better state than it had been for a long time and there was no need for it. ";
        assert_eq!(by_stopwords(&en.repeat(2), &[]), Some(Lang::Eng));
        assert_eq!(by_stopwords(&en.repeat(2), &[Lang::Deu, Lang::Fra]), None);
        let de = "Die Bundesregierung hat am Mittwoch einen neuen Gesetzentwurf vorgelegt, der die Mieten in den großen Städten begrenzen soll, und die Opposition hat ihn sofort kritisiert, weil er nicht weit genug gehe. ";
        assert_eq!(by_stopwords(&de.repeat(2), &[]), Some(Lang::Deu));
        // Too short, another script, or two languages mixed: whatlang decides.
        assert_eq!(by_stopwords("The council said on Tuesday that it would not.", &[]), None);
        assert_eq!(by_stopwords(&"Мы хотим видеть дальше, чем окна дома напротив, и это не так просто. ".repeat(4), &[]), None);
        assert_eq!(by_stopwords(&format!("{en}{de}"), &[]), None);
        for text in [en.repeat(2), de.repeat(2)] {
            assert_eq!(by_stopwords(&text, &[]), detect(&text, &[]).map(|g| g.lang));
        }
    }

    #[test]
    fn detects_german() {
        let g = detect("Die Bundesregierung hat am Mittwoch einen neuen Gesetzentwurf vorgelegt, der die Mieten begrenzen soll.", &[]).unwrap();
        assert_eq!(g.lang, Lang::Deu);
    }
}
