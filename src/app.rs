//! The root component and the app's one edge: the reducer hook, the effects that follow a
//! change (focus, the draft on this device, the host page's events), every download, and
//! the live regions. Views below it lay out the state and send intents back.

use std::rc::Rc;

use partnership_engine::csv::export_csv;
use partnership_engine::file_names::{export_file_name, offline_copy_name, summary_file_name};
use partnership_engine::flow::{self, Scope};
use partnership_engine::words::common;
use partnership_engine::workshop::{summary_csv, summary_json};
use partnership_engine::{INSTRUMENTS, import};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::files::{ConfirmProps, confirm_replace, import_alert};
use crate::components::offline::{OfflineProps, save_offline};
use crate::components::questions::{QuestionsProps, questions};
use crate::components::results::{ResultsProps, results};
use crate::components::start::{StartProps, start};
use crate::components::workshop::{WorkshopProps, workshop};
use crate::dom::PickedFile;
use crate::effects;
use crate::host::{Host, HostCommand};
use crate::lang::LANG;
use crate::state::workshop::WorkshopIntent;
use crate::state::{Action, AnswerChange, Download, Screen, State};

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
            .filter(flow::has_content)
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
    let scope = host.options.scopes.first().copied().unwrap_or(Scope::Full);
    State::new(fresh, draft, storage_ok).with_scope(scope)
}

