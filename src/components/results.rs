//! The results screen: everything the engine concluded, with the reasons, in the order a
//! board member would read it.

use std::rc::Rc;

use partnership_engine::compare::{ScoreChange, compare};
use partnership_engine::evaluate;
use partnership_engine::explain::{
    action_sources, explain_action, explain_dimension_driver, explain_driver,
    explain_missing_threshold, explain_timing_reason,
};
use partnership_engine::flow::{self, Scope};
use partnership_engine::{
    Assessment, DimensionStatus, INSTRUMENTS, ReadinessBand, ReadinessScore, Report, RiskLevel,
};
use web_sys::File;
use yew::prelude::*;

use crate::components::files::OpenFile;
use crate::components::{button, list, para, send};
use crate::state::Action;
use crate::{LANG, tr};

pub struct ResultsProps {
    pub heading: NodeRef,
    pub scope: Scope,
    pub assessment: Rc<Assessment>,
    pub report: Rc<Report>,
    pub on: Callback<Action>,
    /// Save as a file: `false` for the results document (JSON), `true` for a spreadsheet.
    pub on_export: Callback<bool>,
    /// An earlier result to compare with, and why the last one could not be opened.
    pub earlier: Option<Rc<Assessment>>,
    pub compare_error: Option<String>,
    pub on_compare_file: Callback<File>,
}

fn band_class(band: Option<ReadinessBand>) -> &'static str {
    match band {
        Some(ReadinessBand::Strength) => "pa-chart-fill pa-band-strength",
        Some(ReadinessBand::Developing) => "pa-chart-fill pa-band-developing",
        Some(ReadinessBand::Concern) => "pa-chart-fill pa-band-concern",
        None => "pa-chart-fill",
    }
}

fn band_label(band: ReadinessBand) -> &'static str {
    tr(&INSTRUMENTS.readiness.band(band).label)
}

fn dimension_title(id: &str) -> &'static str {
    INSTRUMENTS
        .readiness
        .dimension(id)
        .map_or("An area of readiness", |d| tr(&d.title))
}

/// "62 (Developing)", or what stands in for a score.
fn score_text(d: &ReadinessScore) -> String {
    match (d.status, d.score, d.band) {
        (DimensionStatus::Scored, Some(s), Some(b)) => format!("{s} ({})", band_label(b)),
        (DimensionStatus::NotApplicable, ..) => "Not applicable".to_owned(),
        _ => format!(
            "Not enough answers yet ({} of {} answered)",
            d.answered, d.applicable
        ),
    }
}

/// A titled part of the results.
#[inline(never)]
fn part(id: &'static str, title: AttrValue, body: Html) -> Html {
    html! {
        <section class="pa-result" aria-labelledby={id}>
            <h3 {id}>{ title }</h3>
            { body }
        </section>
    }
}

/// A "why" disclosure with a list of sentences.
#[inline(never)]
fn why(summary: AttrValue, reasons: Vec<AttrValue>) -> Html {
    html! {
        <details class="pa-why">
            <summary>{ summary }</summary>
            { list(false, reasons) }
        </details>
    }
}

