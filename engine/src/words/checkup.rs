//! The words of the health check of a partnership already running: the start screen's
//! offer, the recommendation and its reasons, the balance, the imbalance warning and what
//! is still to answer. Area titles, bands and statements come from `health.toml`.
use crate::catalogue::{Msg, msg, number};
use crate::health::{
    BalanceOutcome, BalanceReport, HealthMissing, HealthReason, HealthReasonKind, HealthReport,
    Recommendation,
};
use crate::instrument::HealthInstrument;
use crate::readiness::MAX_SCORE;

/// The start screen's button for the health check on its own.
pub fn start_offer() -> &'static str {
    msg::CHECKUP_START_OFFER.text()
}

/// The line under that button.
pub fn start_offer_help() -> &'static str {
    msg::CHECKUP_START_OFFER_HELP.text()
}

/// The heading of the health check's results.
pub fn title() -> &'static str {
    msg::CHECKUP_TITLE.text()
}

fn score_args(score: u8) -> String {
    number(usize::from(score))
}

/// "Partnership health: 72 out of 100, needs attention.", or that there is no overall
/// score yet.
pub fn overall(instrument: &HealthInstrument, report: &HealthReport) -> String {
    match (report.areas.index, report.areas.band) {
        (Some(index), Some(band)) => msg::CHECKUP_OVERALL.with(&[
            ("score", &score_args(index)),
            ("max", &score_args(MAX_SCORE)),
            ("band", instrument.scored.band(band).label.show()),
        ]),
        _ => no_overall().to_owned(),
    }
}

/// Said instead of the overall health while no area has a score.
pub fn no_overall() -> &'static str {
    msg::CHECKUP_NO_OVERALL.text()
}

/// How many areas the overall score rests on.
pub fn rests_on(report: &HealthReport) -> String {
    msg::CHECKUP_RESTS_ON.count_with(
        report.areas.valid_dimensions as usize,
        &[("total", &number(report.areas.total_dimensions as usize))],
    )
}

/// The heading of the balance.
pub fn balance_title() -> &'static str {
    msg::CHECKUP_BALANCE_TITLE.text()
}

/// What the balance comes to, in a sentence.
pub fn balance_outcome(outcome: BalanceOutcome) -> &'static str {
    match outcome {
        BalanceOutcome::BenefitsOutweigh => msg::CHECKUP_BALANCE_BENEFITS_OUTWEIGH,
        BalanceOutcome::AboutEven => msg::CHECKUP_BALANCE_ABOUT_EVEN,
        BalanceOutcome::CostsOutweigh => msg::CHECKUP_BALANCE_COSTS_OUTWEIGH,
        BalanceOutcome::NotEnoughAnswers => msg::CHECKUP_BALANCE_NOT_ENOUGH,
    }
    .text()
}

/// An amount answer's label ("A lot"), or "" outside the scale.
pub fn amount(instrument: &HealthInstrument, value: u8) -> &'static str {
    instrument
        .balance
        .labels
        .get(usize::from(value))
        .map_or("", |t| t.show())
}

/// "It gives: a lot. It costs: some.", when both are answered.
pub fn balance_answers(instrument: &HealthInstrument, balance: &BalanceReport) -> Option<String> {
    let (benefits, costs) = (balance.benefits?, balance.costs?);
    Some(msg::CHECKUP_BALANCE_ANSWERS.with(&[
        ("benefits", amount(instrument, benefits)),
        ("costs", amount(instrument, costs)),
    ]))
}

/// The heading above the recommendation.
pub fn recommendation_title() -> &'static str {
    msg::CHECKUP_RECOMMENDATION_TITLE.text()
}

/// The recommendation's short name ("Repair it").
pub fn recommendation(r: Recommendation) -> Msg {
    match r {
        Recommendation::Deepen => msg::CHECKUP_DEEPEN,
        Recommendation::KeepSteady => msg::CHECKUP_KEEP_STEADY,
        Recommendation::Repair => msg::CHECKUP_REPAIR,
        Recommendation::WindDown => msg::CHECKUP_WIND_DOWN,
    }
}

/// What the recommendation means, in two sentences.
pub fn recommendation_summary(r: Recommendation) -> &'static str {
    match r {
        Recommendation::Deepen => msg::CHECKUP_DEEPEN_SUMMARY,
        Recommendation::KeepSteady => msg::CHECKUP_KEEP_STEADY_SUMMARY,
        Recommendation::Repair => msg::CHECKUP_REPAIR_SUMMARY,
        Recommendation::WindDown => msg::CHECKUP_WIND_DOWN_SUMMARY,
    }
    .text()
}

