//! The partner-mapping vocabulary as static data, generated from
//! `engine/instruments/partners.toml`: sectors, roles, kinds of value, rating labels,
//! criteria and priorities.

use crate::text::Text;

/// Sectors, roles and kinds of value, the rating labels, the criteria and the priorities.
#[derive(Debug)]
pub struct PartnerVocabulary {
    pub id: &'static str,
    pub version: u32,
    pub title: Text,
    pub intro: Text,
    /// The sectors a candidate can belong to; one has id `other`.
    pub sectors: &'static [SectorDef],
    /// Roles first (the first [`Self::roles`] entries), then kinds of value. At most 32.
    pub offers: &'static [OfferDef],
    /// How many of [`Self::offers`] are roles.
    pub roles: usize,
    /// Labels for Low, Medium, High.
    pub ratings: [Text; 3],
    /// The five rated criteria, in [`crate::partners::Criterion::ALL`] order.
    pub criteria: [CriterionDef; 5],
    /// Immediate, Explore, Long-term, Not now.
    pub priorities: [PriorityDef; 4],
    pub messages: PartnerMessages,
}

/// Texts for the portfolio view and the priority reasons (no placeholders).
#[derive(Debug)]
pub struct PartnerMessages {
    /// The sector-diversity warning ([`crate::partners::SectorDiversity::single_sector`]).
    pub single_sector: Text,
    /// Beside a need nobody offers.
    pub gap: Text,
    /// Beside a Not now member of the covering set.
    pub not_now_in_cover: Text,
    /// Above the covering set.
    pub cover_intro: Text,
    /// Beside a trusted starting point.
    pub trusted_start: Text,
    /// Beside a community connector.
    pub connector: Text,
    /// When low capacity moved the priority later.
    pub capacity_lowered: Text,
    /// When low trust moved the priority later.
    pub trust_lowered: Text,
}

/// A sector.
#[derive(Debug)]
pub struct SectorDef {
    pub id: &'static str,
    pub label: Text,
}

/// Whether an offer is a role the partner plays or a kind of value it puts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OfferKind {
    /// A part the partner would play in the work (knowing, speaking, connecting, convening).
    Role,
    /// A resource the partner would put in (money, time, goods, rooms, reach).
    Value,
}

/// A role or a kind of value: something a candidate can offer and an alliance can need.
#[derive(Debug)]
pub struct OfferDef {
    pub id: &'static str,
    pub kind: OfferKind,
    pub label: Text,
    pub description: Text,
}

/// A rated criterion.
#[derive(Debug)]
pub struct CriterionDef {
    pub id: &'static str,
    pub label: Text,
    pub question: Text,
}

/// A priority's label and plain explanation.
#[derive(Debug)]
pub struct PriorityDef {
    pub id: &'static str,
    pub label: Text,
    pub explanation: Text,
}

include!(concat!(env!("OUT_DIR"), "/partners.rs"));

/// A sector, by its position in [`PARTNER_VOCABULARY`]`.sectors`.
///
/// ```
/// use partnership_engine::partners::Sector;
/// let faith = Sector::from_id("faith").unwrap();
/// assert_eq!(faith.id(), "faith");
/// assert_eq!(Sector::from_id("pirates"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sector(u8);

impl Sector {
    /// The sector with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        let i = PARTNER_VOCABULARY.sectors.iter().position(|s| s.id == id)?;
        u8::try_from(i).ok().map(Sector)
    }

    /// The catch-all sector `other`.
    pub fn other() -> Self {
        Self::from_id("other").unwrap_or(Sector(0))
    }

    /// Every sector, in file order.
    pub fn all() -> impl Iterator<Item = Sector> {
        (0..PARTNER_VOCABULARY.sectors.len()).filter_map(|i| u8::try_from(i).ok().map(Sector))
    }

    fn def(self) -> Option<&'static SectorDef> {
        PARTNER_VOCABULARY.sectors.get(usize::from(self.0))
    }

    /// The stable id.
    pub fn id(self) -> &'static str {
        self.def().map_or("other", |d| d.id)
    }

    /// The label shown to users.
    pub fn label(self) -> Text {
        self.def().map_or(Text::new(u16::MAX), |d| d.label)
    }
}