pub fn results(props: &ResultsProps) -> Html {
    let r = &props.report;
    let a = &props.assessment;
    let missing = flow::missing(&INSTRUMENTS, props.scope, &a.answers);
    let missing_list = missing.iter().map(|&(i, s, left)| {
        let on = props.on.clone();
        let go = Callback::from(move |_: MouseEvent| on.emit(Action::GoTo(i)));
        let label = format!("{}: {left} unanswered", tr(&s.title(&INSTRUMENTS)));
        html! { <li>{ button("pa-link", label.into(), go) }</li> }
    });
    let on_export = props.on_export.clone();
    let export = Callback::from(move |_: MouseEvent| on_export.emit(false));
    let on_export = props.on_export.clone();
    let export_csv = Callback::from(move |_: MouseEvent| on_export.emit(true));
    let about = format!(
        "{}Last changed on {}. These results are worked out on this device and change as you answer.",
        a.organization_name
            .as_deref()
            .map(|n| format!("{n}. "))
            .unwrap_or_default(),
        a.updated_at.to_string().get(..10).unwrap_or("")
    );

    html! {
        <div class="pa-screen pa-results">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { "Your results" }
            </h2>
            { para("pa-muted", about.into()) }
            <div class="pa-actions pa-no-print">
                { button("pa-button", "Save results as a file".into(), export) }
                { button("pa-button pa-button-quiet", "Save for a spreadsheet (CSV)".into(), export_csv) }
                { button("pa-button pa-button-quiet", "Print".into(), print_callback()) }
                { button("pa-button pa-button-quiet", "Back to the questions".into(), send(&props.on, || Action::Back)) }
                { button("pa-button pa-button-quiet", "Start page".into(), send(&props.on, || Action::ShowStart)) }
            </div>
            if !missing.is_empty() {
                <div class="pa-panel pa-panel-calm pa-no-print">
                    { para("", "Some questions are still unanswered. The results use what you \
                        have answered so far; answering more makes them surer.".into()) }
                    <ul class="pa-plain-list">{ for missing_list }</ul>
                </div>
            }
            { overall(r) }
            { areas(r) }
            { barriers(r) }
            { timing(r) }
            { depth(r) }
            { crate::components::partners::partner_results(&a.partners, &props.on,
                &flow::sections(&INSTRUMENTS, props.scope)) }
            { plan(r) }
            { reflections(a) }
            { compare_part(props) }
        </div>
    }
}

fn print_callback() -> Callback<MouseEvent> {
    Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    })
}

fn overall(report: &Report) -> Html {
    let rd = &report.readiness;
    let body = match (rd.index, rd.band) {
        (Some(index), Some(band)) => html! {
            <>
                <p class="pa-big">
                    <span class="pa-big-number">{ index }</span>
                    { format!(" out of 100: {}", band_label(band)) }
                </p>
                { para("", tr(&INSTRUMENTS.readiness.band(band).overall).into()) }
                { para("pa-muted", format!("Based on {} of {} areas. Areas without enough \
                    answers are left out, not counted as zero.", rd.valid_dimensions,
                    rd.total_dimensions).into()) }
                { why("Why this score".into(), rd.drivers.iter()
                    .map(|d| explain_dimension_driver(&INSTRUMENTS, d, LANG).into()).collect()) }
            </>
        },
        _ => para(
            "",
            "Not worked out yet: no area has enough answers. Answer at least three in five \
             statements in an area to see its score."
                .into(),
        ),
    };
    part("pa-overall", "Overall readiness".into(), body)
}

/// One row of the bar chart: the label, an SVG bar drawn here, and the score as text.
#[inline(never)]
fn chart_row(d: &ReadinessScore) -> Html {
    let width = d.score.unwrap_or(0).to_string();
    html! {
        <li class="pa-chart-row">
            <span class="pa-chart-label">{ dimension_title(d.dimension) }</span>
            <svg class="pa-chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                focusable="false">
                <rect class="pa-chart-track" x="0" y="0" width="100" height="10" />
                <rect class={band_class(d.band)} x="0" y="0" width={width} height="10" />
                <line class="pa-chart-mark" x1="50" x2="50" y1="0" y2="10" />
                <line class="pa-chart-mark" x1="75" x2="75" y1="0" y2="10" />
            </svg>
            <span class="pa-chart-value">{ score_text(d) }</span>
        </li>
    }
}

