//! The catalogue: every text the widget shows, numbered, in the language it speaks now.
//!
//! Instrument texts are [`crate::Text`]s and the words around them are the constants of
//! [`msg`] (from `engine/lang/en.toml`): each is only its number. English is compiled in,
//! as one pack ([`ENGLISH`]) read on first use. Every other language is a
//! *pack*, the language file `engine/lang/<tag>.toml` checked at build time and reduced to
//! its texts in catalogue order ([`PACKS`]); the widget installs one with [`install`]. The
//! build fails when a language lacks a key, has one English does not, leaves a text empty
//! or changes a placeholder, so a pack always holds exactly [`TEXT_COUNT`] texts.
//!
//! Plural categories, numbers and dates follow the language's [`Conventions`]: in the
//! browser they come from `Intl` (the shell installs them); English uses its own two-form
//! rule. No plural tables are carried in the wasm.
//!
//! The widget runs on one thread, so the language in use is a thread-local: installing a
//! language changes what every text returns from then on, and the shell re-renders.

use std::cell::RefCell;
use std::rc::Rc;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

const TEXT_SEPARATOR: char = '\u{1}';
const CATEGORY_SEPARATOR: char = '\u{2}';
const FORM_SEPARATOR: char = '\u{3}';

/// The plural categories of `Intl.PluralRules`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The category named as `Intl.PluralRules.select` names it; anything else is `Other`.
    pub fn from_name(name: &str) -> Self {
        match name {
            "zero" => Self::Zero,
            "one" => Self::One,
            "two" => Self::Two,
            "few" => Self::Few,
            "many" => Self::Many,
            _ => Self::Other,
        }
    }

    /// The category's name in the language files.
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// How a language counts, writes numbers and writes dates. In the browser this is `Intl`.
pub trait Conventions {
    /// The plural category of a count.
    fn plural(&self, n: u64) -> PluralCategory;
    /// A whole number as people of the language write it (Arabic may use its own digits).
    fn number(&self, n: i64) -> String;
    /// A calendar day, from milliseconds since 1970 (UTC).
    fn date(&self, unix_millis: i64) -> String;
}

/// English as the engine writes it without a browser: "1 file", "2 files", `2026-03-01`.
#[derive(Clone, Copy, Debug, Default)]
pub struct English;

impl Conventions for English {
    fn plural(&self, n: u64) -> PluralCategory {
        if n == 1 {
            PluralCategory::One
        } else {
            PluralCategory::Other
        }
    }

    fn number(&self, n: i64) -> String {
        n.to_string()
    }

    fn date(&self, unix_millis: i64) -> String {
        let at = crate::Timestamp::from_unix_millis(unix_millis);
        at.to_string().get(..10).unwrap_or_default().to_owned()
    }
}

/// A language the widget offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageInfo {
    /// Its tag, as in `lang="es"` and the language file's name.
    pub tag: &'static str,
    /// Its name in itself, as the language switch shows it to someone who reads it.
    pub name: &'static str,
    /// Written right to left.
    pub right_to_left: bool,
}

impl LanguageInfo {
    /// The value of the `dir` attribute for text in this language.
    pub fn dir(self) -> &'static str {
        if self.right_to_left { "rtl" } else { "ltr" }
    }
}

/// The languages the widget offers, English first. Each other one has a language file and
/// a pack (a test keeps the list and [`PACKS`] in step).
pub const LANGUAGES: [LanguageInfo; 3] = [
    LanguageInfo {
        tag: "en",
        name: "English",
        right_to_left: false,
    },
    LanguageInfo {
        tag: "es",
        name: "Español",
        right_to_left: false,
    },
    LanguageInfo {
        tag: "ar",
        name: "العربية",
        right_to_left: true,
    },
];

/// The offered language for a tag (`es-MX` is `es`), if there is one.
pub fn offered(tag: &str) -> Option<LanguageInfo> {
    LANGUAGES
        .iter()
        .copied()
        .find(|l| l.tag.eq_ignore_ascii_case(primary(tag)))
}

/// The pack of an offered language (English has none).
pub fn pack(tag: &str) -> Option<&'static str> {
    PACKS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(primary(tag)))
        .map(|(_, p)| *p)
}

/// Why a pack was not installed. The widget stays in the language it had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// The pack holds a different number of texts: it was built for another version.
    WrongLength { expected: usize, found: usize },
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::WrongLength { expected, found } => write!(
                f,
                "the language pack holds {found} texts where this version needs {expected}: \
                 it belongs to another version of the widget"
            ),
        }
    }
}

