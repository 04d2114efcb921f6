//! `navigation`: phrase-based site furniture.
//!
//! Cookie/privacy/consent lines, affiliate and advertiser disclosures,
//! copyright and all-rights-reserved lines, legal and republication notices
//! (trademark, reproduction, "not advice", "results vary", "originally
//! published on"; weak, so one between two kept paragraphs stays), legal
//! and service links (Impressum, Terms of use, Mentions légales, …),
//! share bars ("Share on Facebook Twitter WhatsApp"), breadcrumbs
//! ("Home > News > World") and lines made of three or more short items
//! separated by `|`, `·`, `•` or `»`. Menus of one link per line are left to
//! the line-quality classifier.

use super::{phrase_sets, try_words_lower, Category, Detector, Span};
use crate::features::{slot, Doc};
use crate::lexicon::{norm, set, Phrases, BREADCRUMB_HOME, CATEGORY_LABELS, CONSENT, EDIT_MARKS, DISCLOSURE, LEGAL_LINKS, LEGAL_NOTICE, RIGHTS, SHARE_CORE, SHARE_WORDS};
// The static patterns run on `Matcher` (forward lazy DFA, no reverse automaton).
use super::Matcher as Regex;
use std::sync::LazyLock;

static COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*(copyright|©|\(c\))|©\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4}|\d{4}\s*©").expect("valid regex"));
/// "… © Example Limited": a company after the sign (asked only of lines with one).
static COPYRIGHT_COMPANY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)©[^.!?]{1,40}\b(ltd|limited|inc|llc|gmbh|plc|corp|corporation)\b").expect("valid regex"));

/// [`SHARE_WORDS`] in a hash set (the share-bar test looks up most words of most lines).
static SHARE_SET: LazyLock<ahash::AHashSet<&'static str>> = LazyLock::new(|| SHARE_WORDS.iter().copied().collect());


/// Labels of the previous/next-post links, of the tag list and of the font
/// size switch in Russian, Ukrainian, Chinese, Japanese and Korean
/// ("上一篇：…", "Теги: …", "字号：大 中 小"), lowercase.
const LINK_LABELS: &[&str] = &[
    "предыдущая статья", "следующая статья", "предыдущая новость", "следующая новость", "теги", "метки",
    "попередня стаття", "наступна стаття", "попередня новина", "наступна новина", "теги", "мітки",
    "上一篇", "下一篇", "上一页", "下一页", "上一條", "下一條", "标签", "標籤", "关键词", "關鍵詞", "字号", "字體", "字体",
    "前の記事", "次の記事", "タグ", "キーワード", "이전글", "다음글", "이전 기사", "다음 기사", "태그", "키워드",
];

/// A previous/next-post link or a tag list, a label of [`LINK_LABELS`] and a
/// colon opening the lowercased line `lower`.
fn labelled_link(lower: &str) -> bool {
    // The colon is ':' or '：' (EF BC 9A in UTF-8): a vectorised pass for
    // their last bytes first.
    if !lower.bytes().fold(false, |a, c| a | (c == b':') | (c == 0x9A)) {
        return false;
    }
    LINK_LABELS.iter().any(|l| lower.strip_prefix(l).is_some_and(|rest| rest.trim_start().starts_with([':', '：'])))
}

/// Where a wiki's edit links glued to a heading start: the line ends with
/// a bracket of [`EDIT_MARKS`] labels separated by `|` ("History[edit |
/// edit source]") after some heading text.
fn edit_mark(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let body = t.strip_suffix(']')?;
    let open = body.rfind('[')?;
    let inner = body[open + 1..].to_lowercase();
    let known = inner.split('|').map(crate::features::trim).all(|part| EDIT_MARKS.contains(&part));
    (open > 0 && !t[..open].trim().is_empty() && known).then_some(open)
}

/// A wiki's reference entry: the line opens with a back-link arrow or caret
/// ("↑ Smith, J. … Retrieved 3 March 2025.", "^ …") and goes on with text
/// (six tokens or more: not "↑ Back to top").
fn wiki_reference(line: &str) -> bool {
    let t = line.trim_start();
    ["↑", "^ ", "^"].iter().any(|m| t.strip_prefix(m).is_some_and(|rest| rest.trim_start().chars().next().is_some_and(char::is_alphanumeric)))
        && t.split_whitespace().count() >= 6
}

