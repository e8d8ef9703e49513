//! The top of the results: what a board member reads in one minute. Which risks and which
//! next steps it names is decided here, so the screen and its tests agree. When the health
//! check is the main thing answered ([`health_first`]), the top leads with its
//! recommendation, and the first steps ([`first_steps`]) are its plan's.

use crate::answers::Answers;
use crate::barriers::BarrierRisk;
use crate::health::HealthReport;
use crate::instrument::RiskLevel;
use crate::plan::PlanStep;
use crate::report::Report;

/// How many barriers the summary names at most.
pub const TOP_RISKS: usize = 3;

/// How many next steps the summary lists at most.
pub const FIRST_STEPS: usize = 3;

/// From this viewport width (CSS pixels) up, the detailed results start open; below it
/// they start folded, so a phone shows the summary and one line per section.
pub const WIDE_FROM_PX: f64 = 768.0;

/// The highest risks worth a board's attention: rated barriers above "low", highest
/// first, at most [`TOP_RISKS`].
pub fn top_risks(report: &Report) -> Vec<&BarrierRisk> {
    report
        .barriers
        .ranked
        .iter()
        .filter(|r| r.level != RiskLevel::Low)
        .take(TOP_RISKS)
        .collect()
}

/// The first next steps, in the plan's order (most valuable first), at most
/// [`FIRST_STEPS`]; steps without text are skipped.
pub fn first_steps(report: &Report) -> Vec<&PlanStep> {
    report
        .action_plan
        .iter()
        .filter(|s| s.text.is_some())
        .take(FIRST_STEPS)
        .collect()
}

/// The health check, when the top of the results leads with it: it is the main thing
/// answered ([`crate::health::is_main`]: answered alone, as from "Our partnership is
/// already running"). Otherwise the top leads with readiness and timing, and the health
/// check (if any) is a section of the details.
pub fn health_first<'r>(report: &'r Report, answers: &Answers) -> Option<&'r HealthReport> {
    report
        .health
        .as_ref()
        .filter(|_| crate::health::is_main(answers))
}

/// Whether the detailed sections start open on a viewport `width` CSS pixels wide.
pub fn details_open(width: f64) -> bool {
    width >= WIDE_FROM_PX
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answers, Rating};
    use crate::instrument::INSTRUMENTS;
    use crate::report::evaluate;

    fn rating(n: u8) -> Rating {
        Rating::new(n).unwrap_or_else(|| panic!("a rating within 0..=4"))
    }

    #[test]
    fn top_risks_skip_low_ones_and_keep_the_ranking() {
        let mut a = Answers::default();
        for (i, b) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
            // Two barriers at the top of the scale, the rest low.
            let n = if i < 2 { 4 } else { 1 };
            a.set_barrier(b.id, Some(rating(n)), Some(rating(n)));
        }
        let report = evaluate(&a);
        let top = top_risks(&report);
        assert_eq!(top.len(), 2, "only the two above low");
        assert!(top.iter().all(|r| r.level != RiskLevel::Low));
        assert_eq!(top[0], &report.barriers.ranked[0]);

        let mut all_high = Answers::default();
        for b in INSTRUMENTS.barriers.barriers {
            all_high.set_barrier(b.id, Some(rating(4)), Some(rating(4)));
        }
        let report = evaluate(&all_high);
        assert_eq!(top_risks(&report).len(), TOP_RISKS, "never more than three");
        assert!(top_risks(&evaluate(&Answers::default())).is_empty());
    }

    #[test]
    fn first_steps_are_the_start_of_the_plan() {
        let report = evaluate(&Answers::default());
        let steps = first_steps(&report);
        assert!(steps.len() <= FIRST_STEPS);
        let expected: Vec<&PlanStep> = report.action_plan.iter().take(steps.len()).collect();
        assert_eq!(steps, expected);
    }

    #[test]
    fn details_start_open_only_on_wide_screens() {
        assert!(!details_open(320.0));
        assert!(!details_open(375.0));
        assert!(details_open(1280.0));
    }

    #[test]
    fn the_health_check_leads_only_when_it_is_answered_alone() {
        let mut a = Answers::default();
        assert!(health_first(&evaluate(&a), &a).is_none());
        let first = INSTRUMENTS.health.scored.dimensions[0].items[0].id;
        a.set_health(first, crate::ReadinessAnswer::Scale(rating(3)));
        assert!(health_first(&evaluate(&a), &a).is_some());
        a.set_barrier("barriers.turf", Some(rating(1)), None);
        assert!(health_first(&evaluate(&a), &a).is_none());
    }
}
