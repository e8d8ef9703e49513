//! Opening a saved result (a button for the file picker, and a box to drop the file on),
//! and the question asked before a file replaces unsaved work.

use std::rc::Rc;

use partnership_engine::words::{files as words, messages};
use partnership_engine::{INSTRUMENTS, Imported};
use yew::prelude::*;

use crate::components::{button, para};
use crate::dom::{self, PickedFile};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct OpenFileProps {
    /// What the button says.
    pub label: AttrValue,
    pub on_file: Callback<PickedFile>,
    /// When given, many files can be chosen or dropped at once and all go here instead.
    #[prop_or_default]
    pub on_files: Option<Callback<Vec<PickedFile>>>,
    /// The button's id, when focus must be able to come back to it.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// Sends the first file of `files`, or all of them when the opener takes many.
fn hand_on(
    files: Vec<PickedFile>,
    on_file: &Callback<PickedFile>,
    on_files: Option<&Callback<Vec<PickedFile>>>,
) {
    if let Some(on_files) = on_files {
        on_files.emit(files);
    } else if let Some(file) = files.into_iter().next() {
        on_file.emit(file);
    }
}

#[component]
pub fn OpenFile(props: &OpenFileProps) -> Html {
    let input = use_node_ref();
    let dragging = use_state(|| false);

    let open_picker = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| dom::open_picker(&input))
    };
    let on_pick = {
        let on_file = props.on_file.clone();
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| hand_on(dom::chosen_files(&e), &on_file, on_files.as_ref()))
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let on_file = props.on_file.clone();
        let on_files = props.on_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            hand_on(dom::dropped_files(&e), &on_file, on_files.as_ref());
        })
    };
    let class = classes!("pa-drop", dragging.then_some("pa-drop-active"));
    let many = props.on_files.is_some();
    html! {
        <div {class} ondragover={on_drag_over} ondragenter={Callback::from(|e: DragEvent| e.prevent_default())}
            ondragleave={on_drag_leave} ondrop={on_drop}>
            <button type="button" class="pa-button pa-button-quiet" id={props.id.clone()} onclick={open_picker}>
                { props.label.clone() }
            </button>
            <span class="pa-muted">{ words::drop_hint(many) }</span>
            <input ref={input} type="file" accept=".json,application/json" hidden=true
                multiple={many} onchange={on_pick} />
        </div>
    }
}

pub struct ConfirmProps {
    pub heading: NodeRef,
    pub pending: Rc<Imported>,
    pub on: Callback<Action>,
}

/// The question whether an opened file replaces the current answers
/// (`words::files::replace_heading`), with both ways out.
pub fn confirm_replace(props: &ConfirmProps) -> Html {
    let on = props.on.clone();
    let replace = Callback::from(move |_: MouseEvent| on.emit(Action::ConfirmReplace));
    let on = props.on.clone();
    let keep = Callback::from(move |_: MouseEvent| on.emit(Action::KeepCurrent));
    let about = words::replace_about(&INSTRUMENTS, &props.pending.assessment);
    html! {
        <div class="pa-screen">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { words::replace_heading() }
            </h2>
            { para("", words::replace_warning().into()) }
            { para("", about.into()) }
            { para("", words::replace_advice().into()) }
            <div class="pa-actions">
                { button("pa-button", words::keep_current().into(), keep) }
                { button("pa-button pa-button-quiet", words::replace_with_file().into(), replace) }
            </div>
        </div>
    }
}

/// The live region that says why a file could not be opened, with the engine's message.
/// It stays in the page while empty, so the message is read out the moment it appears.
pub fn import_alert(error: Option<&str>) -> Html {
    html! {
        <div class="pa-alert" role="alert">
            if let Some(error) = error {
                <p class="pa-panel pa-panel-error">
                    <strong>{ messages::file_not_opened() }</strong>{ error.to_owned() }
                    { messages::answers_unchanged() }
                </p>
            }
        </div>
    }
}
