//! The health check of a partnership already running: every scoring rule, every branch of
//! the recommendation, the plan, its place in the report, and the results file with
//! health answers (`tests/fixtures/results-v3-health.json`, frozen once written).

mod common;

use partnership_engine::health::{
    self, BALANCE_STEP, IMBALANCE_ITEMS, PLAN_MAX, PLAN_MIN, RESULTS_AREA, check_health, min_areas,
};
use partnership_engine::plan::{LinkKind, PlanStepKind};
use partnership_engine::readiness::score_areas;
use partnership_engine::words::checkup;
use partnership_engine::*;

fn h() -> &'static partnership_engine::instrument::HealthInstrument {
    &INSTRUMENTS.health
}

fn rating(v: u8) -> Rating {
    Rating::new(v).expect("a rating within 0..=4")
}

/// Every statement of area `id` answered so that it scores `value` (reverse-coded ones
/// mirrored).
fn area(a: &mut Answers, id: &str, value: u8) {
    let dim = h().scored.dimension(id).expect("a health area");
    for item in dim.items {
        let v = if item.reverse { 4 - value } else { value };
        a.set_health(item.id, ReadinessAnswer::Scale(rating(v)));
    }
}

/// Every area scoring `value`.
fn all_areas(value: u8) -> Answers {
    let mut a = Answers::default();
    for d in h().scored.dimensions {
        area(&mut a, d.id, value);
    }
    a
}

fn balance(a: &mut Answers, benefits: u8, costs: u8) {
    a.set_balance(
        h().balance.benefits().id,
        TimingAnswer::Scale(rating(benefits)),
    );
    a.set_balance(h().balance.costs().id, TimingAnswer::Scale(rating(costs)));
}

/// The two imbalance statements answered as "not out of balance" (they are in the
/// fairness area, which `all_areas(3)` answers at 3: fine) or as out of balance.
fn set_imbalance(a: &mut Answers, out_of_balance: bool) {
    let carrying = IMBALANCE_ITEMS[1];
    let v = if out_of_balance { 4 } else { 0 };
    a.set_health(carrying, ReadinessAnswer::Scale(rating(v)));
}

#[test]
fn the_instrument_has_the_documented_shape() {
    let s = &h().scored;
    assert_eq!(s.meta.id, "health");
    assert_eq!(s.dimensions.len(), 6);
    for d in s.dimensions {
        assert!((4..=6).contains(&d.items.len()), "{}", d.id);
        assert!(d.items.iter().all(|i| i.id.starts_with("health.")));
    }
    assert!(s.dimensions.iter().flat_map(|d| d.items).any(|i| i.reverse));
    // The same validity rules and the readiness scale, texts and all.
    let r = &INSTRUMENTS.readiness;
    assert_eq!(s.min_answered_percent, r.min_answered_percent);
    assert_eq!(s.min_scored_items, r.min_scored_items);
    assert_eq!(s.knowledge_gap_percent, r.knowledge_gap_percent);
    assert_eq!(s.scale.options(), r.scale.options());
    for (a, b) in s.bands.iter().zip(&r.bands) {
        assert_eq!((a.band, a.min, a.max), (b.band, b.min, b.max));
    }
    // The rule's named statements and area exist.
    for id in IMBALANCE_ITEMS {
        assert!(s.item(id).is_some(), "{id}");
    }
    assert!(s.dimension(RESULTS_AREA).is_some());
    assert_eq!(min_areas(h()), 4);
    assert!(h().asks("health.balance.costs") && !h().asks("readiness.trust.keep-word"));
    let options = h().balance_options();
    assert_eq!(options[5], INSTRUMENTS.readiness.scale.dont_know);
    assert_eq!(
        TimingAnswer::from_option_index(5),
        Some(TimingAnswer::DontKnow)
    );
    assert_eq!(options[..5], h().balance.labels[..]);
}

