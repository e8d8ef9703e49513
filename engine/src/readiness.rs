//! Scoring instrument 1: dimension scores, bands, the overall index, knowledge gaps and
//! which answers moved each score.
//!
//! # Rules
//! - An answer `v` on the scale scores `v`, or `4 - v` for a reverse-coded item.
//! - "Not applicable" takes the item out of the dimension (out of the denominator).
//!   "Don't know" and no answer at all both count as unanswered.
//! - A dimension whose every item is "Not applicable" is *not applicable*.
//! - A dimension is scored only when at least `min_scored_items` (3) items are answered on
//!   the scale AND `answered * 100 >= min_answered_percent * items` (60% of ALL its items:
//!   3 of 5, 4 of 6, 3 of 4); otherwise it has *not enough answers*. "Not applicable" never
//!   shrinks the share, so it can never carry an area (4 "Not applicable" and 1 answer is
//!   not a score).
//! - Score = mean of the scored values scaled to 0..=100, rounded half up, in integers:
//!   `(200 * sum + 4n) / (8n)` for `n` answered items.
//! - Band: the file's band whose `min..=max` holds the score.
//! - The overall index is the weighted mean of the (already rounded) scores of scored
//!   dimensions, rounded half up: `(2 * Σ w·s + Σ w) / (2 * Σ w)`, reported with how many
//!   dimensions it rests on. No scored dimension: no index.
//! - Knowledge gap: `dont_know * 100 >= knowledge_gap_percent * applicable`, with at least
//!   one "Don't know".
//! - Explanation: every scored answer has an *effect* `25 * value - 50`, its distance in
//!   points from the neutral midpoint (50). The score is exactly 50 plus the mean effect
//!   (before rounding), so the answers with the largest effect moved it most. Drivers are
//!   listed by absolute effect, largest first, ties in file order. For the index, a
//!   dimension's effect is `score - 50`, ranked by `weight * |effect|`.

use crate::answers::{Answers, IdMap, ReadinessAnswer};
use crate::instrument::{Dimension, ReadinessBand, ReadinessInstrument};
use serde::Serialize;

/// Whether a dimension could be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DimensionStatus {
    /// Enough answers: `score` and `band` are set.
    Scored,
    /// Fewer than the minimum share of applicable items answered.
    NotEnoughAnswers,
    /// Every item was answered "Not applicable".
    NotApplicable,
}

/// One answered item and how it moved its dimension's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ItemDriver {
    pub item: &'static str,
    /// The answer as given, 0..=4.
    pub answer: u8,
    /// The value scored, after reverse coding.
    pub value: u8,
    pub reversed: bool,
    /// `25 * value - 50`: points above (positive) or below (negative) the midpoint.
    pub effect: i8,
}

/// The score of one readiness dimension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ReadinessScore {
    pub dimension: &'static str,
    pub status: DimensionStatus,
    /// 0..=100, only when scored.
    pub score: Option<u8>,
    pub band: Option<ReadinessBand>,
    pub weight: u32,
    /// Items in the dimension.
    pub items: u32,
    /// Items not answered "Not applicable".
    pub applicable: u32,
    /// Items answered on the scale.
    pub answered: u32,
    pub dont_know: u32,
    /// "Don't know" share of applicable items, 0..=100, rounded half up.
    pub dont_know_percent: u8,
    /// The "Don't know" share reached the knowledge-gap threshold.
    pub knowledge_gap: bool,
    /// Answered items, the ones that moved the score most first.
    pub drivers: Vec<ItemDriver>,
}

impl ReadinessScore {
    /// Items that scored 0 or 1 after reverse coding: their actions are worth taking.
    pub fn low_items(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.drivers.iter().filter(|d| d.value <= 1).map(|d| d.item)
    }
}

/// How one dimension moved the overall index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DimensionDriver {
    pub dimension: &'static str,
    pub weight: u32,
    pub score: u8,
    /// `score - 50`.
    pub effect: i8,
}

