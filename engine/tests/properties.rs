//! Property tests: no panic on any input, invariants of every report, and the round trip.
//!
//! Quick by default (64 cases per property). The long run (documented in the README):
//! `PROPTEST_CASES=100000 CARGO_TARGET_DIR=/work/target-engine cargo test -p partnership-engine --release --test properties`

mod common;

use common::example_assessment;
use partnership_engine::*;
use proptest::prelude::*;
use serde_json::Value;

fn rating() -> impl Strategy<Value = Rating> {
    (0u8..=4).prop_map(|v| Rating::new(v).unwrap())
}

fn readiness_answer() -> impl Strategy<Value = ReadinessAnswer> {
    prop_oneof![
        4 => rating().prop_map(ReadinessAnswer::Scale),
        1 => Just(ReadinessAnswer::DontKnow),
        1 => Just(ReadinessAnswer::NotApplicable),
    ]
}

fn timing_answer() -> impl Strategy<Value = TimingAnswer> {
    prop_oneof![4 => rating().prop_map(TimingAnswer::Scale), 1 => Just(TimingAnswer::DontKnow)]
}

fn readiness_ids() -> Vec<&'static str> {
    INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .map(|i| i.id)
        .collect()
}

fn timing_ids() -> Vec<&'static str> {
    let t = &INSTRUMENTS.timing;
    t.triggers
        .iter()
        .chain(t.preconditions)
        .map(|q| q.id)
        .chain(t.warnings.iter().map(|w| w.id))
        .collect()
}

fn barrier_ids() -> Vec<&'static str> {
    INSTRUMENTS.barriers.barriers.iter().map(|b| b.id).collect()
}

fn prompt_ids() -> Vec<&'static str> {
    INSTRUMENTS
        .reflection
        .prompts
        .iter()
        .map(|p| p.id)
        .collect()
}

/// Random answers to the real instruments' items; every item may be unanswered.
fn answers() -> impl Strategy<Value = Answers> {
    let readiness = proptest::collection::vec(
        proptest::option::of(readiness_answer()),
        readiness_ids().len(),
    );
    let barriers = proptest::collection::vec(
        proptest::option::of((
            proptest::option::of(rating()),
            proptest::option::of(rating()),
        )),
        barrier_ids().len(),
    );
    let timing =
        proptest::collection::vec(proptest::option::of(timing_answer()), timing_ids().len());
    let reflections =
        proptest::collection::vec(proptest::option::of("\\PC{1,300}"), prompt_ids().len());
    let ambition = proptest::option::of(proptest::sample::select(DepthLevel::ALL.to_vec()));
    let stage = proptest::option::of(proptest::sample::select(Stage::ALL.to_vec()));
    (readiness, barriers, timing, reflections, ambition, stage).prop_map(
        |(r, b, t, f, ambition, stage)| {
            let mut a = Answers::default();
            for (id, v) in readiness_ids().into_iter().zip(r) {
                a.set_readiness(id, v);
            }
            for (id, v) in barrier_ids().into_iter().zip(b) {
                if let Some((p, h)) = v {
                    a.set_barrier(id, p, h);
                }
            }
            for (id, v) in timing_ids().into_iter().zip(t) {
                a.set_timing(id, v);
            }
            for (id, v) in prompt_ids().into_iter().zip(f) {
                a.set_reflection(id, v.as_deref().unwrap_or(""));
            }
            a.ambition = ambition;
            a.stage = stage;
            a
        },
    )
}

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        any::<[u8; 16]>(),
        Timestamp::MIN.unix_millis()..=Timestamp::MAX.unix_millis(),
        Timestamp::MIN.unix_millis()..=Timestamp::MAX.unix_millis(),
        proptest::sample::select(vec!["en", "fr", "pt-BR", "es-419", "sw"]),
        proptest::option::of(proptest::sample::select(RespondentRole::ALL.to_vec())),
        proptest::option::of("\\PC{0,220}"),
        answers(),
    )
        .prop_map(|(id, created, updated, lang, role, name, answers)| {
            let mut a = Assessment::new(
                ResultId::from_random_bytes(id),
                Timestamp::from_unix_millis(created),
            );
            a.updated_at = Timestamp::from_unix_millis(updated);
            a.language = LanguageTag::parse(lang).unwrap();
            a.respondent_role = role;
            a.set_organization_name(name.as_deref().unwrap_or(""));
            a.answers = answers;
            a
        })
}

