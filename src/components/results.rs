//! The results screen: everything the engine concluded, with the reasons, in the order a
//! board member would read it.

use std::rc::Rc;

use partnership_engine::compare::{Comparison, ScoreChange};
use partnership_engine::explain::{
    action_sources, action_text, area_status_text, barrier_name, dimension_name, explain_action,
    explain_barrier_risk, explain_dimension_driver, explain_driver_sentence, explain_knowledge_gap,
    explain_missing_threshold, explain_timing_reason, explain_warning,
};
use partnership_engine::flow::{Scope, Section, health_missing_section};
use partnership_engine::instrument::ReadinessInstrument;
use partnership_engine::partners::Portfolio;
use partnership_engine::plan::PlanStep;
use partnership_engine::readiness::ReadinessReport;
use partnership_engine::summary::{first_steps, health_first, top_risks};
use partnership_engine::words::{checkup as hw, common, results as w, summary as sw};
use partnership_engine::{
    Assessment, HealthReport, INSTRUMENTS, ReadinessBand, ReadinessScore, Report, RiskLevel,
    StageSteps,
};
use yew::prelude::*;

use crate::components::files::OpenFile;
use crate::components::fold::Fold;
use crate::components::{button, list, para, send};
use crate::dom::PickedFile;
use crate::lang::{self, tr};
use crate::state::{Action, Download};

pub struct ResultsProps {
    pub heading: NodeRef,
    pub scope: Scope,
    /// The sections of that scope, for the links to what is still to answer.
    pub sections: Vec<Section>,
    pub assessment: Rc<Assessment>,
    pub report: Rc<Report>,
    /// What the partner list covers, worked out by the reducer.
    pub portfolio: Rc<Portfolio>,
    pub on: Callback<Action>,
    /// Save the results document or the spreadsheet.
    pub on_save: Callback<Download>,
    pub on_print: Callback<()>,
    /// An earlier result to compare with, the change since then, and why the last one could
    /// not be opened.
    pub earlier: Option<Rc<Assessment>>,
    pub comparison: Option<Rc<Comparison>>,
    pub compare_error: Option<String>,
    pub on_compare_file: Callback<PickedFile>,
}

fn band_class(band: Option<ReadinessBand>) -> &'static str {
    match band {
        Some(ReadinessBand::Strength) => "pa-chart-fill pa-band-strength",
        Some(ReadinessBand::Developing) => "pa-chart-fill pa-band-developing",
        Some(ReadinessBand::Concern) => "pa-chart-fill pa-band-concern",
        None => "pa-chart-fill",
    }
}

fn band_label(inst: &'static ReadinessInstrument, band: ReadinessBand) -> &'static str {
    tr(&inst.band(band).label)
}

/// An area's status beside its bar (its score and band, or why it has none), in its
/// instrument's bands.
fn status(inst: &'static ReadinessInstrument, d: &ReadinessScore) -> String {
    area_status_text(inst, d, lang::tag())
}

fn dimension_title(id: &str) -> &'static str {
    dimension_name(&INSTRUMENTS, id, lang::tag())
}

/// A titled part of the results that folds away on a phone ([`Fold`]).
#[inline(never)]
fn part(id: &'static str, title: AttrValue, body: Html) -> Html {
    html! { <Fold id={id} {title}>{ body }</Fold> }
}

