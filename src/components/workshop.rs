//! Workshop mode's screens: the facilitator's entry on the start screen, the merge of
//! everyone's files with a report per file, the group profile, and the presenter view.
//!
//! Every figure, its order and the presenter's topics come from
//! `partnership_engine::workshop`; these functions only lay them out.

use partnership_engine::file_names::summary_file_name;
use partnership_engine::workshop::presenter::Slide;
use partnership_engine::workshop::{
    AgreementBand, BarrierProfile, ConsensusTopic, FileStatus, GapTopic, GroupProfile,
    HiddenReason, ScaleStats, WorkshopProfile, hundredths, summary_csv, summary_json,
};
use partnership_engine::{INSTRUMENTS, RespondentRole, TimingVerdict};
use web_sys::{File, KeyboardEvent};
use yew::prelude::*;

use crate::components::files::OpenFile;
use crate::components::{button, para};
use crate::state::Action;
use crate::workshop_state::{WorkshopAction, WorkshopState};
use crate::{LANG, effects, tr};

fn ws(action: WorkshopAction) -> Action {
    Action::Workshop(action)
}

/// A button that sends one workshop action.
#[inline(never)]
fn ws_button(
    class: &'static str,
    label: &'static str,
    on: &Callback<Action>,
    make: fn() -> WorkshopAction,
) -> Html {
    let on = on.clone();
    button(
        class,
        label.into(),
        Callback::from(move |_: MouseEvent| on.emit(ws(make()))),
    )
}

/// The facilitator's way in, on the start screen: apart from answering.
pub fn entry(on: &Callback<Action>) -> Html {
    html! {
        <div class="pa-panel pa-ws-entry">
            <h2 class="pa-section-title">{ "Running a workshop?" }</h2>
            { para("", "If everyone in your group answered on their own device and saved a \
                file, bring all the files together here to see where the group agrees and \
                where it does not. The files are read on this computer only.".into()) }
            { ws_button("pa-button pa-button-quiet", "Open workshop mode", on, || WorkshopAction::Open) }
        </div>
    }
}

pub struct WorkshopProps<'a> {
    pub heading: NodeRef,
    pub state: &'a WorkshopState,
    pub on: Callback<Action>,
}

/// The workshop screen, or the presenter view while presenting.
pub fn workshop(props: &WorkshopProps) -> Html {
    let s = props.state;
    if let (Some(slide), Some(profile)) = (s.slide, &s.profile) {
        return presenter(props, slide, profile);
    }
    let on = props.on.clone();
    let on_files = Callback::from(move |files: Vec<File>| {
        let on = on.clone();
        effects::read_files(files, move |read| {
            on.emit(ws(WorkshopAction::FilesRead(read)))
        });
    });
    let label = if s.file_count() == 0 {
        "Choose everyone's files"
    } else {
        "Add more files"
    };
    html! {
        <div class="pa-screen pa-ws">
            <h2 class="pa-screen-title" tabindex="-1" ref={props.heading.clone()}>
                { "Workshop: everyone's answers together" }
            </h2>
            { para("", "Choose all the results files your group saved, as many as you like at \
                once. Each person's newest file is used; older copies, and files that are not \
                results, are left out and listed below with the reason.".into()) }
            { para("pa-muted", "Nothing is sent anywhere. Names of organizations and of files \
                never appear in the presenter view.".into()) }
            <div class="pa-no-print">
                <OpenFile label={label} on_file={Callback::noop()} on_files={on_files} />
            </div>
            <div class="pa-ws-status" role="status">
                if let Some(message) = &s.message {
                    { para("pa-panel pa-panel-ok", message.clone().into()) }
                }
            </div>
            if let (Some(merged), Some(profile)) = (&s.merged, &s.profile) {
                { actions(&props.on, merged, profile) }
                { file_report(s) }
                { overview(&profile.group) }
                { dimensions(&profile.group) }
                { least_consensus(profile) }
                { items(&profile.group) }
                { barriers(&profile.group) }
                { verdicts(&profile.group) }
                { subgroups(profile) }
            }
            <div class="pa-actions pa-no-print">
                { ws_button("pa-button pa-button-quiet", "Back to the start", &props.on, || WorkshopAction::Leave) }
            </div>
        </div>
    }
}

