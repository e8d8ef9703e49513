//! What the workshop screens say about the group: the labels, rows and sentences built
//! from the merge and the group profile, so the app only lays them out.
//!
//! - **Files**: a row per file saying whether it is used and why not; a file is *left out*
//!   when it was refused, was an older copy of another file's result ([`is_left_out`]), or
//!   could not be read at all. The status line counts them ([`status`]).
//! - **Figures**: a missing figure reads "–" ([`DASH`]); agreement reads as its band word
//!   and the figure per mille; roles read as groups of people ([`role_group`]).
//! - **Privacy**: every sentence about hidden roles is built from [`MIN_GROUP_SIZE`].
//! - **Presenter**: each topic's title, its body ([`SlideBody`]) and "Topic N of M".
//!
//! Instrument texts (statements, areas, barriers, verdicts) are read through [`Wording`],
//! in its language; a missing id reads as an empty title rather than failing.

use super::hundredths;
use super::presenter::Slide;
use super::profile::{
    BarrierProfile, ConsensusTopic, Disagreement, GapTopic, GroupGap, GroupProfile, HiddenGroup,
    HiddenReason, MIN_GROUP_SIZE, RiskProfile, VerdictProfile, WorkshopProfile,
};
use super::stats::{AgreementBand, ScaleStats};
use super::{FileReport, FileStatus, WorkshopMerge};
use crate::answers::Rating;
use crate::document::RespondentRole;
use crate::instrument::{Instruments, TimingVerdict};
use crate::words::{count, workshop as words};

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

/// The instruments and the language the workshop's titles are read from.
#[derive(Clone, Copy)]
pub struct Wording<'a> {
    pub instruments: &'a Instruments,
    pub lang: &'a str,
}

impl Wording<'_> {
    /// The title of a readiness area ("" for an unknown id).
    pub fn dimension(&self, id: &str) -> &'static str {
        self.instruments
            .readiness
            .dimension(id)
            .map_or("", |d| d.title.get(self.lang))
    }

    /// The text of a statement, area or barrier ("" for an unknown id).
    pub fn topic(&self, id: &str) -> &'static str {
        self.instruments
            .text_of(id)
            .map_or("", |t| t.get(self.lang))
    }

    /// The title of a barrier ("" for an unknown id).
    pub fn barrier(&self, id: &str) -> &'static str {
        self.instruments
            .barriers
            .barrier(id)
            .map_or("", |b| b.title.get(self.lang))
    }

    /// The title of a timing verdict.
    pub fn verdict(&self, verdict: TimingVerdict) -> &'static str {
        self.instruments
            .timing
            .verdict(verdict)
            .title
            .get(self.lang)
    }

    /// The title of a gap between roles: the overall index, or its area, statement or
    /// barrier.
    pub fn gap(&self, gap: &GroupGap) -> &'static str {
        match gap.topic {
            GapTopic::Index => words::overall(),
            _ => self.topic(gap.id),
        }
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
    let verb = if left_out == 1 { "was" } else { "were" };
    format!(
        "{} read. The group profile includes {}; {} {verb} left out (see why in the table).",
        count(read, "file", "files"),
        count(people, "person", "people"),
        count(left_out, "file", "files"),
    )
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
                result: "Left out: the same result twice",
                details: format!("This is the same result as {kept_file}, which is used once."),
            };
        }
    }
    file_row(report)
}

/// The row of a file the merge read.
pub fn file_row(report: &FileReport) -> FileRow {
    let (result, details) = match &report.status {
        FileStatus::Accepted { warnings, .. } => ("Used", warnings.join(" ")),
        FileStatus::Migrated {
            from_version,
            warnings,
            ..
        } => (
            "Used, updated from an older format",
            format!(
                "Written in format version {from_version}. {}",
                warnings.join(" ")
            ),
        ),
        FileStatus::DuplicateOf { kept_file, .. } => (
            "Left out: an older copy",
            format!("A newer copy of the same result is used: {kept_file}."),
        ),
        FileStatus::Rejected { reason } => (LEFT_OUT, reason.clone()),
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
        result: LEFT_OUT,
        details: reason.to_owned(),
    }
}

