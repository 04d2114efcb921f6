//! `call_to_action`: newsletter, notification, follow-us, share and app prompts.
//!
//! Phrase-based (see [`crate::lexicon::CALL_TO_ACTION`]): a prompt phrase of
//! three or more words removes a line of up to 25 words; shorter phrases
//! ("follow us", "seguici") only lines of up to 10 words.

use super::{Category, Detector, Span};
use crate::features::{slot, Doc};
use super::phrase_sets;
use crate::lexicon::{set, CALL_TO_ACTION};

/// The call-to-action detector.
pub struct CallToAction;

impl Detector for CallToAction {
    fn name(&self) -> &'static str {
        "call_to_action"
    }

    fn detect(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        for i in 0..doc.len() {
            let f = &doc.feats[i];
            if doc.lines[i].blank || f.words == 0 || f.words > 25 {
                continue;
            }
            let code = doc.memo(slot::CALL_TO_ACTION, i, || {
                if phrase_sets(doc, i) & set::CALL_TO_ACTION == 0 {
                    return 0;
                }
                CALL_TO_ACTION.find_index(doc.lower(i)).map_or(0, |k| k as u16 + 1)
            });
            let Some(p) = code.checked_sub(1).map(|k| CALL_TO_ACTION.pattern(k as usize)) else { continue };
            let long_phrase = p.split_whitespace().count() >= 3;
            if long_phrase || f.words <= 10 {
                out.push(Span::lines(i..i + 1, Category::CallToAction, "call_to_action/phrase", 0.9, format!("prompt to act (\"{p}\")")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn keeps_body() {
        assert_eq!(removed("The ministry said it would follow us closely as the investigation into the collapse of the bridge continues over the coming months and years."), 0);
        assert_eq!(removed("The town's residents were told to stay informed through local radio, but many said the broadcasts came far too late for them."), 0);
    }
}