#[test]
fn areas_are_scored_by_readiness_rules() {
    let mut a = all_areas(3);
    // Two of four answered: not enough, whatever they say.
    let together = h().scored.dimension("together").unwrap();
    for item in &together.items[2..] {
        a.set_health(item.id, None);
    }
    // "Not applicable" never carries an area: four of five and one answer is no score.
    let fairness = h().scored.dimension("fairness").unwrap();
    for item in &fairness.items[1..] {
        a.set_health(item.id, ReadinessAnswer::NotApplicable);
    }
    // Two "Don't know" of four: a knowledge gap.
    let learning = h().scored.dimension("learning").unwrap();
    for item in &learning.items[..2] {
        a.set_health(item.id, ReadinessAnswer::DontKnow);
    }
    let report = check_health(h(), &a);
    assert_eq!(report.areas, score_areas(&h().scored, &a.health));
    let get = |id: &str| report.areas.dimension(id).unwrap();
    assert_eq!(get("together").status, DimensionStatus::NotEnoughAnswers);
    assert_eq!(get("fairness").status, DimensionStatus::NotEnoughAnswers);
    assert_eq!(get("learning").status, DimensionStatus::NotEnoughAnswers);
    assert!(get("learning").knowledge_gap);
    assert_eq!(get("results").score, Some(75));
    assert_eq!(get("results").band, Some(ReadinessBand::Strength));
    assert_eq!(report.areas.valid_dimensions, 3);
    assert_eq!(report.areas.index, Some(75));
    // Readiness answers never reach the health check, nor health answers readiness.
    assert_eq!(evaluate(&a).readiness.valid_dimensions, 0);
}

#[test]
fn the_balance_weighs_benefits_against_costs() {
    let outcome = |b: Option<TimingAnswer>, c: Option<TimingAnswer>| {
        let mut a = Answers::default();
        a.set_balance(h().balance.benefits().id, b);
        a.set_balance(h().balance.costs().id, c);
        health::weigh_balance(h(), &a).outcome
    };
    let s = |v: u8| Some(TimingAnswer::Scale(rating(v)));
    assert_eq!(BALANCE_STEP, 1);
    assert_eq!(outcome(s(3), s(2)), BalanceOutcome::BenefitsOutweigh);
    assert_eq!(outcome(s(4), s(0)), BalanceOutcome::BenefitsOutweigh);
    assert_eq!(outcome(s(2), s(2)), BalanceOutcome::AboutEven);
    assert_eq!(outcome(s(1), s(2)), BalanceOutcome::CostsOutweigh);
    assert_eq!(outcome(s(3), None), BalanceOutcome::NotEnoughAnswers);
    assert_eq!(
        outcome(s(3), Some(TimingAnswer::DontKnow)),
        BalanceOutcome::NotEnoughAnswers
    );
    assert_eq!(outcome(None, None), BalanceOutcome::NotEnoughAnswers);
}

#[test]
fn the_imbalance_warning_follows_either_statement() {
    let mut a = all_areas(3);
    assert!(check_health(h(), &a).imbalance.is_empty());
    set_imbalance(&mut a, true);
    let report = check_health(h(), &a);
    assert_eq!(report.imbalance, [IMBALANCE_ITEMS[1]]);
    assert!(report.imbalance_warning());
    let mut a = all_areas(3);
    a.set_health(IMBALANCE_ITEMS[0], ReadinessAnswer::Scale(rating(1)));
    assert_eq!(check_health(h(), &a).imbalance, [IMBALANCE_ITEMS[0]]);
    // "Don't know" raises nothing.
    a.set_health(IMBALANCE_ITEMS[0], ReadinessAnswer::DontKnow);
    assert!(check_health(h(), &a).imbalance.is_empty());
}

