//! What the workshop screens say about the group: the labels, rows and sentences built
//! from the merge and the group profile, so the app only lays them out.
//!
//! - **Files**: a row per file saying whether it is used and why not; a file is *left out*
//!   when it was refused, was an older copy of another file's result ([`is_left_out`]), or
//!   could not be read at all. The status line counts them ([`status`]).
//! - **Figures**: a missing figure reads "–" ([`DASH`]); agreement reads as its band word
//!   and the figure per mille; roles read as groups of people ([`role_group`]). Every
//!   figure a person reads is written in the reader's digits ([`crate::catalogue::number`],
//!   [`decimal`]).
//! - **Privacy**: every sentence about hidden roles and organisations is built from
//!   [`MIN_GROUP_SIZE`]; an organisation is named only when it is shown.
//! - **Presenter**: each topic's title, its body ([`SlideBody`]) and "Topic N of M".
//!
//! Every word comes from the catalogue (`[workshop]` in `engine/lang/en.toml`), one whole
//! template per sentence, and every instrument text (statements, areas, barriers,
//! verdicts) is looked up by its id, in the language spoken now ([`crate::Text::show`]):
//! the files merged may have been answered in different languages, and nothing here is
//! ever read from a file's text. A missing id reads as an empty title rather than failing.

use super::hundredths;
use super::presenter::Slide;
use super::profile::{
    BalanceProfile, BarrierProfile, ConsensusTopic, DimensionProfile, Disagreement, GapTopic,
    GroupGap, GroupProfile, HealthProfile, HiddenGroup, HiddenReason, MIN_GROUP_SIZE,
    OrganizationComparison, OrganizationGap, OrganizationProfile, RecommendationProfile,
    RiskProfile, VerdictProfile, WorkshopProfile,
};
use super::stats::{AgreementBand, ScaleStats};
use super::{FileReport, FileStatus, WorkshopMerge};
use crate::answers::Rating;
use crate::catalogue::{Msg, msg, number};
use crate::document::RespondentRole;
use crate::health::BalanceOutcome;
use crate::instrument::{Instruments, TimingVerdict};
use crate::words::{common, workshop as words};

/// What a missing figure reads as.
pub const DASH: &str = "–";

/// The timing verdicts in the order the workshop lists them.
pub const VERDICTS: [TimingVerdict; 4] = [
    TimingVerdict::ActNow,
    TimingVerdict::StartSmall,
    TimingVerdict::InvestInRelationships,
    TimingVerdict::NotYet,
];

/// The highest risk a barrier can have: the highest presence times the highest harm.
pub const RISK_MAX: u32 = (Rating::MAX as u32) * (Rating::MAX as u32);

/// The highest score of an area or of the overall index.
const SCORE_MAX: u32 = 100;

/// What the agreement figures count in: per mille.
const AGREEMENT_SCALE: u32 = 1000;

/// The instruments the workshop's titles are read from.
#[derive(Clone, Copy)]
pub struct Wording<'a> {
    pub instruments: &'a Instruments,
    /// Not read by the screens: like every word around them, their instrument texts follow
    /// the language the catalogue speaks now, so a screen never mixes two languages. The
    /// exports ([`super::summary_json`], [`super::summary_csv`]) take their language
    /// themselves.
    pub lang: &'a str,
}

impl Wording<'_> {
    /// The title of a readiness area ("" for an unknown id).
    pub fn dimension(&self, id: &str) -> &'static str {
        self.instruments
            .readiness
            .dimension(id)
            .map_or("", |d| d.title.show())
    }

    /// The text of a statement, area or barrier ("" for an unknown id).
    pub fn topic(&self, id: &str) -> &'static str {
        self.instruments.text_of(id).map_or("", |t| t.show())
    }

    /// The title of a barrier ("" for an unknown id).
    pub fn barrier(&self, id: &str) -> &'static str {
        self.instruments
            .barriers
            .barrier(id)
            .map_or("", |b| b.title.show())
    }

    /// The title of a timing verdict.
    pub fn verdict(&self, verdict: TimingVerdict) -> &'static str {
        self.instruments.timing.verdict(verdict).title.show()
    }

    /// The title of a gap between roles: the overall index, or its area, statement or
    /// barrier.
    pub fn gap(&self, gap: &GroupGap) -> &'static str {
        self.gap_topic(gap.topic, gap.id)
    }

    /// The title of a gap's topic: the overall index, or the area, statement or barrier
    /// `id`.
    pub fn gap_topic(&self, topic: GapTopic, id: &str) -> &'static str {
        match topic {
            GapTopic::Index => words::overall(),
            _ => self.topic(id),
        }
    }

    /// The discussion prompt of a topic of least agreement, in the language spoken now.
    pub fn prompt(&self, d: &Disagreement) -> String {
        d.prompt(self.instruments, &crate::catalogue::language())
    }
}

// ----------------------------------------------------------------------------------------
// Files

/// Whether a file is left out of the group profile: refused, or an older copy of a result
/// another file holds.
pub fn is_left_out(status: &FileStatus) -> bool {
    matches!(
        status,
        FileStatus::Rejected { .. } | FileStatus::DuplicateOf { .. }
    )
}

/// How many files are left out: those of the merge that [`is_left_out`] and every file
/// the browser could not read (`unreadable`).
pub fn left_out(merge: &WorkshopMerge, unreadable: usize) -> usize {
    merge
        .files
        .iter()
        .filter(|f| is_left_out(&f.status))
        .count()
        + unreadable
}

/// The status line after files were read: how many were read, how many people the
/// profile includes and how many files were left out.
pub fn status(read: usize, people: usize, left_out: usize) -> String {
    msg::WORKSHOP_STATUS.with(&[
        ("read", &msg::WORKSHOP_STATUS_READ.count(read)),
        ("people", &msg::WORKSHOP_STATUS_PEOPLE.count(people)),
        ("left_out", &msg::WORKSHOP_STATUS_LEFT_OUT.count(left_out)),
    ])
}

/// One row of the table of files: the file's name, whether it is used, and the details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRow {
    pub name: String,
    pub result: &'static str,
    pub details: String,
}

/// The label of the file button: choosing the first files, or adding to the `chosen` ones.
pub fn file_button(chosen: usize) -> &'static str {
    if chosen == 0 {
        words::choose_files()
    } else {
        words::add_files()
    }
}

