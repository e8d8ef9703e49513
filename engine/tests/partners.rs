//! Partner mapping: the priority rule on all 243 rating combinations, the candidate list's
//! limits and errors, the portfolio view, and the exact covering set against brute force.

use partnership_engine::partners::PartnerRating::{self, High, Low, Medium};
use partnership_engine::partners::*;
use proptest::prelude::*;

fn ratings(m: PartnerRating, c: PartnerRating, r: PartnerRating) -> Ratings {
    Ratings {
        mission_alignment: m,
        resource_complementarity: c,
        relationship_potential: r,
        ..Ratings::default()
    }
}

fn all5(
    m: PartnerRating,
    c: PartnerRating,
    r: PartnerRating,
    k: PartnerRating,
    t: PartnerRating,
) -> Ratings {
    Ratings {
        mission_alignment: m,
        resource_complementarity: c,
        relationship_potential: r,
        capacity_to_engage: k,
        existing_trust: t,
    }
}

/// The documented rule, written independently as a table: the base priority for (mission,
/// complementarity, relationship), nine letters per mission rating, complementarity Low,
/// Medium, High in groups of three, relationship Low, Medium, High within each group.
/// I = Immediate, E = Explore, L = Long-term, N = Not now.
const BASE: [&str; 3] = [
    "NNN NNN NNN", // mission Low: always Not now
    "NLL LEE LEE", // mission Medium
    "LLL LEI LII", // mission High
];

fn expected(
    m: PartnerRating,
    c: PartnerRating,
    r: PartnerRating,
    k: PartnerRating,
    t: PartnerRating,
) -> Priority {
    let row: Vec<char> = BASE[m as usize].chars().filter(|c| *c != ' ').collect();
    let order = ['I', 'E', 'L'];
    let base = row[c as usize * 3 + r as usize];
    if base == 'N' {
        return Priority::NotNow;
    }
    let steps = usize::from(k == Low) + usize::from(t == Low);
    let at = order.iter().position(|x| *x == base).unwrap();
    [Priority::Immediate, Priority::Explore, Priority::LongTerm][(at + steps).min(2)]
}

#[test]
fn the_worked_example_is_reproduced_exactly() {
    // Capacity and trust at Medium (and at High): the three rows of the source's matrix.
    for neutral in [Medium, High] {
        let with = |m, c, r| {
            decide_priority(&Ratings {
                capacity_to_engage: neutral,
                existing_trust: neutral,
                ..ratings(m, c, r)
            })
            .priority
        };
        assert_eq!(with(High, Medium, High), Priority::Immediate);
        assert_eq!(with(Medium, High, Medium), Priority::Explore);
        assert_eq!(with(High, Low, High), Priority::LongTerm);
        for c in PartnerRating::ALL {
            for r in PartnerRating::ALL {
                assert_eq!(with(Low, c, r), Priority::NotNow);
            }
        }
    }
}

#[test]
fn all_243_combinations_follow_the_documented_rule() {
    let mut seen = 0;
    let mut per_priority = [0usize; 4];
    for m in PartnerRating::ALL {
        for c in PartnerRating::ALL {
            for r in PartnerRating::ALL {
                for k in PartnerRating::ALL {
                    for t in PartnerRating::ALL {
                        let decision = decide_priority(&all5(m, c, r, k, t));
                        assert_eq!(
                            decision.priority,
                            expected(m, c, r, k, t),
                            "mission {m:?}, complementarity {c:?}, relationship {r:?}, capacity {k:?}, trust {t:?}"
                        );
                        assert_eq!(decision.base, base_priority(m, c, r));
                        assert_eq!(
                            decision.priority != decision.base,
                            decision.lowered_for_capacity || decision.lowered_for_trust
                        );
                        // Capacity and trust only ever make it later, and never Not now.
                        assert!(decision.priority >= decision.base);
                        assert_eq!(
                            decision.priority == Priority::NotNow,
                            decision.base == Priority::NotNow
                        );
                        per_priority[decision.priority as usize] += 1;
                        seen += 1;
                    }
                }
            }
        }
    }
    assert_eq!(seen, 243);
    assert!(per_priority.iter().all(|n| *n > 0), "{per_priority:?}");
}

