//! What the engine concludes from one set of answers ([`Report`]), and [`evaluate`], which
//! scores them: readiness, barriers, timing, depth, stage and the action plan, each from
//! its own module.

use crate::answers::Answers;
use crate::barriers::{self, BarrierReport};
use crate::depth::{self, DepthReport, StageReport};
use crate::health::{self, HealthReport};
use crate::instrument::{INSTRUMENTS, Instruments};
use crate::partners::{PartnerMap, Portfolio};
use crate::plan::{self, PartnerContext, PlanStep};
use crate::readiness::{self, ReadinessReport};
use crate::timing::{self, TimingReport};
use serde::Serialize;

/// Everything the engine concludes from one set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub readiness: ReadinessReport,
    pub barriers: BarrierReport,
    pub timing: TimingReport,
    pub depth: DepthReport,
    /// The stage the respondent is at, when answered.
    pub stage: Option<StageReport>,
    /// At most [`plan::ACTION_PLAN_LEN`] steps, most valuable first. With a health
    /// recommendation, the stage's fixed step gives way to the health plan's first step,
    /// and when the health check is the main thing answered ([`health::is_main`])
    /// the plan is the health plan.
    pub action_plan: Vec<PlanStep>,
    /// The health check of a partnership already running: present when any of it is
    /// answered or the stage is "doing the work" or "looking back".
    pub health: Option<HealthReport>,
}

/// What the results show under the stage the respondent is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageSteps<'r> {
    /// The health plan ([`Report::health_plan`]) instead of the stage's fixed steps.
    Health(&'r [PlanStep]),
    /// A running partnership without a health recommendation yet: the health check is
    /// proposed instead of the stage's fixed steps.
    OfferHealth,
    /// The stage's fixed next steps.
    Fixed,
}

impl Report {
    /// What to show under the stage: see [`StageSteps`].
    pub fn stage_steps(&self) -> StageSteps<'_> {
        match (self.health_plan(), self.stage) {
            (Some(plan), _) => StageSteps::Health(plan),
            (None, Some(s)) if s.stage.is_running() => StageSteps::OfferHealth,
            _ => StageSteps::Fixed,
        }
    }

    /// The steps to show for the stage the respondent is at: the health plan when the
    /// health check gave a recommendation (a partnership already running), instead of the
    /// stage's fixed next steps (`None`: show those).
    pub fn health_plan(&self) -> Option<&[PlanStep]> {
        self.health
            .as_ref()
            .map(|h| h.plan.as_slice())
            .filter(|p| !p.is_empty())
    }
}

/// Scores `answers` against the built-in [`INSTRUMENTS`].
pub fn evaluate(answers: &Answers) -> Report {
    evaluate_with(&INSTRUMENTS, answers)
}

/// Scores `answers` against any instruments (tests use small hand-made ones). The plan
/// draws on the answers only; [`evaluate_with_partners`] adds the partner map's steps.
pub fn evaluate_with(instruments: &'static Instruments, answers: &Answers) -> Report {
    evaluate_in(instruments, answers, None)
}

/// [`evaluate`] with the partner map, whose portfolio the caller has worked out once
/// (`partners::analyse`): the plan can then name whom to talk to first and the needs
/// nobody brings.
pub fn evaluate_with_partners(
    instruments: &'static Instruments,
    answers: &Answers,
    map: &PartnerMap,
    portfolio: &Portfolio,
) -> Report {
    evaluate_in(
        instruments,
        answers,
        Some(PartnerContext { map, portfolio }),
    )
}

// One copy in the wasm for its two callers (the scorers are too big to inline twice).
#[inline(never)]
fn evaluate_in(
    instruments: &'static Instruments,
    answers: &Answers,
    partners: Option<PartnerContext<'_>>,
) -> Report {
    let readiness = readiness::score_readiness(&instruments.readiness, answers);
    let barriers = barriers::score_barriers(&instruments.barriers, answers);
    let timing = timing::decide_timing(&instruments.timing, answers, &readiness, &barriers);
    let depth = depth::recommend_depth(
        &instruments.depth,
        &instruments.timing,
        answers,
        &readiness,
        &barriers,
        timing.verdict,
    );
    let mut action_plan = plan::plan_actions(
        instruments,
        answers,
        &readiness,
        &barriers,
        &timing,
        partners,
    );
    let running = answers.stage.is_some_and(crate::Stage::is_running);
    let health = health::check_health(&instruments.health, answers);
    let health = (running || health.answered()).then_some(health);
    // The stage's fixed step gives way to the health plan's most specific step.
    if let Some(first) = health.as_ref().and_then(|h| {
        h.plan
            .iter()
            .find(|s| s.kind == plan::PlanStepKind::HealthArea)
            .or(h.plan.first())
    }) {
        for step in &mut action_plan {
            if step.kind == plan::PlanStepKind::Stage {
                *step = first.clone();
            }
        }
    }
    let mut report = Report {
        stage: depth::locate_stage(answers),
        readiness,
        barriers,
        timing,
        depth,
        action_plan,
        health,
    };
    if health::is_main(answers)
        && let Some(h) = &report.health
        && !h.plan.is_empty()
    {
        report.action_plan = h.plan.clone();
    }
    report
}