#[test]
fn without_enough_answers_there_is_no_recommendation_but_a_list_of_what_to_answer() {
    // Three areas scored: one short of four.
    let mut a = Answers::default();
    for id in ["together", "communication", "results"] {
        area(&mut a, id, 3);
    }
    let fairness = h().scored.dimension("fairness").unwrap();
    a.set_health(fairness.items[0].id, ReadinessAnswer::Scale(rating(3)));
    balance(&mut a, 3, 1);
    let report = check_health(h(), &a);
    assert_eq!(report.recommendation, None);
    assert!(report.reasons.is_empty() && report.plan.is_empty());
    // Fairness has five statements: three needed, one given.
    assert!(report.missing.contains(&HealthMissing::Area {
        area: "fairness",
        more: 2
    }));
    assert!(report.missing.contains(&HealthMissing::Area {
        area: "continuity",
        more: 3
    }));
    assert!(!report.missing.contains(&HealthMissing::Balance));
    for m in &report.missing {
        assert!(!checkup::missing(h(), m).is_empty());
    }

    // Every area scored, the balance not: still none, and the balance is what is missing.
    let mut a = all_areas(4);
    a.set_balance(h().balance.costs().id, TimingAnswer::DontKnow);
    let report = check_health(h(), &a);
    assert_eq!(report.recommendation, None);
    assert_eq!(report.missing, [HealthMissing::Balance]);
}

fn recommend(a: &Answers) -> (Option<Recommendation>, Vec<HealthReasonKind>) {
    let report = check_health(h(), a);
    (
        report.recommendation,
        report.reasons.iter().map(|r| r.kind).collect(),
    )
}

#[test]
fn wind_down_well_when_it_costs_more_and_gets_no_results() {
    let mut a = all_areas(3);
    area(&mut a, RESULTS_AREA, 1);
    balance(&mut a, 1, 3);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::WindDown));
    assert_eq!(
        kinds,
        [
            HealthReasonKind::CostsOutweigh,
            HealthReasonKind::AreaUnderStrain
        ]
    );
    // Or when the whole partnership is under strain, results unknown.
    let mut a = all_areas(1);
    for item in h().scored.dimension(RESULTS_AREA).unwrap().items {
        a.set_health(item.id, ReadinessAnswer::DontKnow);
    }
    balance(&mut a, 0, 4);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::WindDown));
    assert_eq!(
        kinds[..2],
        [HealthReasonKind::CostsOutweigh, HealthReasonKind::Overall]
    );
}

#[test]
fn repair_when_an_area_is_under_strain_or_it_costs_more_than_it_gives() {
    // An area under strain, the balance good.
    let mut a = all_areas(4);
    area(&mut a, "communication", 0);
    balance(&mut a, 4, 1);
    let report = check_health(h(), &a);
    assert_eq!(report.recommendation, Some(Recommendation::Repair));
    let strain = report
        .reasons
        .iter()
        .find(|r| r.kind == HealthReasonKind::AreaUnderStrain)
        .expect("the strained area is a reason");
    assert_eq!(strain.area, Some("communication"));
    assert_eq!(strain.score, Some(0));

    // Costs outweigh, but every area is healthy and results hold: repair the deal.
    let mut a = all_areas(4);
    balance(&mut a, 1, 2);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::Repair));
    assert_eq!(kinds, [HealthReasonKind::CostsOutweigh]);
    // Its first step is about the costs: there is no area under strain to put on the agenda.
    let first = &check_health(h(), &a).plan[0];
    let deal = partnership_engine::catalogue::msg::CHECKUP_STEP_REPAIR_DEAL_OPEN;
    assert_eq!(first.text.map(|t| t.en()), Some(deal.en()));
}

#[test]
fn deepen_only_when_everything_points_the_same_way() {
    let mut a = all_areas(4);
    balance(&mut a, 4, 2);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::Deepen));
    assert_eq!(
        kinds,
        [
            HealthReasonKind::BenefitsOutweigh,
            HealthReasonKind::NoAreaUnderStrain,
            HealthReasonKind::Overall,
            HealthReasonKind::ResultsHealthy
        ]
    );
}

#[test]
fn keep_steady_names_what_holds_deepening_back() {
    // About even.
    let mut a = all_areas(4);
    balance(&mut a, 3, 3);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::KeepSteady));
    assert_eq!(kinds[0], HealthReasonKind::AboutEven);
    // Benefits outweigh, but the work is out of balance.
    let mut a = all_areas(4);
    set_imbalance(&mut a, true);
    balance(&mut a, 4, 1);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::KeepSteady));
    assert!(kinds.contains(&HealthReasonKind::Imbalance));
    // Benefits outweigh, but results together are only developing.
    let mut a = all_areas(4);
    area(&mut a, RESULTS_AREA, 2);
    balance(&mut a, 4, 1);
    let (r, kinds) = recommend(&a);
    assert_eq!(r, Some(Recommendation::KeepSteady));
    assert!(kinds.contains(&HealthReasonKind::ResultsNotHealthy));
    // Overall only developing.
    let mut a = all_areas(2);
    balance(&mut a, 4, 1);
    assert_eq!(recommend(&a).0, Some(Recommendation::KeepSteady));
}

