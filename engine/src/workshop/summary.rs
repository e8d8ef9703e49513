//! The group summary: a versioned JSON document (format: `docs/group-summary-format.md`,
//! schema: `engine/schema/group-summary-v1.schema.json`) and a CSV of the figures.
//!
//! Neither ever holds a file's contents or an individual's answers: only file names, the
//! per-file report and the group figures (with the privacy rules of [`super::profile`]).

use super::merge::{FileReport, WorkshopMerge};
use super::profile::{
    ConsensusTopic, DisagreementShape, GroupProfile, HiddenReason, RatingProfile, ScoreProfile,
    WorkshopProfile,
};
use super::stats::ScaleStats;
use crate::csv::CsvWriter;
use crate::document::InstrumentVersion;
use crate::instrument::Instruments;
use crate::time::Timestamp;
use serde::Serialize;

/// The `$schema` of version 1: a URN, never fetched.
pub const SUMMARY_SCHEMA_URN: &str = "urn:partnership-assessment:group-summary:v1";
/// The format version this build writes.
pub const SUMMARY_FORMAT_VERSION: u32 = 1;

/// A discussion prompt for one least-consensus topic, in the summary's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DiscussionPrompt {
    pub topic: ConsensusTopic,
    /// The readiness item or barrier id.
    pub id: &'static str,
    pub shape: DisagreementShape,
    pub prompt: String,
}

/// The group summary document as written.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Partnership Assessment group summary, format version 1")
)]
#[serde(rename_all = "camelCase")]
pub struct GroupSummary<'a> {
    /// Always `urn:partnership-assessment:group-summary:v1` for this version.
    #[serde(rename = "$schema")]
    #[cfg_attr(feature = "schema", schemars(extend("const" = SUMMARY_SCHEMA_URN)))]
    pub schema: &'static str,
    /// `1`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = SUMMARY_FORMAT_VERSION)))]
    pub format_version: u32,
    /// When the summary was made (RFC 3339, UTC, milliseconds), as passed in.
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub generated_at: Timestamp,
    /// The language of the prompts.
    pub language: &'a str,
    /// The instruments (and versions) the figures refer to.
    pub instruments: Vec<InstrumentVersion>,
    /// The version of the discussion prompts (`workshop.toml`).
    pub prompts_version: u32,
    /// One report per file, in the order given. No file contents.
    pub files: &'a [FileReport],
    /// The figures. Means, medians and standard deviations are in hundredths of a scale
    /// point; agreement indexes in per mille.
    pub profile: &'a WorkshopProfile,
    /// One prompt per least-consensus topic, in the same order.
    pub discussion_prompts: Vec<DiscussionPrompt>,
}

impl<'a> GroupSummary<'a> {
    /// The summary of a merge and its profile.
    pub fn new(
        instruments: &'static Instruments,
        merge: &'a WorkshopMerge,
        profile: &'a WorkshopProfile,
        generated_at: Timestamp,
        language: &'a str,
    ) -> Self {
        GroupSummary {
            schema: SUMMARY_SCHEMA_URN,
            format_version: SUMMARY_FORMAT_VERSION,
            generated_at,
            language,
            instruments: instruments
                .versions()
                .into_iter()
                .map(|(id, version)| InstrumentVersion { id, version })
                .collect(),
            prompts_version: super::prompts::PROMPTS_VERSION,
            files: &merge.files,
            profile,
            discussion_prompts: profile
                .least_consensus
                .iter()
                .map(|d| DiscussionPrompt {
                    topic: d.topic,
                    id: d.id,
                    shape: d.shape,
                    prompt: d.prompt(instruments, language),
                })
                .collect(),
        }
    }
}

