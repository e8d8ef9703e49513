//! Organisations as a subgroup in workshop mode: names typed differently are one
//! organisation, the same privacy rules as roles (floor of three, complement rule) and one
//! more across roles and organisations, the reasons they are not compared, and the gaps
//! between them. The property tests hold the privacy rules on random rooms.

mod common;

use partnership_engine::workshop::presentation::{self as say, Wording};
use partnership_engine::workshop::presenter::{Slide, slides};
use partnership_engine::workshop::*;
use partnership_engine::*;
use proptest::prelude::*;

const W: Wording<'static> = Wording {
    instruments: &INSTRUMENTS,
    lang: "en",
};

/// A respondent from `org` (as typed) in `role`, answering every statement of the second
/// area `answer`.
fn person(seed: u8, org: Option<&str>, role: Option<RespondentRole>, answer: u8) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([seed; 16]),
        Timestamp::from_unix_millis(1_767_225_600_000),
    );
    a.respondent_role = role;
    if let Some(org) = org {
        a.set_organization_name(org);
    }
    for item in INSTRUMENTS.readiness.dimensions[1].items {
        if let Some(v) = Rating::new(answer) {
            a.answers.set_readiness(item.id, ReadinessAnswer::Scale(v));
        }
    }
    a
}

fn profile_of(people: &[Assessment]) -> WorkshopProfile {
    let refs: Vec<&Assessment> = people.iter().collect();
    profile_with(&INSTRUMENTS, &refs)
}

/// `sizes[i]` people from organisation "Org i", no role, answering `i`.
fn orgs(sizes: &[usize]) -> Vec<Assessment> {
    let mut out = Vec::new();
    for (i, &n) in sizes.iter().enumerate() {
        for _ in 0..n {
            let name = format!("Org {i}");
            out.push(person(out.len() as u8 + 1, Some(&name), None, i as u8 % 5));
        }
    }
    out
}

#[test]
fn names_typed_differently_are_one_organisation() {
    assert_eq!(
        organization_key("  Riverside\u{a0}Food\t Bank "),
        "riverside food bank"
    );
    assert_eq!(organization_key("RIVER\u{200b}SIDE"), "riverside");
    assert_eq!(organization_key("Ünïon Ça"), "ünïon ça");
    assert_eq!(organization_key(" \u{feff} "), "");
    let people = vec![
        person(1, Some("riverside food bank"), None, 1),
        person(2, Some("Riverside  Food Bank"), None, 1),
        person(3, Some("Riverside Food Bank"), None, 1),
        person(4, Some("RIVERSIDE FOOD BANK"), None, 1),
        person(5, Some("Eastside"), None, 3),
        person(6, Some("eastside"), None, 3),
        person(7, Some("EastSide"), None, 3),
        person(8, None, None, 3),
        person(9, Some(" \u{200b} "), None, 3),
        person(10, None, None, 3),
    ];
    let p = profile_of(&people);
    let o = &p.organizations;
    assert_eq!(o.comparison, OrganizationComparison::Compared);
    assert_eq!(o.named, 2);
    // A name with nothing visible in it is no name.
    assert_eq!(o.without_organization, 3);
    let names: Vec<(&str, u32)> = o
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.profile.respondents))
        .collect();
    // "Riverside Food Bank" twice (inner spaces tidied); "Eastside" once each: the first
    // seen, in result id order.
    assert_eq!(names, [("Eastside", 3), ("Riverside Food Bank", 4)]);
    assert_eq!(o.hidden_fewer_than_three + o.hidden_would_reveal_others, 0);
}

#[test]
fn the_privacy_rule_is_the_same_for_every_grouping() {
    use HiddenReason::*;
    assert_eq!(privacy_partition(&[3, 3], 6), [None, None]);
    assert_eq!(
        privacy_partition(&[3, 2], 5),
        [Some(WouldRevealOthers), Some(FewerThanThree)]
    );
    // Two people outside: the smallest group shown goes too (ties: the later one).
    assert_eq!(
        privacy_partition(&[4, 3, 3], 12),
        [None, None, Some(WouldRevealOthers)]
    );
    // One person hidden leaves one outside: the smallest shown goes too.
    assert_eq!(
        privacy_partition(&[5, 3, 1], 9),
        [None, Some(WouldRevealOthers), Some(FewerThanThree)]
    );
    assert_eq!(
        privacy_partition(&[5, 3, 1, 2], 11),
        [None, None, Some(FewerThanThree), Some(FewerThanThree)]
    );
    assert_eq!(
        privacy_partition(&[], 2),
        Vec::<Option<HiddenReason>>::new()
    );
}

