//! Scoring instrument 3: the four-way timing verdict with its reasons.
//!
//! # Rules (from `instruments/FORMAT.md`)
//! - Timing is *strong* when at least `strong_triggers_needed` triggers are answered at or
//!   above `strong_trigger_min`.
//! - Preconditions are *met* when every precondition is answered at or above
//!   `precondition_met_min` ("Don't know" or no answer is not met: a foundation nobody can
//!   vouch for is not a foundation), the readiness index rests on at least
//!   `readiness_areas_min` areas and is at least `readiness_index_min` (an index resting on
//!   fewer areas, or none, is not evidence and counts as not met), the barrier scan is
//!   answered (every barrier rated), and no barrier is in a band that blocks "act now".
//! - Strong and met: act now. Strong, not met: start small. Weak, met: invest in
//!   relationships. Weak, not met: not yet.
//! - A warning sign answered at or above `warning_cap_min` caps "act now" at "start small",
//!   and is listed as a reason.
//! - Warning signs answered at or above `warning_present_min` are listed beside the
//!   verdict, as are blocking barriers.

use crate::answers::Answers;
use crate::barriers::BarrierReport;
use crate::instrument::{TimingInstrument, TimingVerdict};
use crate::readiness::ReadinessReport;
use serde::Serialize;

/// One reason behind a timing verdict: an answer or a score and what it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TimingReason {
    /// A trigger answered at or above the strong threshold.
    StrongTrigger { item: &'static str, value: u8 },
    /// Fewer strong triggers than needed: the timing is weak.
    TooFewStrongTriggers { strong: u32, needed: u32 },
    /// A precondition answered at or above the threshold.
    PreconditionMet { item: &'static str, value: u8 },
    /// A precondition answered below the threshold.
    PreconditionNotMet { item: &'static str, value: u8 },
    /// A precondition answered "Don't know" or not answered: counts as not met.
    PreconditionUnknown { item: &'static str },
    /// The readiness index reaches the minimum.
    ReadinessIndexMet { index: u8, min: u8 },
    /// The readiness index is below the minimum.
    ReadinessIndexLow { index: u8, min: u8 },
    /// The readiness index rests on fewer areas than the verdict needs (`valid` of
    /// `total`, `needed` required): not enough is known to say the foundations are there.
    ReadinessEvidenceThin { valid: u32, total: u32, needed: u32 },
    /// Barriers not rated yet: "no critical barrier" cannot be vouched for.
    BarrierScanIncomplete { unrated: u32, total: u32 },
    /// A block on "act now" from a warning sign answered at or above the cap.
    WarningSignCaps { warning: &'static str, value: u8 },
    /// A barrier in a band that blocks "act now".
    BlockingBarrier { barrier: &'static str, risk: u8 },
}

impl TimingReason {
    /// Whether this reason holds the verdict back (weak timing or an unmet precondition).
    pub fn is_obstacle(&self) -> bool {
        matches!(
            self,
            Self::TooFewStrongTriggers { .. }
                | Self::PreconditionNotMet { .. }
                | Self::PreconditionUnknown { .. }
                | Self::ReadinessIndexLow { .. }
                | Self::ReadinessEvidenceThin { .. }
                | Self::BarrierScanIncomplete { .. }
                | Self::WarningSignCaps { .. }
                | Self::BlockingBarrier { .. }
        )
    }
}

/// A warning sign the respondent sees now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WarningFinding {
    pub warning: &'static str,
    pub value: u8,
}

/// The timing verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TimingReport {
    pub verdict: TimingVerdict,
    pub strong_timing: bool,
    pub preconditions_met: bool,
    /// Triggers first, then preconditions, the readiness index and blocking barriers.
    pub reasons: Vec<TimingReason>,
    /// Present warning signs, strongest first.
    pub warnings: Vec<WarningFinding>,
    /// Barriers that block "act now", highest risk first.
    pub blocking_barriers: Vec<&'static str>,
}

/// Decides the timing verdict.
pub fn decide_timing(
    instrument: &'static TimingInstrument,
    answers: &Answers,
    readiness: &ReadinessReport,
    barriers: &BarrierReport,
) -> TimingReport {
    let rules = &instrument.rules;
    let rating = |id: &str| {
        answers
            .timing
            .get(id)
            .and_then(|a| a.rating())
            .map(|r| r.get())
    };
    let mut reasons = Vec::new();

    let mut strong = 0u32;
    for trigger in instrument.triggers {
        if let Some(value) = rating(trigger.id).filter(|v| *v >= rules.strong_trigger_min) {
            strong += 1;
            reasons.push(TimingReason::StrongTrigger {
                item: trigger.id,
                value,
            });
        }
    }
    let strong_timing = strong >= rules.strong_triggers_needed;
    if !strong_timing {
        reasons.push(TimingReason::TooFewStrongTriggers {
            strong,
            needed: rules.strong_triggers_needed,
        });
    }

    let mut met = true;
    for pre in instrument.preconditions {
        let reason = match rating(pre.id) {
            Some(value) if value >= rules.precondition_met_min => TimingReason::PreconditionMet {
                item: pre.id,
                value,
            },
            Some(value) => TimingReason::PreconditionNotMet {
                item: pre.id,
                value,
            },
            None => TimingReason::PreconditionUnknown { item: pre.id },
        };
        met &= !reason.is_obstacle();
        reasons.push(reason);
    }
    let min = rules.readiness_index_min;
    let needed = rules.readiness_areas_min.min(readiness.total_dimensions);
    match readiness.index {
        Some(index) if index < min => {
            met = false;
            reasons.push(TimingReason::ReadinessIndexLow { index, min });
        }
        Some(index) if readiness.valid_dimensions >= needed => {
            reasons.push(TimingReason::ReadinessIndexMet { index, min });
        }
        _ => {
            met = false;
            reasons.push(TimingReason::ReadinessEvidenceThin {
                valid: readiness.valid_dimensions,
                total: readiness.total_dimensions,
                needed,
            });
        }
    }
    if !barriers.unrated.is_empty() {
        met = false;
        reasons.push(TimingReason::BarrierScanIncomplete {
            unrated: barriers.unrated.len() as u32,
            total: (barriers.unrated.len() + barriers.ranked.len()) as u32,
        });
    }
    let blocking_barriers: Vec<&'static str> = barriers.blocking().map(|b| b.barrier).collect();
    for b in barriers.blocking() {
        met = false;
        reasons.push(TimingReason::BlockingBarrier {
            barrier: b.barrier,
            risk: b.risk,
        });
    }

    let mut warnings: Vec<WarningFinding> = instrument
        .warnings
        .iter()
        .filter_map(|w| {
            rating(w.id)
                .filter(|v| *v >= rules.warning_present_min)
                .map(|value| WarningFinding {
                    warning: w.id,
                    value,
                })
        })
        .collect();
    crate::rank::sort_desc_by_key(&mut warnings, |w| w.value);

    let capping: Vec<WarningFinding> = warnings
        .iter()
        .filter(|w| w.value >= rules.warning_cap_min)
        .copied()
        .collect();
    let verdict = match (strong_timing, met) {
        (true, true) if !capping.is_empty() => {
            reasons.extend(capping.iter().map(|w| TimingReason::WarningSignCaps {
                warning: w.warning,
                value: w.value,
            }));
            TimingVerdict::StartSmall
        }
        (true, true) => TimingVerdict::ActNow,
        (true, false) => TimingVerdict::StartSmall,
        (false, true) => TimingVerdict::InvestInRelationships,
        (false, false) => TimingVerdict::NotYet,
    };
    TimingReport {
        verdict,
        strong_timing,
        preconditions_met: met,
        reasons,
        warnings,
        blocking_barriers,
    }
}
