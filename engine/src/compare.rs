//! Comparing a result with an earlier one: the change per readiness area, in the overall
//! index, per barrier, and in the health check (per area, the overall health and the
//! recommendation).
//!
//! Both sides are scored from their answers with [`crate::evaluate`]; a side that has no
//! score (not enough answers, or a barrier not rated) shows no change rather than a made-up
//! one.

use crate::catalogue::{msg, number};
use crate::health::Recommendation;
use crate::instrument::{INSTRUMENTS, RiskLevel};
use crate::readiness::ReadinessReport;
use crate::report::Report;

/// One score before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreChange {
    /// A readiness dimension id, a barrier id, or `"index"` for the overall readiness.
    pub id: &'static str,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl ScoreChange {
    /// `after - before`, when both are known.
    pub fn delta(&self) -> Option<i16> {
        Some(i16::from(self.after?) - i16::from(self.before?))
    }

    /// The change in words: "up 12", "down 5", "no change", or "not comparable".
    pub fn describe(&self) -> String {
        match self.delta() {
            Some(0) => msg::COMPARE_NO_CHANGE.text().to_owned(),
            Some(d) if d > 0 => msg::COMPARE_UP.with(&[("points", &number(d))]),
            Some(d) => msg::COMPARE_DOWN.with(&[("points", &number(-d))]),
            None => msg::COMPARE_NOT_COMPARABLE.text().to_owned(),
        }
    }
}

/// The changes between an earlier report and the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The overall readiness index.
    pub index: ScoreChange,
    /// Each readiness dimension, in instrument order.
    pub dimensions: Vec<ScoreChange>,
    /// Each barrier's risk (0..=16), in instrument order. For risk, down is better.
    pub barriers: Vec<ScoreChange>,
    /// Barriers whose risk band got worse.
    pub worse_barriers: Vec<&'static str>,
    /// The overall partnership health (`"health"`); not comparable when either side has
    /// no health check.
    pub health_index: ScoreChange,
    /// Each health area, in instrument order.
    pub health_areas: Vec<ScoreChange>,
    /// The health recommendation before and after, when each side has one.
    pub recommendation: (Option<Recommendation>, Option<Recommendation>),
}

impl Comparison {
    /// Whether either side has anything of the health check to compare.
    pub fn has_health(&self) -> bool {
        let (before, now) = self.recommendation;
        before.is_some()
            || now.is_some()
            || self
                .health_areas
                .iter()
                .chain([&self.health_index])
                .any(|c| c.before.is_some() || c.after.is_some())
    }
}

/// The change of each area of `areas` (readiness dimensions or health areas) between two
/// sides, either of which may be missing.
fn area_changes(
    areas: &'static [crate::instrument::Dimension],
    earlier: Option<&ReadinessReport>,
    now: Option<&ReadinessReport>,
) -> Vec<ScoreChange> {
    let score = |r: Option<&ReadinessReport>, id: &str| r?.dimension(id)?.score;
    areas
        .iter()
        .map(|d| ScoreChange {
            id: d.id,
            before: score(earlier, d.id),
            after: score(now, d.id),
        })
        .collect()
}

