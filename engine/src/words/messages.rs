//! The short confirmations and problems the status and alert regions announce.

use super::quoted;

/// After a results file was opened.
pub fn result_opened() -> &'static str {
    "Your saved result is open. Here is what it shows."
}

/// Before the engine's reason, when a file could not be opened.
pub fn file_not_opened() -> &'static str {
    "That file could not be opened. "
}

/// After the engine's reason: the reassurance that nothing changed.
pub fn answers_unchanged() -> &'static str {
    " Your current answers have not been changed."
}

/// The browser could not read a chosen file at all.
pub fn file_unreadable() -> &'static str {
    "This file could not be read. It may have been moved, or the browser may not be allowed \
     to open it. Please try choosing it again."
}

/// The person kept their answers instead of opening a file.
pub fn kept_current() -> &'static str {
    "Nothing was changed. Your answers are as you left them."
}

/// A file was handed to the browser's downloads.
pub fn saved_as(name: &str) -> String {
    format!("Saved as {} in your downloads.", quoted(name))
}

/// `reset()` or `load()` called before the widget can take them.
pub fn not_started() -> &'static str {
    "The Partnership Assessment has not finished starting."
}
