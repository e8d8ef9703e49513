//! Reading, validating and generating code for the instrument files
//! (`engine/instruments/*.toml`, format in `engine/instruments/FORMAT.md`).
//!
//! Shared by `build.rs` (which turns the files into static Rust data) and by the
//! `instrument_files` integration test (which feeds it small broken inputs). Every problem
//! is reported as `file: id: what is wrong`, and all problems are reported at once.

#![allow(dead_code)]

use serde::Deserialize;

use crate::common::{Check, LText, text_literal as text, variant};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The six files, in the order the engine lists them.
pub const FILE_NAMES: [&str; 6] = [
    "readiness.toml",
    "barriers.toml",
    "timing.toml",
    "depth.toml",
    "reflection.toml",
    "health.toml",
];

/// A localised text: language tag -> text.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadinessFile {
    pub id: String,
    pub version: i64,
    pub title: LText,
    pub intro: LText,
    pub min_answered_percent: i64,
    pub min_scored_items: i64,
    pub knowledge_gap_percent: i64,
    /// Required in `readiness.toml`; `health.toml` has none and uses readiness's scale.
    #[serde(default)]
    pub scale: Option<ScaleDef>,
    pub bands: Vec<BandDef>,
    pub dimensions: Vec<DimensionDef>,
    #[serde(default)]
    pub retired: Vec<RetiredDef>,
    /// Only in `health.toml`: what the partnership gives and costs.
    #[serde(default)]
    pub balance: Option<BalanceDef>,
}

/// `health.toml`'s `[balance]`: an amount scale and its two questions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalanceDef {
    pub labels: Vec<LText>,
    pub questions: Vec<BalanceQuestionDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalanceQuestionDef {
    pub id: String,
    pub text: LText,
    pub guidance: LText,
}

/// How the two files with areas of agreement statements differ.
pub struct ScoredKind {
    pub file: &'static str,
    pub id: &'static str,
    /// How many areas the file must have.
    pub areas: (usize, usize),
    /// Whether the file declares the agreement scale (otherwise it borrows readiness's).
    pub own_scale: bool,
    /// Whether the file has the `[balance]` questions.
    pub balance: bool,
}

pub const READINESS_KIND: ScoredKind = ScoredKind {
    file: "readiness.toml",
    id: "readiness",
    areas: (8, 8),
    own_scale: true,
    balance: false,
};

pub const HEALTH_KIND: ScoredKind = ScoredKind {
    file: "health.toml",
    id: "health",
    areas: (5, 7),
    own_scale: false,
    balance: true,
};

/// The balance question ids, exactly, in this order.
pub const BALANCE_QUESTIONS: [&str; 2] = ["health.balance.benefits", "health.balance.costs"];

