//! Partner mapping: candidate organisations, their ratings and priorities, the needs of the
//! alliance, and the smallest set of candidates that covers them.
//!
//! - [`Candidate`] and [`PartnerMap`]: the list the user builds, with every limit enforced
//!   and a plain-English [`PartnerError`] for each way an edit can be refused.
//! - [`priority`](priority::decide_priority): Immediate, Explore, Long-term or Not now; the
//!   rule and its reasoning are in [`priority`].
//! - [`form`]: whether the organisation form can take another one, and where a refusal
//!   is shown.
//! - [`table`]: the order of the partner table for each column, the reasons for a priority
//!   in sentences, and short inert labels for the matrix chart.
//! - [`analyse`]: coverage of the ticked needs, gaps, sector diversity, trusted starting
//!   points, community connectors and the exact smallest covering set ([`portfolio`]).
//! - The vocabulary (sectors, roles, kinds of value, labels) is [`PARTNER_VOCABULARY`],
//!   generated from `engine/instruments/partners.toml`.
//!
//! Texts (names, notes) are stored exactly as typed, apart from trimming the name: markup,
//! `javascript:` links and bidirectional controls are just characters here, and the UI
//! renders them as inert text. Limits count characters, not bytes.

pub mod form;
mod map;
pub mod portfolio;
pub mod priority;
pub mod table;
mod vocabulary;

pub use map::{
    COMMUNITY_CONNECTOR, Candidate, MAX_CANDIDATES, MAX_NAME_CHARS, MAX_NEEDS, MAX_NOTES_CHARS,
    PartnerError, PartnerMap, validate_name, validate_notes, vocabulary_version,
};
pub use portfolio::{
    Cover, CoverMember, NeedCoverage, Portfolio, SectorDiversity, analyse, smallest_cover,
};
pub use priority::{
    Criterion, GivenRatings, PartnerRating, Priority, PriorityDecision, Ratings, base_priority,
    decide_given, decide_priority,
};
pub use vocabulary::{
    CriterionDef, Offer, OfferDef, OfferKind, OfferSet, PARTNER_VOCABULARY, PartnerMessages,
    PartnerVocabulary, PriorityDef, Sector, SectorDef,
};
