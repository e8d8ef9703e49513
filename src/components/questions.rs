//! The question screen: progress, the list of parts to jump to, one section of questions,
//! Back and Next, and a glimpse of the results so far.

use std::rc::Rc;

use partnership_engine::flow::{self, PartStatus, Progress, Section};
use partnership_engine::instrument::AgreementScale;
use partnership_engine::paging;
use partnership_engine::partners::Portfolio;
use partnership_engine::summary::{details_open, health_first};
use partnership_engine::words::checkup;
use partnership_engine::words::pages;
use partnership_engine::words::questions as words;
use partnership_engine::{
    Answers, Assessment, INSTRUMENTS, Rating, ReadinessAnswer, Report, Stage, Text, TimingAnswer,
};
use yew::prelude::*;

use crate::components::choice::{choice, guided_choice};
use crate::components::partners::partner_editor;
use crate::components::{button, para, send};
use crate::dom;
use crate::lang::tr;
use crate::state::partners::{PartnerIntent, PartnerUi};
use crate::state::{Action, AnswerChange};

pub struct QuestionsProps {
    pub heading: NodeRef,
    pub sections: Vec<Section>,
    pub index: usize,
    /// The page of that section ([`paging`]).
    pub page: usize,
    pub assessment: Rc<Assessment>,
    pub report: Rc<Report>,
    /// Questions answered over the whole scope.
    pub progress: Progress,
    /// How far each section is filled in, for the list of parts, worked out by the reducer.
    pub parts: Rc<[PartStatus]>,
    pub on: Callback<Action>,
    pub on_change: Callback<AnswerChange>,
    /// The partner map's form and table.
    pub partners: Rc<PartnerUi>,
    /// What the partner list covers, worked out by the reducer.
    pub portfolio: Rc<Portfolio>,
    pub on_partner: Callback<PartnerIntent>,
}

/// A callback for a radio group that sends the change picking option `n` makes, if any.
fn pick(
    on_change: &Callback<AnswerChange>,
    change: impl Fn(usize) -> Option<AnswerChange> + 'static,
) -> Callback<usize> {
    let on_change = on_change.clone();
    Callback::from(move |n| {
        if let Some(c) = change(n) {
            on_change.emit(c);
        }
    })
}

pub fn questions(props: &QuestionsProps) -> Html {
    let Some(&section) = props.sections.get(props.index) else {
        return html! {};
    };
    let answers = &props.assessment.answers;
    let total = props.sections.len();
    let Progress {
        answered,
        questions,
    } = props.progress;
    let i = &INSTRUMENTS;
    let page_count = paging::page_count(i, section);
    let page = props.page.min(page_count.saturating_sub(1));
    let last = paging::is_last(i, &props.sections, props.index, page);
    let items = paging::page_items(i, section, page);

    let list = props.parts.iter().enumerate().map(|(n, part)| {
        let on = props.on.clone();
        let go = Callback::from(move |_: MouseEvent| on.emit(Action::GoTo(n)));
        let current = (n == props.index).then_some("step");
        html! {
            <li>
                <button type="button" class="pa-part" aria-current={current} onclick={go}>
                    <span class="pa-part-title">{ tr(&part.section.title(&INSTRUMENTS)) }</span>
                    <span class="pa-visually-hidden">{ words::part_separator() }</span>
                    <span class="pa-part-count">{ words::part_count(part.filled) }</span>
                </button>
            </li>
        }
    });
    let progress = pages::progress(props.index + 1, total, page + 1, page_count, props.progress);
    // The whole list of parts starts open where there is room for it.
    let open_parts = details_open(dom::viewport_width());

    html! {
        <div class="pa-screen pa-questions" onfocusin={Callback::from(|e: FocusEvent| dom::keep_clear_of_bar(&e))}>
            <section class="pa-section" aria-labelledby="pa-section-title">
                <h2 id="pa-section-title" class="pa-screen-title" tabindex="-1"
                    aria-describedby="pa-progress-text" ref={props.heading.clone()}>
                    { tr(&section.title(&INSTRUMENTS)) }
                </h2>
                { section_body(section, items, props.index, page, &props.sections, answers, &props.on_change) }
                if section == Section::Partners {
                    { partner_editor(&props.assessment.partners, &props.partners, &props.portfolio, &props.on_partner) }
                }
                if section.asks_terms() {
                    { crate::components::glossary::glossary() }
                }
                <nav class="pa-bar" aria-label={pages::nav_label()}>
                    <div class="pa-progress">
                        <p id="pa-progress-text">{ progress }</p>
                        <progress max={questions.to_string()} value={answered.to_string()}
                            aria-labelledby="pa-progress-text"></progress>
                    </div>
                    <div class="pa-actions pa-nav">
                        { button("pa-button pa-button-quiet", words::back().into(), send(&props.on, || Action::Back)) }
                        { button("pa-button", words::next(last).into(), send(&props.on, || Action::Next)) }
                    </div>
                </nav>
            </section>
            { so_far(&props.report, answers) }
            <details class="pa-parts" open={open_parts}>
                <summary class="pa-parts-toggle">{ pages::all_parts(total) }</summary>
                <nav aria-label={words::jump_heading()}>
                    <ol>{ for list }</ol>
                </nav>
                { button("pa-button pa-button-quiet", words::results_so_far().into(), send(&props.on, || Action::ShowResults)) }
            </details>
        </div>
    }
}

