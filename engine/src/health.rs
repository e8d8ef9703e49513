//! Scoring instrument 6, partnership health: the areas (scored by readiness's own code,
//! with its validity and band rules), the balance of what the partnership gives and what it
//! costs, the imbalance-of-work warning, the recommendation with its reasons and its plan.
//!
//! # Areas
//! Exactly readiness's rules ([`crate::readiness`]): an area is scored when at least
//! `min_scored_items` statements and `min_answered_percent` of all its statements are
//! answered on the scale; the overall health index is the weighted mean of scored areas;
//! bands are the file's (the readiness cut points, 75 and 50); a high "Don't know" share
//! is a knowledge gap.
//!
//! # Balance
//! Both questions answered on the amount scale (0 "very little" ..= 4 "a great deal"):
//! benefits above costs by at least [`BALANCE_STEP`] outweigh them, costs above benefits by
//! as much outweigh the benefits, anything closer is about even. Either question missing
//! or "Don't know": not enough answers.
//!
//! # Imbalance of work
//! The statements in [`IMBALANCE_ITEMS`] say whether the work is split as agreed; one
//! scoring 0 or 1 after reverse coding (the cut readiness's plan uses for a weak answer)
//! raises the warning. It stands beside the recommendation whatever the recommendation.
//!
//! # Recommendation (the decision rule, first match wins)
//! 0. **Not enough answers** (no recommendation, and [`HealthReport::missing`] says what
//!    to answer) when fewer than [`min_areas`] areas are scored, or the balance is not
//!    answered. Reason: a verdict on the whole partnership needs most of it seen
//!    (two thirds of the areas, rounded up: 4 of 6), and whether to keep a partnership
//!    cannot be judged without what it costs.
//! 1. **Wind down well** when costs outweigh benefits AND the partnership is not getting
//!    results: the "results together" area or the overall index is under strain (the
//!    concern band). Reason: both halves of the case for a partnership have failed (it
//!    is not worth what it costs, and it is not doing what only a partnership can); ending
//!    well then serves the people served better than a slow fade. Costs outweighing alone
//!    is not enough: a partnership that works but costs too much can be renegotiated.
//! 2. **Repair** when costs outweigh benefits, or any area is under strain. Reason: one
//!    part that is clearly failing (an area below 50, or a deal that costs more than it
//!    gives) is worth fixing before anything else, and is fixable while results hold.
//! 3. **Deepen** when benefits outweigh costs AND the overall index is healthy (the
//!    strength band, 75+) AND "results together" is healthy AND the work is not out of
//!    balance. Reason: asking more of a partnership is only safe when it already pays
//!    back, works across the board, proves its added value and does not rest on one
//!    partner carrying the others (a deeper commitment would make that worse).
//! 4. **Keep steady** otherwise: no area under strain, costs not above benefits, but not
//!    every condition for deepening is met (the reasons name which).
//!
//! So a recommendation never contradicts the bands or the balance: "deepen" has no area
//! under strain and benefits outweighing costs; "keep steady" has no area under strain and
//! costs not outweighing; "repair" and "wind down well" always rest on an area under
//! strain or costs outweighing. `tests/health_properties.rs` holds it over generated
//! answers.
//!
//! # Plan
//! Three to five steps ([`PLAN_MIN`]..=[`PLAN_MAX`]): the recommendation's first step
//! (repairing with no area under strain: a step about the costs);
//! then (except when winding down, where repairs would contradict the advice) the actions
//! of the weakest statements, those scoring 0 or 1 after reverse coding, the imbalance
//! statements first, then the lowest value, ties in file order, at most three; or, with
//! none that low, the action of the lowest-scored area; winding down has its own middle
//! step instead (write down what was learned); and last the recommendation's closing step.

use crate::answers::{Answers, ReadinessAnswer, TimingAnswer};
use crate::catalogue::msg;
use crate::instrument::{HealthInstrument, ReadinessBand};
use crate::plan::{Link, LinkKind, PlanStep, PlanStepKind};
use crate::readiness::{self, DimensionStatus, ReadinessReport, ReadinessScore};
use crate::text::Text;
use serde::Serialize;

/// How many amount steps one side must be above the other to outweigh it. One step is the
/// smallest difference a respondent can express on a five-step scale; calling it "about
/// even" would hide a lean the respondent chose to show.
pub const BALANCE_STEP: u8 = 1;

/// The statements that say whether the work is split fairly: the work is shared as agreed
/// (agreeing is good), and one partner carries much more than its share (reverse-coded).
pub const IMBALANCE_ITEMS: [&str; 2] = [
    "health.fairness.work-split",
    "health.fairness.carrying-more",
];

