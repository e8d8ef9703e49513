//! Merging everyone's results files: each file imported on its own (one bad file never
//! stops the others), the newest copy of each result kept, and a report per file.

use crate::document::{Assessment, FORMAT_VERSION, ResultId, import_with};
use crate::instrument::INSTRUMENTS;
use crate::instrument::Instruments;
use crate::time::Timestamp;
use serde::Serialize;

/// Everyone's files, merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopMerge {
    /// One report per file, in the order the files were given.
    pub files: Vec<FileReport>,
    /// The kept results, one per result id, ordered by result id (so the order of the
    /// files never matters).
    pub respondents: Vec<Respondent>,
}

impl WorkshopMerge {
    /// The files dropped as older (or identical) copies of another file's result.
    pub fn dropped_duplicates(&self) -> impl Iterator<Item = &FileReport> {
        self.files
            .iter()
            .filter(|f| matches!(f.status, FileStatus::DuplicateOf { .. }))
    }
}

/// One kept result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Respondent {
    /// The file it came from.
    pub file_name: String,
    /// The format version the file was written in.
    pub format_version: u32,
    pub assessment: Assessment,
}

/// What happened to one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FileReport {
    /// The file's name as given (its contents are never part of a report).
    pub file_name: String,
    #[serde(flatten)]
    pub status: FileStatus,
}

/// Accepted, migrated, rejected, or a duplicate of another file's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum FileStatus {
    /// Read as it is, in the current format.
    #[serde(rename_all = "camelCase")]
    Accepted {
        #[cfg_attr(feature = "schema", schemars(with = "String"))]
        result_id: ResultId,
        /// What the importer left out, in plain words.
        warnings: Vec<String>,
    },
    /// Written in an older format version and brought up to date.
    #[serde(rename_all = "camelCase")]
    Migrated {
        #[cfg_attr(feature = "schema", schemars(with = "String"))]
        result_id: ResultId,
        from_version: u32,
        warnings: Vec<String>,
    },
    /// Not used: the importer's reason, for a non-technical reader.
    Rejected { reason: String },
    /// Another file holds a newer (or the same) version of this result; that one is kept.
    #[serde(rename_all = "camelCase")]
    DuplicateOf {
        #[cfg_attr(feature = "schema", schemars(with = "String"))]
        result_id: ResultId,
        /// The name of the file that was kept.
        kept_file: String,
        /// When this (dropped) copy was last changed.
        #[cfg_attr(feature = "schema", schemars(with = "String"))]
        updated_at: Timestamp,
    },
}

/// Merges results files given as `(file name, contents)` against the built-in instruments.
pub fn merge<N: AsRef<str>, B: AsRef<[u8]>>(files: &[(N, B)]) -> WorkshopMerge {
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_ref(), b.as_ref()))
        .collect();
    merge_with(&INSTRUMENTS, &files)
}

/// [`merge`] against any instruments.
///
/// Each file is imported on its own. Files with the same result id are duplicates: the
/// one with the newest `updatedAt` is kept; between equal times, the file whose contents
/// sort first byte by byte, then whose name sorts first (so the choice never depends on
/// the order of the files).
pub fn merge_with(instruments: &'static Instruments, files: &[(&str, &[u8])]) -> WorkshopMerge {
    let imported: Vec<_> = files
        .iter()
        .map(|(_, bytes)| import_with(instruments, bytes))
        .collect();
    // (result id, index of the file kept for it), sorted by result id: a sorted vector,
    // because a B-tree of these cost 6 KB of code in the widget.
    let mut kept: Vec<([u8; 16], usize)> = Vec::new();
    let find =
        |kept: &[([u8; 16], usize)], key: &[u8; 16]| kept.binary_search_by(|(k, _)| k.cmp(key));
    for (i, result) in imported.iter().enumerate() {
        let Ok(this) = result else { continue };
        let key = this.assessment.id.bytes();
        let slot = find(&kept, &key);
        let better = match slot.map(|s| kept[s].1) {
            Err(_) => true,
            Ok(j) => match (&imported.get(j), files.get(i), files.get(j)) {
                (Some(Ok(other)), Some(mine), Some(theirs)) => {
                    let (a, b) = (this.assessment.updated_at, other.assessment.updated_at);
                    a > b || (a == b && (mine.1, mine.0) < (theirs.1, theirs.0))
                }
                _ => true,
            },
        };
        match slot {
            Ok(s) if better => kept[s].1 = i,
            Err(s) => kept.insert(s, (key, i)),
            Ok(_) => {}
        }
    }
    let name = |i: usize| files.get(i).map_or("", |f| f.0).to_owned();
    let reports = imported
        .iter()
        .enumerate()
        .map(|(i, result)| {
            let status = match result {
                Err(e) => FileStatus::Rejected {
                    reason: e.to_string(),
                },
                Ok(imp) => {
                    let id = imp.assessment.id;
                    let kept_index = find(&kept, &id.bytes()).map_or(i, |s| kept[s].1);
                    let warnings = || imp.warnings.iter().map(|w| w.to_string()).collect();
                    if kept_index != i {
                        FileStatus::DuplicateOf {
                            result_id: id,
                            kept_file: name(kept_index),
                            updated_at: imp.assessment.updated_at,
                        }
                    } else if imp.format_version < FORMAT_VERSION {
                        FileStatus::Migrated {
                            result_id: id,
                            from_version: imp.format_version,
                            warnings: warnings(),
                        }
                    } else {
                        FileStatus::Accepted {
                            result_id: id,
                            warnings: warnings(),
                        }
                    }
                }
            };
            FileReport {
                file_name: name(i),
                status,
            }
        })
        .collect();
    let mut imported: Vec<Option<_>> = imported.into_iter().map(Result::ok).collect();
    let respondents = kept
        .iter()
        .filter_map(|&(_, i)| {
            let imp = imported.get_mut(i)?.take()?;
            Some(Respondent {
                file_name: name(i),
                format_version: imp.format_version,
                assessment: imp.assessment,
            })
        })
        .collect();
    WorkshopMerge {
        files: reports,
        respondents,
    }
}
