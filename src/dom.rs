//! What the views need from the page beyond rendering, kept out of `components/`: the value
//! of the control an event came from, the files a person chose or dropped, a click on a
//! hidden file input. Views call these and get plain Rust values back.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A file the person chose or dropped, not yet read.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedFile(pub(crate) web_sys::File);

impl PickedFile {
    /// The file's name as the person's computer calls it.
    pub fn name(&self) -> String {
        self.0.name()
    }
}

/// What became of one chosen file: its name and what the engine read from it, or why it was
/// not read (the engine's reason for a file too large or over the workshop total, `None`
/// when the browser failed).
pub type ReadFile = (
    String,
    Result<partnership_engine::workshop::ReadFile, Option<partnership_engine::ImportError>>,
);

/// The text in the input, text area or select an event came from ("" for anything else).
pub fn value(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox an event came from is ticked.
pub fn checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

fn all_files(list: Option<web_sys::FileList>) -> Vec<PickedFile> {
    list.map_or_else(Vec::new, |l| {
        (0..l.length())
            .filter_map(|i| l.get(i))
            .map(PickedFile)
            .collect()
    })
}

/// The files chosen in the file input an event came from, in order. The input is emptied
/// so that choosing the same file again (after fixing it) is noticed.
pub fn chosen_files(e: &Event) -> Vec<PickedFile> {
    let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = all_files(input.files());
    input.set_value("");
    files
}

/// The files dropped on an element, in order.
pub fn dropped_files(e: &DragEvent) -> Vec<PickedFile> {
    all_files(e.data_transfer().and_then(|d| d.files()))
}

/// Opens the file picker of the input `input` refers to.
pub fn open_picker(input: &NodeRef) {
    if let Some(input) = input.cast::<HtmlInputElement>() {
        input.click();
    }
}

/// The width of the browser window in CSS pixels (0 when there is none).
pub fn viewport_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// After focus moved within `e`'s element (the question screen), scrolls the page up when
/// the focused control sits under the bar that stays at the bottom of the screen (the
/// first `.pa-bar` inside it), so what has focus is never hidden (WCAG 2.4.11). The
/// browser scrolls a control into view only when it is off screen; under the bar it is
/// still "in view".
pub fn keep_clear_of_bar(e: &FocusEvent) {
    let element =
        |t: Option<web_sys::EventTarget>| t.and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let (Some(target), Some(screen)) = (element(e.target()), element(e.current_target())) else {
        return;
    };
    let Ok(Some(bar)) = screen.query_selector(".pa-bar") else {
        return;
    };
    if bar.contains(Some(&target)) {
        return;
    }
    // The whole answer (its label), not just the small radio inside it.
    let shown = target
        .closest("label, .pa-field, summary")
        .ok()
        .flatten()
        .unwrap_or(target);
    let (r, b) = (
        shown.get_bounding_client_rect(),
        bar.get_bounding_client_rect(),
    );
    let under = r.bottom() - b.top();
    if under > 0.0
        && b.top() > 0.0
        && r.top() < b.bottom()
        && let Some(window) = web_sys::window()
    {
        window.scroll_by_with_x_and_y(0.0, under + 8.0);
    }
}
