//! Writing the results document: the JSON file holding one whole assessment, with every
//! score, band and verdict for programs that read it without the widget (the reader
//! ignores those and recomputes them from the answers).

use super::assessment::{Assessment, LanguageTag, RespondentRole, ResultId};
use super::format::{FORMAT_VERSION, InstrumentVersion, SCHEMA_URN, instrument_versions};
use super::json_out::{JsonOut, ToJson, enum_ids};
use super::partners::CandidateDocument;
use super::partners::PartnersDocument;
use crate::answers::{
    Answers, BarrierAnswer, DONT_KNOW, IdMap, NOT_APPLICABLE, Rating, ReadinessAnswer, TimingAnswer,
};
use crate::barriers::{BarrierReport, BarrierRisk};
use crate::depth::{DepthLimit, DepthReport, MissingThreshold, NextLevel, StageReport};
use crate::health::{
    BalanceOutcome, BalanceReport, HealthMissing, HealthReason, HealthReasonKind, HealthReport,
    Recommendation,
};
use crate::instrument::INSTRUMENTS;
use crate::instrument::Instruments;
use crate::instrument::{DepthLevel, ReadinessBand, RiskLevel, Stage, TimingVerdict};
use crate::partners::{PartnerRating, Priority};
use crate::plan::{Link, LinkKind, PartnerSource, PlanStep, PlanStepKind};
use crate::readiness::{
    DimensionDriver, DimensionStatus, ItemDriver, ReadinessReport, ReadinessScore,
};
use crate::report::{Report, evaluate_with_partners};
use crate::time::Timestamp;
use crate::timing::{TimingReason, TimingReport, WarningFinding};
use serde::Serialize;

/// The results document as written. See `docs/results-format.md`.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Partnership Assessment results, format version 3")
)]
#[serde(rename_all = "camelCase")]
pub struct ResultDocument<'a> {
    /// Always `urn:partnership-assessment:results:v3` for this version.
    #[serde(rename = "$schema")]
    #[cfg_attr(feature = "schema", schemars(extend("const" = SCHEMA_URN)))]
    pub schema: &'static str,
    /// `2`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = FORMAT_VERSION)))]
    pub format_version: u32,
    /// A version 4 UUID, lowercase and hyphenated.
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "String",
            regex(
                pattern = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
            )
        )
    )]
    pub result_id: ResultId,
    /// RFC 3339, UTC, with milliseconds: `2026-03-01T09:30:00.000Z`.
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub created_at: Timestamp,
    /// RFC 3339, UTC, with milliseconds.
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub updated_at: Timestamp,
    /// The language the respondent used: `en`, `fr`, `pt-BR`.
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "String",
            length(max = 35),
            regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
        )
    )]
    pub language: &'a LanguageTag,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respondent_role: Option<RespondentRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 200)))]
    pub organization_name: Option<&'a str>,
    /// The instruments (and their versions) the answers refer to, and the partner-mapping
    /// vocabulary (`partners`) the partner list uses.
    pub instruments: Vec<InstrumentVersion>,
    /// Every answer, by item id.
    pub answers: &'a Answers,
    /// Free-text reflections, by prompt id (at most the reflection instrument's
    /// `max_chars` characters each).
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^reflection(\\.[a-z0-9-]+)+$" })))]
    pub reflections: &'a IdMap<String>,
    /// The partner map: candidate organisations and the needs of the alliance.
    pub partners: PartnersDocument,
    /// Every score, band and verdict with its reasons. Informative: importers recompute
    /// these from the answers and never trust this section.
    pub results: Report,
}

impl<'a> ResultDocument<'a> {
    /// The document for `assessment`, scored against `instruments` (with its partner map,
    /// so the plan in the file is the plan on the screen).
    pub fn new(instruments: &'static Instruments, assessment: &'a Assessment) -> Self {
        let portfolio = crate::partners::analyse(&assessment.partners);
        let results = evaluate_with_partners(
            instruments,
            &assessment.answers,
            &assessment.partners,
            &portfolio,
        );
        Self::with_results(instruments, assessment, results)
    }

    /// The document for `assessment` with `results` already worked out from it (by
    /// [`evaluate_with_partners`]), so the widget scores each change once.
    pub fn with_results(
        instruments: &'static Instruments,
        assessment: &'a Assessment,
        results: Report,
    ) -> Self {
        ResultDocument {
            schema: SCHEMA_URN,
            format_version: FORMAT_VERSION,
            result_id: assessment.id,
            created_at: assessment.created_at,
            updated_at: assessment.updated_at,
            language: &assessment.language,
            respondent_role: assessment.respondent_role,
            organization_name: assessment.organization_name.as_deref(),
            instruments: instrument_versions(instruments),
            answers: &assessment.answers,
            reflections: &assessment.answers.reflections,
            partners: PartnersDocument::new(&assessment.partners),
            results,
        }
    }
}

