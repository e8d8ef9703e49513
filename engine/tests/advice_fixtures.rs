//! Crafted result files, one per finding of issue 12, each holding answers that used to
//! produce advice a board would reject. Each file imports and gives the corrected advice.
//!
//! The files in `tests/fixtures/advice-*.json` are written once from the builders below
//! (`UPDATE_FIXTURE=1 cargo test -p partnership-engine --test advice_fixtures` writes only
//! the missing ones) and then kept as they are: they stand for files people will open
//! again, and the browser test `tests/advice.rs` imports two of them.

mod common;

use partnership_engine::instrument::DepthLevel;
use partnership_engine::*;

fn r(v: u8) -> Rating {
    Rating::new(v).expect("a rating")
}

fn crafted(n: u8, name: &str) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([
            0x12, n, 0x4c, 0x61, 0x7d, 0x0e, 0x4b, 0x12, 0x9a, 0x55, 0x61, 0xc3, 0x08, 0xde, 0x77,
            n,
        ]),
        Timestamp::parse("2026-11-28T21:00:00.000Z").expect("valid time"),
    );
    a.set_organization_name(name);
    a
}

/// Every statement of every area answered at the top (problem statements at the bottom).
fn all_ready(a: &mut Answers) {
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            a.set_readiness(
                item.id,
                ReadinessAnswer::Scale(r(if item.reverse { 0 } else { 4 })),
            );
        }
    }
}

fn all_timing_strong(a: &mut Answers) {
    let t = &INSTRUMENTS.timing;
    for q in t.triggers.iter().chain(t.preconditions) {
        a.set_timing(q.id, TimingAnswer::Scale(r(4)));
    }
    for w in t.warnings {
        a.set_timing(w.id, TimingAnswer::Scale(r(0)));
    }
}

fn no_barriers(a: &mut Answers) {
    for b in INSTRUMENTS.barriers.barriers {
        a.set_barrier(b.id, Some(r(0)), None);
    }
}

/// Finding 1: only the timing questions, all at the top, and one readiness area.
fn finding_1() -> Assessment {
    let mut a = crafted(1, "Crafted: act now with nothing behind it");
    all_timing_strong(&mut a.answers);
    for item in INSTRUMENTS.readiness.dimensions[0].items {
        a.answers.set_readiness(
            item.id,
            ReadinessAnswer::Scale(r(if item.reverse { 0 } else { 4 })),
        );
    }
    a
}

/// Finding 2: ready, strong timing, one critical barrier, no ambition answered.
fn finding_2() -> Assessment {
    let mut a = crafted(2, "Crafted: depth beyond the verdict");
    all_ready(&mut a.answers);
    all_timing_strong(&mut a.answers);
    no_barriers(&mut a.answers);
    a.answers
        .set_barrier("barriers.turf", Some(r(4)), Some(r(4)));
    a
}

/// Finding 3: areas carried by "Not applicable": trust on one answer and four N/A, time
/// and people on two answers with the problem statement marked N/A.
fn finding_3() -> Assessment {
    let mut a = crafted(3, "Crafted: not applicable carries an area");
    all_ready(&mut a.answers);
    let trust = INSTRUMENTS.readiness.dimension("trust").expect("trust");
    for (i, item) in trust.items.iter().enumerate() {
        let answer = if i == 0 {
            ReadinessAnswer::Scale(r(4))
        } else {
            ReadinessAnswer::NotApplicable
        };
        a.answers.set_readiness(item.id, answer);
    }
    for id in [
        "readiness.capacity.logistics",
        "readiness.capacity.agree-load",
        "readiness.capacity.stretched",
    ] {
        a.answers.set_readiness(id, ReadinessAnswer::NotApplicable);
    }
    a
}

/// Finding 4: everything says "act now", and a funder would set the pace "Completely".
fn finding_4() -> Assessment {
    let mut a = crafted(4, "Crafted: warning beside act now");
    all_ready(&mut a.answers);
    all_timing_strong(&mut a.answers);
    no_barriers(&mut a.answers);
    a.answers
        .set_timing("timing.warning.funding-pace", TimingAnswer::Scale(r(4)));
    a.answers.ambition = Some(DepthLevel::StrategicAlliance);
    a
}

