//! Properties of the health check over generated answers: it never panics, the
//! recommendation never contradicts the area bands or the balance, every reason rests on
//! answers actually given, the plan keeps its length, and the reader of health answers
//! never panics on any value.

mod common;

use partnership_engine::health::{PLAN_MAX, PLAN_MIN, RESULTS_AREA, check_health, min_areas};
use partnership_engine::plan::LinkKind;
use partnership_engine::words::checkup;
use partnership_engine::*;
use proptest::prelude::*;

fn h() -> &'static partnership_engine::instrument::HealthInstrument {
    &INSTRUMENTS.health
}

/// One statement's answer: nothing, "Don't know", "Not applicable" or 0..=4. Answers on
/// the scale are the most likely, so that most cases get a recommendation.
fn statement() -> impl Strategy<Value = Option<ReadinessAnswer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(ReadinessAnswer::DontKnow)),
        1 => Just(Some(ReadinessAnswer::NotApplicable)),
        8 => (0..=Rating::MAX).prop_map(|v| Rating::new(v).map(ReadinessAnswer::Scale)),
    ]
}

fn amount() -> impl Strategy<Value = Option<TimingAnswer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(TimingAnswer::DontKnow)),
        6 => (0..=Rating::MAX).prop_map(|v| Rating::new(v).map(TimingAnswer::Scale)),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    let items: Vec<&'static str> = h()
        .scored
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter().map(|i| i.id))
        .collect();
    (
        proptest::collection::vec(statement(), items.len()),
        amount(),
        amount(),
        proptest::option::of(0..5usize),
    )
        .prop_map(move |(given, benefits, costs, stage)| {
            let mut a = Answers::default();
            for (id, answer) in items.iter().zip(given) {
                a.set_health(id, answer);
            }
            a.set_balance(h().balance.benefits().id, benefits);
            a.set_balance(h().balance.costs().id, costs);
            a.stage = stage.and_then(|s| Stage::ALL.get(s).copied());
            a
        })
}