/// The recommendation with this id (a plan step's link).
pub fn recommendation_id(id: &str) -> Option<Recommendation> {
    Recommendation::ALL.into_iter().find(|r| r.id() == id)
}

/// Said instead of a recommendation when there are not enough answers.
pub fn not_enough() -> &'static str {
    msg::CHECKUP_NOT_ENOUGH.text()
}

/// One thing to answer before there is a recommendation.
pub fn missing(instrument: &HealthInstrument, m: &HealthMissing) -> String {
    match *m {
        HealthMissing::Area { area, more } => {
            let title = instrument
                .scored
                .dimension(area)
                .map_or("", |d| d.title.show());
            msg::CHECKUP_ANSWER_MORE.count_with(more as usize, &[("area", title)])
        }
        HealthMissing::Balance => msg::CHECKUP_ANSWER_BALANCE.text().to_owned(),
    }
}

/// The heading above the reasons.
pub fn reasons_title() -> &'static str {
    msg::CHECKUP_REASONS_TITLE.text()
}

/// One reason, in a sentence naming what it rests on.
pub fn reason(
    instrument: &HealthInstrument,
    report: &HealthReport,
    reason: &HealthReason,
) -> String {
    let b = &report.balance;
    let benefits = b.benefits.map_or("", |v| amount(instrument, v));
    let costs = b.costs.map_or("", |v| amount(instrument, v));
    let balance = [("benefits", benefits), ("costs", costs)];
    let area = reason
        .area
        .and_then(|a| instrument.scored.dimension(a))
        .map_or("", |d| d.title.show());
    let score = score_args(reason.score.unwrap_or(0));
    let max = score_args(MAX_SCORE);
    let scored = [
        ("area", area),
        ("score", score.as_str()),
        ("max", max.as_str()),
    ];
    match reason.kind {
        HealthReasonKind::CostsOutweigh => msg::CHECKUP_REASON_COSTS_OUTWEIGH.with(&balance),
        HealthReasonKind::BenefitsOutweigh => msg::CHECKUP_REASON_BENEFITS_OUTWEIGH.with(&balance),
        HealthReasonKind::AboutEven => msg::CHECKUP_REASON_ABOUT_EVEN.with(&balance),
        HealthReasonKind::AreaUnderStrain => msg::CHECKUP_REASON_AREA_STRAIN.with(&scored),
        HealthReasonKind::ResultsHealthy => msg::CHECKUP_REASON_RESULTS_HEALTHY.with(&scored),
        HealthReasonKind::ResultsNotHealthy => {
            msg::CHECKUP_REASON_RESULTS_NOT_HEALTHY.with(&scored)
        }
        HealthReasonKind::Overall => msg::CHECKUP_REASON_OVERALL.with(&scored),
        HealthReasonKind::NoAreaUnderStrain => msg::CHECKUP_REASON_NO_STRAIN.text().to_owned(),
        HealthReasonKind::Imbalance => msg::CHECKUP_REASON_IMBALANCE.text().to_owned(),
    }
}

/// The warning shown when the work is out of balance.
pub fn imbalance_warning() -> &'static str {
    msg::CHECKUP_IMBALANCE_WARNING.text()
}

/// The caption of the table of health scores by area beside the chart.
pub fn chart_table_caption() -> &'static str {
    msg::CHECKUP_CHART_TABLE_CAPTION.text()
}

/// The caption of the table of health scores by area, then and now, when comparing with
/// the result last changed on `earlier` (the chart's own table has the plain caption).
pub fn compared_caption(earlier: crate::Timestamp) -> String {
    msg::CHECKUP_COMPARED_CAPTION.with(&[("day", &super::day(earlier))])
}

/// The overall health's row in the comparison table.
pub fn overall_row() -> &'static str {
    msg::CHECKUP_OVERALL_ROW.text()
}

/// The disclosure listing the answers a reason rests on.
pub fn reason_sources() -> &'static str {
    msg::CHECKUP_REASON_SOURCES.text()
}

/// The recommendation before and now, when comparing with an earlier result.
pub fn compared_recommendation(
    before: Option<Recommendation>,
    now: Option<Recommendation>,
) -> String {
    let name = |r: Option<Recommendation>| {
        r.map_or(msg::CHECKUP_NO_RECOMMENDATION, recommendation)
            .text()
    };
    msg::CHECKUP_COMPARED_RECOMMENDATION.with(&[("before", name(before)), ("now", name(now))])
}