/// Finding 5: a weak area whose weakest answer has its own advice, and a stage.
fn finding_5() -> Assessment {
    let mut a = crafted(5, "Crafted: the most specific advice");
    all_ready(&mut a.answers);
    for item in INSTRUMENTS
        .readiness
        .dimension("capacity")
        .expect("capacity")
        .items
    {
        let v = if item.reverse { 2 } else { 1 };
        a.answers
            .set_readiness(item.id, ReadinessAnswer::Scale(r(v)));
    }
    a.answers.set_readiness(
        "readiness.capacity.coordinator",
        ReadinessAnswer::Scale(r(0)),
    );
    a.answers
        .set_timing("timing.trigger.new-funding", TimingAnswer::Scale(r(1)));
    a.answers.stage = Some(Stage::Design);
    a
}

/// Finding 6: every barrier "Not present" with no harm rating, one present and rated.
fn finding_6() -> Assessment {
    let mut a = crafted(6, "Crafted: harm for absent barriers");
    no_barriers(&mut a.answers);
    a.answers
        .set_barrier("barriers.communication", Some(r(2)), Some(r(3)));
    a
}

/// Finding 7: a partner map with an organisation added without ratings (as a new one is),
/// one rated on fit only, and one fully rated; ready answers, so the plan has room for the
/// partner map's steps.
fn finding_7() -> Assessment {
    use partners::{Candidate, Offer, PartnerRating::*, Ratings, Sector};
    let mut a = crafted(7, "Crafted: unrated partners look rated");
    all_ready(&mut a.answers);
    all_timing_strong(&mut a.answers);
    no_barriers(&mut a.answers);
    let offer = |id| Offer::from_id(id).expect("an offer");
    for id in ["lived-experience", "volunteers", "space", "data"] {
        a.partners.set_need(offer(id), true).expect("a need");
    }
    let mut tenants = Candidate::new(
        "Eastside Tenants' Association",
        Sector::from_id("grassroots").expect("grassroots"),
    )
    .expect("a name");
    tenants.offers = [offer("lived-experience"), offer("volunteers")]
        .into_iter()
        .collect();
    let mut library = Candidate::new(
        "Riverside Library",
        Sector::from_id("government").expect("government"),
    )
    .expect("a name");
    library.offers = [offer("space")].into_iter().collect();
    library.ratings.mission_alignment = Some(High);
    library.ratings.resource_complementarity = Some(High);
    library.ratings.relationship_potential = Some(High);
    let mut food_bank = Candidate::new(
        "Northside Food Bank",
        Sector::from_id("nonprofit").expect("nonprofit"),
    )
    .expect("a name");
    food_bank.offers = [offer("volunteers")].into_iter().collect();
    food_bank.ratings = Ratings {
        mission_alignment: High,
        resource_complementarity: Medium,
        relationship_potential: High,
        capacity_to_engage: Medium,
        existing_trust: Medium,
    }
    .into();
    for c in [tenants, library, food_bank] {
        a.partners.add(c).expect("room");
    }
    a
}

/// A crafted file's name and the builder of its assessment.
type Fixture = (&'static str, fn() -> Assessment);

const FIXTURES: [Fixture; 7] = [
    ("advice-1-act-now-without-evidence.json", finding_1),
    ("advice-2-depth-beyond-the-verdict.json", finding_2),
    ("advice-3-not-applicable-carries-an-area.json", finding_3),
    ("advice-4-warning-beside-act-now.json", finding_4),
    ("advice-5-the-most-specific-advice.json", finding_5),
    ("advice-6-harm-for-absent-barriers.json", finding_6),
    ("advice-7-unrated-partner.json", finding_7),
];

/// The report of the crafted file `name`, imported from disk (written first when
/// `UPDATE_FIXTURE=1` and missing).
fn report_of(name: &str) -> (Imported, Report) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var("UPDATE_FIXTURE").is_ok_and(|v| v == "1")
        && !std::path::Path::new(&path).exists()
    {
        let (_, build) = FIXTURES
            .iter()
            .find(|(n, _)| *n == name)
            .expect("a known fixture");
        std::fs::write(&path, export(&build()) + "\n").expect("written");
    }
    let bytes = std::fs::read(&path).unwrap_or_else(|_| panic!("{name} exists"));
    let imported = import(&bytes).unwrap_or_else(|e| panic!("{name} imports: {e}"));
    assert!(
        imported.warnings.is_empty(),
        "{name}: {:?}",
        imported.warnings
    );
    let report = evaluate(&imported.assessment.answers);
    (imported, report)
}

#[test]
fn every_crafted_file_still_matches_its_builder() {
    for (name, build) in FIXTURES {
        let (imported, _) = report_of(name);
        assert_eq!(imported.assessment, build(), "{name}");
    }
}

