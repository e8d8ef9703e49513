//! The partner map the user builds: [`Candidate`]s with their ratings and offers, the needs
//! of the alliance, and every limit, with a plain-English [`PartnerError`] for each way an
//! edit can be refused.

use super::priority::{GivenRatings, PriorityDecision, decide_given};
use super::vocabulary::{Offer, OfferSet, PARTNER_VOCABULARY, Sector};
use crate::catalogue::{fill, msg, number};
use crate::text::shorten;
use crate::words::quoted;
use std::fmt;

/// The longest candidate name, in characters (after trimming).
pub const MAX_NAME_CHARS: usize = 120;
/// The longest notes, in characters.
pub const MAX_NOTES_CHARS: usize = 2000;
/// The most candidates a map holds.
pub const MAX_CANDIDATES: usize = 200;
/// The most needs an alliance can tick.
pub const MAX_NEEDS: usize = 16;
/// The id of the role that marks a community connector.
pub const COMMUNITY_CONNECTOR: &str = "community-connector";

/// `("partners", version)` of the vocabulary, as listed in the results document's
/// `instruments`.
pub fn vocabulary_version() -> (&'static str, u32) {
    (PARTNER_VOCABULARY.id, PARTNER_VOCABULARY.version)
}

/// Why an edit to the partner map was refused. `Display` is a message for the user, in the
/// language spoken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerError {
    /// The name is empty or only spaces.
    NameEmpty,
    /// The name is longer than [`MAX_NAME_CHARS`] characters after trimming.
    NameTooLong { chars: usize },
    /// The notes are longer than [`MAX_NOTES_CHARS`] characters.
    NotesTooLong { chars: usize },
    /// The map already holds [`MAX_CANDIDATES`] candidates.
    TooManyCandidates,
    /// More than [`MAX_NEEDS`] needs ticked.
    TooManyNeeds,
    /// No candidate at this position (0-based).
    NoSuchCandidate { index: usize },
    /// A sector id the vocabulary does not have.
    UnknownSector { id: String },
    /// A role or kind of value the vocabulary does not have.
    UnknownOffer { id: String },
    /// A rating that is not `low`, `medium` or `high`.
    BadRating {
        criterion: &'static str,
        found: String,
    },
}

impl fmt::Display for PartnerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NameEmpty => f.write_str(msg::PARTNER_MAP_NAME_EMPTY.text()),
            Self::NameTooLong { chars } => f.write_str(
                &msg::PARTNER_MAP_NAME_TOO_LONG
                    .count_with(*chars, &[("limit", &number(MAX_NAME_CHARS))]),
            ),
            Self::NotesTooLong { chars } => f.write_str(
                &msg::PARTNER_MAP_NOTES_TOO_LONG
                    .count_with(*chars, &[("limit", &number(MAX_NOTES_CHARS))]),
            ),
            Self::TooManyCandidates => {
                f.write_str(&msg::PARTNER_MAP_TOO_MANY_CANDIDATES.count(MAX_CANDIDATES))
            }
            Self::TooManyNeeds => f.write_str(&msg::PARTNER_MAP_TOO_MANY_NEEDS.count(MAX_NEEDS)),
            Self::NoSuchCandidate { index } => f.write_str(
                &msg::PARTNER_MAP_NO_SUCH_CANDIDATE
                    .with(&[("number", &number(index.saturating_add(1)))]),
            ),
            Self::UnknownSector { id } => f.write_str(
                &msg::PARTNER_MAP_UNKNOWN_SECTOR.with(&[("value", &quoted(&shorten(id)))]),
            ),
            Self::UnknownOffer { id } => f.write_str(
                &msg::PARTNER_MAP_UNKNOWN_OFFER.with(&[("value", &quoted(&shorten(id)))]),
            ),
            Self::BadRating { criterion, found } => {
                f.write_str(&msg::PARTNER_MAP_BAD_RATING.with(&[
                    ("criterion", criterion_shown(criterion)),
                    ("value", &quoted(&shorten(found))),
                ]))
            }
        }
    }
}

