//! Languages: document-language detection (whatlang, restricted to a
//! configurable set) and stoplists (stop-words) for the supported languages.

use std::sync::{Mutex, OnceLock};
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

/// A stoplist: lowercase words (in a set with a fast, non-cryptographic hash).
pub type Stoplist = ahash::AHashSet<Box<str>>;

/// The stoplist of `lang`, loaded once per process; `None` for languages without one.
pub fn stoplist(lang: Lang) -> Option<&'static Stoplist> {
    static CACHE: OnceLock<Mutex<Vec<(Lang, &'static Stoplist)>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
    let mut guard = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, s)) = guard.iter().find(|(l, _)| *l == lang) {
        return Some(s);
    }
    let c = SUPPORTED.iter().find(|(l, _)| *l == lang)?.1;
    let set: &'static Stoplist = Box::leak(Box::new(stopwords(c)?.map(|w| w.to_lowercase().into_boxed_str()).collect()));
    guard.push((lang, set));
    Some(set)
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
    fn stopword_lists_equal_the_crates() {
        for (_, c) in SUPPORTED {
            let ours: Vec<&str> = stopwords(c).unwrap().collect();
            assert_eq!(ours, stop_words::get(*c), "{c}");
        }
    }

    #[test]
    fn detects_german() {
        let g = detect("Die Bundesregierung hat am Mittwoch einen neuen Gesetzentwurf vorgelegt, der die Mieten begrenzen soll.", &[]).unwrap();
        assert_eq!(g.lang, Lang::Deu);
    }
}
