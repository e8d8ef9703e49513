//! The edges: everything that touches the browser beyond rendering. The clock, random
//! ids, the draft kept in `localStorage`, downloads, printing, moving focus and reading a
//! chosen file. Only the app (`app.rs`) and the host port (`host.rs`) call these; the
//! views never do.
//!
//! Nothing here panics: every browser call that can fail returns a `Result` or falls back.

use partnership_engine::document::check_file_size;
use partnership_engine::workshop::{MAX_WORKSHOP_BYTES, ReadFile as FileRead};
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

pub use partnership_engine::draft::StorageFailure;

/// Which failure a storage call's exception is: the quota (storage full) or a refusal
/// (private mode, blocked site data, a sandboxed frame).
fn failure(error: JsValue) -> StorageFailure {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| (e.name(), e.code()));
    match name {
        // Firefox said NS_ERROR_DOM_QUOTA_REACHED (code 1014) before the standard name.
        Some((name, code))
            if name == "QuotaExceededError"
                || name == "NS_ERROR_DOM_QUOTA_REACHED"
                || code == 22
                || code == 1014 =>
        {
            StorageFailure::Full
        }
        _ => StorageFailure::Refused,
    }
}

// Each element keeps its draft under its own key, which the loader derives from the
// element's `storage-key` attribute (`partnership-assessment:draft:v1[:name]`) or, in an
// offline copy, from the copy's own id. Drafts the widget could not offer as they were
// are kept beside it under `<key>|kept|<which>` (`|` is never in a key the loader
// derives). When a save fails, a note of a few bytes on the work that could not be kept
// is left under `<key>|unsaved` (see `partnership_engine::draft::Unsaved`): the widget
// touches no other key.

const KEPT: &str = "|kept|";
const UNSAVED: &str = "|unsaved";

/// The key of the note on unsaved work beside the draft under `key`.
fn unsaved_key(key: &str) -> String {
    format!("{key}{UNSAVED}")
}

/// The note on work that could not be saved, left beside the draft under `key`, if any.
pub fn unsaved_note(key: &str) -> Option<String> {
    storage()?.get_item(&unsaved_key(key)).ok().flatten()
}

/// Leaves `note` beside the draft under `key` (a save of the draft has just failed).
pub fn note_unsaved(key: &str, note: &str) -> Result<(), StorageFailure> {
    save_draft(&unsaved_key(key), note)
}

/// Removes the note on unsaved work beside the draft under `key` (a save succeeded).
pub fn forget_unsaved_note(key: &str) -> Result<(), StorageFailure> {
    forget(&unsaved_key(key))
}

/// The draft saved on this device under `key`.
pub fn load_draft(key: &str) -> Result<Option<String>, StorageFailure> {
    storage()
        .ok_or(StorageFailure::Refused)?
        .get_item(key)
        .map_err(failure)
}

/// Saves the draft under `key`.
pub fn save_draft(key: &str, json: &str) -> Result<(), StorageFailure> {
    storage()
        .ok_or(StorageFailure::Refused)?
        .set_item(key, json)
        .map_err(failure)
}

/// Keeps `text` beside the draft under `key`, as `which` (a draft the widget could not
/// offer as it was, or another tab's different assessment), and gives its key.
pub fn keep_draft(key: &str, which: &str, text: &str) -> Result<String, StorageFailure> {
    let kept = format!("{key}{KEPT}{which}");
    save_draft(&kept, text)?;
    Ok(kept)
}