/// The id focus moves to when a comparison opens (its first table) or closes (the button
/// that opens an earlier result).
pub fn compare_focus_id(comparing: bool) -> &'static str {
    if comparing {
        "pa-compare-result"
    } else {
        "pa-compare-choose"
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
    let missing = w::unanswered_sections(&INSTRUMENTS, props.scope, &a.answers, lang::tag());
    let missing_list = missing.iter().map(|(i, label)| {
        let (on, i) = (props.on.clone(), *i);
        let go = Callback::from(move |_: MouseEvent| on.emit(Action::GoTo(i)));
        html! { <li>{ button("pa-link", label.clone().into(), go) }</li> }
    });
    let export = props.on_save.reform(|_: MouseEvent| Download::Results);
    let export_csv = props.on_save.reform(|_: MouseEvent| Download::Spreadsheet);
    let about = w::about(a.organization_name.as_deref(), a.updated_at);
    let lead = health_first(r, &a.answers);
    let health = health(r, lead.is_some(), &props.sections, &props.on);
    let (first, later) = match lead {
        Some(_) => (health, Html::default()),
        None => (Html::default(), health),
    };

    html! {
        <div class="pa-screen pa-results">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { w::title() }
            </h2>
            { para("pa-muted", about.into()) }
            { summary(r, lead) }
            <div class="pa-actions pa-no-print">
                { button("pa-button", w::save_file().into(), export) }
                { button("pa-button pa-button-quiet", w::save_spreadsheet().into(), export_csv) }
                { button("pa-button pa-button-quiet", common::print().into(), props.on_print.reform(|_: MouseEvent| ())) }
            </div>
            if !missing.is_empty() {
                <div class="pa-panel pa-panel-calm pa-no-print">
                    { para("", w::unanswered_intro().into()) }
                    <ul class="pa-plain-list">{ for missing_list }</ul>
                </div>
            }
            { para("pa-muted pa-no-print", sw::details_follow().into()) }
            // The health check comes first when it leads the summary.
            { first }
            { overall(r) }
            { crate::components::glossary::how_scores_work() }
            { areas(r) }
            { later }
            { barriers(r) }
            { timing(r) }
            { depth(r, &props.sections, &props.on) }
            { crate::components::partners::partner_results(&a.partners, &props.portfolio, &props.on,
                &props.sections) }
            { plan(r) }
            { reflections(a) }
            { crate::components::glossary::glossary() }
            { compare_part(props) }
            <div class="pa-actions pa-no-print">
                { button("pa-button pa-button-quiet", w::back_to_questions().into(), send(&props.on, || Action::Back)) }
                { button("pa-button pa-button-quiet", w::start_page().into(), send(&props.on, || Action::ShowStart)) }
            </div>
        </div>
    }
}

/// The short answer, first on the screen and on paper: readiness and its band, the timing
/// verdict in a sentence, the biggest risks, where to start and the first next steps; or,
/// when the health check is the main thing answered (`lead`), the partnership's health,
/// what to do with it and its first steps.
fn summary(report: &Report, lead: Option<&HealthReport>) -> Html {
    let top = match lead {
        Some(h) => health_summary(h),
        None => readiness_summary(report),
    };
    let steps: Vec<AttrValue> = first_steps(report)
        .into_iter()
        .map(|s| action_text(s, lang::tag()).into())
        .collect();
    let steps_title = sw::steps_title(steps.len());
    let steps = if steps.is_empty() {
        para("pa-muted", sw::no_steps().into())
    } else {
        list(true, steps)
    };
    html! {
        <section class="pa-summary" aria-labelledby="pa-summary-title">
            <h3 id="pa-summary-title" class="pa-summary-title">{ sw::title() }</h3>
            { top }
            <h4>{ steps_title }</h4>
            { steps }
        </section>
    }
}

/// The overall score of an instrument shaped like readiness, large, or why there is none.
#[inline(never)]
fn score_or(inst: &'static ReadinessInstrument, rd: &ReadinessReport, none: AttrValue) -> Html {
    match (rd.index, rd.band) {
        (Some(index), Some(band)) => big_score(index, band_label(inst, band)),
        _ => para("", none),
    }
}

/// The top of the results when the health check leads: its score, what to do with the
/// partnership (or what to answer first) and the imbalance warning.
fn health_summary(h: &HealthReport) -> Html {
    let inst = &INSTRUMENTS.health;
    html! {
        <>
            { score_or(&inst.scored, &h.areas, hw::no_overall().into()) }
            { recommendation(h) }
            { imbalance(h) }
        </>
    }
}

/// What to do with the partnership in a sentence, or that there are not enough answers.
#[inline(never)]
fn recommendation(h: &HealthReport) -> Html {
    match h.recommendation {
        Some(r) => html! {
            <p class="pa-summary-verdict">
                <strong>{ hw::recommendation(r).text() }</strong>{ common::word_gap() }{ hw::recommendation_summary(r) }
            </p>
        },
        None => para("", hw::not_enough().into()),
    }
}