/// Writes the file the person asked for and hands it to the browser's downloads; gives
/// back what the reducer should hear once it went, and tells the host page about a saved
/// result.
fn download(state: &State, host: &Host, what: Download) -> Option<Action> {
    let a = &state.assessment;
    let (name, mime, content) = match what {
        Download::Results => (
            export_file_name(a, "json"),
            "application/json",
            state.document.to_string(),
        ),
        Download::Spreadsheet => (
            export_file_name(a, "csv"),
            "text/csv;charset=utf-8",
            export_csv(a),
        ),
        Download::OfflineCopy => {
            let carry = state.carry_answers && state.has_content();
            let page = host.offline_page(if carry { &state.document } else { "" })?;
            let name = offline_copy_name(carry.then_some(&**a));
            (name, "text/html;charset=utf-8", page)
        }
        Download::GroupSummary | Download::GroupSpreadsheet => {
            let w = &state.workshop;
            let (merged, profile) = (w.merged.as_ref()?, w.profile.as_ref()?);
            let now = effects::now();
            if what == Download::GroupSpreadsheet {
                let csv = summary_csv(&INSTRUMENTS, profile, LANG);
                (summary_file_name(now, "csv"), "text/csv;charset=utf-8", csv)
            } else {
                let json = summary_json(&INSTRUMENTS, merged, profile, now, LANG);
                (summary_file_name(now, "json"), "application/json", json)
            }
        }
    };
    effects::download(&name, mime, &content).ok()?;
    Some(match what {
        Download::Results | Download::Spreadsheet => {
            host.notify("export", &state.document);
            Action::Exported {
                name,
                restorable: what == Download::Results,
            }
        }
        Download::OfflineCopy => Action::Exported {
            name,
            restorable: false,
        },
        Download::GroupSummary | Download::GroupSpreadsheet => {
            Action::Workshop(WorkshopIntent::Exported(name))
        }
    })
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
    // The navigation count the results were last announced at.
    let completed_at = use_mut_ref(|| None::<u32>);

    // The host page's `reset()` and `load()` arrive here once the app is running.
    {
        let host = host.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            host.listen(Callback::from(move |command| {
                dispatcher.dispatch(match command {
                    HostCommand::Reset(fresh) => Action::Reset(fresh),
                    HostCommand::Load(imported) => Action::Load(imported),
                })
            }));
        });
    }

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

    // After a comparison opens, focus moves to its first table (read out with its
    // caption); after it closes, back to the button that opens an earlier result.
    {
        let heading = heading.clone();
        let comparing = state.earlier.is_some();
        use_effect_with(state.compare_moves, move |moves| {
            if *moves > 0
                && let Some(near) = heading.cast::<web_sys::Node>()
            {
                let id = crate::components::results::compare_focus_id(comparing);
                effects::focus_by_id(&near, id);
            }
        });
    }

    // While presenting, the arrow keys and Escape work wherever the person clicked last.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.workshop.slide.is_some(), move |presenting| {
            let keys = presenting.then(|| {
                effects::listen_keys(move |key| {
                    let intent = match key {
                        "ArrowRight" => WorkshopIntent::NextSlide,
                        "ArrowLeft" => WorkshopIntent::PreviousSlide,
                        "Escape" => WorkshopIntent::StopPresenting,
                        _ => return false,
                    };
                    dispatcher.dispatch(Action::Workshop(intent));
                    true
                })
            });
            move || drop(keys)
        });
    }

    // After every change: tell the host page about new answers (`change`) and shown
    // results (`complete`), and keep the draft on this device once the person has
    // started. All three use the one results document the reducer wrote.
    {
        let state = state.clone();
        let host = host.clone();
        use_effect_with((state.revision, state.navigation), move |_| {
            if host.remember(&state.document) {
                host.notify("change", &state.document);
            }
            if state.screen == Screen::Results
                && completed_at.replace(Some(state.navigation)) != Some(state.navigation)
            {
                host.notify("complete", &state.document);
            }
            if state.started
                && state.storage_ok
                && effects::save_draft(&host.options.storage_key, &state.document).is_err()
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
        Callback::from(move |change: AnswerChange| {
            state.dispatch(Action::Change(change, effects::now()))
        })
    };
    let on_partner = {
        let state = state.clone();
        Callback::from(move |intent| state.dispatch(Action::Partners(intent, effects::now())))
    };
    let on_workshop = {
        let state = state.clone();
        Callback::from(move |intent| state.dispatch(Action::Workshop(intent)))
    };
    let on_workshop_files = {
        let on_workshop = on_workshop.clone();
        Callback::from(move |files: Vec<PickedFile>| {
            let on_workshop = on_workshop.clone();
            effects::read_files(files, move |read| {
                on_workshop.emit(WorkshopIntent::FilesRead(read))
            });
        })
    };
    let on_file = {
        let state = state.clone();
        Callback::from(move |file: PickedFile| {
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
        Callback::from(move |file: PickedFile| {
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
    let on_save = {
        let state = state.clone();
        let host = host.clone();
        Callback::from(move |what: Download| {
            if let Some(done) = download(&state, &host, what) {
                state.dispatch(done);
            }
        })
    };
    let on_print = Callback::from(|()| effects::print());
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissMessage))
    };

    let region = host.options.region_name.clone();
    let screen = match state.screen {
        Screen::Start => start(&StartProps {
            heading: heading.clone(),
            organization: state.organization_input.clone(),
            role: state.assessment.respondent_role,
            draft: state.draft.clone(),
            in_progress: state.started.then(|| state.assessment.clone()),
            on: on.clone(),
            on_change: on_change.clone(),
            on_file,
            import_error: state.import_error.clone(),
            on_workshop: on_workshop.clone(),
            scopes: host.options.scopes.clone(),
        }),
        Screen::Questions => questions(&QuestionsProps {
            heading: heading.clone(),
            sections: state.sections(),
            index: state.section,
            page: state.page,
            assessment: state.assessment.clone(),
            report: state.report.clone(),
            progress: state.progress,
            parts: state.parts.clone(),
            on: on.clone(),
            on_change,
            partners: state.partners.clone(),
            portfolio: state.portfolio.clone(),
            on_partner: on_partner.clone(),
        }),
        Screen::Results => results(&ResultsProps {
            heading: heading.clone(),
            scope: state.scope,
            assessment: state.assessment.clone(),
            report: state.report.clone(),
            portfolio: state.portfolio.clone(),
            on: on.clone(),
            on_save: on_save.clone(),
            on_print: on_print.clone(),
            earlier: state.earlier.clone(),
            comparison: state.comparison.clone(),
            compare_error: state.compare_error.clone(),
            on_compare_file,
        }),
        Screen::Workshop => workshop(&WorkshopProps {
            heading: heading.clone(),
            state: &state.workshop,
            on: on_workshop,
            on_files: on_workshop_files,
            on_save: on_save.clone(),
            on_print,
            on_full_screen: {
                let heading = heading.clone();
                Callback::from(move |()| {
                    if let Some(near) = heading.cast::<web_sys::Node>() {
                        effects::toggle_full_screen(
                            &near,
                            crate::components::workshop::PRESENTER_ID,
                        );
                    }
                })
            },
        }),
        Screen::ConfirmReplace => match &state.pending {
            Some(pending) => confirm_replace(&ConfirmProps {
                heading: heading.clone(),
                pending: pending.clone(),
                on: on.clone(),
            }),
            None => html! {},
        },
    };

    html! {
        <section class="pa-app" aria-labelledby={region.is_empty().then_some("pa-title")}
            aria-label={(!region.is_empty()).then_some(region)}>
            <h1 id="pa-title" class="pa-title">{ common::title() }</h1>
            if state.screen == Screen::Start {
                <p class="pa-lead">{ common::lead() }</p>
                <p class="pa-privacy">{ common::privacy() }</p>
            }
            if !state.storage_ok {
                <p class="pa-panel pa-panel-calm">{ common::storage_refused() }</p>
            }
            // On the start page the file's error shows beside the button that opened it.
            if state.screen != Screen::Start {
                { import_alert(state.import_error.as_deref()) }
            }
            <div class="pa-status" role="status">
                if let Some(message) = &state.message {
                    <div class="pa-panel pa-panel-ok">
                        <p>{ message.clone() }</p>
                        if !state.import_warnings.is_empty() {
                            <ul>{ for state.import_warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
                        }
                        <button type="button" class="pa-button pa-button-quiet pa-no-print" onclick={dismiss}>
                            { common::close_message() }
                        </button>
                    </div>
                }
            </div>
            { screen }
            if matches!(state.screen, Screen::Start | Screen::Results) {
                { save_offline(&OfflineProps {
                    has_content: state.has_content(),
                    carry: state.carry_answers,
                    on: on.clone(),
                    on_save,
                }) }
            }
        </section>
    }
}