#[test]
fn the_plan_has_three_to_five_steps_opening_and_closing_with_the_recommendation() {
    // Weak statements: their actions, the imbalance first.
    let mut a = all_areas(3);
    area(&mut a, "learning", 0);
    set_imbalance(&mut a, true);
    balance(&mut a, 3, 3);
    let report = check_health(h(), &a);
    assert_eq!(report.recommendation, Some(Recommendation::Repair));
    let plan = &report.plan;
    assert!((PLAN_MIN..=PLAN_MAX).contains(&plan.len()));
    assert_eq!(plan[0].kind, PlanStepKind::HealthRecommendation);
    assert_eq!(
        plan[plan.len() - 1].kind,
        PlanStepKind::HealthRecommendation
    );
    assert_eq!(plan.len(), PLAN_MAX);
    let second = &plan[1];
    assert_eq!(second.kind, PlanStepKind::HealthArea);
    assert!(
        second
            .links
            .iter()
            .any(|l| l.kind == LinkKind::Item && l.id == IMBALANCE_ITEMS[1])
    );
    let (_, item) = h().scored.item(IMBALANCE_ITEMS[1]).unwrap();
    assert_eq!(second.text, Some(item.action));

    // Nothing weak: the lowest area's action in the middle.
    let mut a = all_areas(3);
    area(&mut a, "continuity", 2);
    balance(&mut a, 3, 3);
    let report = check_health(h(), &a);
    assert_eq!(report.plan.len(), PLAN_MIN);
    let middle = &report.plan[1];
    assert_eq!(middle.links[0].id, "continuity");
    assert_eq!(
        middle.text,
        h().scored.dimension("continuity").map(|d| d.action)
    );

    // Winding down: its own three steps, no repairs.
    let mut a = all_areas(1);
    balance(&mut a, 0, 4);
    let report = check_health(h(), &a);
    assert_eq!(report.recommendation, Some(Recommendation::WindDown));
    assert_eq!(report.plan.len(), 3);
    assert!(
        report
            .plan
            .iter()
            .all(|s| s.kind == PlanStepKind::HealthRecommendation)
    );
    for step in &report.plan {
        assert!(!explain::action_text(step, "en").is_empty());
        assert!(!explain::explain_action(&INSTRUMENTS, step, "en").is_empty());
    }
}

#[test]
fn the_report_carries_the_health_check_where_it_fits() {
    // Nothing about health and a stage before running: no health check.
    let mut a = Answers {
        stage: Some(Stage::Design),
        ..Answers::default()
    };
    assert_eq!(evaluate(&a).health, None);
    // Running: the health check is there, even unanswered (no recommendation yet).
    a.stage = Some(Stage::Implementation);
    let report = evaluate(&a);
    let health = report.health.as_ref().expect("a running partnership");
    assert_eq!(health.recommendation, None);
    assert!(
        report
            .action_plan
            .iter()
            .any(|s| s.kind == PlanStepKind::Stage)
    );

    // Answered with readiness too: the stage's fixed step gives way to the health plan's.
    let mut a = all_areas(3);
    area(&mut a, "learning", 0);
    balance(&mut a, 3, 2);
    a.stage = Some(Stage::Evaluation);
    let mut with_readiness = a.clone();
    for item in INSTRUMENTS.readiness.dimensions[0].items {
        with_readiness.set_readiness(item.id, ReadinessAnswer::Scale(rating(2)));
    }
    let report = evaluate(&with_readiness);
    assert!(!health::is_main(&with_readiness));
    assert!(
        report
            .action_plan
            .iter()
            .all(|s| s.kind != PlanStepKind::Stage)
    );
    assert!(
        report
            .action_plan
            .iter()
            .any(|s| s.kind == PlanStepKind::HealthArea)
    );

    // The health check alone: the plan is the health plan.
    assert!(health::is_main(&a));
    let report = evaluate(&a);
    let health = report.health.as_ref().unwrap();
    assert_eq!(report.action_plan, health.plan);
    assert_eq!(report.health_plan(), Some(health.plan.as_slice()));
    assert!(!summary::first_steps(&report).is_empty());
}

