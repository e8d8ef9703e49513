//! The language the widget speaks. English is the only one so far; the views and the
//! state take instrument texts through [`tr`], so a language switch is one place.

/// The language the widget shows instrument texts in.
pub const LANG: &str = "en";

/// An instrument text in the widget's language.
pub fn tr(text: &partnership_engine::Text) -> &'static str {
    text.get(LANG)
}
