//! The table of files: what happened to each file chosen, used or left out and why.

use std::rc::Rc;

use partnership_engine::words::workshop as words;
use partnership_engine::workshop::presentation::FileRow;
use yew::prelude::*;

use super::{part, row, table};

/// Every file's row, as the state worked them out when the files were read, in the runs
/// the state keeps them in: a run that did not change is not rendered again.
pub(super) fn files(report: &[Rc<[FileRow]>]) -> Html {
    let runs = report
        .iter()
        .enumerate()
        .map(|(i, run)| html! { <FileRun key={i} rows={run.clone()} /> });
    part(
        words::files_title(),
        table(
            "pa-ws-files",
            words::files_caption(),
            &words::files_head(),
            html! { { for runs } },
        ),
    )
}

#[derive(Properties)]
struct RunProps {
    rows: Rc<[FileRow]>,
}

impl PartialEq for RunProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.rows, &other.rows)
    }
}

/// A run of rows, rendered again only when the state gives it a new run.
#[component]
fn FileRun(props: &RunProps) -> Html {
    let rows = props.rows.iter().map(|f| {
        let cells = [f.result.to_owned(), f.details.clone()];
        row(html! { f.name.clone() }, &cells)
    });
    html! { { for rows } }
}