/// A wiki's category line: a [`CATEGORY_LABELS`] label and a colon open the lowercased line.
fn category_line(lower: &str) -> bool {
    // Every label opens with 'c', 'k', 'l' or 'к' (D0 BA in UTF-8).
    if !lower.as_bytes().first().is_some_and(|b| matches!(b, b'c' | b'k' | b'l' | 0xD0)) {
        return false;
    }
    CATEGORY_LABELS.iter().any(|l| lower.strip_prefix(l).is_some_and(|rest| rest.starts_with(':') || rest.starts_with(" :")))
}

/// A duration alone: "3 Min.", "4 minutes", "12 min".
fn duration(item: &str) -> bool {
    let t = crate::features::trim(item).trim_end_matches('.');
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && ["min", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "minuty", "minut"].contains(&t[digits..].trim().to_lowercase().as_str())
}

/// The navigation detector.
pub struct Navigation;

fn item_split(line: &str) -> Vec<&str> {
    line.split(['|', '·', '•', '»']).map(crate::features::trim).filter(|s| !s.is_empty()).collect()
}

/// Every outcome of [`classify`] (rule, score, reason); [`classify`] returns
/// an index here and the memo stores 1 + that index (0: none).
const OUTCOMES: [(&str, f32, &str); 11] = [
    ("navigation/consent", 0.95, "cookie, privacy or consent notice"),
    ("navigation/copyright", 0.95, "copyright line"),
    ("navigation/link", 0.9, "legal or service link"),
    ("navigation/share", 0.9, "share bar"),
    ("navigation/breadcrumb", 0.9, "breadcrumb trail"),
    ("navigation/link", 0.95, "legal or service links"),
    ("navigation/menu-line", 0.8, "menu of separated items"),
    ("navigation/disclosure", 0.9, "affiliate or advertiser disclosure"),
    // Weak: a notice between two kept paragraphs stays (it may be the article's own sentence).
    ("navigation/legal-notice", 0.7, "legal or republication notice (trademark, reproduction, not-advice, first published elsewhere)"),
    // Weak, like the notice above: an article about cookie law keeps its sentences.
    ("navigation/consent", 0.7, "cookie notice (the word cookie with the vocabulary of a site's data use)"),
    ("navigation/credit", 0.9, "site credit (\"Powered by …\", \"Theme by …\")"),
];
const CONSENT_LINE: usize = 0;
const COPYRIGHT_LINE: usize = 1;
const LEGAL_LINK: usize = 2;
const SHARE_BAR: usize = 3;
const BREADCRUMB: usize = 4;
const LEGAL_LINKS_LINE: usize = 5;
const MENU_LINE: usize = 6;
const DISCLOSURE_LINE: usize = 7;
const LEGAL_NOTICE_LINE: usize = 8;

/// Most words of a copyright notice with "©" or "reserved" ([`classify`]).
const RIGHTS_WORDS: u32 = 60;
const COOKIE_LINE: usize = 9;
const CREDIT_LINE: usize = 10;

/// How a site credit's item begins ("Powered by WordPress", "Theme by …"), lowercase.
const CREDIT_OPENINGS: [&str; 5] = ["powered by ", "proudly powered by ", "theme by ", "designed by ", "site by "];

/// A site credit: a short line without a closing stop, one of whose
/// `|`/`·`/`,`-separated items opens with [`CREDIT_OPENINGS`], at least one
/// of them a "powered by" ("Designed by Example Themes | Powered by WordPress").
fn site_credit(lower: &str, words: u32, terminal: bool) -> bool {
    if words > 12 || terminal || !has_pair(lower.as_bytes(), *b"d ") || !lower.contains("powered by ") {
        return false;
    }
    lower.split(['|', '·', '•', ',', '–', '-']).map(crate::features::trim).any(|it| CREDIT_OPENINGS.iter().any(|o| it.starts_with(o)))
}