#[test]
fn the_priority_reasons_say_what_moved_it() {
    let d = decide_priority(&all5(High, Medium, High, Low, Medium));
    assert_eq!(
        (d.base, d.priority),
        (Priority::Immediate, Priority::Explore)
    );
    assert!(d.lowered_for_capacity && !d.lowered_for_trust);
    let d = decide_priority(&all5(High, Medium, High, Low, Low));
    assert_eq!(d.priority, Priority::LongTerm);
    assert!(d.lowered_for_capacity && d.lowered_for_trust);
    let d = decide_priority(&all5(High, Low, High, Low, Low));
    assert_eq!(d.priority, Priority::LongTerm);
    assert!(!d.lowered_for_capacity && !d.lowered_for_trust);
}

fn sector(id: &str) -> Sector {
    Sector::from_id(id).unwrap()
}

fn offer(id: &str) -> Offer {
    Offer::from_id(id).unwrap()
}

fn candidate(name: &str, offers: &[&str], r: Ratings) -> Candidate {
    let mut c = Candidate::new(name, sector("nonprofit")).unwrap();
    c.offers = offers.iter().map(|id| offer(id)).collect();
    c.ratings = r.into();
    c
}

#[test]
fn names_are_trimmed_and_limited_in_characters() {
    assert_eq!(
        Candidate::new("  Food bank\n", sector("nonprofit"))
            .unwrap()
            .name(),
        "Food bank"
    );
    assert_eq!(
        Candidate::new(" \t ", sector("other")),
        Err(PartnerError::NameEmpty)
    );
    let multibyte = "é".repeat(MAX_NAME_CHARS); // 240 bytes, 120 characters
    assert!(Candidate::new(&multibyte, sector("other")).is_ok());
    let too_long = "x".repeat(MAX_NAME_CHARS + 1);
    let err = Candidate::new(&too_long, sector("other")).unwrap_err();
    assert_eq!(err, PartnerError::NameTooLong { chars: 121 });
    assert_eq!(
        err.to_string(),
        "The name is 121 characters long; please shorten it to at most 120."
    );
    let mut c = Candidate::new("Library", sector("government")).unwrap();
    assert!(c.set_name("").is_err());
    assert_eq!(c.name(), "Library", "a refused edit changes nothing");
}

#[test]
fn hostile_text_is_kept_as_given() {
    let hostile =
        "<script>alert(1)</script> <a href=\"javascript:alert(2)\">x</a> \u{202E}evil\u{202C}";
    let mut c = Candidate::new(hostile, sector("other")).unwrap();
    assert_eq!(c.name(), hostile);
    c.set_notes(&format!("{hostile}\n\n  ")).unwrap();
    assert_eq!(c.notes(), format!("{hostile}\n\n  "));
    assert!(c.set_notes(&"€".repeat(MAX_NOTES_CHARS)).is_ok());
    assert_eq!(
        c.set_notes(&"a".repeat(10_000)),
        Err(PartnerError::NotesTooLong { chars: 10_000 })
    );
    assert_eq!(c.notes().chars().count(), MAX_NOTES_CHARS);
}

#[test]
fn the_map_holds_at_most_200_candidates() {
    let mut map = PartnerMap::default();
    for i in 0..MAX_CANDIDATES {
        map.add(Candidate::new(&format!("Org {i}"), sector("other")).unwrap())
            .unwrap();
    }
    let extra = Candidate::new("One too many", sector("other")).unwrap();
    let err = map.add(extra).unwrap_err();
    assert_eq!(err, PartnerError::TooManyCandidates);
    assert!(err.to_string().contains("200"), "{err}");
    assert_eq!(map.duplicate(0), Err(PartnerError::TooManyCandidates));
    assert_eq!(map.len(), MAX_CANDIDATES);
}

