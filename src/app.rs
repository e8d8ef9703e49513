//! The root component and the app's one edge: the reducer hook, the effects that follow a
//! change (focus, the draft on this device, the host page's events), every download, and
//! the live regions. Views below it lay out the state and send intents back.

use std::rc::Rc;

use partnership_engine::csv::export_csv;
use partnership_engine::draft::{self, Merged};
use partnership_engine::file_names::{
    export_file_name, kept_draft_name, offline_copy_name, summary_file_name,
};
use partnership_engine::flow::Scope;
use partnership_engine::words::{common, messages};
use partnership_engine::workshop::{summary_csv, summary_json};
use partnership_engine::{INSTRUMENTS, import};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::files::{ConfirmProps, confirm_replace, import_alert};
use crate::components::language::{LanguageProps, language_switch};
use crate::components::offline::{OfflineProps, save_offline};
use crate::components::questions::{QuestionsProps, questions};
use crate::components::results::{ResultsProps, results};
use crate::components::start::{StartProps, start};
use crate::components::workshop::{WorkshopProps, workshop};
use crate::dom::PickedFile;
use crate::effects;
use crate::host::{Host, HostCommand, SaveOutcome};
use crate::lang;
use crate::state::workshop::{WORKSHOP_MODE_BUILT, WorkshopIntent, WorkshopLoad};
use crate::state::{Action, AnswerChange, Download, DraftNote, KeptDraft, Screen, State};

/// What a kept draft is, in words: recovered again to describe what it holds.
fn kept_draft(key: String, text: String) -> KeptDraft {
    let recovered = draft::recover(&text, effects::new_result_id(), effects::now());
    let at = recovered.assessment.as_ref().map(|a| a.updated_at);
    KeptDraft {
        key,
        label: messages::kept_draft(&recovered, at),
        text: text.into(),
    }
}

/// The initial state: a new assessment (with the organisation the page prefills), and the
/// draft this element kept or the answers an offline copy carries, whichever changed last.
///
/// A draft that cannot be offered exactly as it was saved (damaged, cut short, from a newer
/// version) is never lost: it is kept aside under its own key before anything is saved
/// again, every answer still good in it is offered, and the person is told what was not.
fn initial_state(host: &Host) -> State {
    let fresh = host.fresh_assessment();
    let now = effects::now();
    let key = &host.options.storage_key;
    let carried = draft::recover(&host.options.carried, effects::new_result_id(), now).assessment;
    let (text, mut failure) = match effects::load_draft(key) {
        Ok(text) => (text, None),
        Err(why) => (None, Some(why)),
    };
    let mut note = None;
    let mut found = None;
    if let Some(text) = text {
        let recovered = draft::recover(&text, effects::new_result_id(), now);
        if recovered.keep_original() {
            note = Some(DraftNote {
                summary: messages::draft_recovered(&recovered),
                lost: recovered.lost.iter().map(messages::lost_part).collect(),
            });
            let which = now.unix_millis().to_string();
            if let Err(why) = effects::keep_draft(key, &which, &text) {
                // Not kept aside yet: the draft key is left alone until it is.
                failure = Some(why);
                host.hold(which, text);
            }
        } else {
            host.found_stored(Some(text));
        }
        found = recovered.assessment;
    }
    let kept = effects::kept_drafts(key)
        .into_iter()
        .map(|(k, text)| kept_draft(k, text))
        .collect();
    // A note left when a save failed: the draft offered may be older than the latest work.
    let unsaved = effects::unsaved_note(key).and_then(|text| {
        host.found_note();
        draft::Unsaved::read(&text)
    });
    let draft = draft::latest(found, carried);
    let scope = host.options.scopes.first().copied().unwrap_or(Scope::Full);
    let state = State::new(fresh, draft, true)
        .with_drafts(failure, note, kept)
        .with_unsaved_work(unsaved)
        .with_scope(scope);
    match &host.options.handed_over {
        Some(work) => {
            let work = draft::recover(work, effects::new_result_id(), now).assessment;
            match work {
                Some(work) => state.continuing(work),
                None => state,
            }
            .in_workshop()
        }
        None => state,
    }
}

