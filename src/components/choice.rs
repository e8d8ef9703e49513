//! One question as a real radio group: a fieldset whose legend is the question, with one
//! labelled radio button per answer (the scale's "don't know" and "not applicable" included).
//!
//! A plain function rather than a Yew component, like the other views: every component
//! type adds its own copy of Yew's lifecycle code to the bundle, and these views hold no
//! state of their own.

use partnership_engine::Text;
use yew::prelude::*;

use crate::dom;
use crate::lang::tr;

/// A radio group named `name` (unique within the widget: an item id) asking `question`,
/// with `options` in the order the engine gives them. Options from `first_non_answer` on,
/// when the question has any, are the non-answers, set apart visually.
pub fn choice(
    name: &str,
    question: &'static str,
    options: &[Text],
    first_non_answer: Option<usize>,
    selected: Option<usize>,
    on_select: Callback<usize>,
) -> Html {
    radio_group(
        name,
        question,
        None,
        options,
        first_non_answer,
        selected,
        on_select,
    )
}

/// [`choice`] with one plain line of guidance under the question (what it asks, with an
/// example), which the group names as its description.
pub fn guided_choice(
    name: &str,
    question: &'static str,
    guidance: &'static str,
    options: &[Text],
    first_non_answer: Option<usize>,
    selected: Option<usize>,
    on_select: Callback<usize>,
) -> Html {
    radio_group(
        name,
        question,
        Some(guidance),
        options,
        first_non_answer,
        selected,
        on_select,
    )
}

/// The value of the `i`th radio of a group: its position, which the group's one listener
/// reads back.
fn option_value(i: usize) -> AttrValue {
    const VALUES: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    match VALUES.get(i) {
        Some(v) => AttrValue::Static(v),
        None => i.to_string().into(),
    }
}

#[inline(never)]
fn radio_group(
    name: &str,
    question: &'static str,
    guidance: Option<&'static str>,
    options: &[Text],
    first_non_answer: Option<usize>,
    selected: Option<usize>,
    on_select: Callback<usize>,
) -> Html {
    let hint_id = guidance.map(|_| format!("{name}-guidance"));
    // One listener for the group, on the fieldset (a radio's `change` bubbles), rather than
    // one per radio: every render would otherwise make and register a callback for each.
    let onchange = Callback::from(move |e: Event| {
        if let Ok(i) = dom::value(&e).parse::<usize>() {
            on_select.emit(i);
        }
    });
    let name: AttrValue = name.to_owned().into();
    let options = options.iter().enumerate().map(|(i, label)| {
        let class = if first_non_answer.is_some_and(|first| i >= first) {
            "pa-option pa-option-aside"
        } else {
            "pa-option"
        };
        html! {
            <label {class}>
                <input type="radio" name={name.clone()} value={option_value(i)} checked={selected == Some(i)} />
                <span>{ tr(label) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="pa-question" key={name.to_string()} aria-describedby={hint_id.clone()} {onchange}>
            <legend class="pa-question-text">{ question }</legend>
            if let (Some(text), Some(id)) = (guidance, hint_id) {
                <p class="pa-hint" {id}>{ text }</p>
            }
            <div class="pa-options">{ for options }</div>
        </fieldset>
    }
}
