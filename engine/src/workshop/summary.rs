//! The group summary: a versioned JSON document (format: `docs/group-summary-format.md`,
//! schema: `engine/schema/group-summary-v3.schema.json`) and a CSV of the figures.
//!
//! Neither ever holds a file's contents or an individual's answers: only file names, the
//! per-file report and the group figures (with the privacy rules of [`super::profile`]).

use super::merge::{FileReport, FileStatus, WorkshopMerge};
use super::profile::{
    BalanceProfile, BarrierProfile, ConsensusTopic, DimensionProfile, Disagreement,
    DisagreementShape, GapTopic, GroupGap, GroupProfile, HealthProfile, HiddenGroup, HiddenReason,
    ItemProfile, OrganizationComparison, OrganizationGap, OrganizationGroup, OrganizationProfile,
    RatingProfile, RecommendationProfile, RiskProfile, ScoreProfile, Subgroup, VerdictProfile,
    WorkshopProfile,
};
use super::stats::{AgreementBand, ScaleStats};
use crate::catalogue::{Msg, msg};
use crate::csv::CsvWriter;
use crate::document::InstrumentVersion;
use crate::document::json_out::{JsonOut, ToJson, enum_ids};
use crate::health::BalanceOutcome;
use crate::instrument::{Instruments, TimingVerdict};
use crate::time::Timestamp;
use serde::Serialize;

/// The `$schema` of version 3 (version 2 had no health check, version 1 no
/// organisations): a URN, never fetched.
pub const SUMMARY_SCHEMA_URN: &str = "urn:partnership-assessment:group-summary:v3";
/// The format version this build writes.
pub const SUMMARY_FORMAT_VERSION: u32 = 3;

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
    schemars(title = "Partnership Assessment group summary, format version 3")
)]
#[serde(rename_all = "camelCase")]
pub struct GroupSummary<'a> {
    /// Always `urn:partnership-assessment:group-summary:v3` for this version.
    #[serde(rename = "$schema")]
    #[cfg_attr(feature = "schema", schemars(extend("const" = SUMMARY_SCHEMA_URN)))]
    pub schema: &'static str,
    /// `3`.
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
    JsonOut::new().write(&doc)
}

// ---------------------------------------------------------------------------------------
// The summary written by hand, field by field in the order of the types, with the names
// serde's derives give them (the derives stay for the JSON Schema and for the test that
// compares the two writers; nothing in the widget calls them).

impl ToJson for GroupSummary<'_> {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("$schema", &self.schema);
        w.field("formatVersion", &self.format_version);
        w.field("generatedAt", &self.generated_at);
        w.field("language", &self.language);
        w.field("instruments", &self.instruments);
        w.field("promptsVersion", &self.prompts_version);
        w.field("files", &self.files);
        w.field("profile", &self.profile);
        w.field("discussionPrompts", &self.discussion_prompts);
        w.close('}');
    }
}

impl ToJson for DiscussionPrompt {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("topic", &self.topic);
        w.field("id", &self.id);
        w.field("shape", &self.shape);
        w.field("prompt", &self.prompt);
        w.close('}');
    }
}

impl ToJson for FileReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("fileName", &self.file_name);
        match &self.status {
            FileStatus::Accepted {
                result_id,
                warnings,
            } => {
                w.field("status", &"accepted");
                w.field("resultId", result_id);
                w.field("warnings", warnings);
            }
            FileStatus::Migrated {
                result_id,
                from_version,
                warnings,
            } => {
                w.field("status", &"migrated");
                w.field("resultId", result_id);
                w.field("fromVersion", from_version);
                w.field("warnings", warnings);
            }
            FileStatus::Rejected { reason } => {
                w.field("status", &"rejected");
                w.field("reason", reason);
            }
            FileStatus::DuplicateOf {
                result_id,
                kept_file,
                updated_at,
            } => {
                w.field("status", &"duplicate-of");
                w.field("resultId", result_id);
                w.field("keptFile", kept_file);
                w.field("updatedAt", updated_at);
            }
        }
        w.close('}');
    }
}

