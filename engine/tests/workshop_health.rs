//! The health check in workshop mode: the merge reads it from format-3 files (older files
//! have none), the group profile counts it by hand like the readiness areas (only over
//! those who answered, with the same validity rules), its areas are compared between roles
//! and between organisations, and the report, presenter and summary show it only when
//! someone answered. The property test holds the privacy floor and "shown only when
//! answered" on random rooms.

mod common;

use common::r;
use partnership_engine::workshop::presentation::{self as say, SlideBody, Wording};
use partnership_engine::workshop::presenter::{Slide, slides};
use partnership_engine::workshop::*;
use partnership_engine::*;
use proptest::prelude::*;

const W: Wording<'static> = Wording {
    instruments: &INSTRUMENTS,
    lang: "en",
};

/// A respondent answering every health statement so that each area of `areas` scores
/// `scores[i]` (answers 0..=4, reversed where the statement is), and the balance questions
/// `benefits` and `costs` (when given).
fn person(seed: u8, scores: &[(&str, u8)], balance: Option<(u8, u8)>) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([seed; 16]),
        Timestamp::from_unix_millis(1_767_225_600_000),
    );
    let health = &INSTRUMENTS.health;
    for dim in health.scored.dimensions {
        let Some(&(_, v)) = scores.iter().find(|(id, _)| *id == dim.id) else {
            continue;
        };
        for item in dim.items {
            let answer = if item.reverse { 4 - v } else { v };
            a.answers
                .set_health(item.id, ReadinessAnswer::Scale(r(answer)));
        }
    }
    if let Some((b, c)) = balance {
        a.answers
            .set_balance(health.balance.benefits().id, TimingAnswer::Scale(r(b)));
        a.answers
            .set_balance(health.balance.costs().id, TimingAnswer::Scale(r(c)));
    }
    a
}

/// Every health area scored `v` (0..=4).
fn all_areas(v: u8) -> Vec<(&'static str, u8)> {
    INSTRUMENTS
        .health
        .scored
        .dimensions
        .iter()
        .map(|d| (d.id, v))
        .collect()
}

fn profile_of(people: &[Assessment]) -> WorkshopProfile {
    let refs: Vec<&Assessment> = people.iter().collect();
    profile_with(&INSTRUMENTS, &refs)
}

/// The cells of the organisations' table row titled `title`.
fn organization_row(t: &say::ProfileText, title: &str) -> Option<Vec<String>> {
    let rows = &t.organizations.rows;
    rows.iter()
        .find(|r| r.title == title)
        .map(|r| r.cells.clone())
}

fn area<'a>(h: &'a HealthProfile, id: &str) -> &'a DimensionProfile {
    h.areas
        .iter()
        .find(|a| a.dimension == id)
        .expect("the area")
}

#[test]
fn the_merge_reads_health_answers_from_format_3_files_and_older_files_have_none() {
    let v3 = include_bytes!("fixtures/results-v3-health.json").to_vec();
    let v1 = include_bytes!("fixtures/results-v1.json").to_vec();
    let v2 = include_bytes!("fixtures/results-v2.json").to_vec();
    let merged = merge(&[("health.json", v3.clone())]);
    let kept = &merged.respondents[0].assessment;
    assert!(!kept.answers.health.is_empty() && !kept.answers.balance.is_empty());
    let p = profile(&merged);
    let h = p
        .group
        .health
        .expect("the format-3 file answered the health check");
    assert_eq!(h.respondents, 1);
    // A format-3 file's balance: benefits answered, costs "Don't know".
    assert_eq!(h.balance.not_enough_answers, 1);
    for file in [v1, v2] {
        let older = profile(&merge(&[("older.json", file)]));
        assert_eq!(older.group.respondents, 1);
        assert_eq!(older.group.health, None);
        assert_eq!(say::profile_text(W, &older).health, None);
        assert!(!slides(&older).contains(&Slide::Health));
    }
}