/// The imbalance-of-work warning, when it applies.
#[inline(never)]
fn imbalance(h: &HealthReport) -> Html {
    if h.imbalance_warning() {
        para("pa-panel pa-panel-warning", hw::imbalance_warning().into())
    } else {
        html! {}
    }
}

fn readiness_summary(report: &Report) -> Html {
    let rd = &report.readiness;
    let score = score_or(&INSTRUMENTS.readiness, rd, w::not_worked_out().into());
    let verdict = INSTRUMENTS.timing.verdict(report.timing.verdict);
    let risks: Vec<AttrValue> = top_risks(report)
        .into_iter()
        .filter_map(|r| {
            let def = INSTRUMENTS.barriers.barrier(r.barrier)?;
            let level = tr(&INSTRUMENTS.barriers.band(r.level).label);
            Some(sw::risk(tr(&def.title), level).into())
        })
        .collect();
    let risks = if !risks.is_empty() {
        list(false, risks)
    } else if report.barriers.ranked.is_empty() {
        para("pa-muted", sw::risks_not_rated().into())
    } else {
        para("", sw::no_big_risk().into())
    };
    let start = report.depth.recommended.map(|level| {
        html! {
            <p><strong>{ sw::start_with() }</strong>{ tr(&INSTRUMENTS.depth.level(level).title) }</p>
        }
    });
    html! {
        <>
            { score }
            <p class="pa-summary-verdict">
                <strong>{ sw::verdict(tr(&verdict.title)) }</strong>{ common::word_gap() }{ tr(&verdict.summary) }
            </p>
            { for start }
            <h4>{ sw::risks_title() }</h4>
            { risks }
        </>
    }
}

/// The overall score as one sentence, its number set large.
#[inline(never)]
fn big_score(index: u8, band: &'static str) -> Html {
    let (before, number, after) = w::out_of_max(index, band);
    html! {
        <p class="pa-big">
            { before }<span class="pa-big-number">{ number }</span>{ after }
        </p>
    }
}

fn overall(report: &Report) -> Html {
    let body = overall_score(
        &INSTRUMENTS.readiness,
        &report.readiness,
        w::not_worked_out().into(),
    );
    part("pa-overall", w::overall_readiness().into(), body)
}

/// The overall score of an instrument shaped like readiness: large, what its band means,
/// what it rests on and why; or `none`.
#[inline(never)]
fn overall_score(
    inst: &'static ReadinessInstrument,
    rd: &ReadinessReport,
    none: AttrValue,
) -> Html {
    match (rd.index, rd.band) {
        (Some(index), Some(band)) => html! {
            <>
                { big_score(index, band_label(inst, band)) }
                { para("", tr(&inst.band(band).overall).into()) }
                { para("pa-muted", w::based_on(rd.valid_dimensions, rd.total_dimensions).into()) }
                { why(w::why_this_score().into(), rd.drivers.iter()
                    .map(|d| explain_dimension_driver(&INSTRUMENTS, d, lang::tag()).into()).collect()) }
            </>
        },
        _ => para("", none),
    }
}

/// One row of the bar chart: the label, an SVG bar drawn here, and the score as text.
#[inline(never)]
fn chart_row(bands: &'static ReadinessInstrument, d: &ReadinessScore) -> Html {
    let width = d.score.unwrap_or(0).to_string();
    // The marks stand where the developing and strength bands begin.
    let developing = bands.band(ReadinessBand::Developing).min.to_string();
    let strength = bands.band(ReadinessBand::Strength).min.to_string();
    html! {
        <li class="pa-chart-row">
            <span class="pa-chart-label">{ dimension_title(d.dimension) }</span>
            <svg class="pa-chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                focusable="false">
                <rect class="pa-chart-track" x="0" y="0" width="100" height="10" />
                <rect class={band_class(d.band)} x="0" y="0" width={width} height="10" />
                <line class="pa-chart-mark" x1={developing.clone()} x2={developing} y1="0" y2="10" />
                <line class="pa-chart-mark" x1={strength.clone()} x2={strength} y1="0" y2="10" />
            </svg>
            <span class="pa-chart-value">{ status(bands, d) }</span>
        </li>
    }
}