/// A criterion named in a [`PartnerError::BadRating`] (by its English label or its id), in
/// the language spoken; anything else as given.
fn criterion_shown(criterion: &'static str) -> &'static str {
    PARTNER_VOCABULARY
        .criteria
        .iter()
        .find(|c| c.label.en() == criterion || c.id == criterion)
        .map_or(criterion, |c| c.label.show())
}

impl std::error::Error for PartnerError {}

/// Checks a name as typed: trimmed, 1 to [`MAX_NAME_CHARS`] characters. Returns the
/// trimmed name. For validating a form field as the user types.
///
/// ```
/// use partnership_engine::partners::{validate_name, PartnerError};
/// assert_eq!(validate_name("  Food Bank "), Ok("Food Bank".to_owned()));
/// assert_eq!(validate_name("   "), Err(PartnerError::NameEmpty));
/// assert!(validate_name(&"é".repeat(120)).is_ok()); // characters, not bytes
/// ```
pub fn validate_name(name: &str) -> Result<String, PartnerError> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(PartnerError::NameEmpty);
    }
    let chars = trimmed.chars().take(MAX_NAME_CHARS + 1).count();
    if chars > MAX_NAME_CHARS {
        return Err(PartnerError::NameTooLong {
            chars: trimmed.chars().count(),
        });
    }
    Ok(trimmed.to_owned())
}

/// Checks notes as typed: at most [`MAX_NOTES_CHARS`] characters. Notes are kept as given.
pub fn validate_notes(notes: &str) -> Result<(), PartnerError> {
    if notes.chars().take(MAX_NOTES_CHARS + 1).count() > MAX_NOTES_CHARS {
        return Err(PartnerError::NotesTooLong {
            chars: notes.chars().count(),
        });
    }
    Ok(())
}

/// A candidate organisation.
///
/// The community-connector flag is the role `community-connector`: one fact, stored once
/// ([`Candidate::is_community_connector`], [`Candidate::set_community_connector`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Candidate {
    name: String,
    notes: String,
    pub sector: Sector,
    /// The roles it could play and the kinds of value it could bring.
    pub offers: OfferSet,
    /// Its ratings; each is "Not rated yet" (`None`) until someone gives it.
    pub ratings: GivenRatings,
}

impl Candidate {
    /// A candidate with this name (see [`validate_name`]), in `sector`, offering nothing
    /// yet, not rated yet, no notes.
    pub fn new(name: &str, sector: Sector) -> Result<Candidate, PartnerError> {
        Ok(Candidate {
            name: validate_name(name)?,
            notes: String::new(),
            sector,
            offers: OfferSet::EMPTY,
            ratings: GivenRatings::default(),
        })
    }

    /// The name, trimmed.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Renames (see [`validate_name`]); on error nothing changes.
    pub fn set_name(&mut self, name: &str) -> Result<(), PartnerError> {
        self.name = validate_name(name)?;
        Ok(())
    }

    /// The notes, as given.
    pub fn notes(&self) -> &str {
        &self.notes
    }

    /// Replaces the notes (see [`validate_notes`]); on error nothing changes.
    pub fn set_notes(&mut self, notes: &str) -> Result<(), PartnerError> {
        validate_notes(notes)?;
        self.notes = notes.to_owned();
        Ok(())
    }

    /// The roles it could play.
    pub fn roles(&self) -> impl Iterator<Item = Offer> {
        self.offers.roles()
    }

    /// The kinds of value it could bring.
    pub fn values(&self) -> impl Iterator<Item = Offer> {
        self.offers.values()
    }

    /// Whether it is flagged as a community connector.
    pub fn is_community_connector(&self) -> bool {
        Offer::from_id(COMMUNITY_CONNECTOR).is_some_and(|o| self.offers.contains(o))
    }

    /// Flags or unflags it as a community connector.
    pub fn set_community_connector(&mut self, on: bool) {
        if let Some(o) = Offer::from_id(COMMUNITY_CONNECTOR) {
            self.offers.set(o, on);
        }
    }

