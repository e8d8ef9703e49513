//! The group profile on small hand-made groups, every figure computed by hand in the
//! comments.

use partnership_engine::workshop::*;
use partnership_engine::*;

fn r(v: u8) -> Rating {
    Rating::new(v).unwrap()
}

/// The first item of the first dimension.
fn item_x() -> &'static str {
    INSTRUMENTS.readiness.dimensions[0].items[0].id
}

/// A respondent who scores every item of the second dimension (mission fit) `dim1`
/// (after reverse coding), answers item X, rates the first barrier and, if `trigger`,
/// answers the first trigger 4.
fn person(
    seed: u8,
    role: Option<RespondentRole>,
    dim1: u8,
    x: Option<ReadinessAnswer>,
    barrier: Option<(u8, u8)>,
    trigger: bool,
) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([seed; 16]),
        Timestamp::from_unix_millis(1_767_225_600_000),
    );
    a.respondent_role = role;
    for item in INSTRUMENTS.readiness.dimensions[1].items {
        let answer = if item.reverse { 4 - dim1 } else { dim1 };
        a.answers
            .set_readiness(item.id, ReadinessAnswer::Scale(r(answer)));
    }
    a.answers.set_readiness(item_x(), x);
    if let Some((p, h)) = barrier {
        let id = INSTRUMENTS.barriers.barriers[0].id;
        a.answers.set_barrier(id, Some(r(p)), Some(r(h)));
    }
    if trigger {
        let id = INSTRUMENTS.timing.triggers[0].id;
        a.answers.set_timing(id, TimingAnswer::Scale(r(4)));
    }
    a
}

fn scale(v: u8) -> Option<ReadinessAnswer> {
    Some(ReadinessAnswer::Scale(r(v)))
}

/// Five respondents: A, B, C staff, D board, E a community member.
fn five() -> Vec<Assessment> {
    use RespondentRole::*;
    vec![
        person(1, Some(Staff), 4, scale(1), Some((1, 2)), true),
        person(2, Some(Staff), 3, scale(3), Some((3, 4)), true),
        person(3, Some(Staff), 2, scale(3), Some((3, 4)), false),
        person(4, Some(Board), 2, scale(4), Some((0, 3)), false),
        person(
            5,
            Some(CommunityMember),
            0,
            Some(ReadinessAnswer::DontKnow),
            None,
            false,
        ),
    ]
}

fn profile_of(people: &[Assessment]) -> WorkshopProfile {
    let refs: Vec<&Assessment> = people.iter().collect();
    profile_with(&INSTRUMENTS, &refs)
}

#[test]
fn item_figures_by_hand() {
    let p = profile_of(&five());
    let x = p.group.items.iter().find(|i| i.item == item_x()).unwrap();
    // Answers 1, 3, 3, 4 and one "Don't know".
    assert_eq!(x.counts, [0, 1, 0, 2, 1]);
    assert_eq!((x.dont_know, x.not_applicable, x.unanswered), (1, 0, 0));
    let s = x.stats;
    assert_eq!(s.respondents, 4);
    // Mean 11 / 4 = 2.75.
    assert_eq!(s.mean, Some(275));
    // Median of 1, 3, 3, 4: (3 + 3) / 2.
    assert_eq!(s.median, Some(300));
    // Variance: (1.75² + 0.25² + 0.25² + 1.25²) / 4 = 4.75 / 4 = 1.1875; √ = 1.0897.
    assert_eq!(s.sd, Some(109));
    assert_eq!((s.min, s.max, s.range), (Some(1), Some(4), Some(3)));
    // 1 − 1.1875 / 4 = 0.703125.
    assert_eq!(s.agreement, Some(703));
    assert_eq!(s.agreement_band, Some(AgreementBand::Low));
    assert_eq!(p.group.respondents, 5);
}

#[test]
fn dimension_and_index_figures_by_hand() {
    let p = profile_of(&five());
    let d = &p.group.dimensions[1];
    assert_eq!(d.dimension, INSTRUMENTS.readiness.dimensions[1].id);
    // Scores 100, 75, 50, 50, 0.
    let s = d.scores.stats;
    assert_eq!(s.respondents, 5);
    // Mean 275 / 5 = 55.
    assert_eq!(s.mean, Some(5500));
    assert_eq!(s.median, Some(5000));
    // Squared deviations 2025 + 400 + 25 + 25 + 3025 = 5500; variance 1100; √ = 33.166.
    assert_eq!(s.sd, Some(3317));
    assert_eq!((s.min, s.max, s.range), (Some(0), Some(100), Some(100)));
    // 1 − 1100 / 2500 = 0.56.
    assert_eq!(s.agreement, Some(560));
    assert_eq!(s.agreement_band, Some(AgreementBand::Low));
    assert_eq!(
        (d.scores.strength, d.scores.developing, d.scores.concern),
        (2, 2, 1)
    );
    assert_eq!(d.scores.not_enough_answers, 0);
    // The first dimension has one answered item: never enough.
    assert_eq!(p.group.dimensions[0].scores.not_enough_answers, 5);
    assert_eq!(p.group.dimensions[0].scores.stats.mean, None);
    // Only the second dimension is scored, so the index equals it.
    assert_eq!(p.group.index.stats, s);
}

