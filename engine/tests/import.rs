//! The results document: round trip, the frozen v1 fixture, and a specific human error for
//! each way a picked file can be wrong.

mod common;

use common::*;
use partnership_engine::document::{MAX_FILE_BYTES, MAX_NESTING, MAX_WARNINGS};
use partnership_engine::*;
use serde_json::{Value, json};

fn example_json() -> Value {
    serde_json::from_str(&export(&example_assessment())).unwrap()
}

fn import_value(v: &Value) -> Result<Imported, ImportError> {
    import(v.to_string().as_bytes())
}

fn max_depth(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(max_depth).max().unwrap_or(0),
        Value::Object(o) => 1 + o.values().map(max_depth).max().unwrap_or(0),
        _ => 0,
    }
}

#[test]
fn export_then_import_gives_the_same_assessment() {
    let a = example_assessment();
    let imported = import(export(&a).as_bytes()).unwrap();
    assert_eq!(imported.assessment, a);
    assert_eq!(imported.warnings, vec![]);
    assert_eq!(imported.format_version, document::FORMAT_VERSION);
    assert_eq!(evaluate(&imported.assessment.answers), evaluate(&a.answers));
}

#[test]
fn the_v1_fixture_loads_forever() {
    // Written once by `UPDATE_FIXTURE=1 cargo test --test import` when format 1 was released.
    let imported = frozen_fixture(FIXTURE_V1, 1);
    let a = &imported.assessment;
    assert_eq!(a.id.to_string(), "3f2a9c41-7d0e-4b12-9a55-61c308de7710");
    assert_eq!(a.created_at.to_string(), "2026-03-02T09:15:00.000Z");
    assert_eq!(
        a.organization_name.as_deref(),
        Some("Riverside Community Food Bank")
    );
    assert_eq!(a.respondent_role, Some(RespondentRole::Board));
    // Readiness version 2 retired 7 of the 41 statements and barriers version 2 retired 4
    // of the 10 barriers, all because their meaning changed: those answers are left out,
    // each with a note. Timing moved "urgent need" to its rewording and dropped
    // "duplication".
    assert_eq!(a.answers.readiness.len(), 41 - 7);
    assert_eq!(a.answers.barriers.len(), 10 - 4);
    assert_eq!(a.answers.timing.len(), 14 - 1);
    let v1: serde_json::Value =
        serde_json::from_slice(&std::fs::read(FIXTURE_V1).unwrap()).unwrap();
    let old = &v1["answers"]["timing"]["timing.trigger.urgent-need"];
    assert_eq!(
        a.answers
            .timing
            .get("timing.trigger.unmet-need")
            .and_then(|t| t.rating())
            .map(|r| u64::from(r.get())),
        old.as_u64(),
        "the reworded urgent-need question keeps the old answer"
    );
    let notes: Vec<String> = imported.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(notes.len(), 7 + 4 + 2);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("Money setting the agenda") && n.contains("left out")),
        "{notes:#?}"
    );
    assert_eq!(a.answers.ambition, Some(DepthLevel::StrategicAlliance));
    assert_eq!(a.answers.reflections.len(), 2);
    assert!(a.partners.is_empty(), "version 1 had no partner list");
    assert!(a.partners.needs().is_empty());
}

#[test]
fn an_exported_document_nests_well_within_the_limit() {
    assert_eq!(
        max_depth(&example_json()),
        7,
        "update the MAX_NESTING docs if this changes"
    );
    const { assert!(MAX_NESTING >= 7) };
}

#[test]
fn scores_in_the_file_are_never_trusted() {
    let mut doc = example_json();
    doc["results"]["readiness"]["index"] = json!(100);
    doc["results"]["timing"]["verdict"] = json!("act-now");
    doc["results"] = json!("anything at all");
    let imported = import_value(&doc).unwrap();
    assert_eq!(imported.assessment, example_assessment());
}

#[test]
fn too_large_is_refused_before_parsing() {
    let mut bytes = vec![b' '; MAX_FILE_BYTES + 1];
    bytes[0] = b'{';
    let err = import(&bytes).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        }
    );
    assert_eq!(
        err.to_string(),
        "This file is too large to be an assessment (4.0 MB; assessment files are at most 4.0 MB). Please check that you picked the right file."
    );
    // Exactly at the limit it is read (and here found not to be JSON).
    let bytes = vec![b'x'; MAX_FILE_BYTES];
    assert!(matches!(import(&bytes), Err(ImportError::NotJson { .. })));
}

