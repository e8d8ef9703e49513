//! Merging everyone's results files: each file imported on its own (one bad file never
//! stops the others), the newest copy of each result kept, and a report per file.

use crate::document::{Assessment, FORMAT_VERSION, ImportError, Imported, ResultId, import_with};
use crate::instrument::INSTRUMENTS;
use crate::instrument::Instruments;
use crate::time::Timestamp;
use serde::Serialize;
use std::borrow::Borrow;

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
/// fingerprint sorts first, then whose name sorts first (so the choice never depends on
/// the order of the files).
pub fn merge_with(instruments: &'static Instruments, files: &[(&str, &[u8])]) -> WorkshopMerge {
    let read: Vec<ReadFile> = files
        .iter()
        .map(|(name, bytes)| ReadFile::read_with(instruments, name, bytes))
        .collect();
    merge_read(&read)
}

/// The most bytes of files workshop mode reads into one merge: 100 MiB (over a thousand
/// people's results; each file is at most
/// [`MAX_FILE_BYTES`](crate::document::MAX_FILE_BYTES)). Only what is read is kept, never
/// the files themselves, so the memory a merge needs stays a fraction of this.
pub const MAX_WORKSHOP_BYTES: u64 = 100 * 1024 * 1024;

/// One file read for a merge: its name, what the importer made of it, and a fingerprint
/// of its bytes (which keeps the choice between equal copies independent of file order
/// without keeping the bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadFile {
    pub name: String,
    pub read: Result<Imported, ImportError>,
    pub fingerprint: u64,
    /// How many bytes the file had.
    pub bytes: u64,
}

impl ReadFile {
    /// Reads one file against the built-in instruments.
    pub fn read(name: &str, bytes: &[u8]) -> ReadFile {
        ReadFile::read_with(&INSTRUMENTS, name, bytes)
    }

    /// [`ReadFile::read`] against any instruments.
    pub fn read_with(instruments: &'static Instruments, name: &str, bytes: &[u8]) -> ReadFile {
        // FNV-1a, 64 bits: a stable order for equal copies, not a security measure.
        let fingerprint = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        ReadFile {
            name: name.to_owned(),
            read: import_with(instruments, bytes),
            fingerprint,
            bytes: bytes.len() as u64,
        }
    }

    /// A file refused before it was read (too large, over the workshop total, unreadable).
    pub fn refused(name: &str, error: ImportError) -> ReadFile {
        ReadFile {
            name: name.to_owned(),
            read: Err(error),
            fingerprint: 0,
            bytes: 0,
        }
    }
}

/// Merges files already read (see [`merge_with`] for the rules). Files with the same
/// result id and time: the one whose fingerprint, then name, sorts first is kept.
///
/// Takes the files as they are held (`ReadFile`, `Rc<ReadFile>`, …), so a caller adding
/// files to earlier ones never copies what was read.
pub fn merge_read<F: std::borrow::Borrow<ReadFile>>(files: &[F]) -> WorkshopMerge {
    let files: Vec<&ReadFile> = files.iter().map(Borrow::borrow).collect();
    let imported: Vec<&Result<Imported, ImportError>> = files.iter().map(|f| &f.read).collect();
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
            Ok(j) => match (imported.get(j), files.get(i), files.get(j)) {
                (Some(Ok(other)), Some(mine), Some(theirs)) => {
                    let (a, b) = (this.assessment.updated_at, other.assessment.updated_at);
                    a > b
                        || (a == b
                            && (mine.fingerprint, &mine.name) < (theirs.fingerprint, &theirs.name))
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
    let name = |i: usize| files.get(i).map_or("", |f| f.name.as_str()).to_owned();
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
    let respondents = kept
        .iter()
        .filter_map(|&(_, i)| {
            let imp = imported.get(i)?.as_ref().ok()?;
            Some(Respondent {
                file_name: name(i),
                format_version: imp.format_version,
                assessment: imp.assessment.clone(),
            })
        })
        .collect();
    WorkshopMerge {
        files: reports,
        respondents,
    }
}
