use std::rc::Rc;

use partnership_engine::csv::export_csv;
use partnership_engine::explain::export_file_name;
use partnership_engine::flow::Scope;
use partnership_engine::{export, import};
use web_sys::{File, HtmlElement};
use yew::prelude::*;

use crate::components::files::{ConfirmProps, confirm_replace};
use crate::components::offline;
use crate::components::questions::{QuestionsProps, questions};
use crate::components::results::{ResultsProps, results};
use crate::components::start::{StartProps, start};
use crate::components::workshop::{WorkshopProps, workshop};
use crate::effects;
use crate::host::Host;
use crate::state::{Action, Change, Screen, State};

/// The initial state: a new assessment (with the organisation the page prefills), and the
/// draft this element kept or the answers an offline copy carries, whichever changed last.
fn initial_state(host: &Host) -> State {
    let fresh = host.fresh_assessment();
    let readable = |json: &str| {
        // A draft this build cannot read is left alone rather than lost: it may come
        // from a newer version in another tab.
        import(json.as_bytes())
            .ok()
            .map(|i| i.assessment)
            .filter(|a| {
                a.answers != Default::default()
                    || a.organization_name.is_some()
                    || a.partners != Default::default()
            })
    };
    let carried = readable(&host.options.carried);
    let (draft, storage_ok) = match effects::load_draft(&host.options.storage_key) {
        Ok(Some(json)) => (readable(&json), true),
        Ok(None) => (None, true),
        Err(effects::StorageUnavailable) => (None, false),
    };
    let draft = match (draft, carried) {
        (Some(d), Some(c)) => Some(if c.updated_at > d.updated_at { c } else { d }),
        (d, c) => d.or(c),
    };
    let mut state = State::new(fresh, draft, storage_ok);
    state.scope = host.options.scopes.first().copied().unwrap_or(Scope::Full);
    state
}

/// The app's link to its element: see [`crate::host`].
#[derive(Properties)]
pub struct AppProps {
    pub host: Rc<Host>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.host, &other.host)
    }
}

/// The root component: the app frame, the live regions and the screen showing.
///
/// A named `section` (a region landmark), never `main`: the host page owns its `main`.
#[component]
pub fn App(props: &AppProps) -> Html {
    let host = props.host.clone();
    let state = {
        let host = host.clone();
        use_reducer(move || initial_state(&host))
    };
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

    // Move focus where the partner map asks (after Edit, Duplicate, Remove, a save).
    {
        let heading = heading.clone();
        use_effect_with(state.partners.focus, move |focus| {
            if let (Some((target, _)), Some(near)) = (focus, heading.cast::<web_sys::Node>()) {
                effects::focus_by_id(&near, crate::components::partners::focus_id(*target));
            }
        });
    }

    // Keep the draft on this device after every change, once the person has started, and
    // tell the host page about new answers and shown results (see `crate::host`).
    {
        let state = state.clone();
        let host = host.clone();
        use_effect_with((state.revision, state.navigation), move |_| {
            host.observe(&state, state.dispatcher());
            if state.started
                && state.storage_ok
                && effects::save_draft(&host.options.storage_key, &export(&state.assessment))
                    .is_err()
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
        let host = host.clone();
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
                host.notify("export", a);
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

    let region = host.options.region_name.clone();
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
                scopes: host.options.scopes.clone(),
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
                partners: state.partners.clone(),
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
        <section class="pa-app" aria-labelledby={region.is_empty().then_some("pa-title")}
            aria-label={(!region.is_empty()).then_some(region)}>
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
            if matches!(state.screen, Screen::Start | Screen::Results) {
                { offline::save_offline(&state, &host) }
            }
        </section>
    }
}
