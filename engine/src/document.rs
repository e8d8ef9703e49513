//! The results document: a versioned JSON file holding one whole assessment.
//!
//! Format described in `docs/results-format.md`; JSON Schema in
//! `engine/schema/results-v2.schema.json`. Exported documents carry every score, band and
//! verdict for programs that read them without the widget, but [`crate::import()`] ignores
//! those and recomputes them from the answers.

use crate::answers::Answers;
use crate::instrument::Instruments;
use crate::partners::{PartnerMap, PartnersDocument};
use crate::time::Timestamp;
use crate::{INSTRUMENTS, Report, evaluate_with};
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// The `$schema` value of the current version (2). A URN, not a web address: the product never makes
/// network requests, and nothing should tempt a reader into fetching one.
pub const SCHEMA_URN: &str = "urn:partnership-assessment:results:v2";
/// What every version's `$schema` starts with: how the importer recognises our files.
pub const SCHEMA_URN_PREFIX: &str = "urn:partnership-assessment:results:";
/// The format version this build writes (and the newest it reads).
pub const FORMAT_VERSION: u32 = 2;
/// The longest organisation name, in characters.
pub const MAX_ORGANIZATION_NAME_CHARS: usize = 200;

/// A result id: a random (version 4) UUID.
///
/// ```
/// use partnership_engine::ResultId;
/// let id = ResultId::from_random_bytes([0xAB; 16]);
/// assert_eq!(id.to_string(), "abababab-abab-4bab-abab-abababababab");
/// assert_eq!(ResultId::parse(&id.to_string()), Some(id));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResultId([u8; 16]);

impl ResultId {
    /// A version 4 UUID from 16 random bytes (from the browser's `crypto.getRandomValues`):
    /// sets the version and variant bits.
    pub fn from_random_bytes(mut bytes: [u8; 16]) -> Self {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        ResultId(bytes)
    }

    /// Parses the hyphenated form of any UUID (either case). Ids made by other tools are
    /// kept as they are, so a result keeps its identity across programs.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 36 {
            return None;
        }
        let mut out = [0u8; 16];
        let mut nibbles = 0usize;
        for (i, c) in b.iter().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if *c != b'-' {
                    return None;
                }
                continue;
            }
            let v = (*c as char).to_digit(16)? as u8;
            let byte = out.get_mut(nibbles / 2)?;
            *byte = (*byte << 4) | v;
            nibbles += 1;
        }
        Some(ResultId(out))
    }

    /// The 16 bytes.
    pub fn bytes(&self) -> [u8; 16] {
        self.0
    }
}

impl fmt::Display for ResultId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, byte) in self.0.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                f.write_str("-")?;
            }
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl Serialize for ResultId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A language tag such as `en`, `fr` or `pt-BR`: the language the respondent used.
///
/// ```
/// use partnership_engine::LanguageTag;
/// assert_eq!(LanguageTag::parse("pt-BR").unwrap().as_str(), "pt-BR");
/// assert!(LanguageTag::parse("not a language").is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// The longest tag accepted.
    pub const MAX_LEN: usize = 35;

    /// A tag: a 2 or 3 letter lowercase language, then optional `-` parts of 1 to 8
    /// letters or digits.
    pub fn parse(tag: &str) -> Option<Self> {
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        let ok = tag.len() <= Self::MAX_LEN
            && (2..=3).contains(&primary.len())
            && primary.bytes().all(|c| c.is_ascii_lowercase())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphanumeric())
            });
        ok.then(|| LanguageTag(tag.to_owned()))
    }

    /// The tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for LanguageTag {
    fn default() -> Self {
        LanguageTag("en".to_owned())
    }
}

/// Who filled in the assessment (optional).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RespondentRole {
    Staff,
    Board,
    Volunteer,
    Partner,
    CommunityMember,
    Other,
}

impl RespondentRole {
    /// Every role, in the order the UI lists them.
    pub const ALL: [RespondentRole; 6] = [
        Self::Staff,
        Self::Board,
        Self::Volunteer,
        Self::Partner,
        Self::CommunityMember,
        Self::Other,
    ];

    /// The role's id in the results document.
    pub fn id(self) -> &'static str {
        match self {
            Self::Staff => "staff",
            Self::Board => "board",
            Self::Volunteer => "volunteer",
            Self::Partner => "partner",
            Self::CommunityMember => "community-member",
            Self::Other => "other",
        }
    }

    /// The role with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// One whole assessment: what the respondent answered and about whom.
