//! The partner list in the results document (format 2): the v2 fixture, the v1 → v2
//! migration, a specific error or warning for each way a partner list can be wrong, and
//! property tests (round trip with partners; no panic on random partner sections).

mod common;

use common::*;
use partnership_engine::partners::PartnerRating::{High, Low, Medium};
use partnership_engine::partners::*;
use partnership_engine::*;
use proptest::prelude::*;
use serde_json::{Value, json};

fn example_json() -> Value {
    serde_json::from_str(&export(&example_assessment())).unwrap()
}

fn import_value(v: &Value) -> Result<Imported, ImportError> {
    import(v.to_string().as_bytes())
}

fn with_candidate(edit: impl FnOnce(&mut Value)) -> Result<Imported, ImportError> {
    let mut doc = example_json();
    edit(&mut doc["partners"]["candidates"][1]);
    import_value(&doc)
}

#[test]
fn the_v2_fixture_loads_forever() {
    // Written once by `UPDATE_FIXTURE=1 cargo test --test import_partners` when format 2
    // was released.
    let imported = frozen_fixture(FIXTURE_V2, 2);
    let p = &imported.assessment.partners;
    assert_eq!(p.len(), 3);
    assert_eq!(p.needs().len(), 4);
    let names: Vec<&str> = p.candidates().iter().map(Candidate::name).collect();
    assert_eq!(
        names,
        [
            "Eastside Tenants' Association",
            "Riverside Public Library",
            "St. Anne's Parish"
        ]
    );
    // The worked example: Immediate, Explore, Long-term.
    let priorities: Vec<Option<Priority>> =
        p.candidates().iter().map(|c| c.priority_level()).collect();
    assert_eq!(
        priorities,
        [
            Some(Priority::Immediate),
            Some(Priority::Explore),
            Some(Priority::LongTerm)
        ]
    );
    assert!(p.candidates()[0].is_community_connector());
    assert_eq!(
        p.candidates()[0].notes(),
        "Met their chair at the March block party."
    );
    // The covering set of the example: tenants (lived experience, volunteers) and the
    // library (space); nobody offers funding.
    let portfolio = analyse(p);
    let members: Vec<usize> = portfolio
        .cover
        .members
        .iter()
        .map(|m| m.candidate)
        .collect();
    assert_eq!(members, [0, 1]);
    assert_eq!(
        portfolio.cover.uncovered,
        [Offer::from_id("funding").unwrap()].into_iter().collect()
    );
}

#[test]
fn a_v1_file_gets_an_empty_partner_list() {
    let mut v1: Value = serde_json::from_slice(&std::fs::read(FIXTURE_V1).unwrap()).unwrap();
    // Anything called "partners" in a version 1 file was never ours: it is replaced.
    v1["partners"] = json!({ "candidates": [{ "name": "" }] });
    let imported = import_value(&v1).unwrap();
    assert_eq!(imported.format_version, 1);
    assert!(imported.assessment.partners.is_empty());
    // Only the notes on the questions reworded since version 1 (tests/import.rs).
    assert!(imported.warnings.iter().all(|w| matches!(
        w,
        partnership_engine::ImportWarning::RetiredItemMoved { .. }
            | partnership_engine::ImportWarning::RetiredItemDropped { .. }
    )));
}

#[test]
fn the_partner_list_is_optional() {
    let mut doc = example_json();
    doc.as_object_mut().unwrap().remove("partners");
    assert!(import_value(&doc).unwrap().assessment.partners.is_empty());
    doc["partners"] = Value::Null;
    assert!(import_value(&doc).unwrap().assessment.partners.is_empty());
    doc["partners"] = json!({});
    assert!(import_value(&doc).unwrap().assessment.partners.is_empty());
}

#[test]
fn too_many_candidates_or_needs() {
    let mut doc = example_json();
    let one = doc["partners"]["candidates"][0].clone();
    doc["partners"]["candidates"] = Value::Array(vec![one; 201]);
    let err = import_value(&doc).unwrap_err();
    assert_eq!(
        err,
        ImportError::Partner {
            position: None,
            problem: PartnerError::TooManyCandidates
        }
    );
    assert_eq!(
        err.to_string(),
        "This file lists more than 200 partner organisations, the most an assessment can hold. It may be damaged."
    );
    doc["partners"]["candidates"] = json!([]);
    let ids: Vec<&str> = Offer::all().map(Offer::id).collect();
    doc["partners"]["needs"] = json!(ids);
    let err = import_value(&doc).unwrap_err();
    assert!(err.to_string().contains("more than 16 needs"), "{err}");
}

