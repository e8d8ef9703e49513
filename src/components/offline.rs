//! Saving for offline use: a copy of the whole widget as one HTML file, for a facilitator
//! to email or carry on a USB stick, with the answers given so far inside if asked.

use partnership_engine::words::common;
use yew::prelude::*;

use crate::components::{button, para};
use crate::dom;
use crate::state::{Action, Download};

pub struct OfflineProps {
    /// Whether there is anything to put in the copy (the engine's one rule).
    pub has_content: bool,
    /// The person asked for the answers given so far to go in the copy.
    pub carry: bool,
    pub on: Callback<Action>,
    pub on_save: Callback<Download>,
}

/// The part of the start and results screens about using the widget without internet.
pub fn save_offline(props: &OfflineProps) -> Html {
    let save = props.on_save.reform(|_: MouseEvent| Download::OfflineCopy);
    let on_carry = props
        .on
        .reform(|e: Event| Action::CarryAnswers(dom::checked(&e)));
    html! {
        // Not a landmark: with several widgets on a page, their regions must stay few.
        <div class="pa-offline pa-no-print">
            <h2 class="pa-section-title">{ common::offline_heading() }</h2>
            { para("", common::offline_about().into()) }
            <div class="pa-offline-save">
                if props.has_content {
                    <label class="pa-offline-check">
                        <input type="checkbox" checked={props.carry} onchange={on_carry} />
                        { common::offline_carry() }
                    </label>
                }
                { button("pa-button pa-button-quiet", common::offline_save().into(), save) }
            </div>
        </div>
    }
}