/// The row of a file the merge read, within its merge: a file that is the very same
/// result as the copy used (the same file chosen twice) is called that, not an older copy.
pub fn file_row_in(merged: &WorkshopMerge, report: &FileReport) -> FileRow {
    if let FileStatus::DuplicateOf {
        result_id,
        kept_file,
        updated_at,
    } = &report.status
    {
        let kept = merged
            .respondents
            .iter()
            .find(|r| r.assessment.id == *result_id);
        if kept.is_some_and(|k| k.assessment.updated_at == *updated_at) {
            return FileRow {
                name: report.file_name.clone(),
                result: msg::WORKSHOP_LEFT_OUT_SAME.text(),
                details: msg::WORKSHOP_SAME_RESULT.with(&[("file", kept_file)]),
            };
        }
    }
    file_row(report)
}

/// The importer's notes on a file, each a whole sentence, as one text.
fn notes(warnings: &[String]) -> String {
    warnings.join(common::word_gap())
}

/// The row of a file the merge read.
pub fn file_row(report: &FileReport) -> FileRow {
    let (result, details) = match &report.status {
        FileStatus::Accepted { warnings, .. } => (msg::WORKSHOP_USED.text(), notes(warnings)),
        FileStatus::Migrated {
            from_version,
            warnings,
            ..
        } => {
            let version = number(*from_version);
            let details = if warnings.is_empty() {
                msg::WORKSHOP_MIGRATED.with(&[("version", &version)])
            } else {
                msg::WORKSHOP_MIGRATED_WITH_NOTES
                    .with(&[("version", &version), ("notes", &notes(warnings))])
            };
            (msg::WORKSHOP_USED_MIGRATED.text(), details)
        }
        FileStatus::DuplicateOf { kept_file, .. } => (
            msg::WORKSHOP_LEFT_OUT_OLDER.text(),
            msg::WORKSHOP_NEWER_COPY.with(&[("file", kept_file)]),
        ),
        FileStatus::Rejected { reason } => (msg::WORKSHOP_LEFT_OUT.text(), reason.clone()),
    };
    FileRow {
        name: report.file_name.clone(),
        result,
        details,
    }
}

/// The row of a file the browser could not read, with the reason.
pub fn unreadable_row(name: &str, reason: &str) -> FileRow {
    FileRow {
        name: name.to_owned(),
        result: msg::WORKSHOP_LEFT_OUT.text(),
        details: reason.to_owned(),
    }
}

// ----------------------------------------------------------------------------------------
// Figures

/// The word for a band of agreement, or for too few answers to have one.
pub fn band_word(band: Option<AgreementBand>) -> &'static str {
    match band {
        Some(AgreementBand::High) => msg::WORKSHOP_BAND_HIGH.text(),
        Some(AgreementBand::Moderate) => msg::WORKSHOP_BAND_MODERATE.text(),
        Some(AgreementBand::Low) => msg::WORKSHOP_BAND_LOW.text(),
        None => words::too_few_answers(),
    }
}

/// The band of agreement (or too few answers) as it reads inside a sentence: "agreement
/// high".
pub fn band_in_sentence(band: Option<AgreementBand>) -> &'static str {
    match band {
        Some(AgreementBand::High) => msg::WORKSHOP_BAND_HIGH_LOWER.text(),
        Some(AgreementBand::Moderate) => msg::WORKSHOP_BAND_MODERATE_LOWER.text(),
        Some(AgreementBand::Low) => msg::WORKSHOP_BAND_LOW_LOWER.text(),
        None => msg::WORKSHOP_TOO_FEW_ANSWERS_LOWER.text(),
    }
}

/// A figure in hundredths as a decimal with two places, in the reader's digits: `275` →
/// "2.75" in English.
pub fn decimal(v: u32) -> String {
    let fraction = v % 100;
    msg::WORKSHOP_DECIMAL.with(&[
        ("whole", &number(v / 100)),
        (
            "fraction",
            &format!("{}{}", number(fraction / 10), number(fraction % 10)),
        ),
    ])
}

/// A figure in hundredths as a decimal ([`decimal`]), or [`DASH`] when there is none.
pub fn or_dash(v: Option<u32>) -> String {
    v.map_or_else(|| DASH.to_owned(), decimal)
}

/// The agreement of one set of answers: "High (912)", or "Too few answers".
pub fn agreement(s: &ScaleStats) -> String {
    match s.agreement {
        Some(a) => msg::WORKSHOP_AGREEMENT_FIGURE.with(&[
            ("band", band_word(s.agreement_band)),
            ("figure", &number(a)),
        ]),
        None => band_word(None).to_owned(),
    }
}

/// The agreement with its figure always in brackets: "High (912)", "Too few answers (–)".
pub fn agreement_with_figure(s: &ScaleStats) -> String {
    let figure = s.agreement.map_or_else(|| DASH.to_owned(), number);
    msg::WORKSHOP_AGREEMENT_FIGURE
        .with(&[("band", band_word(s.agreement_band)), ("figure", &figure)])
}

/// The cells of one set of answers, in the order of [`words::stats_head`]: people,
/// average, middle answer, spread, lowest to highest, agreement.
pub fn stats_cells(s: &ScaleStats) -> [String; 6] {
    let range = match (s.min, s.max) {
        (Some(lo), Some(hi)) => {
            msg::WORKSHOP_RANGE.with(&[("lowest", &number(lo)), ("highest", &number(hi))])
        }
        _ => DASH.to_owned(),
    };
    [
        number(s.respondents),
        or_dash(s.mean),
        or_dash(s.median),
        or_dash(s.sd),
        range,
        agreement(s),
    ]
}

/// A role as a group of people.
pub fn role_group(role: RespondentRole) -> &'static str {
    match role {
        RespondentRole::Staff => msg::WORKSHOP_ROLE_STAFF.text(),
        RespondentRole::Board => msg::WORKSHOP_ROLE_BOARD.text(),
        RespondentRole::Volunteer => msg::WORKSHOP_ROLE_VOLUNTEER.text(),
        RespondentRole::Partner => msg::WORKSHOP_ROLE_PARTNER.text(),
        RespondentRole::CommunityMember => msg::WORKSHOP_ROLE_COMMUNITY_MEMBER.text(),
        RespondentRole::Other => msg::WORKSHOP_ROLE_OTHER.text(),
    }
}

/// A titled row of a table of figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub title: &'static str,
    pub cells: Vec<String>,
}

// ----------------------------------------------------------------------------------------
// Who is included, and the areas

/// A sentence with a figure the screen sets apart (larger, in its own element): the text
/// before the figure, the figure, and the text after it. Read together they are one
/// sentence of the catalogue, with the figure where the language puts it; a language that
/// writes the count in words for some numbers leaves `figure` (and `after`) empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureSentence {
    pub before: String,
    pub figure: String,
    pub after: String,
}