    /// Its priority, with the reasons; `None` until the ratings it rests on are given
    /// ([`decide_given`]).
    pub fn priority(&self) -> Option<PriorityDecision> {
        decide_given(&self.ratings)
    }

    /// Its priority alone, if it has one.
    pub fn priority_level(&self) -> Option<super::priority::Priority> {
        self.priority().map(|d| d.priority)
    }
}

/// The user's partner map: the candidates, in the order the user keeps them, and the needs
/// of the alliance. At most [`MAX_CANDIDATES`] candidates and [`MAX_NEEDS`] needs.
///
/// ```
/// use partnership_engine::partners::*;
/// let mut map = PartnerMap::default();
/// let library = Candidate::new("Public library", Sector::from_id("government").unwrap()).unwrap();
/// let i = map.add(library).unwrap();
/// let copy = map.duplicate(i).unwrap();
/// assert_eq!(map.candidates()[copy].name(), "Public library (copy)");
/// map.remove(i).unwrap();
/// assert_eq!(map.len(), 1);
/// assert_eq!(map.remove(5), Err(PartnerError::NoSuchCandidate { index: 5 }));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PartnerMap {
    candidates: Vec<Candidate>,
    needs: OfferSet,
}

impl PartnerMap {
    /// The candidates, in order.
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Adds a candidate at the end; returns its position.
    pub fn add(&mut self, candidate: Candidate) -> Result<usize, PartnerError> {
        if self.candidates.len() >= MAX_CANDIDATES {
            return Err(PartnerError::TooManyCandidates);
        }
        self.candidates.push(candidate);
        Ok(self.candidates.len() - 1)
    }

    /// Replaces the candidate at `index`.
    pub fn edit(&mut self, index: usize, candidate: Candidate) -> Result<(), PartnerError> {
        let slot = self
            .candidates
            .get_mut(index)
            .ok_or(PartnerError::NoSuchCandidate { index })?;
        *slot = candidate;
        Ok(())
    }

    /// Inserts a copy of the candidate at `index` right after it, named "… (copy)" in the
    /// language spoken (the original's name cut to fit the name limit); returns the copy's
    /// position.
    pub fn duplicate(&mut self, index: usize) -> Result<usize, PartnerError> {
        let original = self
            .candidates
            .get(index)
            .ok_or(PartnerError::NoSuchCandidate { index })?;
        if self.candidates.len() >= MAX_CANDIDATES {
            return Err(PartnerError::TooManyCandidates);
        }
        let template = msg::PARTNER_MAP_COPY_NAME.text();
        let added = template.chars().count().saturating_sub("{name}".len());
        let keep = MAX_NAME_CHARS.saturating_sub(added);
        let stem: String = original.name.chars().take(keep).collect();
        let mut copy = original.clone();
        copy.name = fill(template, &[("name", stem.trim_end())]);
        self.candidates.insert(index + 1, copy);
        Ok(index + 1)
    }

    /// Removes and returns the candidate at `index`.
    pub fn remove(&mut self, index: usize) -> Result<Candidate, PartnerError> {
        if index >= self.candidates.len() {
            return Err(PartnerError::NoSuchCandidate { index });
        }
        Ok(self.candidates.remove(index))
    }

    /// The ticked needs.
    pub fn needs(&self) -> OfferSet {
        self.needs
    }

    /// Ticks or unticks a need.
    pub fn set_need(&mut self, need: Offer, on: bool) -> Result<(), PartnerError> {
        let mut needs = self.needs;
        needs.set(need, on);
        self.set_needs(needs)
    }

    /// Replaces the ticked needs.
    pub fn set_needs(&mut self, needs: OfferSet) -> Result<(), PartnerError> {
        if needs.len() > MAX_NEEDS {
            return Err(PartnerError::TooManyNeeds);
        }
        self.needs = needs;
        Ok(())
    }
}
