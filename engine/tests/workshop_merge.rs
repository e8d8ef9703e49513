//! Workshop merge: per-file reports, deduplication, rejected files.

use partnership_engine::workshop::{FileStatus, merge};
use partnership_engine::*;

fn assessment(seed: u8, updated_ms: i64, role: Option<RespondentRole>) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([seed; 16]),
        Timestamp::from_unix_millis(1_767_225_600_000),
    );
    a.touch(Timestamp::from_unix_millis(1_767_225_600_000 + updated_ms));
    a.respondent_role = role;
    a
}

#[test]
fn each_file_gets_its_own_report() {
    let ana = export(&assessment(1, 0, Some(RespondentRole::Staff)));
    let ben = export(&assessment(2, 0, None));
    let newer = "{\"$schema\": \"urn:partnership-assessment:results:v9\", \"formatVersion\": 9}";
    let files: Vec<(&str, &[u8])> = vec![
        ("ana.json", ana.as_bytes()),
        ("notes.txt", b"not json at all"),
        ("ben.json", ben.as_bytes()),
        ("other-tool.json", b"{\"survey\": \"something else\"}"),
        ("future.json", newer.as_bytes()),
        ("empty.json", b""),
    ];
    let merged = merge(&files);
    assert_eq!(merged.respondents.len(), 2);
    let names: Vec<&str> = merged.files.iter().map(|f| f.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ana.json",
            "notes.txt",
            "ben.json",
            "other-tool.json",
            "future.json",
            "empty.json"
        ]
    );
    assert!(
        matches!(&merged.files[0].status, FileStatus::Accepted { warnings, .. } if warnings.is_empty())
    );
    assert!(matches!(
        merged.files[2].status,
        FileStatus::Accepted { .. }
    ));
    assert!(matches!(
        import(files[1].1),
        Err(ImportError::NotJson { .. })
    ));
    for (i, expected) in [
        (1, import(files[1].1).unwrap_err()),
        (3, ImportError::NotOurFormat),
        (4, ImportError::NewerVersion { found: 9 }),
    ] {
        assert_eq!(
            merged.files[i].status,
            FileStatus::Rejected {
                reason: expected.to_string()
            },
            "{}",
            merged.files[i].file_name
        );
    }
    assert!(matches!(
        merged.files[5].status,
        FileStatus::Rejected { .. }
    ));
    assert_eq!(merged.dropped_duplicates().count(), 0);
}

#[test]
fn duplicates_keep_the_newest_and_name_the_kept_file() {
    let old = assessment(5, 1_000, Some(RespondentRole::Board));
    let mut new = assessment(5, 9_000, Some(RespondentRole::Board));
    new.set_organization_name("Newest");
    let files = vec![
        ("monday.json".to_owned(), export(&old).into_bytes()),
        ("tuesday.json".to_owned(), export(&new).into_bytes()),
        ("copy-of-monday.json".to_owned(), export(&old).into_bytes()),
    ];
    let merged = merge(&files);
    assert_eq!(merged.respondents.len(), 1);
    assert_eq!(merged.respondents[0].file_name, "tuesday.json");
    assert_eq!(
        merged.respondents[0]
            .assessment
            .organization_name
            .as_deref(),
        Some("Newest")
    );
    assert_eq!(
        merged.files[0].status,
        FileStatus::DuplicateOf {
            result_id: old.id,
            kept_file: "tuesday.json".into(),
            updated_at: old.updated_at,
        }
    );
    assert!(matches!(
        merged.files[1].status,
        FileStatus::Accepted { .. }
    ));
    assert!(matches!(
        merged.files[2].status,
        FileStatus::DuplicateOf { .. }
    ));
    let dropped: Vec<&str> = merged
        .dropped_duplicates()
        .map(|f| f.file_name.as_str())
        .collect();
    assert_eq!(dropped, ["monday.json", "copy-of-monday.json"]);
}

#[test]
fn identical_copies_keep_one_chosen_by_name() {
    let a = export(&assessment(6, 0, None));
    let forward = merge(&[("b.json", a.as_str()), ("a.json", a.as_str())]);
    let backward = merge(&[("a.json", a.as_str()), ("b.json", a.as_str())]);
    assert_eq!(forward.respondents, backward.respondents);
    assert_eq!(forward.respondents[0].file_name, "a.json");
}

#[test]
fn warnings_travel_with_the_report() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&export(&assessment(7, 0, None))).unwrap();
    doc["answers"]["readiness"]["readiness.no-such.item"] = 3.into();
    let merged = merge(&[("x.json", doc.to_string())]);
    match &merged.files[0].status {
        FileStatus::Accepted { warnings, .. } => {
            assert_eq!(warnings.len(), 1);
            assert!(warnings[0].contains("readiness.no-such.item"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn respondents_are_ordered_by_result_id() {
    let files: Vec<(String, String)> = [9u8, 3, 7]
        .iter()
        .map(|&s| (format!("{s}.json"), export(&assessment(s, 0, None))))
        .collect();
    let merged = merge(&files);
    let ids: Vec<[u8; 16]> = merged
        .respondents
        .iter()
        .map(|r| r.assessment.id.bytes())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn the_frozen_v1_fixture_is_accepted_or_migrated() {
    let v1 = include_bytes!("fixtures/results-v1.json");
    let merged = merge(&[("results-v1.json", v1.as_slice())]);
    assert_eq!(merged.respondents.len(), 1);
    assert_eq!(merged.respondents[0].format_version, 1);
    let id = merged.respondents[0].assessment.id;
    // Today's format is 1; once a newer format ships, the same file is reported migrated,
    // with the notes on the questions reworded since (the importer's own warnings).
    let notes: Vec<String> = partnership_engine::import(v1)
        .unwrap()
        .warnings
        .iter()
        .map(|w| w.to_string())
        .collect();
    assert!(
        !notes.is_empty(),
        "version 1 answered questions since retired"
    );
    let expected = if partnership_engine::document::FORMAT_VERSION > 1 {
        FileStatus::Migrated {
            result_id: id,
            from_version: 1,
            warnings: notes,
        }
    } else {
        FileStatus::Accepted {
            result_id: id,
            warnings: vec![],
        }
    };
    assert_eq!(merged.files[0].status, expected);
}
