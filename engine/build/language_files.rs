//! The language files, `engine/lang/<tag>.toml`: the English words around the instruments
//! (`en.toml`) and one file per other language with every text the widget shows, instrument
//! texts included (format: `engine/lang/README.md`).
//!
//! Shared by `build.rs` and by the `language_files` integration test. The instrument
//! checkers run first and register their texts in [`crate::common::catalogue`]; this file
//! adds the words of `en.toml`, then checks every other language against the whole
//! catalogue: every key present, no key unknown, no empty text, the same placeholders, plural
//! forms that are real plural categories. Every problem is reported as
//! `engine/lang/es.toml: results.title: what is wrong`, all at once.

#![allow(dead_code)]

use crate::common::{catalogue, is_language_tag, register};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The plural categories of `Intl.PluralRules`, in its order.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Separates the texts of a language pack.
pub const TEXT_SEPARATOR: char = '\u{1}';
/// Separates a plural form's category from its text.
pub const CATEGORY_SEPARATOR: char = '\u{2}';
/// Separates the forms of a plural text.
pub const FORM_SEPARATOR: char = '\u{3}';

/// One text of a language file: a sentence, or the forms of a counted phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Single(String),
    /// `(category, text)` in the order of [`CATEGORIES`].
    Plural(Vec<(String, String)>),
}

impl Entry {
    /// How the entry travels in a language pack and in the registry.
    pub fn encode(&self) -> String {
        match self {
            Entry::Single(s) => s.clone(),
            Entry::Plural(forms) => forms
                .iter()
                .map(|(c, t)| format!("{c}{CATEGORY_SEPARATOR}{t}"))
                .collect::<Vec<_>>()
                .join(&FORM_SEPARATOR.to_string()),
        }
    }

    fn decode(s: &str) -> Entry {
        if !s.contains(CATEGORY_SEPARATOR) {
            return Entry::Single(s.to_owned());
        }
        Entry::Plural(
            s.split(FORM_SEPARATOR)
                .map(|f| {
                    let (c, t) = f.split_once(CATEGORY_SEPARATOR).unwrap_or(("other", f));
                    (c.to_owned(), t.to_owned())
                })
                .collect(),
        )
    }

    fn texts(&self) -> Vec<&str> {
        match self {
            Entry::Single(s) => vec![s.as_str()],
            Entry::Plural(forms) => forms.iter().map(|(_, t)| t.as_str()).collect(),
        }
    }
}

/// Flattens a parsed language file to `key → entry`: nested tables join their names with
/// dots, a table whose keys are all plural categories is one counted phrase, a list of
/// texts is numbered from 0.
pub fn flatten(file: &str, table: &toml::Table) -> Result<BTreeMap<String, Entry>, Vec<String>> {
    let mut out = BTreeMap::new();
    let mut errors = Vec::new();
    walk(file, "", table, &mut out, &mut errors);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn walk(
    file: &str,
    prefix: &str,
    table: &toml::Table,
    out: &mut BTreeMap<String, Entry>,
    errors: &mut Vec<String>,
) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) => {
                out.insert(key, Entry::Single(s.clone()));
            }
            toml::Value::Array(list) => {
                for (i, item) in list.iter().enumerate() {
                    match item.as_str() {
                        Some(s) => {
                            out.insert(format!("{key}.{i}"), Entry::Single(s.to_owned()));
                        }
                        None => errors.push(format!("{file}: {key}.{i}: must be a text")),
                    }
                }
            }
            toml::Value::Table(t) if is_plural(t) => {
                let forms = CATEGORIES
                    .iter()
                    .filter_map(|c| {
                        t.get(*c)
                            .and_then(toml::Value::as_str)
                            .map(|s| ((*c).to_owned(), s.to_owned()))
                    })
                    .collect::<Vec<_>>();
                if forms.len() != t.len() {
                    errors.push(format!("{file}: {key}: every plural form must be a text"));
                }
                out.insert(key, Entry::Plural(forms));
            }
            toml::Value::Table(t) => walk(file, &key, t, out, errors),
            _ => errors.push(format!("{file}: {key}: must be a text")),
        }
    }
}

fn is_plural(t: &toml::Table) -> bool {
    t.contains_key("other") && t.keys().all(|k| CATEGORIES.contains(&k.as_str()))
}

/// The `{name}` placeholders of a text, sorted, or what is wrong with its braces.
pub fn placeholders(text: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("has a `}` without its `{`".into());
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("has a `{` without its `}`")?;
        let name = &after[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(format!("has a bad placeholder `{{{name}}}`"));
        }
        names.push(name.to_owned());
        rest = &after[close + 1..];
    }
    names.sort();
    names.dedup();
    Ok(names)
}