/// The areas as a bar chart with its table twin, strengths, concerns, knowledge gaps, and
/// each area in detail with the answers behind its score.
fn areas(report: &Report) -> Html {
    let rd = &report.readiness;
    let table_rows = rd.dimensions.iter().map(|d| {
        html! {
            <tr><th scope="row">{ dimension_title(d.dimension) }</th><td>{ score_text(d) }</td></tr>
        }
    });
    let in_band = |band: ReadinessBand, empty: &'static str| -> Html {
        let titles: Vec<AttrValue> = rd
            .dimensions
            .iter()
            .filter(|d| d.band == Some(band))
            .map(|d| dimension_title(d.dimension).into())
            .collect();
        if titles.is_empty() {
            para("pa-muted", empty.into())
        } else {
            list(false, titles)
        }
    };
    let gaps: Vec<AttrValue> = rd
        .dimensions
        .iter()
        .filter(|d| d.knowledge_gap)
        .filter_map(|d| INSTRUMENTS.readiness.dimension(d.dimension))
        .map(|d| format!("{}: {}", tr(&d.title), tr(&d.knowledge_gap)).into())
        .collect();
    let body = html! {
        <>
            <figure class="pa-chart">
                <figcaption class="pa-muted">
                    { "Scores out of 100. The marks show where \"developing\" (50) and \
                       \"strength\" (75) begin." }
                </figcaption>
                <ul class="pa-chart-rows" aria-hidden="true">
                    { for rd.dimensions.iter().map(chart_row) }
                </ul>
                <table class="pa-visually-hidden">
                    <caption>{ "Readiness score by area" }</caption>
                    <thead><tr><th scope="col">{ "Area" }</th><th scope="col">{ "Score" }</th></tr></thead>
                    <tbody>{ for table_rows }</tbody>
                </table>
            </figure>
            <div class="pa-two">
                <div>
                    <h4>{ "Strengths" }</h4>
                    { in_band(ReadinessBand::Strength, "No area is a strength yet.") }
                </div>
                <div>
                    <h4>{ "Concerns" }</h4>
                    { in_band(ReadinessBand::Concern, "No area is a concern.") }
                </div>
            </div>
            if !gaps.is_empty() {
                <h4>{ "What you do not know yet" }</h4>
                { list(false, gaps) }
            }
            <h4>{ "Each area in detail" }</h4>
            <div class="pa-area-details">{ for rd.dimensions.iter().map(area_detail) }</div>
        </>
    };
    part("pa-areas", "The eight areas of readiness".into(), body)
}

#[inline(never)]
fn area_detail(d: &ReadinessScore) -> Html {
    let title = dimension_title(d.dimension);
    let outcome = match (INSTRUMENTS.readiness.dimension(d.dimension), d.band) {
        (Some(def), Some(band)) => tr(def.outcome.get(band)),
        _ => "",
    };
    let reasons = d
        .drivers
        .iter()
        .map(|driver| {
            let e = explain_driver(&INSTRUMENTS, driver, LANG);
            format!(
                "“{}” You answered “{}”. {}",
                e.statement, e.answer, e.effect
            )
            .into()
        })
        .collect::<Vec<AttrValue>>();
    html! {
        <div class="pa-area">
            <p><strong>{ title }{ ": " }</strong>{ score_text(d) }</p>
            if !outcome.is_empty() {
                { para("", outcome.into()) }
            }
            if !reasons.is_empty() {
                { why(format!("Why {title} scored {}", d.score.unwrap_or(0)).into(), reasons) }
            }
        </div>
    }
}

fn risk_class(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Low => "pa-tag pa-risk-low",
        RiskLevel::Moderate => "pa-tag pa-risk-moderate",
        RiskLevel::High => "pa-tag pa-risk-high",
        RiskLevel::Critical => "pa-tag pa-risk-critical",
    }
}

fn barriers(report: &Report) -> Html {
    let b = &report.barriers;
    let inst = &INSTRUMENTS.barriers;
    let items = b.ranked.iter().filter_map(|risk| {
        let def = inst.barrier(risk.barrier)?;
        let band = inst.band(risk.level);
        let detail = format!(
            "Risk {} of 16: present “{}” × harm “{}”.",
            risk.risk,
            tr(&inst.presence_labels[usize::from(risk.presence.min(4))]),
            tr(&inst.harm_labels[usize::from(risk.harm.min(4))])
        );
        Some(html! {
            <li class={if risk.level == RiskLevel::Low { "pa-barrier-result pa-barrier-low" } else { "pa-barrier-result" }}>
                <p>
                    <strong>{ tr(&def.title) }</strong>{ " " }
                    <span class={risk_class(risk.level)}>{ tr(&band.label) }</span>
                </p>
                { para("pa-muted", detail.into()) }
                { para("", tr(&band.meaning).into()) }
                { list(false, def.mitigations.iter().map(|m| tr(&m.text).into()).collect()) }
            </li>
        })
    });
    let body = html! {
        <>
            if b.ranked.is_empty() {
                { para("pa-muted", "No barrier has both of its questions answered yet.".into()) }
            } else {
                <ol class="pa-ranked">{ for items }</ol>
            }
            if !b.unrated.is_empty() {
                { para("pa-muted", format!("{} of {} barriers are not rated yet: each needs both \
                    how present it is and how much harm it would do.", b.unrated.len(),
                    inst.barriers.len()).into()) }
            }
        </>
    };
    part(
        "pa-barriers",
        "What could get in the way, most serious first".into(),
        body,
    )
}

