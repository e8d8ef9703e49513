//! Plain-language explanations of what the engine concluded: the answers that moved a
//! score, the reasons behind the timing verdict, what the next depth needs, why each step
//! is in the action plan, and the status of a readiness area.
//!
//! The shell shows these sentences as they are; it never builds an explanation itself.
//! Instrument texts come in the respondent's language via [`Text::get`]; the connecting
//! words are English for now (the only language the instruments have).

use crate::answers::ReadinessAnswer;
use crate::depth::MissingThreshold;
use crate::document::Assessment;
use crate::instrument::{Instruments, TRUST_DIMENSION};
use crate::plan::{LinkKind, PlanStep, PlanStepKind};
use crate::readiness::{DimensionDriver, DimensionStatus, ItemDriver, ReadinessScore};
use crate::text::Text;
use crate::timing::TimingReason;

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
    match (score.status, score.score, score.band) {
        (DimensionStatus::Scored, Some(_), Some(band)) => {
            instruments.readiness.band(band).label.get(lang)
        }
        (DimensionStatus::NotApplicable, ..) => "Not applicable",
        _ => "Not enough answers",
    }
}

/// A readiness area's status as the results screen shows it: "62 (Developing)", "Not
/// applicable", or "Not enough answers yet (2 of 5 answered)".
pub fn dimension_status_text(
    instruments: &'static Instruments,
    score: &ReadinessScore,
    lang: &str,
) -> String {
    let label = dimension_status_label(instruments, score, lang);
    match (score.status, score.score) {
        (DimensionStatus::Scored, Some(s)) if score.band.is_some() => format!("{s} ({label})"),
        (DimensionStatus::NotApplicable, _) => label.to_owned(),
        _ => format!(
            "{label} yet ({} of {} answered)",
            // Of all the area's statements: "Not applicable" does not shrink the share.
            score.answered,
            score.items
        ),
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
    let statement = instruments
        .readiness
        .item(driver.item)
        .map_or(driver.item, |(_, item)| item.text.get(lang));
    let answer = instruments.readiness.scale.labels[usize::from(driver.answer.min(4))].get(lang);
    let size = driver.effect.unsigned_abs();
    let direction = match driver.effect {
        e if e > 0 => "Raised the score",
        e if e < 0 => "Lowered the score",
        _ => "Left the score at the midpoint",
    };
    let mut effect = if size == 0 {
        direction.to_owned()
    } else {
        format!("{direction} by {size} points from the midpoint of 50")
    };
    if driver.reversed {
        effect.push_str(
            ". This statement describes a problem, so agreeing with it counts against readiness",
        );
    }
    effect.push('.');
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
    let title = dimension_title(instruments, driver.dimension, lang);
    let score = driver.score;
    let size = driver.effect.unsigned_abs();
    match driver.effect {
        e if e > 0 => format!(
            "“{title}” scored {score}, {size} points above the midpoint, which raised the overall score."
        ),
        e if e < 0 => format!(
            "“{title}” scored {score}, {size} points below the midpoint, which lowered the overall score."
        ),
        _ => format!("“{title}” scored {score}, exactly the midpoint."),
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
    text.unwrap_or(id).to_owned()
}

fn how_true(instruments: &'static Instruments, value: u8, lang: &str) -> &'static str {
    instruments.timing.labels[usize::from(value.min(4))].get(lang)
}

fn barrier_title(instruments: &'static Instruments, id: &str, lang: &str) -> &'static str {
    instruments
        .barriers
        .barrier(id)
        .map_or("A barrier", |b| b.title.get(lang))
}

fn dimension_title(instruments: &'static Instruments, id: &str, lang: &str) -> &'static str {
    instruments
        .readiness
        .dimension(id)
        .map_or("An area of readiness", |d| d.title.get(lang))
}

/// One reason behind the timing verdict, in a sentence.
pub fn explain_timing_reason(
    instruments: &'static Instruments,
    reason: &TimingReason,
    lang: &str,
) -> String {
    match *reason {
        TimingReason::StrongTrigger { item, value } => format!(
            "A reason to act now: “{}” You answered “{}”.",
            timing_question(instruments, item, lang),
            how_true(instruments, value, lang)
        ),
        TimingReason::TooFewStrongTriggers { strong: 0, .. } => {
            "No pressing reason to start yet: none of the reasons to act now is at least “Mostly” true.".to_owned()
        }
        TimingReason::TooFewStrongTriggers { strong, needed } => format!(
            "Not enough pressing reasons to start yet: {strong} of the reasons to act now are at least “Mostly” true, and {needed} are needed."
        ),
        TimingReason::PreconditionMet { item, value } => format!(
            "In place: “{}” You answered “{}”.",
            timing_question(instruments, item, lang),
            how_true(instruments, value, lang)
        ),
        TimingReason::PreconditionNotMet { item, value } => format!(
            "Not in place yet: “{}” You answered “{}”; it needs to be at least “Mostly” true.",
            timing_question(instruments, item, lang),
            how_true(instruments, value, lang)
        ),
        TimingReason::PreconditionUnknown { item } => format!(
            "Not known: “{}” Without an answer this counts as not in place.",
            timing_question(instruments, item, lang)
        ),
        TimingReason::ReadinessIndexMet { index, min } => {
            format!("Your overall readiness is {index}, at or above the {min} needed.")
        }
        TimingReason::ReadinessIndexLow { index, min } => {
            format!("Your overall readiness is {index}, below the {min} needed.")
        }
        TimingReason::ReadinessEvidenceThin {
            valid: 0, needed, ..
        } => format!(
            "Your readiness is not known yet: no area has enough answers. Answer the statements in at least {needed} areas before relying on this verdict."
        ),
        TimingReason::ReadinessEvidenceThin {
            valid,
            total,
            needed,
        } => format!(
            "Your overall readiness rests on only {valid} of {total} areas, too few to rely on. Answer enough statements in at least {needed} areas to count it."
        ),
        TimingReason::BarrierScanIncomplete { unrated, total } => format!(
            "{unrated} of {total} possible barriers are not rated yet, so a serious risk could be hidden. Rate each one: how present it is today and, if it is present, how much harm it could do."
        ),
        TimingReason::WarningSignCaps { warning, value } => format!(
            "A warning sign holds this back to starting small: “{}” You answered “{}”.",
            timing_question(instruments, warning, lang),
            how_true(instruments, value, lang)
        ),
        TimingReason::BlockingBarrier { barrier, risk } => format!(
            "“{}” is a critical risk ({risk} out of 16). Deal with it before anything larger than a small trial.",
            barrier_title(instruments, barrier, lang)
        ),
    }
}

/// What still stands between the respondent and a depth level, in a sentence.
pub fn explain_missing_threshold(
    instruments: &'static Instruments,
    threshold: &MissingThreshold,
    lang: &str,
) -> String {
    let (what, needed, current) = match *threshold {
        MissingThreshold::ReadinessIndex { needed, current } => {
            ("Overall readiness".to_owned(), needed, current)
        }
        MissingThreshold::Trust { needed, current } => (
            format!(
                "The “{}” score",
                dimension_title(instruments, TRUST_DIMENSION, lang)
            ),
            needed,
            current,
        ),
    };
    match current {
        Some(c) => format!("{what} needs to reach {needed}; it is {c} now."),
        None => format!(
            "{what} needs to reach {needed}; there are not enough answers to work it out yet."
        ),
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
    let level = |l: crate::instrument::DepthLevel| instruments.depth.level(l).title.get(lang);
    match *limit {
        DepthLimit::Verdict { verdict, level: l } => format!(
            "The timing verdict is “{}”, so start no deeper than “{}”.",
            instruments.timing.verdict(verdict).title.get(lang),
            level(l)
        ),
        DepthLimit::CriticalBarrier { barrier, level: l } => format!(
            "“{}” is a critical risk, so start no deeper than “{}” until it is dealt with.",
            barrier_title(instruments, barrier, lang),
            level(l)
        ),
        DepthLimit::Ambition { level: l } => format!(
            "You said you hope to go as far as “{}”, so nothing deeper is suggested.",
            level(l)
        ),
    }
}

/// Why a step is in the action plan, in a sentence.
pub fn explain_action(instruments: &'static Instruments, action: &PlanStep, lang: &str) -> String {
    let first = action.links.first().map_or("", |l| l.id);
    match action.kind {
        PlanStepKind::BlockingBarrier => format!(
            "Because “{}” is a critical risk that could sink the partnership.",
            barrier_title(instruments, first, lang)
        ),
        PlanStepKind::HighBarrier => format!(
            "Because “{}” is a high risk.",
            barrier_title(instruments, first, lang)
        ),
        PlanStepKind::ConcernDimension => format!(
            "Because “{}” scored as a concern.",
            dimension_title(instruments, first, lang)
        ),
        PlanStepKind::DevelopingDimension => format!(
            "Because “{}” is still developing.",
            dimension_title(instruments, first, lang)
        ),
        PlanStepKind::KnowledgeGap => format!(
            "Because many answers about “{}” were “Don't know”.",
            dimension_title(instruments, first, lang)
        ),
        PlanStepKind::WarningSign => format!(
            "Because of a warning sign you see now: “{}”",
            timing_question(instruments, first, lang)
        ),
        PlanStepKind::Stage => {
            let title = crate::instrument::Stage::from_id(first)
                .map_or("", |s| instruments.depth.stage(s).title.get(lang));
            format!("Because you said where you are now: “{title}”.")
        }
        PlanStepKind::TimingVerdict => {
            let title = instruments
                .timing
                .verdicts
                .iter()
                .find(|v| v.verdict.id() == first)
                .map_or("", |v| v.title.get(lang));
            format!("Because the timing verdict is “{title}”.")
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
    let answered =
        crate::flow::progress(instruments, crate::flow::Scope::Full, &assessment.answers).answered;
    work_counts(answered as usize, assessment.partners.len())
}

/// [`saved_work`] from its two counts: questions answered, organisations listed.
pub fn work_counts(answered: usize, listed: usize) -> String {
    let organizations = match listed {
        1 => "1 organization listed".to_string(),
        n => format!("{n} organizations listed"),
    };
    let questions = match answered {
        1 => "1 question answered".to_string(),
        n => format!("{n} questions answered"),
    };
    match (answered, listed) {
        (_, 0) => questions,
        (0, _) => organizations,
        _ => format!("{questions} and {organizations}"),
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
    format!(
        "“{}” You answered “{}”. {}",
        e.statement, e.answer, e.effect
    )
}

/// How a barrier's risk was worked out, under its name in the results: the risk out of
/// [`crate::barriers::MAX_RISK`] and the two ratings multiplied to get it.
pub fn explain_barrier_risk(
    instruments: &'static Instruments,
    risk: &crate::barriers::BarrierRisk,
    lang: &str,
) -> String {
    let b = &instruments.barriers;
    let label =
        |labels: &'static [Text], i: u8| labels.get(usize::from(i)).map_or("", |t| t.get(lang));
    format!(
        "Risk {} of {}: present “{}” × harm “{}”.",
        risk.risk,
        crate::barriers::MAX_RISK,
        label(&b.presence_labels, risk.presence),
        label(&b.harm_labels, risk.harm)
    )
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
    Some(format!("{} {}", w.text.get(lang), w.advice.get(lang)))
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
    let d = instruments.readiness.dimension(score.dimension)?;
    Some(format!(
        "{}: {}",
        d.title.get(lang),
        d.knowledge_gap.get(lang)
    ))
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
        };
        assert_eq!(
            explain_action(&INSTRUMENTS, &verdict, "en"),
            "Because the timing verdict is “Not yet”."
        );
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
