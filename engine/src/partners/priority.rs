//! The priority rule: whom to approach first.
//!
//! # The rule
//!
//! Ratings are Low < Medium < High. Write M for mission alignment, C for resource
//! complementarity, R for relationship potential, K for capacity to engage and T for
//! existing trust.
//!
//! **Step 1, the base priority from M, C and R** (the three columns of the source's
//! partnership opportunity matrix):
//!
//! 1. M is Low: **Not now**. No amount of resources justifies pulling the organisation away
//!    from its purpose; misaligned partnerships are where mission drift starts.
//! 2. M is Medium and both C and R are Low: **Not now**. Partial alignment with nothing to
//!    exchange and no relationship to grow is nothing to build on yet.
//! 3. C is Low or R is Low (M at least Medium): **Long-term**. One practical leg is missing
//!    today (little to exchange, or a relationship that would be hard work), so keep in touch
//!    and revisit rather than spend effort now.
//! 4. M is High, C and R both at least Medium, and at least one of them High: **Immediate**.
//! 5. Otherwise (M Medium with C and R at least Medium, or M High with C and R both Medium):
//!    **Explore**: promising, but learn more and try something small first.
//!
//! This reproduces the worked example: High/Medium/High is Immediate (rule 4),
//! Medium/High/Medium is Explore (rule 5), High/Low/High is Long-term (rule 3), and any Low
//! mission alignment is Not now (rule 1).
//!
//! **Step 2, capacity and trust can only make it later.** Each of "capacity to engage is
//! Low" and "existing trust is Low" moves the priority one step later (Immediate → Explore →
//! Long-term), never past Long-term; Not now stays Not now. Medium and High never change the
//! priority.
//!
//! Why this way, as we would put it to a board:
//!
//! - *Fit decides whether; capacity and trust decide when.* Mission, complementarity and
//!   relationship say whether a partnership is worth having at all. A partner with no time to
//!   spare, or one with a bruising shared history, may still be the right partner, but
//!   approaching them first wastes the first months: start smaller or later.
//! - *Neither can make a poor fit urgent.* High trust does not lift the priority. Starting
//!   with the people we already know is tempting and is how networks end up narrow; trust is
//!   used instead to pick *among* equally ranked candidates (it flags trusted starting points
//!   and breaks ties in the covering set).
//! - *Not now is about fit only.* Low capacity or trust never makes a well-aligned partner
//!   "Not now": they stay on the long-term list so the relationship is not forgotten.
//!
//! With capacity and trust both Medium or High, the worked example's rows come out exactly as
//! the source gives them.

use serde::Serialize;

/// A High/Medium/Low rating of a candidate on one criterion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PartnerRating {
    Low,
    #[default]
    Medium,
    High,
}

impl PartnerRating {
    /// Low, Medium, High.
    pub const ALL: [PartnerRating; 3] = [Self::Low, Self::Medium, Self::High];

    /// The id in the results document: `low`, `medium`, `high`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }

    /// The rating with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id() == id)
    }

    /// 0, 1 or 2.
    pub fn points(self) -> u8 {
        self as u8
    }

    /// The label shown to users.
    pub fn label(self) -> crate::text::Text {
        super::vocabulary::PARTNER_VOCABULARY.ratings[self as usize]
    }
}

/// The five rated criteria.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Criterion {
    MissionAlignment,
    ResourceComplementarity,
    RelationshipPotential,
    CapacityToEngage,
    ExistingTrust,
}

impl Criterion {
    pub const ALL: [Criterion; 5] = [
        Self::MissionAlignment,
        Self::ResourceComplementarity,
        Self::RelationshipPotential,
        Self::CapacityToEngage,
        Self::ExistingTrust,
    ];

    /// The stable id (as in `partners.toml`).
    pub fn id(self) -> &'static str {
        super::vocabulary::PARTNER_VOCABULARY.criteria[self as usize].id
    }

    /// The label shown to users.
    pub fn label(self) -> crate::text::Text {
        super::vocabulary::PARTNER_VOCABULARY.criteria[self as usize].label
    }
}

/// Five complete ratings, the input of the rule ([`decide_priority`]). `Default` is all
/// Medium, for tests and worked examples; a candidate's own ratings are [`GivenRatings`],
/// which start unrated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ratings {
    pub mission_alignment: PartnerRating,
    pub resource_complementarity: PartnerRating,
    pub relationship_potential: PartnerRating,
    pub capacity_to_engage: PartnerRating,
    pub existing_trust: PartnerRating,
}

