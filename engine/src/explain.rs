//! Plain-language explanations of what the engine concluded: the answers that moved a
//! score, the reasons behind the timing verdict, what the next depth needs, why each step
//! is in the action plan, and the status of a readiness area.
//!
//! The shell shows these sentences as they are; it never builds an explanation itself.
//! Every sentence is a whole template of the catalogue's `[explain]` section
//! (`engine/lang/en.toml`), in the language spoken now, with its numbers, counts and
//! quotation marks written by that language's conventions. The instrument texts quoted in
//! a sentence come through [`Text::get`] in `lang`: callers pass the language the widget
//! speaks. The labels a one-language export asks for ([`dimension_status_label`] and the
//! stand-in names) follow `lang` the same way, so an English spreadsheet stays English.

use crate::answers::ReadinessAnswer;
use crate::catalogue::{Msg, msg, number};
use crate::depth::MissingThreshold;
use crate::document::Assessment;
use crate::instrument::{
    Dimension, Instruments, ReadinessInstrument, ReadinessItem, TRUST_DIMENSION,
};
use crate::plan::{LinkKind, PlanStep, PlanStepKind};
use crate::readiness::{DimensionDriver, DimensionStatus, ItemDriver, ReadinessScore};
use crate::text::Text;
use crate::timing::TimingReason;
use crate::words::quoted;

/// The midpoint of every readiness score: an answer's effect is its distance from it.
const MIDPOINT: u8 = 50;

/// The label of a readiness answer ("Agree", "Don't know", …).
pub fn readiness_answer_label(
    instruments: &'static Instruments,
    answer: ReadinessAnswer,
    lang: &str,
) -> &'static str {
    let scale = &instruments.readiness.scale;
    match answer {
        ReadinessAnswer::Scale(r) => scale.labels[usize::from(r.get())].get(lang),
        ReadinessAnswer::DontKnow => scale.dont_know.get(lang),
        ReadinessAnswer::NotApplicable => scale.not_applicable.get(lang),
    }
}

/// A readiness area's status in a word or two, for a cell beside its number (the
/// spreadsheet's "Area score" row): its band ("Developing"), "Not applicable", or "Not
/// enough answers".
pub fn dimension_status_label(
    instruments: &'static Instruments,
    score: &ReadinessScore,
    lang: &str,
) -> &'static str {
    area_status_label(&instruments.readiness, score, lang)
}

/// [`dimension_status_label`] for an area of any instrument shaped like readiness (a
/// health area's band is "Needs attention", not "Developing").
pub fn area_status_label(
    instrument: &'static ReadinessInstrument,
    score: &ReadinessScore,
    lang: &str,
) -> &'static str {
    match (score.status, score.score, score.band) {
        (DimensionStatus::Scored, Some(_), Some(band)) => instrument.band(band).label.get(lang),
        (DimensionStatus::NotApplicable, ..) => msg::EXPLAIN_STATUS_NOT_APPLICABLE.get(lang),
        _ => msg::EXPLAIN_STATUS_TOO_FEW.get(lang),
    }
}

/// A readiness area's status as the results screen shows it: "62 (Developing)", "Not
/// applicable", or "Not enough answers yet (2 of 5 answered)".
pub fn dimension_status_text(
    instruments: &'static Instruments,
    score: &ReadinessScore,
    lang: &str,
) -> String {
    area_status_text(&instruments.readiness, score, lang)
}

/// [`dimension_status_text`] for an area of any instrument shaped like readiness: a
/// health area shows "62 (Needs attention)".
pub fn area_status_text(
    instrument: &'static ReadinessInstrument,
    score: &ReadinessScore,
    lang: &str,
) -> String {
    let status = area_status_label(instrument, score, lang);
    match (score.status, score.score) {
        (DimensionStatus::Scored, Some(s)) if score.band.is_some() => {
            msg::EXPLAIN_STATUS_SCORED.with(&[("score", &number(s)), ("band", status)])
        }
        (DimensionStatus::NotApplicable, _) => status.to_owned(),
        // Of all the area's statements: "Not applicable" does not shrink the share.
        _ => msg::EXPLAIN_STATUS_TOO_FEW_YET.with(&[
            ("answered", &number(score.answered)),
            ("items", &number(score.items)),
        ]),
    }
}

/// One answer that moved a dimension's score, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DriverExplanation {
    /// The statement as asked.
    pub statement: &'static str,
    /// What the respondent answered.
    pub answer: &'static str,
    /// What the answer did to the score, with its size in points.
    pub effect: String,
}