/// The results document of `assessment` as pretty-printed JSON.
pub fn export(assessment: &Assessment) -> String {
    export_with(&INSTRUMENTS, assessment)
}

/// [`export`] against any instruments.
pub fn export_with(instruments: &'static Instruments, assessment: &Assessment) -> String {
    JsonOut::new().write(&ResultDocument::new(instruments, assessment))
}

/// [`export`] with the report the caller already has for `assessment` (from
/// `evaluate_with_partners` over the built-in instruments, with its partner map): the
/// widget evaluates once per change and writes that.
pub fn export_report(assessment: &Assessment, report: &Report) -> String {
    JsonOut::new().write(&ResultDocument::with_results(
        &INSTRUMENTS,
        assessment,
        report.clone(),
    ))
}

// ---------------------------------------------------------------------------------------
// The document written by hand, field by field in the order of the types above, with the
// names serde's derives give them (the `Serialize` derives stay for the JSON Schema and for
// the test that compares the two writers; nothing in the widget calls them, so they are
// not in the wasm).

impl ToJson for ResultDocument<'_> {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("$schema", &self.schema);
        w.field("formatVersion", &self.format_version);
        w.field("resultId", &self.result_id);
        w.field("createdAt", &self.created_at);
        w.field("updatedAt", &self.updated_at);
        w.field("language", &self.language.as_str());
        w.field_if("respondentRole", &self.respondent_role);
        w.field_if("organizationName", &self.organization_name);
        w.field("instruments", &self.instruments);
        w.field("answers", &self.answers);
        w.field("reflections", &self.reflections);
        w.field("partners", &self.partners);
        w.field("results", &self.results);
        w.close('}');
    }
}

impl ToJson for ResultId {
    fn to_json(&self, w: &mut JsonOut) {
        w.display(self, true);
    }
}

impl ToJson for Timestamp {
    fn to_json(&self, w: &mut JsonOut) {
        w.display(self, true);
    }
}

impl ToJson for InstrumentVersion {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("id", &self.id);
        w.field("version", &self.version);
        w.close('}');
    }
}

impl<T: ToJson> ToJson for IdMap<T> {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        for (key, value) in self {
            w.field(key, value);
        }
        w.close('}');
    }
}

impl ToJson for Rating {
    fn to_json(&self, w: &mut JsonOut) {
        self.get().to_json(w);
    }
}

impl ToJson for ReadinessAnswer {
    fn to_json(&self, w: &mut JsonOut) {
        match self {
            Self::Scale(r) => r.to_json(w),
            Self::DontKnow => w.string(DONT_KNOW),
            Self::NotApplicable => w.string(NOT_APPLICABLE),
        }
    }
}

impl ToJson for TimingAnswer {
    fn to_json(&self, w: &mut JsonOut) {
        match self {
            Self::Scale(r) => r.to_json(w),
            Self::DontKnow => w.string(DONT_KNOW),
        }
    }
}

impl ToJson for BarrierAnswer {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field_if("presence", &self.presence);
        w.field_if("harm", &self.harm);
        w.close('}');
    }
}

impl ToJson for Answers {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("readiness", &self.readiness);
        w.field("barriers", &self.barriers);
        w.field("timing", &self.timing);
        w.field_if("ambition", &self.ambition);
        w.field_if("stage", &self.stage);
        w.field("health", &self.health);
        w.field("balance", &self.balance);
        w.close('}');
    }
}

impl ToJson for PartnersDocument {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("needs", &self.needs);
        w.field("candidates", &self.candidates);
        w.close('}');
    }
}

impl ToJson for CandidateDocument {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("name", &self.name);
        w.field("sector", &self.sector);
        w.field("roles", &self.roles);
        w.field("values", &self.values);
        let r = &self.ratings;
        w.key("ratings");
        w.open('{');
        w.field_if("missionAlignment", &r.mission_alignment);
        w.field_if("resourceComplementarity", &r.resource_complementarity);
        w.field_if("relationshipPotential", &r.relationship_potential);
        w.field_if("capacityToEngage", &r.capacity_to_engage);
        w.field_if("existingTrust", &r.existing_trust);
        w.close('}');
        if !self.notes.is_empty() {
            w.field("notes", &self.notes);
        }
        w.field_if("priority", &self.priority);
        w.close('}');
    }
}

impl ToJson for Report {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("readiness", &self.readiness);
        w.field("barriers", &self.barriers);
        w.field("timing", &self.timing);
        w.field("depth", &self.depth);
        w.field("stage", &self.stage);
        w.field("actionPlan", &self.action_plan);
        w.field("health", &self.health);
        w.close('}');
    }
}