impl ToJson for WorkshopProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("group", &self.group);
        w.field("leastConsensus", &self.least_consensus);
        w.field("subgroups", &self.subgroups);
        w.field("hiddenGroups", &self.hidden_groups);
        w.field("withoutRole", &self.without_role);
        w.field("gaps", &self.gaps);
        w.field("organizations", &self.organizations);
        w.close('}');
    }
}

impl ToJson for OrganizationProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("comparison", &self.comparison);
        w.field("named", &self.named);
        w.field("groups", &self.groups);
        w.field("hiddenFewerThanThree", &self.hidden_fewer_than_three);
        w.field("hiddenWouldRevealOthers", &self.hidden_would_reveal_others);
        w.field("withoutOrganization", &self.without_organization);
        w.field("gaps", &self.gaps);
        w.close('}');
    }
}

impl ToJson for OrganizationComparison {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(match self {
            Self::Compared => "compared",
            Self::NoneNamed => "none-named",
            Self::OneNamed => "one-named",
            Self::NoneLargeEnough => "none-large-enough",
            Self::OnlyOneLargeEnough => "only-one-large-enough",
            Self::WouldRevealOthers => "would-reveal-others",
        });
    }
}

impl ToJson for OrganizationGroup {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("name", &self.name);
        w.field("profile", &self.profile);
        w.close('}');
    }
}

impl ToJson for GroupProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("respondents", &self.respondents);
        w.field("index", &self.index);
        w.field("dimensions", &self.dimensions);
        w.field("items", &self.items);
        w.field("barriers", &self.barriers);
        w.field("verdicts", &self.verdicts);
        w.field("health", &self.health);
        w.close('}');
    }
}

impl ToJson for HealthProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("respondents", &self.respondents);
        w.field("index", &self.index);
        w.field("areas", &self.areas);
        w.field("balance", &self.balance);
        w.field("recommendations", &self.recommendations);
        w.close('}');
    }
}

impl ToJson for BalanceProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("benefitsOutweigh", &self.benefits_outweigh);
        w.field("aboutEven", &self.about_even);
        w.field("costsOutweigh", &self.costs_outweigh);
        w.field("notEnoughAnswers", &self.not_enough_answers);
        w.close('}');
    }
}

impl ToJson for RecommendationProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("deepen", &self.deepen);
        w.field("keepSteady", &self.keep_steady);
        w.field("repair", &self.repair);
        w.field("windDown", &self.wind_down);
        w.field("notEnoughAnswers", &self.not_enough_answers);
        w.close('}');
    }
}

impl ToJson for ScaleStats {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("respondents", &self.respondents);
        w.field("mean", &self.mean);
        w.field("median", &self.median);
        w.field("sd", &self.sd);
        w.field("min", &self.min);
        w.field("max", &self.max);
        w.field("range", &self.range);
        w.field("agreement", &self.agreement);
        w.field("agreementBand", &self.agreement_band);
        w.close('}');
    }
}

impl ToJson for ScoreProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("stats", &self.stats);
        w.field("concern", &self.concern);
        w.field("developing", &self.developing);
        w.field("strength", &self.strength);
        w.field("notEnoughAnswers", &self.not_enough_answers);
        w.field("notApplicable", &self.not_applicable);
        w.close('}');
    }
}

impl ToJson for DimensionProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("dimension", &self.dimension);
        w.field("scores", &self.scores);
        w.close('}');
    }
}

impl ToJson for ItemProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("item", &self.item);
        w.field("dimension", &self.dimension);
        w.field("reverse", &self.reverse);
        w.field("stats", &self.stats);
        w.field("counts", &self.counts);
        w.field("dontKnow", &self.dont_know);
        w.field("notApplicable", &self.not_applicable);
        w.field("unanswered", &self.unanswered);
        w.close('}');
    }
}

