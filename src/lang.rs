//! The language the widget speaks: the engine's catalogue, with the browser's `Intl` as its
//! conventions for plurals, numbers and dates (no tables in the wasm).
//!
//! The loader chooses the language (the `lang` attribute, else the page's, else the
//! browser's), fetches its pack when it is not English and hands both to [`speak`]. The
//! catalogue is one per page: every widget on a page speaks the same language.

use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object, Reflect};
use partnership_engine::catalogue::{self, Conventions, PluralCategory};
use wasm_bindgen::{JsCast, JsValue};

/// An instrument text in the widget's language.
pub fn tr(text: &partnership_engine::Text) -> &'static str {
    text.show()
}

/// The tag of the language spoken now (`en`, `es`, `ar`).
pub fn tag() -> &'static str {
    catalogue::spoken()
}

/// Speaks `tag` from now on, with its `pack` ("" for English) and the conventions of
/// `locale` (the tag, or a regional variant the reader prefers, such as `es-MX`). A pack
/// that does not fit this version is refused with the reason, and nothing changes.
pub fn speak(tag: &str, pack: &str, locale: &str) -> Result<(), String> {
    let conventions: Rc<dyn Conventions> = Rc::new(Browser::new(locale));
    catalogue::install(tag, pack, conventions).map_err(|e| e.to_string())
}

/// A warning for the host page's developers, in the console (English, like every console
/// message).
pub fn warn(message: &str) {
    let console = Reflect::get(&js_sys::global(), &"console".into()).unwrap_or_default();
    if let Ok(warn) = Reflect::get(&console, &"warn".into()).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = warn.call1(&console, &message.into());
    }
}

/// `Intl.PluralRules`, `Intl.NumberFormat` and `Intl.DateTimeFormat` for one locale.
struct Browser {
    plurals: Intl::PluralRules,
    number: Function,
    date: Function,
}

impl Browser {
    fn new(locale: &str) -> Self {
        // Arabic with no region asks for Arabic-Indic digits (١٢), as Modern Standard Arabic
        // text in most of the region writes them; a reader whose browser names a region
        // (ar-MA, ar-EG) gets that region's own digits.
        let locale = if locale.eq_ignore_ascii_case("ar") {
            "ar-u-nu-arab"
        } else {
            locale
        };
        let locales = Array::of1(&JsValue::from_str(locale));
        let no_options = Object::new();
        let date_options = Object::new();
        // "1 March 2026", "1 de marzo de 2026", "١ مارس ٢٠٢٦": unambiguous in every language.
        let _ = Reflect::set(&date_options, &"dateStyle".into(), &"long".into());
        let _ = Reflect::set(&date_options, &"timeZone".into(), &"UTC".into());
        let number_options = Object::new();
        let _ = Reflect::set(&number_options, &"maximumFractionDigits".into(), &0.into());
        Self {
            plurals: Intl::PluralRules::new(&locales, &no_options),
            number: Intl::NumberFormat::new(&locales, &number_options).format(),
            date: Intl::DateTimeFormat::new(&locales, &date_options).format(),
        }
    }
}

impl Conventions for Browser {
    fn plural(&self, n: u64) -> PluralCategory {
        // Counts shown are far below 2^53: exact as a JS number.
        let category: String = self.plurals.select(n as f64).into();
        PluralCategory::from_name(&category)
    }

    fn number(&self, n: i64) -> String {
        self.number
            .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    }

    fn date(&self, unix_millis: i64) -> String {
        let at = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
        self.date
            .call1(&JsValue::NULL, &at)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| catalogue::English.date(unix_millis))
    }
}