fn entry_placeholders(entry: &Entry) -> Result<Vec<String>, String> {
    let mut all = Vec::new();
    for t in entry.texts() {
        all.extend(placeholders(t)?);
    }
    all.sort();
    all.dedup();
    Ok(all)
}

/// Registers the English words of `en.toml` after the instrument texts. English counted
/// phrases have exactly the forms `one` and `other`.
pub fn register_english(
    file: &str,
    source: &str,
) -> Result<Vec<(String, usize, Entry)>, Vec<String>> {
    let table: toml::Table = source
        .parse()
        .map_err(|e: toml::de::Error| vec![format!("{file}: {}", e.to_string().trim_end())])?;
    let entries = flatten(file, &table)?;
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (key, entry) in entries {
        for t in entry.texts() {
            check_text(file, &key, t, true, &mut errors);
        }
        if let Entry::Plural(forms) = &entry {
            let cats: Vec<&str> = forms.iter().map(|(c, _)| c.as_str()).collect();
            if cats != ["one", "other"] {
                errors.push(format!(
                    "{file}: {key}: an English count has exactly `one` and `other`"
                ));
            }
        }
        if let Err(e) = entry_placeholders(&entry) {
            errors.push(format!("{file}: {key}: {e}"));
        }
        if catalogue().iter().any(|(k, _)| *k == key) {
            errors.push(format!(
                "{file}: {key}: the key is already an instrument text"
            ));
        }
        let index = register(&key, &entry.encode());
        out.push((key, index, entry));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A text may be only a space (a word separator) when English's is; never empty.
fn check_text(file: &str, key: &str, text: &str, blank_allowed: bool, errors: &mut Vec<String>) {
    if text.is_empty() || (!blank_allowed && text.trim().is_empty()) {
        errors.push(format!("{file}: {key}: the text is empty"));
    }
    if text.contains([TEXT_SEPARATOR, CATEGORY_SEPARATOR, FORM_SEPARATOR]) {
        errors.push(format!("{file}: {key}: the text holds a control character"));
    }
}

/// Checks a translation against the whole catalogue and returns its pack: every text in
/// catalogue order, joined by [`TEXT_SEPARATOR`].
pub fn check_translation(file: &str, source: &str) -> Result<String, Vec<String>> {
    let table: toml::Table = source
        .parse()
        .map_err(|e: toml::de::Error| vec![format!("{file}: {}", e.to_string().trim_end())])?;
    let entries = flatten(file, &table)?;
    let mut errors = Vec::new();
    let english = catalogue();
    let mut pack = Vec::with_capacity(english.len());
    for (key, en) in &english {
        let en = Entry::decode(en);
        let Some(tr) = entries.get(key) else {
            errors.push(format!("{file}: {key}: the translation is missing"));
            continue;
        };
        let blank_allowed = en.texts().iter().all(|t| t.trim().is_empty());
        for t in tr.texts() {
            check_text(file, key, t, blank_allowed, &mut errors);
        }
        match (&en, tr) {
            (Entry::Single(_), Entry::Plural(_)) => errors.push(format!(
                "{file}: {key}: English has one text here, not plural forms"
            )),
            (Entry::Plural(_), Entry::Single(_)) => errors.push(format!(
                "{file}: {key}: English counts here: give plural forms (at least `other`)"
            )),
            _ => {}
        }
        match (entry_placeholders(&en), entry_placeholders(tr)) {
            (Ok(a), Ok(b)) if a != b => errors.push(format!(
                "{file}: {key}: the placeholders are {} where English has {}",
                braces(&b),
                braces(&a)
            )),
            (_, Err(e)) => errors.push(format!("{file}: {key}: {e}")),
            _ => {}
        }
        pack.push(tr.encode());
    }
    for key in entries.keys() {
        if !english.iter().any(|(k, _)| k == key) {
            errors.push(format!(
                "{file}: {key}: no such text in English (a typo, or a text that was removed)"
            ));
        }
    }
    if errors.is_empty() {
        Ok(pack.join(&TEXT_SEPARATOR.to_string()))
    } else {
        Err(errors)
    }
}

fn braces(names: &[String]) -> String {
    if names.is_empty() {
        return "none".into();
    }
    names
        .iter()
        .map(|n| format!("{{{n}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The constant name of a word's key: `results.title` → `RESULTS_TITLE`.
pub fn constant(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// The Rust source of `catalogue.rs`: the words' constants, every key in index order and
/// the language packs.
pub fn generate(words: &[(String, usize, Entry)], packs: &[(String, String)]) -> String {
    let mut o =
        String::from("// Generated by engine/build.rs from engine/lang/*.toml. Do not edit.\n");
    let total = catalogue().len();
    let _ = writeln!(
        o,
        "/// How many texts the catalogue holds (instrument texts and words)."
    );
    let _ = writeln!(o, "pub const TEXT_COUNT: usize = {total};");
    let _ = writeln!(o, "/// Every key, in index order (what translators see).");
    let _ = write!(o, "pub static KEYS: [&str; {total}] = [");
    for (k, _) in catalogue() {
        let _ = write!(o, "{k:?},");
    }
    o.push_str("];\n");
    let _ = writeln!(
        o,
        "/// Every English text in index order, as one pack: texts apart by `\\u{{1}}`, a counted \
         phrase as its encoded forms. One string rather than an address and a length in every \
         text and word keeps the wasm's data small."
    );
    o.push_str(
        "pub static ENGLISH: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/pack-en.txt\"));\n",
    );
    let _ = writeln!(o, "/// The language packs: `(tag, texts in index order)`.");
    o.push_str("pub static PACKS: &[(&str, &str)] = &[");
    for (tag, file) in packs {
        let _ = write!(
            o,
            "({tag:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))),"
        );
    }
    o.push_str("];\n");
    o.push_str("/// The words of `engine/lang/en.toml`, one constant per key.\npub mod msg {\n    #[allow(unused_imports)]
    use super::{Msg, Plural};\n");
    for (key, index, entry) in words {
        let kind = match entry {
            Entry::Single(_) => "Msg",
            Entry::Plural(_) => "Plural",
        };
        let _ = writeln!(
            o,
            "    /// `{key}`\n    pub const {}: {kind} = {kind}::new({index});",
            constant(key)
        );
    }
    o.push_str("}\n");
    o
}

/// Whether the text under `key` is one of workshop mode's (its words, its group summary's
/// and its discussion prompts), which English carries only with the engine's `workshop`
/// feature.
pub fn is_workshop_key(key: &str) -> bool {
    key.starts_with("workshop.") || key.starts_with("workshop_summary.")
}

/// For `build.rs`: reads `dir/en.toml` and every other `dir/<tag>.toml`, checks them and
/// writes `out_dir/catalogue.rs` and a pack per language, English's included. Run after the
/// instrument files have generated their code, so the catalogue holds their texts. Without
/// `workshop_words`, English's pack holds workshop mode's texts empty ([`is_workshop_key`]):
/// the numbers stay, the text is left out.
pub fn build(dir: &Path, out_dir: &Path, workshop_words: bool) -> Result<(), Vec<String>> {
    println!("cargo:rerun-if-changed=build/language_files.rs");
    println!("cargo:rerun-if-changed={}", dir.display());
    let read = |name: &str| {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path).map_err(|e| {
            vec![format!(
                "engine/lang/{name}: cannot read {}: {e}",
                path.display()
            )]
        })
    };
    let words = register_english("engine/lang/en.toml", &read("en.toml")?)?;
    let mut tags: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("engine/lang: cannot list {}: {e}", dir.display())])?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter_map(|n| n.strip_suffix(".toml").map(str::to_owned))
        .filter(|t| t != "en")
        .collect();
    tags.sort();
    let mut errors = Vec::new();
    let mut packs = Vec::new();
    for tag in tags {
        let file = format!("engine/lang/{tag}.toml");
        if !is_language_tag(&tag) {
            errors.push(format!(
                "{file}: the file name must be a language tag such as `es`"
            ));
            continue;
        }
        match read(&format!("{tag}.toml")).and_then(|s| check_translation(&file, &s)) {
            Ok(pack) => {
                let name = format!("pack-{tag}.txt");
                if let Err(e) = std::fs::write(out_dir.join(&name), pack) {
                    errors.push(format!("cannot write {name}: {e}"));
                }
                packs.push((tag, name));
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let english = catalogue()
        .into_iter()
        .map(|(key, en)| {
            if workshop_words || !is_workshop_key(&key) {
                en
            } else {
                String::new()
            }
        })
        .collect::<Vec<_>>()
        .join(&TEXT_SEPARATOR.to_string());
    std::fs::write(out_dir.join("pack-en.txt"), english)
        .map_err(|e| vec![format!("cannot write pack-en.txt: {e}")])?;
    let out = out_dir.join("catalogue.rs");
    std::fs::write(&out, generate(&words, &packs))
        .map_err(|e| vec![format!("cannot write {}: {e}", out.display())])
}
