//! What one results document holds: one whole [`Assessment`] (its id, dates, language,
//! respondent and organisation, the answers and the partner map), with the small value
//! types the document writes as text.

use crate::answers::Answers;
use crate::partners::PartnerMap;
use crate::time::Timestamp;
use serde::{Serialize, Serializer};
use std::fmt;

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
