//! The words of the language switch on the start screen. The languages' own names are not
//! translated: each is written in itself ([`crate::catalogue::LANGUAGES`]).

use crate::catalogue::msg;

/// The name of the list of languages, for screen readers.
pub fn heading() -> &'static str {
    msg::LANGUAGE_HEADING.text()
}

/// What the switch says when a language's texts could not be loaded.
pub fn failed() -> &'static str {
    msg::LANGUAGE_FAILED.text()
}

/// What the page shows when the widget cannot start in this browser (the loader carries it).
pub fn cannot_start() -> &'static str {
    msg::LANGUAGE_CANNOT_START.text()
}