/// The drafts kept beside the draft under `key`: each one's key and text, in the order
/// the browser lists them.
pub fn kept_drafts(key: &str) -> Vec<(String, String)> {
    let Some(store) = storage() else {
        return Vec::new();
    };
    let prefix = format!("{key}{KEPT}");
    (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .filter_map(|k| {
            let text = store.get_item(&k).ok().flatten()?;
            Some((k, text))
        })
        .collect()
}

/// Forgets the single stored item `key` (a kept draft the person removed).
pub fn forget(key: &str) -> Result<(), StorageFailure> {
    match storage() {
        Some(store) => store.remove_item(key).map_err(failure),
        None => Ok(()),
    }
}

/// Forgets the draft under `key`, every draft kept beside it and the note on unsaved
/// work, and checks that they are
/// gone: an error means something is still stored. With no storage at all, nothing was
/// ever kept, so there is nothing to forget.
pub fn clear_drafts(key: &str) -> Result<(), StorageFailure> {
    let Some(store) = storage() else {
        return Ok(());
    };
    let kept = kept_drafts(key);
    let note = unsaved_key(key);
    store.remove_item(key).map_err(failure)?;
    for (k, _) in &kept {
        store.remove_item(k).map_err(failure)?;
    }
    store.remove_item(&note).map_err(failure)?;
    let left = store.get_item(key).map_err(failure)?.is_some()
        || store.get_item(&note).map_err(failure)?.is_some()
        || !kept_drafts(key).is_empty();
    if left {
        return Err(StorageFailure::Refused);
    }
    Ok(())
}

/// Calls `changed` with the new text whenever another tab (or another widget on another
/// page of this site) saves the draft under `key`; `None` when it was removed. The
/// listener lives as long as the page.
pub fn on_other_tab_saving(key: &str, changed: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = key.to_owned();
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
            if e.key().as_deref() == Some(key.as_str()) {
                changed(e.new_value());
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Calls `flush` when the page may be about to go away: hidden (a phone switching apps,
/// a tab closed) or left (`pagehide`). Both can fire; `flush` must be cheap when there is
/// nothing to do.
pub fn on_page_leaving(flush: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let flush = std::rc::Rc::new(flush);
    let hidden = {
        let flush = flush.clone();
        Closure::<dyn Fn()>::new(move || {
            let is_hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if is_hidden {
                flush();
            }
        })
    };
    let leaving = Closure::<dyn Fn()>::new(move || flush());
    if let Some(document) = window.document() {
        let _ = document
            .add_event_listener_with_callback("visibilitychange", hidden.as_ref().unchecked_ref());
    }
    let _ = window.add_event_listener_with_callback("pagehide", leaving.as_ref().unchecked_ref());
    hidden.forget();
    leaving.forget();
}

/// Asks the browser to warn before the page is closed or reloaded whenever `unsafe_to_leave`
/// says work exists only in memory (after trying `flush` once more).
pub fn warn_before_leaving(unsafe_to_leave: impl Fn() -> bool + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(move |e: web_sys::BeforeUnloadEvent| {
            if unsafe_to_leave() {
                e.prevent_default();
                // Older browsers show the dialogue only when a return value is set.
                e.set_return_value("-");
            }
        });
    let _ =
        window.add_event_listener_with_callback("beforeunload", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Runs `then` once after `ms` milliseconds.
pub fn after(ms: i32, then: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::once_into_js(then);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
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

/// Lets the browser run everything else waiting (drawing, input) before going on.
async fn yield_to_the_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// At most this long is spent reading and parsing files before the page gets a turn.
const WORK_SLICE_MS: f64 = 50.0;

/// Reads and parses every chosen file for workshop mode, one after the other, keeping only
/// what the engine read (each file's bytes are dropped as soon as it is parsed), and
/// giving the page a turn at least every [`WORK_SLICE_MS`]; then passes them all on
/// together, in the order chosen. `already` bytes were read in earlier rounds: a file that
/// would take the total past [`MAX_WORKSHOP_BYTES`] is refused unread with the engine's
/// reason, as is a file too large to be an assessment. A file the browser cannot read is
/// reported as such and never stops the others.
pub fn read_files(
    files: Vec<PickedFile>,
    already: u64,
    done: impl FnOnce(Vec<ReadFile>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        let mut total = already;
        let mut slice_start = js_sys::Date::now();
        for PickedFile(file) in files {
            let name = file.name();
            let size = file.size() as u64;
            let outcome = if total.saturating_add(size) > MAX_WORKSHOP_BYTES {
                check_file_size(size)
                    .and(Err(ImportError::WorkshopFull {
                        limit: MAX_WORKSHOP_BYTES,
                    }))
                    .map_err(Some)
            } else {
                match bytes_of(&file).await {
                    Ok(bytes) => {
                        total = total.saturating_add(bytes.len() as u64);
                        Ok(FileRead::read(&name, &bytes))
                    }
                    Err(e) => Err(e),
                }
            };
            read.push((name, outcome));
            if js_sys::Date::now() - slice_start > WORK_SLICE_MS {
                yield_to_the_page().await;
                slice_start = js_sys::Date::now();
            }
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

/// A listener on the whole page (the document), removed when dropped.
pub struct PageListener {
    target: web_sys::EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for PageListener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// Calls `f` with every `event` the document hears until the listener is dropped.
fn listen(event: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Option<PageListener> {
    let document = web_sys::window()?.document()?;
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    document
        .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
        .ok()?;
    Some(PageListener {
        target: document.into(),
        event,
        closure,
    })
}

/// Hears every key pressed anywhere on the page (so the presenter's keys work wherever
/// the person clicked last), except while typing in a field or with a modifier held.
/// `on_key` gets the key's name and says whether it used it (the browser's own action is
/// then prevented).
pub fn listen_keys(on_key: impl Fn(&str) -> bool + 'static) -> Option<PageListener> {
    listen("keydown", move |e: web_sys::Event| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
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
    })
}

/// Whether something on the page fills the screen now.
fn is_full_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}

/// Hears the page enter and leave full screen, by [`toggle_full_screen`], Escape or the
/// browser's own controls: `on_change` gets whether something fills the screen now.
pub fn listen_full_screen(on_change: impl Fn(bool) + 'static) -> Option<PageListener> {
    listen("fullscreenchange", move |_| on_change(is_full_screen()))
}

/// Shows the element with `id` (in the same root as `near`) on the whole screen, or leaves
/// full screen when something already fills it.
pub fn toggle_full_screen(near: &web_sys::Node, id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if is_full_screen() {
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