/// A language's texts in catalogue order, read once from its pack.
type Texts = Rc<[&'static str]>;

struct Language {
    tag: String,
    /// `None` for English, whose texts are compiled in.
    texts: Option<Texts>,
    conventions: Rc<dyn Conventions>,
}

thread_local! {
    /// English, the pack compiled in, read once.
    static ENGLISH_TEXTS: Texts = ENGLISH.split(TEXT_SEPARATOR).collect();
    static CURRENT: RefCell<Option<Language>> = const { RefCell::new(None) };
    /// Packs read so far, kept so that switching back and forth reads each once.
    static READ: RefCell<Vec<(String, Texts)>> = const { RefCell::new(Vec::new()) };
    static ENGLISH_CONVENTIONS: Rc<dyn Conventions> = Rc::new(English);
}

/// Speaks `tag` from now on, with the texts of `pack` (one of [`PACKS`], as the widget's
/// language script carries it) and the language's `conventions`. English (`en`, any region)
/// needs no pack: its texts are compiled in, and `pack` is ignored.
pub fn install(tag: &str, pack: &str, conventions: Rc<dyn Conventions>) -> Result<(), PackError> {
    if primary(tag).eq_ignore_ascii_case("en") {
        CURRENT.with(|c| {
            *c.borrow_mut() = Some(Language {
                tag: "en".to_owned(),
                texts: None,
                conventions,
            })
        });
        return Ok(());
    }
    let known = READ.with(|r| {
        r.borrow()
            .iter()
            .find(|(t, _)| t == tag)
            .map(|(_, texts)| Rc::clone(texts))
    });
    let texts = match known {
        Some(texts) => texts,
        None => {
            let found = pack.split(TEXT_SEPARATOR).count();
            if found != TEXT_COUNT {
                return Err(PackError::WrongLength {
                    expected: TEXT_COUNT,
                    found,
                });
            }
            // Read once per language and kept for the page's life: texts are handed out as
            // `&'static str`, like the English compiled in.
            let leaked: &'static str = Box::leak(pack.to_owned().into_boxed_str());
            let texts: Texts = leaked.split(TEXT_SEPARATOR).collect();
            READ.with(|r| r.borrow_mut().push((tag.to_owned(), Rc::clone(&texts))));
            texts
        }
    };
    CURRENT.with(|c| {
        *c.borrow_mut() = Some(Language {
            tag: tag.to_owned(),
            texts: Some(texts),
            conventions,
        })
    });
    Ok(())
}

/// Speaks English again.
pub fn install_english() {
    CURRENT.with(|c| *c.borrow_mut() = None);
}

/// The language spoken now: `en`, or the tag of the installed pack.
pub fn language() -> String {
    CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .map_or_else(|| "en".to_owned(), |l| l.tag.clone())
    })
}

/// Whether the widget speaks `lang` now (comparing primary languages: `es-MX` is `es`).
pub fn speaks(lang: &str) -> bool {
    let wanted = primary(lang);
    CURRENT.with(|c| {
        let c = c.borrow();
        let tag = c.as_ref().map_or("en", |l| l.tag.as_str());
        primary(tag).eq_ignore_ascii_case(wanted)
    })
}

/// The offered language spoken now (`en` when the installed tag is not one the widget
/// offers, as in tests): for callers that need the tag often, without allocating.
pub fn spoken() -> &'static str {
    CURRENT.with(|c| {
        let c = c.borrow();
        let tag = c.as_ref().map_or("en", |l| l.tag.as_str());
        offered(tag).map_or("en", |l| l.tag)
    })
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The language's text at `index`, else its English. Never inlined: every text of the
/// widget goes through here, and one copy of the look-up is much smaller than hundreds.
#[inline(never)]
pub(crate) fn lookup(index: u16) -> &'static str {
    CURRENT
        .with(|c| {
            c.borrow()
                .as_ref()
                .and_then(|l| l.texts.as_ref()?.get(usize::from(index)).copied())
        })
        .unwrap_or_else(|| english(index))
}

/// The English text at `index` (a counted phrase as its encoded forms); empty for an
/// index outside the catalogue.
pub(crate) fn english(index: u16) -> &'static str {
    ENGLISH_TEXTS.with(|t| t.get(usize::from(index)).copied().unwrap_or(""))
}