impl ToJson for HealthReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("areas", &self.areas);
        w.field("balance", &self.balance);
        w.field("recommendation", &self.recommendation);
        w.field("reasons", &self.reasons);
        w.field("missing", &self.missing);
        w.field("imbalance", &self.imbalance);
        w.field("plan", &self.plan);
        w.close('}');
    }
}

impl ToJson for BalanceReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("benefits", &self.benefits);
        w.field("costs", &self.costs);
        w.field("outcome", &self.outcome);
        w.close('}');
    }
}

impl ToJson for HealthReason {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("kind", &self.kind);
        w.field("area", &self.area);
        w.field("score", &self.score);
        w.field("items", &self.items);
        w.close('}');
    }
}

impl ToJson for HealthMissing {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        match self {
            Self::Area { area, more } => {
                w.field("kind", &"area");
                w.field("area", area);
                w.field("more", more);
            }
            Self::Balance => w.field("kind", &"balance"),
        }
        w.close('}');
    }
}

impl ToJson for ReadinessReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("dimensions", &self.dimensions);
        w.field("index", &self.index);
        w.field("band", &self.band);
        w.field("validDimensions", &self.valid_dimensions);
        w.field("totalDimensions", &self.total_dimensions);
        w.field("drivers", &self.drivers);
        w.close('}');
    }
}

impl ToJson for ReadinessScore {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("dimension", &self.dimension);
        w.field("status", &self.status);
        w.field("score", &self.score);
        w.field("band", &self.band);
        w.field("weight", &self.weight);
        w.field("items", &self.items);
        w.field("applicable", &self.applicable);
        w.field("answered", &self.answered);
        w.field("dontKnow", &self.dont_know);
        w.field("dontKnowPercent", &self.dont_know_percent);
        w.field("knowledgeGap", &self.knowledge_gap);
        w.field("drivers", &self.drivers);
        w.close('}');
    }
}

impl ToJson for ItemDriver {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("item", &self.item);
        w.field("answer", &self.answer);
        w.field("value", &self.value);
        w.field("reversed", &self.reversed);
        w.field("effect", &self.effect);
        w.close('}');
    }
}

impl ToJson for DimensionDriver {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("dimension", &self.dimension);
        w.field("weight", &self.weight);
        w.field("score", &self.score);
        w.field("effect", &self.effect);
        w.close('}');
    }
}

impl ToJson for DimensionStatus {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(match self {
            Self::Scored => "scored",
            Self::NotEnoughAnswers => "not-enough-answers",
            Self::NotApplicable => "not-applicable",
        });
    }
}

impl ToJson for BarrierReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("ranked", &self.ranked);
        w.field("unrated", &self.unrated);
        w.close('}');
    }
}

impl ToJson for BarrierRisk {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("barrier", &self.barrier);
        w.field("presence", &self.presence);
        w.field("harm", &self.harm);
        w.field("risk", &self.risk);
        w.field("level", &self.level);
        w.field("blocksGo", &self.blocks_go);
        w.close('}');
    }
}

impl ToJson for TimingReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("verdict", &self.verdict);
        w.field("strongTiming", &self.strong_timing);
        w.field("preconditionsMet", &self.preconditions_met);
        w.field("reasons", &self.reasons);
        w.field("warnings", &self.warnings);
        w.field("blockingBarriers", &self.blocking_barriers);
        w.close('}');
    }
}

impl ToJson for TimingReason {
    fn to_json(&self, w: &mut JsonOut) {
        // Tagged by `kind`; each variant's fields follow in their declared order (unused
        // slots have an empty name and are not written).
        const NONE: (&str, &dyn ToJson) = ("", &());
        let (kind, fields): (&str, [(&str, &dyn ToJson); 3]) = match self {
            Self::StrongTrigger { item, value } => {
                ("strong-trigger", [("item", item), ("value", value), NONE])
            }
            Self::TooFewStrongTriggers { strong, needed } => (
                "too-few-strong-triggers",
                [("strong", strong), ("needed", needed), NONE],
            ),
            Self::PreconditionMet { item, value } => {
                ("precondition-met", [("item", item), ("value", value), NONE])
            }
            Self::PreconditionNotMet { item, value } => (
                "precondition-not-met",
                [("item", item), ("value", value), NONE],
            ),
            Self::PreconditionUnknown { item } => {
                ("precondition-unknown", [("item", item), NONE, NONE])
            }
            Self::ReadinessIndexMet { index, min } => (
                "readiness-index-met",
                [("index", index), ("min", min), NONE],
            ),
            Self::ReadinessIndexLow { index, min } => (
                "readiness-index-low",
                [("index", index), ("min", min), NONE],
            ),
            Self::ReadinessEvidenceThin {
                valid,
                total,
                needed,
            } => (
                "readiness-evidence-thin",
                [("valid", valid), ("total", total), ("needed", needed)],
            ),
            Self::BarrierScanIncomplete { unrated, total } => (
                "barrier-scan-incomplete",
                [("unrated", unrated), ("total", total), NONE],
            ),
            Self::WarningSignCaps { warning, value } => (
                "warning-sign-caps",
                [("warning", warning), ("value", value), NONE],
            ),
            Self::BlockingBarrier { barrier, risk } => (
                "blocking-barrier",
                [("barrier", barrier), ("risk", risk), NONE],
            ),
        };
        w.open('{');
        w.field("kind", &kind);
        for (name, value) in fields {
            if !name.is_empty() {
                w.field(name, value);
            }
        }
        w.close('}');
    }
}