#[test]
fn edit_duplicate_and_remove() {
    let mut map = PartnerMap::default();
    let a = map
        .add(candidate("A", &["funding"], ratings(High, High, High)))
        .unwrap();
    let b = map
        .add(candidate("B", &["data"], Ratings::default()))
        .unwrap();
    assert_eq!((a, b), (0, 1));
    let copy = map.duplicate(0).unwrap();
    assert_eq!(copy, 1);
    assert_eq!(map.candidates()[1].name(), "A (copy)");
    assert_eq!(map.candidates()[1].offers, map.candidates()[0].offers);
    assert_eq!(map.candidates()[2].name(), "B");
    map.edit(2, candidate("B2", &[], Ratings::default()))
        .unwrap();
    assert_eq!(map.candidates()[2].name(), "B2");
    assert_eq!(
        map.edit(3, candidate("C", &[], Ratings::default())),
        Err(PartnerError::NoSuchCandidate { index: 3 })
    );
    assert_eq!(map.remove(0).unwrap().name(), "A");
    assert_eq!(map.len(), 2);
    let err = map.remove(7).unwrap_err();
    assert!(err.to_string().contains("number 8"), "{err}");

    // A copy of a name at the limit still fits the limit.
    let mut map = PartnerMap::default();
    map.add(Candidate::new(&"n".repeat(MAX_NAME_CHARS), sector("other")).unwrap())
        .unwrap();
    map.duplicate(0).unwrap();
    let copy = map.candidates()[1].name();
    assert_eq!(copy.chars().count(), MAX_NAME_CHARS);
    assert!(copy.ends_with(" (copy)"));
}

#[test]
fn the_community_connector_flag_is_the_role() {
    let mut c = Candidate::new("Tenants' association", sector("grassroots")).unwrap();
    assert!(!c.is_community_connector());
    c.set_community_connector(true);
    assert!(c.is_community_connector());
    assert!(c.offers.contains(offer(COMMUNITY_CONNECTOR)));
    assert_eq!(offer(COMMUNITY_CONNECTOR).kind(), OfferKind::Role);
    c.set_community_connector(false);
    assert!(c.offers.is_empty());
}

#[test]
fn at_most_16_needs() {
    let mut map = PartnerMap::default();
    let all: Vec<Offer> = Offer::all().collect();
    assert!(all.len() > MAX_NEEDS);
    for o in &all[..MAX_NEEDS] {
        map.set_need(*o, true).unwrap();
    }
    let err = map.set_need(all[MAX_NEEDS], true).unwrap_err();
    assert_eq!(err, PartnerError::TooManyNeeds);
    assert_eq!(map.needs().len(), MAX_NEEDS);
    map.set_need(all[0], false).unwrap();
    map.set_need(all[MAX_NEEDS], true).unwrap();
}

fn map_with(needs: &[&str], candidates: Vec<Candidate>) -> PartnerMap {
    let mut map = PartnerMap::default();
    for n in needs {
        map.set_need(offer(n), true).unwrap();
    }
    for c in candidates {
        map.add(c).unwrap();
    }
    map
}

fn members(p: &Portfolio) -> Vec<usize> {
    p.cover.members.iter().map(|m| m.candidate).collect()
}

#[test]
fn the_portfolio_view() {
    let trusted = Ratings {
        existing_trust: High,
        ..ratings(High, Medium, High)
    };
    let mut connector = candidate("Tenants", &["lived-experience"], Ratings::default());
    connector.sector = sector("grassroots");
    connector.set_community_connector(true);
    let map = map_with(
        &["funding", "volunteers", "data", "advocacy"],
        vec![
            candidate("Foundation", &["funding"], trusted),
            candidate(
                "Volunteer centre",
                &["volunteers", "funding"],
                Ratings::default(),
            ),
            connector,
            candidate(
                "Misaligned but trusted",
                &["data"],
                Ratings {
                    existing_trust: High,
                    ..ratings(Low, High, High)
                },
            ),
        ],
    );
    let p = analyse(&map);
    assert_eq!(p.priorities.len(), 4);
    assert_eq!(
        p.priorities[0].map(|d| d.priority),
        Some(Priority::Immediate)
    );
    let funding = p
        .coverage
        .iter()
        .find(|n| n.need == offer("funding"))
        .unwrap();
    assert_eq!(funding.candidates, vec![0, 1]);
    assert_eq!(p.gaps, [offer("advocacy")].into_iter().collect());
    assert_eq!(p.cover.uncovered, p.gaps);
    assert_eq!(p.sectors.single_sector, None);
    assert_eq!(p.sectors.counts.len(), 2);
    assert_eq!(
        p.trusted_starting_points,
        vec![0],
        "Not now is no place to start"
    );
    assert_eq!(p.community_connectors, vec![2]);
    // Volunteer centre covers funding and volunteers; data only from the Not now candidate.
    assert_eq!(members(&p), vec![1, 3]);
    let not_now = &p.cover.members[1];
    assert!(not_now.not_now);
    assert_eq!(not_now.only_it, [offer("data")].into_iter().collect());
}

