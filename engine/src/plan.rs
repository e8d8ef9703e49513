//! The action plan: the few most valuable next steps, each tied to what produced it.
//!
//! # Ranking rule
//! Candidate steps come in tiers; the plan takes them tier by tier, in order within a
//! tier, and stops at [`ACTION_PLAN_LEN`]:
//! 1. **Blocking barriers** (a band with `blocks_go`, e.g. critical): they stop an
//!    "act now" verdict outright. Highest risk first, then harm, then file order. The step
//!    is the mitigation the answer calls for: one marked `present` when the barrier is
//!    clearly present today (presence 3 or 4), one marked `early` otherwise.
//! 2. **Concern dimensions** (scored below the developing band): by `weight * (100 - score)`,
//!    largest first, then file order: weak and heavily weighted areas first.
//! 3. **Warning signs** present now: strongest answer first, then file order.
//! 4. **High barriers** (band `high`, not blocking): as tier 1.
//! 5. **The partner map** (only when the plan is given one, [`PartnerContext`]), at most
//!    two steps: *whom to talk to first*, the organisation with the priority Immediate
//!    that brings the most of the ticked needs (then High existing trust, then list order),
//!    never one not rated yet; then *a need nobody brings*, the ticked needs no organisation
//!    on the list offers. They come after the dangers (critical and high risks, weak areas,
//!    warning signs), which a board would want dealt with before anyone is approached, and
//!    before the softer steps, because a named organisation and a named hole in the
//!    alliance are the most concrete things the plan can say.
//! 6. **Knowledge gaps**: dimensions with many "Don't know", largest share first.
//! 7. **The timing verdict's first next step**, once at least one timing question is
//!    answered (a verdict from no answers at all is not advice).
//! 8. **The stage's first next step**, when the stage is answered.
//! 9. **Developing dimensions**: as tier 2.
//!
//! A dimension step says the most specific thing the answers support: the `action` of its
//! weakest statement (the lowest value after reverse coding, ties in file order) when one
//! scored 0 or 1, otherwise the dimension's general action.
//!
//! Every step carries links to the answers that produced it (barrier and its mitigations;
//! dimension and its items scoring 0 or 1 after reverse coding, the weakest first (or,
//! in a developing area with none that low, those scoring 2); the
//! warning sign; the dimension and its "Don't know" items; the verdict and the timing
//! questions answered; the stage question; for a partner step, the organisation by its
//! number and name ([`PlanStep::partner`]), its priority and the needs it brings, or the
//! needs nobody brings).

use crate::answers::{Answers, ReadinessAnswer};
use crate::barriers::{BarrierReport, BarrierRisk};
use crate::instrument::{Instruments, ReadinessBand, RiskLevel};
use crate::partners::{PartnerMap, Portfolio, Priority};
use crate::readiness::{ReadinessReport, ReadinessScore};
use crate::text::Text;
use crate::timing::TimingReport;
use serde::Serialize;

/// The longest action plan.
pub const ACTION_PLAN_LEN: usize = 5;

/// Why a step is in the plan (its tier).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PlanStepKind {
    BlockingBarrier,
    ConcernDimension,
    WarningSign,
    HighBarrier,
    KnowledgeGap,
    TimingVerdict,
    Stage,
    DevelopingDimension,
    /// Talk to this organisation from the partner map first.
    PartnerFirst,
    /// Needs nobody on the partner map brings.
    PartnerGap,
    /// A step of the health check's recommendation (its first, last, or winding down's
    /// middle step).
    HealthRecommendation,
    /// The action of a weak health statement, or of the weakest health area.
    HealthArea,
}

/// What a link points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    Barrier,
    Mitigation,
    Dimension,
    Item,
    Warning,
    Verdict,
    /// A timing question (trigger or precondition) behind the verdict.
    TimingQuestion,
    /// The stage question.
    Stage,
    /// A priority on the partner map (`immediate`).
    Priority,
    /// A need ticked on the partner map (a role or kind-of-value id).
    Need,
    /// The health check's recommendation (`repair`).
    Recommendation,
}

/// A link from a step to an instrument id that produced it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Link {
    pub kind: LinkKind,
    pub id: &'static str,
}

/// One step of the action plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanStep {
    pub kind: PlanStepKind,
    /// The main text to show (the UI picks the language). Not in the results document:
    /// the links say where it comes from.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub text: Option<Text>,
    /// The first link is the source of `text`.
    pub links: Vec<Link>,
    /// For a partner step naming an organisation: which one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner: Option<PartnerSource>,
}