/// The area whose health says whether the partnership achieves more than each partner
/// alone: "deepen" needs it healthy, "wind down well" looks at it.
pub const RESULTS_AREA: &str = "results";

/// The fewest plan steps.
pub const PLAN_MIN: usize = 3;
/// The most plan steps.
pub const PLAN_MAX: usize = 5;

/// The fewest scored areas a recommendation rests on: two thirds of the areas, rounded up
/// (4 of 6). Fewer, and one unseen area could change the verdict.
pub fn min_areas(instrument: &HealthInstrument) -> u32 {
    let total = instrument.scored.dimensions.len() as u32;
    (2 * total).div_ceil(3).max(1)
}

/// What the partnership gives against what it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum BalanceOutcome {
    BenefitsOutweigh,
    AboutEven,
    CostsOutweigh,
    /// A question unanswered or answered "Don't know".
    NotEnoughAnswers,
}

impl BalanceOutcome {
    /// The id in the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::BenefitsOutweigh => "benefits-outweigh",
            Self::AboutEven => "about-even",
            Self::CostsOutweigh => "costs-outweigh",
            Self::NotEnoughAnswers => "not-enough-answers",
        }
    }
}

/// The two balance answers and what they add up to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BalanceReport {
    /// What the partnership gives, 0..=4, when answered on the scale.
    pub benefits: Option<u8>,
    /// What it costs, 0..=4, when answered on the scale.
    pub costs: Option<u8>,
    pub outcome: BalanceOutcome,
}

/// What to do with the partnership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Recommendation {
    Deepen,
    KeepSteady,
    Repair,
    WindDown,
}

impl Recommendation {
    /// Every recommendation, in the order of the rule's hopes (deepen first).
    pub const ALL: [Recommendation; 4] = [
        Recommendation::Deepen,
        Recommendation::KeepSteady,
        Recommendation::Repair,
        Recommendation::WindDown,
    ];

    /// The id in the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::Deepen => "deepen",
            Self::KeepSteady => "keep-steady",
            Self::Repair => "repair",
            Self::WindDown => "wind-down",
        }
    }
}

/// What one reason for the recommendation says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum HealthReasonKind {
    CostsOutweigh,
    BenefitsOutweigh,
    AboutEven,
    /// `area` is in the concern band.
    AreaUnderStrain,
    /// The results area is in the strength band.
    ResultsHealthy,
    /// The results area is scored below the strength band.
    ResultsNotHealthy,
    /// The overall index (`score`), in or out of the strength band.
    Overall,
    /// No scored area is in the concern band.
    NoAreaUnderStrain,
    /// The work is out of balance.
    Imbalance,
}

impl HealthReasonKind {
    /// The id in the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::CostsOutweigh => "costs-outweigh",
            Self::BenefitsOutweigh => "benefits-outweigh",
            Self::AboutEven => "about-even",
            Self::AreaUnderStrain => "area-under-strain",
            Self::ResultsHealthy => "results-healthy",
            Self::ResultsNotHealthy => "results-not-healthy",
            Self::Overall => "overall",
            Self::NoAreaUnderStrain => "no-area-under-strain",
            Self::Imbalance => "imbalance",
        }
    }
}

/// One reason for the recommendation, with the answers it rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HealthReason {
    pub kind: HealthReasonKind,
    /// The area the reason is about, if one.
    pub area: Option<&'static str>,
    /// The area's score or the overall index, when the reason names one.
    pub score: Option<u8>,
    /// The answered questions the reason rests on (statements or balance questions).
    pub items: Vec<&'static str>,
}

/// Something to answer before a recommendation can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum HealthMissing {
    /// `more` statements of `area` still to answer on the scale for it to be scored.
    Area { area: &'static str, more: u32 },
    /// One or both balance questions.
    Balance,
}

/// The health check's results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HealthReport {
    /// The areas and the overall health index, in readiness's report type.
    pub areas: ReadinessReport,
    pub balance: BalanceReport,
    /// `None` when there are not enough answers ([`Self::missing`] says what to answer).
    pub recommendation: Option<Recommendation>,
    /// Why, each with the answers it rests on; empty without a recommendation.
    pub reasons: Vec<HealthReason>,
    /// What to answer for a recommendation; empty once there is one.
    pub missing: Vec<HealthMissing>,
    /// The imbalance statements that raised the warning (scoring 0 or 1); empty when the
    /// work is not out of balance.
    pub imbalance: Vec<&'static str>,
    /// [`PLAN_MIN`]..=[`PLAN_MAX`] steps with a recommendation, none without.
    pub plan: Vec<PlanStep>,
}