/// The areas as a bar chart with its table twin, strengths, concerns, knowledge gaps, and
/// each area in detail with the answers behind its score.
fn areas(report: &Report) -> Html {
    let rd = &report.readiness;
    let inst = &INSTRUMENTS.readiness;
    let in_band = |band: ReadinessBand, empty: &'static str| -> Html {
        let titles: Vec<AttrValue> = rd
            .in_band(band)
            .map(|d| dimension_title(d.dimension).into())
            .collect();
        if titles.is_empty() {
            para("pa-muted", empty.into())
        } else {
            list(false, titles)
        }
    };
    let body = html! {
        <>
            { area_chart(inst, rd, w::chart_caption(), w::chart_table_caption()) }
            <div class="pa-two pa-extremes">
                <div>
                    <h4>{ w::strengths() }</h4>
                    { in_band(ReadinessBand::Strength, w::no_strengths()) }
                </div>
                <div>
                    <h4>{ w::concerns() }</h4>
                    { in_band(ReadinessBand::Concern, w::no_concerns()) }
                </div>
            </div>
            { area_details(inst, rd) }
        </>
    };
    part(
        "pa-areas",
        w::areas_heading(rd.dimensions.len()).into(),
        body,
    )
}

/// The areas of an instrument shaped like readiness as a bar chart, with a table that
/// reads it out to screen readers.
#[inline(never)]
fn area_chart(
    inst: &'static ReadinessInstrument,
    rd: &ReadinessReport,
    caption: String,
    table_caption: &'static str,
) -> Html {
    let table_rows = rd.dimensions.iter().map(|d| {
        html! {
            <tr><th scope="row">{ dimension_title(d.dimension) }</th><td>{ status(inst, d) }</td></tr>
        }
    });
    html! {
        <figure class="pa-chart">
            <figcaption class="pa-muted">{ caption }</figcaption>
            <ul class="pa-chart-rows" aria-hidden="true">
                { for rd.dimensions.iter().map(|d| chart_row(inst, d)) }
            </ul>
            // Tables ignore the hiding class's size: a hidden box around it keeps the
            // page from scrolling sideways.
            <div class="pa-visually-hidden">
                <table>
                    <caption>{ table_caption }</caption>
                    <thead><tr><th scope="col">{ w::area_column() }</th><th scope="col">{ w::score_column() }</th></tr></thead>
                    <tbody>{ for table_rows }</tbody>
                </table>
            </div>
        </figure>
    }
}

/// The knowledge gaps of an instrument shaped like readiness, then each area in detail
/// with the answers behind its score.
#[inline(never)]
fn area_details(inst: &'static ReadinessInstrument, rd: &ReadinessReport) -> Html {
    let gaps: Vec<AttrValue> = rd
        .knowledge_gaps()
        .filter_map(|d| explain_knowledge_gap(&INSTRUMENTS, d, lang::tag()))
        .map(AttrValue::from)
        .collect();
    html! {
        <>
            if !gaps.is_empty() {
                <h4>{ w::knowledge_gaps() }</h4>
                { list(false, gaps) }
            }
            <h4>{ w::area_details() }</h4>
            <div class="pa-area-details">{ for rd.dimensions.iter().map(|d| area_detail(inst, d)) }</div>
        </>
    }
}

#[inline(never)]
fn area_detail(inst: &'static ReadinessInstrument, d: &ReadinessScore) -> Html {
    let title = dimension_title(d.dimension);
    let outcome = match (inst.dimension(d.dimension), d.band) {
        (Some(def), Some(band)) => tr(def.outcome.get(band)),
        _ => "",
    };
    let reasons = d
        .drivers
        .iter()
        .map(|driver| explain_driver_sentence(&INSTRUMENTS, driver, lang::tag()).into())
        .collect::<Vec<AttrValue>>();
    html! {
        <div class="pa-area">
            <p><strong>{ w::area_label(title) }</strong>{ status(inst, d) }</p>
            if !outcome.is_empty() {
                { para("", outcome.into()) }
            }
            if let (Some(score), false) = (d.score, reasons.is_empty()) {
                { why(w::why_scored(title, score).into(), reasons) }
            }
        </div>
    }
}

