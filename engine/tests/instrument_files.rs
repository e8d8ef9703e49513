//! The build-time validation of the instrument files: the real files pass, and each broken
//! input fails with a message naming the file and the id.

#[allow(dead_code)] // each checker uses a different part of it
#[path = "../build/common.rs"]
mod common;
mod file_checks;
#[path = "../build/instrument_files.rs"]
mod instrument_files;

use file_checks::{assert_has, edited};
use instrument_files::{FILE_NAMES, generate, load};
use toml::{Table, Value};

const REAL: [(&str, &str); 6] = [
    (
        "readiness.toml",
        include_str!("../instruments/readiness.toml"),
    ),
    (
        "barriers.toml",
        include_str!("../instruments/barriers.toml"),
    ),
    ("timing.toml", include_str!("../instruments/timing.toml")),
    ("depth.toml", include_str!("../instruments/depth.toml")),
    (
        "reflection.toml",
        include_str!("../instruments/reflection.toml"),
    ),
    ("health.toml", include_str!("../instruments/health.toml")),
];

/// The real files with one of them changed by `edit`.
fn errors_after(file: &str, edit: impl FnOnce(&mut Table)) -> Vec<String> {
    let mut files: Vec<(String, String)> = REAL
        .iter()
        .map(|(n, s)| (n.to_string(), s.to_string()))
        .collect();
    let entry = files
        .iter_mut()
        .find(|(n, _)| n == file)
        .expect("known file");
    entry.1 = edited(&entry.1, edit);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    load(&refs).expect_err("the edit must break the file")
}

fn at<'a>(t: &'a mut Table, path: &[&str], index: usize) -> &'a mut Table {
    let mut v: &mut Table = t;
    for key in &path[..path.len() - 1] {
        v = v[*key].as_table_mut().expect("table");
    }
    v[path[path.len() - 1]].as_array_mut().expect("array")[index]
        .as_table_mut()
        .expect("table")
}

fn dimension(t: &mut Table, i: usize) -> &mut Table {
    at(t, &["dimensions"], i)
}

fn item(t: &mut Table, d: usize, i: usize) -> &mut Table {
    dimension(t, d)["items"].as_array_mut().unwrap()[i]
        .as_table_mut()
        .unwrap()
}

fn id(t: &Table) -> String {
    t["id"].as_str().unwrap().to_owned()
}

#[test]
fn the_real_files_are_valid_and_generate_code() {
    let set = load(&REAL).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(set.readiness.dimensions.len(), 8);
    assert_eq!(set.barriers.barriers.len(), 11);
    let code = generate(&set);
    assert!(code.contains("pub static INSTRUMENTS: Instruments"));
    assert!(code.contains("\"readiness.purpose.why-partner\""));
    assert_eq!(set.health.dimensions.len(), 6);
    assert!(code.contains("health: HealthInstrument"));
    assert!(code.contains("\"health.balance.costs\""));
}

#[test]
fn health_borrows_the_readiness_scale_and_only_health_has_a_balance() {
    let errors = errors_after("health.toml", |t| {
        let scale: Table = toml::from_str(
            "labels = [{ en = \"a\" }, { en = \"b\" }, { en = \"c\" }, { en = \"d\" }, { en = \"e\" }]\n\
             dont_know = { en = \"x\" }\nnot_applicable = { en = \"y\" }",
        )
        .expect("a scale");
        t.insert("scale".into(), Value::Table(scale));
    });
    assert_has(
        &errors,
        "health.toml: health: has a `[scale]`, but uses readiness's agreement scale: remove it",
    );
    let errors = errors_after("health.toml", |t| {
        t.remove("balance");
    });
    assert_has(&errors, "health.toml: health: needs a `[balance]`");
    let errors = errors_after("readiness.toml", |t| {
        t.remove("scale");
    });
    assert_has(&errors, "readiness.toml: readiness: needs a `[scale]`");
    let errors = errors_after("readiness.toml", |t| {
        let mut balance = Table::new();
        balance.insert("labels".into(), Value::Array(Vec::new()));
        balance.insert("questions".into(), Value::Array(Vec::new()));
        t.insert("balance".into(), Value::Table(balance));
    });
    assert_has(
        &errors,
        "readiness.toml: readiness: has a `[balance]`, which only health.toml has",
    );
}

