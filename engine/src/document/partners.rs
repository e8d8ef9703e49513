//! The partner section of the results document (format 2): writing the partner map, and
//! reading it back strictly from the reader's own JSON values.
//!
//! ```json
//! "partners": {
//!   "needs": ["funding", "volunteers"],
//!   "candidates": [{
//!     "name": "Riverside Library", "sector": "government",
//!     "roles": ["community-connector"], "values": ["space"],
//!     "ratings": { "missionAlignment": "high", "resourceComplementarity": "medium",
//!                  "relationshipPotential": "high", "capacityToEngage": "medium",
//!                  "existingTrust": "high" },
//!     "notes": "…", "priority": "immediate"
//!   }]
//! }
//! ```
//!
//! `priority` is informative (the importer recomputes it). Unknown sector ids fall back to
//! `other`, unknown roles, kinds of value and needs are dropped; each gives a warning.
//!
//! A rating nobody gave yet is left out of `ratings` (and `priority` is left out while the
//! given ratings do not settle it). On import a missing or `null` rating, or a missing or
//! `null` `ratings`, means "not rated yet"; an unknown rating is still an error. Every file
//! written before ratings became optional carries all five, so it reads exactly as before.

use super::errors::{ImportError, ImportWarning, field, found};
use super::json::Json;
use crate::partners::{
    Candidate, Criterion, GivenRatings, MAX_CANDIDATES, Offer, OfferKind, OfferSet, PartnerError,
    PartnerMap, PartnerRating, Priority, Sector, validate_name, validate_notes,
};
use crate::text::shorten;
use serde::Serialize;

/// The `partners` section as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PartnersDocument {
    /// The roles and kinds of value the alliance needs (ids from `partners.toml`), at most 16.
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::needs"))]
    pub needs: Vec<&'static str>,
    /// The candidate organisations, in the user's order, at most 200.
    #[cfg_attr(feature = "schema", schemars(length(max = 200)))]
    pub candidates: Vec<CandidateDocument>,
}

/// One candidate as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CandidateDocument {
    /// 1 to 120 characters, trimmed. Shown as plain text, never as markup.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 120)))]
    pub name: String,
    /// A sector id from `partners.toml`.
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::sector"))]
    pub sector: &'static str,
    /// Role ids from `partners.toml` (`community-connector` is the community-connector flag).
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::roles"))]
    pub roles: Vec<&'static str>,
    /// Kind-of-value ids from `partners.toml`.
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::values"))]
    pub values: Vec<&'static str>,
    pub ratings: RatingsDocument,
    /// Free notes, at most 2,000 characters, as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = 2000)))]
    pub notes: String,
    /// Informative: recomputed from the ratings on import. Left out while the ratings
    /// given do not settle a priority ("Not rated yet").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
}

/// The five ratings as written; a rating not given yet is left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RatingsDocument {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mission_alignment: Option<PartnerRating>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_complementarity: Option<PartnerRating>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relationship_potential: Option<PartnerRating>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity_to_engage: Option<PartnerRating>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing_trust: Option<PartnerRating>,
}

impl PartnersDocument {
    /// The section for `map`.
    pub fn new(map: &PartnerMap) -> Self {
        PartnersDocument {
            needs: map.needs().iter().map(Offer::id).collect(),
            candidates: map
                .candidates()
                .iter()
                .map(|c| CandidateDocument {
                    name: c.name().to_owned(),
                    sector: c.sector.id(),
                    roles: c.roles().map(Offer::id).collect(),
                    values: c.values().map(Offer::id).collect(),
                    ratings: RatingsDocument {
                        mission_alignment: c.ratings.mission_alignment,
                        resource_complementarity: c.ratings.resource_complementarity,
                        relationship_potential: c.ratings.relationship_potential,
                        capacity_to_engage: c.ratings.capacity_to_engage,
                        existing_trust: c.ratings.existing_trust,
                    },
                    notes: c.notes().to_owned(),
                    priority: c.priority_level(),
                })
                .collect(),
        }
    }
}

const DAMAGED: ImportError = ImportError::InvalidField {
    field: field::PARTNER_LIST,
};

fn at(position: usize, problem: PartnerError) -> ImportError {
    ImportError::Partner {
        position: Some(position + 1),
        problem,
    }
}

/// A list of ids: missing or `null` is empty; anything else but a list of texts is damage.
fn ids<'v>(v: Option<&'v Json<'_>>) -> Result<Vec<&'v str>, ImportError> {
    match v {
        None | Some(Json::Null) => Ok(Vec::new()),
        Some(Json::Array(items)) => items.iter().map(|i| i.as_str().ok_or(DAMAGED)).collect(),
        Some(_) => Err(DAMAGED),
    }
}

fn offers(list: Vec<&str>, kind: OfferKind, warn: &mut dyn FnMut(ImportWarning)) -> OfferSet {
    let mut set = OfferSet::EMPTY;
    for id in list {
        match Offer::from_id(id) {
            Some(o) if o.kind() == kind => set.insert(o),
            _ => warn(ImportWarning::UnknownPartnerTerm { id: shorten(id) }),
        }
    }
    set
}