const LEFT_OUT: &str = "Left out";

// ----------------------------------------------------------------------------------------
// Figures

/// The word for a band of agreement, or for too few answers to have one.
pub fn band_word(band: Option<AgreementBand>) -> &'static str {
    match band {
        Some(AgreementBand::High) => "High",
        Some(AgreementBand::Moderate) => "Moderate",
        Some(AgreementBand::Low) => "Low",
        None => words::too_few_answers(),
    }
}

/// A figure in hundredths as a decimal, or [`DASH`] when there is none.
pub fn or_dash(v: Option<u32>) -> String {
    v.map_or_else(|| DASH.to_owned(), hundredths)
}

/// The agreement of one set of answers: "High (912)", or "Too few answers".
pub fn agreement(s: &ScaleStats) -> String {
    match s.agreement {
        Some(a) => format!("{} ({a})", band_word(s.agreement_band)),
        None => band_word(None).to_owned(),
    }
}

/// The agreement with its figure always in brackets: "High (912)", "Too few answers (–)".
pub fn agreement_with_figure(s: &ScaleStats) -> String {
    let figure = s
        .agreement
        .map_or_else(|| DASH.to_owned(), |a| a.to_string());
    format!("{} ({figure})", band_word(s.agreement_band))
}

/// The cells of one set of answers, in the order of [`words::stats_head`]: people,
/// average, middle answer, spread, lowest to highest, agreement.
pub fn stats_cells(s: &ScaleStats) -> [String; 6] {
    let range = match (s.min, s.max) {
        (Some(lo), Some(hi)) => format!("{lo} to {hi}"),
        _ => DASH.to_owned(),
    };
    [
        s.respondents.to_string(),
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
        RespondentRole::Staff => "Staff",
        RespondentRole::Board => "Board",
        RespondentRole::Volunteer => "Volunteers",
        RespondentRole::Partner => "Partner organizations",
        RespondentRole::CommunityMember => "Community members",
        RespondentRole::Other => "Other roles",
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

/// What follows the number of people in "25 people's answers are included."
pub fn included(people: u32) -> &'static str {
    if people == 1 {
        " person's answers are included."
    } else {
        " people's answers are included."
    }
}

/// The sentence on the overall readiness of the group.
pub fn overview(index: &ScaleStats) -> String {
    match index.mean {
        Some(mean) => format!(
            "Average overall readiness: {} out of 100, from {} to {}.",
            hundredths(mean),
            index.min.unwrap_or(0),
            index.max.unwrap_or(0)
        ),
        None => "No one answered enough for an overall readiness score yet.".to_owned(),
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
    /// The average, as the row shows it.
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
            mean: hundredths(mean),
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
    let area = |title: &'static str, s: &ScaleStats| AreaRow {
        row: Row {
            title,
            cells: stats_cells(s).into(),
        },
        bar: SpreadBar::of(s),
    };
    std::iter::once(area(words::overall(), &g.index.stats))
        .chain(
            g.dimensions
                .iter()
                .map(|d| area(w.dimension(d.dimension), &d.scores.stats)),
        )
        .collect()
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
        ConsensusTopic::Item => "Statement",
        ConsensusTopic::BarrierPresence => "Barrier, how present it is",
        ConsensusTopic::BarrierHarm => "Barrier, how much harm it would do",
    }
}

