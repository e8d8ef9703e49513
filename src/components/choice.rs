//! One question as a real radio group: a fieldset whose legend is the question, with one
//! labelled radio button per answer ("Don't know" and "Not applicable" included).
//!
//! A plain function rather than a Yew component, like the other views: every component
//! type adds its own copy of Yew's lifecycle code to the bundle, and these views hold no
//! state of their own.

use yew::prelude::*;

/// A radio group named `name` (unique within the widget: an item id) asking `question`.
/// Options from `first_non_answer` on are the non-answers, set apart visually.
pub fn choice(
    name: &str,
    question: &'static str,
    options: &[&'static str],
    first_non_answer: usize,
    selected: Option<usize>,
    on_select: Callback<usize>,
) -> Html {
    let options = options.iter().enumerate().map(|(i, label)| {
        let on_select = on_select.clone();
        let onchange = Callback::from(move |_: Event| on_select.emit(i));
        let class = if i >= first_non_answer {
            "pa-option pa-option-aside"
        } else {
            "pa-option"
        };
        html! {
            <label {class}>
                <input type="radio" name={name.to_owned()} checked={selected == Some(i)} {onchange} />
                <span>{ *label }</span>
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
