//! The start screen: what this is, how long it takes, who is answering, what to answer,
//! and the way back to earlier work (resume a draft, open a saved result).

use std::rc::Rc;

use partnership_engine::document::MAX_ORGANIZATION_NAME_CHARS;
use partnership_engine::draft::Unsaved;
use partnership_engine::flow::Scope;
use partnership_engine::words::{common, start as words};
use partnership_engine::{Assessment, INSTRUMENTS, RespondentRole};
use yew::prelude::*;

use crate::components::files::OpenFile;
use crate::components::{button, para, send};
use crate::dom::{self, PickedFile};
use crate::state::workshop::{WorkshopIntent, WorkshopLoad};
use crate::state::{Action, AnswerChange};

pub struct StartProps {
    pub heading: NodeRef,
    pub organization: String,
    pub role: Option<RespondentRole>,
    pub draft: Option<Rc<Assessment>>,
    /// Later work than `draft` that could not be kept on this device, to say so.
    pub not_kept: Option<Unsaved>,
    /// Answers given in this visit, when the respondent came back to the start page.
    pub in_progress: Option<Rc<Assessment>>,
    pub on: Callback<Action>,
    pub on_change: Callback<AnswerChange>,
    pub on_file: Callback<PickedFile>,
    /// Why the last file chosen here could not be opened: shown beside the button.
    pub import_error: Option<String>,
    pub on_workshop: Callback<WorkshopIntent>,
    /// Workshop mode where it is offered, and whether it is being loaded.
    pub workshop: Option<WorkshopLoad>,
    /// What the host page offers: the full assessment first when it offers everything.
    pub scopes: Rc<[Scope]>,
}

pub fn start(props: &StartProps) -> Html {
    let on_change = props.on_change.clone();
    let on_organization = Callback::from(move |e: InputEvent| {
        on_change.emit(AnswerChange::Organization(dom::value(&e)));
    });
    let on_change = props.on_change.clone();
    let on_role = Callback::from(move |e: Event| {
        on_change.emit(AnswerChange::Role(RespondentRole::from_id(&dom::value(&e))));
    });
    let on = props.on.clone();
    let resume = Callback::from(move |_: MouseEvent| on.emit(Action::Resume));
    let welcome = props
        .draft
        .as_ref()
        .map(|draft| words::welcome_back(&INSTRUMENTS, draft));
    let not_kept = props
        .not_kept
        .as_ref()
        .map(|u| words::unsaved_work(&INSTRUMENTS, props.draft.as_deref(), u));

    html! {
        <div class="pa-screen">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { words::heading() }
            </h2>
            if let Some(welcome) = welcome {
                <div class="pa-panel pa-panel-welcome">
                    { para("", welcome.into()) }
                    if let Some(not_kept) = not_kept {
                        { para("pa-not-kept", not_kept.into()) }
                    }
                    { button("pa-button", words::resume().into(), resume) }
                    { para("pa-muted", words::new_replaces_draft().into()) }
                </div>
            } else if let Some(not_kept) = not_kept {
                <div class="pa-panel pa-panel-calm">
                    { para("pa-not-kept", not_kept.into()) }
                </div>
            }
            if let Some(current) = &props.in_progress {
                <div class="pa-panel">
                    { para("", words::part_way(&INSTRUMENTS, current).into()) }
                    { button("pa-button", words::continue_answering().into(), send(&props.on, || Action::Back)) }
                </div>
            }
            <div class="pa-fields">
                <div class="pa-field">
                    <label for="pa-organization">{ words::organization_field() }</label>
                    <input id="pa-organization" type="text" autocomplete="organization"
                        maxlength={MAX_ORGANIZATION_NAME_CHARS.to_string()}
                        value={props.organization.clone()}
                        oninput={on_organization} />
                </div>
                <div class="pa-field">
                    <label for="pa-role">{ words::role_field() }</label>
                    <select id="pa-role" onchange={on_role}>
                        <option value="" selected={props.role.is_none()}>
                            { words::role_unsaid() }
                        </option>
                        { for RespondentRole::ALL.iter().map(|&r| html! {
                            <option value={r.id()} selected={props.role == Some(r)}>
                                { words::role(r) }
                            </option>
                        }) }
                    </select>
                </div>
            </div>

            <h2 class="pa-section-title">{ words::choose_heading() }</h2>
            { para("", words::choose_help().into()) }
            if props.scopes.first() == Some(&Scope::Full) {
                <ul class="pa-plain-list">
                    { scope_button(Scope::Full, &props.on) }
                </ul>
                { para("", words::or_one_part().into()) }
            }
            <ul class="pa-plain-list">
                { for props.scopes.iter().filter(|&&s| s != Scope::Full)
                    .map(|&scope| scope_button(scope, &props.on)) }
            </ul>

            <h2 class="pa-section-title">{ words::open_heading() }</h2>
            { para("", words::open_help().into()) }
            <OpenFile label={words::open_button()} on_file={props.on_file.clone()} />
            { crate::components::files::import_alert(props.import_error.as_deref()) }
            if let Some(load) = props.workshop {
                { crate::components::workshop::entry(&props.on_workshop, load) }
            }
        </div>
    }
}

/// A button that starts `scope`, with its size beside it as the button's description.
#[inline(never)]
fn scope_button(scope: Scope, on: &Callback<Action>) -> Html {
    let id = format!("pa-scope-{}", scope.id());
    let on = on.clone();
    let onclick = Callback::from(move |_: MouseEvent| on.emit(Action::Begin(scope)));
    let class = if scope == Scope::Full {
        "pa-button"
    } else {
        "pa-button pa-button-quiet"
    };
    let label = words::scope_label(&INSTRUMENTS, scope);
    let size = words::scope_size(&INSTRUMENTS, scope);
    let size = match words::scope_help(scope) {
        Some(help) => html! { <>{ help }{ common::word_gap() }{ size }</> },
        None => html! { { size } },
    };
    html! {
        <li>
            <button type="button" {class} {onclick} aria-describedby={id.clone()}>{ label }</button>
            <span class="pa-muted" {id}>{ size }</span>
        </li>
    }
}