impl HealthReport {
    /// Whether the work is out of balance (the warning is shown).
    pub fn imbalance_warning(&self) -> bool {
        !self.imbalance.is_empty()
    }

    /// Whether anything of the health check is answered.
    pub fn answered(&self) -> bool {
        self.areas
            .dimensions
            .iter()
            .any(|d| d.answered + d.dont_know > 0 || d.applicable < d.items)
            || self.balance.benefits.is_some()
            || self.balance.costs.is_some()
    }
}

/// Whether the health check is the main thing answered: it has answers and no readiness
/// statement, barrier or timing question does, as when it is taken on its own. The top of
/// the results then leads with its recommendation and the plan is its plan.
pub fn is_main(answers: &Answers) -> bool {
    (!answers.health.is_empty() || !answers.balance.is_empty())
        && answers.readiness.is_empty()
        && answers.barriers.is_empty()
        && answers.timing.is_empty()
}

fn amount(answers: &Answers, id: &str) -> Option<u8> {
    answers
        .balance
        .get(id)
        .and_then(|a| TimingAnswer::rating(*a))
        .map(|r| r.get())
}

/// Weighs what the partnership gives against what it costs.
pub fn weigh_balance(instrument: &HealthInstrument, answers: &Answers) -> BalanceReport {
    let benefits = amount(answers, instrument.balance.benefits().id);
    let costs = amount(answers, instrument.balance.costs().id);
    let outcome = match (benefits, costs) {
        (Some(b), Some(c)) if b >= c.saturating_add(BALANCE_STEP) => {
            BalanceOutcome::BenefitsOutweigh
        }
        (Some(b), Some(c)) if c >= b.saturating_add(BALANCE_STEP) => BalanceOutcome::CostsOutweigh,
        (Some(_), Some(_)) => BalanceOutcome::AboutEven,
        _ => BalanceOutcome::NotEnoughAnswers,
    };
    BalanceReport {
        benefits,
        costs,
        outcome,
    }
}

/// The imbalance statements answered so that they score 0 or 1 after reverse coding.
fn imbalance(instrument: &HealthInstrument, answers: &Answers) -> Vec<&'static str> {
    IMBALANCE_ITEMS
        .iter()
        .filter_map(|id| instrument.scored.item(id))
        .filter(|(_, item)| match answers.health.get(item.id) {
            Some(ReadinessAnswer::Scale(r)) => {
                let value = if item.reverse { 4 - r.get() } else { r.get() };
                value <= 1
            }
            _ => false,
        })
        .map(|(_, item)| item.id)
        .collect()
}

/// The answered statements of an area, as its drivers list them.
fn area_items(score: &ReadinessScore) -> Vec<&'static str> {
    score.drivers.iter().map(|d| d.item).collect()
}

/// What to answer before a recommendation: the areas short of answers (how many more
/// statements each needs on the scale), then the balance.
fn missing(
    instrument: &HealthInstrument,
    areas: &ReadinessReport,
    balance: &BalanceReport,
) -> Vec<HealthMissing> {
    let mut out = Vec::new();
    if areas.valid_dimensions < min_areas(instrument) {
        let floor = u32::from(instrument.scored.min_scored_items.max(1));
        let percent = u32::from(instrument.scored.min_answered_percent);
        for d in &areas.dimensions {
            if d.status != DimensionStatus::NotEnoughAnswers {
                continue;
            }
            // The smallest number answered that meets both rules.
            let share = (percent * d.items).div_ceil(100);
            let needed = floor.max(share);
            out.push(HealthMissing::Area {
                area: d.dimension,
                more: needed.saturating_sub(d.answered).max(1),
            });
        }
    }
    if balance.outcome == BalanceOutcome::NotEnoughAnswers {
        out.push(HealthMissing::Balance);
    }
    out
}

fn balance_reason(instrument: &HealthInstrument, balance: &BalanceReport) -> Option<HealthReason> {
    let kind = match balance.outcome {
        BalanceOutcome::BenefitsOutweigh => HealthReasonKind::BenefitsOutweigh,
        BalanceOutcome::AboutEven => HealthReasonKind::AboutEven,
        BalanceOutcome::CostsOutweigh => HealthReasonKind::CostsOutweigh,
        BalanceOutcome::NotEnoughAnswers => return None,
    };
    Some(HealthReason {
        kind,
        area: None,
        score: None,
        items: vec![
            instrument.balance.benefits().id,
            instrument.balance.costs().id,
        ],
    })
}

