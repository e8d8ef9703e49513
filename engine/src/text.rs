//! Instrument texts in the widget's language, and quoting a user's value back to them.

/// A text shown to users: an instrument text, in the language the widget speaks.
///
/// Every text is an index in the catalogue (see [`crate::catalogue`]). English is the pack
/// compiled in; another language arrives as a pack and is installed with
/// [`crate::catalogue::install`]; until then, and for any language without a pack, the
/// text is English. Adding a language never touches an id.
///
/// ```
/// use partnership_engine::INSTRUMENTS;
/// let title = INSTRUMENTS.readiness.meta.title;
/// assert_eq!(title.en(), "Are we ready to partner?");
/// assert_eq!(title.get("en"), title.en());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    index: u16,
}

impl Text {
    /// The text at `index` in the catalogue (generated from the instrument files).
    pub const fn new(index: u16) -> Self {
        Self { index }
    }

    /// A word of `en.toml` without placeholders, where a text is expected (a plan step
    /// the engine writes itself, such as the health check's first and last steps): the
    /// catalogue holds both, so it is looked up the same way.
    pub const fn from_msg(msg: crate::catalogue::Msg) -> Self {
        Self::new(msg.index())
    }

    /// The text in the language the widget speaks now.
    #[inline(never)]
    pub fn show(&self) -> &'static str {
        crate::catalogue::lookup(self.index)
    }

    /// The text for a caller that names its language (an export records `lang`). The
    /// catalogue speaks one language at a time and callers pass the language spoken now, so
    /// this is [`Text::show`]; only a tag that is not spoken at all (such as `fr`) gets
    /// English.
    pub fn get(&self, lang: &str) -> &'static str {
        if crate::catalogue::speaks(lang) || crate::catalogue::offered(lang).is_some() {
            self.show()
        } else {
            self.en()
        }
    }

    /// The English text, the catalogue's source and the language of ids and logs.
    pub fn en(&self) -> &'static str {
        crate::catalogue::english(self.index)
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
