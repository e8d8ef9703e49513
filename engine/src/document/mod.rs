//! The results document: a versioned JSON file holding one whole assessment.
//!
//! Format described in `docs/results-format.md`; JSON Schema in
//! `engine/schema/results-v3.schema.json`. Exported documents carry every score, band and
//! verdict for programs that read them without the widget, but [`import()`] ignores those
//! and recomputes them from the answers.
//!
//! - `assessment`: what a document holds ([`Assessment`], [`ResultId`], [`LanguageTag`],
//!   [`RespondentRole`]).
//! - `format`: the `$schema` URN, [`FORMAT_VERSION`] and the instrument list.
//! - `write`: [`ResultDocument`] and [`export`].
//! - `read`: [`import`] and [`check_file_size`], over the strict reader in `json`
//!   (integers only, bounded depth, line and column of errors; far smaller in the wasm
//!   than `serde_json::Value`), with older versions brought forward by `migrate`.
//! - `partners`: the partner section, written and read.
//! - `errors`: [`ImportError`] and [`ImportWarning`], in words for users (from the
//!   catalogue's `[document]` section, in the language spoken now).

mod assessment;
mod errors;
mod format;
mod json;
pub(crate) mod json_out;
mod migrate;
mod partners;
pub(crate) mod read;
mod write;

pub use assessment::{
    Assessment, LanguageTag, MAX_ORGANIZATION_NAME_CHARS, RespondentRole, ResultId,
};
pub(crate) use errors::field_label;
pub use errors::{ImportError, ImportWarning};
pub use format::{FORMAT_VERSION, InstrumentVersion, SCHEMA_URN, SCHEMA_URN_PREFIX};
pub use partners::{CandidateDocument, PartnersDocument, RatingsDocument};
pub use read::{
    Imported, MAX_FILE_BYTES, MAX_NESTING, MAX_WARNINGS, check_file_size, import, import_with,
};
pub use write::{ResultDocument, export, export_report, export_with};
