//! The group profile's parts: who is included, the readiness areas, where the group
//! disagrees most, each statement, the barriers, the timing verdicts, the partnership's
//! health, the roles and the organisations.

use partnership_engine::words::{checkup, workshop as words};
use partnership_engine::workshop::presentation::{self as say, AreaRow, ProfileText, SpreadBar};
use yew::prelude::*;

use super::{lines, part, row, rows, table};
use crate::components::para;

pub(super) fn overview(t: &ProfileText) -> Html {
    html! {
        <section class="pa-ws-part">
            <h3>{ words::overview_title() }</h3>
            <p class="pa-big">{ t.included.before.clone() }
                <span class="pa-big-number pa-ws-respondents">{ t.included.figure.clone() }</span>
                { t.included.after.clone() }</p>
            { para("", t.overview.clone().into()) }
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

pub(super) fn dimensions(t: &ProfileText) -> Html {
    part(
        words::dimensions_title(),
        area_chart("pa-ws-dimensions", words::dimensions_caption(), &t.areas),
    )
}

/// The chart of an overall score and its areas, with the same figures as a table.
fn area_chart(class: &'static str, caption: &'static str, areas: &[AreaRow]) -> Html {
    let chart = areas
        .iter()
        .map(|a| spread_row(a.row.title, a.bar.as_ref()));
    let table_rows = html! {
        { for areas.iter().map(|a| row(html! { a.row.title }, &a.row.cells)) }
    };
    html! {
        <figure class="pa-chart">
            <figcaption class="pa-muted">{ words::chart_caption() }</figcaption>
            <ul class="pa-chart-rows" aria-hidden="true">{ for chart }</ul>
            { table(class, caption, &words::dimensions_head(), table_rows) }
        </figure>
    }
}

/// The partnership's health, only when someone answered the health check.
pub(super) fn health(t: &ProfileText) -> Html {
    let Some(h) = &t.health else {
        return html! {};
    };
    part(
        words::health_title(),
        html! {
            <>
                { para("", h.answered.clone().into()) }
                { para("", h.overview.clone().into()) }
                { area_chart("pa-ws-health", words::health_caption(), &h.areas) }
                <h4>{ checkup::balance_title() }</h4>
                { lines("pa-ws-health-balance", &h.balance) }
                <h4>{ words::health_recommendations_title() }</h4>
                { lines("pa-ws-health-recommendations", &h.recommendations) }
            </>
        },
    )
}

pub(super) fn least_consensus(t: &ProfileText) -> Html {
    if t.topics.is_empty() {
        return part(
            words::disagreement_title(),
            para("", words::no_disagreement().into()),
        );
    }
    let entries = t.topics.iter().map(|topic| {
        html! {
            <li class="pa-ws-topic">
                <p><strong>{ topic.title }</strong></p>
                { para("pa-muted", topic.detail.clone().into()) }
                { para("pa-ws-prompt", topic.prompt.clone().into()) }
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

pub(super) fn items(t: &ProfileText) -> Html {
    let item_rows = t.items.iter().map(|i| {
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

pub(super) fn barriers(t: &ProfileText) -> Html {
    part(
        words::barriers_title(),
        html! {
            <>
                { para("pa-muted", say::barriers_note().into()) }
                { table("pa-ws-barriers", words::barriers_caption(), &words::barriers_head(), rows(&t.barriers)) }
            </>
        },
    )
}

pub(super) fn verdicts(t: &ProfileText) -> Html {
    part(
        words::verdicts_title(),
        html! {
            <>
                { table("pa-ws-verdicts", words::verdicts_caption(), &words::verdicts_head(), rows(&t.verdicts)) }
                { para("pa-ws-verdict-agreement", t.verdict_agreement.clone().into()) }
            </>
        },
    )
}

pub(super) fn subgroups(t: &ProfileText) -> Html {
    part(
        words::roles_title(),
        html! {
            <>
                { para("", say::privacy_notice().into()) }
                { lines("pa-ws-hidden", &t.hidden) }
                if t.roles.is_empty() {
                    { para("", words::no_roles().into()) }
                } else {
                    { table("pa-ws-subgroups", words::roles_caption(), &t.roles_head, rows(&t.roles)) }
                }
                if !t.gaps.is_empty() {
                    <h4>{ words::gaps_title() }</h4>
                    { lines("pa-ws-gaps", &t.gaps) }
                }
            </>
        },
    )
}

pub(super) fn organizations(t: &ProfileText) -> Html {
    let o = &t.organizations;
    let head: Vec<&str> = o.head.iter().map(String::as_str).collect();
    part(
        words::organizations_title(),
        html! {
            <>
                { lines("pa-ws-org-notes", &o.notes) }
                if !o.rows.is_empty() {
                    { table("pa-ws-organizations", words::organizations_caption(), &head, rows(&o.rows)) }
                }
                if !o.gaps.is_empty() {
                    <h4>{ words::organization_gaps_title() }</h4>
                    { lines("pa-ws-org-gaps", &o.gaps) }
                }
            </>
        },
    )
}
