//! Every scoring rule against small hand-made instruments, with hand-computed expectations.

mod common;

use common::*;
use partnership_engine::readiness::ItemDriver;
use partnership_engine::*;

const DK: ReadinessAnswer = ReadinessAnswer::DontKnow;
const NA: ReadinessAnswer = ReadinessAnswer::NotApplicable;

fn score_of(instruments: &'static Instruments, answers: &Answers, dim: &str) -> ReadinessScore {
    evaluate_with(instruments, answers)
        .readiness
        .dimension(dim)
        .cloned()
        .expect("dimension")
}

// ---------------------------------------------------------------------------------------
// Readiness

#[test]
fn reverse_coding_scores_four_minus_the_answer() {
    let ins = instruments_with(
        vec![Dim {
            id: "trust",
            weight: 1,
            reverse: vec![false, false, false, true],
        }],
        LEVELS,
    );
    let mut a = Answers::default();
    // Agreeing fully with everything: the reversed item scores 0, so 12 of 16 = 75.
    answer_dim(&mut a, "trust", &[scale(4), scale(4), scale(4), scale(4)]);
    let s = score_of(ins, &a, "trust");
    assert_eq!(s.score, Some(75));
    let reversed = s
        .drivers
        .iter()
        .find(|d| d.item == "readiness.trust.i3")
        .unwrap();
    assert_eq!(
        (
            reversed.answer,
            reversed.value,
            reversed.reversed,
            reversed.effect
        ),
        (4, 0, true, -50)
    );
    // Disagreeing fully with the reversed item: it scores 4, so 16 of 16 = 100.
    a.set_readiness("readiness.trust.i3", scale(0));
    assert_eq!(score_of(ins, &a, "trust").score, Some(100));
    // Reverse of the midpoint is the midpoint.
    a.set_readiness("readiness.trust.i3", scale(2));
    assert_eq!(score_of(ins, &a, "trust").score, Some(88)); // 14/16 = 87.5 -> 88
}

#[test]
fn band_boundaries_at_49_50_74_75() {
    // 25 items: the score is exactly the sum of values, so every boundary is reachable.
    let ins = instruments_with(vec![dim("trust", 1, 25)], LEVELS);
    for (sum, band) in [
        (0, ReadinessBand::Concern),
        (49, ReadinessBand::Concern),
        (50, ReadinessBand::Developing),
        (74, ReadinessBand::Developing),
        (75, ReadinessBand::Strength),
        (100, ReadinessBand::Strength),
    ] {
        let mut a = Answers::default();
        answer_sum(&mut a, "trust", 25, sum);
        let s = score_of(ins, &a, "trust");
        assert_eq!(s.score, Some(sum as u8), "sum {sum}");
        assert_eq!(s.band, Some(band), "score {sum}");
    }
}

#[test]
fn the_real_bands_cut_at_50_and_75() {
    let r = &INSTRUMENTS.readiness;
    assert_eq!(r.band_for(0), ReadinessBand::Concern);
    assert_eq!(r.band_for(49), ReadinessBand::Concern);
    assert_eq!(r.band_for(50), ReadinessBand::Developing);
    assert_eq!(r.band_for(74), ReadinessBand::Developing);
    assert_eq!(r.band_for(75), ReadinessBand::Strength);
    assert_eq!(r.band_for(100), ReadinessBand::Strength);
}

#[test]
fn dimension_score_rounds_half_up_in_integers() {
    // (200 * sum + 4n) / (8n)
    let cases = [
        (3, 5, 42),  // 41.67
        (8, 1, 3),   // 3.125
        (4, 2, 13),  // 12.5 rounds up
        (6, 7, 29),  // 29.17
        (6, 11, 46), // 45.83
        (6, 17, 71), // 70.83
        (4, 11, 69), // 68.75
        (5, 13, 65), // exactly 65
    ];
    for (n, sum, expected) in cases {
        let ins = instruments_with(vec![dim("trust", 1, n)], LEVELS);
        let mut a = Answers::default();
        answer_sum(&mut a, "trust", n, sum);
        assert_eq!(
            score_of(ins, &a, "trust").score,
            Some(expected),
            "n {n}, sum {sum}"
        );
    }
}

