//! The partnership assessment engine: every decision the product makes, with no web
//! dependencies, so it is tested with plain `cargo test`.
//!
//! - [`INSTRUMENTS`]: the five instruments, generated at build time from
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
pub mod compare;
pub mod csv;
pub mod depth;
pub mod document;
pub mod explain;
pub mod file_names;
pub mod flow;
pub mod instrument;
pub mod partners;
pub mod plan;
mod rank;
pub mod readiness;
pub mod text;
pub mod time;
pub mod timing;
pub mod workshop;

pub use answers::{Answers, BarrierAnswer, Rating, ReadinessAnswer, TimingAnswer};
pub use barriers::{BarrierReport, BarrierRisk};
pub use depth::{DepthReport, MissingThreshold, NextLevel, StageReport};
pub use document::{
    Assessment, ImportError, ImportWarning, Imported, LanguageTag, RespondentRole, ResultId,
    export, export_with, import, import_with,
};
pub use flow::{Progress, Scope, Section};
pub use instrument::{DepthLevel, Instruments, ReadinessBand, RiskLevel, Stage, TimingVerdict};
pub use partners::{Candidate, PartnerError, PartnerMap, Priority};
pub use plan::{Link, LinkKind, PlanStep, PlanStepKind};
pub use readiness::{DimensionStatus, ReadinessReport, ReadinessScore};
pub use text::Text;
pub use time::Timestamp;
pub use timing::{TimingReason, TimingReport, WarningFinding};

use instrument::*;
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/instruments.rs"));

/// The name of the product, as shown to users.
pub const PRODUCT_NAME: &str = "Partnership Assessment";

/// Everything the engine concludes from one set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub readiness: ReadinessReport,
    pub barriers: BarrierReport,
    pub timing: TimingReport,
    pub depth: DepthReport,
    /// The stage the respondent is at, when answered.
    pub stage: Option<StageReport>,
    /// At most [`plan::ACTION_PLAN_LEN`] steps, most valuable first.
    pub action_plan: Vec<PlanStep>,
}

/// Scores `answers` against the built-in [`INSTRUMENTS`].
pub fn evaluate(answers: &Answers) -> Report {
    evaluate_with(&INSTRUMENTS, answers)
}

/// Scores `answers` against any instruments (tests use small hand-made ones).
pub fn evaluate_with(instruments: &'static Instruments, answers: &Answers) -> Report {
    let readiness = readiness::score_readiness(&instruments.readiness, answers);
    let barriers = barriers::score_barriers(&instruments.barriers, answers);
    let timing = timing::decide_timing(&instruments.timing, answers, readiness.index, &barriers);
    let depth = depth::recommend_depth(&instruments.depth, answers, &readiness);
    let action_plan = plan::plan_actions(instruments, answers, &readiness, &barriers, &timing);
    Report {
        stage: depth::locate_stage(answers),
        readiness,
        barriers,
        timing,
        depth,
        action_plan,
    }
}
