//! Localised texts, and quoting a user's value back to them.

/// A text shown to users, in one or more languages.
///
/// Instruments store every user-facing text as `(language tag, text)` pairs. English is
/// required (the build fails without it) and always comes first, so it is the fallback for
/// any language that has no translation yet. Adding a language never touches an id.
///
/// ```
/// use partnership_engine::Text;
/// static PAIRS: [(&str, &str); 2] = [("en", "Purpose"), ("fr", "Raison d'être")];
/// let text = Text::new(&PAIRS);
/// assert_eq!(text.get("fr"), "Raison d'être");
/// assert_eq!(text.get("fr-CA"), "Raison d'être"); // falls back to the primary language
/// assert_eq!(text.get("de"), "Purpose"); // falls back to English
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    translations: &'static [(&'static str, &'static str)],
}

impl Text {
    /// A text from `(language tag, text)` pairs, English first.
    pub const fn new(translations: &'static [(&'static str, &'static str)]) -> Self {
        Self { translations }
    }

    /// The text in `lang`, else in its primary language (`fr` for `fr-CA`), else English.
    pub fn get(&self, lang: &str) -> &'static str {
        let primary = lang.split('-').next().unwrap_or(lang);
        self.find(lang)
            .or_else(|| self.find(primary))
            .unwrap_or_else(|| self.en())
    }

    /// The English text (every text has one; the build checks it).
    pub fn en(&self) -> &'static str {
        self.find("en")
            .or_else(|| self.translations.first().map(|(_, text)| *text))
            .unwrap_or("")
    }

    /// Every `(language tag, text)` pair, English first.
    pub fn translations(&self) -> &'static [(&'static str, &'static str)] {
        self.translations
    }

    fn find(&self, lang: &str) -> Option<&'static str> {
        self.translations
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(lang))
            .map(|(_, text)| *text)
    }
}

/// A value quoted back to the user in a message (an id, a rating, a name from a file), cut
/// to 60 characters with an ellipsis: a hostile file cannot flood the screen through an
/// error message.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        s.chars().take(MAX).chain("…".chars()).collect()
    }
}
