//! Workshop mode's screens: the facilitator's entry on the start screen ([`entry`]), the
//! merge of everyone's files with a report per file ([`report`]), the group profile
//! ([`profile`]), and the presenter view ([`presenter`]).
//!
//! Every figure, label and sentence comes from `partnership_engine::workshop::presentation`
//! (worked out by the state once per change: the file table, the profile's text, the
//! presenter topic) and `partnership_engine::words::workshop`; these functions only lay
//! them out and send the facilitator's intents back.

mod entry;
mod presenter;
mod profile;
mod report;

pub use entry::entry;
pub use presenter::PRESENTER_ID;

use partnership_engine::words::{common, workshop as words};
use partnership_engine::workshop::presentation::{self, Row};
use yew::prelude::*;

use crate::components::files::OpenFile;
use crate::components::{button, para};
use crate::dom::PickedFile;
use crate::state::Download;
use crate::state::workshop::{WorkshopIntent, WorkshopState};

/// What the workshop screen lays out, and where the facilitator's intents go.
pub struct WorkshopProps<'a> {
    pub heading: NodeRef,
    pub state: &'a WorkshopState,
    pub on: Callback<WorkshopIntent>,
    /// Files chosen or dropped, for the app to read.
    pub on_files: Callback<Vec<PickedFile>>,
    /// Save the group summary.
    pub on_save: Callback<Download>,
    pub on_print: Callback<()>,
    /// Show the presenter view on the whole screen, or leave full screen.
    pub on_full_screen: Callback<()>,
}

/// The workshop screen, or the presenter view while presenting.
pub fn workshop(props: &WorkshopProps) -> Html {
    let s = props.state;
    if let Some(shown) = &s.showing {
        return presenter::presenter(props, shown);
    }
    let label = presentation::file_button(s.file_count());
    html! {
        <div class="pa-screen pa-ws">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { words::title() }
            </h2>
            { para("", words::intro().into()) }
            { para("pa-muted", words::privacy().into()) }
            <div class="pa-no-print">
                <OpenFile label={label} on_file={Callback::noop()} on_files={props.on_files.clone()} />
            </div>
            <div class="pa-ws-status" role="status">
                if let Some(message) = &s.message {
                    { para("pa-panel pa-panel-ok", message.clone().into()) }
                }
            </div>
            if let Some(t) = &s.profile_text {
                { actions(props) }
                { report::files(&s.report) }
                { profile::overview(t) }
                { profile::dimensions(t) }
                { profile::least_consensus(t) }
                { profile::items(t) }
                { profile::barriers(t) }
                { profile::verdicts(t) }
                { profile::health(t) }
                { profile::subgroups(t) }
                { profile::organizations(t) }
            }
            <div class="pa-actions pa-no-print">
                { ws_button("pa-button pa-button-quiet", words::back(), &props.on, || WorkshopIntent::Leave) }
            </div>
        </div>
    }
}

fn actions(props: &WorkshopProps) -> Html {
    let on = &props.on;
    let save = props.on_save.reform(|_: MouseEvent| Download::GroupSummary);
    let save_csv = props
        .on_save
        .reform(|_: MouseEvent| Download::GroupSpreadsheet);
    let print = props.on_print.reform(|_: MouseEvent| ());
    html! {
        <div class="pa-actions pa-no-print">
            { ws_button("pa-button", words::present(), on, || WorkshopIntent::Present) }
            { button("pa-button pa-button-quiet", words::save_summary().into(), save) }
            { button("pa-button pa-button-quiet", words::save_spreadsheet().into(), save_csv) }
            { button("pa-button pa-button-quiet", common::print().into(), print) }
            { ws_button("pa-button pa-button-quiet", words::start_over(), on, || WorkshopIntent::StartOver) }
        </div>
    }
}

/// A button that sends one workshop intent.
#[inline(never)]
fn ws_button(
    class: &'static str,
    label: &'static str,
    on: &Callback<WorkshopIntent>,
    make: fn() -> WorkshopIntent,
) -> Html {
    button(class, label.into(), on.reform(move |_: MouseEvent| make()))
}

/// A titled part of the profile.
#[inline(never)]
fn part(title: &'static str, body: Html) -> Html {
    html! {
        <section class="pa-ws-part">
            <h3>{ title }</h3>
            { body }
        </section>
    }
}

/// A table that scrolls sideways on a narrow screen (focusable, so keyboards can scroll).
#[inline(never)]
fn table(class: &'static str, caption: &'static str, head: &[&str], rows: Html) -> Html {
    html! {
        <div class="pa-ws-scroll" tabindex="0" role="region" aria-label={caption}>
            <table class={classes!("pa-ws-table", class)}>
                <caption>{ caption }</caption>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h.to_string() }</th> }) }</tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

/// One row of a table: its heading cell, then a cell per text.
#[inline(never)]
fn row(head: Html, cells: &[String]) -> Html {
    html! {
        <tr>
            <th scope="row">{ head }</th>
            { for cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
        </tr>
    }
}

/// The rows of a table of figures, each titled.
fn rows(rows: &[Row]) -> Html {
    html! { { for rows.iter().map(|r| row(html! { r.title }, &r.cells)) } }
}

/// A list of plain lines with a class, or nothing when there are none.
#[inline(never)]
fn lines(class: &'static str, lines: &[String]) -> Html {
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <ul {class}>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
    }
}
