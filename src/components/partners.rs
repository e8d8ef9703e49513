//! The partner map: the needs of the alliance, the organisation form, the sortable table,
//! what the list covers (and the fewest organisations that cover it), and the opportunity
//! matrix drawn as SVG with its text twin.
//!
//! Names and notes are user text and may hold anything (markup, `javascript:` links,
//! direction overrides, very long words). They only ever appear as text nodes (Yew escapes
//! them), inside `<bdi>` so an override cannot reverse what follows, and in cells that wrap
//! anywhere. The chart shows numbers; its point titles use the engine's `chart_label`.
//!
//! Every word here comes from `partnership_engine::words::partners` or the partner
//! vocabulary, and every rule (what a row says, where a point goes, whether the form is
//! full) from `partnership_engine::partners`: these functions only lay them out.

use partnership_engine::flow;
use partnership_engine::flow::Section;
use partnership_engine::partners::form::form_notice;
use partnership_engine::partners::table::{
    SortKey, matrix_points, priority_label, priority_of, row_summary, sorted_positions,
};
use partnership_engine::partners::{
    Candidate, Criterion, Offer, OfferKind, OfferSet, PARTNER_VOCABULARY, PartnerMap,
    PartnerRating, Portfolio, Priority, Sector,
};
use partnership_engine::summary::details_open;
use partnership_engine::words::pages;
use partnership_engine::words::partners as words;
use yew::prelude::*;

use crate::components::para;
use crate::dom;
use crate::lang::tr;
use crate::state::Action;
use crate::state::partners::{PartnerFocus, PartnerIntent, PartnerUi};

/// The element that receives focus for each [`PartnerFocus`].
pub fn focus_id(focus: PartnerFocus) -> &'static str {
    match focus {
        PartnerFocus::Name => "pa-partner-name",
        PartnerFocus::Table => "pa-partner-table-title",
        PartnerFocus::Notes => "pa-partner-notes",
    }
}

fn criterion_question(c: Criterion) -> &'static str {
    PARTNER_VOCABULARY
        .criteria
        .iter()
        .find(|d| d.id == c.id())
        .map_or("", |d| tr(&d.question))
}

fn offer_description(o: Offer) -> &'static str {
    PARTNER_VOCABULARY
        .offers
        .get(o.index())
        .map_or("", |d| tr(&d.description))
}

fn rating_label(r: PartnerRating) -> &'static str {
    tr(&r.label())
}

/// A rating as given, or `words::partners::not_rated()`.
fn given_label(r: Option<PartnerRating>) -> &'static str {
    r.map_or(words::not_rated(), rating_label)
}

fn priority_class(p: Priority) -> &'static str {
    match p {
        Priority::Immediate => "pa-pri pa-pri-immediate",
        Priority::Explore => "pa-pri pa-pri-explore",
        Priority::LongTerm => "pa-pri pa-pri-long-term",
        Priority::NotNow => "pa-pri pa-pri-not-now",
    }
}

/// A name as inert, direction-isolated text.
#[inline(never)]
fn name_text(name: &str) -> Html {
    html! { <bdi class="pa-partner-name">{ name.to_owned() }</bdi> }
}

/// One labelled checkbox with the offer's description as its description.
#[inline(never)]
fn offer_checkbox(prefix: &'static str, offer: Offer, checked: bool, on: Callback<bool>) -> Html {
    let id = format!("{prefix}-{}", offer.id());
    let hint = format!("{id}-hint");
    let onchange = Callback::from(move |e: Event| on.emit(dom::checked(&e)));
    html! {
        <div class="pa-check">
            <input type="checkbox" id={id.clone()} {checked} {onchange} aria-describedby={hint.clone()} />
            <label for={id}>{ tr(&offer.label()) }</label>
            <span class="pa-muted pa-check-hint" id={hint}>{ offer_description(offer) }</span>
        </div>
    }
}

