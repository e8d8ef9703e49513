//! Reading a results document back: any file a user might pick, with a plain-English
//! error for each way it can be wrong.
//!
//! Order of checks, cheapest and safest first: size (before anything else), JSON syntax
//! with the nesting depth bounded (the reader stops at the first level too deep, so hostile
//! nesting never recurses further; a separate byte scan for it was a fifth of the time of
//! merging a workshop's files),
//! "is this ours?", format version, migration to the current version, then every field.
//! Answers whose ids the instruments do not know are dropped and reported as warnings;
//! everything else that is wrong is an error. Scores in the file are ignored: the caller
//! recomputes them with [`crate::evaluate`].

use crate::INSTRUMENTS;
use crate::answers::{
    Answers, BarrierAnswer, DONT_KNOW, NOT_APPLICABLE, Rating, ReadinessAnswer, TimingAnswer,
};
use crate::document::{
    Assessment, FORMAT_VERSION, LanguageTag, MAX_ORGANIZATION_NAME_CHARS, RespondentRole, ResultId,
    SCHEMA_URN_PREFIX,
};
use crate::instrument::{DepthLevel, Instruments, Stage};
use crate::json::{self, Json};
use crate::time::Timestamp;
use std::fmt;

/// The largest file accepted: 2 MiB. A real assessment is a few tens of kilobytes.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The deepest nesting of arrays and objects accepted. The deepest part of a version 1
/// document (an explanation inside a dimension inside the results) nests 7 levels; the
/// rest is headroom for later versions.
pub const MAX_NESTING: usize = 10;
/// At most this many warnings are listed; the rest are counted.
pub const MAX_WARNINGS: usize = 50;

/// A successfully imported assessment, with what had to be left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub assessment: Assessment,
    /// What was dropped or may need a second look; empty for a file this build wrote.
    pub warnings: Vec<ImportWarning>,
    /// The format version the file was written in (older ones are migrated forward).
    pub format_version: u32,
}

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
            Self::UnknownPartnerTerm { id } => write!(
                f,
                "The partner list mentions a role or kind of value this version does not know (“{id}”); it was left out."
            ),
            Self::UnknownPartnerSector { id } => write!(
                f,
                "A partner organisation's sector (“{id}”) is not one this version knows; it was put under Other."
            ),
            Self::More { count } => write!(
                f,
                "{count} more answers were left out for the same reasons."
            ),
        }
    }
}

/// Why a file could not be imported. `Display` gives a message for a non-technical user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Arrays or objects nested deeper than [`MAX_NESTING`].
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
    /// The partner list breaks a rule: too many organisations or needs (`position` is
    /// `None`), or organisation number `position` (from 1) is invalid.
    Partner {
        position: Option<usize>,
        problem: crate::partners::PartnerError,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "This file is too large to be an assessment ({:.1} MB; assessment files are at most 2 MB). Please check that you picked the right file.",
                DisplayMb(*bytes)
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
                "This assessment file is damaged: its {field} is missing or unreadable."
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
                use crate::partners::{MAX_CANDIDATES, MAX_NEEDS, PartnerError};
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

/// Imports a results document against the built-in instruments.
///
/// ```
/// use partnership_engine::{import, ImportError};
/// assert_eq!(import(b"hello"), Err(ImportError::NotJson { line: 1, column: 1 }));
/// assert_eq!(import(b"{\"name\": \"a shopping list\"}"), Err(ImportError::NotOurFormat));
/// let err = import(b"{\"$schema\": \"urn:partnership-assessment:results:v9\", \"formatVersion\": 9}").unwrap_err();
/// assert!(err.to_string().contains("newer version"));
/// ```
pub fn import(bytes: &[u8]) -> Result<Imported, ImportError> {
    import_with(&INSTRUMENTS, bytes)
}

/// Refuses a file larger than [`MAX_FILE_BYTES`] from its size alone, so the shell can
/// say so before reading a huge file into memory.
///
/// ```
/// use partnership_engine::import::{check_file_size, MAX_FILE_BYTES};
/// assert!(check_file_size(1_000).is_ok());
/// assert!(check_file_size(MAX_FILE_BYTES as u64 + 1).is_err());
/// ```
pub fn check_file_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES as u64 {
        return Err(ImportError::TooLarge {
            bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
        });
    }
    Ok(())
}

