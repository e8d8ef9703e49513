//! What the catalogue tests share about languages: Arabic's plural rules and digits as the
//! browser's `Intl` gives them (the engine carries no such tables; the widget asks `Intl`),
//! and the pack of a language. Test files keep their own `Conventions` where they differ in
//! how they write dates or whether they use Arabic-Indic digits; [`Arabic`] is the common
//! one, and [`assert_from_catalogue`] the common check of the pseudo-language.

#![allow(dead_code)]

use partnership_engine::catalogue::{Conventions, PACKS, PluralCategory, untranslated};

/// Arabic's plural rules and digits, as `Intl` gives them in a browser (a date is written
/// as its number, in those digits).
pub struct Arabic;

impl Conventions for Arabic {
    fn plural(&self, n: u64) -> PluralCategory {
        arabic_plural(n)
    }

    fn number(&self, n: i64) -> String {
        arabic_digits(n)
    }

    fn date(&self, unix_millis: i64) -> String {
        self.number(unix_millis)
    }
}

/// With the pseudo-language installed: every text came whole from the catalogue (no
/// English outside its brackets) and has no placeholder left unfilled.
pub fn assert_from_catalogue(texts: impl IntoIterator<Item = String>) {
    for text in texts {
        assert!(
            untranslated(&text).is_empty(),
            "English outside the catalogue: {:?} in {text:?}",
            untranslated(&text)
        );
        assert!(!text.contains('{'), "a placeholder left unfilled: {text:?}");
    }
}

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