#[test]
fn health_items_and_balance_questions_keep_their_ids() {
    let errors = errors_after("health.toml", |t| {
        item(t, 0, 0).insert("id".into(), Value::String("readiness.together.x".into()));
    });
    assert_has(
        &errors,
        "health.toml: readiness.together.x: id must start with `health.together.`",
    );
    let errors = errors_after("health.toml", |t| {
        let balance = t["balance"].as_table_mut().unwrap();
        balance["questions"].as_array_mut().unwrap()[1]
            .as_table_mut()
            .unwrap()
            .insert("id".into(), Value::String("health.balance.price".into()));
    });
    assert_has(
        &errors,
        "health.toml: health: balance question ids are [\"health.balance.benefits\", \"health.balance.price\"], expected exactly [\"health.balance.benefits\", \"health.balance.costs\"]",
    );
    let errors = errors_after("health.toml", |t| {
        dimension(t, 0).insert("id".into(), Value::String("trust".into()));
    });
    assert_has(
        &errors,
        "health.toml: trust: duplicate id (already used in readiness.toml)",
    );
    let errors = errors_after("health.toml", |t| {
        t["dimensions"].as_array_mut().unwrap().truncate(4);
    });
    assert_has(
        &errors,
        "health.toml: health: has 4 dimensions, expected 5 to 7",
    );
}

#[test]
fn a_missing_file_is_named() {
    let errors = load(&REAL[..5]).unwrap_err();
    assert_eq!(errors, vec!["health.toml: the file is missing".to_owned()]);
    assert_eq!(FILE_NAMES.len(), REAL.len());
}

#[test]
fn a_syntax_error_names_the_file() {
    let mut files = REAL.to_vec();
    files[2].1 = "id = \"timing\"\nversion = ";
    let errors = load(&files).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("timing.toml: "), "{errors:?}");
}

#[test]
fn an_unknown_field_is_a_typo_and_fails() {
    let errors = errors_after("readiness.toml", |t| {
        item(t, 0, 0).insert("revers".into(), Value::Boolean(true));
    });
    assert!(
        errors[0].starts_with("readiness.toml: ") && errors[0].contains("revers"),
        "{errors:?}"
    );
}

#[test]
fn a_duplicated_id_in_the_same_file() {
    let mut dup = String::new();
    let errors = errors_after("readiness.toml", |t| {
        dup = id(item(t, 0, 0));
        item(t, 0, 1).insert("id".into(), Value::String(dup.clone()));
    });
    assert_has(
        &errors,
        &format!("readiness.toml: {dup}: duplicate id (already used in readiness.toml)"),
    );
}

#[test]
fn a_duplicated_id_across_files() {
    // A dimension may not take the barrier instrument's id.
    let errors = errors_after("readiness.toml", |t| {
        dimension(t, 0).insert("id".into(), Value::String("barriers".into()));
    });
    assert_has(
        &errors,
        "barriers.toml: barriers: duplicate id (already used in readiness.toml)",
    );
}

#[test]
fn a_missing_or_blank_english_text() {
    let mut item_id = String::new();
    let errors = errors_after("readiness.toml", |t| {
        let it = item(t, 2, 1);
        item_id = id(it);
        it.insert("text".into(), toml::toml! { fr = "Bonjour" }.into());
    });
    assert_has(
        &errors,
        &format!("readiness.toml: {item_id}: `text` has no `en` text"),
    );

    let mut barrier = String::new();
    let errors = errors_after("barriers.toml", |t| {
        let b = at(t, &["barriers"], 3);
        barrier = id(b);
        b.insert("title".into(), toml::toml! { en = "   " }.into());
    });
    assert_has(
        &errors,
        &format!("barriers.toml: {barrier}: `title` has an empty `en` text"),
    );

    let errors = errors_after("timing.toml", |t| {
        t.insert("intro".into(), toml::toml! { en = "" }.into());
    });
    assert_has(
        &errors,
        "timing.toml: timing: `intro` has an empty `en` text",
    );
}

