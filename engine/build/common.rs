//! What the instrument, partner and workshop file checkers share: localised texts, language
//! tags, the error collector and the generated-code spelling of a text. Included by
//! `build.rs` and by each checker's tests as `crate::common`.

use std::cell::RefCell;
use std::collections::BTreeMap;

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
        for (lang, t) in text.iter().filter(|(lang, _)| *lang != KEY_FIELD) {
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

/// The field [`stamp_keys`] adds to every localised text: its key in the catalogue.
pub const KEY_FIELD: &str = "_key";

/// Parses a file as `T` after giving each localised text its catalogue key (see
/// [`stamp_keys`]). A syntax or shape error comes from the plain parse, so it keeps its line
/// number.
pub fn parse_keyed<T: serde::de::DeserializeOwned>(
    source: &str,
    file_id: &str,
) -> Result<T, String> {
    if let Err(e) = toml::from_str::<T>(source) {
        return Err(e.to_string().trim_end().to_owned());
    }
    let mut value: toml::Value = toml::from_str(source).map_err(|e| e.to_string())?;
    stamp_keys(&mut value, file_id, file_id);
    value.try_into().map_err(|e: toml::de::Error| e.to_string())
}

/// Marks every localised text (`{ en = "…" }`) under `prefix` with its catalogue key, the
/// name translators see in `engine/lang/<tag>.toml`. The key is the path to the text, where
/// an element of a list of tables is named by its `id` (an id that already starts with the
/// file's id stands for itself, so items keep their global ids) and any other element by
/// its position: `readiness.purpose.title`, `readiness.purpose.why-partner.text`,
/// `timing.labels.3`. Keys therefore stay put while texts are reworded, and move only when
/// the thing they describe moves.
pub fn stamp_keys(value: &mut toml::Value, prefix: &str, file_id: &str) {
    if is_localised(value) {
        if let toml::Value::Table(t) = value {
            t.insert(KEY_FIELD.to_owned(), toml::Value::String(prefix.to_owned()));
        }
        return;
    }
    match value {
        toml::Value::Table(t) => {
            for (k, child) in t.iter_mut().filter(|(k, _)| *k != "id") {
                let named_list = matches!(child, toml::Value::Array(a) if a.iter().any(|e| element_id(e).is_some()));
                let path = if named_list {
                    prefix.to_owned()
                } else {
                    format!("{prefix}.{k}")
                };
                stamp_keys(child, &path, file_id);
            }
        }
        toml::Value::Array(a) => {
            for (i, e) in a.iter_mut().enumerate() {
                let path = match element_id(e) {
                    Some(id) if id.starts_with(&format!("{file_id}.")) => id,
                    Some(id) => format!("{prefix}.{id}"),
                    None => format!("{prefix}.{i}"),
                };
                stamp_keys(e, &path, file_id);
            }
        }
        _ => {}
    }
}

fn element_id(v: &toml::Value) -> Option<String> {
    v.as_table()?.get("id")?.as_str().map(str::to_owned)
}

fn is_localised(v: &toml::Value) -> bool {
    v.as_table().is_some_and(|t| {
        t.get("en").is_some_and(toml::Value::is_str)
            && t.iter().all(|(k, v)| is_language_tag(k) && v.is_str())
    })
}

thread_local! {
    /// Every text generated so far, `(key, English)`, in index order.
    static CATALOGUE: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Adds a text to the catalogue and returns its index; a key seen before keeps its index.
pub fn register(key: &str, en: &str) -> usize {
    CATALOGUE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(i) = c.iter().position(|(k, _)| k == key) {
            return i;
        }
        c.push((key.to_owned(), en.to_owned()));
        c.len() - 1
    })
}

/// The catalogue built so far, in index order.
pub fn catalogue() -> Vec<(String, String)> {
    CATALOGUE.with(|c| c.borrow().clone())
}

/// The Rust expression for a localised text: its catalogue index. Its English is
/// registered here and compiled in once, with every other English text, as the built-in
/// pack (`ENGLISH` in `catalogue.rs`); the other languages arrive as packs.
pub fn text_literal(t: &LText) -> String {
    let en = t.get("en").map(String::as_str).unwrap_or("");
    let key = t.get(KEY_FIELD).map(String::as_str).unwrap_or("");
    let index = register(key, en);
    format!("Text::new({index})")
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