#[test]
fn small_organisations_are_hidden_never_named_and_others_compared() {
    // Four from "Org 0", three from "Org 1", two from "Org 2": the two are hidden; the
    // seven shown leave two outside, so the smaller shown goes too, and only one is left.
    let p = profile_of(&orgs(&[4, 3, 2]));
    let o = &p.organizations;
    assert_eq!(o.hidden_fewer_than_three, 1);
    assert_eq!(o.hidden_would_reveal_others, 1);
    assert_eq!(o.comparison, OrganizationComparison::WouldRevealOthers);
    assert!(o.groups.is_empty() && o.gaps.is_empty());
    // With a third person from "Org 2", all three are shown.
    let p = profile_of(&orgs(&[4, 3, 3]));
    assert_eq!(p.organizations.comparison, OrganizationComparison::Compared);
    assert_eq!(p.organizations.groups.len(), 3);
    // Three, three and one: the one is hidden, and the four outside the shown are enough.
    let mut people = orgs(&[3, 3]);
    people.extend(orgs(&[0, 0, 1]).into_iter().map(|mut a| {
        a.id = ResultId::from_random_bytes([90; 16]);
        a
    }));
    people.push(person(91, None, None, 2));
    people.push(person(92, None, None, 2));
    let p = profile_of(&people);
    let o = &p.organizations;
    assert_eq!(o.comparison, OrganizationComparison::Compared);
    assert_eq!((o.hidden_fewer_than_three, o.without_organization), (1, 2));
    let json = summary_json(
        &INSTRUMENTS,
        &merge::<&str, &[u8]>(&[]),
        &p,
        Timestamp::from_unix_millis(0),
        "en",
    );
    assert!(
        !json.contains("Org 2"),
        "a hidden organisation is never named"
    );
    let csv = summary_csv(&INSTRUMENTS, &p, "en");
    assert!(!csv.contains("Org 2"));
    assert!(csv.contains("\r\norganization:Org 0,index,"));
    assert!(csv.contains("\r\norganization:,hidden-group,,\"hidden: fewer than three"));
    let text = say::profile_text(W, &p).organizations;
    assert!(text.notes.iter().all(|n| !n.contains("Org 2")));
    assert_eq!(text.head, ["Area", "Org 0", "Org 1"]);
    assert_eq!(
        text.notes[1..],
        [
            "1 organization is not shown, because fewer than 3 people from it answered.",
            "2 people named no organization: their answers count in the whole group only."
        ]
    );
}

#[test]
fn organisations_are_compared_only_when_two_can_be_shown() {
    use OrganizationComparison::*;
    let cases: [(Vec<Assessment>, OrganizationComparison, &str); 4] = [
        (
            vec![person(1, None, None, 1); 1],
            NoneNamed,
            "No file names an organization, so organizations are not compared.",
        ),
        (
            orgs(&[5]),
            OneNamed,
            "Everyone who named an organization named the same one, so organizations are not compared.",
        ),
        (
            orgs(&[2, 2]),
            NoneLargeEnough,
            "No organization has 3 people or more here, so organizations are not compared.",
        ),
        (
            orgs(&[6, 2]),
            OnlyOneLargeEnough,
            "Only one organization has 3 people or more here, so organizations are not compared.",
        ),
    ];
    for (people, comparison, sentence) in cases {
        let p = profile_of(&people);
        assert_eq!(p.organizations.comparison, comparison);
        assert!(p.organizations.groups.is_empty());
        assert_eq!(
            say::organization_comparison(comparison).as_deref(),
            Some(sentence)
        );
        assert!(!slides(&p).contains(&Slide::OrganizationGaps));
    }
    assert_eq!(say::organization_comparison(Compared), None);
    assert_eq!(
        say::organization_comparison(WouldRevealOthers).as_deref(),
        Some(
            "Showing organizations side by side here would let others work out the answers of \
             1 or 2 people, so organizations are not compared."
        )
    );
}