/// The roles (or the kinds of value) as a checkbox group.
fn offer_group(
    prefix: &'static str,
    legend: &'static str,
    kind: OfferKind,
    ticked: OfferSet,
    on: &Callback<(Offer, bool)>,
) -> Html {
    let boxes = Offer::all().filter(|o| o.kind() == kind).map(|o| {
        let on = on.clone();
        offer_checkbox(
            prefix,
            o,
            ticked.contains(o),
            Callback::from(move |b| on.emit((o, b))),
        )
    });
    let count = Offer::all()
        .filter(|o| o.kind() == kind && ticked.contains(*o))
        .count();
    // On a phone the long list folds behind one line that says how many are ticked.
    let open = details_open(dom::viewport_width());
    html! {
        <fieldset class="pa-question pa-checks">
            <legend class="pa-question-text">{ legend }</legend>
            <details class="pa-offer-fold" {open}>
                <summary>{ pages::show_choices(count) }</summary>
                <div class="pa-checks">{ for boxes }</div>
            </details>
        </fieldset>
    }
}

/// The partner map inside the question flow.
pub fn partner_editor(
    map: &PartnerMap,
    ui: &PartnerUi,
    portfolio: &Portfolio,
    send: &Callback<PartnerIntent>,
) -> Html {
    let on_need = send.reform(|(o, b)| PartnerIntent::Need(o, b));
    html! {
        <div class="pa-partners">
            <p class="pa-visually-hidden" role="status">{ ui.announcement.clone() }</p>
            <h3 class="pa-item-title">{ words::needs_title() }</h3>
            { para("pa-muted", words::needs_intro().into()) }
            <div class="pa-two">
                { offer_group("pa-need", words::roles_needed(), OfferKind::Role, map.needs(), &on_need) }
                { offer_group("pa-need", words::values_needed(), OfferKind::Value, map.needs(), &on_need) }
            </div>
            { form(map, ui, send) }
            { table(map, portfolio, ui, Some(send)) }
            { portfolio_view(map, portfolio, 3) }
            { matrix(map, portfolio, 3) }
        </div>
    }
}

/// The partner map on the results screen (and on paper): the list, what it covers and the
/// matrix, with a way back to the map.
pub fn partner_results(
    map: &PartnerMap,
    portfolio: &Portfolio,
    on: &Callback<Action>,
    sections: &[Section],
) -> Html {
    let on = on.clone();
    // Go to the map in the current flow, or open the map on its own.
    let at = sections.iter().position(|s| *s == Section::Partners);
    let open = Callback::from(move |_: MouseEvent| {
        on.emit(match at {
            Some(i) => Action::GoTo(i),
            None => Action::Begin(flow::Scope::Partners),
        })
    });
    let title = tr(&PARTNER_VOCABULARY.title);
    let section = html! {
        <crate::components::fold::Fold id="pa-partners-result" {title}>
            if map.is_empty() {
                { para("", words::results_empty().into()) }
            } else {
                { table(map, portfolio, &PartnerUi::default(), None) }
                { portfolio_view(map, portfolio, 4) }
                { matrix(map, portfolio, 4) }
            }
            <div class="pa-actions pa-no-print">
                { crate::components::button("pa-button pa-button-quiet", words::open_map(map).into(), open) }
            </div>
        </crate::components::fold::Fold>
    };
    if map.is_empty() {
        // No list yet: on screen the section invites one; on paper it would only say so.
        html! { <div class="pa-no-print">{ section }</div> }
    } else {
        section
    }
}

/// A heading of the partner map at `level` (3 on the map's page, 4 and 5 in the
/// results), with the item-title look. The table's heading takes focus after a removal.
#[inline(never)]
fn heading(level: u8, id: Option<&'static str>, text: AttrValue) -> Html {
    let tabindex = (id == Some("pa-partner-table-title")).then_some("-1");
    let class = if id == Some("pa-cover-title") {
        ""
    } else {
        "pa-item-title"
    };
    match level {
        3 => html! { <h3 {id} {class} {tabindex}>{ text }</h3> },
        4 => html! { <h4 {id} {class} {tabindex}>{ text }</h4> },
        _ => html! { <h5 {id} {class} {tabindex}>{ text }</h5> },
    }
}

// ----------------------------------------------------------------------------------------
// The form