impl ToJson for RatingProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("stats", &self.stats);
        w.field("counts", &self.counts);
        w.field("unanswered", &self.unanswered);
        w.close('}');
    }
}

impl ToJson for RiskProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("stats", &self.stats);
        w.field("low", &self.low);
        w.field("moderate", &self.moderate);
        w.field("high", &self.high);
        w.field("critical", &self.critical);
        w.field("unrated", &self.unrated);
        w.close('}');
    }
}

impl ToJson for BarrierProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("barrier", &self.barrier);
        w.field("presence", &self.presence);
        w.field("harm", &self.harm);
        w.field("risk", &self.risk);
        w.close('}');
    }
}

impl ToJson for VerdictProfile {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("respondents", &self.respondents);
        w.field("actNow", &self.act_now);
        w.field("startSmall", &self.start_small);
        w.field("investInRelationships", &self.invest_in_relationships);
        w.field("notYet", &self.not_yet);
        w.field("modal", &self.modal);
        w.field("agreement", &self.agreement);
        w.field("agreementBand", &self.agreement_band);
        w.close('}');
    }
}

impl ToJson for Subgroup {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("role", &self.role);
        w.field("profile", &self.profile);
        w.close('}');
    }
}

impl ToJson for HiddenGroup {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("role", &self.role);
        w.key("reason");
        w.string(match self.reason {
            HiddenReason::FewerThanThree => "fewer-than-three",
            HiddenReason::WouldRevealOthers => "would-reveal-others",
        });
        w.close('}');
    }
}

impl ToJson for Disagreement {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("topic", &self.topic);
        w.field("id", &self.id);
        w.field("agreement", &self.agreement);
        w.field("agreementBand", &self.agreement_band);
        w.field("shape", &self.shape);
        w.field("respondents", &self.respondents);
        w.field("low", &self.low);
        w.field("middle", &self.middle);
        w.field("high", &self.high);
        w.field("dontKnow", &self.dont_know);
        w.close('}');
    }
}

impl ToJson for GapTopic {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(match self {
            Self::Index => "index",
            Self::Dimension => "dimension",
            Self::Item => "item",
            Self::BarrierRisk => "barrier-risk",
            Self::HealthArea => "health-area",
        });
    }
}

/// A gap's fields, between the groups named `higher` and `lower` under `side` ("Role" or
/// "Organization").
#[allow(clippy::too_many_arguments)]
fn gap_json<G: ToJson + ?Sized>(
    w: &mut JsonOut,
    topic: GapTopic,
    id: &str,
    side: [&str; 2],
    (higher, higher_mean): (&G, u32),
    (lower, lower_mean): (&G, u32),
    gap: u32,
    gap_per_mille: u32,
) {
    w.open('{');
    w.field("topic", &topic);
    w.field("id", &id);
    w.field(side[0], &higher);
    w.field("higherMean", &higher_mean);
    w.field(side[1], &lower);
    w.field("lowerMean", &lower_mean);
    w.field("gap", &gap);
    w.field("gapPerMille", &gap_per_mille);
    w.close('}');
}

impl ToJson for GroupGap {
    fn to_json(&self, w: &mut JsonOut) {
        gap_json(
            w,
            self.topic,
            self.id,
            ["higherRole", "lowerRole"],
            (&self.higher_role, self.higher_mean),
            (&self.lower_role, self.lower_mean),
            self.gap,
            self.gap_per_mille,
        );
    }
}

impl ToJson for OrganizationGap {
    fn to_json(&self, w: &mut JsonOut) {
        gap_json(
            w,
            self.topic,
            self.id,
            ["higherOrganization", "lowerOrganization"],
            (self.higher_organization.as_str(), self.higher_mean),
            (self.lower_organization.as_str(), self.lower_mean),
            self.gap,
            self.gap_per_mille,
        );
    }
}

impl ToJson for ConsensusTopic {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(match self {
            Self::Item => "item",
            Self::BarrierPresence => "barrier-presence",
            Self::BarrierHarm => "barrier-harm",
        });
    }
}