/// Words for a browser cookie in languages that do not borrow "cookie"
/// (searched by the phrase screen, bit [`set::COOKIE_WORDS`]).
pub(crate) const COOKIE_WORDS: [&str; 4] = ["cookie", "kakor", "eväste", "süti"];

/// Stems that go with cookies in a site's consent notice and rarely with
/// baked ones: the site, its use of data, the reader's consent.
const COOKIE_CONTEXT: [&str; 24] = [
    "web", "site", "seite", "sajt", "serwis", "stránk", "privacy", "privat", "prywatn", "confiden", "datenschutz", "personali",
    "technolog", "analy", "partner", "experien", "navig", "consent", "einwillig", "zustimm", "zgod", "samtyck", "samtykk", "souhlas",
];

/// [`classify`], memoised per line.
fn outcome(doc: &Doc<'_>, i: usize) -> Option<(&'static str, f32, &'static str)> {
    let code = doc.memo(slot::NAVIGATION, i, || {
        classify(doc, i).map_or(0, |k| k as u16 + 1)
    });
    code.checked_sub(1).and_then(|k| OUTCOMES.get(k as usize)).copied()
}

/// Cheap necessary condition for [`COPYRIGHT`] (asked of most short lines):
/// each of its matches holds "copyright", "©" or "(c)" in any case, and no
/// character but those letters' own capitals folds to one of them, so the
/// lowercased line `lower` holds one of the three.
fn may_be_copyright(lower: &str) -> bool {
    // Byte passes the compiler vectorises: '©' is C2 A9 in UTF-8, "(c)"
    // holds a '(', "copyright" a 'y' and a 'g' (then searched for).
    let b = lower.as_bytes();
    b.iter().fold(false, |a, &c| a | (c == 0xA9) | (c == b'(')) || has_pair(b, *b"yr") && lower.contains("copyright")
}

/// Whether the two bytes `pair` occur in `b` one right after the other: a
/// pass the compiler vectorises, before a substring search that holds them
/// ("copyright" holds "yr", "powered by " holds "d ").
fn has_pair(b: &[u8], pair: [u8; 2]) -> bool {
    b.iter().zip(b.get(1..).unwrap_or_default()).fold(false, |a, (&x, &y)| a | (x == pair[0]) & (y == pair[1]))
}