/// [`import`] against any instruments.
pub fn import_with(
    instruments: &'static Instruments,
    bytes: &[u8],
) -> Result<Imported, ImportError> {
    check_file_size(bytes.len() as u64)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let doc = json::parse_bounded(bytes, MAX_NESTING).map_err(|(e, too_deep)| {
        if too_deep {
            ImportError::TooDeep
        } else {
            ImportError::NotJson {
                line: e.line,
                column: e.column,
            }
        }
    })?;
    let ours = doc
        .get("$schema")
        .and_then(Json::as_str)
        .is_some_and(|s| s.starts_with(SCHEMA_URN_PREFIX));
    let version = doc.get("formatVersion").and_then(Json::as_u64);
    let version = match version {
        Some(v) if ours && v >= 1 => v,
        _ => return Err(ImportError::NotOurFormat),
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(ImportError::NewerVersion { found: version });
    }
    let doc = migrate(doc, version as u32)?;
    let mut warnings = Warnings::default();
    let assessment = read_current(instruments, &doc, &mut warnings)?;
    Ok(Imported {
        assessment,
        warnings: warnings.finish(),
        format_version: version as u32,
    })
}

/// A migration turns a document of version `n` into version `n + 1`; `MIGRATIONS[0]` takes
/// version 1 to 2, and so on. Each released version keeps a fixture
/// `tests/fixtures/results-vN.json` that must import forever.
type Migration = fn(Json) -> Result<Json, ImportError>;
const MIGRATIONS: &[Migration] = &[v1_to_v2];

/// Version 2 added the partner list. A version 1 file has none: it gets an empty one (a
/// stray `partners` member in a version 1 file was never ours, so it is replaced).
fn v1_to_v2(doc: Json) -> Result<Json, ImportError> {
    let Json::Object(mut members) = doc else {
        return Err(ImportError::NotOurFormat);
    };
    members.retain(|(k, _)| k != "partners");
    members.push((
        "partners".into(),
        Json::Object(vec![
            ("needs".into(), Json::Array(Vec::new())),
            ("candidates".into(), Json::Array(Vec::new())),
        ]),
    ));
    Ok(Json::Object(members))
}

fn migrate(mut doc: Json, from: u32) -> Result<Json, ImportError> {
    let mut version = from;
    while version < FORMAT_VERSION {
        let step = MIGRATIONS
            .get(version as usize - 1)
            .ok_or(ImportError::NotOurFormat)?;
        doc = step(doc)?;
        version += 1;
    }
    Ok(doc)
}

#[derive(Default)]
struct Warnings {
    list: Vec<ImportWarning>,
    more: usize,
}

impl Warnings {
    fn push(&mut self, w: ImportWarning) {
        if self.list.len() < MAX_WARNINGS {
            self.list.push(w);
        } else {
            self.more += 1;
        }
    }

    fn unknown_item(&mut self, id: &str) {
        self.push(ImportWarning::UnknownItem { id: shorten(id) });
    }

    fn finish(mut self) -> Vec<ImportWarning> {
        if self.more > 0 {
            self.list.push(ImportWarning::More { count: self.more });
        }
        self.list
    }
}

/// Ids and values quoted back to the user are cut short: a hostile file cannot flood the
/// screen through an error message.
fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        s.chars().take(MAX).chain("…".chars()).collect()
    }
}

fn describe(v: &Json) -> String {
    match v {
        Json::Str(s) => format!("“{}”", shorten(s)),
        Json::Array(_) => "a list".to_owned(),
        Json::Object(_) => "a group of values".to_owned(),
        Json::Int(n) => n.to_string(),
        Json::Number(text) => text.clone(),
        Json::Bool(b) => b.to_string(),
        Json::Null => "empty".to_owned(),
    }
}

fn out_of_range(item: &str, v: &Json) -> ImportError {
    ImportError::OutOfRange {
        item: shorten(item),
        found: describe(v),
    }
}

