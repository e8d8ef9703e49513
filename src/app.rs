use partnership_engine::csv::export_csv;
use partnership_engine::explain::export_file_name;
use partnership_engine::{Assessment, export, import};
use web_sys::{File, HtmlElement};
use yew::prelude::*;

use crate::components::files::{ConfirmProps, confirm_replace};
use crate::components::questions::{QuestionsProps, questions};
use crate::components::results::{ResultsProps, results};
use crate::components::start::{StartProps, start};
use crate::components::workshop::{WorkshopProps, workshop};
use crate::effects;
use crate::state::{Action, Change, Screen, State};

/// The initial state: a new assessment, and the draft this device kept, if any.
fn initial_state() -> State {
    let fresh = Assessment::new(effects::new_result_id(), effects::now());
    let (draft, storage_ok) = match effects::load_draft() {
        Ok(Some(json)) => {
            // A draft this build cannot read is left alone rather than lost: it may come
            // from a newer version in another tab.
            let draft = import(json.as_bytes())
                .ok()
                .map(|i| i.assessment)
                .filter(|a| a.answers != Default::default() || a.organization_name.is_some());
            (draft, true)
        }
        Ok(None) => (None, true),
        Err(effects::StorageUnavailable) => (None, false),
    };
    State::new(fresh, draft, storage_ok)
}

/// The root component: the app frame, the live regions and the screen showing.
///
/// A named `section` (a region landmark), never `main`: the host page owns its `main`.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let heading = use_node_ref();

    // Move focus to the new heading after every navigation (not on first load: the host
    // page keeps its focus until the person starts).
    {
        let heading = heading.clone();
        use_effect_with(state.navigation, move |navigation| {
            if *navigation > 0
                && let Some(h) = heading.cast::<HtmlElement>()
            {
                let _ = h.focus();
            }
        });
    }

    // Keep the draft on this device after every change, once the person has started.
    {
        let state = state.clone();
        use_effect_with(state.revision, move |_| {
            if state.started
                && state.storage_ok
                && effects::save_draft(&export(&state.assessment)).is_err()
            {
                state.dispatch(Action::StorageFailed);
            }
        });
    }

    let on = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |change: Change| state.dispatch(Action::Change(change, effects::now())))
    };
    let on_file = {
        let state = state.clone();
        Callback::from(move |file: File| {
            let state = state.clone();
            effects::read_file(file, move |read| {
                state.dispatch(match read {
                    Ok(bytes) => Action::FileRead(import(&bytes).map(Box::new)),
                    Err(Some(error)) => Action::FileRead(Err(error)),
                    Err(None) => Action::FileUnreadable,
                })
            });
        })
    };
    let on_compare_file = {
        let state = state.clone();
        Callback::from(move |file: File| {
            let state = state.clone();
            effects::read_file(file, move |read| {
                state.dispatch(Action::CompareRead(match read {
                    Ok(bytes) => import(&bytes).map(Box::new),
                    Err(Some(error)) => Err(error),
                    // The engine's words for a file that is not an assessment.
                    Err(None) => Err(partnership_engine::ImportError::NotOurFormat),
                }))
            });
        })
    };
    let on_export = {
        let state = state.clone();
        Callback::from(move |spreadsheet: bool| {
            let a = &state.assessment;
            let (name, mime, content) = if spreadsheet {
                (
                    export_file_name(a, "csv"),
                    "text/csv;charset=utf-8",
                    export_csv(a),
                )
            } else {
                (export_file_name(a, "json"), "application/json", export(a))
            };
            if effects::download(&name, mime, &content).is_ok() {
                state.dispatch(Action::Exported {
                    name,
                    restorable: !spreadsheet,
                });
            }
        })
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissMessage))
    };

    let screen = match state.screen {
        Screen::Start => html! {
            { start(&StartProps {
                heading: heading.clone(),
                organization: state.organization_input.clone(),
                role: state.assessment.respondent_role,
                draft: state.draft.clone(),
                in_progress: state.started.then(|| state.assessment.clone()),
                on: on.clone(),
                on_change: on_change.clone(),
                on_file,
            }) }
        },
        Screen::Questions => html! {
            { questions(&QuestionsProps {
                heading: heading.clone(),
                sections: state.sections(),
                index: state.section,
                assessment: state.assessment.clone(),
                report: state.report.clone(),
                on: on.clone(),
                on_change,
            }) }
        },
        Screen::Results => html! {
            { results(&ResultsProps {
                heading: heading.clone(),
                scope: state.scope,
                assessment: state.assessment.clone(),
                report: state.report.clone(),
                on: on.clone(),
                on_export,
                earlier: state.earlier.clone(),
                compare_error: state.compare_error.clone(),
                on_compare_file,
            }) }
        },
        Screen::Workshop => workshop(&WorkshopProps {
            heading: heading.clone(),
            state: &state.workshop,
            on: on.clone(),
        }),
        Screen::ConfirmReplace => match &state.pending {
            Some(pending) => html! {
                { confirm_replace(&ConfirmProps {
                    heading: heading.clone(),
                    pending: pending.clone(),
                    on: on.clone(),
                }) }
            },
            None => html! {},
        },
    };

    html! {
        <section class="pa-app" aria-labelledby="pa-title">
            <h1 id="pa-title" class="pa-title">{ "Partnership Assessment" }</h1>
            if state.screen == Screen::Start {
                <p class="pa-lead">
                    { "Thinking about joining forces with another organization? This check-up \
                       helps you see whether you are ready, what could get in the way, whether \
                       now is the right moment, and how deep a partnership to aim for." }
                </p>
                <p class="pa-privacy">
                    { "Your answers stay on this device. Nothing is sent anywhere unless you \
                       save a file yourself." }
                </p>
            }
            if !state.storage_ok {
                <p class="pa-panel pa-panel-calm">
                    { "This browser is not letting the assessment keep your answers on this \
                       device (this happens in private windows and on some saved pages). \
                       Everything still works. To keep your answers, save your results as a \
                       file before you close the page." }
                </p>
            }
            <div class="pa-alert" role="alert">
                if let Some(error) = &state.import_error {
                    <p class="pa-panel pa-panel-error">
                        <strong>{ "That file could not be opened. " }</strong>{ error.clone() }
                        { " Your current answers have not been changed." }
                    </p>
                }
            </div>
            <div class="pa-status" role="status">
                if let Some(message) = &state.message {
                    <div class="pa-panel pa-panel-ok">
                        <p>{ message.clone() }</p>
                        if !state.import_warnings.is_empty() {
                            <ul>{ for state.import_warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
                        }
                        <button type="button" class="pa-button pa-button-quiet pa-no-print" onclick={dismiss}>
                            { "Close this message" }
                        </button>
                    </div>
                }
            </div>
            { screen }
        </section>
    }
}
