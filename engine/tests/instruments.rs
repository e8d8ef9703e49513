//! The generated real instruments: shapes the UI relies on, and the whole pipeline end to
//! end on the real data.

mod common;

use common::*;
use partnership_engine::*;
use std::collections::BTreeSet;

#[test]
fn the_generated_instruments_have_the_documented_shape() {
    let i = &INSTRUMENTS;
    assert_eq!(i.readiness.dimensions.len(), 8);
    assert!(
        i.readiness
            .dimensions
            .iter()
            .all(|d| (4..=6).contains(&d.items.len()) && d.weight >= 1)
    );
    assert!(i.readiness.dimension(instrument::TRUST_DIMENSION).is_some());
    assert_eq!(i.barriers.barriers.len(), 11);
    assert!(
        i.barriers
            .barriers
            .iter()
            .all(|b| (2..=3).contains(&b.mitigations.len()))
    );
    assert_eq!(i.reflection.prompts.len(), 4);
    assert_eq!(i.depth.ambition.options.len(), 4);
    assert_eq!(i.barriers.band_for(16).level, RiskLevel::Critical);
    assert!(i.barriers.band(RiskLevel::Critical).blocks_go);
    let ids: Vec<&str> = i.versions().iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [
            "readiness",
            "barriers",
            "timing",
            "depth",
            "reflection",
            "health"
        ]
    );
}

#[test]
fn every_item_id_is_unique_and_english_comes_first() {
    let i = &INSTRUMENTS;
    let mut ids = BTreeSet::new();
    let t = &i.timing;
    let all = i
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter().map(|x| (x.id, x.text)))
        .chain(i.barriers.barriers.iter().map(|b| (b.id, b.title)))
        .chain(
            t.triggers
                .iter()
                .chain(t.preconditions)
                .map(|q| (q.id, q.text)),
        )
        .chain(t.warnings.iter().map(|w| (w.id, w.text)))
        .chain(i.reflection.prompts.iter().map(|p| (p.id, p.text)));
    for (id, text) in all {
        assert!(ids.insert(id), "duplicate {id}");
        assert!(!text.en().trim().is_empty(), "{id} has no English");
        assert_eq!(
            text.get("fr"),
            text.en(),
            "{id}: a language without a pack is English"
        );
    }
}

#[test]
fn a_ready_organisation_at_the_right_moment_is_told_to_act_now() {
    let mut a = Answers::default();
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            a.set_readiness(item.id, scale(if item.reverse { 0 } else { 4 }));
        }
    }
    let t = &INSTRUMENTS.timing;
    for q in t.triggers.iter().chain(t.preconditions) {
        a.set_timing(q.id, timing(4));
    }
    a.ambition = Some(DepthLevel::CollectiveImpact);
    // Without the barrier scan there is no "act now": nobody has looked for what could sink it.
    assert_eq!(evaluate(&a).timing.verdict, TimingVerdict::StartSmall);
    for b in INSTRUMENTS.barriers.barriers {
        a.set_barrier(b.id, Some(r(0)), None);
    }
    let report = evaluate(&a);
    assert_eq!(report.readiness.index, Some(100));
    assert_eq!(report.readiness.band, Some(ReadinessBand::Strength));
    assert_eq!(report.timing.verdict, TimingVerdict::ActNow);
    assert_eq!(report.depth.recommended, Some(DepthLevel::CollectiveImpact));
    // A single critical barrier turns it into "start small".
    let barrier = INSTRUMENTS.barriers.barriers[0].id;
    a.set_barrier(barrier, Some(r(4)), Some(r(4)));
    let report = evaluate(&a);
    assert_eq!(report.timing.verdict, TimingVerdict::StartSmall);
    assert_eq!(report.action_plan[0].kind, PlanStepKind::BlockingBarrier);
    assert_eq!(report.action_plan[0].links[0].id, barrier);
}

#[test]
fn the_worst_answers_give_not_yet_and_a_full_plan() {
    let mut a = Answers::default();
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            a.set_readiness(item.id, scale(if item.reverse { 4 } else { 0 }));
        }
    }
    let report = evaluate(&a);
    assert_eq!(report.readiness.index, Some(0));
    assert_eq!(report.timing.verdict, TimingVerdict::NotYet);
    assert_eq!(
        report.depth.recommended,
        Some(DepthLevel::ResourceCoordination)
    );
    assert_eq!(report.action_plan.len(), 5);
    assert!(
        report
            .action_plan
            .iter()
            .all(|s| s.kind == PlanStepKind::ConcernDimension && s.text.is_some())
    );
}

#[test]
fn every_linked_id_has_a_text() {
    // Everything a report can link to resolves to a text for the UI.
    let i = &INSTRUMENTS;
    let t = &i.timing;
    let ids = i
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| std::iter::once(d.id).chain(d.items.iter().map(|x| x.id)))
        .chain(
            i.barriers
                .barriers
                .iter()
                .flat_map(|b| std::iter::once(b.id).chain(b.mitigations.iter().map(|m| m.id))),
        )
        .chain(t.triggers.iter().chain(t.preconditions).map(|q| q.id))
        .chain(t.warnings.iter().map(|w| w.id))
        .chain(i.reflection.prompts.iter().map(|p| p.id))
        .chain([i.depth.ambition.id, i.depth.stage_question.id]);
    for id in ids {
        assert!(i.text_of(id).is_some_and(|t| !t.en().is_empty()), "{id}");
    }
}