#[test]
fn health_figures_are_counted_by_hand_over_those_who_answered() {
    let fair = "fairness";
    let people = vec![
        // Everything healthy, gives far more than it costs.
        person(1, &all_areas(4), Some((4, 1))),
        // Everything at the midpoint, gives and costs the same.
        person(2, &all_areas(2), Some((2, 2))),
        // Everything under strain, costs far more than it gives.
        person(3, &all_areas(0), Some((1, 4))),
        // Two of the five fair-shares statements only: not enough for a score.
        {
            let mut a = person(4, &[], None);
            for item in &INSTRUMENTS.health.scored.dimension(fair).unwrap().items[..2] {
                a.answers.set_health(item.id, ReadinessAnswer::Scale(r(3)));
            }
            a
        },
        // No health answers at all: not part of the health figures.
        person(5, &[], None),
    ];
    let p = profile_of(&people);
    assert_eq!(p.group.respondents, 5);
    let h = p
        .group
        .health
        .as_ref()
        .expect("four answered the health check");
    assert_eq!(h.respondents, 4);
    // Fair shares: scores 100, 50 and 0; the fourth has too few answers.
    let f = area(h, fair);
    assert_eq!(f.scores.stats.respondents, 3);
    assert_eq!(f.scores.stats.mean, Some(5000));
    assert_eq!(f.scores.stats.median, Some(5000));
    assert_eq!(
        (f.scores.stats.min, f.scores.stats.max),
        (Some(0), Some(100))
    );
    // Population SD of 0, 50, 100: √(5000/3) = 40.82; agreement 1 − 1666.7/2500 = 333.
    assert_eq!(f.scores.stats.sd, Some(4082));
    assert_eq!(f.scores.stats.agreement, Some(333));
    assert_eq!(
        (f.scores.concern, f.scores.developing, f.scores.strength),
        (1, 1, 1)
    );
    assert_eq!(f.scores.not_enough_answers, 1);
    // The overall health: the three with every area scored.
    assert_eq!(h.index.stats.respondents, 3);
    assert_eq!(h.index.stats.mean, Some(5000));
    assert_eq!(h.index.not_enough_answers, 1);
    assert_eq!(
        h.balance,
        BalanceProfile {
            benefits_outweigh: 1,
            about_even: 1,
            costs_outweigh: 1,
            not_enough_answers: 1,
        }
    );
    // Each person's own recommendation, as their own results give it.
    let own: Vec<Option<health::Recommendation>> = people[..4]
        .iter()
        .map(|a| evaluate(&a.answers).health.and_then(|h| h.recommendation))
        .collect();
    assert_eq!(own[0], Some(health::Recommendation::Deepen));
    assert_eq!(own[2], Some(health::Recommendation::WindDown));
    assert_eq!(own[3], None);
    let r = h.recommendations;
    assert_eq!((r.deepen, r.wind_down, r.not_enough_answers), (1, 1, 1));
    assert_eq!(r.keep_steady + r.repair, 1);

    // The report's part on health says the same.
    let t = say::health_text(W, &p.group).expect("shown: someone answered");
    assert_eq!(
        t.answered,
        "4 people answered the partnership health check; the figures below are about \
         their answers."
    );
    assert_eq!(
        t.overview,
        "Average partnership health: 50.00 out of 100, from 0 to 100."
    );
    assert_eq!(
        t.areas.len(),
        1 + INSTRUMENTS.health.scored.dimensions.len()
    );
    assert_eq!(t.areas[0].row.title, "Overall health");
    let fair_row = t
        .areas
        .iter()
        .find(|a| a.row.title == "Fair shares")
        .unwrap();
    assert_eq!(fair_row.row.cells[..2], ["3", "50.00"]);
    assert_eq!(
        t.balance,
        [
            "Gives more than it costs: 1 person",
            "Gives and costs about the same: 1 person",
            "Costs more than it gives: 1 person",
            "Too few answers: 1 person",
        ]
    );
    assert_eq!(t.recommendations[0], "Deepen it: 1 person");
    assert_eq!(t.recommendations[4], "Too few answers: 1 person");
    assert_eq!(say::profile_text(W, &p).health, Some(t));
}

/// Two organisations of three, one a role each: Riverside (staff) rates every area 3,
/// Eastside (board) the same but fair shares 1.
fn two_organisations() -> Vec<Assessment> {
    let mut people = Vec::new();
    for i in 0..6u8 {
        let riverside = i < 3;
        let mut scores = all_areas(3);
        if !riverside {
            scores.retain(|(id, _)| *id != "fairness");
            scores.push(("fairness", 1));
        }
        let mut a = person(i + 1, &scores, Some((3, 2)));
        a.set_organization_name(if riverside { "Riverside" } else { "Eastside" });
        a.respondent_role = Some(if riverside {
            RespondentRole::Staff
        } else {
            RespondentRole::Board
        });
        people.push(a);
    }
    people
}