#[test]
fn sixty_percent_of_all_items_and_three_answers_must_be_given() {
    let ins = instruments_with(
        vec![dim("trust", 1, 5), dim("other", 1, 4), dim("six", 1, 6)],
        LEVELS,
    );
    let mut a = Answers::default();
    // 3 of 5 = 60%: scored.
    answer_dim(&mut a, "trust", &[scale(4), scale(4), scale(0)]);
    let s = score_of(ins, &a, "trust");
    assert_eq!(
        (s.status, s.score, s.answered, s.applicable),
        (DimensionStatus::Scored, Some(67), 3, 5)
    );
    // 2 of 5 = 40%, the rest "Don't know": not enough answers.
    answer_dim(&mut a, "trust", &[scale(4), scale(4), DK, DK, DK]);
    let s = score_of(ins, &a, "trust");
    assert_eq!(
        (s.status, s.score, s.band),
        (DimensionStatus::NotEnoughAnswers, None, None)
    );
    assert!(s.drivers.is_empty());
    // 2 answered, 2 not applicable, 1 don't know: "Not applicable" no longer shrinks the
    // share (2 of 5 = 40%), so it cannot carry the area.
    answer_dim(&mut a, "trust", &[scale(4), scale(2), NA, NA, DK]);
    let s = score_of(ins, &a, "trust");
    assert_eq!(
        (s.status, s.score, s.applicable),
        (DimensionStatus::NotEnoughAnswers, None, 3)
    );
    // 4 "Not applicable" and 1 answer: never a score.
    answer_dim(&mut a, "trust", &[scale(4), NA, NA, NA, NA]);
    assert_eq!(
        score_of(ins, &a, "trust").status,
        DimensionStatus::NotEnoughAnswers
    );
    // 3 answered and 2 "Not applicable": 3 of 5, three answers: scored on those three.
    answer_dim(&mut a, "trust", &[scale(4), scale(2), scale(3), NA, NA]);
    let s = score_of(ins, &a, "trust");
    assert_eq!(
        (s.status, s.score, s.applicable),
        (DimensionStatus::Scored, Some(75), 3)
    );
    // 4 items: 2 answered = 50%: not enough; 3 = 75%: scored.
    answer_dim(&mut a, "other", &[scale(1), scale(1)]);
    assert_eq!(
        score_of(ins, &a, "other").status,
        DimensionStatus::NotEnoughAnswers
    );
    a.set_readiness("readiness.other.i2", scale(1));
    assert_eq!(score_of(ins, &a, "other").score, Some(25));
    // 6 items: 3 = 50% not enough, 4 = 67% scored.
    answer_dim(&mut a, "six", &[scale(2), scale(2), scale(2)]);
    assert_eq!(
        score_of(ins, &a, "six").status,
        DimensionStatus::NotEnoughAnswers
    );
    a.set_readiness("readiness.six.i3", scale(2));
    assert_eq!(score_of(ins, &a, "six").score, Some(50));
}

#[test]
fn all_not_applicable_is_not_applicable_and_left_out_of_the_index() {
    let ins = instruments();
    let mut a = Answers::default();
    answer_dim(&mut a, "trust", &[NA, NA, NA, NA]);
    answer_dim(&mut a, "other", &[scale(4), scale(4), scale(4), scale(4)]);
    let report = evaluate_with(ins, &a);
    let trust = report.readiness.dimension("trust").unwrap();
    assert_eq!(
        (trust.status, trust.applicable, trust.score),
        (DimensionStatus::NotApplicable, 0, None)
    );
    assert_eq!(report.readiness.index, Some(100));
    assert_eq!(
        (
            report.readiness.valid_dimensions,
            report.readiness.total_dimensions
        ),
        (1, 2)
    );
}

#[test]
fn nothing_answered_gives_no_index() {
    let report = evaluate_with(instruments(), &Answers::default());
    assert_eq!(report.readiness.index, None);
    assert_eq!(report.readiness.band, None);
    assert_eq!(report.readiness.valid_dimensions, 0);
    assert!(
        report
            .readiness
            .dimensions
            .iter()
            .all(|d| d.status == DimensionStatus::NotEnoughAnswers)
    );
}

#[test]
fn knowledge_gap_at_forty_percent_dont_know() {
    let ins = instruments_with(vec![dim("trust", 1, 5)], LEVELS);
    let mut a = Answers::default();
    answer_dim(
        &mut a,
        "trust",
        &[scale(3), scale(3), scale(3), scale(3), DK],
    );
    let s = score_of(ins, &a, "trust");
    assert_eq!(
        (s.dont_know, s.dont_know_percent, s.knowledge_gap),
        (1, 20, false)
    );
    answer_dim(&mut a, "trust", &[scale(3), scale(3), scale(3), DK, DK]);
    let s = score_of(ins, &a, "trust");
    assert_eq!(
        (s.dont_know, s.dont_know_percent, s.knowledge_gap),
        (2, 40, true)
    );
    assert_eq!(
        s.status,
        DimensionStatus::Scored,
        "a knowledge gap can sit beside a score"
    );
    // Not applicable leaves the denominator: 1 of 4 applicable = 25%, no gap.
    answer_dim(&mut a, "trust", &[scale(3), scale(3), scale(3), NA, DK]);
    let s = score_of(ins, &a, "trust");
    assert_eq!((s.dont_know_percent, s.knowledge_gap), (25, false));
}