/// Explains one driver of a dimension score (see [`crate::readiness`] for the rule).
pub fn explain_driver(
    instruments: &'static Instruments,
    driver: &ItemDriver,
    lang: &str,
) -> DriverExplanation {
    let statement =
        area_item(instruments, driver.item).map_or(driver.item, |(_, item)| item.text.get(lang));
    let answer = instruments.readiness.scale.labels[usize::from(driver.answer.min(4))].get(lang);
    let size = usize::from(driver.effect.unsigned_abs());
    let midpoint = number(MIDPOINT);
    let moved = |p: crate::catalogue::Plural| p.count_with(size, &[("midpoint", &midpoint)]);
    let effect = match driver.effect {
        e if e > 0 => moved(msg::EXPLAIN_EFFECT_RAISED),
        e if e < 0 => moved(msg::EXPLAIN_EFFECT_LOWERED),
        _ => msg::EXPLAIN_EFFECT_MIDPOINT.text().to_owned(),
    };
    let effect = if driver.reversed {
        msg::EXPLAIN_EFFECT_REVERSED.with(&[("effect", &effect)])
    } else {
        effect
    };
    DriverExplanation {
        statement,
        answer,
        effect,
    }
}

/// How one area moved the overall readiness index, in a sentence.
pub fn explain_dimension_driver(
    instruments: &'static Instruments,
    driver: &DimensionDriver,
    lang: &str,
) -> String {
    let area = quoted(dimension_title(instruments, driver.dimension, lang));
    let score = number(driver.score);
    let args = [("area", area.as_str()), ("score", score.as_str())];
    let size = usize::from(driver.effect.unsigned_abs());
    match driver.effect {
        e if e > 0 => msg::EXPLAIN_AREA_ABOVE.count_with(size, &args),
        e if e < 0 => msg::EXPLAIN_AREA_BELOW.count_with(size, &args),
        _ => msg::EXPLAIN_AREA_AT_MIDPOINT.with(&args),
    }
}

fn timing_question(instruments: &'static Instruments, id: &str, lang: &str) -> String {
    let t = &instruments.timing;
    let text = t
        .triggers
        .iter()
        .chain(t.preconditions)
        .find(|q| q.id == id)
        .map(|q| q.text.get(lang))
        .or_else(|| {
            t.warnings
                .iter()
                .find(|w| w.id == id)
                .map(|w| w.text.get(lang))
        });
    // An id the instruments do not know is shown as it is: it names the question.
    text.unwrap_or(id).to_owned()
}

