//! The widget shell: a thin Yew layer over `partnership-engine`.
//!
//! The loader script (`static/loader.js`) instantiates this module once per page and calls
//! [`mount`] for every `<partnership-assessment>` element. Everything the product decides
//! lives in the engine; this crate renders state and sends actions.

mod app;

use wasm_bindgen::prelude::*;

pub use app::App;

/// Mounts one independent instance of the app inside `host`.
///
/// Each call creates its own Yew root, so several widgets on one page keep separate state.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element) {
    yew::Renderer::<App>::with_root(host).render();
}
