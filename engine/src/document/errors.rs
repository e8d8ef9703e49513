//! What can go wrong reading a results document, in words for a non-technical user:
//! [`ImportError`] refuses a file, [`ImportWarning`] says what was left out of one that was
//! read. Both are written from the catalogue's `[document]` section, in the language spoken
//! when they are displayed; the values they carry (ids, field names) stay English.

use super::format::FORMAT_VERSION;
use crate::catalogue::{msg, number};
use crate::partners::{MAX_CANDIDATES, MAX_NEEDS, PartnerError, Sector};
use crate::text::{Text, shorten};
use crate::words::quoted;
use std::fmt;

/// Something left out of an imported file, or worth knowing about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// The file names an instrument this version does not have.
    UnknownInstrument { id: String },
    /// The file was made with a newer edition of an instrument's questions.
    NewerInstrument {
        id: String,
        version: u64,
        known: u32,
    },
    /// An answer to a question this version does not have was left out.
    UnknownItem { id: String },
    /// An answer to a question that was reworded, keeping its meaning, was moved to the
    /// new wording (`to`); `note` says what changed.
    RetiredItemMoved {
        id: String,
        to: &'static str,
        note: Text,
    },
    /// An answer to a question that was withdrawn because its meaning changed was left
    /// out; `note` says why and what to do.
    RetiredItemDropped { id: String, note: Text },
    /// A role, kind of value or need in the partner list that this version does not have
    /// was left out.
    UnknownPartnerTerm { id: String },
    /// A partner's sector is unknown to this version; it was put under "Other".
    UnknownPartnerSector { id: String },
    /// More warnings than are worth listing.
    More { count: usize },
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownInstrument { id } => {
                f.write_str(&msg::DOCUMENT_UNKNOWN_INSTRUMENT.with(&[("id", &quoted(id))]))
            }
            Self::NewerInstrument { id, version, known } => {
                f.write_str(&msg::DOCUMENT_NEWER_INSTRUMENT.with(&[
                    ("id", &quoted(&shorten(id))),
                    ("version", &number(*version)),
                    ("known", &number(*known)),
                ]))
            }
            Self::UnknownItem { id } => {
                f.write_str(&msg::DOCUMENT_UNKNOWN_ITEM.with(&[("id", &quoted(id))]))
            }
            Self::RetiredItemMoved { note, .. } => f.write_str(note.show()),
            Self::RetiredItemDropped { note, .. } => {
                f.write_str(&msg::DOCUMENT_RETIRED_DROPPED.with(&[("note", note.show())]))
            }
            Self::UnknownPartnerTerm { id } => {
                f.write_str(&msg::DOCUMENT_UNKNOWN_PARTNER_TERM.with(&[("id", &quoted(id))]))
            }
            Self::UnknownPartnerSector { id } => {
                f.write_str(&msg::DOCUMENT_UNKNOWN_PARTNER_SECTOR.with(&[
                    ("id", &quoted(id)),
                    ("other", Sector::other().label().show()),
                ]))
            }
            Self::More { count } => f.write_str(&msg::DOCUMENT_MORE_LEFT_OUT.count(*count)),
        }
    }
}

