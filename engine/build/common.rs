//! What the instrument, partner and workshop file checkers share: localised texts, language
//! tags, the error collector and the generated-code spelling of a text. Included by
//! `build.rs` and by each checker's tests as `crate::common`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A localised text as written in TOML: language tag → text.
pub type LText = BTreeMap<String, String>;

/// A short BCP 47-style tag: `en`, `fr`, `pt-BR`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Collects the problems found in one file as `file: id: problem` lines.
pub struct Check<'a> {
    pub file: &'a str,
    pub errors: &'a mut Vec<String>,
}

impl Check<'_> {
    pub fn err(&mut self, id: &str, message: impl std::fmt::Display) {
        self.errors
            .push(format!("{}: {}: {}", self.file, id, message));
    }

    /// Every text needs English (the fallback) and no language may be empty or malformed.
    pub fn text(&mut self, id: &str, field: &str, text: &LText) {
        match text.get("en") {
            None => self.err(id, format_args!("`{field}` has no `en` text")),
            Some(t) if t.trim().is_empty() => {
                self.err(id, format_args!("`{field}` has an empty `en` text"))
            }
            Some(_) => {}
        }
        for (lang, t) in text {
            if !is_language_tag(lang) {
                self.err(
                    id,
                    format_args!("`{field}` has a bad language tag `{lang}`"),
                );
            } else if t.trim().is_empty() {
                self.err(id, format_args!("`{field}` has an empty `{lang}` text"));
            }
        }
    }

    pub fn count(&mut self, id: &str, what: &str, n: usize, min: usize, max: usize) {
        if n < min || n > max {
            let expected = if min == max {
                format!("exactly {min}")
            } else {
                format!("{min} to {max}")
            };
            self.err(id, format_args!("has {n} {what}, expected {expected}"));
        }
    }
}

/// The Rust expression for a localised text. English comes first: `Text::en` and the
/// fallback rely on it.
pub fn text_literal(t: &LText) -> String {
    let mut out = String::from("Text::new(&[");
    let en = t.get("en").map(String::as_str).unwrap_or("");
    let _ = write!(out, "(\"en\", {en:?})");
    for (lang, s) in t.iter().filter(|(l, _)| *l != "en") {
        let _ = write!(out, ", ({lang:?}, {s:?})");
    }
    out.push_str("])");
    out
}

/// An id as a Rust enum variant: `high-trust` → `HighTrust`.
pub fn variant(id: &str) -> String {
    id.split('-')
        .map(|p| {
            let mut cs = p.chars();
            cs.next()
                .map(|f| f.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect()
}
