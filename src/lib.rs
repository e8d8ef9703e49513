//! The widget shell: a thin Yew layer over `partnership-engine`.
//!
//! The loader script (`static/loader.js`) instantiates this module once per page and calls
//! [`mount`] for every `<partnership-assessment>` element. Everything the product decides
//! lives in the engine; this crate keeps the state ([`state`]), lays it out
//! (`components`), and reaches the browser only at its edges: [`effects`] (storage, files,
//! downloads, the clock), `dom` (what a view reads from an event) and [`host`] (the page
//! that embeds the widget).

mod app;
#[cfg(test)]
mod architecture;
mod components;
mod dom;
pub mod effects;
pub mod host;
mod lang;
pub mod state;

use std::rc::Rc;

use wasm_bindgen::prelude::*;

pub use app::App;

pub use lang::tr;

/// Mounts one independent instance of the app inside `root`, for the attributes the loader
/// read from its element (already checked there): the draft's `localStorage` key, the
/// organisation to prefill, the instrument ids to offer, the widget's number on the page
/// ("" for the first; the loader numbers the second widget on a page and later ones), a
/// results document carried by an offline copy (or ""), the loader's `notify(kind, json)`
/// and `offlinePage(json, title)`; then the language the loader chose with its pack ("" for
/// English) and the locale for numbers and dates, the languages to offer (tags separated by
/// spaces) and `loadLanguage(tag)`; last, `openWorkshop()` where a script without workshop
/// mode can load the one with it (else `null`), and, when that script hands the element
/// over, the results document it was answering ("" for none; `null` otherwise): the app
/// then starts in workshop mode and carries on with that work.
///
/// Each call creates its own Yew root, so several widgets on one page keep separate state.
// Plain arguments rather than an options object: nothing to decode field by field in the
// wasm, and the loader is the only caller.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    storage_key: String,
    organization: String,
    instruments: String,
    region_name: String,
    carried: String,
    notify: js_sys::Function,
    offline_page: js_sys::Function,
    language: String,
    pack: String,
    locale: String,
    languages: String,
    load_language: js_sys::Function,
    open_workshop: JsValue,
    handed_over: Option<String>,
) -> host::Widget {
    if let Err(why) = lang::speak(&language, &pack, &locale) {
        lang::warn(&format!(
            "Partnership Assessment: showing English, because {why}."
        ));
        let _ = lang::speak("en", "", &locale);
    }
    let options = host::HostOptions {
        storage_key,
        organization,
        scopes: host::offered_scopes(&instruments).into(),
        region_number: region_name.parse().unwrap_or(1),
        carried,
        languages: host::offered_languages(&languages).into(),
        workshop: state::workshop::WORKSHOP_MODE_BUILT || open_workshop.is_function(),
        handed_over: handed_over.filter(|_| state::workshop::WORKSHOP_MODE_BUILT),
    };
    let host = Rc::new(host::Host::new(
        options,
        notify,
        offline_page,
        load_language,
        open_workshop.dyn_into().ok(),
    ));
    let app = yew::Renderer::<App>::with_root_and_props(root, app::AppProps { host: host.clone() })
        .render();
    host::Widget::new(host, Box::new(move || app.destroy()))
}
