//! Reading, validating and generating code for `engine/instruments/partners.toml`, the
//! vocabulary of partner mapping (format: `engine/instruments/FORMAT.md`, "partners.toml").
//!
//! Shared by `build.rs` and by the `partner_file` integration test. Every problem is
//! reported as `partners.toml: id: what is wrong`, all at once.

#![allow(dead_code)]

use serde::Deserialize;

use crate::common::{Check, LText, text_literal as text};
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub const FILE_NAME: &str = "partners.toml";
/// Fixed vocabularies: exactly these ids, in this order (the engine's code relies on them).
pub const RATINGS: [&str; 3] = ["low", "medium", "high"];
pub const CRITERIA: [&str; 5] = [
    "mission-alignment",
    "resource-complementarity",
    "relationship-potential",
    "capacity-to-engage",
    "existing-trust",
];
pub const PRIORITIES: [&str; 4] = ["immediate", "explore", "long-term", "not-now"];
/// Roles and values together are one bit set of at most this many entries.
pub const MAX_OFFERS: usize = 32;
/// At most this many sectors.
pub const MAX_SECTORS: usize = 32;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerFile {
    pub id: String,
    pub version: i64,
    pub title: LText,
    pub intro: LText,
    pub sectors: Vec<SectorDef>,
    pub roles: Vec<OfferDef>,
    pub values: Vec<OfferDef>,
    pub ratings: Vec<SectorDef>,
    pub criteria: Vec<CriterionDef>,
    pub priorities: Vec<PriorityDef>,
    pub messages: MessagesDef,
}

/// Texts for the portfolio view and the priority reasons.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessagesDef {
    pub single_sector: LText,
    pub gap: LText,
    pub not_now_in_cover: LText,
    pub cover_intro: LText,
    pub trusted_start: LText,
    pub connector: LText,
    pub capacity_lowered: LText,
    pub trust_lowered: LText,
}

