//! Small components: each takes data and callbacks, renders, and sends actions back.

pub mod choice;
pub mod files;
pub mod fold;
pub mod glossary;
pub mod language;
pub mod offline;
pub mod partners;
pub mod questions;
pub mod results;
pub mod start;
pub mod workshop;

use yew::prelude::*;

// Small builders for the elements every screen repeats. Each `html!` site expands into its
// own construction code, so the common shapes are built once here (kept out of line) to
// keep the bundle small.

/// `<p class=…>text</p>`.
#[inline(never)]
pub fn para(class: &'static str, text: AttrValue) -> Html {
    html! { <p {class}>{ text }</p> }
}

/// `<li>text</li>`.
#[inline(never)]
pub fn item(text: AttrValue) -> Html {
    html! { <li>{ text }</li> }
}

/// A list of plain-text items, ordered or not.
#[inline(never)]
pub fn list(ordered: bool, items: Vec<AttrValue>) -> Html {
    let items = items.into_iter().map(item);
    if ordered {
        html! { <ol>{ for items }</ol> }
    } else {
        html! { <ul>{ for items }</ul> }
    }
}

/// `<button type="button" class=…>label</button>`.
#[inline(never)]
pub fn button(class: &'static str, label: AttrValue, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {class} {onclick}>{ label }</button> }
}

/// A callback that sends one fixed action.
pub fn send(
    on: &Callback<crate::state::Action>,
    make: fn() -> crate::state::Action,
) -> Callback<MouseEvent> {
    let on = on.clone();
    Callback::from(move |_: MouseEvent| on.emit(make()))
}