#[test]
fn overall_index_is_the_weighted_mean_of_valid_dimensions() {
    let ins = instruments_with(
        vec![dim("trust", 1, 4), dim("other", 3, 4), dim("third", 2, 4)],
        LEVELS,
    );
    let mut a = Answers::default();
    answer_dim(&mut a, "trust", &[scale(4), scale(4), scale(4), scale(4)]); // 100
    answer_dim(&mut a, "other", &[scale(0), scale(0), scale(0), scale(0)]); // 0
    // third: not enough answers, left out.
    answer_dim(&mut a, "third", &[scale(4)]);
    let r = evaluate_with(ins, &a).readiness;
    assert_eq!(r.index, Some(25)); // (100*1 + 0*3) / 4
    assert_eq!(r.band, Some(ReadinessBand::Concern));
    assert_eq!((r.valid_dimensions, r.total_dimensions), (2, 3));
    // Drivers: other moves the index most (3 * 50), then trust (1 * 50).
    let order: Vec<(&str, i8)> = r.drivers.iter().map(|d| (d.dimension, d.effect)).collect();
    assert_eq!(order, vec![("other", -50), ("trust", 50)]);
}

#[test]
fn overall_index_rounds_half_up() {
    let ins = instruments();
    let mut a = Answers::default();
    answer_dim(&mut a, "trust", &[scale(2), scale(2), scale(2), scale(2)]); // 50
    answer_dim(&mut a, "other", &[scale(2), scale(2), scale(2), scale(3)]); // 56.25 -> 56
    assert_eq!(evaluate_with(ins, &a).readiness.index, Some(53)); // 106 / 2
    answer_dim(&mut a, "other", &[scale(2), scale(2), scale(3), scale(3)]); // 62.5 -> 63
    assert_eq!(evaluate_with(ins, &a).readiness.index, Some(57)); // 113 / 2 = 56.5 -> 57
}

#[test]
fn drivers_list_the_answers_that_moved_the_score_most() {
    let ins = instruments_with(
        vec![Dim {
            id: "trust",
            weight: 1,
            reverse: vec![false, false, true, false, false],
        }],
        LEVELS,
    );
    let mut a = Answers::default();
    answer_dim(
        &mut a,
        "trust",
        &[scale(3), scale(2), scale(4), DK, scale(4)],
    );
    let s = score_of(ins, &a, "trust");
    // values 3, 2, 0 (reversed), 4 -> sum 9 of 16 -> 56.25 -> 56 = 50 + mean(25, 0, -50, 50)
    assert_eq!(s.score, Some(56));
    let d = |item: &'static str, answer, value, reversed, effect| ItemDriver {
        item,
        answer,
        value,
        reversed,
        effect,
    };
    assert_eq!(
        s.drivers,
        vec![
            d("readiness.trust.i2", 4, 0, true, -50),
            d("readiness.trust.i4", 4, 4, false, 50),
            d("readiness.trust.i0", 3, 3, false, 25),
            d("readiness.trust.i1", 2, 2, false, 0),
        ]
    );
    assert_eq!(
        score_of(ins, &a, "trust").low_items().collect::<Vec<_>>(),
        vec!["readiness.trust.i2"]
    );
}

#[test]
fn answers_with_unknown_ids_are_ignored_by_scoring() {
    let ins = instruments();
    let mut a = Answers::default();
    a.set_readiness("readiness.nope.i0", scale(4));
    a.set_barrier("barriers.nope", Some(r(4)), Some(r(4)));
    a.set_timing("timing.trigger.nope", timing(4));
    assert_eq!(
        evaluate_with(ins, &a),
        evaluate_with(ins, &Answers::default())
    );
}

// ---------------------------------------------------------------------------------------
// Barriers

