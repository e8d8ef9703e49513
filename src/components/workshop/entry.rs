//! The facilitator's way in, on the start screen: apart from answering.

use partnership_engine::words::start as words;
use yew::prelude::*;

use super::ws_button;
use crate::components::para;
use crate::state::workshop::{WorkshopIntent, WorkshopLoad};

/// The start screen's panel that opens workshop mode. Where the script has to be loaded
/// first, what is happening is said beside the button: while it loads (a status), and
/// when it could not be loaded (an alert; the button tries again).
pub fn entry(on: &Callback<WorkshopIntent>, load: WorkshopLoad) -> Html {
    html! {
        <div class="pa-panel pa-ws-entry">
            <h2 class="pa-section-title">{ words::workshop_title() }</h2>
            { para("", words::workshop_lead().into()) }
            { ws_button("pa-button pa-button-quiet", words::open_workshop(), on, || WorkshopIntent::Open) }
            <p class="pa-ws-loading" role="status">
                if load == WorkshopLoad::Loading { { words::workshop_opening() } }
            </p>
            <div class="pa-alert" role="alert">
                if load == WorkshopLoad::Failed {
                    <p class="pa-panel pa-panel-error">{ words::workshop_unavailable() }</p>
                }
            </div>
        </div>
    }
}