/// Arbitrary JSON, nested up to about 12 deep (beyond the nesting limit).
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..6).prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1.0e6f64..1.0e6).prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::String),
        proptest::sample::select(vec![
            "dont-know",
            "not-applicable",
            "urn:partnership-assessment:results:v1"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(12, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{0,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer in `v`.
fn pointers(v: &Value, prefix: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{prefix}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let p = format!("{prefix}/{i}");
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        _ => {}
    }
}

fn example_pointers() -> Vec<String> {
    let doc: Value = serde_json::from_str(&export(&example_assessment())).unwrap();
    let mut out = Vec::new();
    pointers(&doc, String::new(), &mut out);
    out
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn every_report_is_consistent(answers in answers()) {
        let report = evaluate(&answers);
        let r = &report.readiness;
        prop_assert!(r.valid_dimensions <= r.total_dimensions);
        prop_assert_eq!(r.index.is_some(), r.valid_dimensions > 0);
        for d in &r.dimensions {
            prop_assert_eq!(d.score.is_some(), d.status == DimensionStatus::Scored);
            prop_assert!(d.score.is_none_or(|s| s <= 100));
            prop_assert!(d.answered + d.dont_know <= d.applicable && d.applicable <= d.items);
            prop_assert!(d.dont_know_percent <= 100);
            // The score is 50 plus the mean effect of its drivers, within rounding.
            if let Some(score) = d.score {
                let n = d.drivers.len() as i32;
                let sum: i32 = d.drivers.iter().map(|x| i32::from(x.effect)).sum();
                prop_assert!((i32::from(score) - 50) * n - sum <= n / 2 + 1);
                prop_assert!(sum - (i32::from(score) - 50) * n <= n / 2 + 1);
            }
        }
        for b in &report.barriers.ranked {
            prop_assert_eq!(b.risk, b.presence * b.harm);
        }
        let t = &report.timing;
        let expected = match (t.strong_timing, t.preconditions_met) {
            (true, true) => TimingVerdict::ActNow,
            (true, false) => TimingVerdict::StartSmall,
            (false, true) => TimingVerdict::InvestInRelationships,
            (false, false) => TimingVerdict::NotYet,
        };
        prop_assert_eq!(t.verdict, expected);
        if !t.blocking_barriers.is_empty() {
            prop_assert!(t.verdict != TimingVerdict::ActNow);
        }
        prop_assert!(report.action_plan.len() <= plan::ACTION_PLAN_LEN);
        prop_assert!(report.action_plan.iter().all(|a| !a.links.is_empty()));
        if let (Some(rec), Some(amb)) = (report.depth.recommended, answers.ambition) {
            prop_assert!(rec <= amb);
        }
        // Same answers, same digits.
        prop_assert_eq!(evaluate(&answers), report);
    }

    #[test]
    fn export_then_import_is_the_identity(a in assessment()) {
        let json = export(&a);
        let imported = import(json.as_bytes());
        prop_assert!(imported.is_ok(), "{:?}", imported);
        let imported = imported.unwrap();
        prop_assert!(imported.warnings.is_empty());
        prop_assert_eq!(&imported.assessment, &a);
        prop_assert_eq!(export(&imported.assessment), json);
    }

    /// The hand-written writer in the engine writes byte for byte what serde_json wrote
    /// from the derived serialisers, partner map included.
    #[test]
    fn the_results_document_is_written_as_serde_json_wrote_it(a in assessment(), partners in any::<bool>()) {
        let mut a = a;
        if partners {
            a.partners = common::example_partners();
        }
        let theirs = serde_json::to_string_pretty(&document::ResultDocument::new(&INSTRUMENTS, &a))
            .expect("serde_json writes the document");
        prop_assert_eq!(export(&a), theirs);
    }

}

/// Every crafted fixture, opened and written again, comes out as serde_json wrote it: the
/// fixtures reach the rarer parts of the report (depth limits, thin evidence, warnings that
/// cap the verdict) that generated answers seldom do.
#[test]
fn every_fixture_is_written_as_serde_json_wrote_it() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the fixtures folder") {
        let path = entry.expect("a fixture").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("a readable fixture");
        let a = import(&bytes).expect("every fixture imports").assessment;
        let theirs = serde_json::to_string_pretty(&document::ResultDocument::new(&INSTRUMENTS, &a))
            .expect("serde_json writes the document");
        assert_eq!(export(&a), theirs, "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 8, "only {seen} fixtures");
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn import_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = import(&bytes);
    }

    #[test]
    fn import_never_panics_on_any_json(v in json()) {
        let _ = import(v.to_string().as_bytes());
    }

    #[test]
    fn import_never_panics_on_a_damaged_document(
        index in any::<proptest::sample::Index>(),
        replacement in json(),
        schema_and_version in any::<bool>(),
    ) {
        let mut doc: Value = serde_json::from_str(&export(&example_assessment())).unwrap();
        let paths = example_pointers();
        let path = index.get(&paths);
        if let Some(slot) = doc.pointer_mut(path) {
            *slot = replacement;
        }
        if schema_and_version {
            doc["$schema"] = "urn:partnership-assessment:results:v1".into();
            doc["formatVersion"] = 1.into();
        }
        // Whatever is accepted exports and imports again to the same assessment.
        if let Ok(imported) = import(doc.to_string().as_bytes()) {
            let again = import(export(&imported.assessment).as_bytes()).map(|i| i.assessment);
            prop_assert_eq!(again, Ok(imported.assessment));
        }
    }

    #[test]
    fn import_never_panics_on_corrupted_bytes(
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<proptest::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut bytes = export(&example_assessment()).into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if truncate {
            bytes.truncate(cut.index(bytes.len()));
        }
        let _ = import(&bytes);
    }

    #[test]
    fn timestamps_round_trip(ms in Timestamp::MIN.unix_millis()..=Timestamp::MAX.unix_millis()) {
        let t = Timestamp::from_unix_millis(ms);
        prop_assert_eq!(Timestamp::parse(&t.to_string()), Some(t));
    }

    #[test]
    fn timestamp_parsing_never_panics(s in "\\PC{0,40}", digits in "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,12})?(Z|[+-][0-9]{2}:[0-9]{2})") {
        let _ = Timestamp::parse(&s);
        if let Some(t) = Timestamp::parse(&digits) {
            prop_assert!(t >= Timestamp::MIN && t <= Timestamp::MAX);
        }
    }

    #[test]
    fn result_ids_are_version_4_and_round_trip(bytes in any::<[u8; 16]>()) {
        let id = ResultId::from_random_bytes(bytes);
        let text = id.to_string();
        prop_assert_eq!(text.as_bytes()[14], b'4');
        prop_assert!(matches!(text.as_bytes()[19], b'8' | b'9' | b'a' | b'b'));
        prop_assert_eq!(ResultId::parse(&text), Some(id));
        prop_assert_eq!(ResultId::parse(&text.to_uppercase()), Some(id));
    }
}