/// The scored readiness instrument.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ReadinessReport {
    /// In instrument order.
    pub dimensions: Vec<ReadinessScore>,
    /// The overall readiness index, 0..=100, when at least one dimension is scored.
    pub index: Option<u8>,
    pub band: Option<ReadinessBand>,
    /// How many dimensions the index rests on.
    pub valid_dimensions: u32,
    pub total_dimensions: u32,
    /// Scored dimensions, the ones that moved the index most first.
    pub drivers: Vec<DimensionDriver>,
}

impl ReadinessReport {
    /// The score of the dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&ReadinessScore> {
        self.dimensions.iter().find(|d| d.dimension == id)
    }

    /// The areas scored in `band`, in instrument order: the strengths, or the concerns.
    /// An area without a score is in no band.
    pub fn in_band(&self, band: ReadinessBand) -> impl Iterator<Item = &ReadinessScore> {
        self.dimensions.iter().filter(move |d| d.band == Some(band))
    }

    /// The areas where so many answers were "Don't know" that the gap in knowledge is worth
    /// naming, in instrument order.
    pub fn knowledge_gaps(&self) -> impl Iterator<Item = &ReadinessScore> {
        self.dimensions.iter().filter(|d| d.knowledge_gap)
    }
}

/// The top of the 0..=100 scale every area score and the overall index are on.
pub const MAX_SCORE: u8 = 100;

/// `num / den` rounded half up; `den` must not be zero (callers guarantee it).
pub(crate) fn div_round_half_up(num: u64, den: u64) -> u64 {
    (2 * num + den) / (2 * den).max(1)
}

/// Scores one dimension.
pub fn score_dimension(
    instrument: &ReadinessInstrument,
    dimension: &'static Dimension,
    answers: &Answers,
) -> ReadinessScore {
    score_area(instrument, dimension, &answers.readiness)
}

/// Scores one area of any instrument shaped like readiness (readiness itself, or
/// partnership health), from its answers by item id.
pub fn score_area(
    instrument: &ReadinessInstrument,
    dimension: &'static Dimension,
    answers: &IdMap<ReadinessAnswer>,
) -> ReadinessScore {
    let mut applicable = 0u32;
    let mut answered = 0u32;
    let mut dont_know = 0u32;
    let mut sum = 0u64;
    let mut drivers = Vec::new();
    for item in dimension.items {
        match answers.get(item.id) {
            Some(ReadinessAnswer::NotApplicable) => continue,
            Some(ReadinessAnswer::DontKnow) => dont_know += 1,
            Some(ReadinessAnswer::Scale(rating)) => {
                let answer = rating.get();
                let value = if item.reverse { 4 - answer } else { answer };
                answered += 1;
                sum += u64::from(value);
                drivers.push(ItemDriver {
                    item: item.id,
                    answer,
                    value,
                    reversed: item.reverse,
                    // value <= 4, so this is within -50..=50.
                    effect: (25 * value as i16 - 50) as i8,
                });
            }
            None => {}
        }
        applicable += 1;
    }
    // Stable sort keeps file order among equal effects.
    crate::rank::sort_desc_by_key(&mut drivers, |d| d.effect.unsigned_abs());

    let min_percent = u64::from(instrument.min_answered_percent);
    let items = dimension.items.len() as u64;
    let floor = u32::from(instrument.min_scored_items.max(1));
    let (status, score) = if applicable == 0 {
        (DimensionStatus::NotApplicable, None)
    } else if answered < floor || u64::from(answered) * 100 < min_percent * items {
        (DimensionStatus::NotEnoughAnswers, None)
    } else {
        let n = u64::from(answered);
        let score = div_round_half_up(100 * sum, 4 * n).min(100) as u8;
        (DimensionStatus::Scored, Some(score))
    };
    if status != DimensionStatus::Scored {
        drivers.clear();
    }
    let gap_percent = u64::from(instrument.knowledge_gap_percent);
    ReadinessScore {
        dimension: dimension.id,
        status,
        score,
        band: score.map(|s| instrument.band_for(s)),
        weight: dimension.weight,
        items: dimension.items.len() as u32,
        applicable,
        answered,
        dont_know,
        dont_know_percent: if applicable == 0 {
            0
        } else {
            div_round_half_up(100 * u64::from(dont_know), u64::from(applicable)) as u8
        },
        knowledge_gap: dont_know > 0
            && u64::from(dont_know) * 100 >= gap_percent * u64::from(applicable),
        drivers,
    }
}

