//! The pieces that help a reader trust and understand the advice: the short glossary
//! (reachable from the questions and the results), the note on how the scores work, and
//! the reasons the suggested depth goes no deeper. Kept apart from the screens' layout.

use partnership_engine::explain::explain_depth_limit;
use partnership_engine::words::{glossary as g, results as w};
use partnership_engine::{INSTRUMENTS, Report};
use yew::prelude::*;

use crate::components::{list, para};
use crate::lang;

/// The glossary, folded: a few terms of the trade, each with a plain meaning.
#[inline(never)]
pub fn glossary() -> Html {
    html! {
        <details class="pa-why pa-glossary">
            <summary>{ g::heading() }</summary>
            <dl>
                { for g::ENTRIES.iter().map(|e| html! {
                    <>
                        <dt>{ e.term() }</dt>
                        <dd>{ e.meaning() }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}

/// The note on how the scores work, folded: the arithmetic, where the cut points come from and
/// what they are not, and the evidence the verdict needs.
#[inline(never)]
pub fn how_scores_work() -> Html {
    html! {
        <details class="pa-why pa-how-scores">
            <summary>{ w::how_scores_work_heading() }</summary>
            { for w::how_scores_work().into_iter().map(|p| para("", p.into())) }
        </details>
    }
}

/// Why the suggested depth goes no deeper: the timing verdict, a critical barrier, the
/// ambition. Nothing when no limit applies.
#[inline(never)]
pub fn depth_limits(report: &Report) -> Html {
    let limits: Vec<AttrValue> = report
        .depth
        .limits
        .iter()
        .map(|l| explain_depth_limit(&INSTRUMENTS, l, lang::tag()).into())
        .collect();
    if limits.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h4>{ w::depth_limits() }</h4>
            { list(false, limits) }
        </>
    }
}