fn rating(item: &str, v: &Json) -> Result<Rating, ImportError> {
    v.as_u64()
        .and_then(|n| u8::try_from(n).ok())
        .and_then(Rating::new)
        .ok_or_else(|| out_of_range(item, v))
}

fn timestamp(doc: &Json, key: &str, field: &'static str) -> Result<Timestamp, ImportError> {
    doc.get(key)
        .and_then(Json::as_str)
        .and_then(Timestamp::parse)
        .ok_or(ImportError::InvalidField { field })
}

/// An optional object: missing or `null` is empty; anything else but an object is an error.
/// The members of a JSON object: keys borrowed from the file where they can be.
type Members<'v, 'a> = &'v [(std::borrow::Cow<'a, str>, Json<'a>)];

fn section<'v, 'a>(
    doc: &'v Json<'a>,
    key: &str,
    field: &'static str,
) -> Result<Option<Members<'v, 'a>>, ImportError> {
    match doc.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Object(m)) => Ok(Some(m)),
        Some(_) => Err(ImportError::InvalidField { field }),
    }
}

fn text_within(field: impl Into<String>, s: &str, limit: usize) -> Result<(), ImportError> {
    // Count characters only up to just past the limit: cheap on hostile input.
    let chars = s.chars().take(limit + 1).count();
    if chars > limit {
        return Err(ImportError::TextTooLong {
            field: field.into(),
            chars: s.chars().count(),
            limit,
        });
    }
    Ok(())
}

/// Reads a document already in the current format.
fn read_current(
    instruments: &'static Instruments,
    doc: &Json,
    warnings: &mut Warnings,
) -> Result<Assessment, ImportError> {
    let id = doc
        .get("resultId")
        .and_then(Json::as_str)
        .and_then(ResultId::parse)
        .ok_or(ImportError::InvalidField { field: "result id" })?;
    let created_at = timestamp(doc, "createdAt", "creation date")?;
    let updated_at = timestamp(doc, "updatedAt", "date of last change")?;
    let language = match doc.get("language") {
        None | Some(Json::Null) => LanguageTag::default(),
        Some(v) => v
            .as_str()
            .and_then(LanguageTag::parse)
            .ok_or(ImportError::InvalidField { field: "language" })?,
    };
    let respondent_role = match doc.get("respondentRole") {
        None | Some(Json::Null) => None,
        Some(v) => Some(v.as_str().and_then(RespondentRole::from_id).ok_or(
            ImportError::InvalidField {
                field: "respondent role",
            },
        )?),
    };
    let organization_name = match doc.get("organizationName") {
        None | Some(Json::Null) => None,
        Some(Json::Str(s)) => {
            text_within("organization name", s, MAX_ORGANIZATION_NAME_CHARS)?;
            let trimmed = s.trim();
            (!trimmed.is_empty()).then(|| trimmed.to_owned())
        }
        Some(_) => {
            return Err(ImportError::InvalidField {
                field: "organization name",
            });
        }
    };

    let versions: Vec<(&str, u32)> = instruments
        .versions()
        .into_iter()
        .chain([crate::partners::vocabulary_version()])
        .collect();
    match doc.get("instruments") {
        None | Some(Json::Null) => {}
        Some(Json::Array(list)) => {
            for entry in list {
                let id = entry.get("id").and_then(Json::as_str);
                let version = entry.get("version").and_then(Json::as_u64);
                let (Some(id), Some(version)) = (id, version) else {
                    return Err(ImportError::InvalidField {
                        field: "list of questionnaires",
                    });
                };
                match versions.iter().find(|(known, _)| *known == id) {
                    None => warnings.push(ImportWarning::UnknownInstrument { id: shorten(id) }),
                    Some((_, known)) if version > u64::from(*known) => {
                        warnings.push(ImportWarning::NewerInstrument {
                            id: id.to_owned(),
                            version,
                            known: *known,
                        })
                    }
                    Some(_) => {}
                }
            }
        }
        Some(_) => {
            return Err(ImportError::InvalidField {
                field: "list of questionnaires",
            });
        }
    }

    let mut answers = Answers::default();
    // `section` checks the type; the object itself is what `read_answers` reads from.
    if section(doc, "answers", "answers")?.is_some()
        && let Some(section) = doc.get("answers")
    {
        read_answers(instruments, section, &mut answers, warnings)?;
    }
    if let Some(reflections) = section(doc, "reflections", "reflections")? {
        let limit = instruments.reflection.max_chars as usize;
        for (id, v) in reflections {
            let Some(prompt) = instruments.reflection.prompts.iter().find(|p| p.id == id) else {
                warnings.unknown_item(id);
                continue;
            };
            let text = v.as_str().ok_or_else(|| out_of_range(id, v))?;
            text_within(format!("reflection “{}”", prompt.text.en()), text, limit)?;
            if !text.is_empty() {
                answers
                    .reflections
                    .insert(prompt.id.to_owned(), text.to_owned());
            }
        }
    }

    let partners = match doc.get("partners") {
        None | Some(Json::Null) => crate::partners::PartnerMap::default(),
        Some(v) => crate::partners::document::read(v, &mut |w| warnings.push(w))?,
    };

    Ok(Assessment {
        id,
        created_at,
        updated_at,
        language,
        respondent_role,
        organization_name,
        answers,
        partners,
    })
}

