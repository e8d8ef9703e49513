//! Property tests of workshop mode: no panic on any file, the order of the files never
//! matters, duplicates keep the newest copy.
//!
//! Quick by default (64 cases per property); `PROPTEST_CASES` raises it.

mod common;

use partnership_engine::workshop::{FileStatus, HiddenReason, merge, profile, profile_with};
use partnership_engine::*;
use proptest::prelude::*;

fn role() -> impl Strategy<Value = Option<RespondentRole>> {
    prop_oneof![
        1 => Just(None),
        6 => (0usize..6).prop_map(|i| Some(RespondentRole::ALL[i])),
    ]
}

/// A results file: one of a few result ids (so duplicates happen), one of a few update
/// times, a role, some readiness and barrier answers, and for some the health check.
fn result_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    (respondent(), 0u32..1000)
        .prop_map(|(a, name)| (format!("result-{name}.json"), export(&a).into_bytes()))
}

/// A respondent (see [`result_file`]).
fn respondent() -> impl Strategy<Value = Assessment> {
    let items: Vec<&'static str> = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .map(|i| i.id)
        .collect();
    let n = items.len();
    let h = common::health_items().len();
    (
        0u8..6,
        0i64..3,
        role(),
        proptest::collection::vec(0u8..7, n),
        proptest::collection::vec((0u8..5, 0u8..5), 10),
        proptest::option::of((proptest::collection::vec(0u8..8, h), 0u8..7, 0u8..7)),
    )
        .prop_map(move |(id, updated, role, answers, barriers, checkup)| {
            let mut a = Assessment::new(
                ResultId::from_random_bytes([id; 16]),
                Timestamp::from_unix_millis(1_767_225_600_000),
            );
            a.touch(Timestamp::from_unix_millis(
                1_767_225_600_000 + updated * 60_000,
            ));
            a.respondent_role = role;
            for (item, v) in items.iter().zip(answers) {
                let answer = match v {
                    5 => Some(ReadinessAnswer::DontKnow),
                    6 => None,
                    v => Rating::new(v).map(ReadinessAnswer::Scale),
                };
                a.answers.set_readiness(item, answer);
            }
            for (b, (p, h)) in INSTRUMENTS.barriers.barriers.iter().zip(barriers) {
                a.answers.set_barrier(b.id, Rating::new(p), Rating::new(h));
            }
            if let Some((statements, benefits, costs)) = checkup {
                common::answer_health(&mut a.answers, &statements, [benefits, costs]);
            }
            a
        })
}

fn any_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    prop_oneof![
        4 => result_file(),
        1 => (".{0,20}", proptest::collection::vec(any::<u8>(), 0..300)),
        1 => ("[a-z]{1,8}", "\\{\"\\$schema\": \"urn:partnership-assessment:results:v[0-9]\", \"formatVersion\": [0-9]\\}")
            .prop_map(|(n, s)| (n, s.into_bytes())),
    ]
}