#[test]
fn an_organisation_nested_in_a_role_within_two_people_is_hidden() {
    use RespondentRole::*;
    // "A" is four people, three of them the board: A minus the board is one person.
    let mut people = vec![
        person(1, Some("A"), Some(Board), 4),
        person(2, Some("A"), Some(Board), 4),
        person(3, Some("A"), Some(Board), 4),
        person(4, Some("A"), Some(Staff), 0),
    ];
    for i in 0..4 {
        people.push(person(10 + i, Some("B"), Some(Staff), 2));
    }
    let p = profile_of(&people);
    assert_eq!(
        p.subgroups.iter().map(|s| s.role).collect::<Vec<_>>(),
        [Staff, Board]
    );
    let o = &p.organizations;
    // A goes; then B (four people) is all the staff but one, so B goes too.
    assert_eq!(o.hidden_would_reveal_others, 2);
    assert_eq!(o.comparison, OrganizationComparison::WouldRevealOthers);
    // The same organisation exactly as a role is no risk: both are the same people.
    let mut people = orgs(&[3, 3]);
    for a in people.iter_mut().take(3) {
        a.respondent_role = Some(Board);
    }
    assert_eq!(
        profile_of(&people).organizations.comparison,
        OrganizationComparison::Compared
    );
}

#[test]
fn gaps_between_organisations_by_hand() {
    // Every statement of the second area answered 0 by Org 0, 1 by Org 1 and 2 by Org 2:
    // on a statement as written, Org 2 averages 2.00 and Org 0 0.00, the widest pair.
    let p = profile_of(&orgs(&[3, 3, 3]));
    let o = &p.organizations;
    let item = INSTRUMENTS.readiness.dimensions[1].items[0].id;
    let gap = o
        .gaps
        .iter()
        .find(|g| g.topic == GapTopic::Item && g.id == item)
        .expect("a gap on the statement");
    assert_eq!(
        (gap.higher_organization.as_str(), gap.higher_mean),
        ("Org 2", 200)
    );
    assert_eq!(
        (gap.lower_organization.as_str(), gap.lower_mean),
        ("Org 0", 0)
    );
    assert_eq!((gap.gap, gap.gap_per_mille), (200, 500));
    assert_eq!(
        say::profile_text(W, &p).organizations.gaps.len(),
        o.gaps.len()
    );
    assert!(slides(&p).contains(&Slide::OrganizationGaps));
    let lines = match say::slide_body(W, Slide::OrganizationGaps, &p) {
        say::SlideBody::Lines(l) => l,
        other => panic!("{other:?}"),
    };
    assert_eq!(lines.len(), o.gaps.len());
    assert!(
        lines
            .iter()
            .any(|l| l.contains("“Org 2”") && l.contains("“Org 0”")),
        "{lines:?}"
    );
    assert_eq!(
        say::slide_title(W, Slide::OrganizationGaps, &p),
        "Where organizations see things differently"
    );
}

// ----------------------------------------------------------------------------------------
// Properties

/// Names from a few organisations, each typed a few ways, or none.
fn organization() -> impl Strategy<Value = Option<String>> {
    let names = ["Qxa Trust", "Qxb Union", "Qxc Hall", "Qxd Fund"];
    prop_oneof![
        1 => Just(None),
        6 => (0usize..4, 0u8..4).prop_map(move |(i, way)| {
            let n = names[i % names.len()];
            Some(match way {
                0 => n.to_owned(),
                1 => n.to_uppercase(),
                2 => format!("  {}", n.replace(' ', "   ")),
                _ => n.to_lowercase(),
            })
        }),
    ]
}

fn role() -> impl Strategy<Value = Option<RespondentRole>> {
    prop_oneof![
        1 => Just(None),
        3 => (0usize..3).prop_map(|i| Some(RespondentRole::ALL[i])),
    ]
}

fn room() -> impl Strategy<Value = Vec<Assessment>> {
    proptest::collection::vec((organization(), role(), 0u8..5), 0..16).prop_map(|people| {
        people
            .into_iter()
            .enumerate()
            .map(|(i, (org, role, answer))| person(i as u8 + 1, org.as_deref(), role, answer))
            .collect()
    })
}

