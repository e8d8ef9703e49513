//! The widget shell: a thin Yew layer over `partnership-engine`.
//!
//! The loader script (`static/loader.js`) instantiates this module once per page and calls
//! [`mount`] for every `<partnership-assessment>` element. Everything the product decides
//! lives in the engine; this crate renders state ([`state`]) and sends actions, and
//! [`effects`] holds the few calls that reach the browser beyond rendering.

mod app;
mod components;
pub mod effects;
pub mod state;
pub mod workshop_state;

use wasm_bindgen::prelude::*;

pub use app::App;

/// The language the widget shows instrument texts in (English is the only one so far).
pub const LANG: &str = "en";

/// An instrument text in the widget's language.
pub fn tr(text: &partnership_engine::Text) -> &'static str {
    text.get(LANG)
}

/// Mounts one independent instance of the app inside `host`.
///
/// Each call creates its own Yew root, so several widgets on one page keep separate state.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element) {
    yew::Renderer::<App>::with_root(host).render();
}
