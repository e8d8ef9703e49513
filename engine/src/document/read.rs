//! Reading a results document back: any file a user might pick, with a plain error (in
//! the language spoken, see [`super::errors`]) for each way it can be wrong.
//!
//! Order of checks, cheapest and safest first: size (before anything else), JSON syntax
//! with the nesting depth bounded (the reader stops at the first level too deep, so hostile
//! nesting never recurses further; a separate byte scan for it was a fifth of the time of
//! merging a workshop's files),
//! "is this ours?", format version, migration to the current version, then every field.
//! Answers whose ids the instruments do not know are dropped and reported as warnings;
//! everything else that is wrong is an error. Scores in the file are ignored: the caller
//! recomputes them with [`crate::evaluate`].

use super::assessment::{
    Assessment, LanguageTag, MAX_ORGANIZATION_NAME_CHARS, RespondentRole, ResultId,
};
use super::errors::{ImportError, ImportWarning, field, found};
use super::format::{FORMAT_VERSION, SCHEMA_URN_PREFIX, instrument_versions};
use super::json::{self, Json};
use super::migrate::{migrate, retired_answer};
use crate::answers::{
    Answers, BarrierAnswer, DONT_KNOW, IdMap, NOT_APPLICABLE, Rating, ReadinessAnswer, TimingAnswer,
};
use crate::instrument::INSTRUMENTS;
use crate::instrument::{DepthLevel, Instruments, ReadinessInstrument, Stage};
use crate::partners::PartnerMap;
use crate::text::shorten;
use crate::time::Timestamp;

pub use super::format::MAX_FILE_BYTES;
/// The deepest nesting of arrays and objects accepted. The deepest part of a version 1
/// document (an explanation inside a dimension inside the results) nests 7 levels, of a
/// version 3 document 8 (a health area's driver); the rest is headroom for later versions.
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
/// use partnership_engine::document::{check_file_size, MAX_FILE_BYTES};
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
    read_document(instruments, bytes, &mut Salvage::strict())
}

/// UTF-16 text (little or big endian, the byte order mark already skipped) as UTF-8.
/// One function for the three ways in, so the bundle carries the decoder once.
#[inline(never)]
fn utf16(little: bool, rest: &[u8]) -> Result<Vec<u8>, ImportError> {
    if !rest.len().is_multiple_of(2) {
        return Err(ImportError::BadEncoding);
    }
    let units = rest.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map(String::into_bytes)
        .map_err(|_| ImportError::BadEncoding)
}

/// Which UTF-16 a file without a byte order mark is, from its first two bytes: a
/// results file starts with an ASCII character (`{` or white space), which UTF-16 writes
/// as that byte beside a zero (little endian: the zero second; big endian: first). `None`
/// for anything else (UTF-8, or a file too short to tell). Some(true) is little endian.
fn utf16_without_mark(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [a, 0, ..] if *a != 0 && a.is_ascii() => Some(true),
        [0, b, ..] if *b != 0 && b.is_ascii() => Some(false),
        _ => None,
    }
}

/// The text of a file as UTF-8: the UTF-8 byte order mark is skipped, and a file saved as
/// UTF-16 (Notepad's "Unicode") is decoded, with its byte order mark or without one (told
/// by the zero beside each ASCII character, see [`utf16_without_mark`]). UTF-16 that does
/// not decode is refused as [`ImportError::BadEncoding`].
fn utf8_text(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Ok(rest.into())
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(true, rest).map(Into::into)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(false, rest).map(Into::into)
    } else if let Some(little) = utf16_without_mark(bytes) {
        utf16(little, bytes).map(Into::into)
    } else {
        Ok(bytes.into())
    }
}

/// How a document is read: strictly (a file someone opens: any damage refuses it), or
/// salvaging (a draft this device kept: every damaged part is noted in `lost` and left out,
/// and whatever is still good is read).
pub(crate) struct Salvage {
    /// `None` when strict.
    pub lost: Option<Vec<ImportError>>,
    /// The id and time a salvaged draft gets when its own are damaged.
    pub fresh_id: ResultId,
    pub now: Timestamp,
}

impl Salvage {
    fn strict() -> Self {
        Salvage {
            lost: None,
            fresh_id: ResultId::from_random_bytes([0; 16]),
            now: Timestamp::from_unix_millis(0),
        }
    }