#[test]
fn a_health_area_is_explained_like_a_readiness_area() {
    let mut a = all_areas(3);
    let learning = h().scored.dimension("learning").unwrap();
    for item in &learning.items[..2] {
        a.set_health(item.id, ReadinessAnswer::DontKnow);
    }
    let report = check_health(h(), &a);
    let together = report.areas.dimension("together").unwrap();
    let first = together.drivers[0];
    let why = explain::explain_driver(&INSTRUMENTS, &first, "en");
    let (_, item) = h().scored.item(first.item).unwrap();
    assert_eq!(why.statement, item.text.en());
    let gap = report.areas.dimension("learning").unwrap();
    let note = explain::explain_knowledge_gap(&INSTRUMENTS, gap, "en").expect("a gap");
    assert!(note.contains(learning.knowledge_gap.en()), "{note}");
    let moved = explain::explain_dimension_driver(&INSTRUMENTS, &report.areas.drivers[0], "en");
    assert!(!moved.contains("An area of readiness"), "{moved}");
    assert_eq!(
        explain::area_status_text(&h().scored, together, "en"),
        "75 (Healthy)"
    );
    // The health check alone takes about five minutes, as its introduction says.
    assert_eq!(
        flow::estimated_minutes(&INSTRUMENTS, flow::Scope::Health),
        5
    );
    assert!(h().scored.meta.intro.en().contains("five minutes"));
}

#[test]
fn a_health_check_taken_alone_is_saved_work() {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([5; 16]),
        Timestamp::from_unix_millis(0),
    );
    a.answers = all_areas(3);
    balance(&mut a.answers, 3, 2);
    let asked = flow::questions(&INSTRUMENTS, flow::Scope::Health) as usize;
    let expected = format!("{asked} questions answered");
    assert_eq!(explain::saved_work(&INSTRUMENTS, &a), expected);
    // Counted once when the stage brings it into the full assessment.
    a.answers.stage = Some(Stage::Evaluation);
    let expected = format!("{} questions answered", asked + 1);
    assert_eq!(explain::saved_work(&INSTRUMENTS, &a), expected);
}

#[test]
fn every_reason_and_label_is_a_sentence() {
    let cases = {
        let mut out = Vec::new();
        let mut a = all_areas(3);
        area(&mut a, RESULTS_AREA, 1);
        balance(&mut a, 1, 3);
        out.push(a);
        let mut a = all_areas(4);
        balance(&mut a, 4, 2);
        out.push(a);
        let mut a = all_areas(4);
        set_imbalance(&mut a, true);
        area(&mut a, RESULTS_AREA, 2);
        balance(&mut a, 2, 2);
        out.push(a);
        out
    };
    for a in &cases {
        let report = check_health(h(), a);
        let r = report.recommendation.expect("enough answers");
        assert!(!checkup::recommendation(r).text().is_empty());
        assert!(!checkup::recommendation_summary(r).is_empty());
        assert_eq!(checkup::recommendation_id(r.id()), Some(r));
        for reason in &report.reasons {
            let sentence = checkup::reason(h(), &report, reason);
            assert!(
                !sentence.is_empty() && !sentence.contains('{'),
                "{sentence}"
            );
            if let Some(area) = reason.area {
                let title = h().scored.dimension(area).unwrap().title.show();
                assert!(sentence.contains(title), "{sentence}");
            }
        }
        assert!(checkup::overall(h(), &report).contains("out of 100"));
        assert!(checkup::balance_answers(h(), &report.balance).is_some());
        assert!(!checkup::rests_on(&report).is_empty());
    }
    assert_eq!(checkup::recommendation_id("stay"), None);
}

