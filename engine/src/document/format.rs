//! What identifies the results format and its version: the `$schema` URN, the format
//! version, and the list of instruments (with their versions) a document records. Shared by
//! the writer and the reader, so both name the same things.

use crate::instrument::Instruments;
use serde::Serialize;

/// The `$schema` value of the current version (3). A URN, not a web address: the product never makes
/// network requests, and nothing should tempt a reader into fetching one.
pub const SCHEMA_URN: &str = "urn:partnership-assessment:results:v3";
/// What every version's `$schema` starts with: how the importer recognises our files.
pub const SCHEMA_URN_PREFIX: &str = "urn:partnership-assessment:results:";
/// The format version this build writes (and the newest it reads).
pub const FORMAT_VERSION: u32 = 3;

/// An instrument id and version, as recorded in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InstrumentVersion {
    pub id: &'static str,
    pub version: u32,
}

/// Every instrument this build knows with its version, then the partner-mapping
/// vocabulary (`partners`): the document's `instruments` list, and what the reader compares
/// a file's list against.
pub fn instrument_versions(instruments: &'static Instruments) -> Vec<InstrumentVersion> {
    instruments
        .versions()
        .into_iter()
        .chain([crate::partners::vocabulary_version()])
        .map(|(id, version)| InstrumentVersion { id, version })
        .collect()
}

/// The largest file accepted, and the one size rule for import and export: 4 MiB. A real
/// assessment is a few tens of kilobytes; the largest one the reader accepts (every text at
/// its limit in the widest characters, 200 partner organisations) exports to about 2.8 MB,
/// so anything accepted re-exports within this limit and reads back (`tests/size_rule.rs`).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
