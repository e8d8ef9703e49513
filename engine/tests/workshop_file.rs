//! The build-time validation of `instruments/workshop.toml`: the real file passes, each
//! broken input fails with a message naming the place, and every prompt renders.

#[allow(dead_code)] // each checker uses a different part of it
#[path = "../build/common.rs"]
mod common;
mod file_checks;
#[path = "../build/workshop_file.rs"]
mod workshop_file;

use file_checks::{assert_has, edited};
use partnership_engine::INSTRUMENTS;
use partnership_engine::workshop::prompts::{PROMPTS, template};
use partnership_engine::workshop::{
    AgreementBand, ConsensusTopic, Disagreement, DisagreementShape,
};
use workshop_file::{generate, load};

const REAL: &str = include_str!("../instruments/workshop.toml");

fn errors_after(edit: impl FnOnce(&mut toml::Table)) -> Vec<String> {
    load(&edited(REAL, edit)).expect_err("the edit must break the file")
}

fn prompt(t: &mut toml::Table, i: usize) -> &mut toml::Table {
    t["prompts"].as_array_mut().unwrap()[i]
        .as_table_mut()
        .unwrap()
}

#[test]
fn the_real_file_is_valid_and_generates_code() {
    let file = load(REAL).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(file.prompts.len(), 10);
    let code = generate(&file);
    assert!(code.contains("pub static PROMPTS"));
    assert_eq!(PROMPTS.len(), 10);
}

#[test]
fn a_syntax_error_names_the_file() {
    let errors = load("id = \"workshop\"\nversion = ").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("workshop.toml: "), "{errors:?}");
}

#[test]
fn an_unknown_field_fails() {
    let errors = errors_after(|t| {
        prompt(t, 0).insert("tone".into(), "warm".into());
    });
    assert!(errors[0].contains("tone"), "{errors:?}");
}

#[test]
fn a_missing_prompt_is_named() {
    let errors = errors_after(|t| {
        t["prompts"].as_array_mut().unwrap().remove(0);
    });
    assert_eq!(
        errors,
        vec!["workshop.toml: item/split-room: needs exactly one prompt, found 0"]
    );
}

#[test]
fn a_duplicated_prompt_is_named() {
    let errors = errors_after(|t| {
        let first = t["prompts"].as_array().unwrap()[0].clone();
        t["prompts"].as_array_mut().unwrap().push(first);
    });
    assert_eq!(
        errors,
        vec!["workshop.toml: item/split-room: needs exactly one prompt, found 2"]
    );
}

#[test]
fn unknown_topics_and_shapes_fail() {
    let errors = errors_after(|t| {
        prompt(t, 0).insert("topic".into(), "verdict".into());
        prompt(t, 1).insert("shape".into(), "lopsided".into());
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("workshop.toml: verdict/split-room: unknown topic `verdict`")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("workshop.toml: item/lopsided: unknown shape `lopsided`")),
        "{errors:?}"
    );
}

#[test]
fn barriers_have_no_dont_know_prompt() {
    let errors = errors_after(|t| {
        prompt(t, 4).insert("shape".into(), "many-dont-know".into());
    });
    assert_has(
        &errors,
        "workshop.toml: barrier-presence/many-dont-know: barriers have no \"Don't know\": this prompt would never be shown",
    );
}

#[test]
fn placeholders_are_checked() {
    let set_text = |text: &str| {
        let text = text.to_owned();
        errors_after(move |t| {
            let mut lt = toml::Table::new();
            lt.insert("en".into(), text.into());
            prompt(t, 0).insert("text".into(), lt.into());
        })
    };
    assert_has(
        &set_text("Talk about {topic} with {everyone}."),
        "workshop.toml: item/split-room: the `en` text uses the unknown placeholder `{everyone}` (known: {topic}, {respondents}, {low}, {middle}, {high}, {dont_know})",
    );
    assert_has(
        &set_text("Talk about {topic with the room."),
        "workshop.toml: item/split-room: the `en` text has a `{` without its `}`",
    );
    assert_has(
        &set_text("Talk about topic} now."),
        "workshop.toml: item/split-room: the `en` text has a `}` without a `{`",
    );
    assert_has(
        &set_text("Talk about it."),
        "workshop.toml: item/split-room: the `en` text must name its topic with {topic}",
    );
    assert_has(
        &set_text("  "),
        "workshop.toml: item/split-room: `text` has an empty `en` text",
    );
}

#[test]
fn languages_are_checked() {
    let errors = errors_after(|t| {
        let text = prompt(t, 0)["text"].as_table_mut().unwrap();
        text.remove("en");
        text.insert("French".into(), "Parlez de {topic}.".into());
    });
    assert_has(
        &errors,
        "workshop.toml: item/split-room: `text` has no `en` text",
    );
    assert_has(
        &errors,
        "workshop.toml: item/split-room: `text` has a bad language tag `French`",
    );
}

#[test]
fn the_id_and_version_are_checked() {
    let errors = errors_after(|t| {
        t.insert("id".into(), "prompts".into());
        t.insert("version".into(), 0.into());
    });
    assert_has(
        &errors,
        "workshop.toml: prompts: the file's id must be `workshop`",
    );
    assert_has(
        &errors,
        "workshop.toml: prompts: `version` is 0, must be at least 1",
    );
}

#[test]
fn every_prompt_renders_without_placeholders() {
    use ConsensusTopic::*;
    use DisagreementShape::*;
    let barrier = &INSTRUMENTS.barriers.barriers[0];
    let item = &INSTRUMENTS.readiness.dimensions[0].items[0];
    for topic in [Item, BarrierPresence, BarrierHarm] {
        for shape in [ManyDontKnow, OneOutlier, SplitRoom, SpreadOut] {
            let expected = !(shape == ManyDontKnow && topic != Item);
            assert_eq!(
                template(topic, shape).is_some(),
                expected,
                "{topic:?} {shape:?}"
            );
            if !expected {
                continue;
            }
            let (id, title) = match topic {
                Item => (item.id, item.text.en().trim_end_matches('.')),
                _ => (barrier.id, barrier.title.en()),
            };
            let d = Disagreement {
                topic,
                id,
                agreement: 400,
                agreement_band: AgreementBand::Low,
                shape,
                respondents: 7,
                low: 3,
                middle: 1,
                high: 3,
                dont_know: 4,
            };
            let text = d.prompt(&INSTRUMENTS, "fr");
            assert!(text.contains(title), "{text}");
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
        }
    }
}