#[test]
fn deep_nesting_is_refused_at_the_first_level_too_deep() {
    let hostile = "[".repeat(1_000_000);
    assert_eq!(import(hostile.as_bytes()), Err(ImportError::TooDeep));
    let just_too_deep = format!(
        "{}{}",
        "[".repeat(MAX_NESTING + 1),
        "]".repeat(MAX_NESTING + 1)
    );
    assert_eq!(import(just_too_deep.as_bytes()), Err(ImportError::TooDeep));
    let at_limit = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
    assert_eq!(import(at_limit.as_bytes()), Err(ImportError::NotOurFormat));
    // Brackets inside strings (even after escaped quotes) do not count.
    let mut doc = example_json();
    doc["organizationName"] = json!(format!("\\\"{}", "[{".repeat(90)));
    assert!(import_value(&doc).is_ok());
}

#[test]
fn not_json() {
    assert_eq!(
        import(b"hello"),
        Err(ImportError::NotJson { line: 1, column: 1 })
    );
    assert!(matches!(import(b""), Err(ImportError::NotJson { .. })));
    assert!(matches!(
        import(&[0xff, 0xfe, 0x00, 0x7b]),
        Err(ImportError::NotJson { .. })
    ));
    assert!(matches!(
        import(b"{\"a\": 1,\n  oops}"),
        Err(ImportError::NotJson { line: 2, .. })
    ));
    let message = import(b"PK\x03\x04").unwrap_err().to_string();
    assert!(
        message.starts_with("This file is not an assessment file"),
        "{message}"
    );
}

#[test]
fn not_our_format() {
    for doc in [
        json!([]),
        json!("text"),
        json!({}),
        json!({"name": "a shopping list"}),
        json!({"$schema": "https://json-schema.org/draft/2020-12/schema", "formatVersion": 1}),
        json!({"$schema": "urn:partnership-assessment:results:v1"}),
        json!({"$schema": "urn:partnership-assessment:results:v1", "formatVersion": "1"}),
        json!({"$schema": "urn:partnership-assessment:results:v1", "formatVersion": 0}),
        json!({"$schema": "urn:partnership-assessment:results:v1", "formatVersion": 1.5}),
    ] {
        assert_eq!(import_value(&doc), Err(ImportError::NotOurFormat), "{doc}");
    }
    assert_eq!(
        ImportError::NotOurFormat.to_string(),
        "This file is not a Partnership Assessment results file. Please choose a file you saved from Partnership Assessment."
    );
    // A UTF-8 byte order mark is tolerated.
    let with_bom = [
        b"\xEF\xBB\xBF".as_slice(),
        export(&example_assessment()).as_bytes(),
    ]
    .concat();
    assert!(import(&with_bom).is_ok());
}

#[test]
fn a_newer_format_version_is_refused() {
    let mut doc = example_json();
    doc["formatVersion"] = json!(4);
    doc["$schema"] = json!("urn:partnership-assessment:results:v4");
    let err = import_value(&doc).unwrap_err();
    assert_eq!(err, ImportError::NewerVersion { found: 4 });
    assert_eq!(
        err.to_string(),
        "This file was saved by a newer version of Partnership Assessment (format 4; this version reads up to format 3). Please open it with the newer version, or ask for the widget to be updated."
    );
}