fn conventions() -> Rc<dyn Conventions> {
    CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .map(|l| Rc::clone(&l.conventions))
            .unwrap_or_else(|| ENGLISH_CONVENTIONS.with(Rc::clone))
    })
}

/// A whole number in the language spoken now.
pub fn number(n: impl TryInto<i64>) -> String {
    let n = n.try_into().unwrap_or(i64::MAX);
    conventions().number(n)
}

/// A calendar day in the language spoken now.
pub fn date(at: crate::Timestamp) -> String {
    conventions().date(at.unix_millis())
}

#[inline(never)]
/// Puts each `{name}` of `template` in place of its value; an unknown name stays as written
/// (the build checks that every language uses English's names).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Installs a pseudo-language for tests: every English text wrapped in `⟦…⟧`, counted
/// phrases form by form, placeholders kept. Anything a test then finds outside the brackets
/// did not come from the catalogue: an untranslatable sentence.
#[doc(hidden)]
pub fn install_pseudo() {
    let wrap = |t: &str| format!("⟦{t}⟧");
    let pack: Vec<String> = ENGLISH
        .split(TEXT_SEPARATOR)
        .map(|en| {
            if en.contains(CATEGORY_SEPARATOR) {
                en.split(FORM_SEPARATOR)
                    .map(|form| match form.split_once(CATEGORY_SEPARATOR) {
                        Some((c, t)) => format!("{c}{CATEGORY_SEPARATOR}{}", wrap(t)),
                        None => wrap(form),
                    })
                    .collect::<Vec<_>>()
                    .join(&FORM_SEPARATOR.to_string())
            } else if en.trim().is_empty() {
                en.to_owned()
            } else {
                wrap(en)
            }
        })
        .collect();
    let _ = install(
        "qps",
        &pack.join(&TEXT_SEPARATOR.to_string()),
        Rc::new(English),
    );
}

/// The parts of `shown` outside every `⟦…⟧` (see [`install_pseudo`]) that hold a letter:
/// what a reader of another language would see in English.
#[doc(hidden)]
pub fn untranslated(shown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in shown.chars() {
        match c {
            '⟦' => {
                depth += 1;
                if depth == 1 && current.chars().any(char::is_alphabetic) {
                    found.push(std::mem::take(&mut current));
                }
                current.clear();
            }
            '⟧' => depth = depth.saturating_sub(1),
            _ if depth == 0 => current.push(c),
            _ => {}
        }
    }
    if current.chars().any(char::is_alphabetic) {
        found.push(current);
    }
    found
}

/// A sentence or label of `engine/lang/en.toml`, in the language spoken now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg {
    index: u16,
}

impl Msg {
    /// The text at `index` (generated; see [`msg`]).
    pub const fn new(index: u16) -> Self {
        Self { index }
    }

    /// The text as it stands.
    #[inline(never)]
    pub fn text(self) -> &'static str {
        lookup(self.index)
    }

    /// The text with its `{name}` placeholders filled.
    #[inline(never)]
    pub fn with(self, args: &[(&str, &str)]) -> String {
        fill(self.text(), args)
    }

    /// The English text.
    pub fn en(self) -> &'static str {
        english(self.index)
    }

    /// Its place in the catalogue, which words and instrument texts share.
    pub const fn index(self) -> u16 {
        self.index
    }

    /// The text for a caller that names its language (an export): the language spoken
    /// when that is `lang`, else English.
    pub fn get(self, lang: &str) -> &'static str {
        if speaks(lang) { self.text() } else { self.en() }
    }
}

/// A counted phrase of `engine/lang/en.toml` ("{n} file" / "{n} files"), in the language
/// spoken now, with the form its plural rules choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    index: u16,
}

impl Plural {
    /// The phrase at `index` (generated; see [`msg`]).
    pub const fn new(index: u16) -> Self {
        Self { index }
    }

    /// The form for `n`, unfilled.
    pub fn form(self, n: usize) -> &'static str {
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        pick(lookup(self.index), conventions().plural(n))
    }

    /// The phrase for `n`, with `{n}` written in the language's digits.
    #[inline(never)]
    pub fn count(self, n: usize) -> String {
        fill(self.form(n), &[("n", &number(n))])
    }

    /// The phrase for `n` with more placeholders filled.
    pub fn count_with(self, n: usize, args: &[(&str, &str)]) -> String {
        let number = number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(args);
        fill(self.form(n), &all)
    }
}