fn form(map: &PartnerMap, ui: &PartnerUi, send: &Callback<PartnerIntent>) -> Html {
    let f = &ui.form;
    let name_error = f.name_error();
    let notes_error = f.notes_error();
    let editing = f.editing.is_some();
    let on_name = send.reform(|e: InputEvent| PartnerIntent::Name(dom::value(&e)));
    let on_notes = send.reform(|e: InputEvent| PartnerIntent::Notes(dom::value(&e)));
    let on_sector = send.reform(|e: Event| {
        PartnerIntent::Sector(Sector::from_id(&dom::value(&e)).unwrap_or_else(Sector::other))
    });
    let on_offer = send.reform(|(o, b)| PartnerIntent::Offer(o, b));
    let onsubmit = send.reform(|e: SubmitEvent| {
        e.prevent_default();
        PartnerIntent::Save
    });
    let cancel = send.reform(|_: MouseEvent| PartnerIntent::Cancel);
    let name_describedby = if name_error.is_some() {
        "pa-partner-name-hint pa-partner-name-error"
    } else {
        "pa-partner-name-hint"
    };
    let notes_describedby = if notes_error.is_some() {
        "pa-partner-notes-hint pa-partner-notes-error"
    } else {
        "pa-partner-notes-hint"
    };
    let ratings = Criterion::ALL
        .iter()
        .map(|&c| rating_group(c, f.ratings.get(c), send));
    html! {
        <form class="pa-partner-form" aria-labelledby="pa-partner-form-title" {onsubmit}>
            <h3 id="pa-partner-form-title" class="pa-item-title">{ words::form_title(editing) }</h3>
            if let Some(notice) = form_notice(map, editing) {
                <p class="pa-panel pa-panel-calm">{ notice.to_string() }</p>
            }
            <div class="pa-field">
                <label for="pa-partner-name">{ words::name_label() }</label>
                <span class="pa-hint" id="pa-partner-name-hint">{ words::name_hint() }</span>
                <input id="pa-partner-name" type="text" autocomplete="off" value={f.name.clone()}
                    oninput={on_name} aria-invalid={name_error.is_some().then_some("true")}
                    aria-describedby={name_describedby} />
                <p class="pa-field-error" id="pa-partner-name-error" aria-live="polite">
                    { name_error.unwrap_or_default() }
                </p>
            </div>
            <div class="pa-field">
                <label for="pa-partner-sector">{ words::sector() }</label>
                <select id="pa-partner-sector" onchange={on_sector}>
                    { for Sector::all().map(|s| html! {
                        <option value={s.id()} selected={s == f.sector}>{ tr(&s.label()) }</option>
                    }) }
                </select>
            </div>
            { offer_group("pa-offer", words::roles_offered(), OfferKind::Role, f.offers, &on_offer) }
            { offer_group("pa-offer", words::values_offered(), OfferKind::Value, f.offers, &on_offer) }
            <p class="pa-hint" id="pa-ratings-hint">{ words::ratings_hint() }</p>
            { for ratings }
            <div class="pa-field">
                <label for="pa-partner-notes">{ words::notes_label() }</label>
                <span class="pa-hint" id="pa-partner-notes-hint">{ words::notes_hint() }</span>
                <textarea id="pa-partner-notes" rows="3" value={f.notes.clone()} oninput={on_notes}
                    aria-invalid={notes_error.is_some().then_some("true")}
                    aria-describedby={notes_describedby} />
                <p class="pa-field-error" id="pa-partner-notes-error" aria-live="polite">
                    { notes_error.unwrap_or_default() }
                </p>
            </div>
            <div role="alert" class="pa-alert">
                if let Some(error) = &ui.error {
                    <p class="pa-panel pa-panel-error">{ error.clone() }</p>
                }
            </div>
            <div class="pa-actions">
                <button type="submit" class="pa-button">{ words::save_button(editing) }</button>
                if editing {
                    { crate::components::button("pa-button pa-button-quiet", words::cancel().into(), cancel) }
                }
            </div>
        </form>
    }
}