/// Scores every dimension and the overall index.
pub fn score_readiness(
    instrument: &'static ReadinessInstrument,
    answers: &Answers,
) -> ReadinessReport {
    score_areas(instrument, &answers.readiness)
}

/// Scores every area and the overall index of any instrument shaped like readiness, with
/// the same rules (partnership health is scored here too).
pub fn score_areas(
    instrument: &'static ReadinessInstrument,
    answers: &IdMap<ReadinessAnswer>,
) -> ReadinessReport {
    let dimensions: Vec<ReadinessScore> = instrument
        .dimensions
        .iter()
        .map(|d| score_area(instrument, d, answers))
        .collect();
    let mut weighted = 0u64;
    let mut weights = 0u64;
    let mut drivers = Vec::new();
    for d in &dimensions {
        if let Some(score) = d.score {
            weighted += u64::from(d.weight) * u64::from(score);
            weights += u64::from(d.weight);
            drivers.push(DimensionDriver {
                dimension: d.dimension,
                weight: d.weight,
                score,
                effect: (i16::from(score) - 50) as i8,
            });
        }
    }
    crate::rank::sort_desc_by_key(&mut drivers, |d| {
        u64::from(d.weight) * u64::from(d.effect.unsigned_abs())
    });
    let index = (weights > 0).then(|| div_round_half_up(weighted, weights).min(100) as u8);
    ReadinessReport {
        valid_dimensions: drivers.len() as u32,
        total_dimensions: dimensions.len() as u32,
        dimensions,
        index,
        band: index.map(|i| instrument.band_for(i)),
        drivers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{INSTRUMENTS, Rating};

    /// Every statement of the first area answered `value` (reverse-coded ones mirrored, so
    /// the area scores `value` on the scale).
    fn answers(value: u8) -> Answers {
        let mut answers = Answers::default();
        for item in INSTRUMENTS.readiness.dimensions[0].items {
            let v = if item.reverse { 4 - value } else { value };
            if let Some(r) = Rating::new(v) {
                answers.set_readiness(item.id, ReadinessAnswer::Scale(r));
            }
        }
        answers
    }

    #[test]
    fn full_agreement_reaches_the_top_of_the_scale() {
        let report = score_readiness(&INSTRUMENTS.readiness, &answers(Rating::MAX));
        assert_eq!(report.dimensions[0].score, Some(MAX_SCORE));
        assert_eq!(report.index, Some(MAX_SCORE));
        assert_eq!(INSTRUMENTS.readiness.bands[2].max, MAX_SCORE);
    }

    #[test]
    fn only_scored_areas_are_in_a_band() {
        let report = score_readiness(&INSTRUMENTS.readiness, &answers(Rating::MAX));
        let first = INSTRUMENTS.readiness.dimensions[0].id;
        let strengths: Vec<_> = report
            .in_band(ReadinessBand::Strength)
            .map(|d| d.dimension)
            .collect();
        assert_eq!(strengths, [first]);
        assert_eq!(report.in_band(ReadinessBand::Concern).count(), 0);
        let report = score_readiness(&INSTRUMENTS.readiness, &answers(0));
        assert_eq!(report.in_band(ReadinessBand::Strength).count(), 0);
        assert_eq!(report.in_band(ReadinessBand::Concern).count(), 1);
    }

    #[test]
    fn an_area_answered_mostly_dont_know_is_a_knowledge_gap() {
        let mut answers = answers(2);
        let second = &INSTRUMENTS.readiness.dimensions[1];
        for item in second.items {
            answers.set_readiness(item.id, ReadinessAnswer::DontKnow);
        }
        let report = score_readiness(&INSTRUMENTS.readiness, &answers);
        let gaps: Vec<_> = report.knowledge_gaps().map(|d| d.dimension).collect();
        assert_eq!(gaps, [second.id]);
    }
}