/// The form of an encoded plural text for `category`, else its `other` form.
fn pick(forms: &'static str, category: PluralCategory) -> &'static str {
    let mut other = forms;
    for form in forms.split(FORM_SEPARATOR) {
        if let Some((name, text)) = form.split_once(CATEGORY_SEPARATOR) {
            if name == category.name() {
                return text;
            }
            if name == "other" {
                other = text;
            }
        }
    }
    other
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counting;
    impl Conventions for Counting {
        fn plural(&self, n: u64) -> PluralCategory {
            match n {
                0 => PluralCategory::Zero,
                1 => PluralCategory::One,
                2 => PluralCategory::Two,
                _ => PluralCategory::Other,
            }
        }
        fn number(&self, n: i64) -> String {
            format!("#{n}")
        }
        fn date(&self, _: i64) -> String {
            "someday".into()
        }
    }

    fn pack_with(index: usize, text: &str) -> String {
        let mut texts = vec!["x"; TEXT_COUNT];
        texts[index] = text;
        texts.join("\u{1}")
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
        assert_eq!(fill("{a} {zz} {", &[("a", "1")]), "1 {zz} {");
        assert_eq!(fill("plain", &[]), "plain");
    }

    #[test]
    fn english_counts_with_two_forms() {
        install_english();
        let p = msg::WORKSHOP_STATUS_READ;
        assert_eq!(p.count(1), "1 file read");
        assert_eq!(p.count(0), "0 files read");
        assert_eq!(p.count(12), "12 files read");
    }

    #[test]
    fn a_pack_changes_texts_counts_and_numbers_until_english_returns() {
        let index = KEYS.len() - 1;
        let plural = "zero\u{2}no files\u{3}one\u{2}one file\u{3}other\u{2}{n} files";
        let msg = Msg::new(u16::try_from(index).unwrap_or(0));
        let english = msg.en();
        assert!(!english.is_empty() && english != "Translated");
        install("xx", &pack_with(index, "Translated"), Rc::new(Counting)).unwrap();
        assert_eq!(msg.text(), "Translated");
        assert!(speaks("xx-YY") && !speaks("en"));
        assert_eq!(language(), "xx");
        assert_eq!(spoken(), "en", "a tag the widget does not offer");
        install_english();
        assert_eq!(msg.text(), english);
        install("yy", &pack_with(index, plural), Rc::new(Counting)).unwrap();
        let p = Plural::new(u16::try_from(index).unwrap_or(0));
        assert_eq!(p.count(0), "no files");
        assert_eq!(p.count(1), "one file");
        assert_eq!(
            p.count(2),
            "#2 files",
            "no `two` form: falls back to `other`"
        );
        install_english();
    }

    #[test]
    fn a_pack_of_the_wrong_length_is_refused_and_changes_nothing() {
        install_english();
        let err = install("zz", "a\u{1}b", Rc::new(English)).unwrap_err();
        assert_eq!(
            err,
            PackError::WrongLength {
                expected: TEXT_COUNT,
                found: 2
            }
        );
        assert_eq!(language(), "en");
    }

    #[test]
    fn the_pseudo_language_marks_every_text_and_finds_what_is_not_marked() {
        install_pseudo();
        let msg = msg::COMMON_PRINT;
        assert_eq!(msg.text(), "⟦Print⟧");
        assert!(untranslated(&format!("{} now", msg.text())).len() == 1);
        assert!(untranslated("⟦a ⟦b⟧ c⟧ 12 –").is_empty());
        install_english();
    }

    #[test]
    fn every_offered_language_but_english_has_a_pack_and_every_pack_is_offered() {
        for l in LANGUAGES.iter().skip(1) {
            assert!(pack(l.tag).is_some(), "{}", l.tag);
        }
        for (tag, _) in PACKS {
            assert!(offered(tag).is_some(), "{tag}");
        }
        assert_eq!(offered("es-MX").map(|l| l.tag), Some("es"));
        assert!(offered("fr").is_none());
    }

    #[test]
    fn english_is_a_pack_of_every_text_and_nothing_lies_outside_it() {
        assert_eq!(ENGLISH.split(TEXT_SEPARATOR).count(), TEXT_COUNT);
        assert_eq!(msg::COMMON_PRINT.en(), "Print");
        assert_eq!(
            crate::Text::new(u16::MAX).en(),
            "",
            "an index outside the catalogue"
        );
    }

    #[test]
    fn every_pack_holds_every_text() {
        for (tag, pack) in PACKS {
            assert_eq!(pack.split('\u{1}').count(), TEXT_COUNT, "{tag}");
        }
    }
}
