//! The table of files: what happened to each file chosen, used or left out and why.

use partnership_engine::words::workshop as words;
use partnership_engine::workshop::presentation::FileRow;
use yew::prelude::*;

use super::{part, row, table};

/// Every file's row, as the state worked them out when the files were read.
pub(super) fn files(report: &[FileRow]) -> Html {
    let rows = report.iter().map(|f| {
        let cells = [f.result.to_owned(), f.details.clone()];
        row(html! { f.name.clone() }, &cells)
    });
    part(
        words::files_title(),
        table(
            "pa-ws-files",
            words::files_caption(),
            &words::files_head(),
            html! { { for rows } },
        ),
    )
}