#[test]
fn retired_ids_move_where_the_meaning_is_kept_and_are_dropped_with_a_note_otherwise() {
    let mut doc = example_json();
    doc["answers"]["timing"]
        .as_object_mut()
        .unwrap()
        .remove("timing.trigger.unmet-need");
    doc["answers"]["timing"]["timing.trigger.urgent-need"] = json!(3);
    doc["answers"]["readiness"]["readiness.leadership.share-credit"] = json!(4);
    doc["answers"]["barriers"]["barriers.funding"] = json!({"presence": 3, "harm": 4});
    let imported = import_value(&doc).unwrap();
    let a = &imported.assessment.answers;
    assert_eq!(
        a.timing.get("timing.trigger.unmet-need"),
        Some(&TimingAnswer::Scale(r(3))),
        "moved to the rewording"
    );
    assert!(!a.timing.contains_key("timing.trigger.urgent-need"));
    assert!(
        !a.readiness
            .contains_key("readiness.leadership.share-credit")
    );
    assert!(!a.barriers.contains_key("barriers.funding"));
    let notes: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert!(notes.iter().any(|n| n.contains("moved to the new wording")));
    assert!(
        notes
            .iter()
            .filter(|n| n.ends_with("(Your earlier answer was left out.)"))
            .count()
            == 2
    );
    // An answer to the new wording wins over the old one, in either order.
    for first_new in [true, false] {
        let mut doc = example_json();
        let timing = doc["answers"]["timing"].as_object_mut().unwrap();
        timing.remove("timing.trigger.unmet-need");
        if first_new {
            timing.insert("timing.trigger.unmet-need".into(), json!(1));
            timing.insert("timing.trigger.urgent-need".into(), json!(4));
        } else {
            timing.insert("timing.trigger.urgent-need".into(), json!(4));
            timing.insert("timing.trigger.unmet-need".into(), json!(1));
        }
        let a = import_value(&doc).unwrap().assessment.answers;
        assert_eq!(
            a.timing.get("timing.trigger.unmet-need"),
            Some(&TimingAnswer::Scale(r(1))),
            "new first: {first_new}"
        );
    }
}

#[test]
fn unknown_ids_are_dropped_with_warnings_and_the_rest_kept() {
    let mut doc = example_json();
    doc["answers"]["readiness"]["readiness.purpose.retired-item"] = json!(3);
    doc["answers"]["barriers"]["barriers.weather"] = json!({"presence": 1, "harm": 1});
    doc["answers"]["timing"]["timing.trigger.comet"] = json!(9);
    doc["reflections"]["reflection.extra"] = json!("text");
    doc["instruments"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "mentoring", "version": 1}));
    doc["instruments"][0]["version"] = json!(7);
    let imported = import_value(&doc).unwrap();
    assert_eq!(imported.assessment, example_assessment());
    let messages: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "The “readiness” questions in this file come from a newer edition (7) than this version has (2). The answers were kept, but some questions may have changed.",
            "The file includes a questionnaire this version does not know (“mentoring”); its answers were left out.",
            "An answer to a question this version does not have (“readiness.purpose.retired-item”) was left out.",
            "An answer to a question this version does not have (“barriers.weather”) was left out.",
            "An answer to a question this version does not have (“timing.trigger.comet”) was left out.",
            "An answer to a question this version does not have (“reflection.extra”) was left out.",
        ]
    );
}

#[test]
fn thousands_of_unknown_ids_give_a_short_list_of_warnings() {
    let mut doc = example_json();
    for i in 0..5000 {
        doc["answers"]["readiness"][format!("readiness.x.{i}")] = json!(1);
    }
    let warnings = import_value(&doc).unwrap().warnings;
    assert_eq!(warnings.len(), 51);
    assert_eq!(warnings[50], ImportWarning::More { count: 4950 });
}

#[test]
fn one_answer_past_the_list_is_counted_in_the_singular() {
    // MAX_WARNINGS unknown ids fill the list; one more is "1 more answer", not "answers".
    let extra = |n: usize| {
        let mut doc = example_json();
        for i in 0..MAX_WARNINGS + n {
            doc["answers"]["readiness"][format!("readiness.x.{i}")] = json!(1);
        }
        import_value(&doc).unwrap().warnings
    };
    let one = extra(1);
    assert_eq!(one.len(), MAX_WARNINGS + 1);
    assert_eq!(one[MAX_WARNINGS], ImportWarning::More { count: 1 });
    assert_eq!(
        one[MAX_WARNINGS].to_string(),
        "1 more answer was left out for the same reasons."
    );
    assert_eq!(
        extra(2)[MAX_WARNINGS].to_string(),
        "2 more answers were left out for the same reasons."
    );
    assert_eq!(extra(0).len(), MAX_WARNINGS, "a full list and nothing more");
}