impl Ratings {
    /// The rating on `criterion`.
    pub fn get(&self, criterion: Criterion) -> PartnerRating {
        match criterion {
            Criterion::MissionAlignment => self.mission_alignment,
            Criterion::ResourceComplementarity => self.resource_complementarity,
            Criterion::RelationshipPotential => self.relationship_potential,
            Criterion::CapacityToEngage => self.capacity_to_engage,
            Criterion::ExistingTrust => self.existing_trust,
        }
    }

    /// Sets the rating on `criterion`.
    pub fn set(&mut self, criterion: Criterion, rating: PartnerRating) {
        let slot = match criterion {
            Criterion::MissionAlignment => &mut self.mission_alignment,
            Criterion::ResourceComplementarity => &mut self.resource_complementarity,
            Criterion::RelationshipPotential => &mut self.relationship_potential,
            Criterion::CapacityToEngage => &mut self.capacity_to_engage,
            Criterion::ExistingTrust => &mut self.existing_trust,
        };
        *slot = rating;
    }
}

/// A candidate's ratings as the user gave them: each one may still be missing ("Not rated
/// yet"). A new organisation starts with none, so nothing it shows rests on a rating nobody
/// gave (issue 12, finding 7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct GivenRatings {
    pub mission_alignment: Option<PartnerRating>,
    pub resource_complementarity: Option<PartnerRating>,
    pub relationship_potential: Option<PartnerRating>,
    pub capacity_to_engage: Option<PartnerRating>,
    pub existing_trust: Option<PartnerRating>,
}

impl From<Ratings> for GivenRatings {
    fn from(r: Ratings) -> Self {
        GivenRatings {
            mission_alignment: Some(r.mission_alignment),
            resource_complementarity: Some(r.resource_complementarity),
            relationship_potential: Some(r.relationship_potential),
            capacity_to_engage: Some(r.capacity_to_engage),
            existing_trust: Some(r.existing_trust),
        }
    }
}

impl GivenRatings {
    /// The rating on `criterion`, if given.
    pub fn get(&self, criterion: Criterion) -> Option<PartnerRating> {
        match criterion {
            Criterion::MissionAlignment => self.mission_alignment,
            Criterion::ResourceComplementarity => self.resource_complementarity,
            Criterion::RelationshipPotential => self.relationship_potential,
            Criterion::CapacityToEngage => self.capacity_to_engage,
            Criterion::ExistingTrust => self.existing_trust,
        }
    }

    /// Sets (or, with `None`, clears) the rating on `criterion`.
    pub fn set(&mut self, criterion: Criterion, rating: Option<PartnerRating>) {
        let slot = match criterion {
            Criterion::MissionAlignment => &mut self.mission_alignment,
            Criterion::ResourceComplementarity => &mut self.resource_complementarity,
            Criterion::RelationshipPotential => &mut self.relationship_potential,
            Criterion::CapacityToEngage => &mut self.capacity_to_engage,
            Criterion::ExistingTrust => &mut self.existing_trust,
        };
        *slot = rating;
    }

    /// All five, when all five are given.
    pub fn complete(&self) -> Option<Ratings> {
        Some(Ratings {
            mission_alignment: self.mission_alignment?,
            resource_complementarity: self.resource_complementarity?,
            relationship_potential: self.relationship_potential?,
            capacity_to_engage: self.capacity_to_engage?,
            existing_trust: self.existing_trust?,
        })
    }

    /// The criteria not rated yet, in [`Criterion::ALL`] order.
    pub fn missing(&self) -> Vec<Criterion> {
        Criterion::ALL
            .into_iter()
            .filter(|&c| self.get(c).is_none())
            .collect()
    }

    /// Every complete set of ratings that agrees with the given ones (one when all five
    /// are given, 3^k for k missing).
    fn completions(&self) -> Vec<Ratings> {
        let mut all = vec![Ratings::default()];
        for criterion in Criterion::ALL {
            let given = self.get(criterion);
            let choices: &[PartnerRating] = match &given {
                Some(r) => std::slice::from_ref(r),
                None => &PartnerRating::ALL,
            };
            all = all
                .iter()
                .flat_map(|r| {
                    choices.iter().map(move |&v| {
                        let mut next = *r;
                        next.set(criterion, v);
                        next
                    })
                })
                .collect();
        }
        all
    }
}

