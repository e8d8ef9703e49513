//! The group profile's parts: who is included, the readiness areas, where the group
//! disagrees most, each statement, the barriers, the timing verdicts and the roles.

use partnership_engine::words::workshop as words;
use partnership_engine::workshop::presentation::{self as say, AreaRow, SpreadBar};
use partnership_engine::workshop::{GroupProfile, WorkshopProfile};
use yew::prelude::*;

use super::{part, row, rows, table};
use crate::components::para;
use crate::state::workshop::WORDING;

pub(super) fn overview(g: &GroupProfile) -> Html {
    html! {
        <section class="pa-part">
            <h3>{ words::overview_title() }</h3>
            <p class="pa-big"><span class="pa-big-number pa-ws-respondents">{ g.respondents }</span>
                { say::included(g.respondents) }</p>
            { para("", say::overview(&g.index.stats).into()) }
        </section>
    }
}

/// One row of the area chart: lowest to highest as a thin bar, the average ± one standard
/// deviation as a box, and the average as a mark; all on 0..=100.
#[inline(never)]
fn spread_row(title: &'static str, bar: Option<&SpreadBar>) -> Html {
    let Some(b) = bar else {
        return html! {
            <li class="pa-chart-row">
                <span class="pa-chart-label">{ title }</span>
                <span class="pa-chart-value">{ words::too_few_answers() }</span>
            </li>
        };
    };
    html! {
        <li class="pa-chart-row">
            <span class="pa-chart-label">{ title }</span>
            <svg class="pa-chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect class="pa-chart-track" x="0" y="0" width="100" height="10" />
                <rect class="pa-ws-range" x={b.range_from.clone()} y="4" width={b.range_width.clone()} height="2" />
                <rect class="pa-ws-sd" x={b.box_from.clone()} y="2" width={b.box_width.clone()} height="6" />
                <rect class="pa-ws-mean" x={b.mark_at.clone()} y="0" width="1" height="10" />
            </svg>
            <span class="pa-chart-value">{ b.mean.clone() }</span>
        </li>
    }
}

pub(super) fn dimensions(g: &GroupProfile) -> Html {
    let areas = say::areas(WORDING, g);
    let chart = areas
        .iter()
        .map(|a: &AreaRow| spread_row(a.row.title, a.bar.as_ref()));
    let table_rows = html! {
        { for areas.iter().map(|a| row(html! { a.row.title }, &a.row.cells)) }
    };
    part(
        words::dimensions_title(),
        html! {
            <figure class="pa-chart">
                <figcaption class="pa-muted">{ words::chart_caption() }</figcaption>
                <ul class="pa-chart-rows" aria-hidden="true">{ for chart }</ul>
                { table("pa-ws-dimensions", words::dimensions_caption(), &words::dimensions_head(), table_rows) }
            </figure>
        },
    )
}

pub(super) fn least_consensus(p: &WorkshopProfile) -> Html {
    let topics = say::disagreements(WORDING, p);
    if topics.is_empty() {
        return part(
            words::disagreement_title(),
            para("", words::no_disagreement().into()),
        );
    }
    let entries = topics.into_iter().map(|t| {
        html! {
            <li class="pa-ws-topic">
                <p><strong>{ t.title }</strong></p>
                { para("pa-muted", t.detail.into()) }
                { para("pa-ws-prompt", t.prompt.into()) }
            </li>
        }
    });
    part(
        words::disagreement_title(),
        html! {
            <>
                { para("", words::disagreement_lead().into()) }
                <ol class="pa-ws-topics">{ for entries }</ol>
            </>
        },
    )
}

/// The answers to one statement as a stacked bar, strongly disagree to strongly agree.
#[inline(never)]
fn distribution_bar(counts: &[u32; 5]) -> Html {
    let total: u32 = counts.iter().sum();
    if total == 0 {
        return html! {};
    }
    let mut x = 0;
    let segments = counts.iter().zip(SEGMENT_CLASSES).map(|(&c, class)| {
        let at = x;
        x += c;
        html! {
            <rect {class} x={at.to_string()} y="0" width={c.to_string()} height="1" />
        }
    });
    html! {
        <svg class="pa-ws-dist" viewBox={format!("0 0 {total} 1")} preserveAspectRatio="none"
            focusable="false" aria-hidden="true">
            { for segments.collect::<Vec<_>>() }
        </svg>
    }
}

const SEGMENT_CLASSES: [&str; 5] = [
    "pa-ws-seg0",
    "pa-ws-seg1",
    "pa-ws-seg2",
    "pa-ws-seg3",
    "pa-ws-seg4",
];

pub(super) fn items(g: &GroupProfile) -> Html {
    let items = say::items(WORDING, g);
    let item_rows = items.iter().map(|i| {
        row(
            html! { <>{ i.row.title }{ distribution_bar(&i.counts) }</> },
            &i.row.cells,
        )
    });
    part(
        words::items_title(),
        html! {
            <>
                { para("pa-muted", say::items_note().into()) }
                { table("pa-ws-items", words::items_caption(), &words::items_head(), html! { { for item_rows } }) }
            </>
        },
    )
}

pub(super) fn barriers(g: &GroupProfile) -> Html {
    let barrier_rows: Vec<_> = g
        .barriers
        .iter()
        .map(|b| say::barrier_row(WORDING, b))
        .collect();
    part(
        words::barriers_title(),
        html! {
            <>
                { para("pa-muted", say::barriers_note().into()) }
                { table("pa-ws-barriers", words::barriers_caption(), &words::barriers_head(), rows(&barrier_rows)) }
            </>
        },
    )
}

pub(super) fn verdicts(g: &GroupProfile) -> Html {
    let verdict_rows = say::verdict_rows(WORDING, &g.verdicts);
    part(
        words::verdicts_title(),
        html! {
            <>
                { table("pa-ws-verdicts", words::verdicts_caption(), &words::verdicts_head(), rows(&verdict_rows)) }
                { para("pa-ws-verdict-agreement", say::verdict_agreement(&g.verdicts).into()) }
            </>
        },
    )
}

pub(super) fn subgroups(p: &WorkshopProfile) -> Html {
    let hidden = p
        .hidden_groups
        .iter()
        .map(|h| html! { <li>{ say::hidden_group(h) }</li> });
    let gaps = p
        .gaps
        .iter()
        .map(|g| html! { <li>{ say::gap_line(WORDING, g) }</li> });
    part(
        words::roles_title(),
        html! {
            <>
                { para("", say::privacy_notice().into()) }
                if !p.hidden_groups.is_empty() {
                    <ul class="pa-ws-hidden">{ for hidden }</ul>
                }
                if p.subgroups.is_empty() {
                    { para("", words::no_roles().into()) }
                } else {
                    { table("pa-ws-subgroups", words::roles_caption(), &say::roles_head(p),
                        rows(&say::role_rows(WORDING, p))) }
                }
                if !p.gaps.is_empty() {
                    <h4>{ words::gaps_title() }</h4>
                    <ul class="pa-ws-gaps">{ for gaps }</ul>
                }
            </>
        },
    )
}
