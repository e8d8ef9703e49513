//! The five instruments as static data.
//!
//! The real instruments are generated at build time from `engine/instruments/*.toml`
//! (see [`crate::INSTRUMENTS`]); tests build small hand-made ones from the same types.
//! Every id is a `&'static str` so a report can point back into the instruments without
//! copying.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The readiness dimension whose score gates the depth levels (`min_trust`).
pub const TRUST_DIMENSION: &str = "trust";

/// All six instruments.
#[derive(Debug)]
pub struct Instruments {
    pub readiness: ReadinessInstrument,
    pub barriers: BarrierInstrument,
    pub timing: TimingInstrument,
    pub depth: DepthInstrument,
    pub reflection: ReflectionInstrument,
    /// Partnership health, for a partnership already running.
    pub health: HealthInstrument,
}

impl Instruments {
    /// The retired id `id` of any instrument, if it is one.
    pub fn retired(&self, id: &str) -> Option<&RetiredItem> {
        self.readiness
            .retired
            .iter()
            .chain(self.barriers.retired)
            .chain(self.timing.retired)
            .chain(self.health.scored.retired)
            .find(|r| r.id == id)
    }

    /// The main text of whatever has this id: a readiness item's statement, a dimension's
    /// or barrier's title, a mitigation, trigger, precondition, warning sign, prompt or
    /// question. For showing the ids in reasons and action-plan links.
    ///
    /// ```
    /// use partnership_engine::INSTRUMENTS;
    /// let dimension = &INSTRUMENTS.readiness.dimensions[0];
    /// assert_eq!(INSTRUMENTS.text_of(dimension.id), Some(dimension.title));
    /// assert_eq!(INSTRUMENTS.text_of("no.such.id"), None);
    /// ```
    pub fn text_of(&self, id: &str) -> Option<Text> {
        let t = &self.timing;
        let d = &self.depth;
        self.readiness
            .text_of(id)
            .or_else(|| self.health.text_of(id))
            .or_else(|| {
                self.barriers.barriers.iter().find_map(|b| {
                    if b.id == id {
                        return Some(b.title);
                    }
                    b.mitigations.iter().find(|m| m.id == id).map(|m| m.text)
                })
            })
            .or_else(|| {
                t.triggers
                    .iter()
                    .chain(t.preconditions)
                    .find(|q| q.id == id)
                    .map(|q| q.text)
            })
            .or_else(|| t.warnings.iter().find(|w| w.id == id).map(|w| w.text))
            .or_else(|| {
                self.reflection
                    .prompts
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.text)
            })
            .or_else(|| (d.ambition.id == id).then_some(d.ambition.text))
            .or_else(|| (d.stage_question.id == id).then_some(d.stage_question.text))
    }

    /// `(id, version)` of each instrument, in a fixed order.
    pub fn versions(&self) -> [(&'static str, u32); 6] {
        [
            (self.readiness.meta.id, self.readiness.meta.version),
            (self.barriers.meta.id, self.barriers.meta.version),
            (self.timing.meta.id, self.timing.meta.version),
            (self.depth.meta.id, self.depth.meta.version),
            (self.reflection.meta.id, self.reflection.meta.version),
            (self.health.scored.meta.id, self.health.scored.meta.version),
        ]
    }
}

/// An item id that was released and then withdrawn. Ids are stable forever: an answer to
/// it in an old file moves to `replaced_by` when that item means the same, and is
/// otherwise left out with `note` as the reason.
#[derive(Debug)]
pub struct RetiredItem {
    pub id: &'static str,
    pub replaced_by: Option<&'static str>,
    /// Why the question was withdrawn, for the import note.
    pub note: Text,
}

/// What every instrument has: a stable id, a version, a title and an introduction.
#[derive(Debug)]
pub struct InstrumentMeta {
    pub id: &'static str,
    /// Bumped when the meaning of an item changes.
    pub version: u32,
    pub title: Text,
    pub intro: Text,
}

// ----------------------------------------------------------------------------------------
// Readiness