/// The rule for ratings as given: the decision when the given ratings settle it, whatever
/// the missing ones turn out to be; `None` ("Not rated yet") otherwise.
///
/// A priority rests only on ratings someone gave. Low mission alignment alone already
/// means Not now (nothing can change it), so it shows at once; a strong fit with capacity
/// and trust unrated shows nothing yet, since either could still move it later.
///
/// ```
/// use partnership_engine::partners::{decide_given, GivenRatings, PartnerRating::*, Priority};
/// assert_eq!(decide_given(&GivenRatings::default()), None);
/// let low_fit = GivenRatings { mission_alignment: Some(Low), ..GivenRatings::default() };
/// assert_eq!(decide_given(&low_fit).map(|d| d.priority), Some(Priority::NotNow));
/// let strong = GivenRatings { mission_alignment: Some(High), resource_complementarity: Some(High),
///     relationship_potential: Some(High), ..GivenRatings::default() };
/// assert_eq!(decide_given(&strong), None, "capacity or trust could still make it later");
/// ```
pub fn decide_given(ratings: &GivenRatings) -> Option<PriorityDecision> {
    if let Some(all) = ratings.complete() {
        return Some(decide_priority(&all));
    }
    let mut decisions = ratings
        .completions()
        .into_iter()
        .map(|r| decide_priority(&r));
    let first = decisions.next()?;
    decisions.all(|d| d == first).then_some(first)
}

/// When to approach a candidate, earliest first (the order is meaningful: `Immediate <
/// Explore < LongTerm < NotNow`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    Immediate,
    Explore,
    LongTerm,
    NotNow,
}

impl Priority {
    pub const ALL: [Priority; 4] = [Self::Immediate, Self::Explore, Self::LongTerm, Self::NotNow];

    /// The id in the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::Immediate => "immediate",
            Self::Explore => "explore",
            Self::LongTerm => "long-term",
            Self::NotNow => "not-now",
        }
    }

    /// 0 (Immediate) to 3 (Not now): the cost used when breaking ties.
    pub fn rank(self) -> u8 {
        self as u8
    }

    /// The label and plain explanation shown to users.
    pub fn def(self) -> &'static super::vocabulary::PriorityDef {
        &super::vocabulary::PARTNER_VOCABULARY.priorities[self as usize]
    }

    fn later(self) -> Priority {
        match self {
            Self::Immediate => Self::Explore,
            _ => Self::LongTerm,
        }
    }
}

/// Why a candidate got its priority: the base from the fit, and what moved it later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PriorityDecision {
    pub priority: Priority,
    /// The priority from mission, complementarity and relationship alone (step 1).
    pub base: Priority,
    /// Low capacity to engage moved it one step later.
    pub lowered_for_capacity: bool,
    /// Low existing trust moved it one step later.
    pub lowered_for_trust: bool,
}

/// Step 1 of the rule: mission, complementarity and relationship.
pub fn base_priority(
    mission: PartnerRating,
    complementarity: PartnerRating,
    relationship: PartnerRating,
) -> Priority {
    use PartnerRating::*;
    if mission == Low {
        return Priority::NotNow;
    }
    if complementarity == Low && relationship == Low {
        return if mission == High {
            Priority::LongTerm
        } else {
            Priority::NotNow
        };
    }
    if complementarity == Low || relationship == Low {
        return Priority::LongTerm;
    }
    if mission == High && (complementarity == High || relationship == High) {
        Priority::Immediate
    } else {
        Priority::Explore
    }
}

/// The whole rule, with the reasons (see the module documentation).
///
/// ```
/// use partnership_engine::partners::{decide_priority, PartnerRating::*, Priority, Ratings};
/// let r = |m, c, rel| Ratings { mission_alignment: m, resource_complementarity: c,
///     relationship_potential: rel, ..Ratings::default() };
/// assert_eq!(decide_priority(&r(High, Medium, High)).priority, Priority::Immediate);
/// assert_eq!(decide_priority(&r(Medium, High, Medium)).priority, Priority::Explore);
/// assert_eq!(decide_priority(&r(High, Low, High)).priority, Priority::LongTerm);
/// assert_eq!(decide_priority(&r(Low, High, High)).priority, Priority::NotNow);
/// ```
pub fn decide_priority(ratings: &Ratings) -> PriorityDecision {
    let base = base_priority(
        ratings.mission_alignment,
        ratings.resource_complementarity,
        ratings.relationship_potential,
    );
    let mut priority = base;
    let mut lowered_for_capacity = false;
    let mut lowered_for_trust = false;
    if base != Priority::NotNow {
        if ratings.capacity_to_engage == PartnerRating::Low {
            lowered_for_capacity = base != Priority::LongTerm;
            priority = priority.later();
        }
        if ratings.existing_trust == PartnerRating::Low {
            lowered_for_trust = priority != Priority::LongTerm;
            priority = priority.later();
        }
    }
    PriorityDecision {
        priority,
        base,
        lowered_for_capacity,
        lowered_for_trust,
    }
}

/// The priority alone.
pub fn priority(ratings: &Ratings) -> Priority {
    decide_priority(ratings).priority
}