/// A button to section `index` of the flow.
#[inline(never)]
fn go_to(on: &Callback<Action>, index: usize, label: AttrValue) -> Html {
    let on = on.clone();
    button(
        "pa-link",
        label,
        Callback::from(move |_: MouseEvent| on.emit(Action::GoTo(index))),
    )
}

/// The health check of a partnership already running: its score by area, the balance of
/// what it gives and costs, what to do with it and why, the imbalance warning, what is
/// still to answer, and its plan (unless it leads the results, where the plan is the one
/// below).
fn health(report: &Report, lead: bool, sections: &[Section], on: &Callback<Action>) -> Html {
    let Some(h) = &report.health else {
        return html! {};
    };
    let inst = &INSTRUMENTS.health;
    let rd = &h.areas;
    let caption = w::area_chart_caption(&inst.scored);
    let reasons = h.reasons.iter().map(|reason| {
        let sources: Vec<AttrValue> = reason
            .items
            .iter()
            .filter_map(|id| inst.text_of(id))
            .map(|t| tr(&t).into())
            .collect();
        html! {
            <li>
                { hw::reason(inst, h, reason) }
                if !sources.is_empty() {
                    { why(hw::reason_sources().into(), sources) }
                }
            </li>
        }
    });
    let missing = h.missing.iter().map(|m| {
        let text = hw::missing(inst, m);
        let target = health_missing_section(&INSTRUMENTS, m);
        html! {
            <li>{ match sections.iter().position(|&s| s == target) {
                Some(index) => go_to(on, index, text.into()),
                None => html! { { text } },
            } }</li>
        }
    });
    let balance = hw::balance_answers(inst, &h.balance);
    let body = html! {
        <>
            { overall_score(&inst.scored, rd, hw::no_overall().into()) }
            { area_chart(&inst.scored, rd, caption, hw::chart_table_caption()) }
            <h4>{ hw::balance_title() }</h4>
            { para("", hw::balance_outcome(h.balance.outcome).into()) }
            if let Some(balance) = balance {
                { para("pa-muted", balance.into()) }
            }
            <h4>{ hw::recommendation_title() }</h4>
            { recommendation(h) }
            { imbalance(h) }
            if h.reasons.is_empty() {
                <ul class="pa-plain-list">{ for missing }</ul>
            } else {
                <h4>{ hw::reasons_title() }</h4>
                <ul class="pa-reasons">{ for reasons }</ul>
            }
            if !lead && !h.plan.is_empty() {
                <h4>{ w::plan_heading() }</h4>
                { plan_steps(&h.plan) }
            }
            { area_details(&inst.scored, rd) }
        </>
    };
    part("pa-health", hw::title().into(), body)
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
        let detail = explain_barrier_risk(&INSTRUMENTS, risk, lang::tag());
        Some(html! {
            <li class={if risk.level == RiskLevel::Low { "pa-barrier-result pa-barrier-low" } else { "pa-barrier-result" }}>
                <p>
                    <strong>{ tr(&def.title) }</strong>{ partnership_engine::words::common::word_gap() }
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
                { para("pa-muted", w::no_barrier_rated().into()) }
            } else {
                <ol class="pa-ranked">{ for items }</ol>
            }
            if !b.unrated.is_empty() {
                { para("pa-muted", w::barriers_unrated(b.unrated.len(), inst.barriers.len()).into()) }
            }
        </>
    };
    part("pa-barriers", w::barriers_heading().into(), body)
}

fn timing(report: &Report) -> Html {
    let t = &report.timing;
    let inst = &INSTRUMENTS.timing;
    let verdict = inst.verdict(t.verdict);
    let warnings: Vec<AttrValue> = t
        .warnings
        .iter()
        .filter_map(|finding| explain_warning(&INSTRUMENTS, finding, lang::tag()))
        .map(AttrValue::from)
        .collect();
    let body = html! {
        <>
            { para("", tr(&verdict.summary).into()) }
            <h4>{ w::timing_reasons() }</h4>
            <ul>
                { for t.reasons.iter().map(|reason| {
                    let class = if reason.is_obstacle() { "pa-obstacle" } else { "" };
                    html! { <li {class}>{ explain_timing_reason(&INSTRUMENTS, reason, lang::tag()) }</li> }
                }) }
            </ul>
            if !warnings.is_empty() {
                <h4>{ w::warning_signs() }</h4>
                { list(false, warnings) }
            }
            <h4>{ w::verdict_next_steps() }</h4>
            { list(true, verdict.next_steps.iter().map(|s| tr(s).into()).collect()) }
        </>
    };
    part(
        "pa-timing",
        w::timing_heading(tr(&verdict.title)).into(),
        body,
    )
}