fn area_reason(kind: HealthReasonKind, score: &ReadinessScore) -> HealthReason {
    HealthReason {
        kind,
        area: Some(score.dimension),
        score: score.score,
        items: area_items(score),
    }
}

fn overall_reason(areas: &ReadinessReport) -> Option<HealthReason> {
    areas.index.map(|index| HealthReason {
        kind: HealthReasonKind::Overall,
        area: None,
        score: Some(index),
        items: areas
            .dimensions
            .iter()
            .flat_map(|d| d.drivers.iter().map(|x| x.item))
            .collect(),
    })
}

/// The recommendation and its reasons, by the rule in the module docs; `None` (with no
/// reasons) without enough answers.
fn recommend(
    instrument: &HealthInstrument,
    areas: &ReadinessReport,
    balance: &BalanceReport,
    imbalance: &[&'static str],
) -> (Option<Recommendation>, Vec<HealthReason>) {
    let Some(balance_why) = balance_reason(instrument, balance) else {
        return (None, Vec::new());
    };
    if areas.valid_dimensions < min_areas(instrument) {
        return (None, Vec::new());
    }
    let costs_outweigh = balance.outcome == BalanceOutcome::CostsOutweigh;
    let strained: Vec<&ReadinessScore> = areas.in_band(ReadinessBand::Concern).collect();
    let results = areas.dimension(RESULTS_AREA).filter(|r| r.score.is_some());
    let results_strained = results.is_some_and(|r| r.band == Some(ReadinessBand::Concern));
    let index_strained = areas.band == Some(ReadinessBand::Concern);
    let imbalance_why = (!imbalance.is_empty()).then(|| HealthReason {
        kind: HealthReasonKind::Imbalance,
        area: None,
        score: None,
        items: imbalance.to_vec(),
    });
    let strain_reasons = || {
        strained
            .iter()
            .map(|d| area_reason(HealthReasonKind::AreaUnderStrain, d))
    };

    let mut reasons = vec![balance_why];
    let recommendation = if costs_outweigh && (results_strained || index_strained) {
        if index_strained && !results_strained {
            reasons.extend(overall_reason(areas));
        }
        reasons.extend(strain_reasons());
        Recommendation::WindDown
    } else if costs_outweigh || !strained.is_empty() {
        reasons.extend(strain_reasons());
        reasons.extend(imbalance_why);
        Recommendation::Repair
    } else {
        let benefits = balance.outcome == BalanceOutcome::BenefitsOutweigh;
        let index_healthy = areas.band == Some(ReadinessBand::Strength);
        let results_healthy = results.is_some_and(|r| r.band == Some(ReadinessBand::Strength));
        reasons.push(HealthReason {
            kind: HealthReasonKind::NoAreaUnderStrain,
            area: None,
            score: None,
            items: areas
                .dimensions
                .iter()
                .flat_map(|d| d.drivers.iter().map(|x| x.item))
                .collect(),
        });
        reasons.extend(overall_reason(areas));
        match results {
            Some(r) if results_healthy => {
                reasons.push(area_reason(HealthReasonKind::ResultsHealthy, r))
            }
            Some(r) => reasons.push(area_reason(HealthReasonKind::ResultsNotHealthy, r)),
            None => {}
        }
        reasons.extend(imbalance_why);
        if benefits && index_healthy && results_healthy && imbalance.is_empty() {
            Recommendation::Deepen
        } else {
            Recommendation::KeepSteady
        }
    };
    (Some(recommendation), reasons)
}

fn recommendation_step(text: crate::catalogue::Msg, recommendation: Recommendation) -> PlanStep {
    PlanStep {
        kind: PlanStepKind::HealthRecommendation,
        text: Some(Text::from_msg(text)),
        links: vec![Link {
            kind: LinkKind::Recommendation,
            id: recommendation.id(),
        }],
        partner: None,
    }
}

/// The recommendation's first and last steps (and winding down's middle one).
fn fixed_steps(recommendation: Recommendation) -> (crate::catalogue::Msg, crate::catalogue::Msg) {
    match recommendation {
        Recommendation::Deepen => (
            msg::CHECKUP_STEP_DEEPEN_OPEN,
            msg::CHECKUP_STEP_DEEPEN_CLOSE,
        ),
        Recommendation::KeepSteady => (
            msg::CHECKUP_STEP_KEEP_STEADY_OPEN,
            msg::CHECKUP_STEP_KEEP_STEADY_CLOSE,
        ),
        Recommendation::Repair => (
            msg::CHECKUP_STEP_REPAIR_OPEN,
            msg::CHECKUP_STEP_REPAIR_CLOSE,
        ),
        Recommendation::WindDown => (
            msg::CHECKUP_STEP_WIND_DOWN_OPEN,
            msg::CHECKUP_STEP_WIND_DOWN_CLOSE,
        ),
    }
}

/// The plan of the module docs.
fn plan(
    instrument: &HealthInstrument,
    areas: &ReadinessReport,
    recommendation: Recommendation,
    imbalance: &[&'static str],
) -> Vec<PlanStep> {
    let (open, close) = fixed_steps(recommendation);
    // Repairing a deal that costs too much, with no area under strain: the first step is
    // about the costs, not about areas there are none of.
    let open = if recommendation == Recommendation::Repair
        && areas.in_band(ReadinessBand::Concern).next().is_none()
    {
        msg::CHECKUP_STEP_REPAIR_DEAL_OPEN
    } else {
        open
    };
    let mut steps = vec![recommendation_step(open, recommendation)];
    if recommendation == Recommendation::WindDown {
        steps.push(recommendation_step(
            msg::CHECKUP_STEP_WIND_DOWN_LEARN,
            recommendation,
        ));
    } else {
        // Every weak answer of a scored area: (imbalance first, value, file order).
        let mut weak: Vec<(&ReadinessScore, &crate::readiness::ItemDriver)> = Vec::new();
        for d in &areas.dimensions {
            let mut drivers: Vec<&crate::readiness::ItemDriver> =
                d.drivers.iter().filter(|x| x.value <= 1).collect();
            // Drivers are ranked by effect; put them back in file order.
            if let Some(dim) = instrument.scored.dimension(d.dimension) {
                crate::rank::sort_desc_by_key(&mut drivers, |x| {
                    std::cmp::Reverse(dim.items.iter().position(|i| i.id == x.item))
                });
            }
            weak.extend(drivers.into_iter().map(|x| (d, x)));
        }
        crate::rank::sort_desc_by_key(&mut weak, |(_, x)| {
            (imbalance.contains(&x.item), 4 - x.value.min(4))
        });
        for (area, driver) in weak.into_iter().take(PLAN_MAX - PLAN_MIN + 1) {
            let action = instrument.scored.item(driver.item).map(|(_, i)| i.action);
            steps.push(PlanStep {
                kind: PlanStepKind::HealthArea,
                text: action,
                links: vec![
                    Link {
                        kind: LinkKind::Dimension,
                        id: area.dimension,
                    },
                    Link {
                        kind: LinkKind::Item,
                        id: driver.item,
                    },
                ],
                partner: None,
            });
        }
        if steps.len() < PLAN_MIN - 1 {
            // Nothing that low: the lowest-scored area's general action.
            let mut scored: Vec<&ReadinessScore> = areas
                .dimensions
                .iter()
                .filter(|d| d.score.is_some())
                .collect();
            crate::rank::sort_desc_by_key(&mut scored, |d| 100 - d.score.unwrap_or(0).min(100));
            if let Some(lowest) = scored.first() {
                let mut links = vec![Link {
                    kind: LinkKind::Dimension,
                    id: lowest.dimension,
                }];
                links.extend(lowest.drivers.iter().map(|x| Link {
                    kind: LinkKind::Item,
                    id: x.item,
                }));
                steps.push(PlanStep {
                    kind: PlanStepKind::HealthArea,
                    text: instrument
                        .scored
                        .dimension(lowest.dimension)
                        .map(|d| d.action),
                    links,
                    partner: None,
                });
            }
        }
    }
    steps.push(recommendation_step(close, recommendation));
    steps
}

/// Scores the health check: areas, balance, imbalance, recommendation, reasons and plan.
pub fn check_health(instrument: &'static HealthInstrument, answers: &Answers) -> HealthReport {
    let areas = readiness::score_areas(&instrument.scored, &answers.health);
    let balance = weigh_balance(instrument, answers);
    let imbalance = imbalance(instrument, answers);
    let (recommendation, reasons) = recommend(instrument, &areas, &balance, &imbalance);
    let missing = if recommendation.is_some() {
        Vec::new()
    } else {
        missing(instrument, &areas, &balance)
    };
    let plan = recommendation
        .map(|r| plan(instrument, &areas, r, &imbalance))
        .unwrap_or_default();
    HealthReport {
        areas,
        balance,
        recommendation,
        reasons,
        missing,
        imbalance,
        plan,
    }
}
