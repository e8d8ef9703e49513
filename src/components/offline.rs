//! "Save for offline use": a copy of the whole widget as one HTML file, for a facilitator
//! to email or carry on a USB stick, with the answers given so far inside if asked.

use std::rc::Rc;

use partnership_engine::INSTRUMENTS;
use partnership_engine::explain::export_file_name;
use partnership_engine::flow::{self, Scope};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use crate::components::{button, para};
use crate::effects;
use crate::host::Host;
use crate::state::{Action, State};

/// The file name of a copy without answers: the same as the built offline file.
const BLANK_COPY_NAME: &str = "partnership-assessment.html";

/// The "use it without internet" part of the start and results screens.
pub fn save_offline(state: &UseReducerHandle<State>, host: &Rc<Host>) -> Html {
    let a = &state.assessment;
    let has_answers = flow::progress(&INSTRUMENTS, Scope::Full, &a.answers).answered > 0
        || a.organization_name.is_some();
    let save = {
        let state = state.clone();
        let host = host.clone();
        Callback::from(move |e: MouseEvent| {
            // The checkbox sits beside the button; unticked (the default) carries nothing.
            let carry = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|b| b.parent_element())
                .and_then(|p| p.query_selector("input").ok().flatten())
                .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            let a = &state.assessment;
            let Some(page) = host.offline_page(carry.then_some(&**a)) else {
                return;
            };
            let name = if carry {
                export_file_name(a, "html")
            } else {
                BLANK_COPY_NAME.to_owned()
            };
            if effects::download(&name, "text/html;charset=utf-8", &page).is_ok() {
                state.dispatch(Action::Exported {
                    name,
                    restorable: false,
                });
            }
        })
    };
    html! {
        // Not a landmark: with several widgets on a page, their regions must stay few.
        <div class="pa-offline pa-no-print">
            <h2 class="pa-section-title">{ "Use it without internet" }</h2>
            { para("", "Save the whole assessment as one file. It opens in any up-to-date web \
                browser, from a computer or a USB stick, with no internet connection, and you \
                can email it to the people you want to ask.".into()) }
            <div class="pa-offline-save">
                if has_answers {
                    <label class="pa-offline-check">
                        <input type="checkbox" />
                        { "Put the answers given so far in the copy. Anyone who opens the file \
                           can read them." }
                    </label>
                }
                { button("pa-button pa-button-quiet", "Save for offline use".into(), save) }
            </div>
        </div>
    }
}