fn timing(report: &Report) -> Html {
    let t = &report.timing;
    let inst = &INSTRUMENTS.timing;
    let verdict = inst.verdict(t.verdict);
    let warnings: Vec<AttrValue> = t
        .warnings
        .iter()
        .filter_map(|w| inst.warnings.iter().find(|x| x.id == w.warning))
        .map(|w| format!("{} {}", tr(&w.text), tr(&w.advice)).into())
        .collect();
    let body = html! {
        <>
            { para("", tr(&verdict.summary).into()) }
            <h4>{ "The reasons" }</h4>
            <ul>
                { for t.reasons.iter().map(|reason| {
                    let class = if reason.is_obstacle() { "pa-obstacle" } else { "" };
                    html! { <li {class}>{ explain_timing_reason(&INSTRUMENTS, reason, LANG) }</li> }
                }) }
            </ul>
            if !warnings.is_empty() {
                <h4>{ "Warning signs to deal with" }</h4>
                { list(false, warnings) }
            }
            <h4>{ "Next steps for this verdict" }</h4>
            { list(true, verdict.next_steps.iter().map(|s| tr(s).into()).collect()) }
        </>
    };
    part(
        "pa-timing",
        format!("Is now the right time? {}", tr(&verdict.title)).into(),
        body,
    )
}

fn depth(report: &Report) -> Html {
    let inst = &INSTRUMENTS.depth;
    let d = &report.depth;
    let recommended = match d.recommended {
        Some(level) => {
            let def = inst.level(level);
            html! {
                <>
                    <p><strong>{ format!("Where to start: {}", tr(&def.title)) }</strong></p>
                    { para("", tr(&def.description).into()) }
                </>
            }
        }
        None => para(
            "",
            "There is no recommended depth yet: even sharing resources needs a few more \
             answers or a stronger base."
                .into(),
        ),
    };
    let next = d.next.as_ref().map(|next| {
        let mut reasons: Vec<AttrValue> = next
            .missing
            .iter()
            .map(|m| explain_missing_threshold(&INSTRUMENTS, m, LANG).into())
            .collect();
        if next.beyond_ambition {
            reasons.push("This goes further than you said you hope to go.".into());
        }
        html! {
            <>
                <h4>{ format!("What would open the next level: {}", tr(&inst.level(next.level).title)) }</h4>
                { list(false, reasons) }
                if let Some(current) = d.recommended {
                    { para("", tr(&inst.level(current).unlock).into()) }
                }
            </>
        }
    });
    let stage = report.stage.map(|s| {
        let def = inst.stage(s.stage);
        html! {
            <>
                <h4>{ format!("Where you are now: {}", tr(&def.title)) }</h4>
                { list(true, def.next_steps.iter().map(|x| tr(x).into()).collect()) }
            </>
        }
    });
    let ambition = d.ambition.map(|a| {
        para(
            "pa-muted",
            format!("You hope to reach: {}.", tr(&inst.level(a).title)).into(),
        )
    });
    let body = html! {
        <>
            { recommended }
            { for ambition }
            { for next }
            { for stage }
        </>
    };
    part("pa-depth", "How deep to go".into(), body)
}

