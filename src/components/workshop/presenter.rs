//! The presenter view: one topic at a time in large type, never a name.

use partnership_engine::words::workshop as words;
use partnership_engine::workshop::presentation::{SlideBody, SlideText};
use yew::prelude::*;

use super::{WorkshopProps, lines, ws_button};
use crate::components::para;
use crate::state::workshop::WorkshopIntent;

fn body(b: &SlideBody) -> Html {
    match b {
        SlideBody::Headline { figure, text } => html! {
            <>
                <p class="pa-ws-huge">{ figure.clone() }</p>
                { para("", text.clone().into()) }
            </>
        },
        SlideBody::Lines(l) => lines("pa-ws-slide-list", l),
        SlideBody::Discussion { text, prompt } => html! {
            <>
                { para("", text.clone().into()) }
                { para("pa-ws-prompt", prompt.clone().into()) }
            </>
        },
    }
}

/// The presenter view's id: what the full-screen button fills the screen with.
pub const PRESENTER_ID: &str = "pa-presenter";

/// The topic the state has in words, with the buttons that move between topics. The keys
/// (arrows and Escape) are heard on the whole page while presenting: see `app.rs`.
pub(super) fn presenter(props: &WorkshopProps, shown: &SlideText) -> Html {
    html! {
        <div class="pa-presenter pa-no-print" id={PRESENTER_ID}>
            <p class="pa-presenter-progress" role="status">{ shown.progress.clone() }</p>
            <h2 class="pa-presenter-title" tabindex="-1" ref={props.heading.clone()}>
                { shown.title }
            </h2>
            { body(&shown.body) }
            <div class="pa-actions">
                { ws_button("pa-button pa-button-quiet", words::previous_topic(), &props.on, || WorkshopIntent::PreviousSlide) }
                { ws_button("pa-button", words::next_topic(), &props.on, || WorkshopIntent::NextSlide) }
                { ws_button("pa-button pa-button-quiet", words::stop_presenting(), &props.on, || WorkshopIntent::StopPresenting) }
                { crate::components::button("pa-button pa-button-quiet", words::full_screen(props.state.full_screen).into(),
                    props.on_full_screen.reform(|_: MouseEvent| ())) }
            </div>
            { para("pa-muted", words::presenter_keys().into()) }
        </div>
    }
}