/// Instrument 1: is our organisation ready to partner?
#[derive(Debug)]
pub struct ReadinessInstrument {
    pub meta: InstrumentMeta,
    /// Below this share of the dimension's items answered on the scale, a dimension has
    /// "not enough answers" ("Not applicable" does not shrink the share).
    pub min_answered_percent: u8,
    /// Fewer items than this answered on the scale: "not enough answers", whatever the share.
    pub min_scored_items: u8,
    /// Item ids withdrawn from this instrument; still importable.
    pub retired: &'static [RetiredItem],
    /// A "Don't know" share at or above this is reported as a knowledge gap.
    pub knowledge_gap_percent: u8,
    pub scale: AgreementScale,
    /// Concern, developing, strength: in this order, covering 0..=100 exactly.
    pub bands: [ReadinessBandDef; 3],
    pub dimensions: &'static [Dimension],
}

/// The agreement scale: five labels for 0..=4 plus the two explicit non-answers.
#[derive(Debug)]
pub struct AgreementScale {
    pub labels: [Text; 5],
    pub dont_know: Text,
    pub not_applicable: Text,
}

impl AgreementScale {
    /// A statement's answer options in the order shown: the five points of the scale,
    /// then "Don't know" and "Not applicable". Option `i` is
    /// [`ReadinessAnswer::from_option_index`](crate::ReadinessAnswer::from_option_index)`(i)`.
    pub fn options(&self) -> [Text; 7] {
        let [a, b, c, d, e] = self.labels;
        [a, b, c, d, e, self.dont_know, self.not_applicable]
    }
}

/// A readiness band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ReadinessBand {
    Concern,
    Developing,
    Strength,
}

impl ReadinessBand {
    /// The band's id in the instrument file and the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::Concern => "concern",
            Self::Developing => "developing",
            Self::Strength => "strength",
        }
    }
}

/// A band's thresholds and texts.
#[derive(Debug)]
pub struct ReadinessBandDef {
    pub band: ReadinessBand,
    pub min: u8,
    pub max: u8,
    pub label: Text,
    /// What an overall index in this band means.
    pub overall: Text,
}

impl ReadinessInstrument {
    /// The band a 0..=100 score falls in.
    pub fn band_for(&self, score: u8) -> ReadinessBand {
        self.bands
            .iter()
            .find(|b| b.min <= score && score <= b.max)
            .map_or(ReadinessBand::Concern, |b| b.band)
    }

    /// The definition of `band`.
    pub fn band(&self, band: ReadinessBand) -> &ReadinessBandDef {
        // The array is ordered like the enum (the build checks it).
        &self.bands[band as usize]
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// An area's title or a statement's text, by id.
    pub fn text_of(&self, id: &str) -> Option<Text> {
        self.dimensions.iter().find_map(|dim| {
            if dim.id == id {
                return Some(dim.title);
            }
            dim.items.iter().find(|i| i.id == id).map(|i| i.text)
        })
    }

    /// The item with this id and its dimension.
    pub fn item(&self, id: &str) -> Option<(&Dimension, &ReadinessItem)> {
        // Item ids are `readiness.<dimension>.<item>`: look in that dimension first (import
        // looks up every answer, hundreds of files at a time in workshop mode).
        let named = id
            .strip_prefix(self.meta.id)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|rest| rest.split('.').next())
            .and_then(|d| self.dimensions.iter().find(|x| x.id == d));
        if let Some(found) = named.and_then(|d| d.items.iter().find(|i| i.id == id).map(|i| (d, i)))
        {
            return Some(found);
        }
        self.dimensions
            .iter()
            .find_map(|d| d.items.iter().find(|i| i.id == id).map(|i| (d, i)))
    }
}

/// One of the readiness dimensions.
#[derive(Debug)]
pub struct Dimension {
    /// A short word, such as `purpose` or `trust`.
    pub id: &'static str,
    /// At least 1; the weight in the overall index.
    pub weight: u32,
    pub title: Text,
    pub summary: Text,
    pub outcome: Outcome,
    /// Shown when the "Don't know" share reaches the knowledge-gap threshold.
    pub knowledge_gap: Text,
    /// The next step when the dimension is developing or a concern.
    pub action: Text,
    pub items: &'static [ReadinessItem],
}

/// What a dimension's band means, per band.
#[derive(Debug)]
pub struct Outcome {
    pub strength: Text,
    pub developing: Text,
    pub concern: Text,
}

impl Outcome {
    /// The text for `band`.
    pub fn get(&self, band: ReadinessBand) -> &Text {
        match band {
            ReadinessBand::Strength => &self.strength,
            ReadinessBand::Developing => &self.developing,
            ReadinessBand::Concern => &self.concern,
        }
    }
}