#[test]
fn a_band_gap_or_overlap() {
    let errors = errors_after("readiness.toml", |t| {
        at(t, &["bands"], 1).insert("min".into(), Value::Integer(51));
    });
    assert_has(
        &errors,
        "readiness.toml: developing: gap: no band covers 50 to 50",
    );

    let errors = errors_after("readiness.toml", |t| {
        at(t, &["bands"], 2).insert("min".into(), Value::Integer(70));
    });
    assert_has(
        &errors,
        "readiness.toml: strength: overlap: 70 to 74 is already covered",
    );

    let errors = errors_after("barriers.toml", |t| {
        at(t, &["risk_bands"], 3).insert("max".into(), Value::Integer(15));
    });
    assert_has(
        &errors,
        "barriers.toml: risk_bands: gap: no band covers 16 to 16",
    );
}

#[test]
fn band_ids_are_a_fixed_vocabulary() {
    let errors = errors_after("readiness.toml", |t| {
        at(t, &["bands"], 2).insert("id".into(), Value::String("great".into()));
    });
    assert_has(
        &errors,
        "readiness.toml: bands: band ids are [\"concern\", \"developing\", \"great\"], expected exactly [\"concern\", \"developing\", \"strength\"] in this order",
    );
    let errors = errors_after("barriers.toml", |t| {
        at(t, &["risk_bands"], 2).insert("blocks_go".into(), Value::Boolean(true));
    });
    assert_has(
        &errors,
        "barriers.toml: high: `blocks_go` must be true for `critical` and false for every other band",
    );
}

#[test]
fn a_weight_of_zero() {
    let mut dim = String::new();
    let errors = errors_after("readiness.toml", |t| {
        let d = dimension(t, 4);
        dim = id(d);
        d.insert("weight".into(), Value::Integer(0));
    });
    assert_has(
        &errors,
        &format!("readiness.toml: {dim}: `weight` is 0, must be 1 to 1000"),
    );
}

#[test]
fn wrong_counts() {
    let errors = errors_after("readiness.toml", |t| {
        t["dimensions"].as_array_mut().unwrap().pop();
    });
    assert_has(
        &errors,
        "readiness.toml: readiness: has 7 dimensions, expected exactly 8",
    );

    let mut dim = String::new();
    let errors = errors_after("readiness.toml", |t| {
        let d = dimension(t, 0);
        dim = id(d);
        let items = d["items"].as_array_mut().unwrap();
        items.truncate(3);
    });
    assert_has(
        &errors,
        &format!("readiness.toml: {dim}: has 3 items, expected 4 to 6"),
    );

    let mut barrier = String::new();
    let errors = errors_after("barriers.toml", |t| {
        let b = at(t, &["barriers"], 0);
        barrier = id(b);
        b["mitigations"].as_array_mut().unwrap().truncate(1);
    });
    assert_has(
        &errors,
        &format!("barriers.toml: {barrier}: has 1 mitigations, expected 2 to 3"),
    );

    let errors = errors_after("readiness.toml", |t| {
        t["scale"].as_table_mut().unwrap()["labels"]
            .as_array_mut()
            .unwrap()
            .pop();
    });
    assert_has(
        &errors,
        "readiness.toml: readiness: has 4 scale.labels, expected exactly 5",
    );
}

#[test]
fn a_bad_id_or_prefix() {
    let errors = errors_after("readiness.toml", |t| {
        item(t, 0, 0).insert(
            "id".into(),
            Value::String("readiness.purpose.Why_Partner".into()),
        );
    });
    assert_has(
        &errors,
        "readiness.toml: readiness.purpose.Why_Partner: bad id: use lowercase letters, digits and '-', parts separated by '.'",
    );
    let errors = errors_after("reflection.toml", |t| {
        at(t, &["prompts"], 0).insert("id".into(), Value::String("prompt.overlap".into()));
    });
    assert_has(
        &errors,
        "reflection.toml: prompt.overlap: id must start with `reflection.`",
    );
}

#[test]
fn depth_thresholds_must_not_decrease() {
    let errors = errors_after("depth.toml", |t| {
        at(t, &["levels"], 3).insert("min_trust".into(), Value::Integer(10));
    });
    assert!(
        errors.iter().any(|e| e.starts_with(
            "depth.toml: collective-impact: `min_trust` 10 is below the previous level's"
        )),
        "{errors:?}"
    );
}