    /// Salvaging, with `fresh_id` and `now` for a damaged id or date.
    pub fn salvaging(fresh_id: ResultId, now: Timestamp) -> Self {
        Salvage {
            lost: Some(Vec::new()),
            fresh_id,
            now,
        }
    }

    /// Strict: the error. Salvaging: the error is noted and the part left out (`None`).
    fn soft<T>(&mut self, read: Result<T, ImportError>) -> Result<Option<T>, ImportError> {
        match (read, &mut self.lost) {
            (Ok(v), _) => Ok(Some(v)),
            (Err(e), Some(lost)) => {
                if lost.len() < MAX_WARNINGS {
                    lost.push(e);
                }
                Ok(None)
            }
            (Err(e), None) => Err(e),
        }
    }
}

/// [`import_with`], strict or salvaging.
pub(crate) fn read_document(
    instruments: &'static Instruments,
    bytes: &[u8],
    salvage: &mut Salvage,
) -> Result<Imported, ImportError> {
    check_file_size(bytes.len() as u64)?;
    let text = utf8_text(bytes)?;
    let doc = json::parse_bounded(&text, MAX_NESTING).map_err(|(e, too_deep)| {
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
    let assessment = read_current(instruments, &doc, &mut warnings, salvage)?;
    Ok(Imported {
        assessment,
        warnings: warnings.finish(),
        format_version: version as u32,
    })
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

    /// An id the instruments do not have live: the live id its answer moves to (a retired
    /// id reworded with its meaning kept), or `None` when it is left out. Either way noted.
    fn not_live(&mut self, instruments: &'static Instruments, id: &str) -> Option<&'static str> {
        match retired_answer(instruments, id) {
            Some((to, warning)) => {
                self.push(warning);
                to
            }
            None => {
                self.unknown_item(id);
                None
            }
        }
    }

    fn finish(mut self) -> Vec<ImportWarning> {
        if self.more > 0 {
            self.list.push(ImportWarning::More { count: self.more });
        }
        self.list
    }
}

/// A value of the file where an answer belongs, in words for the message.
fn describe(v: &Json) -> String {
    match v {
        Json::Str(s) => found::text(s),
        Json::Array(_) => found::list(),
        Json::Object(_) => found::group(),
        Json::Int(n) => found::int(*n),
        Json::Number(text) => shorten(text),
        Json::Bool(b) => found::boolean(*b),
        Json::Null => found::empty(),
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
    salvage: &mut Salvage,
) -> Result<Assessment, ImportError> {
    let id = doc
        .get("resultId")
        .and_then(Json::as_str)
        .and_then(ResultId::parse)
        .ok_or(ImportError::InvalidField {
            field: field::RESULT_ID,
        });
    let id = salvage.soft(id)?.unwrap_or(salvage.fresh_id);
    let created_at = salvage.soft(timestamp(doc, "createdAt", field::CREATION_DATE))?;
    let updated_at = salvage.soft(timestamp(doc, "updatedAt", field::LAST_CHANGE))?;
    let (created_at, updated_at) = match (created_at, updated_at) {
        (Some(c), Some(u)) => (c, u),
        (Some(t), None) | (None, Some(t)) => (t, t),
        (None, None) => (salvage.now, salvage.now),
    };
    let language = match doc.get("language") {
        None | Some(Json::Null) => LanguageTag::default(),
        Some(v) => salvage
            .soft(
                v.as_str()
                    .and_then(LanguageTag::parse)
                    .ok_or(ImportError::InvalidField {
                        field: field::LANGUAGE,
                    }),
            )?
            .unwrap_or_default(),
    };
    let respondent_role = match doc.get("respondentRole") {
        None | Some(Json::Null) => None,
        Some(v) => salvage.soft(v.as_str().and_then(RespondentRole::from_id).ok_or(
            ImportError::InvalidField {
                field: field::RESPONDENT_ROLE,
            },
        ))?,
    };
    let organization_name = match doc.get("organizationName") {
        None | Some(Json::Null) => None,
        Some(Json::Str(s)) => salvage
            .soft(text_within(
                field::ORGANIZATION_NAME,
                s,
                MAX_ORGANIZATION_NAME_CHARS,
            ))?
            .and_then(|()| {
                let trimmed = s.trim();
                (!trimmed.is_empty()).then(|| trimmed.to_owned())
            }),
        Some(_) => salvage
            .soft(Err(ImportError::InvalidField {
                field: field::ORGANIZATION_NAME,
            }))?
            .flatten(),
    };

    let versions = instrument_versions(instruments);
    match doc.get("instruments") {
        None | Some(Json::Null) => {}
        Some(Json::Array(list)) => {
            for entry in list {
                let id = entry.get("id").and_then(Json::as_str);
                let version = entry.get("version").and_then(Json::as_u64);
                let (Some(id), Some(version)) = (id, version) else {
                    salvage.soft(Err::<(), _>(ImportError::InvalidField {
                        field: field::QUESTIONNAIRES,
                    }))?;
                    continue;
                };
                match versions.iter().find(|known| known.id == id) {
                    None => warnings.push(ImportWarning::UnknownInstrument { id: shorten(id) }),
                    Some(known) if version > u64::from(known.version) => {
                        warnings.push(ImportWarning::NewerInstrument {
                            id: id.to_owned(),
                            version,
                            known: known.version,
                        })
                    }
                    Some(_) => {}
                }
            }
        }
        Some(_) => {
            salvage.soft(Err::<(), _>(ImportError::InvalidField {
                field: field::QUESTIONNAIRES,
            }))?;
        }
    }

    let mut answers = Answers::default();
    // `section` checks the type; the object itself is what `read_answers` reads from.
    if salvage
        .soft(section(doc, "answers", field::ANSWERS))?
        .flatten()
        .is_some()
        && let Some(section) = doc.get("answers")
    {
        read_answers(instruments, section, &mut answers, warnings, salvage)?;
    }
    let reflections = salvage
        .soft(section(doc, "reflections", field::REFLECTIONS))?
        .flatten();
    if let Some(reflections) = reflections {
        let limit = instruments.reflection.max_chars as usize;
        for (id, v) in reflections {
            let Some(prompt) = instruments.reflection.prompts.iter().find(|p| p.id == id) else {
                warnings.unknown_item(id);
                continue;
            };
            let Some(text) = salvage.soft(v.as_str().ok_or_else(|| out_of_range(id, v)))? else {
                continue;
            };
            let within = text_within(format!("{}{}", field::REFLECTION, prompt.id), text, limit);
            if salvage.soft(within)?.is_none() {
                continue;
            }
            if !text.is_empty() {
                answers
                    .reflections
                    .insert(prompt.id.to_owned(), text.to_owned());
            }
        }
    }

    let partners = match doc.get("partners") {
        None | Some(Json::Null) => PartnerMap::default(),
        Some(v) => salvage
            .soft(super::partners::read(v, &mut |w| warnings.push(w)))?
            .unwrap_or_default(),
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

/// A timing or balance answer: a rating or "Don't know".
fn amount_answer(id: &str, v: &Json) -> Result<TimingAnswer, ImportError> {
    match v {
        Json::Str(s) if s == DONT_KNOW => Ok(TimingAnswer::DontKnow),
        _ => rating(id, v).map(TimingAnswer::Scale),
    }
}

/// The answers of an instrument of agreement statements (readiness, or partnership
/// health) from `section` of `answers`, moving retired ids to their successors.
fn read_agreement(
    instruments: &'static Instruments,
    instrument: &'static ReadinessInstrument,
    (section_map, key, name): (&Json, &str, &'static str),
    target: &mut IdMap<ReadinessAnswer>,
    warnings: &mut Warnings,
    salvage: &mut Salvage,
) -> Result<(), ImportError> {
    let list = salvage.soft(section(section_map, key, name))?.flatten();
    for (id, v) in list.into_iter().flatten() {
        let (item, moved) = match instrument.item(id) {
            Some((_, item)) => (item.id, false),
            None => match warnings
                .not_live(instruments, id)
                .and_then(|to| instrument.item(to))
            {
                Some((_, item)) => (item.id, true),
                None => continue,
            },
        };
        let answer = match v {
            Json::Str(s) if s == DONT_KNOW => ReadinessAnswer::DontKnow,
            Json::Str(s) if s == NOT_APPLICABLE => ReadinessAnswer::NotApplicable,
            _ => match salvage.soft(rating(id, v))? {
                Some(r) => ReadinessAnswer::Scale(r),
                None => continue,
            },
        };
        // An answer to the new wording wins over one moved from the old.
        if !(moved && target.contains_key(item)) {
            target.insert(item.to_owned(), answer);
        }
    }
    Ok(())
}

fn read_answers(
    instruments: &'static Instruments,
    section_map: &Json,
    answers: &mut Answers,
    warnings: &mut Warnings,
    salvage: &mut Salvage,
) -> Result<(), ImportError> {
    read_agreement(
        instruments,
        &instruments.readiness,
        (section_map, "readiness", field::READINESS_ANSWERS),
        &mut answers.readiness,
        warnings,
        salvage,
    )?;
    read_agreement(
        instruments,
        &instruments.health.scored,
        (section_map, "health", field::HEALTH_ANSWERS),
        &mut answers.health,
        warnings,
        salvage,
    )?;
    let balance = salvage
        .soft(section(section_map, "balance", field::BALANCE_ANSWERS))?
        .flatten();
    for (id, v) in balance.into_iter().flatten() {
        let Some(question) = instruments
            .health
            .balance
            .questions
            .iter()
            .find(|q| q.id == &**id)
        else {
            warnings.unknown_item(id);
            continue;
        };
        if let Some(answer) = salvage.soft(amount_answer(id, v))? {
            answers.balance.insert(question.id.to_owned(), answer);
        }
    }
    let barriers = salvage
        .soft(section(section_map, "barriers", field::BARRIER_ANSWERS))?
        .flatten();
    if let Some(barriers) = barriers {
        for (id, v) in barriers {
            let barrier = match instruments.barriers.barrier(id) {
                Some(b) => b,
                None => match warnings
                    .not_live(instruments, id)
                    .and_then(|to| instruments.barriers.barrier(to))
                {
                    Some(b) if !answers.barriers.contains_key(b.id) => b,
                    _ => continue,
                },
            };
            if v.as_object().is_none() {
                salvage.soft(Err::<(), _>(out_of_range(id, v)))?;
                continue;
            }
            let mut part = |key: &str| match v.get(key) {
                None | Some(Json::Null) => Ok(None),
                Some(x) => salvage.soft(rating(id, x)),
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
    let timing = salvage
        .soft(section(section_map, "timing", field::TIMING_ANSWERS))?
        .flatten();
    if let Some(timing) = timing {
        let t = &instruments.timing;
        for (id, v) in timing {
            let known = t
                .triggers
                .iter()
                .chain(t.preconditions)
                .map(|q| q.id)
                .chain(t.warnings.iter().map(|w| w.id))
                .find(|known| known == id);
            let (known, moved) = match known {
                Some(known) => (known, false),
                None => match warnings.not_live(instruments, id) {
                    Some(to) => (to, true),
                    None => continue,
                },
            };
            let Some(answer) = salvage.soft(amount_answer(id, v))? else {
                continue;
            };
            // An answer to the new wording wins over one moved from the old.
            if !(moved && answers.timing.contains_key(known)) {
                answers.timing.insert(known.to_owned(), answer);
            }
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
    if let Some(level) = salvage
        .soft(choice("ambition", depth.ambition.id))?
        .flatten()
    {
        answers.ambition = salvage.soft(
            DepthLevel::from_id(level)
                .ok_or_else(|| out_of_range(depth.ambition.id, &Json::Str(level.into()))),
        )?;
    }
    if let Some(stage) = salvage
        .soft(choice("stage", depth.stage_question.id))?
        .flatten()
    {
        answers.stage =
            salvage
                .soft(Stage::from_id(stage).ok_or_else(|| {
                    out_of_range(depth.stage_question.id, &Json::Str(stage.into()))
                }))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_told_by_its_zeros() {
        let text = "{\n  \"name\": \"Café ☕\"\n}";
        for little in [true, false] {
            let bytes = utf16(text, little);
            assert_eq!(utf16_without_mark(&bytes), Some(little));
            assert_eq!(utf8_text(&bytes).as_deref(), Ok(text.as_bytes()));
        }
    }

    #[test]
    fn utf8_and_short_or_odd_files_are_not_taken_for_utf16() {
        for bytes in [&b"{}"[..], b"", b"{", b"\0", b"\0\0", b"\xC3\0", b"  {"] {
            assert_eq!(utf16_without_mark(bytes), None, "{bytes:?}");
        }
        assert_eq!(utf8_text(b"{}").as_deref(), Ok(&b"{}"[..]));
        // Looks like UTF-16 but is cut in the middle of a character, or holds a lone
        // surrogate: named as the problem, never read as something else.
        assert_eq!(utf8_text(b"{\0}"), Err(ImportError::BadEncoding));
        assert_eq!(utf8_text(b"{\0\x00\xD8"), Err(ImportError::BadEncoding));
    }
}