/// A statement to agree or disagree with.
#[derive(Debug)]
pub struct ReadinessItem {
    pub id: &'static str,
    pub text: Text,
    /// One plain line shown under the statement: what it asks, with an example.
    pub guidance: Text,
    /// Agreeing means *less* ready: the stored answer `v` scores `4 - v`.
    pub reverse: bool,
    /// A concrete step when the item scores 0 or 1 after reversal.
    pub action: Text,
}

// ----------------------------------------------------------------------------------------
// Health

/// Instrument 6: how is the partnership we already have doing? Areas of agreement
/// statements scored exactly like readiness (`scored`, with readiness's scale), plus what
/// the partnership gives and costs (`balance`).
#[derive(Debug)]
pub struct HealthInstrument {
    /// The areas, bands and validity rules, in readiness's own type.
    pub scored: ReadinessInstrument,
    pub balance: BalanceQuestions,
}

impl HealthInstrument {
    /// An area's title, a statement's or a balance question's text, by id.
    pub fn text_of(&self, id: &str) -> Option<Text> {
        self.scored.text_of(id).or_else(|| {
            self.balance
                .questions
                .iter()
                .find(|q| q.id == id)
                .map(|q| q.text)
        })
    }

    /// A balance question's answer options in the order shown: the five amounts, then
    /// "Don't know" (readiness's). Option `i` is
    /// [`TimingAnswer::from_option_index`](crate::TimingAnswer::from_option_index)`(i)`.
    pub fn balance_options(&self) -> [Text; 6] {
        let [a, b, c, d, e] = self.balance.labels;
        [a, b, c, d, e, self.scored.scale.dont_know]
    }

    /// Whether `id` is one of the health check's questions (a statement or a balance
    /// question).
    pub fn asks(&self, id: &str) -> bool {
        self.scored.item(id).is_some() || self.balance.questions.iter().any(|q| q.id == id)
    }
}

/// What the partnership gives the organisation and what it costs it: two questions on an
/// amount scale (0 "very little" ..= 4 "a great deal"), with readiness's "Don't know".
#[derive(Debug)]
pub struct BalanceQuestions {
    /// "Very little" .. "A great deal", for 0..=4.
    pub labels: [Text; 5],
    /// Benefits, then costs (the build checks the ids and the order).
    pub questions: [BalanceQuestion; 2],
}

impl BalanceQuestions {
    /// What the partnership gives.
    pub fn benefits(&self) -> &BalanceQuestion {
        let [benefits, _] = &self.questions;
        benefits
    }

    /// What the partnership costs.
    pub fn costs(&self) -> &BalanceQuestion {
        let [_, costs] = &self.questions;
        costs
    }
}

/// One of the two balance questions.
#[derive(Debug)]
pub struct BalanceQuestion {
    pub id: &'static str,
    pub text: Text,
    /// What to count: one plain line under the question.
    pub guidance: Text,
}

// ----------------------------------------------------------------------------------------
// Barriers

/// Instrument 2: what could sink the alliance?
#[derive(Debug)]
pub struct BarrierInstrument {
    pub meta: InstrumentMeta,
    /// Barrier ids withdrawn from this instrument; still importable.
    pub retired: &'static [RetiredItem],
    pub presence_labels: [Text; 5],
    pub harm_labels: [Text; 5],
    /// Low, moderate, high, critical: in this order, covering 0..=16 exactly.
    pub risk_bands: [RiskBandDef; 4],
    pub barriers: &'static [Barrier],
}

/// A risk band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RiskLevel {
    Low,
    Moderate,
    High,
    Critical,
}

impl RiskLevel {
    /// The band's id in the instrument file and the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

/// A risk band's thresholds and texts.
#[derive(Debug)]
pub struct RiskBandDef {
    pub level: RiskLevel,
    pub min: u8,
    pub max: u8,
    pub label: Text,
    pub meaning: Text,
    /// A barrier in this band blocks an "act now" verdict.
    pub blocks_go: bool,
}

impl BarrierInstrument {
    /// The band a 0..=16 risk falls in.
    pub fn band_for(&self, risk: u8) -> &RiskBandDef {
        self.risk_bands
            .iter()
            .find(|b| b.min <= risk && risk <= b.max)
            .unwrap_or(&self.risk_bands[3])
    }

    /// The definition of `level`.
    pub fn band(&self, level: RiskLevel) -> &RiskBandDef {
        &self.risk_bands[level as usize]
    }