#[test]
fn barrier_figures_by_hand() {
    let p = profile_of(&five());
    let b = &p.group.barriers[0];
    // Presence 1, 3, 3, 0: mean 7/4; Q = 19, variance 19/4 − 49/16 = 27/16 = 1.6875.
    assert_eq!(b.presence.counts, [1, 1, 0, 2, 0]);
    assert_eq!(b.presence.unanswered, 1);
    let s = b.presence.stats;
    assert_eq!(s.mean, Some(175));
    // Median of 0, 1, 3, 3: (1 + 3) / 2.
    assert_eq!(s.median, Some(200));
    // √1.6875 = 1.299.
    assert_eq!(s.sd, Some(130));
    // 1 − 1.6875 / 4 = 0.578.
    assert_eq!(s.agreement, Some(578));
    // Harm 2, 4, 4, 3: variance 0.6875; √ = 0.829; 1 − 0.6875 / 4 = 0.828.
    assert_eq!(b.harm.counts, [0, 0, 1, 1, 2]);
    assert_eq!(
        (b.harm.stats.mean, b.harm.stats.sd, b.harm.stats.agreement),
        (Some(325), Some(83), Some(828))
    );
    assert_eq!(b.harm.stats.agreement_band, Some(AgreementBand::Moderate));
    // Risk 2, 12, 12, 0: mean 6.5; variance 292/4 − 42.25 = 30.75; √ = 5.545;
    // 1 − 30.75 / 64 = 0.5195.
    let risk = b.risk;
    assert_eq!(risk.stats.mean, Some(650));
    assert_eq!(risk.stats.median, Some(700));
    assert_eq!(risk.stats.sd, Some(555));
    assert_eq!(risk.stats.agreement, Some(520));
    assert_eq!(
        (
            risk.low,
            risk.moderate,
            risk.high,
            risk.critical,
            risk.unrated
        ),
        (2, 0, 0, 2, 1)
    );
    // Nobody rated the second barrier.
    assert_eq!(p.group.barriers[1].risk.unrated, 5);
    assert_eq!(p.group.barriers[1].presence.stats.agreement, None);
}

#[test]
fn verdict_figures_by_hand() {
    let p = profile_of(&five());
    let v = &p.group.verdicts;
    // A and B see a strong trigger without the preconditions: start small. The rest: not yet.
    assert_eq!(
        (
            v.act_now,
            v.start_small,
            v.invest_in_relationships,
            v.not_yet
        ),
        (0, 2, 0, 3)
    );
    assert_eq!(v.modal, vec![TimingVerdict::NotYet]);
    // 3 of 5 = 600 per mille: a majority, not three in four.
    assert_eq!(v.agreement, Some(600));
    assert_eq!(v.agreement_band, Some(AgreementBand::Moderate));
}

#[test]
fn a_verdict_tie_lists_both_and_is_low() {
    let mut people = five();
    people.truncate(4);
    let p = profile_of(&people);
    let v = &p.group.verdicts;
    assert_eq!(
        v.modal,
        vec![TimingVerdict::StartSmall, TimingVerdict::NotYet]
    );
    assert_eq!(v.agreement, Some(500));
    assert_eq!(v.agreement_band, Some(AgreementBand::Low));
}

#[test]
fn least_consensus_is_ranked_with_shapes() {
    let p = profile_of(&five());
    let dim1 = INSTRUMENTS.readiness.dimensions[1].items;
    let list = &p.least_consensus;
    // Every item of the second dimension (560), then the first barrier's presence (578),
    // then item X (703). The barrier's harm (828) is not listed: presence is lower.
    assert_eq!(list.len(), dim1.len() + 2);
    for (d, item) in list.iter().zip(dim1) {
        assert_eq!(
            (d.topic, d.id, d.agreement),
            (ConsensusTopic::Item, item.id, 560)
        );
        assert_eq!(d.shape, DisagreementShape::SpreadOut);
    }
    let b = &list[dim1.len()];
    assert_eq!(b.topic, ConsensusTopic::BarrierPresence);
    assert_eq!(b.agreement, 578);
    // Two of four below the midpoint and two above.
    assert_eq!(b.shape, DisagreementShape::SplitRoom);
    assert_eq!((b.low, b.middle, b.high), (2, 0, 2));
    let x = &list[dim1.len() + 1];
    assert_eq!((x.id, x.agreement), (item_x(), 703));
    // Without the single "1", the rest (3, 3, 4) agree at 944.
    assert_eq!(x.shape, DisagreementShape::OneOutlier);
    assert_eq!(x.dont_know, 1);
}