#[test]
fn finding_1_no_act_now_without_readiness_and_barrier_evidence() {
    let (_, report) = report_of(FIXTURES[0].0);
    let t = &report.timing;
    assert!(t.strong_timing);
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::ReadinessEvidenceThin {
        valid: 1,
        total: 8,
        needed: 6
    }));
    assert!(t.reasons.contains(&TimingReason::BarrierScanIncomplete {
        unrated: 11,
        total: 11
    }));
    let said: Vec<String> = t
        .reasons
        .iter()
        .map(|r| explain::explain_timing_reason(&INSTRUMENTS, r, "en"))
        .collect();
    assert!(
        said.iter()
            .any(|s| s.contains("rests on only 1 of 8 areas")),
        "{said:#?}"
    );
    assert!(
        said.iter()
            .any(|s| s.starts_with("11 of 11 possible barriers are not rated yet")),
        "{said:#?}"
    );
}

#[test]
fn finding_2_depth_never_beside_a_contradicting_verdict() {
    let (_, report) = report_of(FIXTURES[1].0);
    assert_eq!(report.timing.verdict, TimingVerdict::StartSmall);
    assert_eq!(report.readiness.index, Some(100));
    assert_eq!(report.depth.ambition, None);
    assert_eq!(
        report.depth.recommended,
        Some(DepthLevel::ResourceCoordination)
    );
    assert_eq!(
        report.depth.limits,
        vec![
            DepthLimit::CriticalBarrier {
                barrier: "barriers.turf",
                level: DepthLevel::ResourceCoordination
            },
            DepthLimit::Verdict {
                verdict: TimingVerdict::StartSmall,
                level: DepthLevel::ProgramCollaboration
            },
        ]
    );
    let said = explain::explain_depth_limit(&INSTRUMENTS, &report.depth.limits[0], "en");
    assert_eq!(
        said,
        "“Turf and pride” is a critical risk, so start no deeper than “Sharing resources” until it is dealt with."
    );
}

#[test]
fn finding_3_not_applicable_never_carries_an_area() {
    let (_, report) = report_of(FIXTURES[2].0);
    for id in ["trust", "capacity"] {
        let d = report.readiness.dimension(id).expect("an area");
        assert_eq!(
            (d.status, d.score),
            (DimensionStatus::NotEnoughAnswers, None),
            "{id}"
        );
    }
    assert_eq!(report.readiness.valid_dimensions, 6);
    // The status counts all the area's statements, so "1 of 6", never "1 of 1".
    let trust = report.readiness.dimension("trust").expect("trust");
    assert_eq!(
        explain::dimension_status_text(&INSTRUMENTS, trust, "en"),
        format!("Not enough answers yet (1 of {} answered)", trust.items)
    );
    // The other six areas still count, and the index rests on them.
    assert_eq!(report.readiness.index, Some(100));
}

#[test]
fn finding_4_a_warning_at_completely_caps_the_verdict() {
    let (_, report) = report_of(FIXTURES[3].0);
    let t = &report.timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::WarningSignCaps {
        warning: "timing.warning.funding-pace",
        value: 4
    }));
    assert!(report.depth.recommended <= Some(DepthLevel::ProgramCollaboration));
    let said: Vec<String> = t
        .reasons
        .iter()
        .map(|r| explain::explain_timing_reason(&INSTRUMENTS, r, "en"))
        .collect();
    assert!(
        said.iter().any(
            |s| s.starts_with("A warning sign holds this back to starting small")
                && s.contains("“Completely”")
        ),
        "{said:#?}"
    );
}

#[test]
fn finding_5_the_plan_gives_the_weakest_answers_own_advice_and_the_stages_step() {
    let (_, report) = report_of(FIXTURES[4].0);
    let step = report
        .action_plan
        .iter()
        .find(|s| s.kind == PlanStepKind::ConcernDimension)
        .expect("capacity is a concern");
    let (_, coordinator) = INSTRUMENTS
        .readiness
        .item("readiness.capacity.coordinator")
        .expect("item");
    assert_eq!(step.text, Some(coordinator.action));
    assert_eq!(step.links[0].id, "capacity");
    assert_eq!(
        step.links[1].id, "readiness.capacity.coordinator",
        "the weakest answer first"
    );
    let stage = report
        .action_plan
        .iter()
        .find(|s| s.kind == PlanStepKind::Stage)
        .expect("a stage step");
    assert_eq!(
        stage.text,
        INSTRUMENTS
            .depth
            .stage(Stage::Design)
            .next_steps
            .first()
            .copied()
    );
}

