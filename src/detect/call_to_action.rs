//! `call_to_action`: newsletter, notification, follow-us, share, app, donation and feedback prompts.
//!
//! Phrase-based (see [`crate::lexicon::CALL_TO_ACTION`]): a prompt phrase of
//! three or more words removes a line of up to 25 words (up to 60 when the
//! phrase opens the line: "If you enjoyed this article, …"); shorter phrases
//! ("follow us", "seguici") only lines of up to 10 words, or lines that open
//! with a prompt verb ("Sign up to our daily newsletter for …").

use super::{Category, Detector, Span};
use crate::features::{slot, Doc};
use super::phrase_sets;
use crate::lexicon::{set, CALL_TO_ACTION};

/// Imperatives that open a prompt ("Sign up to our daily newsletter for …").
const PROMPT_VERBS: &[&str] = &[
    "sign up", "subscribe", "register", "join", "get our", "get the", "download", "follow", "melde dich", "melden sie sich",
    "abonnieren sie", "abonniere", "registrieren sie", "hol dir", "holen sie sich", "abonnez-vous", "inscrivez-vous", "inscris-toi",
    "téléchargez", "suivez", "suscríbete", "regístrate", "descarga", "síguenos", "iscriviti", "abbonati", "scarica", "seguici",
    "schrijf je in", "meld je aan", "volg ons", "zapisz się", "pobierz", "obserwuj", "assine", "inscreva-se", "baixe", "siga",
    "receive", "get", "erhalten sie", "recevez", "recibe", "ricevi", "ontvang", "otrzymuj", "receba",
];

/// True when the (lowercased) line opens with a prompt verb.
fn starts_with_prompt(lower: &str) -> bool {
    let t = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    PROMPT_VERBS.iter().any(|v| t.strip_prefix(v).is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric())))
}

/// The call-to-action detector.
pub struct CallToAction;

impl Detector for CallToAction {
    fn name(&self) -> &'static str {
        "call_to_action"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        for i in 0..doc.len() {
            let f = &doc.feats[i];
            if doc.lines[i].blank || f.words == 0 || f.words > 60 {
                continue;
            }
            let code = doc.memo(slot::CALL_TO_ACTION, i, || {
                if phrase_sets(doc, i) & set::CALL_TO_ACTION == 0 {
                    return 0;
                }
                CALL_TO_ACTION.find_longest_index(doc.lower(i)).map_or(0, |k| k as u16 + 1)
            });
            let Some(p) = code.checked_sub(1).map(|k| CALL_TO_ACTION.pattern(k as usize)) else { continue };
            // Chinese and Japanese phrases have no spaces: four han or kana characters make a long one.
            let long_phrase = p.split_whitespace().count() >= 3 || p.chars().filter(|&c| crate::features::is_cjk(c)).count() >= 4;
            // A longer prompt (26 to 60 words) counts when a long phrase opens it.
            let opens = || doc.lower(i).find(p).is_some_and(|at| at <= 40);
            let fits = f.words <= 25 && (long_phrase || f.words <= 10 || starts_with_prompt(doc.lower(i)));
            if fits || long_phrase && opens() {
                out.push(Span::lines(i..i + 1, Category::CallToAction, "call_to_action/phrase", 0.9, format!("prompt to act (\"{p}\")")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_prompts() {
        assert_eq!(removed("扫描二维码关注“江城晨报”微信公众号，获取更多本地资讯"), 1);
        assert_eq!(removed("▶ 한빛일보 뉴스레터 구독하기 ▶ 카카오톡 채널 추가하고 속보 받기"), 1);
        assert_eq!(removed("Подпишитесь на наш Telegram-канал, чтобы первыми узнавать главные новости города."), 1);
        // News that a ministry posted on its WeChat account is no prompt.
        assert_eq!(removed("3月12日，江城市公安局通过官方微信公众号发布通报称，嫌疑人已被抓获。"), 0);
    }

    fn removed(text: &str) -> usize {
        let v = crate::detect::spans_of(&CallToAction, text);
        v.len()
    }

    #[test]
    fn prompts() {
        assert_eq!(removed("Would you like to receive news notifications from Daily Express?"), 1);
        assert_eq!(removed("Sign up to our newsletter"), 1);
        assert_eq!(removed("Newsletter abonnieren"), 1);
        assert_eq!(removed("Abonnez-vous à notre newsletter"), 1);
        assert_eq!(removed("Iscriviti alla newsletter"), 1);
        assert_eq!(removed("Folgen Sie uns auf Facebook"), 1);
        assert_eq!(removed("Zapisz się"), 1);
        assert_eq!(removed("Sign up to our daily newsletter for the latest news from the borough."), 1);
        assert_eq!(removed("If you enjoyed this article, we have a proposition for you: join and get all of our content, including the magazine, with no paywall and no ads, plus access to events."), 1);
        assert_eq!(removed("We want to hear your suggestions and comments. Email us with feedback and with claims you'd like to see checked."), 1);
        assert_eq!(removed("Schreiben Sie uns!"), 1);
        assert_eq!(removed("Recibe cada mañana nuestro boletín con las noticias más importantes del día."), 1);
    }

    #[test]
    fn prompts_in_more_languages() {
        for prompt in [
            "Don't want to miss a story? Sign up for our morning briefing.",
            "Tilmeld dig vores nyhedsbrev og få ugens bedste historier.",
            "Prenumerera på vårt nyhetsbrev",
            "Přihlaste se k odběru a dostávejte novinky každý týden.",
            "Abonează-te la newsletterul nostru și primești cele mai importante știri.",
            "Tilaa uutiskirjeemme",
            "Nie chcesz niczego przegapić? Zapisz się.",
        ] {
            assert_eq!(removed(prompt), 1, "{prompt}");
        }
    }

    #[test]
    fn keeps_body() {
        assert_eq!(removed("The ministry said it would follow us closely as the investigation into the collapse of the bridge continues over the coming months and years."), 0);
        assert_eq!(removed("The town's residents were told to stay informed through local radio, but many said the broadcasts came far too late for them."), 0);
    }
}