/// An item id that was released and then withdrawn: it stays importable.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetiredDef {
    pub id: String,
    /// The live item whose meaning is the same, so an old answer moves to it.
    #[serde(default)]
    pub replaced_by: Option<String>,
    /// Why the id was withdrawn, shown in the import note.
    pub note: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleDef {
    pub labels: Vec<LText>,
    pub dont_know: LText,
    pub not_applicable: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandDef {
    pub id: String,
    pub min: i64,
    pub max: i64,
    pub label: LText,
    pub overall: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionDef {
    pub id: String,
    pub weight: i64,
    pub title: LText,
    pub summary: LText,
    pub outcome: OutcomeDef,
    pub knowledge_gap: LText,
    pub action: LText,
    pub items: Vec<ItemDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeDef {
    pub strength: LText,
    pub developing: LText,
    pub concern: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    pub id: String,
    pub text: LText,
    /// One plain line under the statement: what it asks, with an example.
    pub guidance: LText,
    pub reverse: bool,
    pub action: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarriersFile {
    pub id: String,
    pub version: i64,
    pub title: LText,
    pub intro: LText,
    pub presence_labels: Vec<LText>,
    pub harm_labels: Vec<LText>,
    pub risk_bands: Vec<RiskBandDef>,
    pub barriers: Vec<BarrierDef>,
    #[serde(default)]
    pub retired: Vec<RetiredDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskBandDef {
    pub id: String,
    pub min: i64,
    pub max: i64,
    pub label: LText,
    pub meaning: LText,
    pub blocks_go: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarrierDef {
    pub id: String,
    pub title: LText,
    pub explanation: LText,
    pub presence_question: LText,
    pub harm_question: LText,
    pub mitigations: Vec<MitigationDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MitigationDef {
    pub id: String,
    pub text: LText,
    /// `present` (first step when the barrier is clearly here) or `early` (first step
    /// while it is slight or absent).
    pub when: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimingFile {
    pub id: String,
    pub version: i64,
    pub title: LText,
    pub intro: LText,
    pub labels: Vec<LText>,
    pub dont_know: LText,
    pub rules: RulesDef,
    pub triggers: Vec<QuestionDef>,
    pub preconditions: Vec<QuestionDef>,
    pub warnings: Vec<WarningDef>,
    pub verdicts: Vec<VerdictDef>,
    #[serde(default)]
    pub retired: Vec<RetiredDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesDef {
    pub strong_trigger_min: i64,
    pub strong_triggers_needed: i64,
    pub precondition_met_min: i64,
    pub readiness_index_min: i64,
    pub readiness_areas_min: i64,
    pub warning_present_min: i64,
    pub warning_cap_min: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub id: String,
    pub text: LText,
    /// Required for timing questions (what it asks, with an example); the depth file's
    /// questions have none.
    #[serde(default)]
    pub guidance: Option<LText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningDef {
    pub id: String,
    pub text: LText,
    pub guidance: LText,
    pub advice: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictDef {
    pub id: String,
    pub title: LText,
    pub summary: LText,
    pub deepest_level: String,
    pub next_steps: Vec<LText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepthFile {
    pub id: String,
    pub version: i64,
    pub title: LText,
    pub intro: LText,
    pub critical_barrier_deepest_level: String,
    pub levels: Vec<LevelDef>,
    pub ambition: AmbitionDef,
    pub stage_question: QuestionDef,
    pub stages: Vec<StageDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDef {
    pub id: String,
    pub title: LText,
    pub description: LText,
    pub min_readiness: i64,
    pub min_trust: i64,
    pub unlock: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbitionDef {
    pub id: String,
    pub text: LText,
    pub options: Vec<AmbitionOptionDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbitionOptionDef {
    pub level: String,
    pub label: LText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageDef {
    pub id: String,
    pub title: LText,
    pub description: LText,
    pub next_steps: Vec<LText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReflectionFile {
    pub id: String,
    pub version: i64,
    pub title: LText,
    pub intro: LText,
    pub max_chars: i64,
    pub prompts: Vec<PromptDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptDef {
    pub id: String,
    pub text: LText,
    pub hint: LText,
}

/// All five files, parsed and validated.
#[derive(Debug)]
pub struct InstrumentSet {
    pub readiness: ReadinessFile,
    /// `health.toml`, the same structure as readiness plus its balance questions.
    pub health: ReadinessFile,
    pub barriers: BarriersFile,
    pub timing: TimingFile,
    pub depth: DepthFile,
    pub reflection: ReflectionFile,
}

/// Fixed vocabularies: these ids are exact, in this order.
pub const READINESS_BANDS: [&str; 3] = ["concern", "developing", "strength"];
pub const RISK_BANDS: [&str; 4] = ["low", "moderate", "high", "critical"];
pub const VERDICTS: [&str; 4] = [
    "act-now",
    "start-small",
    "invest-in-relationships",
    "not-yet",
];
pub const LEVELS: [&str; 4] = [
    "resource-coordination",
    "program-collaboration",
    "strategic-alliance",
    "collective-impact",
];
pub const STAGES: [&str; 5] = [
    "mapping",
    "relationship",
    "design",
    "implementation",
    "evaluation",
];
pub const TRUST_DIMENSION: &str = "trust";
pub const MITIGATION_USES: [&str; 2] = ["present", "early"];

/// The checks only instrument files need.
impl Check<'_> {
    fn texts(&mut self, id: &str, field: &str, texts: &[LText], min: usize, max: usize) {
        self.count(id, field, texts.len(), min, max);
        for (i, t) in texts.iter().enumerate() {
            self.text(id, &format!("{field}[{i}]"), t);
        }
    }

    fn range(&mut self, id: &str, field: &str, value: i64, min: i64, max: i64) {
        if value < min || value > max {
            self.err(
                id,
                format_args!("`{field}` is {value}, must be {min} to {max}"),
            );
        }
    }

    fn id(&mut self, id: &str, prefix: &str) {
        if !is_id(id) {
            self.err(
                id,
                "bad id: use lowercase letters, digits and '-', parts separated by '.'",
            );
        } else if !id.starts_with(prefix) || id.len() == prefix.len() {
            self.err(id, format_args!("id must start with `{prefix}`"));
        }
    }

    /// Retired ids: well formed, never a live id again, and mapped (if at all) to a live id
    /// of the same file, with a note for the import message.
    fn retired(&mut self, retired: &[RetiredDef], live: &[&str], prefix: &str) {
        for r in retired {
            self.id(&r.id, prefix);
            if live.contains(&r.id.as_str()) {
                self.err(
                    &r.id,
                    "a retired id must never be used again for a live item",
                );
            }
            if let Some(to) = &r.replaced_by
                && !live.contains(&to.as_str())
            {
                self.err(
                    &r.id,
                    format_args!("`replaced_by` is `{to}`, not a live item of this file"),
                );
            }
            self.text(&r.id, "note", &r.note);
        }
        let mut ids: Vec<&str> = retired.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        for pair in ids.windows(2) {
            if pair[0] == pair[1] {
                self.err(pair[0], "retired twice");
            }
        }
    }

    fn meta(&mut self, expected_id: &str, id: &str, version: i64, title: &LText, intro: &LText) {
        if id != expected_id {
            self.err(
                id,
                format_args!("the instrument id must be `{expected_id}`"),
            );
        }
        if version < 1 || version > i64::from(u32::MAX) {
            self.err(
                id,
                format_args!("`version` is {version}, must be at least 1"),
            );
        }
        self.text(id, "title", title);
        self.text(id, "intro", intro);
    }

    /// Bands: exactly the expected ids, in order, covering `0..=top` with no gap or overlap.
    fn bands(&mut self, what: &str, bands: &[(&str, i64, i64)], expected: &[&str], top: i64) {
        let ids: Vec<&str> = bands.iter().map(|b| b.0).collect();
        if ids != expected {
            self.err(
                what,
                format_args!("band ids are {ids:?}, expected exactly {expected:?} in this order"),
            );
        }
        let mut next = 0i64;
        for &(id, min, max) in bands {
            if min > max {
                self.err(id, format_args!("band min {min} is above its max {max}"));
            }
            if min > next {
                self.err(
                    id,
                    format_args!("gap: no band covers {next} to {}", min - 1),
                );
            } else if min < next {
                self.err(
                    id,
                    format_args!("overlap: {min} to {} is already covered", next - 1),
                );
            }
            next = max.max(next - 1) + 1;
        }
        if next <= top {
            self.err(what, format_args!("gap: no band covers {next} to {top}"));
        } else if next > top + 1 {
            self.err(what, format_args!("bands go beyond {top}"));
        }
    }
}

/// `^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$`
pub fn is_id(id: &str) -> bool {
    let mut parts = id.split('.');
    let first = parts.next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && parts.all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &str,
    source: &str,
    errors: &mut Vec<String>,
) -> Option<T> {
    let file_id = file.trim_end_matches(".toml");
    match crate::common::parse_keyed(source, file_id) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(format!("{file}: {e}"));
            None
        }
    }
}

/// Parses and validates the five files, given as `(file name, contents)`.
pub fn load(files: &[(&str, &str)]) -> Result<InstrumentSet, Vec<String>> {
    let mut errors = Vec::new();
    let source = |name: &str, errors: &mut Vec<String>| {
        let found = files.iter().find(|(n, _)| *n == name).map(|(_, s)| *s);
        if found.is_none() {
            errors.push(format!("{name}: the file is missing"));
        }
        found
    };
    let readiness = source("readiness.toml", &mut errors)
        .and_then(|s| parse::<ReadinessFile>("readiness.toml", s, &mut errors));
    let barriers = source("barriers.toml", &mut errors)
        .and_then(|s| parse::<BarriersFile>("barriers.toml", s, &mut errors));
    let timing = source("timing.toml", &mut errors)
        .and_then(|s| parse::<TimingFile>("timing.toml", s, &mut errors));
    let depth = source("depth.toml", &mut errors)
        .and_then(|s| parse::<DepthFile>("depth.toml", s, &mut errors));
    let reflection = source("reflection.toml", &mut errors)
        .and_then(|s| parse::<ReflectionFile>("reflection.toml", s, &mut errors));
    let health = source("health.toml", &mut errors)
        .and_then(|s| parse::<ReadinessFile>("health.toml", s, &mut errors));

    // Ids must be unique across all five files: remember where each was first seen.
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut unique = |file: &'static str, id: &str, errors: &mut Vec<String>| {
        if let Some(first) = seen.get(id) {
            errors.push(format!(
                "{file}: {id}: duplicate id (already used in {first})"
            ));
        } else {
            seen.insert(id.to_owned(), file);
        }
    };

    for (kind, file) in [(&READINESS_KIND, &readiness), (&HEALTH_KIND, &health)] {
        let Some(f) = file else { continue };
        let mut c = Check {
            file: kind.file,
            errors: &mut errors,
        };
        validate_scored(&mut c, f, kind);
        unique(kind.file, &f.id, c.errors);
        for d in &f.dimensions {
            // Unique across both files too: an area's id names it in reports and links.
            unique(kind.file, &d.id, c.errors);
            for i in &d.items {
                unique(kind.file, &i.id, c.errors);
            }
        }
        for q in f.balance.iter().flat_map(|b| &b.questions) {
            unique(kind.file, &q.id, c.errors);
        }
    }
    if let Some(f) = &barriers {
        let mut c = Check {
            file: "barriers.toml",
            errors: &mut errors,
        };
        validate_barriers(&mut c, f);
        unique("barriers.toml", &f.id, c.errors);
        for b in &f.barriers {
            unique("barriers.toml", &b.id, c.errors);
            for m in &b.mitigations {
                unique("barriers.toml", &m.id, c.errors);
            }
        }
    }
    if let Some(f) = &timing {
        let mut c = Check {
            file: "timing.toml",
            errors: &mut errors,
        };
        validate_timing(&mut c, f);
        unique("timing.toml", &f.id, c.errors);
        for id in f
            .triggers
            .iter()
            .map(|q| &q.id)
            .chain(f.preconditions.iter().map(|q| &q.id))
        {
            unique("timing.toml", id, c.errors);
        }
        for w in &f.warnings {
            unique("timing.toml", &w.id, c.errors);
        }
    }
    if let Some(f) = &depth {
        let mut c = Check {
            file: "depth.toml",
            errors: &mut errors,
        };
        validate_depth(&mut c, f);
        unique("depth.toml", &f.id, c.errors);
        unique("depth.toml", &f.ambition.id, c.errors);
        unique("depth.toml", &f.stage_question.id, c.errors);
    }
    if let Some(f) = &reflection {
        let mut c = Check {
            file: "reflection.toml",
            errors: &mut errors,
        };
        validate_reflection(&mut c, f);
        unique("reflection.toml", &f.id, c.errors);
        for p in &f.prompts {
            unique("reflection.toml", &p.id, c.errors);
        }
    }

    match (readiness, barriers, timing, depth, reflection, health) {
        (
            Some(readiness),
            Some(barriers),
            Some(timing),
            Some(depth),
            Some(reflection),
            Some(health),
        ) if errors.is_empty() => Ok(InstrumentSet {
            readiness,
            health,
            barriers,
            timing,
            depth,
            reflection,
        }),
        _ => Err(errors),
    }
}

fn validate_scored(c: &mut Check, f: &ReadinessFile, kind: &ScoredKind) {
    c.meta(kind.id, &f.id, f.version, &f.title, &f.intro);
    c.range(
        &f.id,
        "min_answered_percent",
        f.min_answered_percent,
        1,
        100,
    );
    c.range(&f.id, "min_scored_items", f.min_scored_items, 1, 4);
    c.range(
        &f.id,
        "knowledge_gap_percent",
        f.knowledge_gap_percent,
        1,
        100,
    );
    match (&f.scale, kind.own_scale) {
        (Some(scale), true) => {
            c.texts(&f.id, "scale.labels", &scale.labels, 5, 5);
            c.text(&f.id, "scale.dont_know", &scale.dont_know);
            c.text(&f.id, "scale.not_applicable", &scale.not_applicable);
        }
        (None, true) => c.err(&f.id, "needs a `[scale]`"),
        (Some(_), false) => c.err(
            &f.id,
            "has a `[scale]`, but uses readiness's agreement scale: remove it",
        ),
        (None, false) => {}
    }
    match (&f.balance, kind.balance) {
        (Some(balance), true) => {
            c.texts(&f.id, "balance.labels", &balance.labels, 5, 5);
            let ids: Vec<&str> = balance.questions.iter().map(|q| q.id.as_str()).collect();
            if ids != BALANCE_QUESTIONS {
                c.err(
                    &f.id,
                    format_args!(
                        "balance question ids are {ids:?}, expected exactly {BALANCE_QUESTIONS:?}"
                    ),
                );
            }
            for q in &balance.questions {
                c.text(&q.id, "text", &q.text);
                c.text(&q.id, "guidance", &q.guidance);
            }
        }
        (None, true) => c.err(&f.id, "needs a `[balance]`"),
        (Some(_), false) => c.err(&f.id, "has a `[balance]`, which only health.toml has"),
        (None, false) => {}
    }
    let bands: Vec<(&str, i64, i64)> = f
        .bands
        .iter()
        .map(|b| (b.id.as_str(), b.min, b.max))
        .collect();
    c.bands("bands", &bands, &READINESS_BANDS, 100);
    for b in &f.bands {
        c.text(&b.id, "label", &b.label);
        c.text(&b.id, "overall", &b.overall);
    }
    c.count(
        &f.id,
        "dimensions",
        f.dimensions.len(),
        kind.areas.0,
        kind.areas.1,
    );
    for d in &f.dimensions {
        if !is_id(&d.id) || d.id.contains('.') {
            c.err(
                &d.id,
                "bad dimension id: use one short lowercase word (letters, digits, '-')",
            );
        }
        if d.weight < 1 || d.weight > 1000 {
            c.err(
                &d.id,
                format_args!("`weight` is {}, must be 1 to 1000", d.weight),
            );
        }
        c.text(&d.id, "title", &d.title);
        c.text(&d.id, "summary", &d.summary);
        c.text(&d.id, "outcome.strength", &d.outcome.strength);
        c.text(&d.id, "outcome.developing", &d.outcome.developing);
        c.text(&d.id, "outcome.concern", &d.outcome.concern);
        c.text(&d.id, "knowledge_gap", &d.knowledge_gap);
        c.text(&d.id, "action", &d.action);
        c.count(&d.id, "items", d.items.len(), 4, 6);
        let prefix = format!("{}.{}.", kind.id, d.id);
        for i in &d.items {
            c.id(&i.id, &prefix);
            c.text(&i.id, "text", &i.text);
            c.text(&i.id, "guidance", &i.guidance);
            c.text(&i.id, "action", &i.action);
        }
    }
    let live: Vec<&str> = f
        .dimensions
        .iter()
        .flat_map(|d| &d.items)
        .map(|i| i.id.as_str())
        .collect();
    c.retired(&f.retired, &live, &format!("{}.", kind.id));
    if kind.id == READINESS_KIND.id && !f.dimensions.iter().any(|d| d.id == TRUST_DIMENSION) {
        c.err(
            &f.id,
            "needs a dimension with id `trust` (the depth levels use its score)",
        );
    }
    if !f
        .dimensions
        .iter()
        .flat_map(|d| &d.items)
        .any(|i| i.reverse)
    {
        c.err(&f.id, "at least one item must be reverse-coded");
    }
}

fn validate_barriers(c: &mut Check, f: &BarriersFile) {
    c.meta("barriers", &f.id, f.version, &f.title, &f.intro);
    c.texts(&f.id, "presence_labels", &f.presence_labels, 5, 5);
    c.texts(&f.id, "harm_labels", &f.harm_labels, 5, 5);
    let bands: Vec<(&str, i64, i64)> = f
        .risk_bands
        .iter()
        .map(|b| (b.id.as_str(), b.min, b.max))
        .collect();
    c.bands("risk_bands", &bands, &RISK_BANDS, 16);
    for b in &f.risk_bands {
        c.text(&b.id, "label", &b.label);
        c.text(&b.id, "meaning", &b.meaning);
        if b.blocks_go != (b.id == "critical") {
            c.err(
                &b.id,
                "`blocks_go` must be true for `critical` and false for every other band",
            );
        }
    }
    c.count(&f.id, "barriers", f.barriers.len(), 11, 11);
    let live: Vec<&str> = f.barriers.iter().map(|b| b.id.as_str()).collect();
    c.retired(&f.retired, &live, "barriers.");
    for b in &f.barriers {
        c.id(&b.id, "barriers.");
        c.text(&b.id, "title", &b.title);
        c.text(&b.id, "explanation", &b.explanation);
        c.text(&b.id, "presence_question", &b.presence_question);
        c.text(&b.id, "harm_question", &b.harm_question);
        c.count(&b.id, "mitigations", b.mitigations.len(), 2, 3);
        let prefix = format!("{}.", b.id);
        for m in &b.mitigations {
            c.id(&m.id, &prefix);
            c.text(&m.id, "text", &m.text);
            if !MITIGATION_USES.contains(&m.when.as_str()) {
                c.err(
                    &m.id,
                    format_args!("`when` is `{}`, must be `present` or `early`", m.when),
                );
            }
        }
        for usage in MITIGATION_USES {
            if !b.mitigations.iter().any(|m| m.when == usage) {
                c.err(
                    &b.id,
                    format_args!("needs a mitigation with `when = \"{usage}\"`"),
                );
            }
        }
    }
}

fn validate_timing(c: &mut Check, f: &TimingFile) {
    c.meta("timing", &f.id, f.version, &f.title, &f.intro);
    c.texts(&f.id, "labels", &f.labels, 5, 5);
    c.text(&f.id, "dont_know", &f.dont_know);
    let r = &f.rules;
    c.range("rules", "strong_trigger_min", r.strong_trigger_min, 1, 4);
    c.range(
        "rules",
        "strong_triggers_needed",
        r.strong_triggers_needed,
        1,
        (f.triggers.len() as i64).max(1),
    );
    c.range(
        "rules",
        "precondition_met_min",
        r.precondition_met_min,
        1,
        4,
    );
    c.range(
        "rules",
        "readiness_index_min",
        r.readiness_index_min,
        0,
        100,
    );
    c.range("rules", "warning_present_min", r.warning_present_min, 1, 4);
    c.range("rules", "warning_cap_min", r.warning_cap_min, 1, 4);
    c.range("rules", "readiness_areas_min", r.readiness_areas_min, 1, 8);
    let live: Vec<&str> = f
        .triggers
        .iter()
        .chain(&f.preconditions)
        .map(|q| q.id.as_str())
        .chain(f.warnings.iter().map(|w| w.id.as_str()))
        .collect();
    c.retired(&f.retired, &live, "timing.");
    c.count(&f.id, "triggers", f.triggers.len(), 1, 20);
    c.count(&f.id, "preconditions", f.preconditions.len(), 1, 20);
    c.count(&f.id, "warnings", f.warnings.len(), 1, 20);
    for (qs, prefix) in [
        (&f.triggers, "timing.trigger."),
        (&f.preconditions, "timing.precondition."),
    ] {
        for q in qs {
            c.id(&q.id, prefix);
            c.text(&q.id, "text", &q.text);
            match &q.guidance {
                Some(g) => c.text(&q.id, "guidance", g),
                None => c.err(&q.id, "needs `guidance`: what it asks, with an example"),
            }
        }
    }
    for w in &f.warnings {
        c.id(&w.id, "timing.warning.");
        c.text(&w.id, "text", &w.text);
        c.text(&w.id, "guidance", &w.guidance);
        c.text(&w.id, "advice", &w.advice);
    }
    let ids: Vec<&str> = f.verdicts.iter().map(|v| v.id.as_str()).collect();
    if ids != VERDICTS {
        c.err(
            &f.id,
            format_args!("verdict ids are {ids:?}, expected exactly {VERDICTS:?} in this order"),
        );
    }
    for v in &f.verdicts {
        c.text(&v.id, "title", &v.title);
        c.text(&v.id, "summary", &v.summary);
        if !LEVELS.contains(&v.deepest_level.as_str()) {
            c.err(
                &v.id,
                format_args!("`deepest_level` is `{}`, not a level id", v.deepest_level),
            );
        }
        c.texts(&v.id, "next_steps", &v.next_steps, 2, 4);
    }
}

fn validate_depth(c: &mut Check, f: &DepthFile) {
    c.meta("depth", &f.id, f.version, &f.title, &f.intro);
    if !LEVELS.contains(&f.critical_barrier_deepest_level.as_str()) {
        c.err(
            &f.id,
            format_args!(
                "`critical_barrier_deepest_level` is `{}`, not a level id",
                f.critical_barrier_deepest_level
            ),
        );
    }
    let ids: Vec<&str> = f.levels.iter().map(|l| l.id.as_str()).collect();
    if ids != LEVELS {
        c.err(
            &f.id,
            format_args!("level ids are {ids:?}, expected exactly {LEVELS:?} in this order"),
        );
    }
    let (mut readiness, mut trust) = (0i64, 0i64);
    for l in &f.levels {
        c.text(&l.id, "title", &l.title);
        c.text(&l.id, "description", &l.description);
        c.text(&l.id, "unlock", &l.unlock);
        c.range(&l.id, "min_readiness", l.min_readiness, 0, 100);
        c.range(&l.id, "min_trust", l.min_trust, 0, 100);
        if l.min_readiness < readiness {
            c.err(&l.id, format_args!("`min_readiness` {} is below the previous level's {readiness}: thresholds must not decrease with depth", l.min_readiness));
        }
        if l.min_trust < trust {
            c.err(&l.id, format_args!("`min_trust` {} is below the previous level's {trust}: thresholds must not decrease with depth", l.min_trust));
        }
        readiness = readiness.max(l.min_readiness);
        trust = trust.max(l.min_trust);
    }
    c.id(&f.ambition.id, "depth.");
    c.text(&f.ambition.id, "text", &f.ambition.text);
    for o in &f.ambition.options {
        if !LEVELS.contains(&o.level.as_str()) {
            c.err(
                &f.ambition.id,
                format_args!("an option names the unknown level `{}`", o.level),
            );
        }
        c.text(
            &f.ambition.id,
            &format!("options.{}.label", o.level),
            &o.label,
        );
    }
    for level in LEVELS {
        let n = f
            .ambition
            .options
            .iter()
            .filter(|o| o.level == level)
            .count();
        if n != 1 {
            c.err(
                &f.ambition.id,
                format_args!("needs exactly one option for level `{level}`, found {n}"),
            );
        }
    }
    c.id(&f.stage_question.id, "depth.");
    c.text(&f.stage_question.id, "text", &f.stage_question.text);
    let ids: Vec<&str> = f.stages.iter().map(|s| s.id.as_str()).collect();
    if ids != STAGES {
        c.err(
            &f.id,
            format_args!("stage ids are {ids:?}, expected exactly {STAGES:?} in this order"),
        );
    }
    for s in &f.stages {
        c.text(&s.id, "title", &s.title);
        c.text(&s.id, "description", &s.description);
        c.texts(&s.id, "next_steps", &s.next_steps, 2, 4);
    }
}

fn validate_reflection(c: &mut Check, f: &ReflectionFile) {
    c.meta("reflection", &f.id, f.version, &f.title, &f.intro);
    c.range(&f.id, "max_chars", f.max_chars, 1, 10_000);
    c.count(&f.id, "prompts", f.prompts.len(), 4, 4);
    for p in &f.prompts {
        c.id(&p.id, "reflection.");
        c.text(&p.id, "text", &p.text);
        c.text(&p.id, "hint", &p.hint);
    }
}

// ----------------------------------------------------------------------------------------
// Code generation. Assumes a validated set (counts and vocabularies are exact).

fn texts(ts: &[LText]) -> String {
    let parts: Vec<String> = ts.iter().map(text).collect();
    format!("[{}]", parts.join(", "))
}

fn meta(id: &str, version: i64, title: &LText, intro: &LText) -> String {
    format!(
        "InstrumentMeta {{ id: {id:?}, version: {version}, title: {}, intro: {} }}",
        text(title),
        text(intro)
    )
}

fn retired(list: &[RetiredDef]) -> String {
    let parts: Vec<String> = list
        .iter()
        .map(|r| {
            format!(
                "RetiredItem {{ id: {:?}, replaced_by: {:?}, note: {} }}",
                r.id,
                r.replaced_by,
                text(&r.note)
            )
        })
        .collect();
    format!("&[{}]", parts.join(", "))
}

/// The Rust source of `pub static INSTRUMENTS: Instruments`.
pub fn generate(set: &InstrumentSet) -> String {
    let mut o = String::new();
    o.push_str("// Generated by engine/build.rs from engine/instruments/*.toml. Do not edit.\n");
    o.push_str(
        "/// The six instruments, generated at build time from `engine/instruments/*.toml`.\n",
    );
    o.push_str("pub static INSTRUMENTS: Instruments = Instruments {\n");

    let _ = writeln!(o, "readiness: {},", scored(&set.readiness, None));

    let b = &set.barriers;
    let _ = writeln!(
        o,
        "barriers: BarrierInstrument {{ meta: {}, retired: {}, presence_labels: {}, harm_labels: {},",
        meta(&b.id, b.version, &b.title, &b.intro),
        retired(&b.retired),
        texts(&b.presence_labels),
        texts(&b.harm_labels)
    );
    o.push_str("risk_bands: [");
    for rb in &b.risk_bands {
        let _ = write!(
            o,
            "RiskBandDef {{ level: RiskLevel::{}, min: {}, max: {}, label: {}, meaning: {}, blocks_go: {} }},",
            variant(&rb.id),
            rb.min,
            rb.max,
            text(&rb.label),
            text(&rb.meaning),
            rb.blocks_go
        );
    }
    o.push_str("],\nbarriers: &[\n");
    for x in &b.barriers {
        let _ = write!(
            o,
            "Barrier {{ id: {:?}, title: {}, explanation: {}, presence_question: {}, harm_question: {}, mitigations: &[",
            x.id,
            text(&x.title),
            text(&x.explanation),
            text(&x.presence_question),
            text(&x.harm_question)
        );
        for m in &x.mitigations {
            let _ = write!(
                o,
                "Mitigation {{ id: {:?}, text: {}, when: MitigationUse::{} }},",
                m.id,
                text(&m.text),
                variant(&m.when)
            );
        }
        o.push_str("] },\n");
    }
    o.push_str("] },\n");

    let t = &set.timing;
    let rules = &t.rules;
    let _ = writeln!(
        o,
        "timing: TimingInstrument {{ meta: {}, retired: {}, labels: {}, dont_know: {},",
        meta(&t.id, t.version, &t.title, &t.intro),
        retired(&t.retired),
        texts(&t.labels),
        text(&t.dont_know)
    );
    let _ = writeln!(
        o,
        "rules: TimingRules {{ strong_trigger_min: {}, strong_triggers_needed: {}, precondition_met_min: {}, readiness_index_min: {}, readiness_areas_min: {}, warning_present_min: {}, warning_cap_min: {} }},",
        rules.strong_trigger_min,
        rules.strong_triggers_needed,
        rules.precondition_met_min,
        rules.readiness_index_min,
        rules.readiness_areas_min,
        rules.warning_present_min,
        rules.warning_cap_min
    );
    for (field, qs) in [
        ("triggers", &t.triggers),
        ("preconditions", &t.preconditions),
    ] {
        let _ = write!(o, "{field}: &[");
        for q in qs {
            let _ = write!(
                o,
                "TimingQuestion {{ id: {:?}, text: {}, guidance: {} }},",
                q.id,
                text(&q.text),
                q.guidance.as_ref().map_or_else(|| text(&q.text), text)
            );
        }
        o.push_str("],\n");
    }
    o.push_str("warnings: &[");
    for w in &t.warnings {
        let _ = write!(
            o,
            "WarningSign {{ id: {:?}, text: {}, guidance: {}, advice: {} }},",
            w.id,
            text(&w.text),
            text(&w.guidance),
            text(&w.advice)
        );
    }
    o.push_str("],\nverdicts: [");
    for v in &t.verdicts {
        let _ = write!(
            o,
            "VerdictDef {{ verdict: TimingVerdict::{}, title: {}, summary: {}, deepest_level: DepthLevel::{}, next_steps: &{} }},",
            variant(&v.id),
            text(&v.title),
            text(&v.summary),
            variant(&v.deepest_level),
            texts(&v.next_steps)
        );
    }
    o.push_str("] },\n");

    let d = &set.depth;
    let _ = write!(
        o,
        "depth: DepthInstrument {{ meta: {}, critical_barrier_deepest_level: DepthLevel::{},\nlevels: [",
        meta(&d.id, d.version, &d.title, &d.intro),
        variant(&d.critical_barrier_deepest_level)
    );
    for l in &d.levels {
        let _ = write!(
            o,
            "LevelDef {{ level: DepthLevel::{}, title: {}, description: {}, min_readiness: {}, min_trust: {}, unlock: {} }},",
            variant(&l.id),
            text(&l.title),
            text(&l.description),
            l.min_readiness,
            l.min_trust,
            text(&l.unlock)
        );
    }
    let _ = write!(
        o,
        "],\nambition: AmbitionQuestion {{ id: {:?}, text: {}, options: &[",
        d.ambition.id,
        text(&d.ambition.text)
    );
    for opt in &d.ambition.options {
        let _ = write!(
            o,
            "AmbitionOption {{ level: DepthLevel::{}, label: {} }},",
            variant(&opt.level),
            text(&opt.label)
        );
    }
    let _ = write!(
        o,
        "] }},\nstage_question: StageQuestion {{ id: {:?}, text: {} }},\nstages: [",
        d.stage_question.id,
        text(&d.stage_question.text)
    );
    for s in &d.stages {
        let _ = write!(
            o,
            "StageDef {{ stage: Stage::{}, title: {}, description: {}, next_steps: &{} }},",
            variant(&s.id),
            text(&s.title),
            text(&s.description),
            texts(&s.next_steps)
        );
    }
    o.push_str("] },\n");

    let f = &set.reflection;
    let _ = write!(
        o,
        "reflection: ReflectionInstrument {{ meta: {}, max_chars: {}, prompts: &[",
        meta(&f.id, f.version, &f.title, &f.intro),
        f.max_chars
    );
    for p in &f.prompts {
        let _ = write!(
            o,
            "Prompt {{ id: {:?}, text: {}, hint: {} }},",
            p.id,
            text(&p.text),
            text(&p.hint)
        );
    }
    o.push_str("] },\n");

    let h = &set.health;
    let _ = writeln!(
        o,
        "health: HealthInstrument {{ scored: {},",
        scored(h, set.readiness.scale.as_ref())
    );
    if let Some(balance) = &h.balance {
        let _ = write!(
            o,
            "balance: BalanceQuestions {{ labels: {}, questions: [",
            texts(&balance.labels)
        );
        for q in &balance.questions {
            let _ = write!(
                o,
                "BalanceQuestion {{ id: {:?}, text: {}, guidance: {} }},",
                q.id,
                text(&q.text),
                text(&q.guidance)
            );
        }
        o.push_str("] },\n");
    }
    o.push_str("},\n};\n");
    o
}

/// A file of areas of agreement statements as a `ReadinessInstrument` expression, with
/// `borrowed` as its scale when the file has none of its own (health uses readiness's).
fn scored(r: &ReadinessFile, borrowed: Option<&ScaleDef>) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "ReadinessInstrument {{ meta: {},",
        meta(&r.id, r.version, &r.title, &r.intro)
    );
    let _ = writeln!(
        o,
        "min_answered_percent: {}, min_scored_items: {}, knowledge_gap_percent: {}, retired: {},",
        r.min_answered_percent,
        r.min_scored_items,
        r.knowledge_gap_percent,
        retired(&r.retired)
    );
    if let Some(scale) = r.scale.as_ref().or(borrowed) {
        let _ = writeln!(
            o,
            "scale: AgreementScale {{ labels: {}, dont_know: {}, not_applicable: {} }},",
            texts(&scale.labels),
            text(&scale.dont_know),
            text(&scale.not_applicable)
        );
    }
    o.push_str("bands: [");
    for b in &r.bands {
        let _ = write!(
            o,
            "ReadinessBandDef {{ band: ReadinessBand::{}, min: {}, max: {}, label: {}, overall: {} }},",
            variant(&b.id),
            b.min,
            b.max,
            text(&b.label),
            text(&b.overall)
        );
    }
    o.push_str("],\ndimensions: &[\n");
    for d in &r.dimensions {
        let _ = writeln!(
            o,
            "Dimension {{ id: {:?}, weight: {}, title: {}, summary: {}, outcome: Outcome {{ strength: {}, developing: {}, concern: {} }}, knowledge_gap: {}, action: {}, items: &[",
            d.id,
            d.weight,
            text(&d.title),
            text(&d.summary),
            text(&d.outcome.strength),
            text(&d.outcome.developing),
            text(&d.outcome.concern),
            text(&d.knowledge_gap),
            text(&d.action)
        );
        for i in &d.items {
            let _ = writeln!(
                o,
                "ReadinessItem {{ id: {:?}, text: {}, guidance: {}, reverse: {}, action: {} }},",
                i.id,
                text(&i.text),
                text(&i.guidance),
                i.reverse,
                text(&i.action)
            );
        }
        o.push_str("] },\n");
    }
    o.push_str("] }");
    o
}
