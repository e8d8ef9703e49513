//! What the catalogue tests share about languages: Arabic's plural rules and digits as the
//! browser's `Intl` gives them (the engine carries no such tables; the widget asks `Intl`),
//! and the pack of a language. Each test file keeps its own `Conventions`, which differ
//! only in how they write dates and whether they use Arabic-Indic digits.

#![allow(dead_code)]

use partnership_engine::catalogue::{PACKS, PluralCategory};

/// The plural category of a whole number in Arabic, as `Intl.PluralRules("ar")` gives it.
pub fn arabic_plural(n: u64) -> PluralCategory {
    match (n, n % 100) {
        (0, _) => PluralCategory::Zero,
        (1, _) => PluralCategory::One,
        (2, _) => PluralCategory::Two,
        (_, 3..=10) => PluralCategory::Few,
        (_, 11..=99) => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// A whole number in Arabic-Indic digits: 12 → ١٢.
pub fn arabic_digits(n: i64) -> String {
    n.to_string()
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// The pack of an offered language.
pub fn pack(tag: &str) -> &'static str {
    PACKS
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, p)| *p)
        .unwrap_or_else(|| panic!("no {tag} pack"))
}