fn depth(report: &Report, sections: &[Section], on: &Callback<Action>) -> Html {
    let inst = &INSTRUMENTS.depth;
    let d = &report.depth;
    let recommended = match d.recommended {
        Some(level) => {
            let def = inst.level(level);
            html! {
                <>
                    <p><strong>{ w::depth_start(tr(&def.title)) }</strong></p>
                    { para("", tr(&def.description).into()) }
                </>
            }
        }
        None => para("", w::no_depth_yet().into()),
    };
    let next = d.next.as_ref().map(|next| {
        let mut reasons: Vec<AttrValue> = next
            .missing
            .iter()
            .map(|m| explain_missing_threshold(&INSTRUMENTS, m, lang::tag()).into())
            .collect();
        if next.beyond_ambition {
            reasons.push(w::beyond_ambition().into());
        }
        html! {
            <>
                <h4>{ w::next_level(tr(&inst.level(next.level).title)) }</h4>
                { list(false, reasons) }
                if let Some(current) = d.recommended {
                    { para("", tr(&inst.level(current).unlock).into()) }
                }
            </>
        }
    });
    let stage = report.stage.map(|s| {
        let def = inst.stage(s.stage);
        let steps = match report.stage_steps() {
            // The steps only: the health part explains each.
            StageSteps::Health(plan) => html! {
                <div class="pa-stage-plan">
                    { list(true, plan.iter().map(|s| action_text(s, lang::tag()).into()).collect()) }
                </div>
            },
            StageSteps::OfferHealth => {
                let first = sections
                    .iter()
                    .position(|s| matches!(s, Section::HealthArea(_)));
                html! {
                    <>
                        { para("", hw::start_offer_help().into()) }
                        { match first {
                            Some(index) => go_to(on, index, hw::start_offer().into()),
                            None => button("pa-button pa-button-quiet pa-no-print", hw::start_offer().into(),
                                send(on, || Action::Begin(Scope::Health))),
                        } }
                    </>
                }
            }
            StageSteps::Fixed => list(true, def.next_steps.iter().map(|x| tr(x).into()).collect()),
        };
        html! {
            <>
                <h4>{ w::stage_now(tr(&def.title)) }</h4>
                { steps }
            </>
        }
    });
    let ambition = d
        .ambition
        .map(|a| para("pa-muted", w::ambition(tr(&inst.level(a).title)).into()));
    let body = html! {
        <>
            { recommended }
            { crate::components::glossary::depth_limits(report) }
            { for ambition }
            { for next }
            { for stage }
        </>
    };
    part("pa-depth", w::depth_heading().into(), body)
}

fn plan(report: &Report) -> Html {
    part(
        "pa-plan",
        w::plan_heading().into(),
        plan_steps(&report.action_plan),
    )
}

/// Steps of a plan, each with why it is there and the answers behind it.
#[inline(never)]
fn plan_steps(plan: &[PlanStep]) -> Html {
    let steps = plan.iter().map(|action| {
        let sources: Vec<AttrValue> = action_sources(&INSTRUMENTS, action)
            .iter()
            .map(|s| tr(s).into())
            .collect();
        html! {
            <li>
                <p><strong>{ action_text(action, lang::tag()) }</strong></p>
                { para("pa-muted", explain_action(&INSTRUMENTS, action, lang::tag()).into()) }
                if !sources.is_empty() {
                    { why(w::plan_sources().into(), sources) }
                }
            </li>
        }
    });
    html! { <ol class="pa-plan">{ for steps }</ol> }
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
        w::notes_heading().into(),
        html! { <>{ for notes }</> },
    )
}