fn key_of(a: &Assessment) -> String {
    a.organization_name
        .as_deref()
        .map(organization_key)
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn no_organisation_shown_is_small_or_gives_anyone_away(people in room(), answers in proptest::collection::vec(0u8..5, 16)) {
        let p = profile_of(&people);
        let o = &p.organizations;
        let shown: Vec<String> = o.groups.iter().map(|g| organization_key(&g.name)).collect();
        prop_assert!(shown.is_empty() || shown.len() >= 2);
        for g in &o.groups {
            prop_assert!(g.profile.respondents >= 3);
            let n = people.iter().filter(|a| key_of(a) == organization_key(&g.name)).count();
            prop_assert_eq!(n as u32, g.profile.respondents);
        }
        // Everyone outside the organisations shown: none or at least three.
        let outside = people.iter().filter(|a| !shown.contains(&key_of(a))).count();
        prop_assert!(shown.is_empty() || outside == 0 || outside >= 3);
        // No organisation shown and role shown, one inside the other, differ by 1 or 2.
        for role in p.subgroups.iter().map(|s| s.role) {
            for key in &shown {
                let in_org = |a: &&Assessment| key_of(a) == *key;
                let in_role = |a: &&Assessment| a.respondent_role == Some(role);
                let both = people.iter().filter(|a| in_org(a) && in_role(a)).count();
                let org = people.iter().filter(in_org).count();
                let role_n = people.iter().filter(in_role).count();
                prop_assert!(!(both == org && (1..3).contains(&(role_n - both))));
                prop_assert!(!(both == role_n && (1..3).contains(&(org - both))));
            }
        }
        // The counts add up: every organisation named is shown, hidden, or not compared.
        prop_assert!(o.groups.len() as u32 + o.hidden_fewer_than_three + o.hidden_would_reveal_others <= o.named);
        let named = people.iter().filter(|a| !key_of(a).is_empty()).count();
        prop_assert_eq!(named as u32 + o.without_organization, people.len() as u32);
        // A hidden organisation's name appears nowhere in what is written.
        let json = summary_json(&INSTRUMENTS, &merge::<&str, &[u8]>(&[]), &p, Timestamp::from_unix_millis(0), "en").to_lowercase();
        let text = format!("{:?}", say::profile_text(W, &p)).to_lowercase();
        for a in &people {
            let key = key_of(a);
            if !key.is_empty() && !shown.contains(&key) {
                prop_assert!(!json.contains(&key) && !text.contains(&key), "{} is named", key);
            }
        }
        // Changing the answers of everyone outside the organisations shown changes none of
        // their figures.
        let changed: Vec<Assessment> = people
            .iter()
            .zip(&answers)
            .enumerate()
            .map(|(i, (a, &v))| {
                if shown.contains(&key_of(a)) {
                    a.clone()
                } else {
                    let mut b = person(i as u8 + 1, a.organization_name.as_deref(), a.respondent_role, v);
                    b.id = a.id;
                    b
                }
            })
            .collect();
        let after = profile_of(&changed);
        prop_assert_eq!(&o.groups, &after.organizations.groups);
        prop_assert_eq!(&o.gaps, &after.organizations.gaps);
    }

    #[test]
    fn the_partition_never_shows_a_small_group_or_a_small_rest(sizes in proptest::collection::vec(0usize..7, 0..7), extra in 0usize..5) {
        let total = sizes.iter().sum::<usize>() + extra;
        let out = privacy_partition(&sizes, total);
        prop_assert_eq!(out.len(), sizes.len());
        let shown: usize = sizes.iter().zip(&out).filter(|(_, h)| h.is_none()).map(|(n, _)| n).sum();
        for (n, h) in sizes.iter().zip(&out) {
            if h.is_none() {
                prop_assert!(*n >= 3);
            }
            if *h == Some(HiddenReason::FewerThanThree) {
                prop_assert!(*n < 3);
            }
        }
        let rest = total - shown;
        prop_assert!(shown == 0 || rest == 0 || rest >= 3);
    }
}