fn read_answers(
    instruments: &'static Instruments,
    section_map: &Json,
    answers: &mut Answers,
    warnings: &mut Warnings,
) -> Result<(), ImportError> {
    if let Some(readiness) = section(section_map, "readiness", "readiness answers")? {
        for (id, v) in readiness {
            let Some((_, item)) = instruments.readiness.item(id) else {
                warnings.unknown_item(id);
                continue;
            };
            let answer = match v {
                Json::Str(s) if s == DONT_KNOW => ReadinessAnswer::DontKnow,
                Json::Str(s) if s == NOT_APPLICABLE => ReadinessAnswer::NotApplicable,
                _ => ReadinessAnswer::Scale(rating(id, v)?),
            };
            answers.readiness.insert(item.id.to_owned(), answer);
        }
    }
    if let Some(barriers) = section(section_map, "barriers", "barrier answers")? {
        for (id, v) in barriers {
            let Some(barrier) = instruments.barriers.barrier(id) else {
                warnings.unknown_item(id);
                continue;
            };
            if v.as_object().is_none() {
                return Err(out_of_range(id, v));
            }
            let part = |key: &str| match v.get(key) {
                None | Some(Json::Null) => Ok(None),
                Some(x) => rating(id, x).map(Some),
            };
            let answer = BarrierAnswer {
                presence: part("presence")?,
                harm: part("harm")?,
            };
            if answer.presence.is_some() || answer.harm.is_some() {
                answers.barriers.insert(barrier.id.to_owned(), answer);
            }
        }
    }
    if let Some(timing) = section(section_map, "timing", "timing answers")? {
        let t = &instruments.timing;
        for (id, v) in timing {
            let known = t
                .triggers
                .iter()
                .chain(t.preconditions)
                .map(|q| q.id)
                .chain(t.warnings.iter().map(|w| w.id))
                .find(|known| known == id);
            let Some(known) = known else {
                warnings.unknown_item(id);
                continue;
            };
            let answer = match v {
                Json::Str(s) if s == DONT_KNOW => TimingAnswer::DontKnow,
                _ => TimingAnswer::Scale(rating(id, v)?),
            };
            answers.timing.insert(known.to_owned(), answer);
        }
    }
    let choice = |key: &str, item: &str| -> Result<Option<&str>, ImportError> {
        match section_map.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Str(s)) => Ok(Some(&**s)),
            Some(v) => Err(out_of_range(item, v)),
        }
    };
    let depth = &instruments.depth;
    if let Some(level) = choice("ambition", depth.ambition.id)? {
        answers.ambition = Some(
            DepthLevel::from_id(level)
                .ok_or_else(|| out_of_range(depth.ambition.id, &Json::Str(level.into())))?,
        );
    }
    if let Some(stage) = choice("stage", depth.stage_question.id)? {
        answers.stage = Some(
            Stage::from_id(stage)
                .ok_or_else(|| out_of_range(depth.stage_question.id, &Json::Str(stage.into())))?,
        );
    }
    Ok(())
}