/// Whether `id` is answered on a scale (a statement or a balance question).
fn answered_on_scale(a: &Answers, id: &str) -> bool {
    matches!(a.health.get(id), Some(ReadinessAnswer::Scale(_)))
        || matches!(a.balance.get(id), Some(TimingAnswer::Scale(_)))
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn the_recommendation_never_contradicts_the_bands_or_the_balance(a in answers()) {
        let report = check_health(h(), &a);
        let areas = &report.areas;
        let strained = areas.in_band(ReadinessBand::Concern).count();
        let outcome = report.balance.outcome;
        let results_band = areas.dimension(RESULTS_AREA).and_then(|d| d.band);
        match report.recommendation {
            Some(Recommendation::Deepen) => {
                prop_assert_eq!(outcome, BalanceOutcome::BenefitsOutweigh);
                prop_assert_eq!(strained, 0);
                prop_assert_eq!(areas.band, Some(ReadinessBand::Strength));
                prop_assert_eq!(results_band, Some(ReadinessBand::Strength));
                prop_assert!(report.imbalance.is_empty());
            }
            Some(Recommendation::KeepSteady) => {
                prop_assert!(matches!(outcome, BalanceOutcome::BenefitsOutweigh | BalanceOutcome::AboutEven));
                prop_assert_eq!(strained, 0);
            }
            Some(Recommendation::Repair) => {
                prop_assert!(outcome == BalanceOutcome::CostsOutweigh || strained > 0);
            }
            Some(Recommendation::WindDown) => {
                prop_assert_eq!(outcome, BalanceOutcome::CostsOutweigh);
                prop_assert!(
                    results_band == Some(ReadinessBand::Concern)
                        || areas.band == Some(ReadinessBand::Concern)
                );
            }
            None => {
                prop_assert!(
                    areas.valid_dimensions < min_areas(h())
                        || outcome == BalanceOutcome::NotEnoughAnswers
                );
                prop_assert!(report.reasons.is_empty() && report.plan.is_empty());
            }
        }
        if report.recommendation.is_some() {
            prop_assert!(areas.valid_dimensions >= min_areas(h()));
            prop_assert!(outcome != BalanceOutcome::NotEnoughAnswers);
            prop_assert!(report.missing.is_empty());
            prop_assert!((PLAN_MIN..=PLAN_MAX).contains(&report.plan.len()));
        }
        if outcome == BalanceOutcome::NotEnoughAnswers {
            prop_assert!(report.missing.contains(&HealthMissing::Balance));
        }
    }

    #[test]
    fn every_reason_and_plan_step_rests_on_answers_given(a in answers()) {
        let report = check_health(h(), &a);
        for reason in &report.reasons {
            prop_assert!(!reason.items.is_empty(), "{:?}", reason);
            for id in &reason.items {
                prop_assert!(answered_on_scale(&a, id), "{} in {:?}", id, reason);
            }
            // A reason about an area names a scored area in the band it claims.
            let band = reason.area.and_then(|id| report.areas.dimension(id)).and_then(|d| d.band);
            match reason.kind {
                HealthReasonKind::AreaUnderStrain => prop_assert_eq!(band, Some(ReadinessBand::Concern)),
                HealthReasonKind::ResultsHealthy => prop_assert_eq!(band, Some(ReadinessBand::Strength)),
                HealthReasonKind::ResultsNotHealthy => {
                    prop_assert!(band.is_some() && band != Some(ReadinessBand::Strength));
                }
                HealthReasonKind::Overall => prop_assert_eq!(reason.score, report.areas.index),
                HealthReasonKind::NoAreaUnderStrain => {
                    prop_assert_eq!(report.areas.in_band(ReadinessBand::Concern).count(), 0);
                }
                HealthReasonKind::Imbalance => prop_assert!(report.imbalance_warning()),
                HealthReasonKind::CostsOutweigh => {
                    prop_assert_eq!(report.balance.outcome, BalanceOutcome::CostsOutweigh);
                }
                HealthReasonKind::BenefitsOutweigh => {
                    prop_assert_eq!(report.balance.outcome, BalanceOutcome::BenefitsOutweigh);
                }
                HealthReasonKind::AboutEven => {
                    prop_assert_eq!(report.balance.outcome, BalanceOutcome::AboutEven);
                }
            }
            prop_assert!(!checkup::reason(h(), &report, reason).is_empty());
        }
        for step in &report.plan {
            prop_assert!(step.text.is_some());
            for link in step.links.iter().filter(|l| l.kind == LinkKind::Item) {
                prop_assert!(answered_on_scale(&a, link.id), "{}", link.id);
            }
        }
        for id in &report.imbalance {
            prop_assert!(answered_on_scale(&a, id));
        }
    }

    #[test]
    fn the_report_and_the_file_carry_the_health_check_whole(a in answers()) {
        let report = evaluate(&a);
        let running = a.stage.is_some_and(Stage::is_running);
        let answered = !a.health.is_empty() || !a.balance.is_empty();
        prop_assert_eq!(report.health.is_some(), running || answered);
        prop_assert!(report.action_plan.len() <= plan::ACTION_PLAN_LEN);
        let mut assessment = Assessment::new(
            ResultId::from_random_bytes([7; 16]),
            Timestamp::from_unix_millis(1_772_355_600_000),
        );
        assessment.answers = a;
        let back = import(export(&assessment).as_bytes()).map(|i| i.assessment);
        prop_assert_eq!(back.as_ref(), Ok(&assessment));
    }

    /// The reader's new paths: any JSON value under any id of `answers.health` and
    /// `answers.balance` is read, dropped with a warning or refused with a message, never
    /// a panic.
    #[test]
    fn reading_any_health_answer_never_panics(
        values in proptest::collection::vec(json_value(), 0..6),
        ids in proptest::collection::vec(0..40usize, 0..6),
        whole in json_value(),
    ) {
        let known: Vec<&str> = h()
            .scored
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(|i| i.id))
            .chain(h().balance.questions.iter().map(|q| q.id))
            .collect();
        let mut doc: serde_json::Value =
            serde_json::from_str(&export(&Assessment::new(
                ResultId::from_random_bytes([9; 16]),
                Timestamp::from_unix_millis(0),
            )))
            .unwrap();
        for (i, (value, id)) in values.into_iter().zip(ids).enumerate() {
            let id = known.get(id).map_or_else(|| format!("health.x.{id}"), |k| (*k).to_owned());
            let section = if i % 2 == 0 { "health" } else { "balance" };
            doc["answers"][section][id] = value;
        }
        for text in [doc.to_string(), {
            doc["answers"]["balance"] = whole;
            doc.to_string()
        }] {
            match import(text.as_bytes()) {
                Ok(imported) => {
                    let _ = evaluate(&imported.assessment.answers);
                    for w in &imported.warnings {
                        prop_assert!(!w.to_string().is_empty());
                    }
                }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{Value, json};
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..9).prop_map(|n| json!(n)),
        any::<i64>().prop_map(|n| json!(n)),
        Just(json!(2.5)),
        Just(json!("dont-know")),
        Just(json!("not-applicable")),
        ".{0,12}".prop_map(Value::String),
        Just(json!([1, 2])),
        Just(json!({ "presence": 2 })),
    ]
}
