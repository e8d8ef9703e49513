//! The partnership assessment engine: every decision the product makes, with no web
//! dependencies, so it is tested with plain `cargo test`.
//!
//! - [`INSTRUMENTS`]: the six instruments, generated at build time from
//!   `engine/instruments/*.toml` (see [`instrument`] for the types).
//! - [`Answers`]: what the respondent answered, keyed by item id.
//! - [`evaluate`]: answers in, [`Report`] out. Pure and cheap: call it on every change.
//! - [`Assessment`], [`export`] and [`import()`]: the versioned results document.
//!
//! All scoring is in integers, so the same answers always give the same digits.
//!
//! ```
//! use partnership_engine::{evaluate, Answers, ReadinessAnswer, Rating, TimingVerdict};
//! let mut answers = Answers::default();
//! for dim in partnership_engine::INSTRUMENTS.readiness.dimensions {
//!     for item in dim.items {
//!         let value = if item.reverse { 0 } else { 4 };
//!         answers.set_readiness(item.id, ReadinessAnswer::Scale(Rating::new(value).unwrap()));
//!     }
//! }
//! let report = evaluate(&answers);
//! assert_eq!(report.readiness.index, Some(100));
//! assert_eq!(report.readiness.valid_dimensions, 8);
//! // No trigger answered: the timing is weak.
//! assert!(!report.timing.strong_timing);
//! ```

pub mod answers;
pub mod barriers;
pub mod catalogue;
pub mod compare;
pub mod csv;
pub mod depth;
pub mod document;
pub mod draft;
pub mod explain;
pub mod file_names;
pub mod flow;
pub mod health;
mod id_map;
pub mod instrument;
pub mod paging;
pub mod partners;
pub mod plan;
mod rank;
pub mod readiness;
pub mod report;
pub mod summary;
pub mod text;
pub mod time;
pub mod timing;
pub mod words;
pub mod workshop;

pub use answers::{Answers, BarrierAnswer, Rating, ReadinessAnswer, TimingAnswer};
pub use barriers::{BarrierReport, BarrierRisk};
pub use depth::{DepthLimit, DepthReport, MissingThreshold, NextLevel, StageReport};
pub use document::{
    Assessment, ImportError, ImportWarning, Imported, LanguageTag, RespondentRole, ResultId,
    export, export_report, export_with, import, import_with,
};
pub use flow::{Progress, Scope, Section};
pub use health::{
    BalanceOutcome, BalanceReport, HealthMissing, HealthReason, HealthReasonKind, HealthReport,
    Recommendation,
};
pub use instrument::{
    DepthLevel, INSTRUMENTS, Instruments, ReadinessBand, RiskLevel, Stage, TimingVerdict,
};
pub use partners::{Candidate, PartnerError, PartnerMap, Priority};
pub use plan::{Link, LinkKind, PartnerContext, PartnerSource, PlanStep, PlanStepKind};
pub use readiness::{DimensionStatus, ReadinessReport, ReadinessScore};
pub use report::{Report, StageSteps, evaluate, evaluate_with, evaluate_with_partners};
pub use text::Text;
pub use time::Timestamp;
pub use timing::{TimingReason, TimingReport, WarningFinding};

/// The name of the product, as shown to users.
pub const PRODUCT_NAME: &str = "Partnership Assessment";
