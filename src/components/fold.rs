//! A part of the results that folds away: its heading is a button that shows or hides
//! everything after it. On a phone the details start folded, so the summary above them
//! is the first thing read; on a wide screen and on paper everything shows.

use partnership_engine::summary::details_open;
use yew::prelude::*;

use crate::dom;

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// The heading's id (the section is labelled by it).
    pub id: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let open = use_state(|| details_open(dom::viewport_width()));
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let body = format!("{}-body", props.id);
    let class = classes!("pa-result", (!*open).then_some("pa-folded"));
    html! {
        <section {class} aria-labelledby={props.id.clone()}>
            // On paper the button gives way to its words (see print.css).
            <h3 id={props.id.clone()} data-title={props.title.clone()}>
                <button type="button" class="pa-fold" aria-expanded={open.to_string()}
                    aria-controls={body.clone()} onclick={toggle}>
                    { props.title.clone() }
                </button>
            </h3>
            <div class="pa-fold-body" id={body}>{ props.children.clone() }</div>
        </section>
    }
}