impl ToJson for DepthLimit {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        match self {
            Self::Verdict { verdict, level } => {
                w.field("kind", &"verdict");
                w.field("verdict", verdict);
                w.field("level", level);
            }
            Self::CriticalBarrier { barrier, level } => {
                w.field("kind", &"critical-barrier");
                w.field("barrier", barrier);
                w.field("level", level);
            }
            Self::Ambition { level } => {
                w.field("kind", &"ambition");
                w.field("level", level);
            }
        }
        w.close('}');
    }
}

/// The absent second field of a one-field variant (never written).
impl ToJson for () {
    fn to_json(&self, _: &mut JsonOut) {}
}

impl ToJson for WarningFinding {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("warning", &self.warning);
        w.field("value", &self.value);
        w.close('}');
    }
}

impl ToJson for DepthReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("recommended", &self.recommended);
        w.field("ambition", &self.ambition);
        w.field("readinessIndex", &self.readiness_index);
        w.field("trust", &self.trust);
        w.field("limits", &self.limits);
        w.field("next", &self.next);
        w.close('}');
    }
}

impl ToJson for NextLevel {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("level", &self.level);
        w.field("missing", &self.missing);
        w.field("limits", &self.limits);
        w.field("beyondAmbition", &self.beyond_ambition);
        w.close('}');
    }
}

impl ToJson for MissingThreshold {
    fn to_json(&self, w: &mut JsonOut) {
        let (kind, needed, current) = match self {
            Self::ReadinessIndex { needed, current } => ("readiness-index", needed, current),
            Self::Trust { needed, current } => ("trust", needed, current),
        };
        w.open('{');
        w.field("kind", &kind);
        w.field("needed", needed);
        w.field("current", current);
        w.close('}');
    }
}

impl ToJson for StageReport {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("stage", &self.stage);
        w.field("nextStage", &self.next_stage);
        w.close('}');
    }
}

impl ToJson for PlanStep {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("kind", &self.kind);
        w.field("links", &self.links);
        w.field_if("partner", &self.partner);
        w.close('}');
    }
}

impl ToJson for PartnerSource {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.field("position", &self.position);
        w.field("name", &self.name);
        w.close('}');
    }
}

impl ToJson for PlanStepKind {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(match self {
            Self::BlockingBarrier => "blocking-barrier",
            Self::ConcernDimension => "concern-dimension",
            Self::WarningSign => "warning-sign",
            Self::HighBarrier => "high-barrier",
            Self::KnowledgeGap => "knowledge-gap",
            Self::TimingVerdict => "timing-verdict",
            Self::Stage => "stage",
            Self::DevelopingDimension => "developing-dimension",
            Self::PartnerFirst => "partner-first",
            Self::PartnerGap => "partner-gap",
            Self::HealthRecommendation => "health-recommendation",
            Self::HealthArea => "health-area",
        });
    }
}

impl ToJson for Link {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('{');
        w.key("kind");
        w.string(match self.kind {
            LinkKind::Barrier => "barrier",
            LinkKind::Mitigation => "mitigation",
            LinkKind::Dimension => "dimension",
            LinkKind::Item => "item",
            LinkKind::Warning => "warning",
            LinkKind::Verdict => "verdict",
            LinkKind::TimingQuestion => "timing-question",
            LinkKind::Stage => "stage",
            LinkKind::Priority => "priority",
            LinkKind::Need => "need",
            LinkKind::Recommendation => "recommendation",
        });
        w.field("id", &self.id);
        w.close('}');
    }
}

enum_ids!(
    BalanceOutcome,
    Recommendation,
    HealthReasonKind,
    RespondentRole,
    DepthLevel,
    Stage,
    ReadinessBand,
    RiskLevel,
    TimingVerdict,
    PartnerRating,
    Priority,
);