#[test]
fn finding_6_a_barrier_not_present_needs_no_harm_rating() {
    let (imported, report) = report_of(FIXTURES[5].0);
    assert!(report.barriers.unrated.is_empty());
    assert_eq!(
        report.barriers.ranked.len(),
        INSTRUMENTS.barriers.barriers.len()
    );
    assert_eq!(report.barriers.ranked[0].barrier, "barriers.communication");
    assert_eq!(report.barriers.ranked[0].risk, 6);
    assert!(report.barriers.ranked[1..].iter().all(|b| b.risk == 0));
    let section = flow::Section::Barriers;
    assert_eq!(
        section.answered(&INSTRUMENTS, &imported.assessment.answers),
        section.questions(&INSTRUMENTS),
        "the barrier section is complete"
    );
    assert!(
        !report
            .timing
            .reasons
            .iter()
            .any(|r| matches!(r, TimingReason::BarrierScanIncomplete { .. }))
    );
}

#[test]
fn finding_7_an_unrated_partner_never_looks_rated() {
    use partners::table::{Direction, SortKey, row_summary, sorted_positions};
    use partners::{GivenRatings, analyse};
    let (imported, _) = report_of(FIXTURES[6].0);
    let map = &imported.assessment.partners;
    let cs = map.candidates();
    // Added without ratings: none, and no priority; rated on fit only: still none, since
    // capacity or trust could make it later; fully rated: Immediate.
    assert_eq!(cs[0].ratings, GivenRatings::default());
    let levels: Vec<Option<Priority>> = cs.iter().map(|c| c.priority_level()).collect();
    assert_eq!(levels, [None, None, Some(Priority::Immediate)]);
    let portfolio = analyse(map);
    let row = row_summary(&portfolio, 0, &cs[0]);
    assert_eq!(row.priority, None);
    assert_eq!(row.missing.len(), 5);
    assert_eq!(
        words::partners::priority_needs(&row_summary(&portfolio, 1, &cs[1]).missing),
        "No priority yet: rate capacity to engage and existing trust to see one."
    );
    // Sorted by priority either way, the unrated come last, in list order.
    for direction in [Direction::Ascending, Direction::Descending] {
        assert_eq!(
            sorted_positions(cs, Some((SortKey::Priority, direction))),
            [2, 0, 1]
        );
    }
    // Off the opportunity matrix until rated.
    assert_eq!(partners::table::matrix_points(cs, &portfolio).len(), 1);
    // In the covering set only for what no rated organisation brings, and flagged.
    for m in &portfolio.cover.members {
        assert_eq!(m.unrated, m.candidate != 2, "{m:?}");
    }
    // The plan names the rated Immediate organisation, never an unrated one, and the need
    // nobody brings.
    let report =
        evaluate_with_partners(&INSTRUMENTS, &imported.assessment.answers, map, &portfolio);
    let first = report
        .action_plan
        .iter()
        .find(|s| s.kind == PlanStepKind::PartnerFirst)
        .expect("a step naming whom to talk to first");
    assert_eq!(
        first.partner,
        Some(PartnerSource {
            position: 3,
            name: "Northside Food Bank".to_owned()
        })
    );
    assert_eq!(
        explain::action_text(first, "en"),
        "Talk to “Northside Food Bank” first: arrange a conversation about what each of you \
         would want from working together, before anything is promised."
    );
    let gap = report
        .action_plan
        .iter()
        .find(|s| s.kind == PlanStepKind::PartnerGap)
        .expect("a step naming the gap");
    assert_eq!(
        gap.links,
        [Link {
            kind: LinkKind::Need,
            id: "data"
        }]
    );
    // The file written from it says the same: no ratings and no priority for the
    // organisation nobody rated, the plan with both partner steps.
    let written: serde_json::Value =
        serde_json::from_str(&export(&imported.assessment)).expect("JSON");
    let tenants = &written["partners"]["candidates"][0];
    assert_eq!(tenants["ratings"], serde_json::json!({}));
    assert!(tenants.get("priority").is_none());
    let kinds: Vec<&str> = written["results"]["actionPlan"]
        .as_array()
        .expect("a plan")
        .iter()
        .filter_map(|s| s["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"partner-first") && kinds.contains(&"partner-gap"),
        "{kinds:?}"
    );
}