#[test]
fn an_ambition_option_naming_an_unknown_level() {
    let errors = errors_after("depth.toml", |t| {
        let ambition = t["ambition"].as_table_mut().unwrap();
        let option = ambition["options"].as_array_mut().unwrap()[0]
            .as_table_mut()
            .unwrap();
        option.insert("level".into(), Value::String("merger".into()));
    });
    assert_has(
        &errors,
        "depth.toml: depth.ambition: an option names the unknown level `merger`",
    );
    assert_has(
        &errors,
        "depth.toml: depth.ambition: needs exactly one option for level `resource-coordination`, found 0",
    );
}

#[test]
fn verdicts_stages_and_rules() {
    let errors = errors_after("timing.toml", |t| {
        t["verdicts"].as_array_mut().unwrap().swap(0, 1);
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("timing.toml: timing: verdict ids are")),
        "{errors:?}"
    );

    let errors = errors_after("timing.toml", |t| {
        t["rules"]
            .as_table_mut()
            .unwrap()
            .insert("strong_trigger_min".into(), Value::Integer(5));
    });
    assert_has(
        &errors,
        "timing.toml: rules: `strong_trigger_min` is 5, must be 1 to 4",
    );

    let errors = errors_after("depth.toml", |t| {
        t["stages"].as_array_mut().unwrap().pop();
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("depth.toml: depth: stage ids are")),
        "{errors:?}"
    );
}

#[test]
fn the_readiness_instrument_needs_a_trust_dimension_and_a_reversed_item() {
    let errors = errors_after("readiness.toml", |t| {
        for d in t["dimensions"].as_array_mut().unwrap() {
            let d = d.as_table_mut().unwrap();
            if d["id"].as_str() == Some("trust") {
                d.insert("id".into(), Value::String("relationships".into()));
            }
            for i in d["items"].as_array_mut().unwrap() {
                i.as_table_mut()
                    .unwrap()
                    .insert("reverse".into(), Value::Boolean(false));
            }
        }
    });
    assert_has(
        &errors,
        "readiness.toml: readiness: needs a dimension with id `trust` (the depth levels use its score)",
    );
    assert_has(
        &errors,
        "readiness.toml: readiness: at least one item must be reverse-coded",
    );
}

#[test]
fn the_instrument_id_matches_the_file() {
    let errors = errors_after("reflection.toml", |t| {
        t.insert("id".into(), Value::String("reflections".into()));
    });
    assert_has(
        &errors,
        "reflection.toml: reflections: the instrument id must be `reflection`",
    );
}

#[test]
fn a_timing_question_without_guidance() {
    let errors = errors_after("timing.toml", |t| {
        at(t, &["triggers"], 0).remove("guidance");
    });
    assert_has(
        &errors,
        "timing.toml: timing.trigger.unmet-need: needs `guidance`: what it asks, with an example",
    );
}

#[test]
fn a_retired_id_that_is_live_again_or_maps_to_nothing() {
    let errors = errors_after("timing.toml", |t| {
        let retired = t["retired"].as_array_mut().unwrap();
        let first = retired[0].as_table_mut().unwrap();
        first.insert(
            "id".into(),
            Value::String("timing.trigger.same-work".into()),
        );
        first.insert(
            "replaced_by".into(),
            Value::String("timing.trigger.nowhere".into()),
        );
    });
    assert_has(
        &errors,
        "timing.toml: timing.trigger.same-work: a retired id must never be used again for a live item",
    );
    assert_has(
        &errors,
        "timing.toml: timing.trigger.same-work: `replaced_by` is `timing.trigger.nowhere`, not a live item of this file",
    );
}

#[test]
fn a_verdict_allowing_an_unknown_depth() {
    let errors = errors_after("timing.toml", |t| {
        at(t, &["verdicts"], 1).insert("deepest_level".into(), Value::String("everything".into()));
    });
    assert_has(
        &errors,
        "timing.toml: start-small: `deepest_level` is `everything`, not a level id",
    );
}