impl FigureSentence {
    /// The sentence as one text.
    pub fn whole(&self) -> String {
        format!("{}{}{}", self.before, self.figure, self.after)
    }
}

/// "25 people's answers are included.", with the 25 apart.
pub fn included(people: u32) -> FigureSentence {
    let n = usize::try_from(people).unwrap_or(usize::MAX);
    let form = msg::WORKSHOP_INCLUDED.form(n);
    match form.split_once("{n}") {
        Some((before, after)) => FigureSentence {
            before: before.to_owned(),
            figure: number(people),
            after: after.to_owned(),
        },
        None => FigureSentence {
            before: form.to_owned(),
            figure: String::new(),
            after: String::new(),
        },
    }
}

/// The sentence on the overall readiness of the group.
pub fn overview(index: &ScaleStats) -> String {
    overview_in(msg::WORKSHOP_OVERVIEW, msg::WORKSHOP_NO_OVERVIEW, index)
}

/// An overall index's average and range in `found`, or `none` without an average.
fn overview_in(found: Msg, none: Msg, index: &ScaleStats) -> String {
    match index.mean {
        Some(mean) => found.with(&[
            ("mean", &decimal(mean)),
            ("out_of", &number(SCORE_MAX)),
            ("lowest", &number(index.min.unwrap_or(0))),
            ("highest", &number(index.max.unwrap_or(0))),
        ]),
        None => none.text().to_owned(),
    }
}

/// Where one row of the chart of areas draws its marks, on 0..=100: the thin line from the
/// lowest to the highest score, the box of the average ± one standard deviation (cut at
/// 100) and the mark of the average, as the chart's attribute values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpreadBar {
    pub range_from: String,
    pub range_width: String,
    pub box_from: String,
    pub box_width: String,
    pub mark_at: String,
    /// The average, as the row shows it (in the reader's digits; the attribute values
    /// above are always written for the browser, `94.50`).
    pub mean: String,
}

impl SpreadBar {
    /// The bar of a set of scores, when there are enough for every figure.
    pub fn of(s: &ScaleStats) -> Option<Self> {
        let (mean, sd, lo, hi) = (s.mean?, s.sd?, s.min?, s.max?);
        let from = mean.saturating_sub(sd);
        let to = mean.saturating_add(sd).min(10_000);
        Some(Self {
            range_from: lo.to_string(),
            range_width: hi.saturating_sub(lo).to_string(),
            box_from: hundredths(from),
            box_width: hundredths(to.saturating_sub(from)),
            mark_at: hundredths(mean.saturating_sub(50)),
            mean: decimal(mean),
        })
    }
}

/// One readiness area (or the overall index): its row of the table and of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaRow {
    pub row: Row,
    /// `None` when too few answered.
    pub bar: Option<SpreadBar>,
}

/// The overall index and then each area, as the table and the chart show them.
pub fn areas(w: Wording, g: &GroupProfile) -> Vec<AreaRow> {
    area_rows(w, words::overall(), &g.index.stats, &g.dimensions)
}

/// The overall index (titled `overall`) and then each of `areas` (readiness or health).
fn area_rows(
    w: Wording,
    overall: &'static str,
    index: &ScaleStats,
    areas: &[DimensionProfile],
) -> Vec<AreaRow> {
    let area = |title: &'static str, s: &ScaleStats| AreaRow {
        row: Row {
            title,
            cells: stats_cells(s).into(),
        },
        bar: SpreadBar::of(s),
    };
    std::iter::once(area(overall, index))
        .chain(
            areas
                .iter()
                .map(|d| area(w.topic(d.dimension), &d.scores.stats)),
        )
        .collect()
}

// ----------------------------------------------------------------------------------------
// Partnership health

/// What the part on the partnership's health says (only when someone answered it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HealthText {
    /// How many answered the health check.
    pub answered: String,
    /// The sentence on the group's overall health.
    pub overview: String,
    /// The overall health, then each health area, as the table and the chart show them.
    pub areas: Vec<AreaRow>,
    /// How many see the partnership giving more than it costs, about even, or costing more.
    pub balance: Vec<String>,
    /// How many people's own results recommend each course.
    pub recommendations: Vec<String>,
}

/// "Fair shares: 3 people", as the counts of the health part read.
fn count_line((label, n): (&str, u32)) -> String {
    msg::WORKSHOP_SLIDE_VERDICT.count_with(count_of(n), &[("verdict", label)])
}

/// Each way the balance came out, with how many people ([`BalanceProfile::counts`]).
fn balance_counts(b: &BalanceProfile) -> [(&'static str, u32); 4] {
    b.counts().map(|(outcome, n)| {
        let label = match outcome {
            BalanceOutcome::BenefitsOutweigh => msg::WORKSHOP_HEALTH_BALANCE_BENEFITS.text(),
            BalanceOutcome::AboutEven => msg::WORKSHOP_HEALTH_BALANCE_EVEN.text(),
            BalanceOutcome::CostsOutweigh => msg::WORKSHOP_HEALTH_BALANCE_COSTS.text(),
            BalanceOutcome::NotEnoughAnswers => words::too_few_answers(),
        };
        (label, n)
    })
}

/// Each recommendation, then too few answers, with how many people
/// ([`RecommendationProfile::counts`]).
fn recommendation_counts(r: &RecommendationProfile) -> [(&'static str, u32); 5] {
    r.counts().map(|(rec, n)| {
        let label = rec.map_or_else(words::too_few_answers, |rec| {
            crate::words::checkup::recommendation(rec).text()
        });
        (label, n)
    })
}

/// The part on the partnership's health, when anyone in the group answered it.
pub fn health_text(w: Wording, g: &GroupProfile) -> Option<HealthText> {
    let h = g.health.as_ref()?;
    Some(HealthText {
        answered: msg::WORKSHOP_HEALTH_ANSWERED.count(count_of(h.respondents)),
        overview: overview_in(
            msg::WORKSHOP_HEALTH_OVERVIEW,
            msg::WORKSHOP_NO_HEALTH_OVERVIEW,
            &h.index.stats,
        ),
        areas: area_rows(
            w,
            msg::WORKSHOP_HEALTH_OVERALL.text(),
            &h.index.stats,
            &h.areas,
        ),
        balance: balance_counts(&h.balance).map(count_line).into(),
        recommendations: recommendation_counts(&h.recommendations)
            .map(count_line)
            .into(),
    })
}

/// The presenter's lines on health: the overall health and each area (average and
/// agreement), then the balance and the recommendations people reached (those nobody
/// reached are left out, to keep the projector readable).
fn health_lines(w: Wording, h: &HealthProfile) -> Vec<String> {
    let area = |title: &str, s: &ScaleStats| {
        msg::WORKSHOP_SLIDE_DIMENSION.with(&[
            ("area", title),
            ("mean", &or_dash(s.mean)),
            ("band", band_in_sentence(s.agreement_band)),
        ])
    };
    let mut out = vec![area(msg::WORKSHOP_HEALTH_OVERALL.text(), &h.index.stats)];
    out.extend(
        h.areas
            .iter()
            .map(|a| area(w.topic(a.dimension), &a.scores.stats)),
    );
    let counted = balance_counts(&h.balance)
        .into_iter()
        .chain(recommendation_counts(&h.recommendations));
    out.extend(counted.filter(|(_, n)| *n > 0).map(count_line));
    out
}

// ----------------------------------------------------------------------------------------
// Disagreement, statements, barriers, verdicts

/// One topic of least agreement as the profile lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicText {
    /// The statement or the barrier.
    pub title: &'static str,
    /// What kind of topic, and how the answers fell.
    pub detail: String,
    /// The question that opens the discussion.
    pub prompt: String,
}

/// What a topic of least agreement is about.
pub fn consensus_topic(topic: ConsensusTopic) -> &'static str {
    match topic {
        ConsensusTopic::Item => msg::WORKSHOP_TOPIC_ITEM.text(),
        ConsensusTopic::BarrierPresence => msg::WORKSHOP_TOPIC_BARRIER_PRESENCE.text(),
        ConsensusTopic::BarrierHarm => msg::WORKSHOP_TOPIC_BARRIER_HARM.text(),
    }
}