impl ToJson for DisagreementShape {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(match self {
            Self::ManyDontKnow => "many-dont-know",
            Self::OneOutlier => "one-outlier",
            Self::SplitRoom => "split-room",
            Self::SpreadOut => "spread-out",
        });
    }
}

enum_ids!(AgreementBand);

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

/// A text of the catalogue in the summary's language: the language spoken now when the
/// summary is asked for in it, else English (as [`crate::Text::get`] chooses instrument
/// texts), so a summary never mixes two languages.
fn say(m: Msg, lang: &str) -> &'static str {
    if crate::catalogue::speaks(lang) {
        m.text()
    } else {
        m.en()
    }
}

/// `template` in `lang` with its placeholders filled by counts (and the texts of `more`).
/// The counts stay in the digits of the other cells: a spreadsheet reads them.
fn counts(template: Msg, lang: &str, values: &[(&str, u32)], more: &[(&str, &str)]) -> String {
    let written: Vec<(&str, String)> = values.iter().map(|&(k, v)| (k, v.to_string())).collect();
    let mut args: Vec<(&str, &str)> = written.iter().map(|(k, v)| (*k, v.as_str())).collect();
    args.extend_from_slice(more);
    crate::catalogue::fill(say(template, lang), &args)
}

fn score_distribution(p: &ScoreProfile, lang: &str) -> String {
    counts(
        msg::WORKSHOP_SUMMARY_SCORE_DISTRIBUTION,
        lang,
        &[
            ("concern", p.concern),
            ("developing", p.developing),
            ("strength", p.strength),
            ("not_enough_answers", p.not_enough_answers),
            ("not_applicable", p.not_applicable),
        ],
        &[],
    )
}

/// A timing verdict as the summary's `distribution` names it.
fn verdict_name(v: TimingVerdict, lang: &str) -> &'static str {
    let m = match v {
        TimingVerdict::ActNow => msg::WORKSHOP_SUMMARY_VERDICT_ACT_NOW,
        TimingVerdict::StartSmall => msg::WORKSHOP_SUMMARY_VERDICT_START_SMALL,
        TimingVerdict::InvestInRelationships => {
            msg::WORKSHOP_SUMMARY_VERDICT_INVEST_IN_RELATIONSHIPS
        }
        TimingVerdict::NotYet => msg::WORKSHOP_SUMMARY_VERDICT_NOT_YET,
    };
    say(m, lang)
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
                distribution: score_distribution(s, lang),
            },
        );
    };
    score(csv, "index", "index", "", &p.index);
    for d in &p.dimensions {
        score(csv, "dimension", d.dimension, text(d.dimension), &d.scores);
    }
    if let Some(h) = &p.health {
        score(csv, "health-index", "health", "", &h.index);
        for a in &h.areas {
            score(
                csv,
                "health-area",
                a.dimension,
                text(a.dimension),
                &a.scores,
            );
        }
        // A row of people counted each way, under the names the template gives them (the
        // ids, in snake case).
        let people = |csv: &mut CsvWriter, kind, id, template, values: &[(&str, u32)]| {
            let named: Vec<(String, u32)> = values
                .iter()
                .map(|(k, n)| (k.replace('-', "_"), *n))
                .collect();
            let named: Vec<(&str, u32)> = named.iter().map(|(k, n)| (k.as_str(), *n)).collect();
            write_row(
                csv,
                Row {
                    group,
                    kind,
                    id,
                    text: "",
                    stats: ScaleStats {
                        respondents: h.respondents,
                        ..ScaleStats::default()
                    },
                    counts: None,
                    dont_know: None,
                    not_applicable: None,
                    unanswered: None,
                    distribution: counts(template, lang, &named, &[]),
                },
            );
        };
        people(
            csv,
            "health-balance",
            "balance",
            msg::WORKSHOP_SUMMARY_BALANCE_DISTRIBUTION,
            &h.balance.counts().map(|(o, n)| (o.id(), n)),
        );
        let not_enough = BalanceOutcome::NotEnoughAnswers.id();
        people(
            csv,
            "health-recommendation",
            "recommendation",
            msg::WORKSHOP_SUMMARY_RECOMMENDATION_DISTRIBUTION,
            &h.recommendations
                .counts()
                .map(|(r, n)| (r.map_or(not_enough, |r| r.id()), n)),
        );
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
                distribution: counts(
                    msg::WORKSHOP_SUMMARY_RISK_DISTRIBUTION,
                    lang,
                    &[
                        ("low", r.low),
                        ("moderate", r.moderate),
                        ("high", r.high),
                        ("critical", r.critical),
                    ],
                    &[],
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
    let modal: Vec<&str> = v.modal.iter().map(|&m| verdict_name(m, lang)).collect();
    let modal = modal.join(say(msg::WORKSHOP_SUMMARY_MODAL_SEPARATOR, lang));
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
            distribution: counts(
                msg::WORKSHOP_SUMMARY_VERDICT_DISTRIBUTION,
                lang,
                &[
                    ("act_now", v.act_now),
                    ("start_small", v.start_small),
                    ("invest_in_relationships", v.invest_in_relationships),
                    ("not_yet", v.not_yet),
                ],
                &[("modal", &modal)],
            ),
        },
    );
}

