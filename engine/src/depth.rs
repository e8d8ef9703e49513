//! Scoring instrument 4: the recommended starting depth, what unlocks the next level, and
//! the current stage.
//!
//! # Rules
//! - The recommended level is the deepest level whose `min_readiness` (readiness index) and
//!   `min_trust` (trust dimension score) are both met, and which is no deeper than every
//!   limit that applies: the timing verdict's `deepest_level` (so "start small" never sits
//!   beside a strategic alliance), `critical_barrier_deepest_level` while any barrier is
//!   critical, and the ambition when it is answered. A score that cannot be computed yet
//!   (not enough answers) meets only a threshold of 0. No level met: no recommendation.
//! - Every limit that held the level back is listed ([`DepthLimit`]), shallowest first.
//! - The next level is the one after the recommendation (the shallowest if there is none);
//!   it lists each threshold still missing, the limits that stop it, and whether it lies
//!   beyond the ambition.

use crate::answers::Answers;
use crate::barriers::BarrierReport;
use crate::instrument::{
    DepthInstrument, DepthLevel, LevelDef, Stage, TRUST_DIMENSION, TimingInstrument, TimingVerdict,
};
use crate::readiness::ReadinessReport;
use serde::Serialize;

/// A depth threshold that is not met yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MissingThreshold {
    /// The overall readiness index is below (or not known to reach) `needed`.
    ReadinessIndex { needed: u8, current: Option<u8> },
    /// The trust dimension is below (or not known to reach) `needed`.
    Trust { needed: u8, current: Option<u8> },
}

/// Something other than the scores that limits how deep to start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DepthLimit {
    /// The timing verdict allows starting no deeper than `level`.
    Verdict {
        verdict: TimingVerdict,
        level: DepthLevel,
    },
    /// A critical barrier allows starting no deeper than `level`.
    CriticalBarrier {
        barrier: &'static str,
        level: DepthLevel,
    },
    /// The respondent hopes to go no further than `level`.
    Ambition { level: DepthLevel },
}

impl DepthLimit {
    /// The deepest level this limit allows.
    pub fn level(&self) -> DepthLevel {
        match *self {
            Self::Verdict { level, .. }
            | Self::CriticalBarrier { level, .. }
            | Self::Ambition { level } => level,
        }
    }
}

/// What stands between the recommendation and the next level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NextLevel {
    pub level: DepthLevel,
    /// Thresholds not met yet; empty when only a limit holds it back.
    pub missing: Vec<MissingThreshold>,
    /// The limits (verdict, critical barrier, ambition) that stop it, shallowest first.
    pub limits: Vec<DepthLimit>,
    /// The level is deeper than the ambition the respondent gave.
    pub beyond_ambition: bool,
}

/// The depth recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DepthReport {
    /// Where to start; `None` when even the shallowest level's thresholds are not met.
    pub recommended: Option<DepthLevel>,
    pub ambition: Option<DepthLevel>,
    /// The inputs: overall readiness index and trust dimension score.
    pub readiness_index: Option<u8>,
    pub trust: Option<u8>,
    /// The limits shallower than the deepest level, shallowest first: what, besides the
    /// scores, held the recommendation back.
    pub limits: Vec<DepthLimit>,
    /// `None` when the recommendation is already the deepest level.
    pub next: Option<NextLevel>,
}

/// The current stage and the one after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct StageReport {
    pub stage: Stage,
    /// The stage the next steps lead to; `None` at the last stage.
    pub next_stage: Option<Stage>,
}

fn missing(def: &LevelDef, index: Option<u8>, trust: Option<u8>) -> Vec<MissingThreshold> {
    let mut out = Vec::new();
    if def.min_readiness > 0 && index.is_none_or(|i| i < def.min_readiness) {
        out.push(MissingThreshold::ReadinessIndex {
            needed: def.min_readiness,
            current: index,
        });
    }
    if def.min_trust > 0 && trust.is_none_or(|t| t < def.min_trust) {
        out.push(MissingThreshold::Trust {
            needed: def.min_trust,
            current: trust,
        });
    }
    out
}

/// Recommends a starting depth.
pub fn recommend_depth(
    instrument: &DepthInstrument,
    timing_instrument: &TimingInstrument,
    answers: &Answers,
    readiness: &ReadinessReport,
    barriers: &BarrierReport,
    verdict: TimingVerdict,
) -> DepthReport {
    let index = readiness.index;
    let trust = readiness.dimension(TRUST_DIMENSION).and_then(|d| d.score);
    let deepest = DepthLevel::CollectiveImpact;
    let mut limits = vec![DepthLimit::Verdict {
        verdict,
        level: timing_instrument.verdict(verdict).deepest_level,
    }];
    if let Some(b) = barriers.blocking().next() {
        limits.push(DepthLimit::CriticalBarrier {
            barrier: b.barrier,
            level: instrument.critical_barrier_deepest_level,
        });
    }
    if let Some(level) = answers.ambition {
        limits.push(DepthLimit::Ambition { level });
    }
    limits.retain(|l| l.level() < deepest);
    crate::rank::sort_desc_by_key(&mut limits, |l| DepthLevel::ALL.len() - l.level() as usize);
    let cap = limits.first().map_or(deepest, DepthLimit::level);
    let recommended = DepthLevel::ALL
        .into_iter()
        .filter(|l| *l <= cap)
        .rfind(|l| missing(instrument.level(*l), index, trust).is_empty());
    let next_level = match recommended {
        Some(level) => level.deeper(),
        None => Some(DepthLevel::ResourceCoordination),
    };
    let next = next_level.map(|level| NextLevel {
        level,
        missing: missing(instrument.level(level), index, trust),
        limits: limits
            .iter()
            .filter(|l| l.level() < level && !matches!(l, DepthLimit::Ambition { .. }))
            .copied()
            .collect(),
        beyond_ambition: answers.ambition.is_some_and(|a| level > a),
    });
    DepthReport {
        recommended,
        ambition: answers.ambition,
        readiness_index: index,
        trust,
        limits,
        next,
    }
}

/// Locates the stage.
pub fn locate_stage(answers: &Answers) -> Option<StageReport> {
    answers.stage.map(|stage| StageReport {
        stage,
        next_stage: Stage::ALL.get(stage as usize + 1).copied(),
    })
}
