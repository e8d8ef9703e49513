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

/// What the browser said about one chosen file: its name and bytes, or why it could not
/// be read (the engine's reason for a file too large, `None` when the browser failed).
pub type ReadFile = (
    String,
    Result<Vec<u8>, Option<partnership_engine::ImportError>>,
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