/// How the CSV's `group` column starts for an organisation: `organization:` then its name
/// (so no name can pass for a role id); alone, on the row of an organisation not shown.
pub const ORGANIZATION_GROUP: &str = "organization:";

/// The profile's figures as CSV ([`crate::csv`] rules): one row per figure set, for the
/// whole group (`all`), each visible subgroup (by role id) and each organisation compared
/// ([`ORGANIZATION_GROUP`] and its name), then one row per hidden role (and per hidden
/// organisation, never named) saying why, with no figure. Means, medians and standard deviations are decimals
/// with two places; agreement is per mille. Texts (instrument texts, the words of the
/// `distribution` and hidden-group cells) are in `lang` when it is the language spoken
/// now, else in English; the column names, ids and figures are the file format and never
/// change with the language.
pub fn summary_csv(instruments: &Instruments, profile: &WorkshopProfile, lang: &str) -> String {
    let mut csv = CsvWriter::new();
    csv.row(&CSV_COLUMNS);
    group_rows(&mut csv, instruments, lang, "all", &profile.group);
    for s in &profile.subgroups {
        group_rows(&mut csv, instruments, lang, s.role.id(), &s.profile);
    }
    let orgs = &profile.organizations;
    for g in &orgs.groups {
        let group = format!("{ORGANIZATION_GROUP}{}", g.name);
        group_rows(&mut csv, instruments, lang, &group, &g.profile);
    }
    let hidden_roles = profile
        .hidden_groups
        .iter()
        .map(|h| (h.role.id(), h.reason));
    let hidden_orgs = [
        (orgs.hidden_fewer_than_three, HiddenReason::FewerThanThree),
        (
            orgs.hidden_would_reveal_others,
            HiddenReason::WouldRevealOthers,
        ),
    ]
    .into_iter()
    .flat_map(|(n, reason)| (0..n).map(move |_| (ORGANIZATION_GROUP, reason)));
    for (group, reason) in hidden_roles.chain(hidden_orgs) {
        let why = match reason {
            HiddenReason::FewerThanThree => say(msg::WORKSHOP_SUMMARY_HIDDEN_FEWER, lang),
            HiddenReason::WouldRevealOthers => say(msg::WORKSHOP_SUMMARY_HIDDEN_REVEAL, lang),
        };
        let mut row = vec![String::new(); CSV_COLUMNS.len()];
        row[0] = group.to_owned();
        row[1] = "hidden-group".to_owned();
        row[3] = why.to_owned();
        csv.row(&row);
    }
    csv.finish()
}