#[test]
fn risk_is_presence_times_harm_banded() {
    let ins = instruments();
    for (p, h, risk, level, blocks) in [
        (0, 4, 0, RiskLevel::Low, false),
        (1, 3, 3, RiskLevel::Low, false),
        (2, 2, 4, RiskLevel::Moderate, false),
        (1, 4, 4, RiskLevel::Moderate, false),
        (2, 4, 8, RiskLevel::High, false),
        (3, 3, 9, RiskLevel::High, false),
        (3, 4, 12, RiskLevel::Critical, true),
        (4, 4, 16, RiskLevel::Critical, true),
    ] {
        let mut a = Answers::default();
        a.set_barrier("barriers.a", Some(r(p)), Some(r(h)));
        let b = evaluate_with(ins, &a).barriers;
        let risk_of = b.barrier("barriers.a").copied().unwrap();
        assert_eq!(
            (risk_of.risk, risk_of.level, risk_of.blocks_go),
            (risk, level, blocks),
            "{p} x {h}"
        );
    }
}

#[test]
fn a_barrier_needs_both_ratings() {
    let ins = instruments();
    let mut a = Answers::default();
    a.set_barrier("barriers.a", Some(r(4)), None);
    a.set_barrier("barriers.b", None, Some(r(4)));
    let b = evaluate_with(ins, &a).barriers;
    assert!(b.ranked.is_empty());
    assert_eq!(b.unrated, vec!["barriers.a", "barriers.b", "barriers.c"]);
}

#[test]
fn barriers_rank_by_risk_then_harm_then_file_order() {
    let ins = instruments();
    let mut a = Answers::default();
    a.set_barrier("barriers.a", Some(r(4)), Some(r(2))); // 8, harm 2
    a.set_barrier("barriers.b", Some(r(2)), Some(r(4))); // 8, harm 4
    a.set_barrier("barriers.c", Some(r(3)), Some(r(4))); // 12
    let order: Vec<&str> = evaluate_with(ins, &a)
        .barriers
        .ranked
        .iter()
        .map(|b| b.barrier)
        .collect();
    assert_eq!(order, vec!["barriers.c", "barriers.b", "barriers.a"]);
}

// ---------------------------------------------------------------------------------------
// Timing

/// Strong or weak triggers, met or unmet preconditions; readiness index 75 on both areas;
/// every barrier rated "not present", so the evidence for a verdict is complete.
fn timing_answers(strong: bool, met: bool) -> Answers {
    let mut a = Answers::default();
    answer_dim(&mut a, "trust", &[scale(3), scale(3), scale(3), scale(3)]);
    answer_dim(&mut a, "other", &[scale(3), scale(3), scale(3), scale(3)]);
    for b in ["barriers.a", "barriers.b", "barriers.c"] {
        a.set_barrier(b, Some(r(0)), None);
    }
    a.set_timing("timing.trigger.t1", timing(if strong { 3 } else { 2 }));
    a.set_timing("timing.trigger.t2", timing(1));
    a.set_timing("timing.precondition.p1", timing(4));
    a.set_timing("timing.precondition.p2", timing(if met { 3 } else { 2 }));
    a
}

#[test]
fn every_verdict_quadrant() {
    let ins = instruments();
    for (strong, met, verdict) in [
        (true, true, TimingVerdict::ActNow),
        (true, false, TimingVerdict::StartSmall),
        (false, true, TimingVerdict::InvestInRelationships),
        (false, false, TimingVerdict::NotYet),
    ] {
        let t = evaluate_with(ins, &timing_answers(strong, met)).timing;
        assert_eq!(
            (t.verdict, t.strong_timing, t.preconditions_met),
            (verdict, strong, met)
        );
    }
}

#[test]
fn act_now_lists_the_reasons_that_produced_it() {
    let t = evaluate_with(instruments(), &timing_answers(true, true)).timing;
    assert_eq!(
        t.reasons,
        vec![
            TimingReason::StrongTrigger {
                item: "timing.trigger.t1",
                value: 3
            },
            TimingReason::PreconditionMet {
                item: "timing.precondition.p1",
                value: 4
            },
            TimingReason::PreconditionMet {
                item: "timing.precondition.p2",
                value: 3
            },
            TimingReason::ReadinessIndexMet { index: 75, min: 50 },
        ]
    );
}

#[test]
fn not_yet_lists_what_holds_it_back() {
    let t = evaluate_with(instruments(), &timing_answers(false, false)).timing;
    let obstacles: Vec<TimingReason> = t
        .reasons
        .iter()
        .copied()
        .filter(TimingReason::is_obstacle)
        .collect();
    assert_eq!(
        obstacles,
        vec![
            TimingReason::TooFewStrongTriggers {
                strong: 0,
                needed: 1
            },
            TimingReason::PreconditionNotMet {
                item: "timing.precondition.p2",
                value: 2
            },
        ]
    );
}