fn plan(report: &Report) -> Html {
    let steps = report.action_plan.iter().map(|action| {
        let sources: Vec<AttrValue> = action_sources(&INSTRUMENTS, action)
            .iter()
            .map(|s| tr(s).into())
            .collect();
        html! {
            <li>
                <p><strong>{ action.text.as_ref().map(tr).unwrap_or("") }</strong></p>
                { para("pa-muted", explain_action(&INSTRUMENTS, action, LANG).into()) }
                if !sources.is_empty() {
                    { why("The answers behind this step".into(), sources) }
                }
            </li>
        }
    });
    part(
        "pa-plan",
        "Your next steps".into(),
        html! { <ol class="pa-plan">{ for steps }</ol> },
    )
}

fn reflections(assessment: &Assessment) -> Html {
    let answers = &assessment.answers.reflections;
    if answers.is_empty() {
        return html! {};
    }
    let notes = INSTRUMENTS.reflection.prompts.iter().filter_map(|p| {
        answers.get(p.id).map(|text| {
            html! {
                <div class="pa-note">
                    <p><strong>{ tr(&p.text) }</strong></p>
                    { para("pa-note-text", text.clone().into()) }
                </div>
            }
        })
    });
    part(
        "pa-reflections",
        "Your notes".into(),
        html! { <>{ for notes }</> },
    )
}

fn score_or_dash(v: Option<u8>) -> String {
    v.map_or_else(|| "not scored".to_owned(), |v| v.to_string())
}

#[inline(never)]
fn change_row(what: &'static str, change: &ScoreChange) -> Html {
    html! {
        <tr>
            <th scope="row">{ what }</th>
            <td>{ score_or_dash(change.before) }</td>
            <td>{ score_or_dash(change.after) }</td>
            <td>{ change.describe() }</td>
        </tr>
    }
}

/// "Compare with an earlier result": the change per area, in the index and per barrier.
fn compare_part(props: &ResultsProps) -> Html {
    let table = props.earlier.as_ref().map(|earlier| {
        let c = compare(&evaluate(&earlier.answers), &props.report);
        let caption = format!(
            "Compared with the result last changed on {}",
            earlier.updated_at.to_string().get(..10).unwrap_or("")
        );
        let barriers = c.barriers.iter().filter(|b| b.before.is_some() || b.after.is_some());
        let on = props.on.clone();
        let clear = Callback::from(move |_: MouseEvent| on.emit(Action::ClearComparison));
        html! {
            <>
                <table class="pa-compare">
                    <caption>{ caption }</caption>
                    <thead><tr>
                        <th scope="col">{ "Readiness" }</th><th scope="col">{ "Before" }</th>
                        <th scope="col">{ "Now" }</th><th scope="col">{ "Change" }</th>
                    </tr></thead>
                    <tbody>
                        { change_row("Overall readiness", &c.index) }
                        { for c.dimensions.iter().map(|d| change_row(dimension_title(d.id), d)) }
                    </tbody>
                </table>
                <table class="pa-compare">
                    <caption>{ "Barrier risk, 0 to 16 (lower is better)" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Barrier" }</th><th scope="col">{ "Before" }</th>
                        <th scope="col">{ "Now" }</th><th scope="col">{ "Change" }</th>
                    </tr></thead>
                    <tbody>
                        { for barriers.map(|b| change_row(INSTRUMENTS.barriers.barrier(b.id).map_or("", |x| tr(&x.title)), b)) }
                    </tbody>
                </table>
                { button("pa-button pa-button-quiet pa-no-print", "Stop comparing".into(), clear) }
            </>
        }
    });
    let body = html! {
        <>
            { para("pa-no-print", "Open a result you saved earlier to see what has changed \
                since then. Your current answers stay as they are.".into()) }
            <div class="pa-no-print">
                <OpenFile label="Choose an earlier result" on_file={props.on_compare_file.clone()} />
            </div>
            <div role="alert">
                if let Some(error) = &props.compare_error {
                    { para("pa-panel pa-panel-error", format!("That file could not be \
                        compared. {error}").into()) }
                }
            </div>
            { for table }
        </>
    };
    let section = part("pa-compare", "Compare with an earlier result".into(), body);
    if props.earlier.is_some() {
        section
    } else {
        // Nothing to compare yet: the section is only a control, so it stays off paper.
        html! { <div class="pa-no-print">{ section }</div> }
    }
}