#[test]
fn a_health_area_rated_much_lower_by_one_organisation_is_a_gap_between_organisations_and_roles() {
    let p = profile_of(&two_organisations());
    let o = &p.organizations;
    assert_eq!(o.comparison, OrganizationComparison::Compared);
    // Nothing else differs (no readiness answers; the overall health index is not a
    // topic of its own): fair shares is the one gap, 75.00 against 25.00.
    assert_eq!(
        o.gaps,
        [OrganizationGap {
            topic: GapTopic::HealthArea,
            id: "fairness",
            higher_organization: "Riverside".into(),
            higher_mean: 7500,
            lower_organization: "Eastside".into(),
            lower_mean: 2500,
            gap: 5000,
            gap_per_mille: 500,
        }]
    );
    assert_eq!(p.gaps.len(), 1);
    assert_eq!(p.gaps[0].topic, GapTopic::HealthArea);
    assert_eq!(
        (p.gaps[0].higher_role, p.gaps[0].lower_role),
        (RespondentRole::Staff, RespondentRole::Board)
    );
    let t = say::profile_text(W, &p);
    assert_eq!(
        t.organizations.gaps,
        ["Fair shares: “Riverside” average 75.00, “Eastside” average 25.00."]
    );
    assert_eq!(
        t.gaps,
        ["Fair shares: Staff average 75.00, Board average 25.00."]
    );
    // The tables of roles and organisations carry the health rows.
    assert_eq!(
        organization_row(&t, "Fair shares"),
        Some(vec!["25.00".to_owned(), "75.00".to_owned()])
    );
    assert!(t.roles.iter().any(|r| r.title == "Overall health"));

    // The presenter: a health topic after timing, with no name in it, and the gap.
    let s = slides(&p);
    let at = s
        .iter()
        .position(|x| *x == Slide::Health)
        .expect("a health topic");
    assert_eq!(s[at - 1], Slide::Timing);
    let health = say::slide_text(W, &s, at, &p);
    assert_eq!(health.title, "Partnership health");
    let SlideBody::Lines(lines) = health.body else {
        panic!("a line per area");
    };
    // Each person's overall health is a whole number: 75 in Riverside, 67 in Eastside
    // ((5 × 75 + 25) / 6, rounded).
    assert_eq!(lines[0], "Overall health: average 71.00, agreement high");
    assert!(lines.contains(&"Fair shares: average 50.00, agreement low".to_owned()));
    assert!(lines.contains(&"Gives more than it costs: 6 people".to_owned()));
    assert!(
        lines
            .iter()
            .all(|l| !l.contains("Riverside") && !l.contains("Eastside"))
    );
    assert!(lines.iter().all(|l| !l.contains(": 0 people")));
    let gaps = say::slide_body(W, Slide::OrganizationGaps, &p);
    assert_eq!(
        gaps,
        SlideBody::Lines(vec![
            "Fair shares: “Riverside” 75.00, “Eastside” 25.00".to_owned()
        ])
    );

    // The summary: the gap's topic, and the health rows of the CSV.
    let merged = merge::<&str, &[u8]>(&[]);
    let json = summary_json(
        &INSTRUMENTS,
        &merged,
        &p,
        Timestamp::from_unix_millis(0),
        "en",
    );
    assert!(json.contains("\"topic\": \"health-area\""));
    let csv = summary_csv(&INSTRUMENTS, &p, "en");
    assert!(csv.contains("\r\norganization:Eastside,health-area,fairness,Fair shares,3,25.00,"));
    assert!(csv.contains(
        "\r\nall,health-balance,balance,,6,,,,,,,,,,,,,,,,,benefits outweigh 6; about even 0; \
         costs outweigh 0; not enough answers 0\r\n"
    ));
}