/// A file to hand to the browser's downloads: its name, type and content.
type File = (String, &'static str, String);

/// The offline copy: the loader rebuilds the page (first loading workshop mode's script
/// where it can, so the copy is whole), carrying the answers when the person asked.
async fn offline_copy(state: &State, host: &Host) -> Option<File> {
    let carry = state.carry_answers && state.has_content();
    let page = host
        .offline_page(if carry { &state.document } else { "" })
        .await?;
    let name = offline_copy_name(carry.then_some(&*state.assessment));
    Some((name, "text/html;charset=utf-8", page))
}

/// Writes the file the person asked for (all but the offline copy, see [`offline_copy`]).
fn file_for(state: &State, what: Download) -> Option<File> {
    let a = &state.assessment;
    Some(match what {
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
        Download::OfflineCopy => return None,
        Download::GroupSummary | Download::GroupSpreadsheet if WORKSHOP_MODE_BUILT => {
            let w = &state.workshop;
            let (merged, profile) = (w.merged.as_ref()?, w.profile.as_ref()?);
            let now = effects::now();
            if what == Download::GroupSpreadsheet {
                let csv = summary_csv(&INSTRUMENTS, profile, lang::tag());
                (summary_file_name(now, "csv"), "text/csv;charset=utf-8", csv)
            } else {
                let json = summary_json(&INSTRUMENTS, merged, profile, now, lang::tag());
                (summary_file_name(now, "json"), "application/json", json)
            }
        }
        Download::GroupSummary | Download::GroupSpreadsheet => return None,
        Download::Kept(index) => {
            let kept = state.kept.get(index)?;
            let name = kept_draft_name(index, effects::now());
            (name, "application/json", kept.text.to_string())
        }
    })
}

/// Hands `file` to the browser's downloads; gives back what the reducer should hear once
/// it went, and tells the host page about a saved result.
fn download(state: &State, host: &Host, what: Download, file: File) -> Option<Action> {
    let (name, mime, content) = file;
    effects::download(&name, mime, &content).ok()?;
    Some(match what {
        Download::Results | Download::Spreadsheet => {
            host.notify("export", &state.document);
            Action::Exported {
                name,
                restorable: what == Download::Results,
            }
        }
        Download::OfflineCopy | Download::Kept(_) => Action::Exported {
            name,
            restorable: false,
        },
        Download::GroupSummary | Download::GroupSpreadsheet => {
            Action::Workshop(WorkshopIntent::Exported(name))
        }
    })
}

/// How long after a change the draft is written: long enough to stay off the input path,
/// short enough that a crash loses at most this much (leaving the page writes at once).
const AUTOSAVE_DELAY_MS: i32 = 150;

/// The action telling the state what changed about saving.
fn saved(outcome: SaveOutcome) -> Action {
    match outcome {
        SaveOutcome::Failed(why) => Action::StorageFailed(why),
        SaveOutcome::Recovered => Action::StorageRecovered,
    }
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
    // The assessment being answered (once started), for merging what another tab saves.
    let live = use_mut_ref(|| None::<Rc<partnership_engine::Assessment>>);

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

    // A language chosen on the start screen: its texts are fetched (once), then the
    // catalogue speaks it and everything is worded again.
    {
        let host = host.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.language_wanted, move |wanted| {
            if let Some(tag) = *wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    let spoken = host.switch_language(tag).await;
                    dispatcher.dispatch(Action::LanguageSwitched(tag, spoken));
                });
            }
        });
    }

    // Workshop mode asked for in a script without it: the loader brings the script with
    // it, which takes this element over (this app is gone when that works).
    {
        let host = host.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.workshop_load, move |load| {
            if *load == WorkshopLoad::Loading {
                wasm_bindgen_futures::spawn_local(async move {
                    if !host.open_workshop().await {
                        dispatcher.dispatch(Action::WorkshopUnavailable);
                    }
                });
            }
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

    // While presenting, the arrow keys and Escape work wherever the person clicked last,
    // and the full-screen button follows the page in and out of full screen.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.workshop.slide.is_some(), move |presenting| {
            let screen = dispatcher.clone();
            let keys = presenting.then(|| {
                let full_screen = effects::listen_full_screen(move |on| {
                    screen.dispatch(Action::Workshop(WorkshopIntent::FullScreen(on)))
                });
                let keys = effects::listen_keys(move |key| {
                    let intent = match key {
                        "ArrowRight" => WorkshopIntent::NextSlide,
                        "ArrowLeft" => WorkshopIntent::PreviousSlide,
                        "Escape" => WorkshopIntent::StopPresenting,
                        _ => return false,
                    };
                    dispatcher.dispatch(Action::Workshop(intent));
                    true
                });
                (keys, full_screen)
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
        let live = live.clone();
        use_effect_with((state.revision, state.navigation), move |_| {
            if host.remember(&state.document) {
                host.notify("change", &state.document);
            }
            if state.screen == Screen::Results
                && completed_at.replace(Some(state.navigation)) != Some(state.navigation)
            {
                host.notify("complete", &state.document);
            }
            *live.borrow_mut() = state.started.then(|| state.assessment.clone());
            host.working_on(state.started.then(|| state.document.clone()));
            // Saved shortly after the change, off the input path; at once if the page is
            // hidden or left meanwhile.
            if state.started && host.save_later(&state.document, &state.assessment) {
                let host = host.clone();
                let dispatcher = state.dispatcher();
                effects::after(AUTOSAVE_DELAY_MS, move || {
                    if let Some(outcome) = host.flush() {
                        dispatcher.dispatch(saved(outcome));
                    }
                });
            }
        });
    }

    // Once: write the draft at once when the page is hidden or left, warn before leaving
    // while answers exist only in memory, and join what another tab saves.
    {
        let host = host.clone();
        let dispatcher = state.dispatcher();
        let live = live.clone();
        use_effect_with((), move |_| {
            let flushing = host.clone();
            let on_flush = dispatcher.clone();
            effects::on_page_leaving(move || {
                if let Some(outcome) = flushing.flush() {
                    on_flush.dispatch(saved(outcome));
                }
            });
            let leaving = host.clone();
            effects::warn_before_leaving(move || {
                leaving.flush();
                leaving.unkept_work()
            });
            let key = host.options.storage_key.clone();
            effects::on_other_tab_saving(&key.clone(), move |text| {
                if !host.active() {
                    return;
                }
                let base = host.base();
                host.saw_stored(text.as_deref());
                let Some(text) = text else {
                    return;
                };
                let recovered = draft::recover(&text, effects::new_result_id(), effects::now());
                let Some(theirs) = recovered.assessment else {
                    return;
                };
                let ours = live.borrow().clone();
                // A different assessment is kept aside, so neither tab's work is lost.
                let different = ours.as_deref().is_some_and(|ours| {
                    draft::merge(base.as_ref(), ours, &theirs) == Merged::Different
                });
                let kept = different
                    .then(|| effects::keep_draft(&key, &theirs.id.to_string(), &text).ok())
                    .flatten()
                    .map(|k| kept_draft(k, text));
                dispatcher.dispatch(Action::OtherTab {
                    base: base.map(Box::new),
                    theirs: Box::new(theirs),
                    kept,
                });
            });
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
        let already = state.workshop.bytes_read;
        Callback::from(move |files: Vec<PickedFile>| {
            let on_workshop = on_workshop.clone();
            if WORKSHOP_MODE_BUILT {
                effects::read_files(files, already, move |read| {
                    on_workshop.emit(WorkshopIntent::FilesRead(read))
                });
            }
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
            if what == Download::OfflineCopy {
                let (state, host) = (state.clone(), host.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let file = offline_copy(&state, &host).await;
                    if let Some(done) = file.and_then(|f| download(&state, &host, what, f)) {
                        state.dispatch(done);
                    }
                });
            } else if let Some(done) =
                file_for(&state, what).and_then(|f| download(&state, &host, what, f))
            {
                state.dispatch(done);
            }
        })
    };
    let on_print = Callback::from(|()| effects::print());
    let forget_kept = {
        let state = state.clone();
        Callback::from(move |key: String| {
            state.dispatch(match effects::forget(&key) {
                Ok(()) => Action::KeptForgotten(key),
                Err(why) => Action::StorageFailed(why),
            })
        })
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissMessage))
    };

    let region = match host.options.region_number {
        0 | 1 => AttrValue::default(),
        n => common::numbered_title(n).into(),
    };
    let screen = match state.screen {
        Screen::Start => html! { <>
            { language_switch(&LanguageProps {
                offered: host.options.languages.clone(),
                spoken: state.language,
                failed: state.language_failed,
                on: on.clone(),
            }) }
            { start(&StartProps {
            heading: heading.clone(),
            organization: state.organization_input.clone(),
            role: state.assessment.respondent_role,
            draft: state.draft.clone(),
            not_kept: state.work_not_kept(),
            in_progress: state.started.then(|| state.assessment.clone()),
            on: on.clone(),
            on_change: on_change.clone(),
            on_file,
            import_error: state.import_error.clone(),
            on_workshop: on_workshop.clone(),
            workshop: host.options.workshop.then_some(state.workshop_load),
            scopes: host.options.scopes.clone(),
        }) }
        </> },
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
            sections: state.sections(),
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
        Screen::Workshop if WORKSHOP_MODE_BUILT => workshop(&WorkshopProps {
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
        Screen::Workshop => html! {},
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
            if let Some(note) = &state.draft_note && state.screen == Screen::Start {
                <div class="pa-panel pa-panel-calm">
                    <p>{ note.summary.clone() }</p>
                    if !note.lost.is_empty() {
                        <ul>{ for note.lost.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                    }
                </div>
            }
            <div class="pa-storage" role="status">
                if let Some(why) = state.storage {
                    <p class="pa-panel pa-panel-calm">{ messages::storage_failed(why) }</p>
                } else if state.storage_back {
                    <p class="pa-panel pa-panel-ok">{ messages::storage_recovered() }</p>
                }
            </div>
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
            if state.screen == Screen::Start && !state.kept.is_empty() {
                <section class="pa-panel pa-panel-calm pa-kept" aria-labelledby="pa-kept-heading">
                    <h2 id="pa-kept-heading">{ messages::kept_heading() }</h2>
                    <ul>
                        { for state.kept.iter().enumerate().map(|(i, kept)| {
                            let save = on_save.reform(move |_: MouseEvent| Download::Kept(i));
                            let key = kept.key.clone();
                            let forget = forget_kept.reform(move |_: MouseEvent| key.clone());
                            html! {
                                <li key={kept.key.clone()}>
                                    <p>{ kept.label.clone() }</p>
                                    <button type="button" class="pa-button" onclick={save}>{ messages::save_kept() }</button>
                                    <button type="button" class="pa-button pa-button-quiet" onclick={forget}>{ messages::forget_kept() }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
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
