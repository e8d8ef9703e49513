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

/// A candidate's five ratings. Every rating starts at Medium.
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