/// One row of a comparison table: what is compared, the score before and now, the change.
#[inline(never)]
fn change_row(what: &'static str, before: Option<u8>, after: Option<u8>, change: String) -> Html {
    html! {
        <tr>
            <th scope="row">{ what }</th>
            <td>{ w::compared_score(before) }</td>
            <td>{ w::compared_score(after) }</td>
            <td>{ change }</td>
        </tr>
    }
}

/// A comparison table, scrolling inside its own box when a phone is too narrow for it
/// (never the page): `first` heads the column of what is compared; the table takes the
/// focus id `focus`, when given.
#[inline(never)]
fn change_table(
    id: &'static str,
    focus: Option<&'static str>,
    caption: AttrValue,
    first: &'static str,
    rows: Html,
) -> Html {
    html! {
        <div class="pa-table-wrap" role="region" aria-labelledby={id} tabindex="0">
        <table class="pa-compare" id={focus} tabindex={focus.map(|_| "-1")}>
            <caption {id}>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ first }</th><th scope="col">{ w::before_column() }</th>
                <th scope="col">{ w::now_column() }</th><th scope="col">{ w::change_column() }</th>
            </tr></thead>
            <tbody>{ rows }</tbody>
        </table>
        </div>
    }
}

/// The rows of a comparison table: an overall score, then each area, named by its id.
#[inline(never)]
fn area_rows(overall: &'static str, index: &ScoreChange, areas: &[ScoreChange]) -> Html {
    html! {
        <>
            { change_row(overall, index.before, index.after, index.describe()) }
            { for areas.iter().map(|d| change_row(dimension_title(d.id), d.before, d.after, d.describe())) }
        </>
    }
}

/// The comparison with an earlier result: the change per area, in the index and per
/// barrier.
fn compare_part(props: &ResultsProps) -> Html {
    let compared = props.earlier.as_ref().zip(props.comparison.as_ref());
    let table = compared.map(|(earlier, c)| {
        let caption = w::compared_with(earlier.updated_at);
        let barriers = c.barriers.iter().filter(|b| b.before.is_some() || b.after.is_some());
        let on = props.on.clone();
        let clear = Callback::from(move |_: MouseEvent| on.emit(Action::ClearComparison));
        html! {
            <>
                { change_table("pa-compare-areas", Some(compare_focus_id(true)), caption.into(),
                    w::readiness_column(), area_rows(w::overall_readiness(), &c.index, &c.dimensions)) }
                if c.has_health() {
                    { change_table("pa-compare-health", None, hw::compared_caption(earlier.updated_at).into(),
                        w::area_column(), area_rows(hw::overall_row(), &c.health_index, &c.health_areas)) }
                    { para("", hw::compared_recommendation(c.recommendation.0, c.recommendation.1).into()) }
                }
                { change_table("pa-compare-barriers", None, w::barrier_risk_caption().into(), w::barrier_column(),
                    barriers.map(|b| change_row(barrier_name(&INSTRUMENTS, b.id, lang::tag()), b.before, b.after, b.describe())).collect()) }
                { button("pa-button pa-button-quiet pa-no-print", w::stop_comparing().into(), clear) }
            </>
        }
    });
    let body = html! {
        <>
            { para("pa-no-print", w::compare_intro().into()) }
            <div class="pa-no-print">
                <OpenFile label={w::choose_earlier()} on_file={props.on_compare_file.clone()}
                    id={compare_focus_id(false)} />
            </div>
            <div role="alert">
                if let Some(error) = &props.compare_error {
                    { para("pa-panel pa-panel-error", w::compare_failed(error).into()) }
                }
            </div>
            { for table }
        </>
    };
    // Only a control until a file is chosen: it never folds away.
    let section = html! {
        <section class="pa-result" aria-labelledby="pa-compare">
            <h3 id="pa-compare">{ w::compare_heading() }</h3>
            { body }
        </section>
    };
    if props.earlier.is_some() {
        section
    } else {
        // Nothing to compare yet: the section is only a control, so it stays off paper.
        html! { <div class="pa-no-print">{ section }</div> }
    }
}