#[test]
fn a_bad_name_names_the_organisation() {
    let err = with_candidate(|c| c["name"] = json!("x".repeat(121))).unwrap_err();
    assert_eq!(
        err,
        ImportError::Partner {
            position: Some(2),
            problem: PartnerError::NameTooLong { chars: 121 }
        }
    );
    assert_eq!(
        err.to_string(),
        "Partner organisation number 2 in this file cannot be used: The name is 121 characters long; please shorten it to at most 120."
    );
    let err = with_candidate(|c| c["name"] = json!("   ")).unwrap_err();
    assert!(
        err.to_string().contains("give the organisation a name"),
        "{err}"
    );
    let err = with_candidate(|c| {
        c.as_object_mut().unwrap().remove("name");
    })
    .unwrap_err();
    assert_eq!(
        err,
        ImportError::Partner {
            position: Some(2),
            problem: PartnerError::NameEmpty
        }
    );
    // Characters, not bytes: 120 three-byte characters are fine.
    let ok = with_candidate(|c| c["name"] = json!("€".repeat(120))).unwrap();
    assert_eq!(
        ok.assessment.partners.candidates()[1]
            .name()
            .chars()
            .count(),
        120
    );
}

#[test]
fn notes_over_the_limit() {
    let err = with_candidate(|c| c["notes"] = json!("n".repeat(2001))).unwrap_err();
    assert_eq!(
        err,
        ImportError::Partner {
            position: Some(2),
            problem: PartnerError::NotesTooLong { chars: 2001 }
        }
    );
}

#[test]
fn bad_ratings_name_the_criterion() {
    let err = with_candidate(|c| c["ratings"]["existingTrust"] = json!("very")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Partner organisation number 2 in this file cannot be used: The rating for Existing trust is “very”; it must be low, medium or high."
    );
    let err = with_candidate(|c| c["ratings"]["missionAlignment"] = json!(2)).unwrap_err();
    assert!(
        err.to_string().contains("Mission alignment is “2”"),
        "{err}"
    );
    // A missing rating is no longer an error: it means "not rated yet" (issue 12).
    let read = with_candidate(|c| {
        c["ratings"]
            .as_object_mut()
            .unwrap()
            .remove("capacityToEngage");
        c["ratings"]["existingTrust"] = json!(null);
    })
    .unwrap();
    let c = &read.assessment.partners.candidates()[1];
    assert_eq!(c.ratings.capacity_to_engage, None);
    assert_eq!(c.ratings.existing_trust, None);
    assert!(c.ratings.mission_alignment.is_some());
    // No ratings at all: an organisation not rated yet, with no priority.
    let read = with_candidate(|c| {
        c.as_object_mut().unwrap().remove("ratings");
    })
    .unwrap();
    let c = &read.assessment.partners.candidates()[1];
    assert_eq!(c.ratings, GivenRatings::default());
    assert_eq!(c.priority(), None);
    // A single word where the five ratings belong is named as such, never as "nothing".
    let err = with_candidate(|c| c["ratings"] = json!("high")).unwrap_err();
    assert_eq!(err, ImportError::PartnerRatings { position: 2 });
    assert!(err.to_string().contains("its five ratings"), "{err}");
    assert!(!err.to_string().contains("nothing"), "{err}");
}

#[test]
fn unknown_ids_are_dropped_or_replaced_with_warnings() {
    let mut doc = example_json();
    doc["partners"]["needs"] = json!(["funding", "time-travel"]);
    doc["partners"]["candidates"][1]["sector"] = json!("guild");
    doc["partners"]["candidates"][1]["roles"] = json!(["data", "oracle", "funding"]);
    doc["partners"]["candidates"][1]["values"] = json!(["space", "gold"]);
    let imported = import_value(&doc).unwrap();
    let p = &imported.assessment.partners;
    assert_eq!(
        p.needs(),
        [Offer::from_id("funding").unwrap()].into_iter().collect()
    );
    let c = &p.candidates()[1];
    assert_eq!(c.sector, Sector::other());
    let offers: Vec<&str> = c.offers.iter().map(Offer::id).collect();
    assert_eq!(
        offers,
        ["data", "space"],
        "a value listed as a role is dropped"
    );
    let shown: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(imported.warnings.len(), 5, "{shown:#?}");
    assert!(shown.contains(
        &"A partner organisation's sector (“guild”) is not one this version knows; it was put under Other.".to_owned()
    ));
    assert!(shown.contains(
        &"The partner list mentions a role or kind of value this version does not know (“oracle”); it was left out.".to_owned()
    ));
}

#[test]
fn damaged_partner_sections() {
    for (path, value) in [
        ("", json!("a list of partners")),
        ("/candidates", json!({})),
        ("/candidates/0", json!("Library")),
        ("/candidates/0/name", json!(7)),
        ("/candidates/0/roles", json!("data")),
        ("/candidates/0/roles", json!([1, 2])),
        ("/candidates/0/notes", json!(["a"])),
        ("/candidates/0/sector", json!(3)),
        ("/needs", json!({"funding": true})),
    ] {
        let mut doc = example_json();
        *doc.pointer_mut(&format!("/partners{path}")).unwrap() = value;
        let err = import_value(&doc).unwrap_err();
        assert_eq!(
            err,
            ImportError::InvalidField {
                field: "partner list"
            },
            "{path}"
        );
    }
}