#[test]
fn one_sector_only_is_warned_about() {
    let map = map_with(
        &[],
        vec![
            candidate("A", &[], Ratings::default()),
            candidate("B", &[], Ratings::default()),
        ],
    );
    assert_eq!(
        analyse(&map).sectors.single_sector,
        Some(sector("nonprofit"))
    );
    let one = map_with(&[], vec![candidate("A", &[], Ratings::default())]);
    assert_eq!(
        analyse(&one).sectors.single_sector,
        None,
        "one candidate is no portfolio yet"
    );
    assert_eq!(analyse(&PartnerMap::default()).sectors.single_sector, None);
}

#[test]
fn fewer_members_beat_better_priorities() {
    let map = map_with(
        &["funding", "staff", "space"],
        vec![
            candidate("Immediate funder", &["funding"], ratings(High, High, High)),
            candidate("Immediate staff", &["staff"], ratings(High, High, High)),
            candidate("Immediate rooms", &["space"], ratings(High, High, High)),
            candidate(
                "Explore, all three",
                &["funding", "staff", "space"],
                ratings(Medium, Medium, Medium),
            ),
        ],
    );
    let p = analyse(&map);
    assert_eq!(members(&p), vec![3]);
    assert_eq!(p.cover.members[0].only_it.len(), 3);
}

#[test]
fn ties_go_to_priority_then_trust_then_the_list() {
    let explore = ratings(Medium, Medium, Medium);
    let immediate = ratings(High, High, High);
    let map = map_with(
        &["funding", "staff"],
        vec![
            candidate("Explore", &["funding", "staff"], explore),
            candidate("Immediate", &["funding", "staff"], immediate),
        ],
    );
    assert_eq!(members(&analyse(&map)), vec![1], "priority first");

    let trusted = Ratings {
        existing_trust: High,
        ..explore
    };
    let map = map_with(
        &["funding"],
        vec![
            candidate("Plain", &["funding"], explore),
            candidate("Trusted", &["funding"], trusted),
        ],
    );
    assert_eq!(members(&analyse(&map)), vec![1], "then trust");

    let map = map_with(
        &["funding"],
        vec![
            candidate("First", &["funding"], explore),
            candidate("Second", &["funding"], explore),
        ],
    );
    assert_eq!(members(&analyse(&map)), vec![0], "then the list");
}

#[test]
fn not_now_is_used_only_where_nobody_else_helps() {
    let not_now = ratings(Low, High, High);
    let ok = ratings(Medium, Medium, Medium);
    // The Not now candidate offers everything, but funding and staff are available
    // elsewhere: it is used for space only... and since it must be in, it also covers the
    // rest, so it alone is the cover.
    let map = map_with(
        &["funding", "staff", "space"],
        vec![
            candidate(
                "Everything, Not now",
                &["funding", "staff", "space"],
                not_now,
            ),
            candidate("Funder", &["funding"], ok),
            candidate("Staff", &["staff"], ok),
        ],
    );
    assert_eq!(members(&analyse(&map)), vec![0]);
    // Two Not now candidates could cover it in two; one Not now plus two others is preferred.
    let map = map_with(
        &["funding", "staff", "space"],
        vec![
            candidate("Rooms, Not now", &["space"], not_now),
            candidate("Funding and staff, Not now", &["funding", "staff"], not_now),
            candidate("Funder", &["funding"], ok),
            candidate("Staff", &["staff"], ok),
        ],
    );
    let p = analyse(&map);
    assert_eq!(members(&p), vec![0, 2, 3]);
    assert!(p.cover.members[0].not_now);
}

