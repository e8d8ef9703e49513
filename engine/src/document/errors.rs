//! What can go wrong reading a results document, in words for a non-technical user:
//! [`ImportError`] refuses a file, [`ImportWarning`] says what was left out of one that was
//! read.

use super::format::FORMAT_VERSION;
use crate::partners::{MAX_CANDIDATES, MAX_NEEDS, PartnerError};
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
        note: &'static str,
    },
    /// An answer to a question that was withdrawn because its meaning changed was left
    /// out; `note` says why and what to do.
    RetiredItemDropped { id: String, note: &'static str },
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
            Self::UnknownInstrument { id } => write!(
                f,
                "The file includes a questionnaire this version does not know (“{id}”); its answers were left out."
            ),
            Self::NewerInstrument { id, version, known } => write!(
                f,
                "The “{id}” questions in this file come from a newer edition ({version}) than this version has ({known}). The answers were kept, but some questions may have changed."
            ),
            Self::UnknownItem { id } => write!(
                f,
                "An answer to a question this version does not have (“{id}”) was left out."
            ),
            Self::RetiredItemMoved { note, .. } => f.write_str(note),
            Self::RetiredItemDropped { note, .. } => {
                write!(f, "{note} (Your earlier answer was left out.)")
            }
            Self::UnknownPartnerTerm { id } => write!(
                f,
                "The partner list mentions a role or kind of value this version does not know (“{id}”); it was left out."
            ),
            Self::UnknownPartnerSector { id } => write!(
                f,
                "A partner organisation's sector (“{id}”) is not one this version knows; it was put under Other."
            ),
            Self::More { count } => {
                let verb = if *count == 1 { "was" } else { "were" };
                write!(
                    f,
                    "{} {verb} left out for the same reasons.",
                    crate::words::count(*count, "more answer", "more answers")
                )
            }
        }
    }
}

/// Why a file could not be imported. `Display` gives a message for a non-technical user.
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
    /// A required field is missing or unreadable; `field` says which, in plain words.
    InvalidField { field: &'static str },
    /// An answer outside its allowed values.
    OutOfRange { item: String, found: String },
    /// A text longer than its limit.
    TextTooLong {
        field: String,
        chars: usize,
        limit: usize,
    },
    /// Workshop mode already holds as many bytes of files as it reads into one merge.
    WorkshopFull { limit: u64 },
    /// UTF-16 without a valid byte order mark and text, or text that is not Unicode.
    BadEncoding,
    /// Partner organisation number `position` (from 1) has something other than a set of
    /// named ratings where its ratings belong (missing ratings just mean "not rated yet").
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
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "This file is too large to be an assessment ({} MB; assessment files are at most {} MB). Please check that you picked the right file.",
                DisplayMb(*bytes),
                DisplayMb(super::format::MAX_FILE_BYTES)
            ),
            Self::WorkshopFull { limit } => write!(
                f,
                "Workshop mode can take up to {} MB of files in one round, and this file would go past that, so it was left out. The files already added are still used. To add more, save the group summary, choose “Start over” and add the rest in a new round.",
                DisplayMb(usize::try_from(*limit).unwrap_or(usize::MAX))
            ),
            Self::BadEncoding => f.write_str(
                "This file is saved in a text encoding that could not be read: it starts like a “Unicode” (UTF-16) file, but its text is broken. Please save it again as UTF-8, or choose the .json file you saved from Partnership Assessment.",
            ),
            Self::PartnerRatings { position } => write!(
                f,
                "Partner organisation number {position} in this file cannot be used: its five ratings (mission, resources, relationship, capacity and trust) are not written as ratings."
            ),
            Self::TooDeep => f.write_str(
                "This file is not an assessment: its contents are nested far more deeply than an assessment ever is. It may be damaged.",
            ),
            Self::NotJson { line, column } => write!(
                f,
                "This file is not an assessment file: it could not be read as one (the problem starts at line {line}, character {column}). Please choose the .json file you saved from Partnership Assessment."
            ),
            Self::NotOurFormat => f.write_str(
                "This file is not a Partnership Assessment results file. Please choose a file you saved from Partnership Assessment.",
            ),
            Self::NewerVersion { found } => write!(
                f,
                "This file was saved by a newer version of Partnership Assessment (format {found}; this version reads up to format {FORMAT_VERSION}). Please open it with the newer version, or ask for the widget to be updated."
            ),
            Self::InvalidField { field } => write!(
                f,
                "This assessment file is damaged: one part of it (the {field}) is missing or unreadable."
            ),
            Self::OutOfRange { item, found } => write!(
                f,
                "This assessment file is damaged: the answer saved for “{item}” ({found}) is not one of the allowed answers."
            ),
            Self::TextTooLong { field, chars, limit } => write!(
                f,
                "The {field} in this file is {chars} characters long, but at most {limit} are allowed. Please shorten it in the original and save the file again."
            ),
            Self::Partner { position, problem } => {
                match (position, problem) {
                    (None, PartnerError::TooManyCandidates) => write!(
                        f,
                        "This file lists more than {MAX_CANDIDATES} partner organisations, the most an assessment can hold. It may be damaged."
                    ),
                    (None, PartnerError::TooManyNeeds) => write!(
                        f,
                        "This file ticks more than {MAX_NEEDS} needs for the alliance, the most an assessment can hold. It may be damaged."
                    ),
                    (None, problem) => write!(f, "The partner list in this file cannot be used: {problem}"),
                    (Some(n), problem) => write!(
                        f,
                        "Partner organisation number {n} in this file cannot be used: {problem}"
                    ),
                }
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Megabytes with one decimal, in integers (no floats in the engine).
struct DisplayMb(usize);

impl fmt::Display for DisplayMb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = (self.0 as u64 * 10 + 524_288) / 1_048_576;
        write!(f, "{}.{}", tenths / 10, tenths % 10)
    }
}