    /// The barrier with this id.
    pub fn barrier(&self, id: &str) -> Option<&Barrier> {
        self.barriers.iter().find(|b| b.id == id)
    }
}

/// When a mitigation is the step to take first (`when` in `barriers.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MitigationUse {
    /// The barrier is clearly present today: deal with it directly.
    Present,
    /// The barrier is slight or absent: keep it from growing.
    Early,
}

impl MitigationUse {
    /// The use that fits a barrier answered `presence` (0..=4): "Clearly present" (3) and
    /// above is [`Self::Present`].
    pub fn for_presence(presence: u8) -> Self {
        if presence >= 3 {
            Self::Present
        } else {
            Self::Early
        }
    }
}

impl Barrier {
    /// The mitigation to show first for a barrier answered `presence`: the first whose
    /// `when` fits, else the first.
    pub fn first_step(&self, presence: u8) -> Option<&Mitigation> {
        let fit = MitigationUse::for_presence(presence);
        self.mitigations
            .iter()
            .find(|m| m.when == fit)
            .or_else(|| self.mitigations.first())
    }
}

/// One barrier.
#[derive(Debug)]
pub struct Barrier {
    pub id: &'static str,
    pub title: Text,
    pub explanation: Text,
    pub presence_question: Text,
    pub harm_question: Text,
    pub mitigations: &'static [Mitigation],
}

/// A concrete thing to do about a barrier.
#[derive(Debug)]
pub struct Mitigation {
    pub id: &'static str,
    pub text: Text,
    /// When this is the step to take first.
    pub when: MitigationUse,
}

// ----------------------------------------------------------------------------------------
// Timing

/// Instrument 3: is now the moment?
#[derive(Debug)]
pub struct TimingInstrument {
    pub meta: InstrumentMeta,
    /// Question ids withdrawn from this instrument; still importable.
    pub retired: &'static [RetiredItem],
    /// "How true is this now?" for 0..=4.
    pub labels: [Text; 5],
    pub dont_know: Text,
    pub rules: TimingRules,
    pub triggers: &'static [TimingQuestion],
    pub preconditions: &'static [TimingQuestion],
    pub warnings: &'static [WarningSign],
    /// Act now, start small, invest in relationships, not yet: in this order.
    pub verdicts: [VerdictDef; 4],
}

/// The thresholds of the timing verdict.
#[derive(Debug)]
pub struct TimingRules {
    /// A trigger answered at or above this is strong.
    pub strong_trigger_min: u8,
    /// This many strong triggers make the timing strong.
    pub strong_triggers_needed: u32,
    /// A precondition answered at or above this is met.
    pub precondition_met_min: u8,
    /// The readiness index needed, when it can be computed.
    pub readiness_index_min: u8,
    /// A warning sign answered at or above this is listed.
    pub warning_present_min: u8,
    /// A warning sign answered at or above this caps the verdict at "start small".
    pub warning_cap_min: u8,
    /// "Act now" and "build relationships" need a readiness index resting on at least this
    /// many areas.
    pub readiness_areas_min: u32,
}

/// A trigger or a precondition.
#[derive(Debug)]
pub struct TimingQuestion {
    pub id: &'static str,
    pub text: Text,
    /// One plain line shown under the statement: what it asks, with an example.
    pub guidance: Text,
}

/// A warning sign and what to do about it.
#[derive(Debug)]
pub struct WarningSign {
    pub id: &'static str,
    pub text: Text,
    /// One plain line shown under the statement: what it asks, with an example.
    pub guidance: Text,
    pub advice: Text,
}

/// The four timing verdicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TimingVerdict {
    /// Strong triggers, preconditions met: convene the core partners.
    ActNow,
    /// Strong triggers, preconditions weak: start with something small.
    StartSmall,
    /// Weak triggers, preconditions met: build relationships for the next opening.
    InvestInRelationships,
    /// Weak triggers, preconditions weak: strengthen the foundations first.
    NotYet,
}

impl TimingVerdict {
    /// The verdict's id in the instrument file and the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::ActNow => "act-now",
            Self::StartSmall => "start-small",
            Self::InvestInRelationships => "invest-in-relationships",
            Self::NotYet => "not-yet",
        }
    }
}

/// A verdict's texts.
#[derive(Debug)]
pub struct VerdictDef {
    pub verdict: TimingVerdict,
    pub title: Text,
    pub summary: Text,
    /// The deepest level of partnership this verdict allows starting at.
    pub deepest_level: DepthLevel,
    pub next_steps: &'static [Text],
}