impl MessagesDef {
    /// `(field name, text)`, in declaration order.
    pub fn all(&self) -> [(&'static str, &LText); 8] {
        [
            ("single_sector", &self.single_sector),
            ("gap", &self.gap),
            ("not_now_in_cover", &self.not_now_in_cover),
            ("cover_intro", &self.cover_intro),
            ("trusted_start", &self.trusted_start),
            ("connector", &self.connector),
            ("capacity_lowered", &self.capacity_lowered),
            ("trust_lowered", &self.trust_lowered),
        ]
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorDef {
    pub id: String,
    pub label: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferDef {
    pub id: String,
    pub label: LText,
    pub description: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionDef {
    pub id: String,
    pub label: LText,
    pub question: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorityDef {
    pub id: String,
    pub label: LText,
    pub explanation: LText,
}

impl Check<'_> {
    fn fixed(&mut self, what: &str, ids: Vec<&str>, expected: &[&str]) {
        if ids != expected {
            self.err(
                "partners",
                format_args!("{what} ids are {ids:?}, expected exactly {expected:?} in this order"),
            );
        }
    }
}

/// A vocabulary id: one word of lowercase letters, digits and '-', starting with a letter.
pub fn is_term_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Parses and validates `partners.toml`.
pub fn load(source: &str) -> Result<PartnerFile, Vec<String>> {
    let f: PartnerFile = match crate::common::parse_keyed(source, "partners") {
        Ok(f) => f,
        Err(e) => return Err(vec![format!("{FILE_NAME}: {e}")]),
    };
    let mut errors = Vec::new();
    let mut c = Check {
        file: FILE_NAME,
        errors: &mut errors,
    };
    if f.id != "partners" {
        c.err(&f.id, "the instrument id must be `partners`");
    }
    if f.version < 1 || f.version > i64::from(u32::MAX) {
        c.err(
            &f.id,
            format_args!("`version` is {}, must be at least 1", f.version),
        );
    }
    c.text(&f.id, "title", &f.title);
    c.text(&f.id, "intro", &f.intro);

    c.count(&f.id, "sectors", f.sectors.len(), 2, MAX_SECTORS);
    c.count(&f.id, "roles", f.roles.len(), 2, MAX_OFFERS);
    c.count(&f.id, "values", f.values.len(), 2, MAX_OFFERS);
    if f.roles.len() + f.values.len() > MAX_OFFERS {
        c.err(
            &f.id,
            format_args!(
                "roles and values together are {}, at most {MAX_OFFERS} are allowed",
                f.roles.len() + f.values.len()
            ),
        );
    }
    if !f.sectors.iter().any(|s| s.id == "other") {
        c.err(
            &f.id,
            "needs a sector with id `other` (unknown sectors fall back to it)",
        );
    }
    // Sector, role and value ids share one namespace: a need id names its list.
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    let terms = f
        .sectors
        .iter()
        .map(|s| ("sectors", s.id.as_str(), &s.label, None))
        .chain(
            f.roles
                .iter()
                .map(|r| ("roles", r.id.as_str(), &r.label, Some(&r.description))),
        )
        .chain(
            f.values
                .iter()
                .map(|v| ("values", v.id.as_str(), &v.label, Some(&v.description))),
        );
    for (list, id, label, description) in terms {
        if !is_term_id(id) {
            c.err(
                id,
                "bad id: use one word of lowercase letters, digits and '-'",
            );
        }
        if let Some(first) = seen.insert(id, list) {
            c.err(id, format_args!("duplicate id (already used in {first})"));
        }
        c.text(id, "label", label);
        if let Some(d) = description {
            c.text(id, "description", d);
        }
    }
    c.fixed(
        "rating",
        f.ratings.iter().map(|r| r.id.as_str()).collect(),
        &RATINGS,
    );
    for r in &f.ratings {
        c.text(&r.id, "label", &r.label);
    }
    c.fixed(
        "criterion",
        f.criteria.iter().map(|r| r.id.as_str()).collect(),
        &CRITERIA,
    );
    for r in &f.criteria {
        c.text(&r.id, "label", &r.label);
        c.text(&r.id, "question", &r.question);
    }
    c.fixed(
        "priority",
        f.priorities.iter().map(|r| r.id.as_str()).collect(),
        &PRIORITIES,
    );
    for r in &f.priorities {
        c.text(&r.id, "label", &r.label);
        c.text(&r.id, "explanation", &r.explanation);
    }
    for (field, t) in f.messages.all() {
        c.text("messages", field, t);
    }
    if errors.is_empty() {
        Ok(f)
    } else {
        Err(errors)
    }
}

/// The Rust source of `pub static PARTNER_VOCABULARY: PartnerVocabulary`. Assumes a
/// validated file.
pub fn generate(f: &PartnerFile) -> String {
    let mut o = String::new();
    o.push_str(
        "// Generated by engine/build.rs from engine/instruments/partners.toml. Do not edit.\n",
    );
    o.push_str("/// The partner-mapping vocabulary, generated at build time from `engine/instruments/partners.toml`.\n");
    let _ = write!(
        o,
        "pub static PARTNER_VOCABULARY: PartnerVocabulary = PartnerVocabulary {{ id: {:?}, version: {}, title: {}, intro: {},\nsectors: &[",
        f.id,
        f.version,
        text(&f.title),
        text(&f.intro)
    );
    for s in &f.sectors {
        let _ = write!(
            o,
            "SectorDef {{ id: {:?}, label: {} }},",
            s.id,
            text(&s.label)
        );
    }
    o.push_str("],\noffers: &[");
    for (kind, list) in [("Role", &f.roles), ("Value", &f.values)] {
        for r in list {
            let _ = write!(
                o,
                "OfferDef {{ id: {:?}, kind: OfferKind::{kind}, label: {}, description: {} }},",
                r.id,
                text(&r.label),
                text(&r.description)
            );
        }
    }
    let _ = write!(o, "],\nroles: {},\nratings: [", f.roles.len());
    for r in &f.ratings {
        let _ = write!(o, "{},", text(&r.label));
    }
    o.push_str("],\ncriteria: [");
    for r in &f.criteria {
        let _ = write!(
            o,
            "CriterionDef {{ id: {:?}, label: {}, question: {} }},",
            r.id,
            text(&r.label),
            text(&r.question)
        );
    }
    o.push_str("],\npriorities: [");
    for r in &f.priorities {
        let _ = write!(
            o,
            "PriorityDef {{ id: {:?}, label: {}, explanation: {} }},",
            r.id,
            text(&r.label),
            text(&r.explanation)
        );
    }
    o.push_str("],\nmessages: PartnerMessages {");
    for (field, t) in f.messages.all() {
        let _ = write!(o, " {field}: {},", text(t));
    }
    o.push_str(" } };\n");
    o
}

/// The build step: reads `dir/partners.toml`, writes `$OUT_DIR/partners.rs`, or prints every
/// problem and exits with status 1.
pub fn build(dir: &std::path::Path) {
    let path = dir.join(FILE_NAME);
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed=build/partner_file.rs");
    let errors = match std::fs::read_to_string(&path) {
        Err(e) => vec![format!("{FILE_NAME}: cannot read {}: {e}", path.display())],
        Ok(source) => match load(&source) {
            Err(errors) => errors,
            Ok(f) => {
                let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default())
                    .join("partners.rs");
                match std::fs::write(&out, generate(&f)) {
                    Ok(()) => return,
                    Err(e) => vec![format!("cannot write {}: {e}", out.display())],
                }
            }
        },
    };
    eprintln!("The partner vocabulary in engine/instruments/ has problems (see FORMAT.md):");
    for e in errors {
        eprintln!("  {e}");
    }
    std::process::exit(1);
}
