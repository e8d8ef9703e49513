//! Keeps the shell thin: the views in `src/components/` lay out what the state holds and
//! send intents back. They never reach the browser themselves, never run the engine's
//! scoring (the reducer works it out once per change) and hold no sentence of their own
//! (every word comes from `partnership_engine::words`, `explain` or the instrument data).
//! The same goes for the state's slices, whose messages also come from the engine.

use std::fs;
use std::path::{Path, PathBuf};

/// Calls that belong at the edges (`app.rs`, `host.rs`, `effects.rs`, `dom.rs`) or in the
/// reducer, never in a view.
const NOT_IN_VIEWS: &[&str] = &[
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "effects::",
    "evaluate(",
    "analyse(",
    "compare(",
    "flow::progress",
    "merge(",
    "profile(",
    "target_unchecked_into",
];

/// Key names a keyboard handler compares with: not words anyone reads.
const KEY_NAMES: &[&str] = &["ArrowRight", "ArrowLeft", "Escape", "Enter", "Home", "End"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code of `path` without its tests and without comments.
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string (a URL) would be rare here; none of the views has one.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every string literal in `code` (plain `"…"` literals, escapes kept as written).
fn literals(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = code.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        // Skip character literals such as '"' and lifetimes.
        if c == '\'' {
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                chars.next();
                if rest.starts_with('\\') {
                    chars.next();
                }
                chars.next();
            }
            previous = c;
            continue;
        }
        if c == '"' && previous != '\\' {
            let mut literal = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if escaped {
                    literal.push(d);
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == '"' {
                    break;
                } else {
                    literal.push(d);
                }
            }
            found.push(literal);
            previous = '"';
            continue;
        }
        previous = c;
    }
    found
}

/// Whether a literal reads as words for people rather than a class list, an id, an
/// attribute value, a number list or a format pattern for an id.
///
/// One lowercase token (`"step"`, `"checkbox"`) is an attribute value; in a list of
/// several, each token must look made for machines (`pa-button`, `100`, `{id}-hint`), so
/// "of 16" is words.
fn reads_as_words(literal: &str) -> bool {
    if KEY_NAMES.contains(&literal) {
        return false;
    }
    // SVG path data: "M64 8V278…", "M{x} {y}L…".
    let mut chars = literal.chars();
    if chars.next() == Some('M') && chars.next().is_some_and(|c| c.is_ascii_digit() || c == '{') {
        return false;
    }
    let machine_chars = |t: &str| {
        t.chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "{.-".contains(c))
            && t.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.,/:;{}#%+=()".contains(c)
            })
    };
    let tokens: Vec<&str> = literal.split_whitespace().collect();
    match tokens.as_slice() {
        // Nothing is not text; a bare space between two pieces of text is a word separator,
        // which belongs to the language (`words::common::word_gap`).
        [] => !literal.is_empty(),
        [one] => !machine_chars(one) || literal.trim() != literal,
        many => !many
            .iter()
            .all(|t| machine_chars(t) && !t.chars().all(|c| c.is_ascii_lowercase())),
    }
}

fn offences(folder: &str, check: impl Fn(&str) -> Vec<String>) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(folder),
        &mut files,
    );
    assert!(!files.is_empty(), "no Rust files under {folder}");
    files.sort();
    files
        .iter()
        .flat_map(|path| {
            let code = code_of(path);
            let name = path.display().to_string();
            check(&code)
                .into_iter()
                .map(move |o| format!("{name}: {o}"))
        })
        .collect()
}

#[test]
fn views_reach_neither_the_browser_nor_the_scoring() {
    let found = offences("src/components", |code| {
        NOT_IN_VIEWS
            .iter()
            .filter(|call| code.contains(**call))
            .map(|call| format!("uses `{call}`"))
            .collect()
    });
    assert!(
        found.is_empty(),
        "views must only lay out state:\n{}",
        found.join("\n")
    );
}

#[test]
fn nothing_below_the_app_names_it() {
    // Arrows point one way, from `app.rs` down: only `lib.rs` may name the app (the
    // host port gets a way to remove it, not the app itself).
    let found: Vec<String> = offences("src", |code| {
        ["crate::App", "crate::app::", "app::App"]
            .iter()
            .filter(|name| code.contains(**name))
            .map(|name| format!("names `{name}`"))
            .collect()
    })
    .into_iter()
    .filter(|o| !o.contains("src/lib.rs:") && !o.contains("src/architecture.rs:"))
    .collect();
    assert!(
        found.is_empty(),
        "only lib.rs names the app:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_workshop_mode_reads_its_words() {
    // The script without workshop mode carries no English for `words::workshop` (the
    // engine's `workshop` feature is off there), so only workshop mode's own screens and
    // state may read them; its way in on the start screen reads `words::start`.
    let workshop_mode = |o: &String| {
        let o = o.replace('\\', "/");
        (o.contains("src/components/workshop/") && !o.contains("src/components/workshop/entry.rs:"))
            || o.contains("src/state/workshop.rs:")
            || o.contains("src/architecture.rs:")
    };
    let found: Vec<String> = offences("src", |code| {
        [
            "words::workshop::",
            "words::workshop as",
            "words::workshop;",
            "workshop::presentation",
        ]
        .iter()
        .filter(|name| code.contains(**name))
        .map(|name| format!("reads `{name}`"))
        .collect()
    })
    .into_iter()
    .filter(|o| !workshop_mode(o))
    .collect();
    assert!(
        found.is_empty(),
        "only workshop mode reads workshop mode's words:\n{}",
        found.join("\n")
    );
}

#[test]
fn views_and_state_hold_no_sentence_of_their_own() {
    let check = |code: &str| -> Vec<String> {
        literals(code)
            .into_iter()
            .filter(|l| reads_as_words(l))
            .map(|l| format!("says {l:?}: take it from partnership_engine::words"))
            .collect()
    };
    let mut found = offences("src/components", check);
    found.extend(offences("src/state", check));
    assert!(
        found.is_empty(),
        "user-facing text belongs in the engine:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_text_check_tells_words_from_markup() {
    for markup in [
        "pa-button pa-button-quiet",
        "0 0 100 10",
        "{prefix}-{}",
        "true",
        "-1",
        "step",
        ".json,application/json",
        "ArrowRight",
    ] {
        assert!(!reads_as_words(markup), "{markup:?} is markup");
    }
    for words in [
        "Print",
        "Back to the start",
        "of 16",
        ", ",
        "Topic {} of {}",
    ] {
        assert!(reads_as_words(words), "{words:?} is text");
    }
    let code = r#"html! { <p class="pa-x">{ "Hello there" }</p> }; let c = '"';"#;
    assert_eq!(literals(code), ["pa-x", "Hello there"]);
}
