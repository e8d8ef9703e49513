//! The edges: everything that touches the browser beyond rendering. The clock, random
//! ids, the draft kept in `localStorage`, downloads, printing, moving focus and reading a
//! chosen file. Only the app (`app.rs`) and the host port (`host.rs`) call these; the
//! views never do.
//!
//! Nothing here panics: every browser call that can fail returns a `Result` or falls back.

use partnership_engine::document::check_file_size;
use partnership_engine::{ImportError, ResultId, Timestamp};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Storage, Url};

use crate::dom::{PickedFile, ReadFile};

/// The current time, from `Date.now()`.
pub fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now() as i64)
}

/// A new random result id from `crypto.getRandomValues`.
pub fn new_result_id() -> ResultId {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Only a very old browser lacks the crypto API; an id need not be secret.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    ResultId::from_random_bytes(bytes)
}

fn storage() -> Option<Storage> {
    // Reading `localStorage` itself throws in some private modes and on some file:// pages.
    web_sys::window()?.local_storage().ok().flatten()
}

/// This browser will not keep anything on this device (private mode, some file:// pages),
/// or its storage is full.
#[derive(Debug)]
pub struct StorageUnavailable;

// Each element keeps its draft under its own key, which the loader derives from the
// element's `storage-key` attribute (`partnership-assessment:draft:v1[:name]`): the widget
// touches no other key.

/// The draft saved on this device under `key`.
pub fn load_draft(key: &str) -> Result<Option<String>, StorageUnavailable> {
    storage()
        .ok_or(StorageUnavailable)?
        .get_item(key)
        .map_err(|_| StorageUnavailable)
}

/// Saves the draft under `key`.
pub fn save_draft(key: &str, json: &str) -> Result<(), StorageUnavailable> {
    storage()
        .ok_or(StorageUnavailable)?
        .set_item(key, json)
        .map_err(|_| StorageUnavailable)
}

/// Forgets the draft under `key`.
pub fn clear_draft(key: &str) -> Result<(), StorageUnavailable> {
    storage()
        .ok_or(StorageUnavailable)?
        .remove_item(key)
        .map_err(|_| StorageUnavailable)
}

/// Hands `content` to the browser as a download called `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Give the browser time to start the download before the address is released.
    let release = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000)?;
    Ok(())
}

/// The bytes of a chosen file; a file too large to be an assessment is refused by the
/// engine's rule before it is read, and `None` says the browser could not read it.
async fn bytes_of(file: &web_sys::File) -> Result<Vec<u8>, Option<ImportError>> {
    check_file_size(file.size() as u64).map_err(Some)?;
    JsFuture::from(file.array_buffer())
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|_| None)
}

/// Reads a chosen file and passes its bytes on.
pub fn read_file(
    PickedFile(file): PickedFile,
    done: impl FnOnce(Result<Vec<u8>, Option<ImportError>>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move { done(bytes_of(&file).await) });
}

/// Moves focus to the element with `id` in the same root as `near` (the widget's shadow
/// root, or the document when there is none). Nothing happens if it is not there.
pub fn focus_by_id(near: &web_sys::Node, id: &str) {
    let root = near.get_root_node();
    let found = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.get_element_by_id(id)
    } else {
        None
    };
    if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Reads every chosen file, one after the other, and passes them all on together in the
/// order chosen. A file that cannot be read is reported as such and never stops the others.
pub fn read_files(files: Vec<PickedFile>, done: impl FnOnce(Vec<ReadFile>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for PickedFile(file) in files {
            read.push((file.name(), bytes_of(&file).await));
        }
        done(read);
    });
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// A `keydown` listener on the whole page, removed when dropped.
pub struct KeyListener {
    target: web_sys::EventTarget,
    closure: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback("keydown", self.closure.as_ref().unchecked_ref());
    }
}

/// Hears every key pressed anywhere on the page (so the presenter's keys work wherever
/// the person clicked last), except while typing in a field or with a modifier held.
/// `on_key` gets the key's name and says whether it used it (the browser's own action is
/// then prevented).
pub fn listen_keys(on_key: impl Fn(&str) -> bool + 'static) -> Option<KeyListener> {
    let document = web_sys::window()?.document()?;
    let closure =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.default_prevented() || e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let typing = e
                .composed_path()
                .get(0)
                .dyn_into::<web_sys::Element>()
                .ok()
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || el.has_attribute("contenteditable")
                });
            if !typing && on_key(&e.key()) {
                e.prevent_default();
            }
        });
    document
        .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(KeyListener {
        target: document.into(),
        closure,
    })
}

/// Shows the element with `id` (in the same root as `near`) on the whole screen, or leaves
/// full screen when something already fills it.
pub fn toggle_full_screen(near: &web_sys::Node, id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        return;
    }
    let root = near.get_root_node();
    let found = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else {
        document.get_element_by_id(id)
    };
    if let Some(element) = found {
        let _ = element.request_fullscreen();
    }
}
