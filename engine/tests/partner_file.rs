//! The build-time validation of `instruments/partners.toml`: the real file passes, and each
//! broken input fails with a message naming the file and the id.

#[allow(dead_code)] // each checker uses a different part of it
#[path = "../build/common.rs"]
mod common;
mod file_checks;
#[path = "../build/partner_file.rs"]
mod partner_file;

use file_checks::{assert_has, edited};
use partner_file::{generate, load};
use toml::{Table, Value};

const REAL: &str = include_str!("../instruments/partners.toml");

fn errors_after(edit: impl FnOnce(&mut Table)) -> Vec<String> {
    load(&edited(REAL, edit)).expect_err("the edit must break the file")
}

fn entry<'a>(t: &'a mut Table, list: &str, i: usize) -> &'a mut Table {
    t[list].as_array_mut().expect("array")[i]
        .as_table_mut()
        .expect("table")
}

#[test]
fn the_real_file_is_valid_and_generates_code() {
    let f = load(REAL).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(f.sectors.len(), 9);
    assert!(
        f.roles.len() + f.values.len() >= 16,
        "16 needs must be possible"
    );
    let code = generate(&f);
    assert!(code.contains("pub static PARTNER_VOCABULARY: PartnerVocabulary"));
    assert!(code.contains("\"community-connector\""));
}

#[test]
fn a_syntax_error_names_the_file() {
    let errors = load("id = \"partners\"\nversion = ").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("partners.toml: "), "{errors:?}");
}

#[test]
fn an_unknown_field_is_a_typo_and_fails() {
    let errors = errors_after(|t| {
        entry(t, "roles", 0).insert("lable".into(), Value::String("x".into()));
    });
    assert!(
        errors[0].starts_with("partners.toml: ") && errors[0].contains("lable"),
        "{errors:?}"
    );
}

#[test]
fn a_duplicate_id_across_lists_is_named() {
    let errors = errors_after(|t| {
        entry(t, "values", 0).insert("id".into(), Value::String("data".into()));
    });
    assert_has(
        &errors,
        "partners.toml: data: duplicate id (already used in roles)",
    );
}

#[test]
fn a_bad_id_is_named() {
    let errors = errors_after(|t| {
        entry(t, "sectors", 1).insert("id".into(), Value::String("Gov.Agency".into()));
    });
    assert_has(
        &errors,
        "partners.toml: Gov.Agency: bad id: use one word of lowercase letters, digits and '-'",
    );
}

#[test]
fn a_missing_or_blank_english_text_is_named() {
    let errors = errors_after(|t| {
        entry(t, "roles", 2).insert("description".into(), toml::toml! { fr = "Données" }.into());
    });
    assert_has(
        &errors,
        "partners.toml: data: `description` has no `en` text",
    );
    let errors = errors_after(|t| {
        entry(t, "priorities", 1).insert("explanation".into(), toml::toml! { en = "  " }.into());
    });
    assert_has(
        &errors,
        "partners.toml: explore: `explanation` has an empty `en` text",
    );
}

#[test]
fn the_fixed_vocabularies_must_be_exact_and_in_order() {
    let errors = errors_after(|t| {
        t["priorities"].as_array_mut().unwrap().swap(0, 1);
    });
    assert_has(
        &errors,
        "partners.toml: partners: priority ids are [\"explore\", \"immediate\", \"long-term\", \"not-now\"], expected exactly [\"immediate\", \"explore\", \"long-term\", \"not-now\"] in this order",
    );
    let errors = errors_after(|t| {
        t["ratings"].as_array_mut().unwrap().pop();
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("partners.toml: partners: rating ids are")),
        "{errors:?}"
    );
    let errors = errors_after(|t| {
        entry(t, "criteria", 4).insert("id".into(), Value::String("trust".into()));
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("partners.toml: partners: criterion ids are")),
        "{errors:?}"
    );
}

#[test]
fn the_other_sector_is_required() {
    let errors = errors_after(|t| {
        let sectors = t["sectors"].as_array_mut().unwrap();
        let last = sectors.len() - 1;
        sectors.remove(last);
    });
    assert_has(
        &errors,
        "partners.toml: partners: needs a sector with id `other` (unknown sectors fall back to it)",
    );
}

#[test]
fn too_many_roles_and_values_together() {
    let errors = errors_after(|t| {
        let values = t["values"].as_array_mut().unwrap();
        for i in 0..20 {
            let mut v = values[0].as_table().unwrap().clone();
            v.insert("id".into(), Value::String(format!("extra-{i}")));
            values.push(Value::Table(v));
        }
    });
    assert_has(
        &errors,
        "partners.toml: partners: roles and values together are 37, at most 32 are allowed",
    );
}

#[test]
fn a_wrong_instrument_id_or_version() {
    let errors = errors_after(|t| {
        t.insert("id".into(), Value::String("partner".into()));
        t.insert("version".into(), Value::Integer(0));
    });
    assert_has(
        &errors,
        "partners.toml: partner: the instrument id must be `partners`",
    );
    assert_has(
        &errors,
        "partners.toml: partner: `version` is 0, must be at least 1",
    );
}

#[test]
fn a_missing_or_blank_message_is_named() {
    let errors = errors_after(|t| {
        t["messages"]
            .as_table_mut()
            .unwrap()
            .insert("gap".into(), toml::toml! { en = "" }.into());
    });
    assert_has(
        &errors,
        "partners.toml: messages: `gap` has an empty `en` text",
    );
    let errors = errors_after(|t| {
        t["messages"].as_table_mut().unwrap().remove("connector");
    });
    assert!(
        errors[0].starts_with("partners.toml: ") && errors[0].contains("connector"),
        "{errors:?}"
    );
}