/// A running partnership's results file with health answers: the fixture of format 3.
fn health_assessment() -> Assessment {
    let mut a = common::example_assessment();
    let mut answers = all_areas(3);
    area(&mut answers, "learning", 1);
    set_imbalance(&mut answers, true);
    let together = h().scored.dimension("together").unwrap();
    answers.set_health(together.items[0].id, ReadinessAnswer::DontKnow);
    answers.set_health(together.items[1].id, ReadinessAnswer::NotApplicable);
    answers.set_balance(h().balance.benefits().id, TimingAnswer::Scale(rating(3)));
    answers.set_balance(h().balance.costs().id, TimingAnswer::DontKnow);
    a.answers.health = answers.health;
    a.answers.balance = answers.balance;
    a.answers.stage = Some(Stage::Implementation);
    a
}

const FIXTURE_V3_HEALTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/results-v3-health.json"
);

#[test]
fn a_file_with_health_answers_imports_forever() {
    if std::env::var("UPDATE_FIXTURE").is_ok_and(|v| v == "1")
        && !std::path::Path::new(FIXTURE_V3_HEALTH).exists()
    {
        std::fs::write(FIXTURE_V3_HEALTH, export(&health_assessment()) + "\n").unwrap();
    }
    let bytes = std::fs::read(FIXTURE_V3_HEALTH).expect("the v3 health fixture exists");
    let imported = import(&bytes).expect("the v3 health fixture imports");
    assert_eq!(imported.format_version, 3);
    assert_eq!(imported.warnings, []);
    let expected = health_assessment();
    assert_eq!(imported.assessment.answers.health, expected.answers.health);
    assert_eq!(
        imported.assessment.answers.balance,
        expected.answers.balance
    );
    let report = evaluate(&imported.assessment.answers);
    let health = report.health.expect("health answered");
    assert_eq!(health.balance.outcome, BalanceOutcome::NotEnoughAnswers);
    assert_eq!(health.missing, [HealthMissing::Balance]);
    assert!(health.imbalance_warning());
    // And it writes back as it was read.
    assert_eq!(
        import(export(&imported.assessment).as_bytes())
            .map(|i| i.assessment)
            .as_ref(),
        Ok(&imported.assessment)
    );
}

#[test]
fn the_v3_fixture_loads_forever() {
    // Written once by `UPDATE_FIXTURE=1 cargo test --test health` when format 3 was
    // released: the example assessment, which answers no health question.
    let imported = common::frozen_fixture(common::FIXTURE_V3, 3);
    assert_eq!(
        imported.assessment.answers,
        common::example_assessment().answers
    );
}

#[test]
fn the_spreadsheet_has_the_health_check() {
    let mut a = health_assessment();
    balance(&mut a.answers, 3, 3);
    let sheet = csv::export_csv(&a);
    let rows: Vec<&str> = sheet
        .lines()
        .filter(|l| l.starts_with("\"Partnership health\""))
        .collect();
    assert!(
        rows.iter()
            .any(|r| r.contains("\"index\",\"Overall partnership health\""))
    );
    for q in &h().balance.questions {
        assert!(rows.iter().any(|r| r.contains(q.id)), "{}", q.id);
    }
    let rec = check_health(h(), &a.answers)
        .recommendation
        .expect("enough answers");
    let name = checkup::recommendation(rec).en();
    assert!(
        rows.iter()
            .any(|r| r.contains("\"recommendation\"") && r.contains(name))
    );
    assert!(rows.iter().any(|r| r.contains("\"health.plan.1\"")));
    // Each statement has its row under its area, with the value scored.
    for item in h().scored.dimensions.iter().flat_map(|d| d.items) {
        assert!(sheet.contains(&format!("\"{}\"", item.id)), "{}", item.id);
    }
}

#[test]
fn older_files_import_with_no_health_answers() {
    for (path, version) in [(common::FIXTURE_V1, 1), (common::FIXTURE_V2, 2)] {
        let imported = common::frozen_fixture(path, version);
        assert!(imported.assessment.answers.health.is_empty());
        assert!(imported.assessment.answers.balance.is_empty());
    }
}