#[test]
fn a_group_without_health_answers_compares_what_it_has() {
    // Riverside answered the health check, Eastside did not: no health gap, and the
    // Eastside column reads a dash.
    let mut people = two_organisations();
    for a in people.iter_mut().skip(3) {
        a.answers.health.clear();
        a.answers.balance.clear();
    }
    let p = profile_of(&people);
    assert!(p.organizations.gaps.is_empty());
    let east = &p.organizations.groups[0];
    assert_eq!(
        (east.name.as_str(), east.profile.health.is_some()),
        ("Eastside", false)
    );
    let t = say::profile_text(W, &p);
    assert_eq!(
        organization_row(&t, "Fair shares"),
        Some(vec![say::DASH.to_owned(), "75.00".to_owned()])
    );
}

/// A respondent with random health answers (or none), role and organisation.
fn respondent() -> impl Strategy<Value = Assessment> {
    let n = common::health_items().len();
    (
        prop_oneof![1 => Just(None), 3 => (0usize..6).prop_map(|i| Some(RespondentRole::ALL[i]))],
        prop_oneof![1 => Just(None), 3 => (0u8..3).prop_map(Some)],
        proptest::option::of(proptest::collection::vec(0u8..8, n)),
        (0u8..7, 0u8..7),
    )
        .prop_map(move |(role, org, health, (b, c))| {
            let mut a = Assessment::new(
                ResultId::from_random_bytes([0; 16]),
                Timestamp::from_unix_millis(1_767_225_600_000),
            );
            a.respondent_role = role;
            if let Some(o) = org {
                a.set_organization_name(&format!("Org {o}"));
            }
            if let Some(statements) = health {
                common::answer_health(&mut a.answers, &statements, [b, c]);
            }
            a
        })
}

/// Whether a set of people answered any of the health check, as their own results say.
fn any_answered<'a>(people: impl IntoIterator<Item = &'a Assessment>) -> u32 {
    people
        .into_iter()
        .filter(|a| evaluate(&a.answers).health.is_some_and(|h| h.answered()))
        .count() as u32
}

/// The figures of one group: health only when someone in it answered, counted over them.
fn check_group(g: &GroupProfile, answered: u32) -> Result<(), TestCaseError> {
    prop_assert_eq!(g.health.is_some(), answered > 0);
    if let Some(h) = &g.health {
        prop_assert_eq!(h.respondents, answered);
        prop_assert!(h.respondents <= g.respondents);
        let b = h.balance;
        prop_assert_eq!(
            b.benefits_outweigh + b.about_even + b.costs_outweigh + b.not_enough_answers,
            answered
        );
        let r = h.recommendations;
        prop_assert_eq!(
            r.deepen + r.keep_steady + r.repair + r.wind_down + r.not_enough_answers,
            answered
        );
        for a in std::iter::once(&h.index).chain(h.areas.iter().map(|a| &a.scores)) {
            prop_assert_eq!(
                a.stats.respondents + a.not_enough_answers + a.not_applicable,
                answered
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn health_is_shown_only_when_answered_and_never_for_a_group_under_three(
        people in proptest::collection::vec(respondent(), 0..16),
    ) {
        let people: Vec<Assessment> = people
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                a.id = ResultId::from_random_bytes([i as u8 + 1; 16]);
                a
            })
            .collect();
        let p = profile_of(&people);
        check_group(&p.group, any_answered(&people))?;
        for s in &p.subgroups {
            prop_assert!(s.profile.respondents >= 3);
            let members = people.iter().filter(|a| a.respondent_role == Some(s.role));
            check_group(&s.profile, any_answered(members))?;
        }
        for g in &p.organizations.groups {
            prop_assert!(g.profile.respondents >= 3);
            let members = people
                .iter()
                .filter(|a| a.organization_name.as_deref().map(organization_key) == Some(organization_key(&g.name)));
            check_group(&g.profile, any_answered(members))?;
        }
        // Every text of the report and presenter is made without a panic, and the
        // health part and topic appear exactly when someone answered.
        let t = say::profile_text(W, &p);
        prop_assert_eq!(t.health.is_some(), p.group.health.is_some());
        let s = slides(&p);
        prop_assert_eq!(s.contains(&Slide::Health), p.group.health.is_some());
        for i in 0..s.len() {
            let _ = say::slide_text(W, &s, i, &p);
        }
        let _ = summary_csv(&INSTRUMENTS, &p, "en");
    }
}