/// The topics of least agreement, least first.
pub fn disagreements(w: Wording, p: &WorkshopProfile) -> Vec<TopicText> {
    p.least_consensus
        .iter()
        .map(|d| TopicText {
            title: w.topic(d.id),
            detail: format!(
                "{}. Agreement: {} ({}). {} disagree, {} in the middle, {} agree, {} don't \
                 know.",
                consensus_topic(d.topic),
                band_word(Some(d.agreement_band)),
                d.agreement,
                d.low,
                d.middle,
                d.high,
                d.dont_know
            ),
            prompt: d.prompt(w.instruments, w.lang),
        })
        .collect()
}

/// Above the table of statements: how to read the scale.
pub fn items_note() -> String {
    format!(
        "How many gave each answer, on the scale from 0 (strongly disagree) to {} (strongly \
         agree), as the statements were written.",
        Rating::MAX
    )
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
            let mut cells: Vec<String> = i.counts.iter().map(u32::to_string).collect();
            cells.push(i.dont_know.to_string());
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
    let max = Rating::MAX;
    format!(
        "Presence and harm are rated from 0 (not at all) to {max} (very much); risk is \
         presence times harm, up to {}.",
        RISK_MAX
    )
}

/// The risk levels of a barrier: "2 low, 1 moderate, 0 high, 0 critical".
pub fn risk_levels(r: &RiskProfile) -> String {
    format!(
        "{} low, {} moderate, {} high, {} critical",
        r.low, r.moderate, r.high, r.critical
    )
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
            cells: vec![verdict_count(p, v).to_string()],
        })
        .collect()
}

/// The sentence on how much the group agrees on the timing.
pub fn verdict_agreement(p: &VerdictProfile) -> String {
    match p.agreement {
        Some(a) => format!(
            "Agreement on the timing: {} ({a} in 1000 reached the most common verdict).",
            band_word(p.agreement_band)
        ),
        None => "Too few people for an agreement figure.".to_owned(),
    }
}

// ----------------------------------------------------------------------------------------
// Roles

/// The promise that small roles stay hidden.
pub fn privacy_notice() -> String {
    format!(
        "To protect people's privacy, a role is shown only when at least {MIN_GROUP_SIZE} \
         people answered in it."
    )
}

/// Why a role is not shown.
pub fn hidden_reason(reason: HiddenReason) -> String {
    match reason {
        HiddenReason::FewerThanThree => {
            format!("fewer than {MIN_GROUP_SIZE} people answered in this role")
        }
        HiddenReason::WouldRevealOthers => format!(
            "showing it would let others work out the answers of 1 or {} people",
            MIN_GROUP_SIZE.saturating_sub(1)
        ),
    }
}

/// A role that is not shown, and why: "Board: not shown, because …."
pub fn hidden_group(h: &HiddenGroup) -> String {
    format!(
        "{}: not shown, because {}.",
        role_group(h.role),
        hidden_reason(h.reason)
    )
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
    let means = |f: &dyn Fn(&GroupProfile) -> Option<u32>| -> Vec<String> {
        p.subgroups.iter().map(|s| or_dash(f(&s.profile))).collect()
    };
    let people = Row {
        title: words::people(),
        cells: p
            .subgroups
            .iter()
            .map(|s| s.profile.respondents.to_string())
            .collect(),
    };
    let overall = Row {
        title: words::overall(),
        cells: means(&|g| g.index.stats.mean),
    };
    let dims = w.instruments.readiness.dimensions.iter().enumerate();
    [people, overall]
        .into_iter()
        .chain(dims.map(|(i, d)| Row {
            title: d.title.get(w.lang),
            cells: means(&|g| g.dimensions.get(i).and_then(|x| x.scores.stats.mean)),
        }))
        .collect()
}

/// A gap between roles in the profile: "Trust: Staff average 80.00, Board average 40.00."
pub fn gap_line(w: Wording, g: &GroupGap) -> String {
    format!(
        "{}: {} average {}, {} average {}.",
        w.gap(g),
        role_group(g.higher_role),
        hundredths(g.higher_mean),
        role_group(g.lower_role),
        hundredths(g.lower_mean)
    )
}

// ----------------------------------------------------------------------------------------
// The whole profile