/// `template` filled with how the answers on a topic fell: `{low}`, `{middle}`, `{high}`,
/// `{dont_know}`, and `{band}`.
fn answers_fell(template: Msg, d: &Disagreement, band: &str, more: &[(&str, &str)]) -> String {
    let (low, middle, high, dont_know) = (
        number(d.low),
        number(d.middle),
        number(d.high),
        number(d.dont_know),
    );
    let mut args = vec![
        ("low", low.as_str()),
        ("middle", middle.as_str()),
        ("high", high.as_str()),
        ("dont_know", dont_know.as_str()),
        ("band", band),
    ];
    args.extend_from_slice(more);
    template.with(&args)
}

/// The topics of least agreement, least first.
pub fn disagreements(w: Wording, p: &WorkshopProfile) -> Vec<TopicText> {
    p.least_consensus
        .iter()
        .map(|d| TopicText {
            title: w.topic(d.id),
            detail: answers_fell(
                msg::WORKSHOP_TOPIC_DETAIL,
                d,
                band_word(Some(d.agreement_band)),
                &[
                    ("kind", consensus_topic(d.topic)),
                    ("agreement", &number(d.agreement)),
                ],
            ),
            prompt: w.prompt(d),
        })
        .collect()
}

/// Above the table of statements: how to read the scale.
pub fn items_note() -> String {
    msg::WORKSHOP_ITEMS_NOTE.with(&[("lowest", &number(0)), ("highest", &number(Rating::MAX))])
}

/// One statement: its row (the count of each answer, "Don't know", then the figures) and
/// the counts on the scale for its bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRow {
    pub row: Row,
    pub counts: [u32; 5],
}

/// Every statement, in instrument order.
pub fn items(w: Wording, g: &GroupProfile) -> Vec<ItemRow> {
    g.items
        .iter()
        .map(|i| {
            let mut cells: Vec<String> = i.counts.iter().map(|&c| number(c)).collect();
            cells.push(number(i.dont_know));
            cells.extend(stats_cells(&i.stats));
            ItemRow {
                row: Row {
                    title: w.topic(i.item),
                    cells,
                },
                counts: i.counts,
            }
        })
        .collect()
}

/// Above the table of barriers: the scales of presence, harm and risk.
pub fn barriers_note() -> String {
    msg::WORKSHOP_BARRIERS_NOTE.with(&[
        ("lowest", &number(0)),
        ("highest", &number(Rating::MAX)),
        ("risk_max", &number(RISK_MAX)),
    ])
}

/// The risk levels of a barrier: "2 low, 1 moderate, 0 high, 0 critical".
pub fn risk_levels(r: &RiskProfile) -> String {
    msg::WORKSHOP_RISK_LEVELS.with(&[
        ("low", &number(r.low)),
        ("moderate", &number(r.moderate)),
        ("high", &number(r.high)),
        ("critical", &number(r.critical)),
    ])
}

/// A barrier's row: presence and harm (average, agreement), then risk (average, levels).
pub fn barrier_row(w: Wording, b: &BarrierProfile) -> Row {
    Row {
        title: w.barrier(b.barrier),
        cells: vec![
            or_dash(b.presence.stats.mean),
            agreement_with_figure(&b.presence.stats),
            or_dash(b.harm.stats.mean),
            agreement_with_figure(&b.harm.stats),
            or_dash(b.risk.stats.mean),
            risk_levels(&b.risk),
        ],
    }
}

/// How many people reached a timing verdict.
pub fn verdict_count(p: &VerdictProfile, v: TimingVerdict) -> u32 {
    match v {
        TimingVerdict::ActNow => p.act_now,
        TimingVerdict::StartSmall => p.start_small,
        TimingVerdict::InvestInRelationships => p.invest_in_relationships,
        TimingVerdict::NotYet => p.not_yet,
    }
}

/// A row per timing verdict, in [`VERDICTS`] order: how many reached it.
pub fn verdict_rows(w: Wording, p: &VerdictProfile) -> Vec<Row> {
    VERDICTS
        .iter()
        .map(|&v| Row {
            title: w.verdict(v),
            cells: vec![number(verdict_count(p, v))],
        })
        .collect()
}

/// The sentence on how much the group agrees on the timing.
pub fn verdict_agreement(p: &VerdictProfile) -> String {
    match p.agreement {
        Some(a) => msg::WORKSHOP_VERDICT_AGREEMENT.with(&[
            ("band", band_word(p.agreement_band)),
            ("agreement", &number(a)),
            ("total", &number(AGREEMENT_SCALE)),
        ]),
        None => msg::WORKSHOP_NO_VERDICT_AGREEMENT.text().to_owned(),
    }
}

// ----------------------------------------------------------------------------------------
// Roles

