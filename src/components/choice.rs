//! One question as a real radio group: a fieldset whose legend is the question, with one
//! labelled radio button per answer ("Don't know" and "Not applicable" included).
//!
//! A plain function rather than a Yew component, like the other views: every component
//! type adds its own copy of Yew's lifecycle code to the bundle, and these views hold no
//! state of their own.

use partnership_engine::Text;
use yew::prelude::*;

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
    let options = options.iter().enumerate().map(|(i, label)| {
        let on_select = on_select.clone();
        let onchange = Callback::from(move |_: Event| on_select.emit(i));
        let class = if first_non_answer.is_some_and(|first| i >= first) {
            "pa-option pa-option-aside"
        } else {
            "pa-option"
        };
        html! {
            <label {class}>
                <input type="radio" name={name.to_owned()} checked={selected == Some(i)} {onchange} />
                <span>{ tr(label) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="pa-question" key={name.to_owned()}>
            <legend class="pa-question-text">{ question }</legend>
            <div class="pa-options">{ for options }</div>
        </fieldset>
    }
}