#[test]
fn a_critical_barrier_blocks_act_now() {
    let ins = instruments();
    let mut a = timing_answers(true, true);
    a.set_barrier("barriers.b", Some(r(3)), Some(r(3))); // 9: high, does not block
    assert_eq!(evaluate_with(ins, &a).timing.verdict, TimingVerdict::ActNow);
    a.set_barrier("barriers.b", Some(r(4)), Some(r(3))); // 12: critical
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(!t.preconditions_met);
    assert_eq!(t.blocking_barriers, vec!["barriers.b"]);
    assert!(t.reasons.contains(&TimingReason::BlockingBarrier {
        barrier: "barriers.b",
        risk: 12
    }));
    // With weak triggers the same barrier turns "invest in relationships" into "not yet".
    let mut weak = timing_answers(false, true);
    weak.set_barrier("barriers.b", Some(r(4)), Some(r(4)));
    assert_eq!(
        evaluate_with(ins, &weak).timing.verdict,
        TimingVerdict::NotYet
    );
}

#[test]
fn dont_know_or_missing_precondition_is_not_met() {
    let ins = instruments();
    let mut a = timing_answers(true, true);
    a.set_timing("timing.precondition.p2", TimingAnswer::DontKnow);
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::PreconditionUnknown {
        item: "timing.precondition.p2"
    }));
    a.set_timing("timing.precondition.p2", None);
    assert_eq!(
        evaluate_with(ins, &a).timing.verdict,
        TimingVerdict::StartSmall
    );
}

#[test]
fn readiness_index_counts_when_it_can_be_computed() {
    let ins = instruments();
    let mut a = timing_answers(true, true);
    answer_dim(&mut a, "other", &[scale(0), scale(0), scale(0), scale(0)]);
    answer_dim(&mut a, "trust", &[scale(4), scale(4), scale(4), scale(4)]);
    // (0 + 100) / 2 = 50: met at exactly the minimum.
    assert_eq!(evaluate_with(ins, &a).timing.verdict, TimingVerdict::ActNow);
    a.set_readiness("readiness.trust.i3", scale(3)); // trust 94 -> index 47
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(
        t.reasons
            .contains(&TimingReason::ReadinessIndexLow { index: 47, min: 50 })
    );
    // No readiness answers: no evidence, so no "act now"; the reason says what is missing.
    let mut b = timing_answers(true, true);
    b.readiness.clear();
    let t = evaluate_with(ins, &b).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::ReadinessEvidenceThin {
        valid: 0,
        total: 2,
        needed: 2
    }));
    // One of the two areas: still too thin, even with a high index.
    answer_dim(&mut b, "trust", &[scale(4), scale(4), scale(4), scale(4)]);
    let t = evaluate_with(ins, &b).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::ReadinessEvidenceThin {
        valid: 1,
        total: 2,
        needed: 2
    }));
}

#[test]
fn an_unanswered_barrier_scan_blocks_act_now() {
    let ins = instruments();
    let mut a = timing_answers(true, true);
    a.barriers.clear();
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::BarrierScanIncomplete {
        unrated: 3,
        total: 3
    }));
    // Present with no harm rated is not rated yet either.
    let mut a = timing_answers(true, true);
    a.set_barrier("barriers.a", Some(r(2)), None);
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::BarrierScanIncomplete {
        unrated: 1,
        total: 3
    }));
}

#[test]
fn a_warning_sign_at_mostly_caps_act_now_at_start_small() {
    let ins = instruments();
    let mut a = timing_answers(true, true);
    a.set_timing("timing.warning.w1", timing(3));
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(t.verdict, TimingVerdict::StartSmall);
    assert!(t.reasons.contains(&TimingReason::WarningSignCaps {
        warning: "timing.warning.w1",
        value: 3
    }));
    // A warning does not invent a window: weak triggers stay "invest in relationships".
    let mut weak = timing_answers(false, true);
    weak.set_timing("timing.warning.w1", timing(4));
    assert_eq!(
        evaluate_with(ins, &weak).timing.verdict,
        TimingVerdict::InvestInRelationships
    );
}

#[test]
fn strong_trigger_threshold_is_inclusive() {
    let ins = instruments();
    let mut a = timing_answers(false, true);
    a.set_timing("timing.trigger.t2", timing(3));
    assert!(evaluate_with(ins, &a).timing.strong_timing);
    a.set_timing("timing.trigger.t2", TimingAnswer::DontKnow);
    assert!(!evaluate_with(ins, &a).timing.strong_timing);
}