#[test]
fn health_answers_that_are_wrong_are_errors_and_unknown_ones_warnings() {
    let mut doc: serde_json::Value = serde_json::from_str(&export(&health_assessment())).unwrap();
    doc["answers"]["health"]["health.together.no-such"] = serde_json::json!(2);
    doc["answers"]["balance"]["health.balance.joy"] = serde_json::json!(2);
    let imported = import(doc.to_string().as_bytes()).expect("unknown ids are dropped");
    assert_eq!(imported.warnings.len(), 2);
    doc["answers"]["balance"]["health.balance.costs"] = serde_json::json!("not-applicable");
    let err = import(doc.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("health.balance.costs"), "{err}");
    doc["answers"]["balance"]["health.balance.costs"] = serde_json::json!(1);
    doc["answers"]["health"]["health.results.evidence"] = serde_json::json!(5);
    let err = import(doc.to_string().as_bytes()).unwrap_err();
    assert!(err.to_string().contains("health.results.evidence"), "{err}");
    doc["answers"]["health"] = serde_json::json!([1, 2]);
    assert!(import(doc.to_string().as_bytes()).is_err());
}

#[test]
fn under_the_stage_the_health_plan_or_the_offer_of_the_health_check() {
    let mut a = Answers {
        stage: Some(Stage::Design),
        ..Answers::default()
    };
    assert_eq!(evaluate(&a).stage_steps(), StageSteps::Fixed);
    a.stage = Some(Stage::Implementation);
    assert_eq!(evaluate(&a).stage_steps(), StageSteps::OfferHealth);
    let mut running = all_areas(3);
    balance(&mut running, 3, 1);
    running.stage = Some(Stage::Evaluation);
    let report = evaluate(&running);
    let plan = report.health.as_ref().map(|h| h.plan.as_slice());
    assert!(plan.is_some_and(|p| !p.is_empty()));
    assert_eq!(Some(report.stage_steps()), plan.map(StageSteps::Health));
}

#[test]
fn what_is_missing_is_answered_in_its_own_section() {
    use partnership_engine::flow::health_missing_section;
    for (n, d) in h().scored.dimensions.iter().enumerate() {
        let m = HealthMissing::Area {
            area: d.id,
            more: 1,
        };
        assert_eq!(
            health_missing_section(&INSTRUMENTS, &m),
            Section::HealthArea(n)
        );
    }
    let balance = HealthMissing::Balance;
    assert_eq!(
        health_missing_section(&INSTRUMENTS, &balance),
        Section::Balance
    );
}

#[test]
fn a_comparison_has_health_only_when_a_side_has_the_health_check() {
    let mut readiness = Answers::default();
    let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
    readiness.set_readiness(first, ReadinessAnswer::Scale(rating(3)));
    let plain = evaluate(&readiness);
    assert!(!compare::compare(&plain, &plain).has_health());
    let mut checked = all_areas(2);
    balance(&mut checked, 2, 2);
    let health = evaluate(&checked);
    assert!(compare::compare(&plain, &health).has_health());
    assert!(compare::compare(&health, &plain).has_health());
    let (before, now) = compare::compare(&plain, &health).recommendation;
    let sentence = checkup::compared_recommendation(before, now);
    assert!(sentence.contains(checkup::recommendation(now.expect("a recommendation")).text()));
}

#[test]
fn the_start_screen_offers_the_health_check_as_a_running_partnership() {
    use partnership_engine::words::start;
    assert_eq!(
        start::scope_label(&INSTRUMENTS, Scope::Health),
        checkup::start_offer()
    );
    assert_eq!(
        start::scope_help(Scope::Health),
        Some(checkup::start_offer_help())
    );
    assert_eq!(
        start::scope_label(&INSTRUMENTS, Scope::Full),
        start::begin_full()
    );
    assert_eq!(start::scope_help(Scope::Timing), None);
    assert_eq!(
        start::scope_label(&INSTRUMENTS, Scope::Timing),
        INSTRUMENTS.timing.meta.title.en()
    );
}