/// The group summary as pretty-printed JSON.
pub fn summary_json(
    instruments: &'static Instruments,
    merge: &WorkshopMerge,
    profile: &WorkshopProfile,
    generated_at: Timestamp,
    language: &str,
) -> String {
    let doc = GroupSummary::new(instruments, merge, profile, generated_at, language);
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The columns of [`summary_csv`].
pub const CSV_COLUMNS: [&str; 22] = [
    "group",
    "kind",
    "id",
    "text",
    "respondents",
    "mean",
    "median",
    "sd",
    "min",
    "max",
    "range",
    "agreement_per_mille",
    "agreement",
    "answered_0",
    "answered_1",
    "answered_2",
    "answered_3",
    "answered_4",
    "dont_know",
    "not_applicable",
    "unanswered",
    "distribution",
];

/// Hundredths as a decimal (`275` → `2.75`), or an empty cell.
fn hundredths(v: Option<u32>) -> String {
    v.map_or_else(String::new, super::stats::hundredths)
}

fn number(v: Option<u32>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

struct Row<'a> {
    group: &'a str,
    kind: &'a str,
    id: &'a str,
    text: &'a str,
    stats: ScaleStats,
    counts: Option<[u32; 5]>,
    dont_know: Option<u32>,
    not_applicable: Option<u32>,
    unanswered: Option<u32>,
    distribution: String,
}

fn write_row(csv: &mut CsvWriter, r: Row) {
    let s = r.stats;
    let counts = r.counts.map(|c| c.map(|n| n.to_string()));
    let count = |i: usize| counts.as_ref().map_or(String::new(), |c| c[i].clone());
    csv.row(&[
        r.group.to_owned(),
        r.kind.to_owned(),
        r.id.to_owned(),
        r.text.to_owned(),
        s.respondents.to_string(),
        hundredths(s.mean),
        hundredths(s.median),
        hundredths(s.sd),
        number(s.min),
        number(s.max),
        number(s.range),
        number(s.agreement),
        s.agreement_band.map_or("", |b| b.id()).to_owned(),
        count(0),
        count(1),
        count(2),
        count(3),
        count(4),
        number(r.dont_know),
        number(r.not_applicable),
        number(r.unanswered),
        r.distribution,
    ]);
}

fn score_distribution(p: &ScoreProfile) -> String {
    format!(
        "concern {}; developing {}; strength {}; not enough answers {}; not applicable {}",
        p.concern, p.developing, p.strength, p.not_enough_answers, p.not_applicable
    )
}

fn group_rows(
    csv: &mut CsvWriter,
    instruments: &Instruments,
    lang: &str,
    group: &str,
    p: &GroupProfile,
) {
    let text = |id: &str| instruments.text_of(id).map_or("", |t| t.get(lang));
    let score = |csv: &mut CsvWriter, kind: &str, id: &str, t: &str, s: &ScoreProfile| {
        write_row(
            csv,
            Row {
                group,
                kind,
                id,
                text: t,
                stats: s.stats,
                counts: None,
                dont_know: None,
                not_applicable: Some(s.not_applicable),
                unanswered: Some(s.not_enough_answers),
                distribution: score_distribution(s),
            },
        );
    };
    score(csv, "index", "index", "", &p.index);
    for d in &p.dimensions {
        score(csv, "dimension", d.dimension, text(d.dimension), &d.scores);
    }
    for i in &p.items {
        write_row(
            csv,
            Row {
                group,
                kind: "item",
                id: i.item,
                text: text(i.item),
                stats: i.stats,
                counts: Some(i.counts),
                dont_know: Some(i.dont_know),
                not_applicable: Some(i.not_applicable),
                unanswered: Some(i.unanswered),
                distribution: String::new(),
            },
        );
    }
    for b in &p.barriers {
        let rating = |csv: &mut CsvWriter, kind: &str, r: &RatingProfile| {
            write_row(
                csv,
                Row {
                    group,
                    kind,
                    id: b.barrier,
                    text: text(b.barrier),
                    stats: r.stats,
                    counts: Some(r.counts),
                    dont_know: None,
                    not_applicable: None,
                    unanswered: Some(r.unanswered),
                    distribution: String::new(),
                },
            );
        };
        rating(csv, "barrier-presence", &b.presence);
        rating(csv, "barrier-harm", &b.harm);
        let r = &b.risk;
        write_row(
            csv,
            Row {
                group,
                kind: "barrier-risk",
                id: b.barrier,
                text: text(b.barrier),
                stats: r.stats,
                counts: None,
                dont_know: None,
                not_applicable: None,
                unanswered: Some(r.unrated),
                distribution: format!(
                    "low {}; moderate {}; high {}; critical {}",
                    r.low, r.moderate, r.high, r.critical
                ),
            },
        );
    }
    let v = &p.verdicts;
    let stats = ScaleStats {
        respondents: v.respondents,
        agreement: v.agreement,
        agreement_band: v.agreement_band,
        ..ScaleStats::default()
    };
    let modal: Vec<&str> = v.modal.iter().map(|m| m.id()).collect();
    write_row(
        csv,
        Row {
            group,
            kind: "timing-verdict",
            id: "verdict",
            text: "",
            stats,
            counts: None,
            dont_know: None,
            not_applicable: None,
            unanswered: None,
            distribution: format!(
                "act-now {}; start-small {}; invest-in-relationships {}; not-yet {}; most common: {}",
                v.act_now,
                v.start_small,
                v.invest_in_relationships,
                v.not_yet,
                modal.join(" and ")
            ),
        },
    );
}

/// The profile's figures as CSV ([`crate::csv`] rules): one row per figure set, for the
/// whole group (`all`) then each visible subgroup (by role id), then one row per hidden
/// role saying why, with no figure. Means, medians and standard deviations are decimals
/// with two places; agreement is per mille. Texts are in `lang`.
pub fn summary_csv(instruments: &Instruments, profile: &WorkshopProfile, lang: &str) -> String {
    let mut csv = CsvWriter::new();
    csv.row(&CSV_COLUMNS);
    group_rows(&mut csv, instruments, lang, "all", &profile.group);
    for s in &profile.subgroups {
        group_rows(&mut csv, instruments, lang, s.role.id(), &s.profile);
    }
    for h in &profile.hidden_groups {
        let why = match h.reason {
            HiddenReason::FewerThanThree => {
                "hidden: fewer than three respondents, so answers could be recognised"
            }
            HiddenReason::WouldRevealOthers => {
                "hidden: showing it would let a smaller hidden group's answers be worked out"
            }
        };
        let mut row = vec![String::new(); CSV_COLUMNS.len()];
        row[0] = h.role.id().to_owned();
        row[1] = "hidden-group".to_owned();
        row[3] = why.to_owned();
        csv.row(&row);
    }
    csv.finish()
}