#[test]
fn warning_signs_at_or_above_two_are_listed() {
    let ins = instruments();
    let mut a = timing_answers(true, true);
    a.set_timing("timing.warning.w1", timing(1));
    assert!(evaluate_with(ins, &a).timing.warnings.is_empty());
    a.set_timing("timing.warning.w1", timing(2));
    let t = evaluate_with(ins, &a).timing;
    assert_eq!(
        t.warnings,
        vec![WarningFinding {
            warning: "timing.warning.w1",
            value: 2
        }]
    );
    assert_eq!(
        t.verdict,
        TimingVerdict::ActNow,
        "warnings are listed beside the verdict, not in it"
    );
}

// ---------------------------------------------------------------------------------------
// Depth and stage

/// The two areas at the given sums, with a strong trigger, every precondition met and
/// every barrier rated "not present": the verdict is "act now" whenever the index reaches
/// 50, so it does not limit the depth and the thresholds alone decide.
fn depth_answers(trust_sum: u32, other_sum: u32, ambition: Option<DepthLevel>) -> Answers {
    let mut a = timing_answers(true, true);
    a.readiness.clear();
    answer_sum(&mut a, "trust", 4, trust_sum);
    answer_sum(&mut a, "other", 4, other_sum);
    a.ambition = ambition;
    a
}

#[test]
fn depth_never_goes_beyond_what_the_verdict_and_critical_barriers_allow() {
    let ins = instruments();
    // Everything at the top: collective impact under "act now".
    let a = depth_answers(16, 16, None);
    let report = evaluate_with(ins, &a);
    assert_eq!(report.timing.verdict, TimingVerdict::ActNow);
    assert_eq!(report.depth.recommended, Some(DepthLevel::CollectiveImpact));
    assert!(report.depth.limits.is_empty());
    // The same scores with weak triggers: "invest in relationships" allows sharing only.
    let mut weak = a.clone();
    weak.set_timing("timing.trigger.t1", timing(1));
    let d = evaluate_with(ins, &weak).depth;
    assert_eq!(d.recommended, Some(DepthLevel::ResourceCoordination));
    assert_eq!(
        d.limits,
        vec![DepthLimit::Verdict {
            verdict: TimingVerdict::InvestInRelationships,
            level: DepthLevel::ResourceCoordination
        }]
    );
    let next = d.next.unwrap();
    assert!(next.missing.is_empty());
    assert_eq!(
        next.limits, d.limits,
        "the limit is what holds the next level"
    );
    // A warning sign at "Mostly": start small, so at most one joint program.
    let mut warned = a.clone();
    warned.set_timing("timing.warning.w1", timing(3));
    let d = evaluate_with(ins, &warned).depth;
    assert_eq!(d.recommended, Some(DepthLevel::ProgramCollaboration));
    // A critical barrier: the verdict is "start small" and the barrier limits to sharing;
    // both are listed, the shallowest first.
    let mut critical = a.clone();
    critical.set_barrier("barriers.b", Some(r(4)), Some(r(4)));
    let d = evaluate_with(ins, &critical).depth;
    assert_eq!(d.recommended, Some(DepthLevel::ResourceCoordination));
    assert_eq!(
        d.limits,
        vec![
            DepthLimit::CriticalBarrier {
                barrier: "barriers.b",
                level: DepthLevel::ResourceCoordination
            },
            DepthLimit::Verdict {
                verdict: TimingVerdict::StartSmall,
                level: DepthLevel::ProgramCollaboration
            },
        ]
    );
    // No ambition answered and nothing else known: still capped, by the verdict.
    let d = evaluate_with(ins, &Answers::default()).depth;
    assert_eq!(d.ambition, None);
    assert_eq!(d.recommended, Some(DepthLevel::ResourceCoordination));
}

#[test]
fn depth_is_the_deepest_level_whose_thresholds_are_met() {
    // Levels: (0,0), (50,50), (65,60), (80,75).
    let ins = instruments();
    let cases = [
        // trust sum, other sum -> trust score, index
        (16, 16, Some(DepthLevel::CollectiveImpact)), // 100, 100
        (12, 16, Some(DepthLevel::CollectiveImpact)), // 75, 88: exactly min trust 75
        (11, 16, Some(DepthLevel::StrategicAlliance)), // 69, 85: trust below 75
        (10, 11, Some(DepthLevel::StrategicAlliance)), // 63, 69 -> index 66
        (10, 10, Some(DepthLevel::ProgramCollaboration)), // 63, 63: index below 65
        (8, 8, Some(DepthLevel::ProgramCollaboration)), // 50, 50
        (7, 16, Some(DepthLevel::ResourceCoordination)), // 44, 72: trust below 50
        (0, 0, Some(DepthLevel::ResourceCoordination)),
    ];
    for (trust, other, expected) in cases {
        let d = evaluate_with(ins, &depth_answers(trust, other, None)).depth;
        assert_eq!(
            d.recommended, expected,
            "trust sum {trust}, other sum {other}: {d:?}"
        );
    }
}

