//! Every sentence and label the widget shows that is not instrument data: one function
//! family, `words::<screen>::<what>(…)`, so the shell holds no user-facing string literal.
//!
//! Instrument texts (questions, answer labels, bands, verdicts) live in the instrument
//! files and reach the screen through [`crate::Text::get`]; explanations of scores live in
//! [`crate::explain`]. What is left, the words around them, is here, grouped by the screen
//! that shows them. Each function is a look-up in the catalogue ([`crate::catalogue`]):
//! its English is in `engine/lang/en.toml` under the screen's name, so `results::title()`
//! is the key `results.title`, and every other language has the same key in its own file.
//!
//! A sentence is always a whole template with `{placeholders}`, never glued from pieces, so
//! each language can order its words; counts are plural phrases ([`crate::catalogue::Plural`])
//! chosen by the language's own rules, and numbers and dates are written by its conventions.

pub mod checkup;
pub mod common;
pub mod files;
pub mod glossary;
pub mod language;
pub mod messages;
pub mod pages;
pub mod partners;
pub mod questions;
pub mod results;
pub mod start;
pub mod summary;
pub mod workshop;

/// A date for people to read: the calendar day in the language's own way (`2026-03-01`
/// in English without a browser).
pub fn day(at: crate::Timestamp) -> String {
    crate::catalogue::date(at)
}

/// A name set in the language's quotation marks, as the messages quote organisations and
/// files: “Riverside”, «Riverside».
///
/// Where directions can differ (a right-to-left language, or a name holding right-to-left
/// letters) the name is isolated (U+2068 … U+2069), so it keeps its own direction and
/// cannot reorder the sentence around it: an Arabic message quoting an English file name
/// reads right, and so does an English one quoting an Arabic name.
pub fn quoted(name: &str) -> String {
    let mixed = crate::catalogue::offered(crate::catalogue::spoken())
        .is_some_and(|l| l.right_to_left)
        || name.chars().any(is_right_to_left);
    let isolated;
    let name = if mixed {
        isolated = format!("\u{2068}{name}\u{2069}");
        isolated.as_str()
    } else {
        name
    };
    crate::catalogue::msg::COMMON_QUOTED.with(&[("name", name)])
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Items joined as a list in the language spoken: "a, b, c" (Arabic uses its own comma).
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let separator = crate::catalogue::msg::COMMON_LIST_SEPARATOR.text();
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// Items joined as a reader lists them: "a", "a and b", "a, b and c".
pub fn join_and(items: &[String]) -> String {
    use crate::catalogue::msg;
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => msg::COMMON_LIST_AND.with(&[("items", &list(rest)), ("last", last)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_commas_and_a_last_and() {
        let l = |v: &[&str]| join_and(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b"]), "a and b");
        assert_eq!(l(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn a_day_is_the_date_part_of_the_timestamp() {
        let at = crate::Timestamp::from_unix_millis(1_772_355_600_000);
        assert_eq!(day(at), "2026-03-01");
    }
}