#[test]
fn hostile_text_survives_the_round_trip_verbatim() {
    let hostile = "<img src=x onerror=alert(1)> javascript:alert(2) \u{202E}\u{2066}txet\u{2069} \"quotes\" \\ \u{0}";
    let mut a = example_assessment();
    let mut c = Candidate::new(hostile, Sector::other()).unwrap();
    c.set_notes(&format!("{hostile}\n").repeat(20)).unwrap();
    a.partners.add(c).unwrap();
    let imported = import(export(&a).as_bytes()).unwrap();
    assert_eq!(imported.assessment, a);
}

// ---- properties ----

fn rating() -> impl Strategy<Value = PartnerRating> {
    proptest::sample::select(vec![Low, Medium, High])
}

fn partner_map() -> impl Strategy<Value = PartnerMap> {
    let n_offers = Offer::all().count();
    let candidate = (
        "\\PC{1,130}",
        0..Sector::all().count(),
        proptest::collection::vec(0..n_offers, 0..6),
        proptest::array::uniform5(rating()),
        proptest::option::of("\\PC{0,300}"),
    );
    (
        proptest::collection::vec(0..n_offers, 0..20),
        proptest::collection::vec(candidate, 0..12),
    )
        .prop_map(|(needs, candidates)| {
            let offers: Vec<Offer> = Offer::all().collect();
            let sectors: Vec<Sector> = Sector::all().collect();
            let mut map = PartnerMap::default();
            for n in needs {
                let _ = map.set_need(offers[n], true);
            }
            for (name, sector, picked, [m, co, r, k, t], notes) in candidates {
                let Ok(mut c) = Candidate::new(&name, sectors[sector]) else {
                    continue;
                };
                c.offers = picked.into_iter().map(|i| offers[i]).collect();
                c.ratings = ratings([m, co, r, k, t]).into();
                let _ = c.set_notes(notes.as_deref().unwrap_or(""));
                let _ = map.add(c);
            }
            map
        })
}

/// Any JSON value, shallow, with the strings the partner reader looks for.
fn json_value() -> impl Strategy<Value = Value> {
    let words = proptest::sample::select(vec![
        "name",
        "sector",
        "roles",
        "values",
        "ratings",
        "notes",
        "needs",
        "candidates",
        "missionAlignment",
        "existingTrust",
        "high",
        "low",
        "medium",
        "funding",
        "faith",
        "community-connector",
        "",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        words.clone().prop_map(|w| json!(w)),
        "\\PC{0,150}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((words.clone(), inner), 0..8).prop_map(|members| {
                Value::Object(
                    members
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect(),
                )
            }),
        ]
    })
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn export_then_import_round_trips_partners(map in partner_map()) {
        let mut a = example_assessment();
        a.partners = map;
        let imported = import(export(&a).as_bytes()).unwrap();
        prop_assert_eq!(&imported.assessment, &a);
        prop_assert!(imported.warnings.is_empty());
        prop_assert_eq!(analyse(&imported.assessment.partners), analyse(&a.partners));
    }

    #[test]
    fn random_partner_sections_never_panic(section in json_value(), candidates in proptest::collection::vec(json_value(), 0..6)) {
        let mut doc = example_json();
        doc["partners"] = section;
        let _ = import_value(&doc);
        doc["partners"] = json!({ "needs": ["funding"], "candidates": candidates });
        if let Ok(imported) = import_value(&doc) {
            let p = &imported.assessment.partners;
            prop_assert!(p.len() <= MAX_CANDIDATES);
            let _ = analyse(p);
            // Whatever is accepted exports and imports again unchanged, with no warnings.
            let again = import(export(&imported.assessment).as_bytes()).unwrap();
            prop_assert_eq!(&again.assessment, &imported.assessment);
            prop_assert!(again.warnings.is_empty());
        }
    }

    #[test]
    fn random_candidates_never_panic(
        name in prop_oneof![json_value(), "\\PC{0,200}".prop_map(Value::String)],
        ratings in json_value(),
        roles in json_value(),
        notes in json_value(),
    ) {
        let mut doc = example_json();
        let c = &mut doc["partners"]["candidates"][0];
        c["name"] = name;
        c["ratings"] = ratings;
        c["roles"] = roles;
        c["notes"] = notes;
        let _ = import_value(&doc);
    }
}

#[test]
fn ratings_not_given_are_left_out_and_read_back_as_not_rated() {
    let mut a = example_assessment();
    let mut c = Candidate::new("Not rated yet", Sector::other()).unwrap();
    c.ratings.mission_alignment = Some(High);
    assert!(a.partners.add(c).is_ok());
    let json = export(&a);
    let v: Value = serde_json::from_str(&json).unwrap();
    let last = v["partners"]["candidates"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["ratings"], json!({ "missionAlignment": "high" }));
    assert!(
        last.get("priority").is_none(),
        "no priority is written without one"
    );
    let back = import(json.as_bytes()).unwrap();
    assert_eq!(back.assessment.partners, a.partners);
    let c = back.assessment.partners.candidates().last().unwrap();
    assert_eq!(c.priority(), None);
}