/// `n` as a count of the plural phrases.
fn count_of(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// How many people could be worked out of a role shown next to a hidden one: 1 up to this.
fn revealed_max() -> u32 {
    MIN_GROUP_SIZE.saturating_sub(1)
}

/// The promise that small roles stay hidden.
pub fn privacy_notice() -> String {
    msg::WORKSHOP_PRIVACY_NOTICE.count(count_of(MIN_GROUP_SIZE))
}

/// Why a role is not shown.
pub fn hidden_reason(reason: HiddenReason) -> String {
    match reason {
        HiddenReason::FewerThanThree => {
            msg::WORKSHOP_HIDDEN_FEWER_REASON.count(count_of(MIN_GROUP_SIZE))
        }
        HiddenReason::WouldRevealOthers => {
            msg::WORKSHOP_HIDDEN_REVEAL_REASON.count(count_of(revealed_max()))
        }
    }
}

/// A role that is not shown, and why: "Board: not shown, because …." (one whole sentence
/// per reason).
pub fn hidden_group(h: &HiddenGroup) -> String {
    let role = [("role", role_group(h.role))];
    match h.reason {
        HiddenReason::FewerThanThree => {
            msg::WORKSHOP_HIDDEN_FEWER.count_with(count_of(MIN_GROUP_SIZE), &role)
        }
        HiddenReason::WouldRevealOthers => {
            msg::WORKSHOP_HIDDEN_REVEAL.count_with(count_of(revealed_max()), &role)
        }
    }
}

/// The column headings of the table of roles: "Area", then each role shown.
pub fn roles_head(p: &WorkshopProfile) -> Vec<&'static str> {
    std::iter::once(words::area())
        .chain(p.subgroups.iter().map(|s| role_group(s.role)))
        .collect()
}

/// The rows of the table of roles: the people in each, the overall average, then each
/// area's average.
pub fn role_rows(w: Wording, p: &WorkshopProfile) -> Vec<Row> {
    let groups: Vec<&GroupProfile> = p.subgroups.iter().map(|s| &s.profile).collect();
    group_rows(w, &groups)
}

/// The rows of a table with a column per group: the people in each, the overall average,
/// then each area's average.
fn group_rows(w: Wording, groups: &[&GroupProfile]) -> Vec<Row> {
    let means = |f: &dyn Fn(&GroupProfile) -> Option<u32>| -> Vec<String> {
        groups.iter().map(|g| or_dash(f(g))).collect()
    };
    let people = Row {
        title: words::people(),
        cells: groups.iter().map(|g| number(g.respondents)).collect(),
    };
    let overall = Row {
        title: words::overall(),
        cells: means(&|g| g.index.stats.mean),
    };
    let dims = w.instruments.readiness.dimensions.iter().enumerate();
    let mut rows: Vec<Row> = [people, overall]
        .into_iter()
        .chain(dims.map(|(i, d)| Row {
            title: d.title.show(),
            cells: means(&|g| g.dimensions.get(i).and_then(|x| x.scores.stats.mean)),
        }))
        .collect();
    // The health check's overall and areas, when anyone in these groups answered it.
    if groups.iter().any(|g| g.health.is_some()) {
        let health =
            |f: &dyn Fn(&HealthProfile) -> Option<u32>| means(&|g| g.health.as_ref().and_then(f));
        rows.push(Row {
            title: msg::WORKSHOP_HEALTH_OVERALL.text(),
            cells: health(&|h| h.index.stats.mean),
        });
        let areas = w.instruments.health.scored.dimensions.iter().enumerate();
        rows.extend(areas.map(|(i, d)| Row {
            title: d.title.show(),
            cells: health(&|h| h.areas.get(i).and_then(|x| x.scores.stats.mean)),
        }));
    }
    rows
}

/// A gap between roles in the profile: "Trust: Staff average 80.00, Board average 40.00."
pub fn gap_line(w: Wording, g: &GroupGap) -> String {
    gap_text(msg::WORKSHOP_GAP_LINE, w.gap(g), role_sides(g))
}

/// The two roles of a gap, each with its average.
fn role_sides(g: &GroupGap) -> [(&'static str, u32); 2] {
    [
        (role_group(g.higher_role), g.higher_mean),
        (role_group(g.lower_role), g.lower_mean),
    ]
}

/// A gap in `template`: its topic, then the higher group and its average and the lower
/// group and its average.
fn gap_text(template: Msg, topic: &str, [higher, lower]: [(&str, u32); 2]) -> String {
    template.with(&[
        ("topic", topic),
        ("higher", higher.0),
        ("higher_mean", &decimal(higher.1)),
        ("lower", lower.0),
        ("lower_mean", &decimal(lower.1)),
    ])
}

// ----------------------------------------------------------------------------------------
// Organisations

/// What the part on organisations says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationsText {
    /// The sentences above the table: the privacy rule, why the organisations are not
    /// compared (when they are not), those not shown and the people who named none.
    pub notes: Vec<String>,
    /// "Area", then each organisation shown; empty when they are not compared.
    pub head: Vec<String>,
    /// The table's rows, as [`role_rows`]; empty when they are not compared.
    pub rows: Vec<Row>,
    /// The largest differences between the organisations shown.
    pub gaps: Vec<String>,
}

/// The smallest group shown, as people: "3 people".
fn floor_people() -> String {
    msg::WORKSHOP_PEOPLE_COUNT.count(count_of(MIN_GROUP_SIZE))
}

/// The people a group shown beside a hidden one could give away: "1 or 2 people".
fn revealed_people() -> String {
    msg::WORKSHOP_REVEALED_PEOPLE.count(count_of(revealed_max()))
}

/// The promise that an organisation is shown, and named, only with enough people.
pub fn organization_privacy_notice() -> String {
    msg::WORKSHOP_ORGANIZATION_PRIVACY.with(&[("people", &floor_people())])
}

/// Why the organisations are not compared, or `None` when they are.
pub fn organization_comparison(c: OrganizationComparison) -> Option<String> {
    let (template, people) = match c {
        OrganizationComparison::Compared => return None,
        OrganizationComparison::NoneNamed => (msg::WORKSHOP_ORGANIZATIONS_NONE_NAMED, None),
        OrganizationComparison::OneNamed => (msg::WORKSHOP_ORGANIZATIONS_ONE_NAMED, None),
        OrganizationComparison::NoneLargeEnough => {
            (msg::WORKSHOP_ORGANIZATIONS_NONE_LARGE, Some(floor_people()))
        }
        OrganizationComparison::OnlyOneLargeEnough => {
            (msg::WORKSHOP_ORGANIZATIONS_ONE_LARGE, Some(floor_people()))
        }
        OrganizationComparison::WouldRevealOthers => {
            let few = revealed_people();
            return Some(msg::WORKSHOP_ORGANIZATIONS_WOULD_REVEAL.with(&[("few", &few)]));
        }
    };
    Some(match people {
        Some(people) => template.with(&[("people", &people)]),
        None => template.text().to_owned(),
    })
}