/// Why a file could not be imported. `Display` gives a message for a non-technical user,
/// in the language spoken now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`](super::format::MAX_FILE_BYTES).
    TooLarge { bytes: usize },
    /// Arrays or objects nested deeper than [`MAX_NESTING`](super::read::MAX_NESTING).
    TooDeep,
    /// Not JSON at all.
    NotJson { line: usize, column: usize },
    /// JSON, but not a Partnership Assessment results document.
    NotOurFormat,
    /// Written by a newer version of the product.
    NewerVersion { found: u64 },
    /// A required field is missing or unreadable; `field` says which (an English name from
    /// `errors::field`; people read it through the catalogue).
    InvalidField { field: &'static str },
    /// An answer outside its allowed values.
    OutOfRange { item: String, found: String },
    /// A text longer than its limit; `field` is named as in [`ImportError::InvalidField`],
    /// or is `"reflection "` and the question's id.
    TextTooLong {
        field: String,
        chars: usize,
        limit: usize,
    },
    /// Workshop mode already holds as many bytes of files as it reads into one merge.
    WorkshopFull { limit: u64 },
    /// UTF-16 without a valid byte order mark and text, or text that is not Unicode.
    BadEncoding,
    /// Partner organisation number `position` (from 1) has no set of five ratings.
    PartnerRatings { position: usize },
    /// The partner list breaks a rule: too many organisations or needs (`position` is
    /// `None`), or organisation number `position` (from 1) is invalid.
    Partner {
        position: Option<usize>,
        problem: PartnerError,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text =
            match self {
                Self::TooLarge { bytes } => msg::DOCUMENT_TOO_LARGE.with(&[
                    ("size", &megabytes(*bytes)),
                    ("limit", &megabytes(super::format::MAX_FILE_BYTES)),
                ]),
                Self::WorkshopFull { limit } => msg::DOCUMENT_WORKSHOP_FULL.with(&[(
                    "limit",
                    &megabytes(usize::try_from(*limit).unwrap_or(usize::MAX)),
                )]),
                Self::BadEncoding => msg::DOCUMENT_BAD_ENCODING.text().to_owned(),
                Self::PartnerRatings { position } => {
                    msg::DOCUMENT_PARTNER_RATINGS.with(&[("position", &number(*position))])
                }
                Self::TooDeep => msg::DOCUMENT_TOO_DEEP.text().to_owned(),
                Self::NotJson { line, column } => msg::DOCUMENT_NOT_JSON
                    .with(&[("line", &number(*line)), ("column", &number(*column))]),
                Self::NotOurFormat => msg::DOCUMENT_NOT_OUR_FORMAT.text().to_owned(),
                Self::NewerVersion { found } => msg::DOCUMENT_NEWER_VERSION.with(&[
                    ("found", &number(*found)),
                    ("known", &number(FORMAT_VERSION)),
                ]),
                Self::InvalidField { field } => {
                    msg::DOCUMENT_INVALID_FIELD.with(&[("field", &field_label(field))])
                }
                Self::OutOfRange { item, found } => {
                    msg::DOCUMENT_OUT_OF_RANGE.with(&[("item", &quoted(item)), ("found", found)])
                }
                Self::TextTooLong {
                    field,
                    chars,
                    limit,
                } => msg::DOCUMENT_TEXT_TOO_LONG.count_with(
                    *chars,
                    &[("field", &field_label(field)), ("limit", &number(*limit))],
                ),
                Self::Partner { position, problem } => match (position, problem) {
                    (None, PartnerError::TooManyCandidates) => msg::DOCUMENT_TOO_MANY_CANDIDATES
                        .with(&[("limit", &number(MAX_CANDIDATES))]),
                    (None, PartnerError::TooManyNeeds) => {
                        msg::DOCUMENT_TOO_MANY_NEEDS.with(&[("limit", &number(MAX_NEEDS))])
                    }
                    (None, problem) => msg::DOCUMENT_PARTNER_LIST_UNUSABLE
                        .with(&[("problem", &problem.to_string())]),
                    (Some(n), problem) => msg::DOCUMENT_PARTNER_UNUSABLE
                        .with(&[("position", &number(*n)), ("problem", &problem.to_string())]),
                },
            };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// Megabytes with one decimal, in integers (no floats in the engine), written with the
/// language's digits and decimal separator.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    let separator = msg::COMMON_DECIMAL_SEPARATOR.text();
    format!("{}{separator}{}", number(tenths / 10), number(tenths % 10))
}

/// The parts of a document an [`ImportError::InvalidField`] or [`ImportError::TextTooLong`]
/// names. The values are English ids (tests and logs compare them); people read
/// [`field_label`].
pub(crate) mod field {
    pub const RESULT_ID: &str = "result id";
    pub const CREATION_DATE: &str = "creation date";
    pub const LAST_CHANGE: &str = "date of last change";
    pub const LANGUAGE: &str = "language";
    pub const RESPONDENT_ROLE: &str = "respondent role";
    pub const ORGANIZATION_NAME: &str = "organization name";
    pub const QUESTIONNAIRES: &str = "list of questionnaires";
    pub const ANSWERS: &str = "answers";
    pub const REFLECTIONS: &str = "reflections";
    pub const READINESS_ANSWERS: &str = "readiness answers";
    pub const BARRIER_ANSWERS: &str = "barrier answers";
    pub const TIMING_ANSWERS: &str = "timing answers";
    pub const HEALTH_ANSWERS: &str = "health answers";
    pub const BALANCE_ANSWERS: &str = "balance answers";
    pub const PARTNER_LIST: &str = "partner list";
    /// The answer to a reflection question: this, then the question's id.
    pub const REFLECTION: &str = "reflection ";

    /// Every fixed field with its name for people.
    pub(super) const ALL: [(&str, crate::catalogue::Msg); 15] = {
        use crate::catalogue::msg;
        [
            (RESULT_ID, msg::DOCUMENT_FIELD_RESULT_ID),
            (CREATION_DATE, msg::DOCUMENT_FIELD_CREATION_DATE),
            (LAST_CHANGE, msg::DOCUMENT_FIELD_LAST_CHANGE),
            (LANGUAGE, msg::DOCUMENT_FIELD_LANGUAGE),
            (RESPONDENT_ROLE, msg::DOCUMENT_FIELD_RESPONDENT_ROLE),
            (ORGANIZATION_NAME, msg::DOCUMENT_FIELD_ORGANIZATION_NAME),
            (QUESTIONNAIRES, msg::DOCUMENT_FIELD_QUESTIONNAIRES),
            (ANSWERS, msg::DOCUMENT_FIELD_ANSWERS),
            (REFLECTIONS, msg::DOCUMENT_FIELD_REFLECTIONS),
            (READINESS_ANSWERS, msg::DOCUMENT_FIELD_READINESS_ANSWERS),
            (BARRIER_ANSWERS, msg::DOCUMENT_FIELD_BARRIER_ANSWERS),
            (TIMING_ANSWERS, msg::DOCUMENT_FIELD_TIMING_ANSWERS),
            (HEALTH_ANSWERS, msg::DOCUMENT_FIELD_HEALTH_ANSWERS),
            (BALANCE_ANSWERS, msg::DOCUMENT_FIELD_BALANCE_ANSWERS),
            (PARTNER_LIST, msg::DOCUMENT_FIELD_PARTNER_LIST),
        ]
    };
}

/// A part of a document named by [`field`], in the language spoken now: "creation date",
/// "reflection “What parts of our work…?”". A name this version does not know is quoted
/// as it is.
pub(crate) fn field_label(name: &str) -> String {
    if let Some((_, label)) = field::ALL.iter().find(|(id, _)| *id == name) {
        return label.text().to_owned();
    }
    if let Some(id) = name.strip_prefix(field::REFLECTION) {
        let prompt = crate::instrument::INSTRUMENTS
            .reflection
            .prompts
            .iter()
            .find(|p| p.id == id);
        let question = prompt.map_or_else(|| shorten(id), |p| shorten(p.text.show()));
        return msg::DOCUMENT_FIELD_REFLECTION.with(&[("question", &quoted(&question))]);
    }
    quoted(&shorten(name))
}

/// A value found in a file where something else belongs, in words for the messages: a
/// text quoted (and cut short), a number as written, else what kind of value it is.
pub(crate) mod found {
    use crate::catalogue::{msg, number};
    use crate::text::shorten;
    use crate::words::quoted;

    pub fn text(s: &str) -> String {
        quoted(&shorten(s))
    }
    pub fn int(n: i64) -> String {
        number(n)
    }
    pub fn list() -> String {
        msg::DOCUMENT_FOUND_LIST.text().to_owned()
    }
    pub fn group() -> String {
        msg::DOCUMENT_FOUND_GROUP.text().to_owned()
    }
    pub fn boolean(b: bool) -> String {
        let word = if b {
            msg::DOCUMENT_FOUND_TRUE
        } else {
            msg::DOCUMENT_FOUND_FALSE
        };
        word.text().to_owned()
    }
    pub fn empty() -> String {
        msg::DOCUMENT_FOUND_EMPTY.text().to_owned()
    }
    pub fn something_else() -> String {
        msg::DOCUMENT_FOUND_SOMETHING_ELSE.text().to_owned()
    }
}