fn sorted_reports(files: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut reports: Vec<String> = merge(files)
        .files
        .iter()
        .map(|f| format!("{f:?}"))
        .collect();
    reports.sort();
    reports
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn arbitrary_bytes_never_panic(files in proptest::collection::vec((".{0,10}", proptest::collection::vec(any::<u8>(), 0..400)), 0..8)) {
        let merged = merge(&files);
        prop_assert_eq!(merged.files.len(), files.len());
        prop_assert!(merged.respondents.len() <= files.len());
        let p = profile(&merged);
        prop_assert_eq!(p.group.respondents as usize, merged.respondents.len());
    }

    /// The hand-written writer in the engine writes the group summary byte for byte as
    /// serde_json wrote it from the derived serialisers.
    #[test]
    fn the_group_summary_is_written_as_serde_json_wrote_it(
        people in proptest::collection::vec(result_file(), 0..24),
        others in proptest::collection::vec(any_file(), 0..4),
    ) {
        let files: Vec<_> = people.into_iter().chain(others).collect();
        let merged = merge(&files);
        let p = profile(&merged);
        let at = Timestamp::from_unix_millis(1_790_000_000_000);
        let theirs = serde_json::to_string_pretty(&workshop::GroupSummary::new(&INSTRUMENTS, &merged, &p, at, "en"))
            .expect("serde_json writes the summary");
        prop_assert_eq!(workshop::summary_json(&INSTRUMENTS, &merged, &p, at, "en"), theirs);
    }

    #[test]
    fn the_order_of_the_files_never_matters(
        files in proptest::collection::vec(any_file(), 0..10),
        seed in any::<u64>(),
    ) {
        let mut shuffled = files.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let a = merge(&files);
        let b = merge(&shuffled);
        prop_assert_eq!(&a.respondents, &b.respondents);
        prop_assert_eq!(profile(&a), profile(&b));
        prop_assert_eq!(sorted_reports(&files), sorted_reports(&shuffled));
    }

    #[test]
    fn duplicates_keep_the_newest(files in proptest::collection::vec(result_file(), 1..10)) {
        let merged = merge(&files);
        for (file, report) in files.iter().zip(&merged.files) {
            let imported = import(&file.1).expect("generated files import");
            let kept = merged
                .respondents
                .iter()
                .find(|r| r.assessment.id == imported.assessment.id)
                .expect("every result id is kept once");
            prop_assert!(kept.assessment.updated_at >= imported.assessment.updated_at);
            let is_kept = matches!(report.status, FileStatus::Accepted { .. });
            let is_dropped = matches!(report.status, FileStatus::DuplicateOf { .. });
            prop_assert!(is_kept != is_dropped);
            if is_dropped {
                match &report.status {
                    FileStatus::DuplicateOf { kept_file, .. } => prop_assert_eq!(kept_file, &kept.file_name),
                    _ => unreachable!(),
                }
            }
        }
        let mut ids: Vec<[u8; 16]> = merged.respondents.iter().map(|r| r.assessment.id.bytes()).collect();
        let before = ids.len();
        ids.dedup();
        prop_assert_eq!(ids.len(), before);
        let accepted = merged.files.iter().filter(|f| matches!(f.status, FileStatus::Accepted { .. })).count();
        prop_assert_eq!(accepted, merged.respondents.len());
    }

    #[test]
    fn hidden_groups_never_leak(
        people in proptest::collection::vec(respondent(), 0..14),
        others in proptest::collection::vec(respondent(), 14),
    ) {
        // Distinct ids: the profile takes respondents as given.
        let people: Vec<Assessment> = people
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                a.id = ResultId::from_random_bytes([i as u8; 16]);
                a
            })
            .collect();
        let refs: Vec<&Assessment> = people.iter().collect();
        let before = profile_with(&INSTRUMENTS, &refs);
        let visible: Vec<RespondentRole> = before.subgroups.iter().map(|s| s.role).collect();
        for s in &before.subgroups {
            prop_assert!(s.profile.respondents >= 3);
        }
        for h in &before.hidden_groups {
            prop_assert!(!visible.contains(&h.role));
            let n = people.iter().filter(|a| a.respondent_role == Some(h.role)).count();
            prop_assert!(n > 0);
            if h.reason == HiddenReason::FewerThanThree {
                prop_assert!(n < 3);
            }
        }
        for g in &before.gaps {
            prop_assert!(visible.contains(&g.higher_role) && visible.contains(&g.lower_role));
        }
        // Everyone outside the visible subgroups (when there are any): none, or at least
        // three, so the whole group minus the subgroups reveals no one.
        let outside = people
            .iter()
            .filter(|a| !a.respondent_role.is_some_and(|r| visible.contains(&r)))
            .count();
        prop_assert!(visible.is_empty() || outside == 0 || outside >= 3);
        // Change the answers of everyone outside the visible subgroups: the subgroups and
        // the gaps stay exactly the same.
        let changed: Vec<Assessment> = people
            .iter()
            .zip(&others)
            .map(|(a, other)| {
                let mut a = a.clone();
                if !a.respondent_role.is_some_and(|r| visible.contains(&r)) {
                    a.answers = other.answers.clone();
                }
                a
            })
            .collect();
        let refs: Vec<&Assessment> = changed.iter().collect();
        let after = profile_with(&INSTRUMENTS, &refs);
        prop_assert_eq!(&before.subgroups, &after.subgroups);
        prop_assert_eq!(&before.gaps, &after.gaps);
        prop_assert_eq!(&before.hidden_groups, &after.hidden_groups);
    }
}