#[test]
fn depth_never_exceeds_the_ambition() {
    let ins = instruments();
    let d = evaluate_with(
        ins,
        &depth_answers(16, 16, Some(DepthLevel::ProgramCollaboration)),
    )
    .depth;
    assert_eq!(d.recommended, Some(DepthLevel::ProgramCollaboration));
    let next = d.next.unwrap();
    assert_eq!(
        (next.level, next.beyond_ambition),
        (DepthLevel::StrategicAlliance, true)
    );
    assert!(next.missing.is_empty(), "only the ambition holds it back");
}

#[test]
fn depth_says_which_threshold_unlocks_the_next_level() {
    let ins = instruments();
    // trust 69, index 85: strategic alliance; collective impact needs trust 75.
    let d = evaluate_with(ins, &depth_answers(11, 16, None)).depth;
    assert_eq!((d.trust, d.readiness_index), (Some(69), Some(85)));
    let next = d.next.unwrap();
    assert_eq!(next.level, DepthLevel::CollectiveImpact);
    assert_eq!(
        next.missing,
        vec![MissingThreshold::Trust {
            needed: 75,
            current: Some(69)
        }]
    );
    assert!(!next.beyond_ambition);
    // At the deepest level there is no next level.
    assert_eq!(
        evaluate_with(ins, &depth_answers(16, 16, None)).depth.next,
        None
    );
}

#[test]
fn unknown_scores_meet_only_zero_thresholds() {
    let ins = instruments();
    let d = evaluate_with(ins, &Answers::default()).depth;
    assert_eq!(d.recommended, Some(DepthLevel::ResourceCoordination));
    assert_eq!(
        d.next.unwrap().missing,
        vec![
            MissingThreshold::ReadinessIndex {
                needed: 50,
                current: None
            },
            MissingThreshold::Trust {
                needed: 50,
                current: None
            },
        ]
    );
    // When even the first level has a threshold, there may be no recommendation at all.
    let strict = instruments_with(
        vec![dim("trust", 1, 4)],
        [(10, 0), (50, 50), (65, 60), (80, 75)],
    );
    let d = evaluate_with(strict, &Answers::default()).depth;
    assert_eq!(d.recommended, None);
    assert_eq!(d.next.unwrap().level, DepthLevel::ResourceCoordination);
}

#[test]
fn stage_gives_the_next_stage() {
    let ins = instruments();
    let mut a = Answers::default();
    assert_eq!(evaluate_with(ins, &a).stage, None);
    a.stage = Some(Stage::Relationship);
    assert_eq!(
        evaluate_with(ins, &a).stage,
        Some(StageReport {
            stage: Stage::Relationship,
            next_stage: Some(Stage::Design)
        })
    );
    a.stage = Some(Stage::Evaluation);
    assert_eq!(evaluate_with(ins, &a).stage.unwrap().next_stage, None);
}

// ---------------------------------------------------------------------------------------
// PlanStep plan

fn kinds(plan: &[PlanStep]) -> Vec<(PlanStepKind, &'static str)> {
    plan.iter().map(|a| (a.kind, a.links[0].id)).collect()
}