/// A role or kind of value, by its position in [`PARTNER_VOCABULARY`]`.offers`.
///
/// ```
/// use partnership_engine::partners::{Offer, OfferKind};
/// assert_eq!(Offer::from_id("funding").unwrap().kind(), OfferKind::Value);
/// assert_eq!(Offer::from_id("facilitation").unwrap().kind(), OfferKind::Role);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Offer(u8);

impl Offer {
    /// The role or kind of value with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        let i = PARTNER_VOCABULARY.offers.iter().position(|s| s.id == id)?;
        u8::try_from(i).ok().map(Offer)
    }

    /// Every role, then every kind of value, in file order.
    pub fn all() -> impl Iterator<Item = Offer> {
        (0..PARTNER_VOCABULARY.offers.len()).filter_map(|i| u8::try_from(i).ok().map(Offer))
    }

    fn def(self) -> Option<&'static OfferDef> {
        PARTNER_VOCABULARY.offers.get(usize::from(self.0))
    }

    /// The stable id.
    pub fn id(self) -> &'static str {
        self.def().map_or("", |d| d.id)
    }

    /// Role or kind of value.
    pub fn kind(self) -> OfferKind {
        self.def().map_or(OfferKind::Value, |d| d.kind)
    }

    /// The label shown to users.
    pub fn label(self) -> Text {
        self.def().map_or(Text::new(u16::MAX), |d| d.label)
    }

    /// The position in the vocabulary (0..32).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// A set of roles and kinds of value, as a bit set over [`Offer`] positions.
///
/// ```
/// use partnership_engine::partners::{Offer, OfferSet};
/// let mut set = OfferSet::EMPTY;
/// set.insert(Offer::from_id("funding").unwrap());
/// assert!(set.contains(Offer::from_id("funding").unwrap()));
/// assert_eq!(set.len(), 1);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OfferSet(u32);

impl OfferSet {
    pub const EMPTY: OfferSet = OfferSet(0);

    /// The set from its bits; bits beyond the vocabulary are dropped.
    pub fn from_bits(bits: u32) -> Self {
        let n = PARTNER_VOCABULARY.offers.len();
        let valid = if n >= 32 { u32::MAX } else { (1u32 << n) - 1 };
        OfferSet(bits & valid)
    }

    /// The bits: bit `i` is offer `i`.
    pub fn bits(self) -> u32 {
        self.0
    }

    pub fn contains(self, offer: Offer) -> bool {
        offer.0 < 32 && self.0 & (1 << offer.0) != 0
    }

    pub fn insert(&mut self, offer: Offer) {
        if offer.0 < 32 {
            self.0 |= 1 << offer.0;
        }
    }

    pub fn remove(&mut self, offer: Offer) {
        if offer.0 < 32 {
            self.0 &= !(1 << offer.0);
        }
    }

    /// Adds or removes `offer`.
    pub fn set(&mut self, offer: Offer, on: bool) {
        if on {
            self.insert(offer);
        } else {
            self.remove(offer);
        }
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn union(self, other: OfferSet) -> OfferSet {
        OfferSet(self.0 | other.0)
    }

    pub fn intersection(self, other: OfferSet) -> OfferSet {
        OfferSet(self.0 & other.0)
    }

    pub fn difference(self, other: OfferSet) -> OfferSet {
        OfferSet(self.0 & !other.0)
    }

    /// The members, in vocabulary order.
    pub fn iter(self) -> impl Iterator<Item = Offer> {
        (0u8..32).filter(move |i| self.0 & (1 << i) != 0).map(Offer)
    }

    /// The members that are roles.
    pub fn roles(self) -> impl Iterator<Item = Offer> {
        self.iter().filter(|o| o.kind() == OfferKind::Role)
    }

    /// The members that are kinds of value.
    pub fn values(self) -> impl Iterator<Item = Offer> {
        self.iter().filter(|o| o.kind() == OfferKind::Value)
    }
}

impl FromIterator<Offer> for OfferSet {
    fn from_iter<I: IntoIterator<Item = Offer>>(iter: I) -> Self {
        let mut set = OfferSet::EMPTY;
        for o in iter {
            set.insert(o);
        }
        set
    }
}