fn how_true(instruments: &'static Instruments, value: u8, lang: &str) -> &'static str {
    instruments.timing.labels[usize::from(value.min(4))].get(lang)
}

fn barrier_title(instruments: &'static Instruments, id: &str, lang: &str) -> &'static str {
    instruments.barriers.barrier(id).map_or_else(
        || msg::EXPLAIN_UNKNOWN_BARRIER.get(lang),
        |b| b.title.get(lang),
    )
}

/// A readiness dimension or a health area, by id (the build keeps their ids apart).
fn area(instruments: &'static Instruments, id: &str) -> Option<&'static Dimension> {
    instruments
        .readiness
        .dimension(id)
        .or_else(|| instruments.health.scored.dimension(id))
}

/// A readiness or health statement and its area, by id.
fn area_item(
    instruments: &'static Instruments,
    id: &str,
) -> Option<(&'static Dimension, &'static ReadinessItem)> {
    instruments
        .readiness
        .item(id)
        .or_else(|| instruments.health.scored.item(id))
}

fn dimension_title(instruments: &'static Instruments, id: &str, lang: &str) -> &'static str {
    area(instruments, id).map_or_else(
        || msg::EXPLAIN_UNKNOWN_AREA.get(lang),
        |d| d.title.get(lang),
    )
}

/// One reason behind the timing verdict, in a sentence.
pub fn explain_timing_reason(
    instruments: &'static Instruments,
    reason: &TimingReason,
    lang: &str,
) -> String {
    let rules = &instruments.timing.rules;
    let question = |id: &str| quoted(&timing_question(instruments, id, lang));
    let answered = |value: u8| quoted(how_true(instruments, value, lang));
    let level = |min: u8| quoted(how_true(instruments, min, lang));
    let asked = |m: Msg, id: &str, value: u8| {
        m.with(&[("question", &question(id)), ("answer", &answered(value))])
    };
    match *reason {
        TimingReason::StrongTrigger { item, value } => {
            asked(msg::EXPLAIN_REASON_STRONG_TRIGGER, item, value)
        }
        TimingReason::TooFewStrongTriggers { strong: 0, .. } => {
            msg::EXPLAIN_REASON_NO_STRONG_TRIGGER
                .with(&[("level", &level(rules.strong_trigger_min))])
        }
        TimingReason::TooFewStrongTriggers { strong, needed } => msg::EXPLAIN_REASON_TOO_FEW_STRONG
            .count_with(
                count(strong),
                &[
                    ("level", &level(rules.strong_trigger_min)),
                    ("needed", &number(needed)),
                ],
            ),
        TimingReason::PreconditionMet { item, value } => {
            asked(msg::EXPLAIN_REASON_PRECONDITION_MET, item, value)
        }
        TimingReason::PreconditionNotMet { item, value } => {
            msg::EXPLAIN_REASON_PRECONDITION_NOT_MET.with(&[
                ("question", &question(item)),
                ("answer", &answered(value)),
                ("level", &level(rules.precondition_met_min)),
            ])
        }
        TimingReason::PreconditionUnknown { item } => {
            msg::EXPLAIN_REASON_PRECONDITION_UNKNOWN.with(&[("question", &question(item))])
        }
        TimingReason::ReadinessIndexMet { index, min } => msg::EXPLAIN_REASON_READINESS_MET
            .with(&[("index", &number(index)), ("min", &number(min))]),
        TimingReason::ReadinessIndexLow { index, min } => msg::EXPLAIN_REASON_READINESS_LOW
            .with(&[("index", &number(index)), ("min", &number(min))]),
        TimingReason::ReadinessEvidenceThin {
            valid: 0, needed, ..
        } => msg::EXPLAIN_REASON_READINESS_UNKNOWN.count(count(needed)),
        TimingReason::ReadinessEvidenceThin {
            valid,
            total,
            needed,
        } => {
            let reason = msg::EXPLAIN_REASON_READINESS_THIN
                .count_with(count(total), &[("valid", &number(valid))]);
            msg::EXPLAIN_REASON_READINESS_THIN_ADVICE
                .count_with(count(needed), &[("reason", &reason)])
        }
        TimingReason::BarrierScanIncomplete { unrated, total } => {
            msg::EXPLAIN_REASON_BARRIERS_UNRATED
                .count_with(count(unrated), &[("total", &number(total))])
        }
        TimingReason::WarningSignCaps { warning, value } => {
            asked(msg::EXPLAIN_REASON_WARNING_CAPS, warning, value)
        }
        TimingReason::BlockingBarrier { barrier, risk } => msg::EXPLAIN_REASON_BLOCKING_BARRIER
            .with(&[
                (
                    "barrier",
                    &quoted(barrier_title(instruments, barrier, lang)),
                ),
                ("risk", &number(risk)),
                ("max", &number(crate::barriers::MAX_RISK)),
            ]),
    }
}

/// A count the engine keeps as `u32`, as the catalogue counts.
fn count(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// What still stands between the respondent and a depth level, in a sentence.
pub fn explain_missing_threshold(
    instruments: &'static Instruments,
    threshold: &MissingThreshold,
    lang: &str,
) -> String {
    let area = quoted(dimension_title(instruments, TRUST_DIMENSION, lang));
    let (known, unknown, needed, current) = match *threshold {
        MissingThreshold::ReadinessIndex { needed, current } => (
            msg::EXPLAIN_THRESHOLD_READINESS,
            msg::EXPLAIN_THRESHOLD_READINESS_UNKNOWN,
            needed,
            current,
        ),
        MissingThreshold::Trust { needed, current } => (
            msg::EXPLAIN_THRESHOLD_AREA,
            msg::EXPLAIN_THRESHOLD_AREA_UNKNOWN,
            needed,
            current,
        ),
    };
    let needed = number(needed);
    match current {
        Some(c) => known.with(&[
            ("area", &area),
            ("needed", &needed),
            ("current", &number(c)),
        ]),
        None => unknown.with(&[("area", &area), ("needed", &needed)]),
    }
}

/// Why the recommended depth goes no deeper, in a sentence per limit: the timing verdict,
/// a critical barrier, or the respondent's own ambition.
pub fn explain_depth_limit(
    instruments: &'static Instruments,
    limit: &crate::depth::DepthLimit,
    lang: &str,
) -> String {
    use crate::depth::DepthLimit;
    let level =
        |l: crate::instrument::DepthLevel| quoted(instruments.depth.level(l).title.get(lang));
    match *limit {
        DepthLimit::Verdict { verdict, level: l } => msg::EXPLAIN_LIMIT_VERDICT.with(&[
            (
                "verdict",
                &quoted(instruments.timing.verdict(verdict).title.get(lang)),
            ),
            ("level", &level(l)),
        ]),
        DepthLimit::CriticalBarrier { barrier, level: l } => msg::EXPLAIN_LIMIT_BARRIER.with(&[
            (
                "barrier",
                &quoted(barrier_title(instruments, barrier, lang)),
            ),
            ("level", &level(l)),
        ]),
        DepthLimit::Ambition { level: l } => {
            msg::EXPLAIN_LIMIT_AMBITION.with(&[("level", &level(l))])
        }
    }
}

/// The labels of the needs a step links to, joined as a reader lists them.
fn linked_needs(action: &PlanStep, lang: &str) -> String {
    let labels: Vec<String> = action
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Need)
        .filter_map(|l| crate::partners::Offer::from_id(l.id))
        .map(|o| o.label().get(lang).to_owned())
        .collect();
    crate::words::join_and(&labels)
}

/// The name of the organisation a partner step names, quoted, inside a sentence: without
/// bidirectional controls (an override in a name must not turn the rest of the sentence
/// around) and with line breaks and tabs made spaces.
fn partner_name(action: &PlanStep) -> String {
    let name: String = action
        .partner
        .as_ref()
        .map_or("", |p| p.name.as_str())
        .chars()
        .filter(|c| !crate::partners::table::is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    crate::words::quoted(&name)
}

/// The main text of a step of the action plan: the instrument's text, or for the partner
/// map's steps a sentence naming the organisation or the needs.
pub fn action_text(action: &PlanStep, lang: &str) -> String {
    if let Some(text) = &action.text {
        return text.get(lang).to_owned();
    }
    match action.kind {
        PlanStepKind::PartnerFirst => {
            msg::EXPLAIN_ACTION_PARTNER_FIRST.with(&[("name", &partner_name(action))])
        }
        PlanStepKind::PartnerGap => {
            msg::EXPLAIN_ACTION_PARTNER_GAP.with(&[("needs", &linked_needs(action, lang))])
        }
        _ => String::new(),
    }
}

/// Why a step is in the action plan, in a sentence.
pub fn explain_action(instruments: &'static Instruments, action: &PlanStep, lang: &str) -> String {
    let first = action.links.first().map_or("", |l| l.id);
    let barrier = |m: Msg| m.with(&[("barrier", &quoted(barrier_title(instruments, first, lang)))]);
    let area = |m: Msg| m.with(&[("area", &quoted(dimension_title(instruments, first, lang)))]);
    match action.kind {
        PlanStepKind::PartnerFirst => {
            let number = action.partner.as_ref().map_or(0, |p| p.position);
            let needs = linked_needs(action, lang);
            let name = partner_name(action);
            let immediate = quoted(crate::partners::Priority::Immediate.def().label.get(lang));
            let args = [
                ("name", name.as_str()),
                ("number", &crate::catalogue::number(number)),
                ("immediate", immediate.as_str()),
                ("needs", needs.as_str()),
            ];
            if needs.is_empty() {
                msg::EXPLAIN_BECAUSE_PARTNER_FIRST.with(&args)
            } else {
                msg::EXPLAIN_BECAUSE_PARTNER_FIRST_NEEDS.with(&args)
            }
        }
        PlanStepKind::PartnerGap => {
            msg::EXPLAIN_BECAUSE_PARTNER_GAP.with(&[("needs", &linked_needs(action, lang))])
        }
        PlanStepKind::BlockingBarrier => barrier(msg::EXPLAIN_ACTION_BLOCKING_BARRIER),
        PlanStepKind::HighBarrier => barrier(msg::EXPLAIN_ACTION_HIGH_BARRIER),
        PlanStepKind::ConcernDimension => area(msg::EXPLAIN_ACTION_CONCERN_AREA),
        PlanStepKind::DevelopingDimension => area(msg::EXPLAIN_ACTION_DEVELOPING_AREA),
        PlanStepKind::KnowledgeGap => msg::EXPLAIN_ACTION_KNOWLEDGE_GAP.with(&[
            ("area", &quoted(dimension_title(instruments, first, lang))),
            (
                "dont_know",
                &quoted(instruments.readiness.scale.dont_know.get(lang)),
            ),
        ]),
        PlanStepKind::WarningSign => msg::EXPLAIN_ACTION_WARNING_SIGN
            .with(&[("sign", &quoted(&timing_question(instruments, first, lang)))]),
        PlanStepKind::Stage => {
            let title = crate::instrument::Stage::from_id(first)
                .map_or("", |s| instruments.depth.stage(s).title.get(lang));
            msg::EXPLAIN_ACTION_STAGE.with(&[("stage", &quoted(title))])
        }
        PlanStepKind::TimingVerdict => {
            let title = instruments
                .timing
                .verdicts
                .iter()
                .find(|v| v.verdict.id() == first)
                .map_or("", |v| v.title.get(lang));
            msg::EXPLAIN_ACTION_VERDICT.with(&[("verdict", &quoted(title))])
        }
        PlanStepKind::HealthRecommendation => {
            let title = crate::words::checkup::recommendation_id(first)
                .map_or("", |r| crate::words::checkup::recommendation(r).get(lang));
            msg::EXPLAIN_ACTION_HEALTH_RECOMMENDATION.with(&[("recommendation", &quoted(title))])
        }
        PlanStepKind::HealthArea => {
            let title = instruments
                .health
                .text_of(first)
                .map_or("", |t| t.get(lang));
            msg::EXPLAIN_ACTION_HEALTH_AREA.with(&[("area", &quoted(title))])
        }
    }
}

/// The texts of the questions linked to an action (the answers that produced it), for
/// "why this step" lists: readiness statements and timing questions.
pub fn action_sources(instruments: &'static Instruments, action: &PlanStep) -> Vec<Text> {
    action
        .links
        .iter()
        .filter(|l| matches!(l.kind, LinkKind::Item | LinkKind::TimingQuestion))
        .filter_map(|l| instruments.text_of(l.id))
        .collect()
}

/// What a saved piece of work holds, for "Welcome back" and "part way through":
/// "12 questions answered", "3 organizations listed", or both joined by "and".
pub fn saved_work(instruments: &'static Instruments, assessment: &Assessment) -> String {
    use crate::flow::{Scope, progress, sections_for};
    let answers = &assessment.answers;
    let mut answered = progress(instruments, Scope::Full, answers).answered;
    // A health check taken alone (no running stage) is saved work too.
    if !sections_for(instruments, Scope::Full, answers).contains(&crate::flow::Section::Balance) {
        answered += progress(instruments, Scope::Health, answers).answered;
    }
    work_counts(count(answered), assessment.partners.len())
}

/// [`saved_work`] from its two counts: questions answered, organisations listed.
pub fn work_counts(answered: usize, listed: usize) -> String {
    let organizations = msg::EXPLAIN_SAVED_ORGANIZATIONS.count(listed);
    let questions = msg::EXPLAIN_SAVED_QUESTIONS.count(answered);
    match (answered, listed) {
        (_, 0) => questions,
        (0, _) => organizations,
        _ => msg::EXPLAIN_SAVED_BOTH
            .with(&[("questions", &questions), ("organizations", &organizations)]),
    }
}

/// The file name of an exported results document; defined with every other file name in
/// [`crate::file_names`], and kept at this path for the callers that name it here.
pub use crate::file_names::export_file_name;

/// The name of the readiness area with this id, or a neutral stand-in for an id the
/// instruments do not know (an area from a newer version, say).
pub fn dimension_name(instruments: &'static Instruments, id: &str, lang: &str) -> &'static str {
    dimension_title(instruments, id, lang)
}

/// The name of the barrier with this id, or a neutral stand-in for an id the instruments
/// do not know.
pub fn barrier_name(instruments: &'static Instruments, id: &str, lang: &str) -> &'static str {
    barrier_title(instruments, id, lang)
}

/// One answer behind an area's score, as the results list it under "Why … scored …": the
/// statement, what was answered, and what that did to the score.
pub fn explain_driver_sentence(
    instruments: &'static Instruments,
    driver: &ItemDriver,
    lang: &str,
) -> String {
    let e = explain_driver(instruments, driver, lang);
    msg::EXPLAIN_DRIVER_SENTENCE.with(&[
        ("statement", &quoted(e.statement)),
        ("answer", &quoted(e.answer)),
        ("effect", &e.effect),
    ])
}

/// How a barrier's risk was worked out, under its name in the results: the risk out of
/// [`crate::barriers::MAX_RISK`] and the two ratings multiplied to get it.
pub fn explain_barrier_risk(
    instruments: &'static Instruments,
    risk: &crate::barriers::BarrierRisk,
    lang: &str,
) -> String {
    let b = &instruments.barriers;
    let rating =
        |labels: &'static [Text], i: u8| labels.get(usize::from(i)).map_or("", |t| t.get(lang));
    msg::EXPLAIN_BARRIER_RISK.with(&[
        ("risk", &number(risk.risk)),
        ("max", &number(crate::barriers::MAX_RISK)),
        (
            "presence",
            &quoted(rating(&b.presence_labels, risk.presence)),
        ),
        ("harm", &quoted(rating(&b.harm_labels, risk.harm))),
    ])
}

/// A warning sign seen now and the advice for it, in one line of the timing results; `None`
/// for a warning the instruments do not know.
pub fn explain_warning(
    instruments: &'static Instruments,
    finding: &crate::timing::WarningFinding,
    lang: &str,
) -> Option<String> {
    let w = instruments
        .timing
        .warnings
        .iter()
        .find(|w| w.id == finding.warning)?;
    Some(msg::EXPLAIN_WARNING.with(&[("sign", w.text.get(lang)), ("advice", w.advice.get(lang))]))
}

/// What an area with a knowledge gap leaves unknown, under "What you do not know yet":
/// the area's name and its note about the gap. `None` when the area has no gap.
pub fn explain_knowledge_gap(
    instruments: &'static Instruments,
    score: &crate::readiness::ReadinessScore,
    lang: &str,
) -> Option<String> {
    if !score.knowledge_gap {
        return None;
    }
    let d = area(instruments, score.dimension)?;
    Some(msg::EXPLAIN_KNOWLEDGE_GAP.with(&[
        ("area", d.title.get(lang)),
        ("note", d.knowledge_gap.get(lang)),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        INSTRUMENTS, Rating, ResultId, Timestamp, TimingAnswer, evaluate, plan::Link,
        readiness::ItemDriver,
    };

    #[test]
    fn an_area_status_reads_as_the_results_screen_and_the_spreadsheet_word_it() {
        let mut answers = crate::Answers::default();
        let dims = INSTRUMENTS.readiness.dimensions;
        // The first area scored (every item agreed), the second all "Not applicable",
        // the third with one answer only.
        for item in dims[0].items {
            let v = if item.reverse { 1 } else { 3 };
            answers.set_readiness(item.id, ReadinessAnswer::Scale(Rating::new(v).unwrap()));
        }
        for item in dims[1].items {
            answers.set_readiness(item.id, ReadinessAnswer::NotApplicable);
        }
        answers.set_readiness(
            dims[2].items[0].id,
            ReadinessAnswer::Scale(Rating::new(2).unwrap()),
        );
        let report = evaluate(&answers);
        let [scored, not_applicable, too_few] = [0, 1, 2].map(|i| &report.readiness.dimensions[i]);
        assert_eq!(
            dimension_status_text(&INSTRUMENTS, scored, "en"),
            "75 (Strength)"
        );
        assert_eq!(
            dimension_status_label(&INSTRUMENTS, scored, "en"),
            "Strength"
        );
        assert_eq!(
            dimension_status_text(&INSTRUMENTS, not_applicable, "en"),
            "Not applicable"
        );
        assert_eq!(
            dimension_status_label(&INSTRUMENTS, not_applicable, "en"),
            "Not applicable"
        );
        assert_eq!(
            dimension_status_text(&INSTRUMENTS, too_few, "en"),
            format!(
                "Not enough answers yet (1 of {} answered)",
                dims[2].items.len()
            )
        );
        assert_eq!(
            dimension_status_label(&INSTRUMENTS, too_few, "en"),
            "Not enough answers"
        );
    }

    #[test]
    fn a_driver_says_what_was_answered_and_how_far_it_moved_the_score() {
        let (_, item) = INSTRUMENTS
            .readiness
            .item("readiness.purpose.why-partner")
            .unwrap();
        let driver = ItemDriver {
            item: item.id,
            answer: 4,
            value: 4,
            reversed: false,
            effect: 50,
        };
        let e = explain_driver(&INSTRUMENTS, &driver, "en");
        assert_eq!(e.statement, item.text.en());
        assert_eq!(e.answer, "Strongly agree");
        assert_eq!(
            e.effect,
            "Raised the score by 50 points from the midpoint of 50."
        );
        let reversed = ItemDriver {
            answer: 3,
            value: 1,
            reversed: true,
            effect: -25,
            ..driver
        };
        let e = explain_driver(&INSTRUMENTS, &reversed, "en");
        assert!(
            e.effect.starts_with("Lowered the score by 25 points"),
            "{}",
            e.effect
        );
        assert!(e.effect.contains("counts against"), "{}", e.effect);
    }

    #[test]
    fn every_timing_reason_of_a_real_report_reads_as_a_sentence_naming_its_question() {
        let mut answers = crate::Answers::default();
        answers.set_timing(
            "timing.trigger.new-funding",
            TimingAnswer::Scale(Rating::new(4).unwrap()),
        );
        answers.set_timing(
            "timing.precondition.convener",
            TimingAnswer::Scale(Rating::new(1).unwrap()),
        );
        answers.set_barrier("barriers.turf", Rating::new(4), Rating::new(4));
        let report = evaluate(&answers);
        let texts: Vec<String> = report
            .timing
            .reasons
            .iter()
            .map(|r| explain_timing_reason(&INSTRUMENTS, r, "en"))
            .collect();
        assert!(
            texts
                .iter()
                .any(|t| t.contains("New funding") && t.contains("Completely"))
        );
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Not in place yet") && t.contains("A little"))
        );
        assert!(texts.iter().any(|t| t.starts_with("Not known")));
        assert!(
            texts
                .iter()
                .any(|t| t.contains("Turf and pride") && t.contains("16 out of 16"))
        );
        assert!(texts.iter().all(|t| t.ends_with('.')), "{texts:#?}");
    }

    #[test]
    fn every_action_says_why_it_is_there() {
        let action = PlanStep {
            kind: PlanStepKind::BlockingBarrier,
            text: None,
            links: vec![Link {
                kind: LinkKind::Barrier,
                id: "barriers.turf",
            }],
            partner: None,
        };
        assert_eq!(
            explain_action(&INSTRUMENTS, &action, "en"),
            "Because “Turf and pride” is a critical risk that could sink the partnership."
        );
        let verdict = PlanStep {
            kind: PlanStepKind::TimingVerdict,
            text: None,
            links: vec![Link {
                kind: LinkKind::Verdict,
                id: "not-yet",
            }],
            partner: None,
        };
        assert_eq!(
            explain_action(&INSTRUMENTS, &verdict, "en"),
            "Because the timing verdict is “Not yet”."
        );
    }

    #[test]
    fn partner_steps_name_the_organisation_and_the_needs() {
        let need = |id| Link {
            kind: LinkKind::Need,
            id,
        };
        let first = PlanStep {
            kind: PlanStepKind::PartnerFirst,
            text: None,
            links: vec![
                Link {
                    kind: LinkKind::Priority,
                    id: "immediate",
                },
                need("funding"),
                need("space"),
            ],
            partner: Some(crate::plan::PartnerSource {
                position: 2,
                name: "Riverside Library".to_owned(),
            }),
        };
        assert_eq!(
            action_text(&first, "en"),
            "Talk to “Riverside Library” first: arrange a conversation about what each of you \
             would want from working together, before anything is promised."
        );
        assert_eq!(
            explain_action(&INSTRUMENTS, &first, "en"),
            "Because “Riverside Library” (number 2 on your partner map) is rated a strong fit \
             with the priority “Immediate”, and it brings Funding and Space, which you said the \
             alliance needs."
        );
        let gap = PlanStep {
            kind: PlanStepKind::PartnerGap,
            text: None,
            links: vec![need("data")],
            partner: None,
        };
        assert!(action_text(&gap, "en").starts_with("Look for a partner who brings Data"));
        // A direction override in a name cannot turn the sentence around it.
        let hostile = PlanStep {
            partner: Some(crate::plan::PartnerSource {
                position: 1,
                name: "evil\u{202E}gnp\nexe".to_owned(),
            }),
            ..first.clone()
        };
        assert!(action_text(&hostile, "en").starts_with("Talk to “evilgnp exe” first"));
        assert!(explain_action(&INSTRUMENTS, &gap, "en").contains("Data"));
    }

    #[test]
    fn an_area_says_how_far_it_moved_the_overall_score() {
        let d = DimensionDriver {
            dimension: "trust",
            weight: 1,
            score: 30,
            effect: -20,
        };
        assert_eq!(
            explain_dimension_driver(&INSTRUMENTS, &d, "en"),
            "“Trust and history” scored 30, 20 points below the midpoint, which lowered the overall score."
        );
    }

    #[test]
    fn missing_thresholds_say_what_is_needed_and_where_things_stand() {
        assert_eq!(
            explain_missing_threshold(
                &INSTRUMENTS,
                &MissingThreshold::Trust {
                    needed: 60,
                    current: Some(45)
                },
                "en"
            ),
            "The “Trust and history” score needs to reach 60; it is 45 now."
        );
        assert!(
            explain_missing_threshold(
                &INSTRUMENTS,
                &MissingThreshold::ReadinessIndex {
                    needed: 50,
                    current: None
                },
                "en"
            )
            .contains("not enough answers")
        );
    }

    #[test]
    fn saved_work_names_answers_and_organizations_in_plain_words() {
        use crate::partners::{Candidate, Sector};
        let mut a = Assessment::new(
            ResultId::from_random_bytes([1; 16]),
            Timestamp::from_unix_millis(1_772_355_600_000),
        );
        assert_eq!(saved_work(&INSTRUMENTS, &a), "0 questions answered");
        let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        a.answers
            .readiness
            .insert(first.to_string(), ReadinessAnswer::DontKnow);
        assert_eq!(saved_work(&INSTRUMENTS, &a), "1 question answered");
        a.answers.readiness.clear();
        let sector = Sector::other();
        let candidate = Candidate::new("Harbor Clinic", sector).expect("a valid name");
        a.partners.add(candidate.clone()).expect("room for one");
        assert_eq!(saved_work(&INSTRUMENTS, &a), "1 organization listed");
        a.partners.add(candidate).expect("room for two");
        a.answers
            .readiness
            .insert(first.to_string(), ReadinessAnswer::NotApplicable);
        assert_eq!(
            saved_work(&INSTRUMENTS, &a),
            "1 question answered and 2 organizations listed"
        );
    }

    #[test]
    fn unknown_areas_and_barriers_get_a_neutral_name() {
        assert_eq!(
            dimension_name(&INSTRUMENTS, "trust", "en"),
            "Trust and history"
        );
        assert_eq!(
            dimension_name(&INSTRUMENTS, "no-such-area", "en"),
            "An area of readiness"
        );
        assert_eq!(
            barrier_name(&INSTRUMENTS, "barriers.turf", "en"),
            "Turf and pride"
        );
        assert_eq!(barrier_name(&INSTRUMENTS, "nope", "en"), "A barrier");
    }

    #[test]
    fn a_driver_sentence_quotes_the_statement_and_the_answer() {
        let area = &INSTRUMENTS.readiness.dimensions[0];
        let mut answers = crate::Answers::default();
        for item in area.items {
            if let Some(r) = Rating::new(1) {
                answers.set_readiness(item.id, ReadinessAnswer::Scale(r));
            }
        }
        let report = evaluate(&answers);
        let drivers = &report.readiness.dimensions[0].drivers;
        assert_eq!(drivers.len(), area.items.len());
        for driver in drivers {
            let e = explain_driver(&INSTRUMENTS, driver, "en");
            let sentence = explain_driver_sentence(&INSTRUMENTS, driver, "en");
            assert_eq!(
                sentence,
                format!(
                    "“{}” You answered “{}”. {}",
                    e.statement, e.answer, e.effect
                )
            );
            assert!(sentence.ends_with('.'), "{sentence}");
        }
    }

    #[test]
    fn a_barrier_risk_shows_both_ratings_and_the_top_of_the_scale() {
        let risk = crate::barriers::BarrierRisk {
            barrier: "barriers.turf",
            presence: 4,
            harm: 3,
            risk: 12,
            level: crate::RiskLevel::Critical,
            blocks_go: true,
        };
        assert_eq!(
            explain_barrier_risk(&INSTRUMENTS, &risk, "en"),
            "Risk 12 of 16: present “Everywhere” × harm “Serious harm”."
        );
    }

    #[test]
    fn warnings_and_knowledge_gaps_join_the_instrument_texts() {
        let sign = &INSTRUMENTS.timing.warnings[0];
        let finding = crate::timing::WarningFinding {
            warning: sign.id,
            value: 4,
        };
        assert_eq!(
            explain_warning(&INSTRUMENTS, &finding, "en"),
            Some(format!("{} {}", sign.text.en(), sign.advice.en()))
        );
        let unknown = crate::timing::WarningFinding {
            warning: "nope",
            value: 4,
        };
        assert_eq!(explain_warning(&INSTRUMENTS, &unknown, "en"), None);

        let mut answers = crate::Answers::default();
        let area = &INSTRUMENTS.readiness.dimensions[0];
        for item in area.items {
            answers.set_readiness(item.id, ReadinessAnswer::DontKnow);
        }
        let report = evaluate(&answers);
        let gap = &report.readiness.dimensions[0];
        assert_eq!(
            explain_knowledge_gap(&INSTRUMENTS, gap, "en"),
            Some(format!("{}: {}", area.title.en(), area.knowledge_gap.en()))
        );
        let no_gap = &report.readiness.dimensions[1];
        assert_eq!(explain_knowledge_gap(&INSTRUMENTS, no_gap, "en"), None);
    }
}
