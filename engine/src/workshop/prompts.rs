//! The facilitator's discussion prompts, generated at build time from
//! `engine/instruments/workshop.toml` (one per kind of topic and shape of disagreement).

use super::profile::{ConsensusTopic, Disagreement, DisagreementShape};
use crate::instrument::Instruments;
use crate::text::Text;

include!(concat!(env!("OUT_DIR"), "/workshop.rs"));

/// The prompt template for a topic and a shape (`None` only for a combination that never
/// occurs: barriers have no "Don't know").
pub fn template(topic: ConsensusTopic, shape: DisagreementShape) -> Option<Text> {
    PROMPTS
        .iter()
        .find(|(t, s, _)| *t == topic && *s == shape)
        .map(|(_, _, text)| *text)
}

/// A count in a prompt: in the reader's digits when `lang` is the language spoken now
/// (then the prompt's words are too), else as English writes it.
fn number_in(n: u32, lang: &str) -> String {
    if crate::catalogue::speaks(lang) {
        crate::catalogue::number(n)
    } else {
        n.to_string()
    }
}

impl Disagreement {
    /// The discussion prompt for this topic in `lang` (falling back to English), with its
    /// placeholders filled in: `{topic}` is the statement (without its full stop) or the
    /// barrier's title, looked up by id; the counts are written in `lang`'s digits when it
    /// is the language spoken now. (The screens ask for the language spoken now; the group
    /// summary for its own.)
    ///
    /// ```
    /// use partnership_engine::INSTRUMENTS;
    /// use partnership_engine::workshop::*;
    /// let d = Disagreement {
    ///     topic: ConsensusTopic::Item,
    ///     id: INSTRUMENTS.readiness.dimensions[0].items[0].id,
    ///     agreement: 500,
    ///     agreement_band: AgreementBand::Low,
    ///     shape: DisagreementShape::SplitRoom,
    ///     respondents: 6,
    ///     low: 3,
    ///     middle: 0,
    ///     high: 3,
    ///     dont_know: 0,
    /// };
    /// let prompt = d.prompt(&INSTRUMENTS, "en");
    /// let statement = INSTRUMENTS.readiness.dimensions[0].items[0].text.en();
    /// assert!(prompt.contains(statement.trim_end_matches('.')));
    /// assert!(!prompt.contains('{'));
    /// ```
    pub fn prompt(&self, instruments: &Instruments, lang: &str) -> String {
        let Some(template) = template(self.topic, self.shape) else {
            return String::new();
        };
        // Statements are whole sentences; quoted inside a prompt they lose their full stop.
        let topic = instruments
            .text_of(self.id)
            .map_or(self.id, |t| t.get(lang))
            .trim_end_matches('.');
        let mut out = String::new();
        let mut rest = template.get(lang);
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                rest = &rest[open..];
                break;
            };
            let number = |n: u32| number_in(n, lang);
            match &after[..close] {
                "topic" => out.push_str(topic),
                "respondents" => out.push_str(&number(self.respondents)),
                "low" => out.push_str(&number(self.low)),
                "middle" => out.push_str(&number(self.middle)),
                "high" => out.push_str(&number(self.high)),
                "dont_know" => out.push_str(&number(self.dont_know)),
                other => {
                    out.push('{');
                    out.push_str(other);
                    out.push('}');
                }
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }
}
