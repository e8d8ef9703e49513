//! What the slices of the state share: the screen showing, and what applying an intent
//! to a slice asks of the whole state. Kept apart so the slices depend on this file, not
//! on the state that holds them.

use partnership_engine::Assessment;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Questions,
    Results,
    /// A file was opened while there is work that is not saved anywhere else: ask first.
    ConfirmReplace,
    /// Workshop mode: a facilitator merging everyone's files ([`super::workshop`]).
    Workshop,
}

/// What applying an intent to one slice asks of the whole state.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Nothing beyond the slice changed.
    Stay,
    /// The assessment changed: commit this one (already stamped with the time).
    Commit(Box<Assessment>),
    /// Show this screen, and move focus to its heading.
    Show(Screen),
}