fn actions(
    on: &Callback<Action>,
    merged: &std::rc::Rc<partnership_engine::workshop::WorkshopMerge>,
    profile: &std::rc::Rc<WorkshopProfile>,
) -> Html {
    let export = |spreadsheet: bool| {
        let (on, merged, profile) = (on.clone(), merged.clone(), profile.clone());
        Callback::from(move |_: MouseEvent| {
            let now = effects::now();
            let (ext, mime, content) = if spreadsheet {
                (
                    "csv",
                    "text/csv;charset=utf-8",
                    summary_csv(&INSTRUMENTS, &profile, LANG),
                )
            } else {
                (
                    "json",
                    "application/json",
                    summary_json(&INSTRUMENTS, &merged, &profile, now, LANG),
                )
            };
            let name = summary_file_name(now, ext);
            if effects::download(&name, mime, &content).is_ok() {
                on.emit(ws(WorkshopAction::Exported(name)));
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="pa-actions pa-no-print">
            { ws_button("pa-button", "Show on a projector", on, || WorkshopAction::Present) }
            { button("pa-button pa-button-quiet", "Save the group summary".into(), export(false)) }
            { button("pa-button pa-button-quiet", "Save for a spreadsheet (CSV)".into(), export(true)) }
            { button("pa-button pa-button-quiet", "Print".into(), print) }
            { ws_button("pa-button pa-button-quiet", "Start over", on, || WorkshopAction::StartOver) }
        </div>
    }
}

/// A titled part of the profile.
#[inline(never)]
fn part(title: &'static str, body: Html) -> Html {
    html! {
        <section class="pa-part">
            <h3>{ title }</h3>
            { body }
        </section>
    }
}

/// A table that scrolls sideways on a narrow screen (focusable, so keyboards can scroll).
#[inline(never)]
fn table(class: &'static str, caption: &'static str, head: &[&'static str], rows: Html) -> Html {
    html! {
        <div class="pa-ws-scroll" tabindex="0" role="region" aria-label={caption}>
            <table class={classes!("pa-ws-table", class)}>
                <caption>{ caption }</caption>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

#[inline(never)]
fn cell(text: AttrValue) -> Html {
    html! { <td>{ text }</td> }
}

fn file_report(s: &WorkshopState) -> Html {
    let Some(merged) = &s.merged else {
        return html! {};
    };
    let row = |name: &str, status: &'static str, detail: String| {
        html! {
            <tr><th scope="row">{ name.to_owned() }</th>{ cell(status.into()) }{ cell(detail.into()) }</tr>
        }
    };
    let rows = merged
        .files
        .iter()
        .map(|f| match &f.status {
            FileStatus::Accepted { warnings, .. } => row(&f.file_name, "Used", warnings.join(" ")),
            FileStatus::Migrated {
                from_version,
                warnings,
                ..
            } => row(
                &f.file_name,
                "Used, updated from an older format",
                format!(
                    "Written in format version {from_version}. {}",
                    warnings.join(" ")
                ),
            ),
            FileStatus::DuplicateOf { kept_file, .. } => row(
                &f.file_name,
                "Left out: an older copy",
                format!("A newer copy of the same result is used: {kept_file}."),
            ),
            FileStatus::Rejected { reason } => row(&f.file_name, "Left out", reason.clone()),
        })
        .chain(
            s.unreadable
                .iter()
                .map(|u| row(&u.name, "Left out", u.reason.clone())),
        );
    part(
        "What happened to each file",
        table(
            "pa-ws-files",
            "Each file and whether it is used",
            &["File", "Result", "Details"],
            html! { { for rows } },
        ),
    )
}

fn band_word(band: Option<AgreementBand>) -> &'static str {
    match band {
        Some(AgreementBand::High) => "High",
        Some(AgreementBand::Moderate) => "Moderate",
        Some(AgreementBand::Low) => "Low",
        None => "Too few answers",
    }
}

fn or_dash(v: Option<u32>) -> String {
    v.map_or_else(|| "–".to_owned(), hundredths)
}

/// The figure cells of one set of answers: people, mean, median, spread, range, agreement.
#[inline(never)]
fn stats_cells(s: &ScaleStats) -> Html {
    let range = match (s.min, s.max) {
        (Some(lo), Some(hi)) => format!("{lo} to {hi}"),
        _ => "–".to_owned(),
    };
    let agreement = match s.agreement {
        Some(a) => format!("{} ({a})", band_word(s.agreement_band)),
        None => band_word(None).to_owned(),
    };
    html! {
        <>
            { cell(s.respondents.to_string().into()) }
            { cell(or_dash(s.mean).into()) }
            { cell(or_dash(s.median).into()) }
            { cell(or_dash(s.sd).into()) }
            { cell(range.into()) }
            { cell(agreement.into()) }
        </>
    }
}

const STATS_HEAD: [&str; 6] = [
    "People",
    "Average",
    "Middle answer",
    "Spread (SD)",
    "Lowest to highest",
    "Agreement (0–1000)",
];

fn overview(g: &GroupProfile) -> Html {
    let s = &g.index.stats;
    let text = match s.mean {
        Some(mean) => format!(
            "Average overall readiness: {} out of 100, from {} to {}.",
            hundredths(mean),
            s.min.unwrap_or(0),
            s.max.unwrap_or(0)
        ),
        None => "No one answered enough for an overall readiness score yet.".to_owned(),
    };
    html! {
        <section class="pa-part">
            <h3>{ "Who is included" }</h3>
            <p class="pa-big"><span class="pa-big-number pa-ws-respondents">{ g.respondents }</span>
                { " people's answers are included." }</p>
            { para("", text.into()) }
        </section>
    }
}

fn dimension_title(id: &str) -> &'static str {
    INSTRUMENTS
        .readiness
        .dimension(id)
        .map_or("", |d| tr(&d.title))
}

/// One row of the dimension chart: lowest to highest as a thin bar, the average ± one
/// standard deviation as a box, and the average as a mark; all on 0..=100.
#[inline(never)]
fn spread_row(title: &'static str, s: &ScaleStats) -> Html {
    let (Some(mean), Some(sd), Some(lo), Some(hi)) = (s.mean, s.sd, s.min, s.max) else {
        return html! {
            <li class="pa-chart-row">
                <span class="pa-chart-label">{ title }</span>
                <span class="pa-chart-value">{ "Too few answers" }</span>
            </li>
        };
    };
    let from = mean.saturating_sub(sd);
    let to = (mean + sd).min(10_000);
    html! {
        <li class="pa-chart-row">
            <span class="pa-chart-label">{ title }</span>
            <svg class="pa-chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect class="pa-chart-track" x="0" y="0" width="100" height="10" />
                <rect class="pa-ws-range" x={lo.to_string()} y="4" width={(hi - lo).to_string()} height="2" />
                <rect class="pa-ws-sd" x={hundredths(from)} y="2" width={hundredths(to - from)} height="6" />
                <rect class="pa-ws-mean" x={hundredths(mean.saturating_sub(50))} y="0" width="1" height="10" />
            </svg>
            <span class="pa-chart-value">{ hundredths(mean) }</span>
        </li>
    }
}

fn dimensions(g: &GroupProfile) -> Html {
    let rows = g.dimensions.iter().map(|d| {
        html! {
            <tr><th scope="row">{ dimension_title(d.dimension) }</th>{ stats_cells(&d.scores.stats) }</tr>
        }
    });
    let index = html! {
        <tr><th scope="row">{ "Overall readiness" }</th>{ stats_cells(&g.index.stats) }</tr>
    };
    let mut head = vec!["Area"];
    head.extend(STATS_HEAD);
    part(
        "The eight areas",
        html! {
            <figure class="pa-chart">
                <figcaption class="pa-muted">
                    { "Scores out of 100. The thin line runs from the lowest to the highest \
                       score, the box covers the average plus and minus one standard \
                       deviation, and the mark is the average." }
                </figcaption>
                <ul class="pa-chart-rows" aria-hidden="true">
                    { spread_row("Overall readiness", &g.index.stats) }
                    { for g.dimensions.iter().map(|d| spread_row(dimension_title(d.dimension), &d.scores.stats)) }
                </ul>
                { table("pa-ws-dimensions", "Readiness scores across the group", &head, html! { <>{ index }{ for rows }</> }) }
            </figure>
        },
    )
}

fn topic_text(id: &str) -> &'static str {
    INSTRUMENTS.text_of(id).map_or("", |t| tr(&t))
}

fn least_consensus(p: &WorkshopProfile) -> Html {
    if p.least_consensus.is_empty() {
        return part(
            "Where the group disagrees most",
            para(
                "",
                "The group agrees on every statement and barrier: nothing stands out for \
                 discussion."
                    .into(),
            ),
        );
    }
    let entries = p.least_consensus.iter().map(|d| {
        let what = match d.topic {
            ConsensusTopic::Item => "Statement",
            ConsensusTopic::BarrierPresence => "Barrier, how present it is",
            ConsensusTopic::BarrierHarm => "Barrier, how much harm it would do",
        };
        html! {
            <li class="pa-ws-topic">
                <p><strong>{ topic_text(d.id) }</strong></p>
                { para("pa-muted", format!("{what}. Agreement: {} ({}). {} disagree, {} in the \
                    middle, {} agree, {} don't know.", band_word(Some(d.agreement_band)),
                    d.agreement, d.low, d.middle, d.high, d.dont_know).into()) }
                { para("pa-ws-prompt", d.prompt(&INSTRUMENTS, LANG).into()) }
            </li>
        }
    });
    part(
        "Where the group disagrees most",
        html! {
            <>
                { para("", "Least agreement first, each with a question to open the discussion.".into()) }
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
    let segments = counts.iter().enumerate().map(|(v, &c)| {
        let at = x;
        x += c;
        html! {
            <rect class={SEGMENT_CLASSES[v]} x={at.to_string()} y="0" width={c.to_string()} height="1" />
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

fn items(g: &GroupProfile) -> Html {
    let rows = g.items.iter().map(|i| {
        html! {
            <tr>
                <th scope="row">{ topic_text(i.item) }{ distribution_bar(&i.counts) }</th>
                { for i.counts.iter().map(|c| cell(c.to_string().into())) }
                { cell(i.dont_know.to_string().into()) }
                { stats_cells(&i.stats) }
            </tr>
        }
    });
    let head = [
        "Statement",
        "Strongly disagree (0)",
        "Disagree (1)",
        "Neither (2)",
        "Agree (3)",
        "Strongly agree (4)",
        "Don't know",
        STATS_HEAD[0],
        STATS_HEAD[1],
        STATS_HEAD[2],
        STATS_HEAD[3],
        STATS_HEAD[4],
        STATS_HEAD[5],
    ];
    part(
        "Each statement",
        html! {
            <>
                { para("pa-muted", "How many gave each answer, on the scale from 0 (strongly \
                    disagree) to 4 (strongly agree), as the statements were written.".into()) }
                { table("pa-ws-items", "Answers to each statement", &head, html! { { for rows } }) }
            </>
        },
    )
}

fn barrier_row(b: &BarrierProfile) -> Html {
    let title = INSTRUMENTS
        .barriers
        .barrier(b.barrier)
        .map_or("", |x| tr(&x.title));
    let r = &b.risk;
    html! {
        <tr>
            <th scope="row">{ title }</th>
            { cell(or_dash(b.presence.stats.mean).into()) }
            { cell(format!("{} ({})", band_word(b.presence.stats.agreement_band),
                b.presence.stats.agreement.map_or_else(|| "–".to_owned(), |a| a.to_string())).into()) }
            { cell(or_dash(b.harm.stats.mean).into()) }
            { cell(format!("{} ({})", band_word(b.harm.stats.agreement_band),
                b.harm.stats.agreement.map_or_else(|| "–".to_owned(), |a| a.to_string())).into()) }
            { cell(or_dash(r.stats.mean).into()) }
            { cell(format!("{} low, {} moderate, {} high, {} critical", r.low, r.moderate, r.high, r.critical).into()) }
        </tr>
    }
}

fn barriers(g: &GroupProfile) -> Html {
    part(
        "Barriers: how much the group agrees",
        html! {
            <>
                { para("pa-muted", "Presence and harm are rated from 0 (not at all) to 4 \
                    (very much); risk is presence times harm, up to 16.".into()) }
                { table("pa-ws-barriers", "Barriers across the group",
                    &["Barrier", "Presence, average", "Presence, agreement", "Harm, average",
                      "Harm, agreement", "Risk, average", "Risk levels"],
                    html! { { for g.barriers.iter().map(barrier_row) } }) }
            </>
        },
    )
}

const VERDICTS: [TimingVerdict; 4] = [
    TimingVerdict::ActNow,
    TimingVerdict::StartSmall,
    TimingVerdict::InvestInRelationships,
    TimingVerdict::NotYet,
];

fn verdict_count(g: &GroupProfile, v: TimingVerdict) -> u32 {
    let p = &g.verdicts;
    match v {
        TimingVerdict::ActNow => p.act_now,
        TimingVerdict::StartSmall => p.start_small,
        TimingVerdict::InvestInRelationships => p.invest_in_relationships,
        TimingVerdict::NotYet => p.not_yet,
    }
}

fn verdicts(g: &GroupProfile) -> Html {
    let rows = VERDICTS.iter().map(|&v| {
        html! {
            <tr><th scope="row">{ tr(&INSTRUMENTS.timing.verdict(v).title) }</th>
                { cell(verdict_count(g, v).to_string().into()) }</tr>
        }
    });
    let p = &g.verdicts;
    let agreement = match p.agreement {
        Some(a) => format!(
            "Agreement on the timing: {} ({a} in 1000 reached the most common verdict).",
            band_word(p.agreement_band)
        ),
        None => "Too few people for an agreement figure.".to_owned(),
    };
    part(
        "Is now the right time? Everyone's verdicts",
        html! {
            <>
                { table("pa-ws-verdicts", "Timing verdicts across the group", &["Verdict", "People"], html! { { for rows } }) }
                { para("pa-ws-verdict-agreement", agreement.into()) }
            </>
        },
    )
}

/// A role as a group of people.
pub fn role_group(role: RespondentRole) -> &'static str {
    match role {
        RespondentRole::Staff => "Staff",
        RespondentRole::Board => "Board",
        RespondentRole::Volunteer => "Volunteers",
        RespondentRole::Partner => "Partner organizations",
        RespondentRole::CommunityMember => "Community members",
        RespondentRole::Other => "Other roles",
    }
}

fn gap_title(topic: GapTopic, id: &str) -> &'static str {
    match topic {
        GapTopic::Index => "Overall readiness",
        _ => topic_text(id),
    }
}

fn subgroups(p: &WorkshopProfile) -> Html {
    let hidden = p.hidden_groups.iter().map(|h| {
        let why = match h.reason {
            HiddenReason::FewerThanThree => "fewer than 3 people answered in this role",
            HiddenReason::WouldRevealOthers => {
                "showing it would let others work out the answers of 1 or 2 people"
            }
        };
        html! { <li>{ format!("{}: not shown, because {why}.", role_group(h.role)) }</li> }
    });
    let notice = para(
        "",
        "To protect people's privacy, a role is shown only when at least 3 people answered \
         in it."
            .into(),
    );
    let mut head = vec!["Area"];
    head.extend(p.subgroups.iter().map(|s| role_group(s.role)));
    let dims = INSTRUMENTS.readiness.dimensions.iter().enumerate();
    let row = |title: &'static str, cells: Vec<String>| {
        html! {
            <tr><th scope="row">{ title }</th>{ for cells.into_iter().map(|c| cell(c.into())) }</tr>
        }
    };
    let means = |f: &dyn Fn(&GroupProfile) -> Option<u32>| -> Vec<String> {
        p.subgroups.iter().map(|s| or_dash(f(&s.profile))).collect()
    };
    let rows = std::iter::once(row(
        "People",
        p.subgroups
            .iter()
            .map(|s| s.profile.respondents.to_string())
            .collect(),
    ))
    .chain(std::iter::once(row(
        "Overall readiness",
        means(&|g| g.index.stats.mean),
    )))
    .chain(dims.map(|(i, d)| {
        row(
            tr(&d.title),
            means(&|g| g.dimensions.get(i).and_then(|x| x.scores.stats.mean)),
        )
    }))
    .collect::<Vec<_>>();
    let gaps = p.gaps.iter().map(|g| {
        html! {
            <li>{ format!("{}: {} average {}, {} average {}.", gap_title(g.topic, g.id),
                role_group(g.higher_role), hundredths(g.higher_mean),
                role_group(g.lower_role), hundredths(g.lower_mean)) }</li>
        }
    });
    part(
        "By role",
        html! {
            <>
                { notice }
                if !p.hidden_groups.is_empty() {
                    <ul class="pa-ws-hidden">{ for hidden }</ul>
                }
                if p.subgroups.is_empty() {
                    { para("", "No role has enough people to be shown on its own.".into()) }
                } else {
                    { table("pa-ws-subgroups", "Average scores by role", &head, html! { { for rows } }) }
                }
                if !p.gaps.is_empty() {
                    <h4>{ "The largest differences between roles" }</h4>
                    <ul class="pa-ws-gaps">{ for gaps }</ul>
                }
            </>
        },
    )
}

// ----------------------------------------------------------------------------------------
// The presenter view: one topic at a time in large type, never a name.

fn slide_title(slide: Slide, p: &WorkshopProfile) -> &'static str {
    match slide {
        Slide::Overview => "Who took part",
        Slide::Dimensions => "The eight areas of readiness",
        Slide::Disagreement(i) => p.least_consensus.get(i).map_or("", |d| topic_text(d.id)),
        Slide::Barriers => "Barriers",
        Slide::Timing => "Is now the right time?",
        Slide::Gaps => "Where roles see things differently",
    }
}

fn slide_body(slide: Slide, p: &WorkshopProfile) -> Html {
    let g = &p.group;
    match slide {
        Slide::Overview => html! {
            <>
                <p class="pa-ws-huge">{ format!("{} people", g.respondents) }</p>
                { para("", match g.index.stats.mean {
                    Some(m) => format!("Average overall readiness {} out of 100; agreement {}.",
                        hundredths(m), band_word(g.index.stats.agreement_band).to_lowercase()),
                    None => "Not enough answers for an overall score.".to_owned(),
                }.into()) }
            </>
        },
        Slide::Dimensions => html! {
            <ul class="pa-ws-slide-list">
                { for g.dimensions.iter().map(|d| html! {
                    <li>{ format!("{}: average {}, agreement {}", dimension_title(d.dimension),
                        or_dash(d.scores.stats.mean),
                        band_word(d.scores.stats.agreement_band).to_lowercase()) }</li>
                }) }
            </ul>
        },
        Slide::Disagreement(i) => match p.least_consensus.get(i) {
            Some(d) => html! {
                <>
                    { para("", format!("{} disagree, {} in the middle, {} agree, {} don't know. \
                        Agreement {}.", d.low, d.middle, d.high, d.dont_know,
                        band_word(Some(d.agreement_band)).to_lowercase()).into()) }
                    { para("pa-ws-prompt", d.prompt(&INSTRUMENTS, LANG).into()) }
                </>
            },
            None => html! {},
        },
        Slide::Barriers => html! {
            <ul class="pa-ws-slide-list">
                { for g.barriers.iter().map(|b| html! {
                    <li>{ format!("{}: average risk {} of 16; agreement on presence {}, on harm {}",
                        INSTRUMENTS.barriers.barrier(b.barrier).map_or("", |x| tr(&x.title)),
                        or_dash(b.risk.stats.mean),
                        band_word(b.presence.stats.agreement_band).to_lowercase(),
                        band_word(b.harm.stats.agreement_band).to_lowercase()) }</li>
                }) }
            </ul>
        },
        Slide::Timing => html! {
            <ul class="pa-ws-slide-list">
                { for VERDICTS.iter().map(|&v| html! {
                    <li>{ format!("{}: {} people", tr(&INSTRUMENTS.timing.verdict(v).title),
                        verdict_count(g, v)) }</li>
                }) }
            </ul>
        },
        Slide::Gaps => html! {
            <ul class="pa-ws-slide-list">
                { for p.gaps.iter().map(|x| html! {
                    <li>{ format!("{}: {} {}, {} {}", gap_title(x.topic, x.id),
                        role_group(x.higher_role), hundredths(x.higher_mean),
                        role_group(x.lower_role), hundredths(x.lower_mean)) }</li>
                }) }
            </ul>
        },
    }
}

fn presenter(props: &WorkshopProps, index: usize, p: &WorkshopProfile) -> Html {
    let slides = &props.state.slides;
    let slide = slides.get(index).copied().unwrap_or(Slide::Overview);
    let on = props.on.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let action = match e.key().as_str() {
            "ArrowRight" => WorkshopAction::NextSlide,
            "ArrowLeft" => WorkshopAction::PreviousSlide,
            "Escape" => WorkshopAction::StopPresenting,
            _ => return,
        };
        e.prevent_default();
        on.emit(ws(action));
    });
    html! {
        <div class="pa-presenter pa-no-print" {onkeydown}>
            <p class="pa-presenter-progress" role="status">
                { format!("Topic {} of {}", index + 1, slides.len()) }
            </p>
            <h2 class="pa-presenter-title" tabindex="-1" ref={props.heading.clone()}>
                { slide_title(slide, p) }
            </h2>
            { slide_body(slide, p) }
            <div class="pa-actions">
                { ws_button("pa-button pa-button-quiet", "Previous topic", &props.on, || WorkshopAction::PreviousSlide) }
                { ws_button("pa-button", "Next topic", &props.on, || WorkshopAction::NextSlide) }
                { ws_button("pa-button pa-button-quiet", "Leave the presenter view", &props.on, || WorkshopAction::StopPresenting) }
            </div>
            { para("pa-muted", "Keys: right and left arrows move between topics; Escape leaves.".into()) }
        </div>
    }
}