/// Compares `earlier` with `now`.
pub fn compare(earlier: &Report, now: &Report) -> Comparison {
    let dimensions = area_changes(
        INSTRUMENTS.readiness.dimensions,
        Some(&earlier.readiness),
        Some(&now.readiness),
    );
    fn health(r: &Report) -> Option<&ReadinessReport> {
        r.health.as_ref().map(|h| &h.areas)
    }
    let level =
        |r: &Report, id: &str| -> Option<RiskLevel> { r.barriers.barrier(id).map(|b| b.level) };
    let mut worse_barriers = Vec::new();
    let barriers = INSTRUMENTS
        .barriers
        .barriers
        .iter()
        .map(|b| {
            if let (Some(was), Some(is)) = (level(earlier, b.id), level(now, b.id))
                && is > was
            {
                worse_barriers.push(b.id);
            }
            ScoreChange {
                id: b.id,
                before: earlier.barriers.barrier(b.id).map(|r| r.risk),
                after: now.barriers.barrier(b.id).map(|r| r.risk),
            }
        })
        .collect();
    Comparison {
        index: ScoreChange {
            id: "index",
            before: earlier.readiness.index,
            after: now.readiness.index,
        },
        dimensions,
        barriers,
        worse_barriers,
        health_index: ScoreChange {
            id: INSTRUMENTS.health.scored.meta.id,
            before: health(earlier).and_then(|h| h.index),
            after: health(now).and_then(|h| h.index),
        },
        health_areas: area_changes(
            INSTRUMENTS.health.scored.dimensions,
            health(earlier),
            health(now),
        ),
        recommendation: (
            earlier.health.as_ref().and_then(|h| h.recommendation),
            now.health.as_ref().and_then(|h| h.recommendation),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Answers, Rating, ReadinessAnswer, evaluate};

    fn all(value: u8) -> Answers {
        let mut a = Answers::default();
        for d in INSTRUMENTS.readiness.dimensions {
            for i in d.items {
                let v = if i.reverse { 4 - value } else { value };
                a.set_readiness(i.id, ReadinessAnswer::Scale(Rating::new(v).unwrap()));
            }
        }
        a
    }

    #[test]
    fn every_area_and_the_index_show_how_far_they_moved() {
        let mut before = all(2);
        before.set_barrier("barriers.turf", Rating::new(1), Rating::new(1));
        let mut after = all(3);
        after.set_barrier("barriers.turf", Rating::new(4), Rating::new(4));
        let c = compare(&evaluate(&before), &evaluate(&after));
        assert_eq!(c.index.before, Some(50));
        assert_eq!(c.index.after, Some(75));
        assert_eq!(c.index.describe(), "up 25");
        assert_eq!(c.dimensions.len(), INSTRUMENTS.readiness.dimensions.len());
        assert!(c.dimensions.iter().all(|d| d.delta() == Some(25)));
        let turf = c.barriers.iter().find(|b| b.id == "barriers.turf").unwrap();
        assert_eq!((turf.before, turf.after), (Some(1), Some(16)));
        assert_eq!(turf.describe(), "up 15");
        assert_eq!(c.worse_barriers, vec!["barriers.turf"]);
    }

    #[test]
    fn a_missing_score_on_either_side_is_not_compared() {
        let c = compare(&evaluate(&Answers::default()), &evaluate(&all(4)));
        assert_eq!(c.index.delta(), None);
        assert_eq!(c.index.describe(), "not comparable");
        let same = compare(&evaluate(&all(1)), &evaluate(&all(1)));
        assert_eq!(same.index.describe(), "no change");
        assert!(same.worse_barriers.is_empty());
    }

    #[test]
    fn the_health_check_is_compared_area_by_area() {
        let health = |value: u8| {
            let mut a = Answers::default();
            for d in INSTRUMENTS.health.scored.dimensions {
                for item in d.items {
                    let v = if item.reverse { 4 - value } else { value };
                    a.set_health(item.id, Rating::new(v).map(ReadinessAnswer::Scale));
                }
            }
            a
        };
        let earlier = evaluate(&health(1));
        let now = evaluate(&health(3));
        let c = compare(&earlier, &now);
        assert_eq!(
            c.health_areas.len(),
            INSTRUMENTS.health.scored.dimensions.len()
        );
        assert!(c.health_areas.iter().all(|a| a.delta() == Some(50)));
        assert_eq!(c.health_index.delta(), Some(50));
        assert_eq!(c.health_index.id, "health");
        // No balance answered: no recommendation on either side.
        assert_eq!(c.recommendation, (None, None));
        // A side without the health check is not comparable.
        let without = compare(&evaluate(&Answers::default()), &now);
        assert_eq!(without.health_index.delta(), None);
        assert!(without.health_areas.iter().all(|a| a.before.is_none()));
    }
}