/// Reads the `partners` section (already known to be present and not `null`).
pub(super) fn read(
    v: &Json,
    warn: &mut dyn FnMut(ImportWarning),
) -> Result<PartnerMap, ImportError> {
    if v.as_object().is_none() {
        return Err(DAMAGED);
    }
    let mut map = PartnerMap::default();
    let mut needs = OfferSet::EMPTY;
    for id in ids(v.get("needs"))? {
        match Offer::from_id(id) {
            Some(o) => needs.insert(o),
            None => warn(ImportWarning::UnknownPartnerTerm { id: shorten(id) }),
        }
    }
    map.set_needs(needs)
        .map_err(|problem| ImportError::Partner {
            position: None,
            problem,
        })?;
    let list = match v.get("candidates") {
        None | Some(Json::Null) => return Ok(map),
        Some(Json::Array(list)) => list,
        Some(_) => return Err(DAMAGED),
    };
    if list.len() > MAX_CANDIDATES {
        return Err(ImportError::Partner {
            position: None,
            problem: PartnerError::TooManyCandidates,
        });
    }
    for (i, c) in list.iter().enumerate() {
        if c.as_object().is_none() {
            return Err(DAMAGED);
        }
        let name = match c.get("name") {
            Some(Json::Str(s)) => validate_name(s).map_err(|p| at(i, p))?,
            None | Some(Json::Null) => return Err(at(i, PartnerError::NameEmpty)),
            Some(_) => return Err(DAMAGED),
        };
        let sector = match c.get("sector") {
            Some(Json::Str(s)) => match Sector::from_id(s) {
                Some(sector) => sector,
                None => {
                    warn(ImportWarning::UnknownPartnerSector { id: shorten(s) });
                    Sector::other()
                }
            },
            None | Some(Json::Null) => Sector::other(),
            Some(_) => return Err(DAMAGED),
        };
        let roles = offers(ids(c.get("roles"))?, OfferKind::Role, warn);
        let values = offers(ids(c.get("values"))?, OfferKind::Value, warn);
        let notes = match c.get("notes") {
            None | Some(Json::Null) => "",
            Some(Json::Str(s)) => &**s,
            Some(_) => return Err(DAMAGED),
        };
        validate_notes(notes).map_err(|p| at(i, p))?;
        let ratings_v = match c.get("ratings") {
            // No ratings at all: not rated yet.
            None | Some(Json::Null) => None,
            Some(r) if r.as_object().is_some() => Some(r),
            // Not named ratings at all (a single word, a list): say so, rather than
            // blaming the first rating.
            Some(_) => return Err(ImportError::PartnerRatings { position: i + 1 }),
        };
        let mut ratings = GivenRatings::default();
        for (criterion, key) in Criterion::ALL.into_iter().zip([
            "missionAlignment",
            "resourceComplementarity",
            "relationshipPotential",
            "capacityToEngage",
            "existingTrust",
        ]) {
            let value = match ratings_v.and_then(|r| r.get(key)) {
                // Missing or null: not rated yet.
                None | Some(Json::Null) => continue,
                Some(v) => v,
            };
            let rating = value.as_str().and_then(PartnerRating::from_id);
            let Some(rating) = rating else {
                let found = match value {
                    Json::Str(s) => s.to_string(),
                    Json::Int(n) => found::int(*n),
                    _ => found::something_else(),
                };
                return Err(at(
                    i,
                    PartnerError::BadRating {
                        criterion: criterion.label().show(),
                        found,
                    },
                ));
            };
            ratings.set(criterion, Some(rating));
        }
        let mut candidate = Candidate::new(&name, sector).map_err(|p| at(i, p))?;
        candidate.offers = roles.union(values);
        candidate.ratings = ratings;
        candidate.set_notes(notes).map_err(|p| at(i, p))?;
        map.add(candidate).map_err(|p| at(i, p))?;
    }
    Ok(map)
}

/// Schemas listing the vocabulary's ids, so the committed schema names every allowed value.
#[cfg(feature = "schema")]
mod schema {
    use crate::partners::{OfferKind, PARTNER_VOCABULARY};
    use schemars::{Schema, SchemaGenerator, json_schema};

    fn offers(kind: Option<OfferKind>) -> Vec<&'static str> {
        PARTNER_VOCABULARY
            .offers
            .iter()
            .filter(|o| kind.is_none_or(|k| o.kind == k))
            .map(|o| o.id)
            .collect()
    }

    pub fn sector(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = PARTNER_VOCABULARY.sectors.iter().map(|s| s.id).collect();
        json_schema!({ "description": "A sector id from `partners.toml`.", "type": "string", "enum": ids })
    }

    pub fn roles(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Role ids from `partners.toml` (`community-connector` is the community-connector flag).",
            "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": offers(Some(OfferKind::Role)) }
        })
    }

    pub fn values(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Kind-of-value ids from `partners.toml`.",
            "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": offers(Some(OfferKind::Value)) }
        })
    }

    pub fn needs(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The roles and kinds of value the alliance needs (ids from `partners.toml`), at most 16.",
            "type": "array", "uniqueItems": true, "maxItems": 16, "items": { "type": "string", "enum": offers(None) }
        })
    }
}
