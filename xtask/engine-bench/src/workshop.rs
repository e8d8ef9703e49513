//! The workshop scenario: merging 500 results files and computing the group profile.

use crate::{SplitMix, full_answers};
use partnership_engine::workshop::{merge, profile};
use partnership_engine::{Assessment, RespondentRole, ResultId, Timestamp, export};

/// How many files the workshop merges.
pub const FILES: usize = 500;
/// Of which this many are older copies of another file's result.
pub const DUPLICATES: usize = 12;

/// 488 respondents with varied roles (a few without one) and complete, random answers,
/// plus 12 older copies of some of them: what a facilitator's download folder holds after
/// a large workshop where a few people exported twice.
pub fn files(rng: &mut SplitMix) -> Vec<(String, String)> {
    let start = 1_790_000_000_000;
    let mut files = Vec::with_capacity(FILES);
    let mut people = Vec::new();
    for i in 0..FILES - DUPLICATES {
        let mut bytes = [0u8; 16];
        for chunk in bytes.chunks_mut(8) {
            chunk.copy_from_slice(&rng.next_u64().to_le_bytes()[..chunk.len()]);
        }
        let mut a = Assessment::new(
            ResultId::from_random_bytes(bytes),
            Timestamp::from_unix_millis(start),
        );
        a.respondent_role = match rng.below(10) {
            0 => None,
            r => RespondentRole::ALL.get((r as usize - 1) % 6).copied(),
        };
        a.answers = full_answers(rng);
        a.touch(Timestamp::from_unix_millis(start + 3_600_000 + i as i64));
        files.push((format!("assessment-{i:03}.json"), export(&a)));
        people.push(a);
    }
    for d in 0..DUPLICATES {
        let i = d * 37 % people.len();
        let Some(mut older) = people.get(i).cloned() else {
            break;
        };
        older.touch(Timestamp::from_unix_millis(start + 60_000));
        files.push((format!("assessment-{i:03} (1).json"), export(&older)));
    }
    files
}

/// Merges and profiles the files; the checksum counts respondents, subgroups, gaps and the
/// least-consensus list, and adds a mean so a changed figure shows.
pub fn run(files: &[(String, String)]) -> u32 {
    let merged = merge(files);
    let p = profile(&merged);
    merged.respondents.len() as u32
        + 1000 * p.subgroups.len() as u32
        + 10_000 * p.gaps.len() as u32
        + 100_000 * p.least_consensus.len() as u32
        + p.group.index.stats.mean.unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnership_engine::workshop::FileStatus;

    #[test]
    fn the_files_are_realistic() {
        let files = files(&mut SplitMix::new(1));
        assert_eq!(files.len(), FILES);
        let merged = merge(&files);
        assert_eq!(merged.respondents.len(), FILES - DUPLICATES);
        assert_eq!(merged.dropped_duplicates().count(), DUPLICATES);
        assert!(
            merged
                .files
                .iter()
                .all(|f| !matches!(f.status, FileStatus::Rejected { .. }))
        );
        let p = profile(&merged);
        assert_eq!(p.subgroups.len(), 6);
        assert!(p.without_role > 0);
        assert!(!p.least_consensus.is_empty());
    }
}
