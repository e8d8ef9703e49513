//! Scoring instrument 2: risk = presence x harm, banded; ranked; blocking bands flagged.
//!
//! A barrier is rated when its presence is answered "Not present" (risk 0: the harm question
//! is not asked, because the harm of an absent problem is hypothetical), or when presence
//! and harm are both answered (risk = presence x harm). Rated barriers are
//! ranked by risk, then harm, then file order (harm breaks ties because a barrier that
//! would do great harm deserves attention before one that is merely common).

use crate::answers::{Answers, Rating};
use crate::instrument::{BarrierInstrument, RiskLevel};
use serde::Serialize;

/// The highest risk a barrier can have: fully present and able to end the partnership,
/// the top rating times the top rating (16).
pub const MAX_RISK: u8 = Rating::MAX * Rating::MAX;

/// The risk of one rated barrier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BarrierRisk {
    pub barrier: &'static str,
    /// 0..=4.
    pub presence: u8,
    /// 0..=4.
    pub harm: u8,
    /// `presence * harm`, 0..=16. The explanation is the two ratings above.
    pub risk: u8,
    pub level: RiskLevel,
    /// The band blocks an "act now" verdict.
    pub blocks_go: bool,
}

/// The scored barrier scan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BarrierReport {
    /// Rated barriers, highest risk first.
    pub ranked: Vec<BarrierRisk>,
    /// Barriers not rated yet (presence unanswered, or present with no harm), in file order.
    pub unrated: Vec<&'static str>,
}

impl BarrierReport {
    /// Barriers in a band that blocks "act now", highest risk first.
    pub fn blocking(&self) -> impl Iterator<Item = &BarrierRisk> {
        self.ranked.iter().filter(|r| r.blocks_go)
    }

    /// The risk of the barrier with this id, if rated.
    pub fn barrier(&self, id: &str) -> Option<&BarrierRisk> {
        self.ranked.iter().find(|r| r.barrier == id)
    }
}

/// Scores the barrier scan.
pub fn score_barriers(instrument: &'static BarrierInstrument, answers: &Answers) -> BarrierReport {
    let mut ranked = Vec::new();
    let mut unrated = Vec::new();
    for barrier in instrument.barriers {
        let answer = answers.barriers.get(barrier.id);
        let rated = answer.and_then(|a| match (a.presence, a.harm) {
            (Some(p), _) if p.get() == 0 => Some((0, 0)),
            (Some(p), Some(h)) => Some((p.get(), h.get())),
            _ => None,
        });
        match rated {
            Some((presence, harm)) => {
                let risk = presence * harm;
                let band = instrument.band_for(risk);
                ranked.push(BarrierRisk {
                    barrier: barrier.id,
                    presence,
                    harm,
                    risk,
                    level: band.level,
                    blocks_go: band.blocks_go,
                });
            }
            None => unrated.push(barrier.id),
        }
    }
    crate::rank::sort_desc_by_key(&mut ranked, |r| (r.risk, r.harm));
    BarrierReport { ranked, unrated }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::INSTRUMENTS;

    #[test]
    fn the_highest_risk_is_where_the_risk_bands_end() {
        assert_eq!(MAX_RISK, 16);
        let bands = &INSTRUMENTS.barriers.risk_bands;
        assert_eq!(bands.last().map(|b| b.max), Some(MAX_RISK));
    }

    #[test]
    fn a_barrier_rated_at_the_top_on_both_questions_has_the_highest_risk() {
        let mut answers = Answers::default();
        let top = Rating::new(Rating::MAX);
        answers.set_barrier("barriers.turf", top, top);
        let report = score_barriers(&INSTRUMENTS.barriers, &answers);
        assert_eq!(
            report.barrier("barriers.turf").map(|r| r.risk),
            Some(MAX_RISK)
        );
    }
}