fn section_body(
    section: Section,
    items: std::ops::Range<usize>,
    index: usize,
    page: usize,
    sections: &[Section],
    answers: &Answers,
    on_change: &Callback<AnswerChange>,
) -> Html {
    let i = &INSTRUMENTS;
    let body = match section {
        Section::Dimension(_) => statements(
            section,
            items,
            &i.readiness.scale,
            answers,
            on_change,
            AnswerChange::Readiness,
        ),
        Section::HealthArea(_) => statements(
            section,
            items,
            &i.health.scored.scale,
            answers,
            on_change,
            AnswerChange::Health,
        ),
        Section::Balance => html! {
            { for i.health.balance.questions.iter().map(|q| amount_item(q.id, tr(&q.text), tr(&q.guidance),
                &i.health.balance_options(), answers.balance.get(q.id), AnswerChange::Balance, on_change)) }
        },
        Section::Barriers => html! {
            { for i.barriers.barriers.iter().enumerate().filter(|(n, _)| items.contains(n)).map(|(_, b)| {
                let a = answers.barriers.get(b.id);
                let presence = a.and_then(|a| a.presence).map(Rating::option_index);
                let harm = a.and_then(|a| a.harm).map(Rating::option_index);
                let id = b.id;
                html! {
                    <div class="pa-barrier" key={b.id}>
                        <h3 class="pa-item-title">{ tr(&b.title) }</h3>
                        <p class="pa-muted">{ tr(&b.explanation) }</p>
                        { choice(&format!("{id}.presence"), tr(&b.presence_question),
                            &i.barriers.presence_labels, None, presence,
                            pick(on_change, move |n| Rating::from_option_index(n).map(|r| AnswerChange::Presence(id, r)))) }
                        if a.is_some_and(|a| a.asks_harm()) {
                            { choice(&format!("{id}.harm"), tr(&b.harm_question),
                                &i.barriers.harm_labels, None, harm,
                                pick(on_change, move |n| Rating::from_option_index(n).map(|r| AnswerChange::Harm(id, r)))) }
                        }
                    </div>
                }
            }) }
        },
        Section::Timing => {
            let t = &i.timing;
            // The questions in asking order, each with the heading of its group and its
            // guidance line; a group shows its heading on the page where its first
            // question on that page is.
            type Question = (&'static str, &'static str, &'static str);
            let all = t
                .triggers
                .iter()
                .map(|q| (words::timing_triggers(), q.id, tr(&q.text), tr(&q.guidance)))
                .chain(t.preconditions.iter().map(|q| {
                    (
                        words::timing_preconditions(),
                        q.id,
                        tr(&q.text),
                        tr(&q.guidance),
                    )
                }))
                .chain(
                    t.warnings
                        .iter()
                        .map(|w| (words::timing_warnings(), w.id, tr(&w.text), tr(&w.guidance))),
                );
            let shown: Vec<_> = all
                .enumerate()
                .filter(|(n, _)| items.contains(n))
                .map(|(_, q)| q)
                .collect();
            let mut groups: Vec<(&'static str, Vec<Question>)> = Vec::new();
            for (title, id, text, guidance) in shown {
                match groups.last_mut() {
                    Some((t, qs)) if *t == title => qs.push((id, text, guidance)),
                    _ => groups.push((title, vec![(id, text, guidance)])),
                }
            }
            html! {
                { for groups.into_iter().map(|(title, qs)| html! {
                    <div class="pa-group">
                        <h3 class="pa-item-title">{ title }</h3>
                        { for qs.into_iter().map(|(id, text, guidance)| timing_item(id, text, guidance, answers, on_change)) }
                    </div>
                }) }
            }
        }
        Section::Depth => {
            let d = &i.depth;
            let question = &d.ambition;
            let ambition = answers.ambition.and_then(|l| question.option_index(l));
            let stage = answers.stage.map(Stage::option_index);
            html! {
                <>
                    { choice(question.id, tr(&question.text), &question.labels(), None, ambition,
                        pick(on_change, move |n| question.level_at(n).map(AnswerChange::Ambition))) }
                    { choice(d.stage_question.id, tr(&d.stage_question.text), &d.stage_options(),
                        None, stage,
                        pick(on_change, |n| Stage::from_option_index(n).map(AnswerChange::Stage))) }
                </>
            }
        }
        // The partner map is drawn by `partner_editor`, which needs more than the answers.
        Section::Partners => html! {},
        Section::Reflection => {
            let max = i.reflection.max_chars;
            html! {
                { for i.reflection.prompts.iter().map(|p| {
                    let id = p.id;
                    let on_change = on_change.clone();
                    let oninput = Callback::from(move |e: InputEvent| {
                        on_change.emit(AnswerChange::Reflection(id, dom::value(&e)));
                    });
                    let value = answers.reflections.get(id).cloned().unwrap_or_default();
                    let hint = format!("{id}-hint");
                    html! {
                        <div class="pa-field pa-reflection" key={id}>
                            <label for={id}>{ tr(&p.text) }</label>
                            <p class="pa-hint" id={hint.clone()}>{ tr(&p.hint) }</p>
                            <textarea id={id} rows="4" maxlength={max.to_string()}
                                aria-describedby={hint} {value} {oninput} />
                        </div>
                    }
                }) }
            }
        }
    };
    // The part's introduction opens its first page only.
    let intro = flow::intro(&INSTRUMENTS, sections, index).filter(|_| page == 0);
    html! {
        <>
            if let Some(intro) = intro {
                { para("pa-intro", tr(&intro).into()) }
            }
            { body }
        </>
    }
}

/// The statements of an area (readiness's or the health check's) on this page, under the
/// area's summary (on every page, so a page reached by Back still says what the statements
/// are about). `change` makes the answer to one of them.
fn statements(
    section: Section,
    items: std::ops::Range<usize>,
    scale: &AgreementScale,
    answers: &Answers,
    on_change: &Callback<AnswerChange>,
    change: fn(&'static str, ReadinessAnswer) -> AnswerChange,
) -> Html {
    let (Some(dimension), Some(given)) = (
        section.area(&INSTRUMENTS),
        section.agreement_answers(answers),
    ) else {
        return html! {};
    };
    let options = scale.options();
    html! {
        <>
            <p class="pa-muted">{ tr(&dimension.summary) }</p>
            { for dimension.items.get(items).unwrap_or_default().iter().map(|item| {
                let selected = given.get(item.id).map(|a| a.option_index());
                let id = item.id;
                let on_select = pick(on_change, move |n| {
                    ReadinessAnswer::from_option_index(n).map(|a| change(id, a))
                });
                let first_non_answer = Some(ReadinessAnswer::FIRST_NON_ANSWER);
                guided_choice(id, tr(&item.text), tr(&item.guidance), &options, first_non_answer,
                    selected, on_select)
            }) }
        </>
    }
}

fn timing_item(
    id: &'static str,
    text: &'static str,
    guidance: &'static str,
    answers: &Answers,
    on_change: &Callback<AnswerChange>,
) -> Html {
    let options = INSTRUMENTS.timing.options();
    let given = answers.timing.get(id);
    amount_item(
        id,
        text,
        guidance,
        &options,
        given,
        AnswerChange::Timing,
        on_change,
    )
}

/// A question answered on an amount scale with "Don't know" (a timing or balance
/// question); `change` makes its answer.
#[inline(never)]
fn amount_item(
    id: &'static str,
    text: &'static str,
    guidance: &'static str,
    options: &[Text],
    given: Option<&TimingAnswer>,
    change: fn(&'static str, TimingAnswer) -> AnswerChange,
    on_change: &Callback<AnswerChange>,
) -> Html {
    let selected = given.map(|a| a.option_index());
    let on_select = pick(on_change, move |n| {
        TimingAnswer::from_option_index(n).map(|a| change(id, a))
    });
    let first_non_answer = Some(TimingAnswer::FIRST_NON_ANSWER);
    guided_choice(
        id,
        text,
        guidance,
        options,
        first_non_answer,
        selected,
        on_select,
    )
}

/// The results so far, updated with every answer: the health check's overall health when
/// it is the main thing answered.
fn so_far(r: &Report, answers: &Answers) -> Html {
    let i = &INSTRUMENTS;
    if let Some(h) = health_first(r, answers) {
        return html! {
            <aside class="pa-so-far" aria-label={words::so_far_label()}>
                <p><strong>{ words::so_far_lead() }</strong>{ checkup::overall(&i.health, h) }</p>
            </aside>
        };
    }
    let readiness = r
        .readiness
        .index
        .zip(r.readiness.band)
        .map(|(index, band)| (index, tr(&i.readiness.band(band).label)));
    let verdict = tr(&i.timing.verdict(r.timing.verdict).title);
    html! {
        <aside class="pa-so-far" aria-label={words::so_far_label()}>
            <p><strong>{ words::so_far_lead() }</strong>{ words::so_far(readiness, verdict) }</p>
        </aside>
    }
}
