//! The question screen: progress, the list of parts to jump to, one section of questions,
//! Back and Next, and a glimpse of the results so far.

use std::rc::Rc;

use partnership_engine::flow::{Progress, Section};
use partnership_engine::partners::Portfolio;
use partnership_engine::{
    Answers, Assessment, DepthLevel, INSTRUMENTS, Rating, ReadinessAnswer, Report, Stage,
    TimingAnswer,
};
use yew::prelude::*;

use crate::components::choice::choice;
use crate::components::partners::partner_editor;
use crate::components::{button, para, send};
use crate::dom;
use crate::state::partners::{PartnerIntent, PartnerUi};
use crate::state::{Action, AnswerChange};
use crate::tr;

pub struct QuestionsProps {
    pub heading: NodeRef,
    pub sections: Vec<Section>,
    pub index: usize,
    pub assessment: Rc<Assessment>,
    pub report: Rc<Report>,
    /// Questions answered over the whole scope.
    pub progress: Progress,
    pub on: Callback<Action>,
    pub on_change: Callback<AnswerChange>,
    /// The partner map's form and table.
    pub partners: Rc<PartnerUi>,
    /// What the partner list covers, worked out by the reducer.
    pub portfolio: Rc<Portfolio>,
    pub on_partner: Callback<PartnerIntent>,
}

fn rating(i: usize) -> Option<Rating> {
    u8::try_from(i).ok().and_then(Rating::new)
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
    let last = props.index + 1 >= total;

    let list = props.sections.iter().enumerate().map(|(i, s)| {
        let on = props.on.clone();
        let go = Callback::from(move |_: MouseEvent| on.emit(Action::GoTo(i)));
        let (done, of) = (s.answered(&INSTRUMENTS, answers), s.questions(&INSTRUMENTS));
        let current = (i == props.index).then_some("step");
        let title = tr(&s.title(&INSTRUMENTS));
        let count = match s {
            Section::Partners => {
                format!("{} organisations listed", props.assessment.partners.len())
            }
            _ => format!("{done} of {of} answered"),
        };
        html! {
            <li>
                <button type="button" class="pa-part" aria-current={current} onclick={go}>
                    <span class="pa-part-title">{ title }</span>
                    <span class="pa-visually-hidden">{ ", " }</span>
                    <span class="pa-part-count">{ count }</span>
                </button>
            </li>
        }
    });
    let progress = format!(
        "Part {} of {total}. {answered} of {questions} questions answered.",
        props.index + 1
    );
    let next_label = if last { "See my results" } else { "Next" };

    html! {
        <div class="pa-screen pa-questions">
            <div class="pa-progress">
                <p id="pa-progress-text" role="status">{ progress }</p>
                <progress max={questions.to_string()} value={answered.to_string()}
                    aria-labelledby="pa-progress-text"></progress>
            </div>
            <section class="pa-section" aria-labelledby="pa-section-title">
                <h2 id="pa-section-title" class="pa-screen-title" tabindex="-1"
                    ref={props.heading.clone()}>
                    { tr(&section.title(&INSTRUMENTS)) }
                </h2>
                { section_body(section, props.index, &props.sections, answers, &props.on_change) }
                if section == Section::Partners {
                    { partner_editor(&props.assessment.partners, &props.partners, &props.portfolio, &props.on_partner) }
                }
                <div class="pa-actions pa-nav">
                    { button("pa-button pa-button-quiet", "Back".into(), send(&props.on, || Action::Back)) }
                    { button("pa-button", next_label.into(), send(&props.on, || Action::Next)) }
                </div>
            </section>
            { so_far(&props.report) }
            <nav class="pa-parts" aria-labelledby="pa-parts-title">
                <h3 id="pa-parts-title" class="pa-parts-title">{ "Jump to any part" }</h3>
                <ol>{ for list }</ol>
                { button("pa-button pa-button-quiet", "See results so far".into(), send(&props.on, || Action::ShowResults)) }
            </nav>
        </div>
    }
}

/// The instrument's introduction, shown on the first section that belongs to it.
fn intro(section: Section, index: usize, sections: &[Section]) -> Html {
    let i = &INSTRUMENTS;
    let text = match section {
        Section::Dimension(_) => {
            let first =
                index == 0 || !matches!(sections.get(index - 1), Some(Section::Dimension(_)));
            if !first {
                return html! {};
            }
            tr(&i.readiness.meta.intro)
        }
        Section::Barriers => tr(&i.barriers.meta.intro),
        Section::Timing => tr(&i.timing.meta.intro),
        Section::Depth => tr(&i.depth.meta.intro),
        Section::Partners => tr(&partnership_engine::partners::PARTNER_VOCABULARY.intro),
        Section::Reflection => tr(&i.reflection.meta.intro),
    };
    para("pa-intro", text.into())
}

