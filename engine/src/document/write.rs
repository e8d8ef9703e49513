//! Writing the results document: the JSON file holding one whole assessment, with every
//! score, band and verdict for programs that read it without the widget (the reader
//! ignores those and recomputes them from the answers).

use super::assessment::{Assessment, LanguageTag, RespondentRole, ResultId};
use super::format::{FORMAT_VERSION, InstrumentVersion, SCHEMA_URN, instrument_versions};
use super::partners::PartnersDocument;
use crate::answers::Answers;
use crate::instrument::INSTRUMENTS;
use crate::instrument::Instruments;
use crate::report::{Report, evaluate_with};
use crate::time::Timestamp;
use serde::Serialize;
use std::collections::BTreeMap;

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
            instruments: instrument_versions(instruments),
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