/// The organisation on the partner map a plan step names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PartnerSource {
    /// Its number on the list, from 1 (as in the table and on the matrix).
    pub position: u32,
    /// Its name, as on the list.
    pub name: String,
}

/// The partner map the plan draws on: the list and its portfolio, worked out once by the
/// caller.
#[derive(Clone, Copy, Debug)]
pub struct PartnerContext<'a> {
    pub map: &'a PartnerMap,
    pub portfolio: &'a Portfolio,
}

/// The partner map's steps (tier 5 in the module docs): whom to talk to first, and the
/// needs nobody brings.
pub fn partner_steps(partners: PartnerContext<'_>) -> Vec<PlanStep> {
    let PartnerContext { map, portfolio } = partners;
    let needs = map.needs();
    let mut steps = Vec::new();
    let first = map
        .candidates()
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            portfolio
                .priorities
                .get(*i)
                .copied()
                .flatten()
                .is_some_and(|d| d.priority == Priority::Immediate)
        })
        .max_by_key(|(i, c)| {
            let brings = c.offers.intersection(needs).len();
            let trusted = portfolio.trusted_starting_points.contains(i);
            // `max_by_key` keeps the last of equals: the reversed position keeps the first.
            (brings, trusted, std::cmp::Reverse(*i))
        });
    if let Some((i, c)) = first {
        let mut links = vec![Link {
            kind: LinkKind::Priority,
            id: Priority::Immediate.id(),
        }];
        links.extend(c.offers.intersection(needs).iter().map(|o| Link {
            kind: LinkKind::Need,
            id: o.id(),
        }));
        steps.push(PlanStep {
            kind: PlanStepKind::PartnerFirst,
            text: None,
            links,
            partner: Some(PartnerSource {
                position: u32::try_from(i.saturating_add(1)).unwrap_or(u32::MAX),
                name: c.name().to_owned(),
            }),
        });
    }
    if !portfolio.gaps.is_empty() {
        steps.push(PlanStep {
            kind: PlanStepKind::PartnerGap,
            text: None,
            links: portfolio
                .gaps
                .iter()
                .map(|o| Link {
                    kind: LinkKind::Need,
                    id: o.id(),
                })
                .collect(),
            partner: None,
        });
    }
    steps
}

fn barrier_action(
    instruments: &'static Instruments,
    kind: PlanStepKind,
    risk: &BarrierRisk,
) -> PlanStep {
    let barrier = instruments.barriers.barrier(risk.barrier);
    let first = barrier.and_then(|b| b.first_step(risk.presence));
    let mut links = vec![Link {
        kind: LinkKind::Barrier,
        id: risk.barrier,
    }];
    // The mitigation chosen by the answer first, then the others in file order.
    links.extend(first.map(|m| Link {
        kind: LinkKind::Mitigation,
        id: m.id,
    }));
    links.extend(
        barrier
            .into_iter()
            .flat_map(|b| b.mitigations.iter())
            .filter(|m| first.is_none_or(|f| f.id != m.id))
            .map(|m| Link {
                kind: LinkKind::Mitigation,
                id: m.id,
            }),
    );
    PlanStep {
        kind,
        text: first.map(|m| m.text),
        links,
        partner: None,
    }
}

fn dimension_action(
    instruments: &'static Instruments,
    kind: PlanStepKind,
    score: &ReadinessScore,
) -> PlanStep {
    let mut links = vec![Link {
        kind: LinkKind::Dimension,
        id: score.dimension,
    }];
    // The answers that held the area back: those scoring 0 or 1; in a developing area
    // with none that low, those below "agree" (2), which a developing score always has
    // (every value 3 or more would make it a strength).
    let mut low: Vec<&crate::readiness::ItemDriver> =
        score.drivers.iter().filter(|d| d.value <= 1).collect();
    let specific = !low.is_empty();
    if !specific {
        low = score.drivers.iter().filter(|d| d.value <= 2).collect();
    }
    // Drivers come in file order within equal effects; the lowest value first.
    crate::rank::sort_desc_by_key(&mut low, |d| 4 - d.value.min(4));
    links.extend(low.iter().map(|d| Link {
        kind: LinkKind::Item,
        id: d.item,
    }));
    let weakest = low
        .first()
        .filter(|_| specific)
        .and_then(|d| instruments.readiness.item(d.item))
        .map(|(_, item)| item.action);
    PlanStep {
        kind,
        text: weakest.or_else(|| {
            instruments
                .readiness
                .dimension(score.dimension)
                .map(|d| d.action)
        }),
        links,
        partner: None,
    }
}

