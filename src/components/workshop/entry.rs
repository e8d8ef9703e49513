//! The facilitator's way in, on the start screen: apart from answering.

use partnership_engine::words::workshop as words;
use yew::prelude::*;

use super::ws_button;
use crate::components::para;
use crate::state::workshop::WorkshopIntent;

/// The start screen's panel that opens workshop mode.
pub fn entry(on: &Callback<WorkshopIntent>) -> Html {
    html! {
        <div class="pa-panel pa-ws-entry">
            <h2 class="pa-section-title">{ words::entry_title() }</h2>
            { para("", words::entry_lead().into()) }
            { ws_button("pa-button pa-button-quiet", words::open(), on, || WorkshopIntent::Open) }
        </div>
    }
}