#[test]
fn action_plan_ranks_blocking_barriers_then_concerns_by_weight_and_gap() {
    let ins = instruments_with(
        vec![
            dim("trust", 1, 4),
            dim("heavy", 3, 4),
            dim("light", 1, 4),
            dim("ok", 1, 4),
        ],
        LEVELS,
    );
    let mut a = Answers::default();
    answer_sum(&mut a, "trust", 4, 4); // 25: gap 75 * 1 = 75
    answer_sum(&mut a, "heavy", 4, 7); // 44: gap 56 * 3 = 168
    answer_sum(&mut a, "light", 4, 0); // 0: gap 100 * 1 = 100
    answer_sum(&mut a, "ok", 4, 12); // 75: strength, no action
    a.set_barrier("barriers.a", Some(r(3)), Some(r(3))); // 9 high
    a.set_barrier("barriers.c", Some(r(4)), Some(r(4))); // 16 critical
    a.set_timing("timing.warning.w1", timing(4));
    let plan = evaluate_with(ins, &a).action_plan;
    assert_eq!(
        kinds(&plan),
        vec![
            (PlanStepKind::BlockingBarrier, "barriers.c"),
            (PlanStepKind::ConcernDimension, "heavy"),
            (PlanStepKind::ConcernDimension, "light"),
            (PlanStepKind::ConcernDimension, "trust"),
            (PlanStepKind::WarningSign, "timing.warning.w1"),
        ]
    );
    // The barrier step links its mitigations and shows the first one.
    assert_eq!(
        plan[0]
            .links
            .iter()
            .map(|l| (l.kind, l.id))
            .collect::<Vec<_>>(),
        vec![
            (LinkKind::Barrier, "barriers.c"),
            (LinkKind::Mitigation, "barriers.c.m1"),
            (LinkKind::Mitigation, "barriers.c.m2"),
        ]
    );
    assert_eq!(plan[0].text, Some(t("barriers.c first mitigation")));
    // The concern step links the items that scored 0 or 1 and gives the action of the
    // weakest one, the most specific advice the answers support.
    assert_eq!(plan[2].text, Some(t("item action")));
    assert_eq!(plan[2].links.len(), 5);
    assert!(plan[2].links[1..].iter().all(|l| l.kind == LinkKind::Item));
}

#[test]
fn action_plan_fills_with_warnings_high_barriers_gaps_verdict_then_developing() {
    let ins = instruments_with(
        vec![dim("trust", 1, 5), dim("other", 1, 4), dim("third", 2, 4)],
        LEVELS,
    );
    let mut a = Answers::default();
    answer_dim(&mut a, "trust", &[scale(4), scale(4), scale(4), DK, DK]); // 100, knowledge gap
    answer_sum(&mut a, "other", 4, 9); // 56: developing, gap 44
    answer_sum(&mut a, "third", 4, 10); // 63: developing, gap 37 * 2 = 74
    a.set_barrier("barriers.a", Some(r(2)), Some(r(4))); // 8 high
    a.set_timing("timing.warning.w1", timing(2));
    a.set_timing("timing.trigger.t1", timing(1));
    let plan = evaluate_with(ins, &a).action_plan;
    assert_eq!(
        kinds(&plan),
        vec![
            (PlanStepKind::WarningSign, "timing.warning.w1"),
            (PlanStepKind::HighBarrier, "barriers.a"),
            (PlanStepKind::KnowledgeGap, "trust"),
            (PlanStepKind::TimingVerdict, "not-yet"),
            (PlanStepKind::DevelopingDimension, "third"),
        ]
    );
    assert_eq!(plan[0].text, Some(t("w1 advice")));
    // barriers.a is only somewhat present (2) but could end it (4): the step that keeps it
    // from growing ("early"), linked first, then the other.
    assert_eq!(plan[1].text, Some(t("second mitigation")));
    assert_eq!(
        plan[1].links.iter().map(|l| l.id).collect::<Vec<_>>(),
        vec!["barriers.a", "barriers.a.m2", "barriers.a.m1"]
    );
    assert_eq!(plan[2].text, Some(t("find out about trust")));
    assert_eq!(
        plan[2].links.iter().map(|l| l.id).collect::<Vec<_>>(),
        vec!["trust", "readiness.trust.i3", "readiness.trust.i4"]
    );
    assert_eq!(plan[3].text, Some(t("not-yet step")));
    assert_eq!(
        plan[3].links[1..]
            .iter()
            .map(|l| (l.kind, l.id))
            .collect::<Vec<_>>(),
        vec![(LinkKind::TimingQuestion, "timing.trigger.t1")],
        "the verdict step names the timing answers behind it"
    );
    // The stage's next step comes after the verdict's.
    a.stage = Some(Stage::Design);
    let plan = evaluate_with(ins, &a).action_plan;
    assert_eq!(plan[4].kind, PlanStepKind::Stage);
    assert_eq!(plan[4].links[0].id, "design");
}

#[test]
fn action_plan_has_at_most_five_steps() {
    let ins = instruments_with((0..8).map(|_| dim("d", 1, 4)).collect(), LEVELS);
    let mut a = Answers::default();
    answer_sum(&mut a, "d", 4, 0);
    assert_eq!(evaluate_with(ins, &a).action_plan.len(), 5);
    // With nothing answered there is no step: a verdict from no answers is not advice.
    let plan = evaluate_with(instruments(), &Answers::default()).action_plan;
    assert_eq!(kinds(&plan), vec![]);
}