#[test]
fn every_member_has_a_reason_and_nothing_is_left_that_someone_offers() {
    let map = map_with(
        &["funding", "staff", "space", "data", "reach"],
        vec![
            candidate("A", &["funding", "staff"], Ratings::default()),
            candidate("B", &["staff", "space"], Ratings::default()),
            candidate("C", &["space", "data"], Ratings::default()),
            candidate("D", &["data", "funding"], Ratings::default()),
        ],
    );
    let p = analyse(&map);
    assert_eq!(p.cover.members.len(), 2);
    assert_eq!(members(&p), vec![0, 2]);
    assert!(p.cover.members.iter().all(|m| !m.only_it.is_empty()));
    assert_eq!(p.cover.uncovered, [offer("reach")].into_iter().collect());
}

#[test]
fn no_needs_or_no_candidates_give_an_empty_cover() {
    assert_eq!(analyse(&PartnerMap::default()).cover, Cover::default());
    let map = map_with(&["funding"], vec![]);
    let p = analyse(&map);
    assert!(p.cover.members.is_empty());
    assert_eq!(p.cover.uncovered, [offer("funding")].into_iter().collect());
}

// ---- brute force against the dynamic programme ----

/// The documented objective of a set, smaller is better: (Not now count, unrated count,
/// size, priority rank sum (no priority counts 3), trust deficit sum (trust not rated
/// counts 2), position sum).
type Objective = (usize, usize, usize, u32, u32, usize);

fn objective(map: &PartnerMap, set: &[usize]) -> Objective {
    let cs = map.candidates();
    (
        set.iter()
            .filter(|&&i| cs[i].priority_level() == Some(Priority::NotNow))
            .count(),
        set.iter()
            .filter(|&&i| cs[i].priority_level().is_none())
            .count(),
        set.len(),
        set.iter()
            .map(|&i| u32::from(cs[i].priority_level().map_or(3, Priority::rank)))
            .sum(),
        set.iter()
            .map(|&i| {
                2 - u32::from(
                    cs[i]
                        .ratings
                        .existing_trust
                        .map_or(0, PartnerRating::points),
                )
            })
            .sum(),
        set.iter().sum(),
    )
}

fn brute_force(map: &PartnerMap) -> Objective {
    let cs = map.candidates();
    let needs = map.needs();
    let coverable = cs
        .iter()
        .fold(OfferSet::EMPTY, |a, c| a.union(c.offers))
        .intersection(needs);
    let mut best = None;
    for bits in 0u32..(1 << cs.len()) {
        let set: Vec<usize> = (0..cs.len()).filter(|i| bits & (1 << i) != 0).collect();
        let covered = set
            .iter()
            .fold(OfferSet::EMPTY, |a, &i| a.union(cs[i].offers))
            .intersection(needs);
        if covered == coverable {
            let o = objective(map, &set);
            if best.is_none_or(|b| o < b) {
                best = Some(o);
            }
        }
    }
    best.unwrap()
}

/// A rating, or (one time in four) none yet.
fn rating() -> impl Strategy<Value = Option<PartnerRating>> {
    proptest::option::weighted(0.75, proptest::sample::select(PartnerRating::ALL.to_vec()))
}