fn section_body(
    section: Section,
    index: usize,
    sections: &[Section],
    answers: &Answers,
    on_change: &Callback<AnswerChange>,
) -> Html {
    let i = &INSTRUMENTS;
    let body = match section {
        Section::Dimension(_) => readiness_items(section, answers, on_change),
        Section::Barriers => html! {
            { for i.barriers.barriers.iter().map(|b| {
                let a = answers.barriers.get(b.id);
                let presence = a.and_then(|a| a.presence).map(|r| usize::from(r.get()));
                let harm = a.and_then(|a| a.harm).map(|r| usize::from(r.get()));
                let (id, c1, c2) = (b.id, on_change.clone(), on_change.clone());
                html! {
                    <div class="pa-barrier" key={b.id}>
                        <h3 class="pa-item-title">{ tr(&b.title) }</h3>
                        <p class="pa-muted">{ tr(&b.explanation) }</p>
                        { choice(&format!("{id}.presence"), tr(&b.presence_question),
                            &i.barriers.presence_labels.iter().map(tr).collect::<Vec<_>>(),
                            usize::MAX, presence,
                            Callback::from(move |n| if let Some(r) = rating(n) { c1.emit(AnswerChange::Presence(id, r)) })) }
                        { choice(&format!("{id}.harm"), tr(&b.harm_question),
                            &i.barriers.harm_labels.iter().map(tr).collect::<Vec<_>>(),
                            usize::MAX, harm,
                            Callback::from(move |n| if let Some(r) = rating(n) { c2.emit(AnswerChange::Harm(id, r)) })) }
                    </div>
                }
            }) }
        },
        Section::Timing => {
            let t = &i.timing;
            let group = |title: &'static str, qs: Vec<(&'static str, &'static str)>| {
                html! {
                    <div class="pa-group">
                        <h3 class="pa-item-title">{ title }</h3>
                        { for qs.into_iter().map(|(id, text)| timing_item(id, text, answers, on_change)) }
                    </div>
                }
            };
            html! {
                <>
                    { group("Reasons the moment may be right", t.triggers.iter().map(|q| (q.id, tr(&q.text))).collect()) }
                    { group("Foundations in place", t.preconditions.iter().map(|q| (q.id, tr(&q.text))).collect()) }
                    { group("Warning signs", t.warnings.iter().map(|w| (w.id, tr(&w.text))).collect()) }
                </>
            }
        }
        Section::Depth => {
            let d = &i.depth;
            let ambition = answers
                .ambition
                .and_then(|a| d.ambition.options.iter().position(|o| o.level == a));
            let stage = answers.stage.map(|s| s as usize);
            let (c1, c2) = (on_change.clone(), on_change.clone());
            let levels: Vec<DepthLevel> = d.ambition.options.iter().map(|o| o.level).collect();
            html! {
                <>
                    { choice(d.ambition.id, tr(&d.ambition.text),
                        &d.ambition.options.iter().map(|o| tr(&o.label)).collect::<Vec<_>>(),
                        usize::MAX, ambition,
                        Callback::from(move |n: usize| if let Some(l) = levels.get(n) { c1.emit(AnswerChange::Ambition(*l)) })) }
                    { choice(d.stage_question.id, tr(&d.stage_question.text),
                        &d.stages.iter().map(|s| tr(&s.description)).collect::<Vec<_>>(),
                        usize::MAX, stage,
                        Callback::from(move |n: usize| if let Some(s) = Stage::ALL.get(n) { c2.emit(AnswerChange::Stage(*s)) })) }
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
    html! {
        <>
            { intro(section, index, sections) }
            { body }
        </>
    }
}

fn readiness_items(
    section: Section,
    answers: &Answers,
    on_change: &Callback<AnswerChange>,
) -> Html {
    let Some(dimension) = section.dimension(&INSTRUMENTS) else {
        return html! {};
    };
    let scale = &INSTRUMENTS.readiness.scale;
    let mut options: Vec<&'static str> = scale.labels.iter().map(tr).collect();
    options.push(tr(&scale.dont_know));
    options.push(tr(&scale.not_applicable));
    html! {
        <>
            <p class="pa-muted">{ tr(&dimension.summary) }</p>
            { for dimension.items.iter().map(|item| {
                let selected = answers.readiness.get(item.id).map(|a| match a {
                    ReadinessAnswer::Scale(r) => usize::from(r.get()),
                    ReadinessAnswer::DontKnow => 5,
                    ReadinessAnswer::NotApplicable => 6,
                });
                let (id, on_change) = (item.id, on_change.clone());
                let on_select = Callback::from(move |n: usize| {
                    let answer = match n {
                        5 => Some(ReadinessAnswer::DontKnow),
                        6 => Some(ReadinessAnswer::NotApplicable),
                        n => rating(n).map(ReadinessAnswer::Scale),
                    };
                    if let Some(a) = answer {
                        on_change.emit(AnswerChange::Readiness(id, a));
                    }
                });
                choice(item.id, tr(&item.text), &options, 5, selected, on_select)
            }) }
        </>
    }
}

fn timing_item(
    id: &'static str,
    text: &'static str,
    answers: &Answers,
    on_change: &Callback<AnswerChange>,
) -> Html {
    let t = &INSTRUMENTS.timing;
    let mut options: Vec<&'static str> = t.labels.iter().map(tr).collect();
    options.push(tr(&t.dont_know));
    let selected = answers.timing.get(id).map(|a| match a {
        TimingAnswer::Scale(r) => usize::from(r.get()),
        TimingAnswer::DontKnow => 5,
    });
    let on_change = on_change.clone();
    let on_select = Callback::from(move |n: usize| {
        let answer = match n {
            5 => Some(TimingAnswer::DontKnow),
            n => rating(n).map(TimingAnswer::Scale),
        };
        if let Some(a) = answer {
            on_change.emit(AnswerChange::Timing(id, a));
        }
    });
    choice(id, text, &options, 5, selected, on_select)
}

/// The results so far, updated with every answer.
fn so_far(r: &Report) -> Html {
    let i = &INSTRUMENTS;
    let readiness = match (r.readiness.index, r.readiness.band) {
        (Some(index), Some(band)) => format!(
            "readiness {index} out of 100 ({})",
            tr(&i.readiness.band(band).label)
        ),
        _ => "readiness not worked out yet".to_owned(),
    };
    let verdict = tr(&i.timing.verdict(r.timing.verdict).title);
    html! {
        <aside class="pa-so-far" aria-label="Results so far">
            <p><strong>{ "So far: " }</strong>{ format!("{readiness}; timing: {verdict}.") }</p>
        </aside>
    }
}