///
/// ```
/// use partnership_engine::{Assessment, ResultId, Timestamp, export, import};
/// let now = Timestamp::from_unix_millis(1_767_225_600_000);
/// let mut assessment = Assessment::new(ResultId::from_random_bytes([7; 16]), now);
/// assessment.set_organization_name("Riverside Food Bank");
/// let json = export(&assessment);
/// let imported = import(json.as_bytes()).unwrap();
/// assert_eq!(imported.assessment, assessment);
/// assert!(imported.warnings.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub id: ResultId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub language: LanguageTag,
    pub respondent_role: Option<RespondentRole>,
    /// At most [`MAX_ORGANIZATION_NAME_CHARS`] characters; never empty when set.
    pub organization_name: Option<String>,
    pub answers: Answers,
    /// The partner map: candidates and the alliance's needs (format 2).
    pub partners: PartnerMap,
}

impl Assessment {
    /// A blank assessment in English, created now.
    pub fn new(id: ResultId, now: Timestamp) -> Self {
        Assessment {
            id,
            created_at: now,
            updated_at: now,
            language: LanguageTag::default(),
            respondent_role: None,
            organization_name: None,
            answers: Answers::default(),
            partners: PartnerMap::default(),
        }
    }

    /// Records a change made at `now`.
    pub fn touch(&mut self, now: Timestamp) {
        self.updated_at = now.max(self.created_at);
    }

    /// Sets the organisation name, trimmed and cut to the limit; blank clears it.
    pub fn set_organization_name(&mut self, name: &str) {
        let cut: String = name
            .trim()
            .chars()
            .take(MAX_ORGANIZATION_NAME_CHARS)
            .collect();
        // Trim again: the cut may end in a space, which import would trim (found by proptest).
        let name = cut.trim_end();
        self.organization_name = (!name.is_empty()).then(|| name.to_owned());
    }
}

/// An instrument id and version, as recorded in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InstrumentVersion {
    pub id: &'static str,
    pub version: u32,
}

/// The results document as written. See `docs/results-format.md`.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Partnership Assessment results, format version 2")
)]
#[serde(rename_all = "camelCase")]
pub struct ResultDocument<'a> {
    /// Always `urn:partnership-assessment:results:v2` for this version.
    #[serde(rename = "$schema")]
    #[cfg_attr(feature = "schema", schemars(extend("const" = SCHEMA_URN)))]
    pub schema: &'static str,
    /// `2`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = FORMAT_VERSION)))]
    pub format_version: u32,
    /// A version 4 UUID, lowercase and hyphenated.
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "String",
            regex(
                pattern = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
            )
        )
    )]
    pub result_id: ResultId,
    /// RFC 3339, UTC, with milliseconds: `2026-03-01T09:30:00.000Z`.
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub created_at: Timestamp,
    /// RFC 3339, UTC, with milliseconds.
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub updated_at: Timestamp,
    /// The language the respondent used: `en`, `fr`, `pt-BR`.
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "String",
            length(max = 35),
            regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
        )
    )]
    pub language: &'a LanguageTag,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respondent_role: Option<RespondentRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 200)))]
    pub organization_name: Option<&'a str>,
    /// The instruments (and their versions) the answers refer to, and the partner-mapping
    /// vocabulary (`partners`) the partner list uses.
    pub instruments: Vec<InstrumentVersion>,
    /// Every answer, by item id.
    pub answers: &'a Answers,
    /// Free-text reflections, by prompt id (at most the reflection instrument's
    /// `max_chars` characters each).
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^reflection(\\.[a-z0-9-]+)+$" })))]
    pub reflections: &'a BTreeMap<String, String>,
    /// The partner map: candidate organisations and the needs of the alliance.
    pub partners: PartnersDocument,
    /// Every score, band and verdict with its reasons. Informative: importers recompute
    /// these from the answers and never trust this section.
    pub results: Report,
}

impl<'a> ResultDocument<'a> {
    /// The document for `assessment`, scored against `instruments`.
    pub fn new(instruments: &'static Instruments, assessment: &'a Assessment) -> Self {
        ResultDocument {
            schema: SCHEMA_URN,
            format_version: FORMAT_VERSION,
            result_id: assessment.id,
            created_at: assessment.created_at,
            updated_at: assessment.updated_at,
            language: &assessment.language,
            respondent_role: assessment.respondent_role,
            organization_name: assessment.organization_name.as_deref(),
            instruments: instruments
                .versions()
                .into_iter()
                .chain([crate::partners::vocabulary_version()])
                .map(|(id, version)| InstrumentVersion { id, version })
                .collect(),
            answers: &assessment.answers,
            reflections: &assessment.answers.reflections,
            partners: PartnersDocument::new(&assessment.partners),
            results: evaluate_with(instruments, &assessment.answers),
        }
    }
}

/// The results document of `assessment` as pretty-printed JSON.
pub fn export(assessment: &Assessment) -> String {
    export_with(&INSTRUMENTS, assessment)
}

/// [`export`] against any instruments.
pub fn export_with(instruments: &'static Instruments, assessment: &Assessment) -> String {
    // Serialising these types into a string cannot fail (all map keys are strings).
    serde_json::to_string_pretty(&ResultDocument::new(instruments, assessment)).unwrap_or_default()
}