/// Everything the parts of the group profile say, in the order they show it: worked out
/// once per merge, so the screen only lays it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileText {
    /// How many people's answers are included, and the words after that number.
    pub respondents: u32,
    pub included: &'static str,
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
    /// A line per role not shown, with the reason.
    pub hidden: Vec<String>,
    /// The table of roles: "Area" and each role shown.
    pub roles_head: Vec<&'static str>,
    /// Its rows; empty when no role has enough people to be shown.
    pub roles: Vec<Row>,
    /// The largest differences between the roles shown.
    pub gaps: Vec<String>,
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
        hidden: p.hidden_groups.iter().map(hidden_group).collect(),
        roles_head: roles_head(p),
        roles: if p.subgroups.is_empty() {
            Vec::new()
        } else {
            role_rows(w, p)
        },
        gaps: p.gaps.iter().map(|x| gap_line(w, x)).collect(),
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
    format!("Topic {} of {total}", index.saturating_add(1))
}

/// The title of a presenter topic.
pub fn slide_title(w: Wording, slide: Slide, p: &WorkshopProfile) -> &'static str {
    match slide {
        Slide::Overview => "Who took part",
        Slide::Dimensions => "The eight areas of readiness",
        Slide::Disagreement(i) => p.least_consensus.get(i).map_or("", |d| w.topic(d.id)),
        Slide::Barriers => "Barriers",
        Slide::Timing => "Is now the right time?",
        Slide::Gaps => "Where roles see things differently",
    }
}

fn lower(band: Option<AgreementBand>) -> String {
    band_word(band).to_lowercase()
}

fn discussion(w: Wording, d: &Disagreement) -> SlideBody {
    SlideBody::Discussion {
        text: format!(
            "{} disagree, {} in the middle, {} agree, {} don't know. Agreement {}.",
            d.low,
            d.middle,
            d.high,
            d.dont_know,
            lower(Some(d.agreement_band))
        ),
        prompt: d.prompt(w.instruments, w.lang),
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
            figure: count(g.respondents as usize, "person", "people"),
            text: match g.index.stats.mean {
                Some(m) => format!(
                    "Average overall readiness {} out of 100; agreement {}.",
                    hundredths(m),
                    lower(g.index.stats.agreement_band)
                ),
                None => "Not enough answers for an overall score.".to_owned(),
            },
        },
        Slide::Dimensions => lines(&g.dimensions, |d| {
            format!(
                "{}: average {}, agreement {}",
                w.dimension(d.dimension),
                or_dash(d.scores.stats.mean),
                lower(d.scores.stats.agreement_band)
            )
        }),
        Slide::Disagreement(i) => match p.least_consensus.get(i) {
            Some(d) => discussion(w, d),
            None => SlideBody::Lines(Vec::new()),
        },
        Slide::Barriers => lines(&g.barriers, |b| {
            format!(
                "{}: average risk {} of {RISK_MAX}; agreement on presence {}, on harm {}",
                w.barrier(b.barrier),
                or_dash(b.risk.stats.mean),
                lower(b.presence.stats.agreement_band),
                lower(b.harm.stats.agreement_band)
            )
        }),
        Slide::Timing => lines(&VERDICTS, |&v| {
            let n = verdict_count(&g.verdicts, v) as usize;
            format!("{}: {}", w.verdict(v), count(n, "person", "people"))
        }),
        Slide::Gaps => lines(&p.gaps, |x| {
            format!(
                "{}: {} {}, {} {}",
                w.gap(x),
                role_group(x.higher_role),
                hundredths(x.higher_mean),
                role_group(x.lower_role),
                hundredths(x.lower_mean)
            )
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
        assert_eq!(
            (text.respondents, text.included),
            (4, " people's answers are included.")
        );
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
        assert_eq!(included(1), " person's answers are included.");
        assert_eq!(included(25), " people's answers are included.");
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