#[test]
fn out_of_range_answers_name_the_item() {
    let item = "readiness.purpose.why-partner";
    for bad in [
        json!(5),
        json!(-1),
        json!(2.5),
        json!("maybe"),
        json!(null),
        json!([1]),
        json!(true),
    ] {
        let mut doc = example_json();
        doc["answers"]["readiness"][item] = bad.clone();
        let err = import_value(&doc).unwrap_err();
        assert!(
            matches!(&err, ImportError::OutOfRange { item: i, .. } if i == item),
            "{bad}: {err:?}"
        );
    }
    let mut doc = example_json();
    doc["answers"]["readiness"][item] = json!(7);
    assert_eq!(
        import_value(&doc).unwrap_err().to_string(),
        "This assessment file is damaged: the answer saved for “readiness.purpose.why-partner” (7) is not one of the allowed answers."
    );
    let cases = [
        (
            "/answers/barriers/barriers.turf",
            json!({"presence": 5, "harm": 1}),
        ),
        ("/answers/barriers/barriers.turf", json!(3)),
        (
            "/answers/timing/timing.trigger.unmet-need",
            json!("not-applicable"),
        ),
        ("/answers/timing/timing.trigger.unmet-need", json!(256)),
        ("/answers/ambition", json!("merger")),
        ("/answers/stage", json!(2)),
        ("/reflections/reflection.overlap", json!(12)),
    ];
    for (path, bad) in cases {
        let mut doc = example_json();
        *doc.pointer_mut(path).unwrap_or_else(|| panic!("{path}")) = bad.clone();
        assert!(
            matches!(import_value(&doc), Err(ImportError::OutOfRange { .. })),
            "{path} = {bad}"
        );
    }
}

#[test]
fn text_over_its_limit() {
    let mut doc = example_json();
    doc["organizationName"] = json!("é".repeat(201));
    let err = import_value(&doc).unwrap_err();
    assert_eq!(
        err,
        ImportError::TextTooLong {
            field: "organization name".into(),
            chars: 201,
            limit: 200
        }
    );
    assert_eq!(
        err.to_string(),
        "The organization name in this file is 201 characters long, but at most 200 are allowed. Please shorten it in the original and save the file again."
    );
    doc["organizationName"] = json!("é".repeat(200));
    assert!(import_value(&doc).is_ok());

    let mut doc = example_json();
    doc["reflections"]["reflection.overlap"] = json!("x".repeat(2001));
    assert!(matches!(
        import_value(&doc),
        Err(ImportError::TextTooLong {
            chars: 2001,
            limit: 2000,
            ..
        })
    ));
}

#[test]
fn missing_or_unreadable_fields() {
    let cases = [
        ("resultId", json!("not-a-uuid"), "result id"),
        ("resultId", json!(null), "result id"),
        ("createdAt", json!("yesterday"), "creation date"),
        (
            "updatedAt",
            json!("2026-02-30T00:00:00Z"),
            "date of last change",
        ),
        ("language", json!("English"), "language"),
        ("respondentRole", json!("ceo"), "respondent role"),
        ("organizationName", json!(42), "organization name"),
        ("instruments", json!("all"), "list of questionnaires"),
        ("answers", json!([]), "answers"),
    ];
    for (key, bad, field) in cases {
        let mut doc = example_json();
        doc[key] = bad;
        assert_eq!(
            import_value(&doc),
            Err(ImportError::InvalidField { field }),
            "{key}"
        );
    }
    assert_eq!(
        ImportError::InvalidField {
            field: "creation date"
        }
        .to_string(),
        "This assessment file is damaged: one part of it (the creation date) is missing or unreadable."
    );
}

#[test]
fn optional_fields_may_be_absent_or_null() {
    let mut doc = example_json();
    let obj = doc.as_object_mut().unwrap();
    for key in [
        "respondentRole",
        "organizationName",
        "instruments",
        "reflections",
        "results",
        "language",
    ] {
        obj.remove(key);
    }
    doc["answers"]["ambition"] = json!(null);
    let a = import_value(&doc).unwrap().assessment;
    assert_eq!(
        (a.respondent_role, a.organization_name, a.answers.ambition),
        (None, None, None)
    );
    assert_eq!(a.language.as_str(), "en");
}

#[test]
fn an_organization_name_cut_at_the_limit_loses_its_trailing_space() {
    // Found by the property run: 199 characters then a space then more text.
    let mut a = example_assessment();
    a.set_organization_name(&format!("{} tail", "x".repeat(199)));
    assert_eq!(
        a.organization_name.as_deref(),
        Some("x".repeat(199).as_str())
    );
    assert_eq!(import(export(&a).as_bytes()).unwrap().assessment, a);
}

#[test]
fn timestamps_with_offsets_are_converted_to_utc() {
    let mut doc = example_json();
    doc["createdAt"] = json!("2026-03-02T10:15:00+01:00");
    let a = import_value(&doc).unwrap().assessment;
    assert_eq!(a.created_at.to_string(), "2026-03-02T09:15:00.000Z");
}
