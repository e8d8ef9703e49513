//! The start screen: what this is, how long it takes, who is answering, what to answer,
//! and the way back to earlier work (resume a draft, open a saved result).

use std::rc::Rc;

use partnership_engine::explain::saved_work;
use partnership_engine::flow::{self, Scope};
use partnership_engine::{Assessment, INSTRUMENTS, RespondentRole};
use yew::prelude::*;

use crate::components::files::OpenFile;
use crate::components::{button, para, send};
use crate::dom::{self, PickedFile};
use crate::state::workshop::WorkshopIntent;
use crate::state::{Action, AnswerChange};
use crate::tr;

pub struct StartProps {
    pub heading: NodeRef,
    pub organization: String,
    pub role: Option<RespondentRole>,
    pub draft: Option<Rc<Assessment>>,
    /// Answers given in this visit, when the respondent came back to the start page.
    pub in_progress: Option<Rc<Assessment>>,
    pub on: Callback<Action>,
    pub on_change: Callback<AnswerChange>,
    pub on_file: Callback<PickedFile>,
    pub on_workshop: Callback<WorkshopIntent>,
    /// What the host page offers: the full assessment first when it offers everything.
    pub scopes: Rc<[Scope]>,
}

fn role_label(role: RespondentRole) -> &'static str {
    match role {
        RespondentRole::Staff => "Staff member",
        RespondentRole::Board => "Board member",
        RespondentRole::Volunteer => "Volunteer",
        RespondentRole::Partner => "Partner organization",
        RespondentRole::CommunityMember => "Community member",
        RespondentRole::Other => "Something else",
    }
}

fn scope_title(scope: Scope) -> &'static str {
    let i = &INSTRUMENTS;
    match scope {
        Scope::Full => "The full assessment",
        Scope::Readiness => tr(&i.readiness.meta.title),
        Scope::Barriers => tr(&i.barriers.meta.title),
        Scope::Timing => tr(&i.timing.meta.title),
        Scope::Depth => tr(&i.depth.meta.title),
        Scope::Partners => tr(&partnership_engine::partners::PARTNER_VOCABULARY.title),
        Scope::Reflection => tr(&i.reflection.meta.title),
    }
}

fn scope_size(scope: Scope) -> String {
    if scope == Scope::Partners {
        let minutes = flow::estimated_minutes(&INSTRUMENTS, scope);
        return format!("List and rate possible partners, about {minutes} minutes");
    }
    let questions = flow::progress(&INSTRUMENTS, scope, &Default::default()).questions;
    let minutes = flow::estimated_minutes(&INSTRUMENTS, scope);
    format!("{questions} questions, about {minutes} minutes")
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
    let welcome = props.draft.as_ref().map(|draft| {
        format!(
            "Welcome back. Answers saved earlier are still here: {}, last changed on {}.",
            saved_work(&INSTRUMENTS, draft),
            draft.updated_at.to_string().get(..10).unwrap_or("")
        )
    });

    html! {
        <div class="pa-screen">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { "Before you start" }
            </h2>
            if let Some(welcome) = welcome {
                <div class="pa-panel pa-panel-welcome">
                    { para("", welcome.into()) }
                    { button("pa-button", "Resume where I left off".into(), resume) }
                    { para("pa-muted", "Starting something new below replaces these answers.".into()) }
                </div>
            }
            if let Some(current) = &props.in_progress {
                <div class="pa-panel">
                    { para("", format!("You are part way through: {}. \
                        Starting again below keeps these answers.",
                        saved_work(&INSTRUMENTS, current)).into()) }
                    { button("pa-button", "Continue answering".into(), send(&props.on, || Action::Back)) }
                </div>
            }
            <div class="pa-fields">
                <div class="pa-field">
                    <label for="pa-organization">{ "Your organization's name (optional)" }</label>
                    <input id="pa-organization" type="text" autocomplete="organization"
                        maxlength="200" value={props.organization.clone()}
                        oninput={on_organization} />
                </div>
                <div class="pa-field">
                    <label for="pa-role">{ "Your role (optional)" }</label>
                    <select id="pa-role" onchange={on_role}>
                        <option value="" selected={props.role.is_none()}>
                            { "Prefer not to say" }
                        </option>
                        { for RespondentRole::ALL.iter().map(|&r| html! {
                            <option value={r.id()} selected={props.role == Some(r)}>
                                { role_label(r) }
                            </option>
                        }) }
                    </select>
                </div>
            </div>

            <h2 class="pa-section-title">{ "Choose what to answer" }</h2>
            { para("", "Most people answer everything in one sitting. You can skip any question, \
                answer \"Don't know\", and come back later: your answers are kept on this device \
                as you go.".into()) }
            if props.scopes.first() == Some(&Scope::Full) {
                <ul class="pa-plain-list">
                    { scope_button(Scope::Full, &props.on) }
                </ul>
                { para("", "Or answer one part on its own:".into()) }
            }
            <ul class="pa-plain-list">
                { for props.scopes.iter().filter(|&&s| s != Scope::Full)
                    .map(|&scope| scope_button(scope, &props.on)) }
            </ul>

            <h2 class="pa-section-title">{ "Open a saved result" }</h2>
            { para("", "If you saved your results as a file before, open it to see them again \
                or to carry on answering.".into()) }
            <OpenFile label="Choose a saved file" on_file={props.on_file.clone()} />
            { crate::components::workshop::entry(&props.on_workshop) }
        </div>
    }
}

/// A button that starts `scope`, with its size beside it as the button's description.
#[inline(never)]
fn scope_button(scope: Scope, on: &Callback<Action>) -> Html {
    let id = format!("pa-scope-{}", scope_size_id(scope));
    let on = on.clone();
    let onclick = Callback::from(move |_: MouseEvent| on.emit(Action::Begin(scope)));
    let (class, label) = match scope {
        Scope::Full => ("pa-button", "Start the full assessment"),
        _ => ("pa-button pa-button-quiet", scope_title(scope)),
    };
    html! {
        <li>
            <button type="button" {class} {onclick} aria-describedby={id.clone()}>{ label }</button>
            <span class="pa-muted" {id}>{ scope_size(scope) }</span>
        </li>
    }
}

fn scope_size_id(scope: Scope) -> &'static str {
    match scope {
        Scope::Full => "full",
        Scope::Readiness => "readiness",
        Scope::Barriers => "barriers",
        Scope::Timing => "timing",
        Scope::Depth => "depth",
        Scope::Partners => "partners",
        Scope::Reflection => "reflection",
    }
}
