//! Every sentence and label the widget shows that is not instrument data: one function
//! family, `words::<screen>::<what>(…)`, so the shell holds no user-facing string literal.
//!
//! Instrument texts (questions, answer labels, bands, verdicts) live in the instrument
//! files and reach the screen through [`crate::Text::get`]; explanations of scores live in
//! [`crate::explain`]. What is left, the words around them, is here, grouped by the screen
//! that shows them. English only for now: when the widget gains languages, these functions
//! become look-ups in a catalogue and their callers do not change.
//!
//! Counts go through [`count`], so "1 file" and "3 files" are both right.

pub mod common;
pub mod files;
pub mod glossary;
pub mod messages;
pub mod pages;
pub mod partners;
pub mod questions;
pub mod results;
pub mod start;
pub mod summary;
pub mod workshop;

/// `n` followed by the singular or plural noun: "1 file", "0 files", "12 files".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    let noun = if n == 1 { singular } else { plural };
    format!("{n} {noun}")
}

/// A date for people to read, from an RFC 3339 timestamp: the calendar day, `2026-03-01`.
pub fn day(at: crate::Timestamp) -> String {
    at.to_string().get(..10).unwrap_or_default().to_owned()
}

/// A name set in curly quotes, as the messages quote organisations and files: “Riverside”.
pub fn quoted(name: &str) -> String {
    format!("“{name}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(1, "file", "files"), "1 file");
        assert_eq!(count(0, "file", "files"), "0 files");
        assert_eq!(count(12, "person", "people"), "12 people");
        // The count of answers left out past the list of import warnings.
        assert_eq!(count(1, "more answer", "more answers"), "1 more answer");
        assert_eq!(count(2, "more answer", "more answers"), "2 more answers");
    }

    #[test]
    fn a_day_is_the_date_part_of_the_timestamp() {
        let at = crate::Timestamp::from_unix_millis(1_772_355_600_000);
        assert_eq!(day(at), "2026-03-01");
    }
}