/// The sentences on the organisations not shown (never named) and the people who named
/// none; nothing for a count of 0.
pub fn organizations_left_out(o: &OrganizationProfile) -> Vec<String> {
    let mut out = Vec::new();
    if o.hidden_fewer_than_three > 0 {
        out.push(msg::WORKSHOP_ORGANIZATIONS_HIDDEN_FEWER.count_with(
            count_of(o.hidden_fewer_than_three),
            &[("people", &floor_people())],
        ));
    }
    if o.hidden_would_reveal_others > 0 {
        out.push(msg::WORKSHOP_ORGANIZATIONS_HIDDEN_REVEAL.count_with(
            count_of(o.hidden_would_reveal_others),
            &[("few", &revealed_people())],
        ));
    }
    if o.without_organization > 0 && o.comparison != OrganizationComparison::NoneNamed {
        out.push(msg::WORKSHOP_ORGANIZATIONS_WITHOUT.count(count_of(o.without_organization)));
    }
    out
}

/// A gap between organisations in `template` (the profile's line or the presenter's):
/// "Trust: “Riverside” average 80.00, “Eastside” average 40.00."
fn organization_gap(template: Msg, w: Wording, g: &OrganizationGap) -> String {
    let (higher, lower) = (
        crate::words::quoted(&g.higher_organization),
        crate::words::quoted(&g.lower_organization),
    );
    gap_text(
        template,
        w.gap_topic(g.topic, g.id),
        [(&higher, g.higher_mean), (&lower, g.lower_mean)],
    )
}

/// What the part on organisations says.
pub fn organizations_text(w: Wording, p: &WorkshopProfile) -> OrganizationsText {
    let o = &p.organizations;
    let mut notes = vec![organization_privacy_notice()];
    notes.extend(organization_comparison(o.comparison));
    notes.extend(organizations_left_out(o));
    let groups: Vec<&GroupProfile> = o.groups.iter().map(|g| &g.profile).collect();
    let (head, rows) = if groups.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let names = o.groups.iter().map(|g| g.name.clone());
        let head = std::iter::once(words::area().to_owned()).chain(names);
        (head.collect(), group_rows(w, &groups))
    };
    OrganizationsText {
        notes,
        head,
        rows,
        gaps: o
            .gaps
            .iter()
            .map(|g| organization_gap(msg::WORKSHOP_GAP_LINE, w, g))
            .collect(),
    }
}

// ----------------------------------------------------------------------------------------
// The whole profile

/// Everything the parts of the group profile say, in the order they show it: worked out
/// once per merge, so the screen only lays it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileText {
    /// How many people's answers are included.
    pub respondents: u32,
    /// The sentence that says so, with the number apart.
    pub included: FigureSentence,
    /// The sentence on the group's overall readiness.
    pub overview: String,
    /// The overall index, then each area.
    pub areas: Vec<AreaRow>,
    /// The topics of least agreement, least first (empty when the group agrees on all).
    pub topics: Vec<TopicText>,
    pub items: Vec<ItemRow>,
    pub barriers: Vec<Row>,
    pub verdicts: Vec<Row>,
    pub verdict_agreement: String,
    /// The part on the partnership's health; `None` when no one answered it.
    pub health: Option<HealthText>,
    /// A line per role not shown, with the reason.
    pub hidden: Vec<String>,
    /// The table of roles: "Area" and each role shown.
    pub roles_head: Vec<&'static str>,
    /// Its rows; empty when no role has enough people to be shown.
    pub roles: Vec<Row>,
    /// The largest differences between the roles shown.
    pub gaps: Vec<String>,
    /// The part on organisations.
    pub organizations: OrganizationsText,
}

/// What the group profile says, part by part.
pub fn profile_text(w: Wording, p: &WorkshopProfile) -> ProfileText {
    let g = &p.group;
    ProfileText {
        respondents: g.respondents,
        included: included(g.respondents),
        overview: overview(&g.index.stats),
        areas: areas(w, g),
        topics: disagreements(w, p),
        items: items(w, g),
        barriers: g.barriers.iter().map(|b| barrier_row(w, b)).collect(),
        verdicts: verdict_rows(w, &g.verdicts),
        verdict_agreement: verdict_agreement(&g.verdicts),
        health: health_text(w, g),
        hidden: p.hidden_groups.iter().map(hidden_group).collect(),
        roles_head: roles_head(p),
        roles: if p.subgroups.is_empty() {
            Vec::new()
        } else {
            role_rows(w, p)
        },
        gaps: p.gaps.iter().map(|x| gap_line(w, x)).collect(),
        organizations: organizations_text(w, p),
    }
}

// ----------------------------------------------------------------------------------------
// The presenter

/// What a presenter topic shows under its title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideBody {
    /// A large figure and a sentence under it.
    Headline { figure: String, text: String },
    /// One line per area, barrier, verdict or gap.
    Lines(Vec<String>),
    /// How the answers fell, and the question that opens the discussion.
    Discussion { text: String, prompt: String },
}

/// One presenter topic in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideText {
    /// "Topic 2 of 7", announced on each move.
    pub progress: String,
    pub title: &'static str,
    pub body: SlideBody,
}

/// Where the presenter is: "Topic 2 of 7" for the topic at `index` of `total`.
pub fn progress(index: usize, total: usize) -> String {
    msg::WORKSHOP_PROGRESS.with(&[
        ("n", &number(index.saturating_add(1))),
        ("total", &number(total)),
    ])
}

/// The title of a presenter topic.
pub fn slide_title(w: Wording, slide: Slide, p: &WorkshopProfile) -> &'static str {
    match slide {
        Slide::Overview => msg::WORKSHOP_SLIDE_OVERVIEW.text(),
        Slide::Dimensions => msg::WORKSHOP_SLIDE_DIMENSIONS.text(),
        Slide::Disagreement(i) => p.least_consensus.get(i).map_or("", |d| w.topic(d.id)),
        Slide::Barriers => msg::WORKSHOP_SLIDE_BARRIERS.text(),
        Slide::Timing => msg::WORKSHOP_SLIDE_TIMING.text(),
        Slide::Health => msg::WORKSHOP_HEALTH_TITLE.text(),
        Slide::Gaps => msg::WORKSHOP_SLIDE_GAPS.text(),
        Slide::OrganizationGaps => msg::WORKSHOP_SLIDE_ORGANIZATION_GAPS.text(),
    }
}

