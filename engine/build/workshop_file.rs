//! Reading, validating and generating code for `engine/instruments/workshop.toml`, the
//! discussion prompts of workshop mode (format: `engine/instruments/FORMAT.md`, section
//! "workshop.toml").
//!
//! Shared by `build.rs` (which writes `$OUT_DIR/workshop.rs`) and by the
//! `workshop_file` integration test. Problems are reported as `workshop.toml: where: what`,
//! all at once. Self-contained, so it can be included on its own.

#![allow(dead_code)]

use serde::Deserialize;

use crate::common::{LText, is_language_tag, variant};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

pub const FILE_NAME: &str = "workshop.toml";

/// The kinds of topic, as in the file.
pub const TOPICS: [&str; 3] = ["item", "barrier-presence", "barrier-harm"];
/// The shapes of disagreement, as in the file.
pub const SHAPES: [&str; 4] = ["many-dont-know", "one-outlier", "split-room", "spread-out"];
/// The placeholders a prompt may use.
pub const PLACEHOLDERS: [&str; 6] = ["topic", "respondents", "low", "middle", "high", "dont_know"];

/// A localised text: language tag -> text.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopFile {
    pub id: String,
    pub version: i64,
    pub prompts: Vec<PromptDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptDef {
    pub topic: String,
    pub shape: String,
    pub text: LText,
}

/// Whether `shape` applies to `topic`: barriers have no "Don't know".
pub fn applies(topic: &str, shape: &str) -> bool {
    !(shape == "many-dont-know" && topic != "item")
}

/// The placeholders of a template, or an error for an unbalanced or unknown one.
fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("has a `}` without a `{`".into());
        }
        let after = &rest[open + 1..];
        let close = after
            .find(['{', '}'])
            .filter(|&i| after[i..].starts_with('}'))
            .ok_or("has a `{` without its `}`")?;
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "uses the unknown placeholder `{{{name}}}` (known: {})",
                PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
            ));
        }
        found.push(name);
        rest = &after[close + 1..];
    }
    Ok(found)
}

/// Parses and validates the file's contents.
pub fn load(source: &str) -> Result<WorkshopFile, Vec<String>> {
    let file: WorkshopFile = crate::common::parse_keyed(source, "workshop")
        .map_err(|e| vec![format!("{FILE_NAME}: {e}")])?;
    let mut errors = Vec::new();
    let mut err = |at: &str, msg: String| errors.push(format!("{FILE_NAME}: {at}: {msg}"));
    if file.id != "workshop" {
        err(&file.id, "the file's id must be `workshop`".into());
    }
    if file.version < 1 || file.version > i64::from(u32::MAX) {
        err(
            &file.id,
            format!("`version` is {}, must be at least 1", file.version),
        );
    }
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for p in &file.prompts {
        let at = format!("{}/{}", p.topic, p.shape);
        if !TOPICS.contains(&p.topic.as_str()) {
            err(
                &at,
                format!("unknown topic `{}`, expected one of {TOPICS:?}", p.topic),
            );
        }
        if !SHAPES.contains(&p.shape.as_str()) {
            err(
                &at,
                format!("unknown shape `{}`, expected one of {SHAPES:?}", p.shape),
            );
        } else if !applies(&p.topic, &p.shape) {
            err(
                &at,
                "barriers have no \"Don't know\": this prompt would never be shown".into(),
            );
        }
        *seen.entry((p.topic.clone(), p.shape.clone())).or_default() += 1;
        match p.text.get("en") {
            None => err(&at, "`text` has no `en` text".into()),
            Some(t) if t.trim().is_empty() => err(&at, "`text` has an empty `en` text".into()),
            Some(_) => {}
        }
        for (lang, t) in p
            .text
            .iter()
            .filter(|(lang, _)| *lang != crate::common::KEY_FIELD)
        {
            if !is_language_tag(lang) {
                err(&at, format!("`text` has a bad language tag `{lang}`"));
                continue;
            }
            if t.trim().is_empty() {
                err(&at, format!("`text` has an empty `{lang}` text"));
                continue;
            }
            match placeholders(t) {
                Err(e) => err(&at, format!("the `{lang}` text {e}")),
                Ok(names) if !names.contains(&"topic") => err(
                    &at,
                    format!("the `{lang}` text must name its topic with {{topic}}"),
                ),
                Ok(_) => {}
            }
        }
    }
    for topic in TOPICS {
        for shape in SHAPES.iter().filter(|s| applies(topic, s)) {
            let n = seen
                .get(&(topic.to_owned(), shape.to_string()))
                .copied()
                .unwrap_or(0);
            if n != 1 {
                err(
                    &format!("{topic}/{shape}"),
                    format!("needs exactly one prompt, found {n}"),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors)
    }
}

/// The Rust source of `PROMPTS`, for `engine/src/workshop/prompts.rs`. Assumes a
/// validated file.
pub fn generate(file: &WorkshopFile) -> String {
    let mut o = String::from(
        "// Generated by engine/build.rs from engine/instruments/workshop.toml. Do not edit.\n",
    );
    let _ = writeln!(o, "/// The version of `workshop.toml`.");
    let _ = writeln!(o, "pub const PROMPTS_VERSION: u32 = {};", file.version);
    o.push_str("/// One discussion prompt per (topic, shape), in file order.\n");
    o.push_str("pub static PROMPTS: &[(ConsensusTopic, DisagreementShape, Text)] = &[\n");
    for p in &file.prompts {
        let text = crate::common::text_literal(&p.text);
        let _ = writeln!(
            o,
            "(ConsensusTopic::{}, DisagreementShape::{}, {text}),",
            variant(&p.topic),
            variant(&p.shape)
        );
    }
    o.push_str("];\n");
    o
}

/// For `build.rs`: reads `dir/workshop.toml`, validates it and writes
/// `out_dir/workshop.rs`.
pub fn build(dir: &Path, out_dir: &Path) -> Result<(), Vec<String>> {
    println!("cargo:rerun-if-changed=build/workshop_file.rs");
    let path = dir.join(FILE_NAME);
    println!("cargo:rerun-if-changed={}", path.display());
    let source = std::fs::read_to_string(&path)
        .map_err(|e| vec![format!("{FILE_NAME}: cannot read {}: {e}", path.display())])?;
    let file = load(&source)?;
    let out = out_dir.join("workshop.rs");
    std::fs::write(&out, generate(&file))
        .map_err(|e| vec![format!("cannot write {}: {e}", out.display())])
}