impl TimingInstrument {
    /// The texts of `verdict`.
    pub fn verdict(&self, verdict: TimingVerdict) -> &VerdictDef {
        &self.verdicts[verdict as usize]
    }

    /// A timing question's answer options in the order shown: the five points of "how
    /// true is this now?", then "Don't know". Option `i` is
    /// [`TimingAnswer::from_option_index`](crate::TimingAnswer::from_option_index)`(i)`.
    pub fn options(&self) -> [Text; 6] {
        let [a, b, c, d, e] = self.labels;
        [a, b, c, d, e, self.dont_know]
    }
}

// ----------------------------------------------------------------------------------------
// Depth and stage

/// Instrument 4: how deep, and where are we now?
#[derive(Debug)]
pub struct DepthInstrument {
    pub meta: InstrumentMeta,
    /// The deepest level to start at while any barrier is critical.
    pub critical_barrier_deepest_level: DepthLevel,
    /// Shallowest first; thresholds never decrease with depth.
    pub levels: [LevelDef; 4],
    pub ambition: AmbitionQuestion,
    pub stage_question: StageQuestion,
    /// In order.
    pub stages: [StageDef; 5],
}

/// The four depths of partnership, shallowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DepthLevel {
    ResourceCoordination,
    ProgramCollaboration,
    StrategicAlliance,
    CollectiveImpact,
}

impl DepthLevel {
    /// All levels, shallowest first.
    pub const ALL: [DepthLevel; 4] = [
        Self::ResourceCoordination,
        Self::ProgramCollaboration,
        Self::StrategicAlliance,
        Self::CollectiveImpact,
    ];

    /// The level's id in the instrument file and the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::ResourceCoordination => "resource-coordination",
            Self::ProgramCollaboration => "program-collaboration",
            Self::StrategicAlliance => "strategic-alliance",
            Self::CollectiveImpact => "collective-impact",
        }
    }

    /// The level with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The next deeper level, if any.
    pub fn deeper(self) -> Option<Self> {
        Self::ALL.get(self as usize + 1).copied()
    }
}

/// A depth level's thresholds and texts.
#[derive(Debug)]
pub struct LevelDef {
    pub level: DepthLevel,
    pub title: Text,
    pub description: Text,
    /// Readiness index needed to start at this level.
    pub min_readiness: u8,
    /// Trust dimension score needed to start at this level.
    pub min_trust: u8,
    /// What would make the next level possible (last level: how to sustain it).
    pub unlock: Text,
}

/// "What do you hope to do together?"
#[derive(Debug)]
pub struct AmbitionQuestion {
    pub id: &'static str,
    pub text: Text,
    /// One per level.
    pub options: &'static [AmbitionOption],
}

impl AmbitionQuestion {
    /// The answer options in the order shown, one per depth.
    pub fn labels(&self) -> Vec<Text> {
        self.options.iter().map(|o| o.label).collect()
    }

    /// Where the option for `level` sits on screen, if the question offers it.
    pub fn option_index(&self, level: DepthLevel) -> Option<usize> {
        self.options.iter().position(|o| o.level == level)
    }

    /// The depth the respondent hopes for by picking option `index`.
    pub fn level_at(&self, index: usize) -> Option<DepthLevel> {
        self.options.get(index).map(|o| o.level)
    }
}

/// An answer option of the ambition question.
#[derive(Debug)]
pub struct AmbitionOption {
    pub level: DepthLevel,
    pub label: Text,
}

/// "Where are you now?"
#[derive(Debug)]
pub struct StageQuestion {
    pub id: &'static str,
    pub text: Text,
}

/// The five stages of developing a partnership, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Mapping,
    Relationship,
    Design,
    Implementation,
    Evaluation,
}

impl Stage {
    /// Whether a partnership is already running at this stage ("doing the work" or
    /// "looking back"): the health check is then part of the full assessment.
    pub fn is_running(self) -> bool {
        matches!(self, Self::Implementation | Self::Evaluation)
    }
}

impl Stage {
    /// All stages, in order.
    pub const ALL: [Stage; 5] = [
        Self::Mapping,
        Self::Relationship,
        Self::Design,
        Self::Implementation,
        Self::Evaluation,
    ];