fn discussion(w: Wording, d: &Disagreement) -> SlideBody {
    SlideBody::Discussion {
        text: answers_fell(
            msg::WORKSHOP_SLIDE_DISCUSSION,
            d,
            band_in_sentence(Some(d.agreement_band)),
            &[],
        ),
        prompt: w.prompt(d),
    }
}

/// A line per entry of `of`.
fn lines<T>(of: &[T], line: impl Fn(&T) -> String) -> SlideBody {
    SlideBody::Lines(of.iter().map(line).collect())
}

/// What a presenter topic shows under its title.
pub fn slide_body(w: Wording, slide: Slide, p: &WorkshopProfile) -> SlideBody {
    let g = &p.group;
    match slide {
        Slide::Overview => SlideBody::Headline {
            figure: msg::WORKSHOP_PEOPLE_COUNT.count(count_of(g.respondents)),
            text: match g.index.stats.mean {
                Some(m) => msg::WORKSHOP_SLIDE_OVERVIEW_TEXT.with(&[
                    ("mean", &decimal(m)),
                    ("out_of", &number(SCORE_MAX)),
                    ("band", band_in_sentence(g.index.stats.agreement_band)),
                ]),
                None => msg::WORKSHOP_SLIDE_OVERVIEW_NONE.text().to_owned(),
            },
        },
        Slide::Dimensions => lines(&g.dimensions, |d| {
            msg::WORKSHOP_SLIDE_DIMENSION.with(&[
                ("area", w.dimension(d.dimension)),
                ("mean", &or_dash(d.scores.stats.mean)),
                ("band", band_in_sentence(d.scores.stats.agreement_band)),
            ])
        }),
        Slide::Disagreement(i) => match p.least_consensus.get(i) {
            Some(d) => discussion(w, d),
            None => SlideBody::Lines(Vec::new()),
        },
        Slide::Barriers => lines(&g.barriers, |b| {
            msg::WORKSHOP_SLIDE_BARRIER.with(&[
                ("barrier", w.barrier(b.barrier)),
                ("risk", &or_dash(b.risk.stats.mean)),
                ("risk_max", &number(RISK_MAX)),
                (
                    "presence",
                    band_in_sentence(b.presence.stats.agreement_band),
                ),
                ("harm", band_in_sentence(b.harm.stats.agreement_band)),
            ])
        }),
        Slide::Timing => lines(&VERDICTS, |&v| {
            let n = count_of(verdict_count(&g.verdicts, v));
            msg::WORKSHOP_SLIDE_VERDICT.count_with(n, &[("verdict", w.verdict(v))])
        }),
        Slide::Health => SlideBody::Lines(
            g.health
                .as_ref()
                .map(|h| health_lines(w, h))
                .unwrap_or_default(),
        ),
        Slide::Gaps => lines(&p.gaps, |x| {
            gap_text(msg::WORKSHOP_SLIDE_GAP, w.gap(x), role_sides(x))
        }),
        Slide::OrganizationGaps => lines(&p.organizations.gaps, |x| {
            organization_gap(msg::WORKSHOP_SLIDE_GAP, w, x)
        }),
    }
}