#[test]
fn shapes_by_hand() {
    // Two of five "Don't know" is 40%: the knowledge-gap threshold.
    assert_eq!(
        profile::shape_of(&[0, 1, 1, 1, 0], 2, 40),
        DisagreementShape::ManyDontKnow
    );
    assert_eq!(
        profile::shape_of(&[0, 0, 4, 0, 1], 0, 40),
        DisagreementShape::OneOutlier
    );
    assert_eq!(
        profile::shape_of(&[2, 0, 0, 0, 2], 0, 40),
        DisagreementShape::SplitRoom
    );
    // An even spread over the whole scale: as many disagree as agree, so a split.
    assert_eq!(
        profile::shape_of(&[1, 1, 1, 1, 1], 0, 40),
        DisagreementShape::SplitRoom
    );
    // Scattered over the lower half, no single outlier.
    assert_eq!(
        profile::shape_of(&[2, 2, 3, 0, 0], 0, 40),
        DisagreementShape::SpreadOut
    );
}

#[test]
fn small_roles_are_hidden_and_so_is_a_group_that_would_reveal_them() {
    let p = profile_of(&five());
    // Board and community member have one respondent each: hidden. Staff (3) would then
    // leave 2 people outside the visible subgroups, whose figures would be the whole
    // group's minus staff's: staff is hidden too.
    assert!(p.subgroups.is_empty());
    assert_eq!(
        p.hidden_groups,
        vec![
            HiddenGroup {
                role: RespondentRole::Staff,
                reason: HiddenReason::WouldRevealOthers
            },
            HiddenGroup {
                role: RespondentRole::Board,
                reason: HiddenReason::FewerThanThree
            },
            HiddenGroup {
                role: RespondentRole::CommunityMember,
                reason: HiddenReason::FewerThanThree
            },
        ]
    );
    assert!(p.gaps.is_empty());
    assert_eq!(p.without_role, 0);
}

#[test]
fn gaps_between_staff_and_community_by_hand() {
    use RespondentRole::*;
    let mut people = Vec::new();
    for seed in 0..3 {
        people.push(person(10 + seed, Some(Staff), 4, None, None, false));
        people.push(person(
            20 + seed,
            Some(CommunityMember),
            1,
            None,
            None,
            false,
        ));
    }
    // Three people without a role: the remainder is 3, so nothing else is hidden.
    for seed in 0..3 {
        people.push(person(30 + seed, None, 2, None, None, false));
    }
    let p = profile_of(&people);
    assert_eq!(p.without_role, 3);
    assert!(p.hidden_groups.is_empty());
    let roles: Vec<RespondentRole> = p.subgroups.iter().map(|s| s.role).collect();
    assert_eq!(roles, [Staff, CommunityMember]);
    assert_eq!(p.subgroups[0].profile.respondents, 3);
    // Index and dimension: 100 against 25, a gap of 75 points on 0..100: 750 per mille.
    let first = p.gaps[0];
    assert_eq!(first.topic, GapTopic::Index);
    assert_eq!(
        (
            first.higher_role,
            first.higher_mean,
            first.lower_role,
            first.lower_mean
        ),
        (Staff, 10000, CommunityMember, 2500)
    );
    assert_eq!((first.gap, first.gap_per_mille), (7500, 750));
    assert_eq!(p.gaps[1].topic, GapTopic::Dimension);
    assert_eq!(p.gaps[1].id, INSTRUMENTS.readiness.dimensions[1].id);
    // Items: 4 against 1 as answered (or 0 against 3 when reverse-coded): 3 points on
    // 0..4, also 750 per mille. Ties keep the instrument order.
    let dim1 = INSTRUMENTS.readiness.dimensions[1].items;
    for (g, item) in p.gaps[2..].iter().zip(dim1) {
        assert_eq!(
            (g.topic, g.id, g.gap, g.gap_per_mille),
            (GapTopic::Item, item.id, 300, 750)
        );
        let expected = if item.reverse { CommunityMember } else { Staff };
        assert_eq!(g.higher_role, expected);
    }
    assert_eq!(p.gaps.len(), (2 + dim1.len()).min(profile::GAPS_MAX));
}

#[test]
fn the_merge_feeds_the_profile() {
    let people = five();
    let files: Vec<(String, String)> = people
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("{i}.json"), export(a)))
        .collect();
    let merged = merge(&files);
    let p = profile(&merged);
    assert_eq!(p, profile_of(&people));
}

#[test]
fn an_empty_workshop_has_empty_figures() {
    let p = profile_of(&[]);
    assert_eq!(p.group.respondents, 0);
    assert!(p.least_consensus.is_empty());
    assert!(p.subgroups.is_empty() && p.hidden_groups.is_empty() && p.gaps.is_empty());
    assert_eq!(p.group.verdicts.modal, vec![]);
    assert_eq!(p.group.verdicts.agreement, None);
}