    /// The stage's id in the instrument file and the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::Mapping => "mapping",
            Self::Relationship => "relationship",
            Self::Design => "design",
            Self::Implementation => "implementation",
            Self::Evaluation => "evaluation",
        }
    }

    /// The stage with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Where this stage sits among the options of "Where are you now?": in order.
    pub const fn option_index(self) -> usize {
        self as usize
    }

    /// The stage the respondent picks with option `index`.
    pub fn from_option_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }
}

/// A stage's texts.
#[derive(Debug)]
pub struct StageDef {
    pub stage: Stage,
    pub title: Text,
    /// The option a respondent picks: "We are still …".
    pub description: Text,
    pub next_steps: &'static [Text],
}

impl DepthInstrument {
    /// The thresholds and texts of `level`.
    pub fn level(&self, level: DepthLevel) -> &LevelDef {
        &self.levels[level as usize]
    }

    /// The texts of `stage`.
    pub fn stage(&self, stage: Stage) -> &StageDef {
        &self.stages[stage as usize]
    }

    /// The answer options of "Where are you now?" in the order shown: each stage's
    /// description. Option `i` is [`Stage::from_option_index`]`(i)`.
    pub fn stage_options(&self) -> [Text; 5] {
        Stage::ALL.map(|s| self.stage(s).description)
    }
}

// ----------------------------------------------------------------------------------------
// Reflection

/// Instrument 5: four open prompts whose answers travel with the result.
#[derive(Debug)]
pub struct ReflectionInstrument {
    pub meta: InstrumentMeta,
    /// The longest answer, in characters.
    pub max_chars: u32,
    pub prompts: &'static [Prompt],
}

/// An open reflection prompt.
#[derive(Debug)]
pub struct Prompt {
    pub id: &'static str,
    pub text: Text,
    pub hint: Text,
}

// `INSTRUMENTS`: the six instruments, generated by `build.rs` from `instruments/*.toml`.
include!(concat!(env!("OUT_DIR"), "/instruments.rs"));

#[cfg(test)]
mod tests {
    use crate::{INSTRUMENTS, Rating, ReadinessAnswer, TimingAnswer};

    use super::*;

    #[test]
    fn each_readiness_option_label_names_the_answer_it_gives() {
        let scale = &INSTRUMENTS.readiness.scale;
        let options = scale.options();
        for (index, label) in options.iter().enumerate() {
            let expected = match ReadinessAnswer::from_option_index(index) {
                Some(ReadinessAnswer::Scale(r)) => scale.labels.get(usize::from(r.get())),
                Some(ReadinessAnswer::DontKnow) => Some(&scale.dont_know),
                Some(ReadinessAnswer::NotApplicable) => Some(&scale.not_applicable),
                None => None,
            };
            assert_eq!(expected, Some(label), "option {index}");
        }
        assert_eq!(options.len(), ReadinessAnswer::FIRST_NON_ANSWER + 2);
    }

    #[test]
    fn each_timing_option_label_names_the_answer_it_gives() {
        let timing = &INSTRUMENTS.timing;
        let options = timing.options();
        for (index, label) in options.iter().enumerate() {
            let expected = match TimingAnswer::from_option_index(index) {
                Some(TimingAnswer::Scale(r)) => timing.labels.get(usize::from(r.get())),
                Some(TimingAnswer::DontKnow) => Some(&timing.dont_know),
                None => None,
            };
            assert_eq!(expected, Some(label), "option {index}");
        }
        assert_eq!(options.len(), TimingAnswer::FIRST_NON_ANSWER + 1);
        assert_eq!(INSTRUMENTS.barriers.presence_labels.len(), Rating::POINTS);
        assert_eq!(INSTRUMENTS.barriers.harm_labels.len(), Rating::POINTS);
    }

    #[test]
    fn each_depth_and_stage_option_comes_back_as_its_answer() {
        let depth = &INSTRUMENTS.depth;
        let labels = depth.ambition.labels();
        assert_eq!(labels.len(), DepthLevel::ALL.len());
        for level in DepthLevel::ALL {
            let index = depth.ambition.option_index(level);
            assert_eq!(index.and_then(|i| depth.ambition.level_at(i)), Some(level));
        }
        assert_eq!(depth.ambition.level_at(labels.len()), None);

        let stages = depth.stage_options();
        for stage in Stage::ALL {
            let index = stage.option_index();
            assert_eq!(Stage::from_option_index(index), Some(stage));
            assert_eq!(stages.get(index), Some(&depth.stage(stage).description));
        }
        assert_eq!(Stage::from_option_index(Stage::ALL.len()), None);
    }
}