/// Why line `i` is navigation (an index into [`OUTCOMES`]), or `None`.
fn classify(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let f = &doc.feats[i];
    let line = crate::features::trim(doc.line(i));
    // Notices may run long; anything else past 30 words is not furniture.
    if f.words == 0 || f.words > 150 {
        return None;
    }
    let lower = crate::features::trim(doc.lower(i));
    let sets = phrase_sets(doc, i);
    let consent = if sets & set::CONSENT != 0 { CONSENT.count(lower) } else { 0 };
    // A long notice counts when its phrase comes early ("This website uses cookies to …").
    let early = |p: &Phrases| p.find_index(lower).and_then(|k| lower.find(p.pattern(k))).is_some_and(|at| at <= 80);
    if consent > 0 && (f.words <= 30 || consent >= 2 && f.words <= 80 || early(&CONSENT)) {
        return Some(CONSENT_LINE);
    }
    if f.words <= 80 && sets & set::COOKIE_WORDS != 0 && COOKIE_CONTEXT.iter().any(|w| lower.contains(w)) {
        return Some(COOKIE_LINE);
    }
    if sets & set::DISCLOSURE != 0 && DISCLOSURE.contains(lower) && (f.words <= 60 || early(&DISCLOSURE)) {
        return Some(DISCLOSURE_LINE);
    }
    if sets & set::LEGAL_NOTICE != 0 && f.words <= 100 && LEGAL_NOTICE.contains(lower) {
        return Some(LEGAL_NOTICE_LINE);
    }
    // A rights phrase with "©" or "reserved" is a copyright notice up to
    // [`RIGHTS_WORDS`] words ("© 2022 X. This article is the copyrighted property of …").
    let rights = sets & set::RIGHTS != 0 && f.words <= RIGHTS_WORDS && RIGHTS.contains(lower);
    if rights && (lower.contains("reserved") || lower.contains('©')) {
        return Some(COPYRIGHT_LINE);
    }
    if f.words > 30 {
        return None;
    }
    if rights && f.words <= 20 || f.words <= 20 && (may_be_copyright(lower) && COPYRIGHT.is_match(line) || line.contains('©') && COPYRIGHT_COMPANY.is_match(line)) {
        return Some(COPYRIGHT_LINE);
    }
    if site_credit(lower, f.words, f.terminal) {
        return Some(CREDIT_LINE);
    }
    if LEGAL_LINKS.is_doc_line(doc, i) || !line.is_ascii() && f.words <= 30 && labelled_link(lower) {
        return Some(LEGAL_LINK);
    }
    // At most 12 words, all share words, one of them a core one; or at most 8
    // words, half of them share words, two of them networks or share verbs
    // ("Whatsapp   Facebook   Pint   Baixar").
    let (mut count, mut share, mut core) = (0usize, 0usize, 0usize);
    // Both tests need a core word (so most lines are not split into words):
    // [`SHARE_CORE`] anywhere in the lowercased line (the phrase screen). A
    // word lowercased character by character ([`try_words_lower`]) is in
    // the line lowercased whole ([`Doc::lower`]), as no core word has a sigma.
    if sets & set::SHARE_CORE != 0 {
        try_words_lower(line, |w| {
            count += 1;
            // SHARE_CORE is a subset of SHARE_WORDS.
            let is_share = SHARE_SET.contains(w);
            share += is_share as usize;
            core += (is_share && SHARE_CORE.contains(&w)) as usize;
            // Five words that are not share words rule out both tests below
            // (the second needs `share * 2 >= count` with `count <= 8`).
            count <= 12 && count - share < 5
        });
    }
    if count <= 12 && core >= 1 && share == count || count <= 8 && core >= 2 && share * 2 >= count {
        return Some(SHARE_BAR);
    }
    if f.separators >= 1 && f.words <= 15 {
        let items: Vec<&str> = line.split(['>', '»', '›', '/']).map(crate::features::trim).filter(|s| !s.is_empty()).collect();
        if items.len() >= 2 && BREADCRUMB_HOME.contains(&norm(items[0]).as_str()) {
            return Some(BREADCRUMB);
        }
    }
    // Both tests below need two items: a separator, whose last UTF-8 byte
    // ('|', 0xB7 of '·', 0xA2 of '•', 0xBB of '»') a vectorised pass finds.
    if !line.bytes().fold(false, |a, c| a | (c == b'|') | (c == 0xB7) | (c == 0xA2) | (c == 0xBB)) {
        return None;
    }
    let items = item_split(line);
    // A service link with a duration beside it: "Artikel anhören • 3 Min.", "Listen | 4 min".
    let link_or_duration = |it: &&str| LEGAL_LINKS.is_line(it) || duration(it);
    if items.len() >= 2 && items.iter().all(link_or_duration) && items.iter().any(|it| LEGAL_LINKS.is_line(it)) {
        return Some(LEGAL_LINKS_LINE);
    }
    if items.len() >= 3 && items.iter().all(|it| it.split_whitespace().count() <= 5) && !f.terminal {
        return Some(MENU_LINE);
    }
    None
}