/// One rating as a radio group: Not rated yet (the first choice), Low, Medium, High.
#[inline(never)]
fn rating_group(
    c: Criterion,
    value: Option<PartnerRating>,
    send: &Callback<PartnerIntent>,
) -> Html {
    let name = format!("pa-rate-{}", c.id());
    let choices = std::iter::once(None).chain(PartnerRating::ALL.iter().map(|&r| Some(r)));
    let options = choices.map(|r| {
        let onchange = send.reform(move |_: Event| PartnerIntent::Rate(c, r));
        html! {
            <label class="pa-option">
                <input type="radio" name={name.clone()} checked={r == value} {onchange} />
                <span>{ given_label(r) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="pa-question">
            <legend class="pa-question-text">
                { tr(&c.label()) }<span class="pa-legend-question">{ criterion_question(c) }</span>
            </legend>
            <div class="pa-options">{ for options }</div>
        </fieldset>
    }
}

// ----------------------------------------------------------------------------------------
// The table

/// A column header; sortable (a button with `aria-sort`) when `send` is given.
#[inline(never)]
fn header(
    label: &'static str,
    key: SortKey,
    ui: &PartnerUi,
    send: Option<&Callback<PartnerIntent>>,
) -> Html {
    let Some(send) = send else {
        return html! { <th scope="col">{ label }</th> };
    };
    let sort = ui.sort.filter(|(k, _)| *k == key).map(|(_, d)| d.aria());
    let onclick = send.reform(move |_: MouseEvent| PartnerIntent::Sort(key));
    html! {
        <th scope="col" aria-sort={sort}>
            <button type="button" class="pa-sort" {onclick}>
                { label }<span class="pa-sort-mark" aria-hidden="true"></span>
            </button>
        </th>
    }
}

fn table(
    map: &PartnerMap,
    portfolio: &Portfolio,
    ui: &PartnerUi,
    send: Option<&Callback<PartnerIntent>>,
) -> Html {
    let candidates = map.candidates();
    // Under the questions' h2 on the partner page, under the results' h3 elsewhere.
    let level = if send.is_some() { 3 } else { 4 };
    if candidates.is_empty() {
        return html! {
            <>
                { heading(level, Some("pa-partner-table-title"), words::list_title().into()) }
                { para("pa-muted", words::list_empty().into()) }
            </>
        };
    }
    let order = sorted_positions(candidates, if send.is_some() { ui.sort } else { None });
    let rows = order.iter().filter_map(|&i| {
        let c = candidates.get(i)?;
        Some(row(i, c, portfolio, send))
    });
    let caption = words::list_caption(candidates.len());
    html! {
        <>
            { heading(level, Some("pa-partner-table-title"), caption.into()) }
            if send.is_some() {
                { para("pa-muted", words::sort_hint().into()) }
            }
            <div class="pa-table-wrap" role="region" aria-labelledby="pa-partner-table-title" tabindex="0">
                <table class="pa-compare pa-partner-table">
                    <thead>
                        <tr>
                            { header(words::name_column(), SortKey::Name, ui, send) }
                            { header(words::sector(), SortKey::Sector, ui, send) }
                            { for Criterion::ALL.iter().map(|&c| header(words::criterion_column(c), SortKey::Rating(c), ui, send)) }
                            { header(words::priority_column(), SortKey::Priority, ui, send) }
                            if send.is_some() {
                                <th scope="col">{ words::actions_column() }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}

/// One organisation's row.
#[inline(never)]
fn row(
    i: usize,
    c: &Candidate,
    portfolio: &Portfolio,
    send: Option<&Callback<PartnerIntent>>,
) -> Html {
    let summary = row_summary(portfolio, i, c);
    let in_cover = summary.in_cover;
    let actions = send.map(|send| {
        let name = c.name().to_owned();
        let button = |verb: &'static str, action: PartnerIntent| {
            let onclick = send.reform(move |_: MouseEvent| action.clone());
            html! {
                <button type="button" class="pa-button pa-button-quiet pa-button-small" {onclick}>
                    { verb }<span class="pa-visually-hidden">{ partnership_engine::words::common::word_gap() }{ name.clone() }</span>
                </button>
            }
        };
        html! {
            <td class="pa-row-actions">
                { button(words::edit(), PartnerIntent::Edit(i)) }
                { button(words::duplicate(), PartnerIntent::Duplicate(i)) }
                { button(words::remove(), PartnerIntent::Remove(i)) }
            </td>
        }
    });
    let p = summary.priority;
    html! {
        <tr key={i} class={in_cover.then_some("pa-in-cover")}>
            <th scope="row">
                <span class="pa-row-number">{ words::row_number(i) }</span>{ name_text(c.name()) }
                if in_cover {
                    <span class="pa-tag pa-tag-cover">{ words::in_smallest_set() }</span>
                }
                if !c.notes().is_empty() {
                    <p class="pa-muted pa-partner-notes"><bdi>{ c.notes().to_owned() }</bdi></p>
                }
            </th>
            // Each cell names its column for the cards a phone shows instead of the table.
            <td data-label={words::sector()}>{ tr(&c.sector.label()) }</td>
            { for Criterion::ALL.iter().map(|&k| html! {
                <td data-label={words::criterion_column(k)}>{ given_label(c.ratings.get(k)) }</td>
            }) }
            <td class="pa-row-priority" data-label={words::priority_column()}>
                if let Some(p) = p {
                    <span class={priority_class(p)}>{ priority_label(p) }</span>
                } else {
                    <span class="pa-pri pa-pri-unrated">{ words::not_rated() }</span>
                }
                <ul class="pa-reasons">
                    if !summary.missing.is_empty() {
                        <li>{ words::priority_needs(&summary.missing) }</li>
                    }
                    { for summary.reasons.into_iter().map(|n| html! { <li>{ n }</li> }) }
                </ul>
            </td>
            { for actions }
        </tr>
    }
}

// ----------------------------------------------------------------------------------------
// Coverage, gaps, sectors and the smallest covering set

fn names_of(map: &PartnerMap, positions: &[usize]) -> Html {
    let c = map.candidates();
    html! {
        <>
            { for positions.iter().enumerate().filter_map(|(n, &i)| {
                let name = c.get(i)?.name();
                Some(html! { <>{ if n > 0 { words::name_separator() } else { "" } }{ name_text(name) }</> })
            }) }
        </>
    }
}

/// `level` is the heading level: 3 under the questions' `h2`, 4 under a results `h3`.
fn portfolio_view(map: &PartnerMap, p: &Portfolio, level: u8) -> Html {
    let m = &PARTNER_VOCABULARY.messages;
    let coverage = p.coverage.iter().map(|need| {
        let label = words::need(need.need);
        if need.candidates.is_empty() {
            html! {
                <li class="pa-gap"><strong>{ label }</strong>{ tr(&m.gap) }</li>
            }
        } else {
            html! { <li><strong>{ label }</strong>{ names_of(map, &need.candidates) }</li> }
        }
    });
    let members = p.cover.members.iter().filter_map(|member| {
        let c = map.candidates().get(member.candidate)?;
        let priority = priority_of(p, member.candidate, c).map(|d| d.priority);
        Some(html! {
            <li>
                { name_text(c.name()) }
                <span class="pa-muted">{ words::cover_priority(priority) }</span>
                <p class="pa-cover-reason">{ words::only_it_brings(member.only_it) }</p>
                if member.not_now {
                    <p class="pa-cover-reason">{ tr(&m.not_now_in_cover) }</p>
                }
                if member.unrated {
                    <p class="pa-cover-reason">{ words::unrated_in_cover() }</p>
                }
            </li>
        })
    });
    let needs_ticked = !map.needs().is_empty();
    html! {
        <div class="pa-portfolio">
            { heading(level, None, words::coverage_title().into()) }
            if let Some(sector) = p.sectors.single_sector {
                <div class="pa-panel pa-panel-calm">
                    { para("", words::one_sector(sector).into()) }
                    { para("", tr(&m.single_sector).into()) }
                </div>
            }
            if !needs_ticked {
                { para("pa-muted", words::tick_needs().into()) }
            } else {
                <ul class="pa-coverage">{ for coverage }</ul>
                { heading(level + 1, Some("pa-cover-title"), words::cover_title().into()) }
                if p.cover.members.is_empty() {
                    { para("pa-muted", words::cover_empty().into()) }
                } else {
                    { para("", tr(&m.cover_intro).into()) }
                    <ol class="pa-cover" aria-labelledby="pa-cover-title">{ for members }</ol>
                }
                if !p.gaps.is_empty() {
                    { para("", words::gaps(p.gaps).into()) }
                }
            }
        </div>
    }
}

// ----------------------------------------------------------------------------------------
// The matrix chart

/// The shape of a point: one per priority, so the chart reads without colour (a circle,
/// a square, a triangle, a diamond). One `path` keeps the rendering code small.
#[inline(never)]
fn shape(p: Priority, x: i32, y: i32, r: i32) -> Html {
    let (l, t, rr, b) = (x - r - 1, y - r - 1, x + r + 1, y + r + 1);
    let d = match p {
        Priority::Immediate => format!(
            "M{} {y}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0",
            x - r,
            2 * r,
            2 * r
        ),
        Priority::Explore => format!("M{} {}h{}v{}h-{}z", x - r, y - r, 2 * r, 2 * r, 2 * r),
        Priority::LongTerm => format!("M{x} {t}L{rr} {}H{l}z", y + r),
        Priority::NotNow => format!("M{x} {t}L{rr} {y}L{x} {b}L{l} {y}z"),
    };
    html! { <path class={priority_class(p)} {d} /> }
}

/// `level` is the heading level, as for [`portfolio_view`].
/// A rating's label on one of the matrix's axes, at (`x`, `y`).
#[inline(never)]
fn tick(x: &'static str, y: &'static str, anchor: &'static str, rating: PartnerRating) -> Html {
    html! {
        <text class="pa-matrix-tick" {x} {y} text-anchor={anchor}>{ rating_label(rating) }</text>
    }
}

fn matrix(map: &PartnerMap, p: &Portfolio, level: u8) -> Html {
    let candidates = map.candidates();
    if candidates.is_empty() {
        return html! {};
    }
    let points = matrix_points(candidates, p).into_iter().filter_map(|point| {
        let c = candidates.get(point.position)?;
        let (x, y, r) = (point.x, point.y, point.radius);
        Some(html! {
            <g>
                <title>{ words::point_title(point.position, c.name()) }</title>
                { shape(point.priority, x, y, r) }
                if point.numbered {
                    <text class="pa-matrix-number" x={(x + r + 2).to_string()} y={(y - r).to_string()}>
                        { words::point_number(point.position) }
                    </text>
                }
            </g>
        })
    });
    let legend = Priority::ALL.iter().map(|&q| {
        html! {
            <li>
                <svg class="pa-legend-shape" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                    { shape(q, 10, 10, 6) }
                </svg>
                { priority_label(q) }
            </li>
        }
    });
    let alternative = candidates.iter().enumerate().map(|(i, c)| {
        let priority = priority_of(p, i, c).map(|d| d.priority);
        let (before, after) = words::matrix_entry(&c.ratings, priority);
        html! {
            <li>
                { before }
                { name_text(c.name()) }
                { after }
            </li>
        }
    });
    html! {
        <figure class="pa-matrix">
            { heading(level, Some("pa-matrix-title"), words::matrix_title().into()) }
            <p class="pa-muted" id="pa-matrix-desc">{ words::matrix_description(p) }</p>
            <svg class="pa-matrix-chart" viewBox="0 0 340 320" role="img"
                aria-labelledby="pa-matrix-title pa-matrix-desc" focusable="false">
                // The grid and axes are fixed: the engine's MATRIX_LEFT 64, MATRIX_TOP 8,
                // cells of MATRIX_CELL 90 (`partners::table`).
                <rect class="pa-matrix-best" x="244" y="8" width="90" height="90" />
                <path class="pa-matrix-grid" d="M64 8V278M154 8V278M244 8V278M334 8V278M64 8H334M64 98H334M64 188H334M64 278H334" />
                { tick("109", "292", "middle", PartnerRating::Low) }
                { tick("199", "292", "middle", PartnerRating::Medium) }
                { tick("289", "292", "middle", PartnerRating::High) }
                { tick("60", "57", "end", PartnerRating::High) }
                { tick("60", "147", "end", PartnerRating::Medium) }
                { tick("60", "237", "end", PartnerRating::Low) }
                <text class="pa-matrix-axis" x="199" y="312" text-anchor="middle">{ words::matrix_across() }</text>
                <text class="pa-matrix-axis" x="10" y="143" text-anchor="middle" transform="rotate(-90 10 143)">
                    { words::matrix_up() }
                </text>
                { for points }
            </svg>
            <figcaption>
                <p class="pa-muted">{ words::matrix_key() }</p>
                <ul class="pa-legend" aria-label={words::matrix_legend()}>{ for legend }</ul>
                <ol class="pa-matrix-list">{ for alternative }</ol>
            </figcaption>
        </figure>
    }
}