/// `weight * (100 - score)`: how much a weak dimension holds the whole back.
fn gap(score: &ReadinessScore) -> u64 {
    u64::from(score.weight) * u64::from(100 - score.score.unwrap_or(0).min(100))
}

fn scored_in(readiness: &ReadinessReport, band: ReadinessBand) -> Vec<&ReadinessScore> {
    let mut dims: Vec<&ReadinessScore> = readiness
        .dimensions
        .iter()
        .filter(|d| d.band == Some(band))
        .collect();
    crate::rank::sort_desc_by_key(&mut dims, |d| gap(d));
    dims
}

/// Builds the action plan; `partners`, when given, adds the partner map's steps.
pub fn plan_actions(
    instruments: &'static Instruments,
    answers: &Answers,
    readiness: &ReadinessReport,
    barriers: &BarrierReport,
    timing: &TimingReport,
    partners: Option<PartnerContext<'_>>,
) -> Vec<PlanStep> {
    let mut plan: Vec<PlanStep> = Vec::new();
    let full = |plan: &Vec<PlanStep>| plan.len() >= ACTION_PLAN_LEN;

    for risk in barriers.blocking() {
        plan.push(barrier_action(
            instruments,
            PlanStepKind::BlockingBarrier,
            risk,
        ));
    }
    for d in scored_in(readiness, ReadinessBand::Concern) {
        plan.push(dimension_action(
            instruments,
            PlanStepKind::ConcernDimension,
            d,
        ));
    }
    if !full(&plan) {
        for w in &timing.warnings {
            let text = instruments
                .timing
                .warnings
                .iter()
                .find(|x| x.id == w.warning)
                .map(|x| x.advice);
            plan.push(PlanStep {
                kind: PlanStepKind::WarningSign,
                text,
                links: vec![Link {
                    kind: LinkKind::Warning,
                    id: w.warning,
                }],
                partner: None,
            });
        }
        for risk in barriers
            .ranked
            .iter()
            .filter(|r| !r.blocks_go && r.level == RiskLevel::High)
        {
            plan.push(barrier_action(instruments, PlanStepKind::HighBarrier, risk));
        }
        if let Some(partners) = partners {
            plan.extend(partner_steps(partners));
        }
        let mut gaps: Vec<&ReadinessScore> = readiness
            .dimensions
            .iter()
            .filter(|d| d.knowledge_gap)
            .collect();
        crate::rank::sort_desc_by_key(&mut gaps, |d| d.dont_know_percent);
        for d in gaps {
            let mut links = vec![Link {
                kind: LinkKind::Dimension,
                id: d.dimension,
            }];
            if let Some(dim) = instruments.readiness.dimension(d.dimension) {
                links.extend(
                    dim.items
                        .iter()
                        .filter(|i| answers.readiness.get(i.id) == Some(&ReadinessAnswer::DontKnow))
                        .map(|i| Link {
                            kind: LinkKind::Item,
                            id: i.id,
                        }),
                );
            }
            plan.push(PlanStep {
                kind: PlanStepKind::KnowledgeGap,
                text: instruments
                    .readiness
                    .dimension(d.dimension)
                    .map(|x| x.knowledge_gap),
                links,
                partner: None,
            });
        }
    }
    if !full(&plan) {
        let t = &instruments.timing;
        let answered: Vec<Link> = t
            .triggers
            .iter()
            .chain(t.preconditions)
            .filter(|q| answers.timing.contains_key(q.id))
            .map(|q| Link {
                kind: LinkKind::TimingQuestion,
                id: q.id,
            })
            .collect();
        if !answered.is_empty() {
            let verdict = t.verdict(timing.verdict);
            let mut links = vec![Link {
                kind: LinkKind::Verdict,
                id: timing.verdict.id(),
            }];
            links.extend(answered);
            plan.push(PlanStep {
                kind: PlanStepKind::TimingVerdict,
                text: verdict.next_steps.first().copied(),
                links,
                partner: None,
            });
        }
        if let Some(stage) = answers.stage {
            plan.push(PlanStep {
                kind: PlanStepKind::Stage,
                text: instruments.depth.stage(stage).next_steps.first().copied(),
                links: vec![Link {
                    kind: LinkKind::Stage,
                    id: stage.id(),
                }],
                partner: None,
            });
        }
        for d in scored_in(readiness, ReadinessBand::Developing) {
            plan.push(dimension_action(
                instruments,
                PlanStepKind::DevelopingDimension,
                d,
            ));
        }
    }
    plan.truncate(ACTION_PLAN_LEN);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::{Candidate, Offer, PartnerRating, Ratings, Sector, analyse};

    fn need(id: &str) -> Offer {
        Offer::from_id(id).unwrap_or_else(|| panic!("{id}"))
    }

    /// An organisation with the priority Immediate (High, High, High, Medium, `trust`).
    fn immediate(name: &str, offers: &[&str], trust: PartnerRating) -> Candidate {
        let mut c = Candidate::new(name, Sector::other()).unwrap_or_else(|e| panic!("{e}"));
        c.ratings = Ratings {
            mission_alignment: PartnerRating::High,
            resource_complementarity: PartnerRating::High,
            relationship_potential: PartnerRating::High,
            capacity_to_engage: PartnerRating::Medium,
            existing_trust: trust,
        }
        .into();
        c.offers = offers.iter().map(|id| need(id)).collect();
        c
    }

    fn steps(map: &PartnerMap) -> Vec<PlanStep> {
        partner_steps(PartnerContext {
            map,
            portfolio: &analyse(map),
        })
    }

    #[test]
    fn talk_first_to_the_immediate_organisation_that_brings_most_and_name_the_gaps() {
        let mut map = PartnerMap::default();
        for id in ["funding", "space", "data"] {
            assert!(map.set_need(need(id), true).is_ok());
        }
        // Not rated yet, though it brings the most: never named.
        let mut unrated =
            Candidate::new("Unrated", Sector::other()).unwrap_or_else(|e| panic!("{e}"));
        unrated.offers = [need("funding"), need("space")].into_iter().collect();
        let list = [
            unrated,
            immediate("Trusted, brings nothing", &[], PartnerRating::High),
            immediate("Clinic", &["space"], PartnerRating::Medium),
            immediate("Library", &["space"], PartnerRating::High),
        ];
        for c in list {
            assert!(map.add(c).is_ok());
        }
        let s = steps(&map);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].kind, PlanStepKind::PartnerFirst);
        assert_eq!(
            s[0].partner,
            Some(PartnerSource {
                position: 4,
                name: "Library".to_owned()
            }),
            "brings a need and is trusted"
        );
        assert_eq!(
            s[0].links,
            [
                Link {
                    kind: LinkKind::Priority,
                    id: "immediate"
                },
                Link {
                    kind: LinkKind::Need,
                    id: "space"
                }
            ]
        );
        assert_eq!(s[1].kind, PlanStepKind::PartnerGap);
        assert_eq!(
            s[1].links,
            [Link {
                kind: LinkKind::Need,
                id: "data"
            }]
        );
    }

    #[test]
    fn no_partner_step_without_an_immediate_organisation_or_a_gap() {
        assert!(steps(&PartnerMap::default()).is_empty());
        let mut map = PartnerMap::default();
        let fresh = Candidate::new("New", Sector::other()).unwrap_or_else(|e| panic!("{e}"));
        assert!(map.add(fresh).is_ok());
        assert!(
            steps(&map).is_empty(),
            "not rated yet is never 'talk to them first'"
        );
    }

    #[test]
    fn the_plan_gives_partner_steps_after_the_dangers_and_before_the_softer_steps() {
        use crate::instrument::{INSTRUMENTS, Stage};
        let answers = Answers {
            stage: Some(Stage::Mapping),
            ..Answers::default()
        };
        let mut map = PartnerMap::default();
        assert!(map.set_need(need("data"), true).is_ok());
        assert!(
            map.add(immediate("Library", &[], PartnerRating::High))
                .is_ok()
        );
        let portfolio = analyse(&map);
        let report =
            crate::report::evaluate_with_partners(&INSTRUMENTS, &answers, &map, &portfolio);
        let kinds: Vec<PlanStepKind> = report.action_plan.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                PlanStepKind::PartnerFirst,
                PlanStepKind::PartnerGap,
                PlanStepKind::Stage
            ]
        );
        // Without the map, the same answers give the same plan less the partner steps.
        let plain = crate::report::evaluate_with(&INSTRUMENTS, &answers);
        assert_eq!(plain.action_plan.len(), 1);
        assert_eq!(plain.action_plan[0], report.action_plan[2]);
    }
}