/// The presenter topic at `index` of `slides` in words (the first topic for an index past
/// the end).
pub fn slide_text(w: Wording, slides: &[Slide], index: usize, p: &WorkshopProfile) -> SlideText {
    let (index, slide) = match slides.get(index) {
        Some(&slide) => (index, slide),
        None => (0, Slide::Overview),
    };
    SlideText {
        progress: progress(index, slides.len()),
        title: slide_title(w, slide, p),
        body: slide_body(w, slide, p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::presenter::slides;
    use crate::workshop::{merge, profile};
    use crate::{Assessment, INSTRUMENTS, ReadinessAnswer, ResultId, Timestamp, export};

    const W: Wording<'static> = Wording {
        instruments: &INSTRUMENTS,
        lang: "en",
    };

    /// A results file whose first statement is answered `answer`, last changed at `at`.
    fn file(seed: u8, answer: u8, at: i64) -> (String, String) {
        let mut a = Assessment::new(
            ResultId::from_random_bytes([seed; 16]),
            Timestamp::from_unix_millis(0),
        );
        let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        if let Some(r) = Rating::new(answer) {
            a.answers.set_readiness(first, ReadinessAnswer::Scale(r));
        }
        a.touch(Timestamp::from_unix_millis(at));
        (format!("person-{seed}.json"), export(&a))
    }

    /// Four people split on the first statement.
    fn split_room() -> WorkshopProfile {
        let files: Vec<_> = (1..=4u8)
            .map(|i| file(i, if i % 2 == 0 { 0 } else { 4 }, 10))
            .collect();
        profile(&merge(&files))
    }

    #[test]
    fn refused_files_and_older_copies_are_left_out_with_unreadable_ones() {
        let files = vec![
            file(1, 3, 10),
            file(1, 2, 20),
            file(2, 3, 10),
            ("notes.txt".to_owned(), "milk".to_owned()),
        ];
        let m = merge(&files);
        let left: Vec<bool> = m.files.iter().map(|f| is_left_out(&f.status)).collect();
        assert_eq!(left, [true, false, false, true]);
        assert_eq!(left_out(&m, 0), 2);
        assert_eq!(left_out(&m, 3), 5);
    }

    #[test]
    fn the_status_line_counts_in_words_that_agree() {
        assert_eq!(
            status(30, 25, 5),
            "30 files read. The group profile includes 25 people; 5 files were left out \
             (see why in the table)."
        );
        assert_eq!(
            status(1, 1, 1),
            "1 file read. The group profile includes 1 person; 1 file was left out (see why \
             in the table)."
        );
    }

    #[test]
    fn each_file_says_whether_it_is_used_and_why_not() {
        let files = vec![
            file(1, 3, 10),
            file(1, 2, 20),
            ("notes.txt".to_owned(), "milk".to_owned()),
        ];
        let rows: Vec<FileRow> = merge(&files).files.iter().map(file_row).collect();
        assert_eq!(rows[0].result, "Left out: an older copy");
        assert_eq!(
            rows[0].details,
            "A newer copy of the same result is used: person-1.json."
        );
        assert_eq!((rows[1].result, rows[1].details.as_str()), ("Used", ""));
        assert_eq!(rows[2].name, "notes.txt");
        assert_eq!(rows[2].result, "Left out");
        assert!(!rows[2].details.is_empty());
        assert_eq!(file_button(0), "Choose everyone's files");
        assert_eq!(file_button(3), "Add more files");
        let lost = unreadable_row("lost.json", "Gone.");
        assert_eq!((lost.result, lost.details.as_str()), ("Left out", "Gone."));
    }

    #[test]
    fn missing_figures_read_as_a_dash_and_agreement_as_its_band() {
        assert_eq!(or_dash(None), DASH);
        assert_eq!(or_dash(Some(275)), "2.75");
        // No answers; then answers 1, 3, 3, 4 (agreement 703, low).
        let cases = [
            (
                [0, 0, 0, 0, 0],
                "Too few answers (–)",
                ["0", "–", "–", "–", "–", "Too few answers"],
            ),
            (
                [0, 1, 0, 2, 1],
                "Low (703)",
                ["4", "2.75", "3.00", "1.09", "1 to 4", "Low (703)"],
            ),
        ];
        for (counts, with_figure, cells) in cases {
            let s = ScaleStats::from_counts(&counts);
            assert_eq!(agreement(&s), cells[5]);
            assert_eq!(agreement_with_figure(&s), with_figure);
            assert_eq!(stats_cells(&s), cells);
        }
        assert_eq!(band_word(Some(AgreementBand::High)), "High");
        assert_eq!(band_word(Some(AgreementBand::Moderate)), "Moderate");
    }

    #[test]
    fn the_chart_box_stops_at_one_hundred() {
        let s = ScaleStats {
            mean: Some(9_500),
            sd: Some(1_000),
            min: Some(80),
            max: Some(100),
            ..ScaleStats::default()
        };
        let bar = SpreadBar::of(&s).expect("every figure");
        assert_eq!(
            (bar.box_from.as_str(), bar.box_width.as_str()),
            ("85.00", "15.00")
        );
        assert_eq!(
            (bar.range_from.as_str(), bar.range_width.as_str()),
            ("80", "20")
        );
        assert_eq!(
            (bar.mark_at.as_str(), bar.mean.as_str()),
            ("94.50", "95.00")
        );
        assert_eq!(SpreadBar::of(&ScaleStats::default()), None);
    }

    #[test]
    fn privacy_sentences_follow_the_smallest_group_shown() {
        assert_eq!(
            privacy_notice(),
            "To protect people's privacy, a role is shown only when at least 3 people \
             answered in it."
        );
        let h = HiddenGroup {
            role: RespondentRole::Partner,
            reason: HiddenReason::FewerThanThree,
        };
        assert_eq!(
            hidden_group(&h),
            "Partner organizations: not shown, because fewer than 3 people answered in this \
             role."
        );
        assert_eq!(
            hidden_reason(HiddenReason::WouldRevealOthers),
            "showing it would let others work out the answers of 1 or 2 people"
        );
    }

    #[test]
    fn scale_notes_are_built_from_the_scale() {
        assert_eq!(
            barriers_note(),
            "Presence and harm are rated from 0 (not at all) to 4 (very much); risk is \
             presence times harm, up to 16."
        );
        assert_eq!(RISK_MAX, 16);
        assert_eq!(
            items_note(),
            "How many gave each answer, on the scale from 0 (strongly disagree) to 4 \
             (strongly agree), as the statements were written."
        );
    }

    #[test]
    fn the_profile_reads_in_instrument_titles() {
        let p = split_room();
        let areas = areas(W, &p.group);
        assert_eq!(areas.len(), 1 + p.group.dimensions.len());
        assert_eq!(areas[0].row.title, "Overall readiness");
        assert_eq!(
            areas[1].row.title,
            INSTRUMENTS.readiness.dimensions[0].title.en()
        );
        let items = items(W, &p.group);
        assert_eq!(
            items[0].row.title,
            INSTRUMENTS.readiness.dimensions[0].items[0].text.en()
        );
        assert_eq!(items[0].row.cells[..6], ["2", "0", "0", "0", "2", "0"]);
        assert_eq!(items[0].counts, [2, 0, 0, 0, 2]);
        let topics = disagreements(W, &p);
        assert_eq!(topics[0].title, items[0].row.title);
        assert!(
            topics[0]
                .detail
                .starts_with("Statement. Agreement: Low (0). 2 disagree")
        );
        assert!(!topics[0].prompt.is_empty());
        let verdicts = verdict_rows(W, &p.group.verdicts);
        assert_eq!(verdicts.len(), VERDICTS.len());
        assert_eq!(roles_head(&p), ["Area"]);
        let text = profile_text(W, &p);
        assert_eq!(text.respondents, 4);
        assert_eq!(text.included, included(4));
        assert_eq!(text.areas, areas);
        assert_eq!(text.items, items);
        assert_eq!(text.topics, topics);
        assert_eq!(text.barriers.len(), p.group.barriers.len());
        assert!(text.roles.is_empty(), "no role has enough people");
        assert!(text.hidden.is_empty() && text.gaps.is_empty());
        let roles = role_rows(W, &p);
        assert_eq!(roles.len(), 2 + INSTRUMENTS.readiness.dimensions.len());
        assert!(roles.iter().all(|r| r.cells.is_empty()));
        assert_eq!(W.topic("no-such-id"), "");
        assert_eq!(included(1).after, " person's answers are included.");
        assert_eq!(included(25).after, " people's answers are included.");
        assert_eq!(included(25).whole(), "25 people's answers are included.");
    }

    #[test]
    fn presenter_topics_have_their_title_body_and_place() {
        let p = split_room();
        let s = slides(&p);
        let first = slide_text(W, &s, 0, &p);
        assert_eq!(first.progress, format!("Topic 1 of {}", s.len()));
        assert_eq!(first.title, "Who took part");
        assert!(matches!(
            first.body,
            SlideBody::Headline { ref figure, .. } if figure == "4 people"
        ));
        let talk = slide_text(W, &s, 2, &p);
        assert_eq!(
            talk.title,
            INSTRUMENTS.readiness.dimensions[0].items[0].text.en()
        );
        assert!(matches!(
            talk.body,
            SlideBody::Discussion { ref text, .. }
                if text == "2 disagree, 0 in the middle, 2 agree, 0 don't know. Agreement low."
        ));
        let timing = slide_body(W, Slide::Timing, &p);
        assert!(matches!(timing, SlideBody::Lines(ref l) if l.len() == VERDICTS.len()));
        let past = slide_text(W, &s, s.len() + 4, &p);
        assert_eq!(past.progress, format!("Topic 1 of {}", s.len()));
        assert_eq!(progress(1, 7), "Topic 2 of 7");
    }
}
