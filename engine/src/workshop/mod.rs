//! Workshop mode: merge everyone's results files into one group profile that shows where
//! the group agrees and where it does not.
//!
//! 1. [`merge`] imports every file on its own (one bad file never stops the others),
//!    keeps the newest version of each result, and reports per file what happened.
//! 2. [`profile`] computes the group profile: figures per readiness item, dimension,
//!    barrier and timing verdict ([`stats`] has the formulas), the items and barriers of
//!    least consensus, and the same figures per respondent role and per organisation.
//! 3. [`summary_json`] and [`summary_csv`] export it (see `docs/group-summary-format.md`).
//!
//! No figure depends on the order in which the files were given.
//!
//! ```
//! use partnership_engine::{Assessment, ResultId, Timestamp, export};
//! use partnership_engine::workshop::{FileStatus, merge};
//! let a = Assessment::new(ResultId::from_random_bytes([1; 16]), Timestamp::from_unix_millis(0));
//! let json = export(&a);
//! let merged = merge(&[("ana.json", json.as_bytes()), ("shopping.txt", b"milk".as_slice())]);
//! assert_eq!(merged.respondents.len(), 1);
//! assert!(matches!(merged.files[0].status, FileStatus::Accepted { .. }));
//! assert!(matches!(merged.files[1].status, FileStatus::Rejected { .. }));
//! ```

mod merge;
pub mod presentation;
pub mod presenter;
pub mod profile;
pub mod prompts;
pub mod stats;
pub mod summary;

pub use merge::{
    FileReport, FileStatus, MAX_WORKSHOP_BYTES, ReadFile, Respondent, WorkshopMerge, merge,
    merge_read, merge_with,
};
pub use profile::{
    BalanceProfile, BarrierProfile, ConsensusTopic, DimensionProfile, Disagreement,
    DisagreementShape, GapTopic, GroupGap, GroupProfile, HealthProfile, HiddenGroup, HiddenReason,
    ItemProfile, OrganizationComparison, OrganizationGap, OrganizationGroup, OrganizationProfile,
    RatingProfile, RecommendationProfile, RiskProfile, ScoreProfile, Subgroup, VerdictProfile,
    WorkshopProfile, organization_key, privacy_partition, profile, profile_with,
};
pub use stats::{AgreementBand, ScaleStats, hundredths};
pub use summary::{
    DiscussionPrompt, GroupSummary, SUMMARY_FORMAT_VERSION, SUMMARY_SCHEMA_URN, summary_csv,
    summary_json,
};