fn small_map() -> impl Strategy<Value = PartnerMap> {
    let offers = Offer::all().count() as u32;
    let needs = proptest::collection::vec(0..offers.min(8), 0..7);
    let candidate = (
        proptest::collection::vec(0..offers.min(8), 0..4),
        rating(),
        rating(),
        rating(),
        rating(),
        rating(),
    );
    (needs, proptest::collection::vec(candidate, 0..11)).prop_map(|(needs, cs)| {
        let all: Vec<Offer> = Offer::all().collect();
        let mut map = PartnerMap::default();
        for n in needs {
            map.set_need(all[n as usize], true).unwrap();
        }
        for (i, (offers, m, c, r, k, t)) in cs.into_iter().enumerate() {
            let mut cand = Candidate::new(&format!("C{i}"), Sector::other()).unwrap();
            cand.offers = offers.into_iter().map(|o| all[o as usize]).collect();
            cand.ratings = GivenRatings {
                mission_alignment: m,
                resource_complementarity: c,
                relationship_potential: r,
                capacity_to_engage: k,
                existing_trust: t,
            };
            map.add(cand).unwrap();
        }
        map
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: if std::env::var("PROPTEST_CASES").is_ok() { ProptestConfig::default().cases } else { 256 }, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_cover_is_exactly_optimal(map in small_map()) {
        let p = analyse(&map);
        let set = members(&p);
        let cs = map.candidates();
        let covered = set.iter().fold(OfferSet::EMPTY, |a, &i| a.union(cs[i].offers)).intersection(map.needs());
        prop_assert_eq!(covered.union(p.cover.uncovered), map.needs());
        prop_assert!(covered.intersection(p.cover.uncovered).is_empty());
        prop_assert_eq!(objective(&map, &set), brute_force(&map));
        for m in &p.cover.members {
            prop_assert!(!m.only_it.is_empty());
            prop_assert_eq!(m.not_now, cs[m.candidate].priority_level() == Some(Priority::NotNow));
            prop_assert_eq!(m.unrated, cs[m.candidate].priority_level().is_none());
        }
        // Not now members are there only for needs nobody else offers.
        for m in p.cover.members.iter().filter(|m| m.not_now) {
            let others = cs.iter().filter(|c| c.priority_level() != Some(Priority::NotNow))
                .fold(OfferSet::EMPTY, |a, c| a.union(c.offers));
            prop_assert!(!m.covers.difference(others).is_empty());
        }
        // Unrated members are there only for needs no rated candidate (short of Not now)
        // offers.
        for m in p.cover.members.iter().filter(|m| m.unrated) {
            let rated = cs.iter().filter(|c| c.priority_level().is_some_and(|p| p != Priority::NotNow))
                .fold(OfferSet::EMPTY, |a, c| a.union(c.offers));
            prop_assert!(!m.covers.difference(rated).is_empty());
        }
        // No priority unless the given ratings settle it: every completion agrees.
        for c in cs {
            if let (Some(d), Some(all)) = (c.priority(), c.ratings.complete()) {
                prop_assert_eq!(d, decide_priority(&all));
            }
        }
    }

    #[test]
    fn partner_operations_never_panic(ops in proptest::collection::vec((0u8..6, 0usize..12, "\\PC{0,130}"), 0..60)) {
        let mut map = PartnerMap::default();
        for (op, index, text) in ops {
            let _ = match op {
                0 => Candidate::new(&text, Sector::other()).and_then(|c| map.add(c)).map(|_| ()),
                1 => Candidate::new(&text, Sector::other()).and_then(|c| map.edit(index, c)),
                2 => map.duplicate(index).map(|_| ()),
                3 => map.remove(index).map(|_| ()),
                4 => Offer::all().nth(index).map_or(Ok(()), |o| map.set_need(o, text.len() % 2 == 0)),
                _ => {
                    let mut c = Candidate::new("x", Sector::other()).unwrap();
                    c.set_notes(&text.repeat(20)).map(|_| ())
                }
            };
            prop_assert!(map.len() <= MAX_CANDIDATES);
            prop_assert!(map.needs().len() <= MAX_NEEDS);
            for c in map.candidates() {
                let n = c.name().chars().count();
                prop_assert!((1..=MAX_NAME_CHARS).contains(&n));
            }
            let _ = analyse(&map);
        }
    }
}

#[test]
fn a_long_slice_is_cut_to_the_first_200_candidates() {
    let mut cs: Vec<Candidate> = (0..300)
        .map(|i| {
            candidate(
                &format!("C{i}"),
                &["funding"],
                ratings(Medium, Medium, Medium),
            )
        })
        .collect();
    cs.push(candidate("Late", &["staff"], Ratings::default()));
    let needs: OfferSet = [offer("funding"), offer("staff")].into_iter().collect();
    let cover = smallest_cover(&cs, needs);
    let members: Vec<usize> = cover.members.iter().map(|m| m.candidate).collect();
    assert_eq!(members, [0]);
    assert_eq!(cover.uncovered, [offer("staff")].into_iter().collect());
}

// ---- ratings not given yet (issue 12, finding 7) ----

#[test]
fn a_new_organisation_has_no_rating_and_no_priority() {
    let c = Candidate::new("New", sector("nonprofit")).unwrap();
    assert_eq!(c.ratings, GivenRatings::default());
    assert_eq!(c.ratings.missing(), Criterion::ALL.to_vec());
    assert_eq!(c.priority(), None);
}

#[test]
fn a_priority_shows_only_once_no_missing_rating_could_change_it() {
    let given = |m, c, r, k, t| GivenRatings {
        mission_alignment: m,
        resource_complementarity: c,
        relationship_potential: r,
        capacity_to_engage: k,
        existing_trust: t,
    };
    let level = |g: GivenRatings| decide_given(&g).map(|d| d.priority);
    // Low mission alignment settles it alone.
    assert_eq!(
        level(given(Some(Low), None, None, None, None)),
        Some(Priority::NotNow)
    );
    // A strong fit waits for capacity and trust: either could make it later.
    let strong = given(Some(High), Some(Medium), Some(High), None, None);
    assert_eq!(level(strong), None);
    assert_eq!(
        level(GivenRatings {
            capacity_to_engage: Some(Medium),
            ..strong
        }),
        None
    );
    assert_eq!(
        level(GivenRatings {
            capacity_to_engage: Some(Medium),
            existing_trust: Some(High),
            ..strong
        }),
        Some(Priority::Immediate)
    );
    // Already as late as it goes: capacity and trust cannot move Long-term.
    assert_eq!(
        level(given(Some(High), Some(Low), Some(High), None, None)),
        Some(Priority::LongTerm)
    );
    // Every combination of given and missing ratings (4^5): a priority shown is the one
    // every way of filling in the rest would give, and all five given always gives one.
    let options = [None, Some(Low), Some(Medium), Some(High)];
    for m in options {
        for c in options {
            for r in options {
                for k in options {
                    for t in options {
                        let g = given(m, c, r, k, t);
                        if let Some(all) = g.complete() {
                            assert_eq!(decide_given(&g), Some(decide_priority(&all)));
                        }
                        let Some(shown) = decide_given(&g) else {
                            continue;
                        };
                        let fill = |x: Option<PartnerRating>| match x {
                            Some(v) => vec![v],
                            None => PartnerRating::ALL.to_vec(),
                        };
                        for m2 in fill(m) {
                            for c2 in fill(c) {
                                for r2 in fill(r) {
                                    for k2 in fill(k) {
                                        for t2 in fill(t) {
                                            assert_eq!(
                                                decide_priority(&all5(m2, c2, r2, k2, t2)),
                                                shown
                                            );
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn an_unrated_organisation_covers_a_need_only_when_no_rated_one_brings_it() {
    let mut unrated = Candidate::new("Unrated", sector("nonprofit")).unwrap();
    unrated.offers = [offer("funding"), offer("space")].into_iter().collect();
    let rated = candidate("Rated", &["funding"], ratings(Medium, Medium, Medium));
    let map = map_with(&["funding"], vec![unrated.clone(), rated.clone()]);
    assert_eq!(
        members(&analyse(&map)),
        [1],
        "the rated one, though later in the list"
    );
    let map = map_with(&["funding", "space"], vec![unrated, rated]);
    let p = analyse(&map);
    assert_eq!(members(&p), [0], "only it brings space");
    assert!(p.cover.members[0].unrated);
    assert_eq!(p.priorities[0], None);
    // High trust not given is not a trusted starting point.
    assert!(p.trusted_starting_points.is_empty());
}