impl Detector for Navigation {
    fn name(&self) -> &'static str {
        "navigation"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        for i in 0..doc.len() {
            if doc.lines[i].blank {
                continue;
            }
            if let Some((rule, score, reason)) = outcome(doc, i) {
                out.push(Span::lines(i..i + 1, Category::Navigation, rule, score, reason));
                continue;
            }
            let line = doc.line(i);
            // A category line needs a colon, which lowercasing neither makes nor drops.
            if let Some(at) = edit_mark(line) {
                let start = doc.lines[i].start;
                let end = start + line.trim_end().len();
                out.push(Span { lines: i..i + 1, cut: Some(start + at..end), category: Category::Navigation, rule: "navigation/edit-mark", score: 0.9, reason: "a wiki section's edit links".into() });
            } else if wiki_reference(line) || crate::features::has_byte(line.as_bytes(), b':') && category_line(doc.lower(i)) {
                out.push(Span::lines(i..i + 1, Category::Navigation, "navigation/reference", 0.85, "a wiki's reference entry or category line"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`may_be_copyright`] holds for every line [`COPYRIGHT`] matches.
    #[test]
    fn copyright_screen_keeps_every_match() {
        let mut lines = crate::testdata::corpus_lines();
        lines.extend(["COPYRIGHT 2024", "(C) Acme", "© 2020", "Ⓒ 2020", "copyrİght 2020", "Copyright © 2020"].map(String::from));
        let mut n = 0;
        for l in &lines {
            if COPYRIGHT.is_match(l) {
                n += 1;
                assert!(may_be_copyright(&l.to_lowercase()), "{l:?}");
            }
        }
        assert!(n > 10);
    }

    /// The first-byte screen of [`category_line`] lets every label through.
    #[test]
    fn category_labels_pass_the_screen() {
        for l in CATEGORY_LABELS {
            assert!(category_line(&format!("{l}: x")), "{l}");
        }
        for l in LINK_LABELS {
            assert!(labelled_link(&format!("{l}: x")) && labelled_link(&format!("{l}：x")), "{l}");
        }
    }

    #[test]
    fn cjk_and_cyrillic_furniture() {
        assert_eq!(rule("上一篇：新手徒步装备清单（2026版）"), Some("navigation/link"));
        assert_eq!(rule("Теги: мост, ремонт, транспорт"), Some("navigation/link"));
        assert_eq!(rule("版权所有 © 2026 江城晨报社 未经授权禁止转载"), Some("navigation/copyright"));
        assert_eq!(rule("分享到：微信 微博 QQ空间"), Some("navigation/share"));
        assert_eq!(rule("您当前的位置：首页 > 新闻 > 本地新闻"), Some("navigation/breadcrumb"));
        assert_eq!(rule("Мы используем файлы cookie для улучшения работы сайта."), Some("navigation/consent"));
        assert_eq!(rule("上一篇文章讲了新手装备，这一篇讲路线。"), None);
    }

    fn rule(text: &str) -> Option<&'static str> {
        let v = crate::detect::spans_of(&Navigation, text);
        v.first().map(|s| s.rule)
    }

    #[test]
    fn wiki_furniture() {
        assert_eq!(edit_mark("History[edit | edit source]"), Some(7));
        assert_eq!(edit_mark("Geschiedenis[bewerken | brontekst bewerken]"), Some(12));
        assert_eq!(edit_mark("See the list [1]"), None);
        assert_eq!(edit_mark("[edit]"), None);
        assert!(wiki_reference("↑ J. de Wolff, Lichten langs de kust (Middelburg, 1998), blz. 44–47."));
        assert!(!wiki_reference("↑ Back to top"));
        assert!(category_line("categories: lighthouses in zeeland"));
        assert!(!category_line("categories of risk differ by region."));
        assert_eq!(rule("Categorieën: Vuurtoren in ZeelandRijksmonument"), Some("navigation/reference"));
    }

    #[test]
    fn furniture() {
        assert_eq!(rule("We use cookies to improve your experience. Accept all"), Some("navigation/consent"));
        assert_eq!(rule("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten."), Some("navigation/consent"));
        assert_eq!(rule("© 2024 Example Media Ltd. All rights reserved."), Some("navigation/copyright"));
        assert_eq!(rule("Tous droits réservés"), Some("navigation/copyright"));
        let long = "© 2024, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before it is reprinted in online or print media of any kind.";
        assert_eq!(rule(long), Some("navigation/copyright"));
        assert_eq!(rule("Vi använder kakor för att sajten ska fungera."), Some("navigation/consent"));
        assert_eq!(rule("Bake the cookies for twelve minutes, until the edges turn golden."), None);
        assert_eq!(rule("Powered by Example® Forum Software © Example Limited"), Some("navigation/copyright"));
        assert_eq!(rule("Story continues below advertisement"), Some("navigation/link"));
        assert_eq!(rule("Designed by Example Themes | Powered by WordPress"), Some("navigation/credit"));
        assert_eq!(rule("Powered by Discourse, best viewed with JavaScript enabled"), Some("navigation/credit"));
        assert_eq!(rule("Do not sell or share my personal information"), Some("navigation/link"));
        assert_eq!(rule("This article was originally published on The Conversation. Read the original article."), Some("navigation/legal-notice"));
        assert_eq!(rule("This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission."), Some("navigation/legal-notice"));
        assert_eq!(rule("Alle genannten Produkte sind eingetragene Warenzeichen ihrer jeweiligen Hersteller."), Some("navigation/legal-notice"));
        assert_eq!(rule("The company said the name was a registered brand in several countries, and it would defend it in court."), None);
        assert_eq!(rule("Advert"), Some("navigation/link"));
        let notice = "This website uses cookies to improve your experience while you navigate through the website. Out of these, the ones \
            that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities \
            of the website, and we also use third-party tools that help us analyze how you use this website.";
        assert_eq!(rule(notice), Some("navigation/consent"));
        assert_eq!(rule("This site participates in the Amazon Associates program and earns revenue from qualifying purchases."), Some("navigation/disclosure"));
        assert_eq!(rule("Impressum"), Some("navigation/link"));
        assert_eq!(rule("Mentions légales"), Some("navigation/link"));
        assert!(SHARE_CORE.iter().all(|k| SHARE_WORDS.contains(k) && !k.contains(['σ', 'ς'])));
        assert_eq!(rule("Share on Facebook Twitter WhatsApp"), Some("navigation/share"));
        assert_eq!(rule("SHARE ON FACEBOOK"), Some("navigation/share"));
        assert_eq!(rule("Artikel anhören • 3 Min."), Some("navigation/link"));
        assert_eq!(rule("Listen to this article | 4 minutes"), Some("navigation/link"));
        assert_eq!(rule("UDOSTĘPNIJ"), Some("navigation/share"));
        assert_eq!(rule("Teilen"), Some("navigation/share"));
        assert_eq!(rule("Whatsapp   Facebook   Pint   Baixar"), Some("navigation/share"));
        assert_eq!(rule("Home > News > World"), Some("navigation/breadcrumb"));
        assert_eq!(rule("Home » Politik"), Some("navigation/breadcrumb"));
        assert_eq!(rule("News | Sport | Weather | Culture"), Some("navigation/menu-line"));
        assert_eq!(rule("Impressum | Datenschutz"), Some("navigation/link"));
    }

    #[test]
    fn consent_in_more_languages() {
        for notice in [
            "Den här webbplatsen använder kakor för att förbättra din upplevelse.",
            "Vi bruger cookies til statistik og annoncer. Du kan altid ændre dit valg.",
            "Nettstedet bruker informasjonskapsler for å gi deg en bedre opplevelse.",
            "Pro správné fungování webu používáme soubory cookie.",
            "Táto stránka používa súbory cookie na analýzu návštevnosti.",
            "Acest site utilizează cookie-uri pentru a analiza traficul.",
            "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
            "Käytämme evästeitä sivuston toiminnan parantamiseen.",
            "Serwis korzysta z plików cookies zgodnie z polityką prywatności.",
            "Wir setzen Cookies ein, um die Nutzung der Seite zu analysieren.",
        ] {
            assert_eq!(rule(notice), Some("navigation/consent"), "{notice}");
        }
        assert_eq!(rule("Bagaren säljer kakor och bullar på torget varje lördag, och kön brukar vara lång."), None);
    }

    #[test]
    fn keeps_body() {
        assert_eq!(rule("The copyright lawsuit against the publisher was dismissed by the court on Friday."), None);
        assert_eq!(rule("Privacy campaigners said the new law went too far, and the government promised to review it."), None);
        assert_eq!(rule("He shared the post on Facebook, where it was viewed more than a million times within a day."), None);
        assert_eq!(rule("Prices rose 3% | analysts expected 2%."), None);
        assert_eq!(rule("Powered by a larger battery, the new model covers 500 km."), None);
        assert_eq!(rule("The prototype is powered by hydrogen"), None);
    }
}
