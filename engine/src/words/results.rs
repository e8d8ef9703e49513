//! The words of the results screen: its headings, buttons and the sentences around the
//! scores. The scores' own explanations are in [`crate::explain`]; band, verdict, level
//! and barrier texts come from the instruments.
use crate::catalogue::{Msg, msg, number};

use super::day;
use crate::barriers::MAX_RISK;
use crate::flow::{self, Scope};
use crate::readiness::{DimensionStatus, MAX_SCORE, ReadinessScore};
use crate::{Answers, INSTRUMENTS, Instruments, Rating, ReadinessBand, Timestamp, TimingVerdict};

/// The heading of the results screen.
pub fn title() -> &'static str {
    msg::RESULTS_TITLE.text()
}

/// The line under the heading: whose results these are, when the answers last changed,
/// and that nothing leaves the device.
pub fn about(organization: Option<&str>, updated: Timestamp) -> String {
    let day = day(updated);
    match organization {
        Some(name) => msg::RESULTS_ABOUT_NAMED.with(&[("organization", name), ("day", &day)]),
        None => msg::RESULTS_ABOUT.with(&[("day", &day)]),
    }
}

/// The button that saves the results document.
pub fn save_file() -> &'static str {
    msg::RESULTS_SAVE_FILE.text()
}

/// The button that saves the results as a spreadsheet.
pub fn save_spreadsheet() -> &'static str {
    msg::RESULTS_SAVE_SPREADSHEET.text()
}

/// The button that goes back to the questions.
pub fn back_to_questions() -> &'static str {
    msg::RESULTS_BACK_TO_QUESTIONS.text()
}

/// The button that goes to the start page.
pub fn start_page() -> &'static str {
    msg::RESULTS_START_PAGE.text()
}

/// The panel above the results while some questions are unanswered.
pub fn unanswered_intro() -> &'static str {
    msg::RESULTS_UNANSWERED_INTRO.text()
}

/// One link in that panel: a section and how many of its questions are unanswered.
pub fn unanswered(section: &str, left: u32) -> String {
    msg::RESULTS_UNANSWERED.count_with(left as usize, &[("section", section)])
}

/// The sections of `scope` with unanswered questions, in order: each as the position of
/// the section to go to and the label of its link ([`unanswered`]).
pub fn unanswered_sections(
    instruments: &'static Instruments,
    scope: Scope,
    answers: &Answers,
    lang: &str,
) -> Vec<(usize, String)> {
    flow::missing(instruments, scope, answers)
        .into_iter()
        .map(|(i, section, left)| (i, unanswered(section.title(instruments).get(lang), left)))
        .collect()
}

/// The heading of the overall score, and its row in the comparison table.
pub fn overall_readiness() -> &'static str {
    msg::RESULTS_OVERALL_READINESS.text()
}

/// The big overall score as one sentence, "62 out of 100: Developing", cut around the
/// number so the screen can set it large: `(before, number, after)`, here
/// `("", "62", " out of 100: Developing")`. Where the number stands is the language's.
pub fn out_of_max(score: u8, band: &str) -> (String, String, String) {
    let sentence = msg::RESULTS_OUT_OF_MAX.with(&[("max", &number(MAX_SCORE)), ("band", band)]);
    let score = number(score);
    match sentence.split_once("{score}") {
        Some((before, after)) => (before.to_owned(), score, after.to_owned()),
        None => (String::new(), score, sentence),
    }
}

/// Under the overall score: how many areas it rests on.
pub fn based_on(valid: u32, total: u32) -> String {
    msg::RESULTS_BASED_ON.count_with(total as usize, &[("valid", &number(valid))])
}

/// The disclosure that lists the areas that moved the overall score.
pub fn why_this_score() -> &'static str {
    msg::RESULTS_WHY_THIS_SCORE.text()
}

/// In place of the overall score while no area has one. States the readiness rule for
/// scoring an area (the instrument's minimum share of ALL its statements answered on the
/// scale, and the minimum number of them), so it stays true whatever the size of the area.
pub fn not_worked_out() -> String {
    let r = &INSTRUMENTS.readiness;
    let lowest = r.scale.labels.first().map_or("", |l| l.show());
    let highest = r.scale.labels.last().map_or("", |l| l.show());
    msg::RESULTS_NOT_WORKED_OUT.with(&[
        ("percent", &number(r.min_answered_percent)),
        ("minimum", &number_word(usize::from(r.min_scored_items))),
        ("lowest", lowest),
        ("highest", highest),
        ("not_applicable", r.scale.not_applicable.show()),
        ("dont_know", r.scale.dont_know.show()),
    ])
}

/// The heading of the short note on how the scores are made and what they are not.
pub fn how_scores_work_heading() -> &'static str {
    msg::RESULTS_HOW_SCORES_WORK_HEADING.text()
}

/// The note itself: the arithmetic, the cut points and where they come from, and the
/// evidence the verdict needs, all read from the instruments so it never contradicts them.
pub fn how_scores_work() -> Vec<String> {
    let r = &INSTRUMENTS.readiness;
    let rules = &INSTRUMENTS.timing.rules;
    let timing = &INSTRUMENTS.timing;
    let developing = r.band(ReadinessBand::Developing).min;
    let strength = r.band(ReadinessBand::Strength).min;
    let minimum = number_word(usize::from(r.min_scored_items));
    let percent = number(r.min_answered_percent);
    let capped = timing
        .labels
        .get(usize::from(rules.warning_cap_min))
        .map_or("", |l| l.show());
    let completely = timing.labels.last().map_or("", |l| l.show());
    vec![
        msg::RESULTS_HOW_SCORES_WORK_ARITHMETIC.with(&[
            ("lowest", &number(0)),
            ("highest", &number(Rating::MAX)),
            ("max", &number(MAX_SCORE)),
            ("percent", &percent),
            ("minimum", &minimum),
        ]),
        msg::RESULTS_HOW_SCORES_WORK_CUT_POINTS.with(&[
            ("strength", &number(strength)),
            ("developing", &number(developing)),
            ("below_strength", &number(strength.saturating_sub(1))),
        ]),
        msg::RESULTS_HOW_SCORES_WORK_VERDICT.with(&[
            (
                "act_now",
                timing.verdict(TimingVerdict::ActNow).title.show(),
            ),
            ("minimum", &number_word(rules.readiness_areas_min as usize)),
            ("areas", &number_word(r.dimensions.len())),
            ("mostly", capped),
            ("completely", completely),
        ]),
    ]
}

/// The heading over the reasons the suggested depth goes no deeper.
pub fn depth_limits() -> &'static str {
    msg::RESULTS_DEPTH_LIMITS.text()
}

/// An area's score with its band, "62 (Developing)", or what stands in for it: "Not
/// applicable", or "Not enough answers yet (2 of 5 answered)".
pub fn status_text(score: &ReadinessScore) -> String {
    match (score.status, score.score, score.band) {
        (DimensionStatus::Scored, Some(s), Some(b)) => msg::RESULTS_STATUS_SCORED.with(&[
            ("score", &number(s)),
            ("band", INSTRUMENTS.readiness.band(b).label.show()),
        ]),
        (DimensionStatus::NotApplicable, ..) => {
            msg::RESULTS_STATUS_NOT_APPLICABLE.text().to_owned()
        }
        _ => msg::RESULTS_STATUS_TOO_FEW.with(&[
            // Of all the area's statements: "Not applicable" does not shrink the share.
            ("answered", &number(score.answered)),
            ("items", &number(score.items)),
        ]),
    }
}

/// The small numbers as the language spells them in a sentence ("eight"), 0 to 12.
const SMALL_NUMBERS: [Msg; 13] = [
    msg::RESULTS_SMALL_NUMBERS_0,
    msg::RESULTS_SMALL_NUMBERS_1,
    msg::RESULTS_SMALL_NUMBERS_2,
    msg::RESULTS_SMALL_NUMBERS_3,
    msg::RESULTS_SMALL_NUMBERS_4,
    msg::RESULTS_SMALL_NUMBERS_5,
    msg::RESULTS_SMALL_NUMBERS_6,
    msg::RESULTS_SMALL_NUMBERS_7,
    msg::RESULTS_SMALL_NUMBERS_8,
    msg::RESULTS_SMALL_NUMBERS_9,
    msg::RESULTS_SMALL_NUMBERS_10,
    msg::RESULTS_SMALL_NUMBERS_11,
    msg::RESULTS_SMALL_NUMBERS_12,
];

/// A small count in words ("eight"), as headings spell numbers; larger ones in digits.
fn number_word(n: usize) -> String {
    SMALL_NUMBERS
        .get(n)
        .map_or_else(|| number(n), |w| w.text().to_owned())
}

/// The heading of the part about the areas: "The eight areas of readiness", with the
/// number of areas the instrument has.
pub fn areas_heading(areas: usize) -> String {
    msg::RESULTS_AREAS_HEADING.count_with(areas, &[("number", &number_word(areas))])
}

/// The caption of the bar chart: the scale and where the band marks stand.
pub fn chart_caption() -> String {
    area_chart_caption(&INSTRUMENTS.readiness)
}

/// [`chart_caption`] for the areas of any instrument shaped like readiness (the health
/// check's bands are its own).
pub fn area_chart_caption(bands: &crate::instrument::ReadinessInstrument) -> String {
    let developing = bands.band(ReadinessBand::Developing);
    let strength = bands.band(ReadinessBand::Strength);
    msg::RESULTS_CHART_CAPTION.with(&[
        ("max", &number(MAX_SCORE)),
        ("developing", &developing.label.show().to_lowercase()),
        ("developing_min", &number(developing.min)),
        ("strength", &strength.label.show().to_lowercase()),
        ("strength_min", &number(strength.min)),
    ])
}

/// The caption of the table that reads the chart out to screen readers.
pub fn chart_table_caption() -> &'static str {
    msg::RESULTS_CHART_TABLE_CAPTION.text()
}

/// The first column of that table.
pub fn area_column() -> &'static str {
    msg::RESULTS_AREA_COLUMN.text()
}

/// The second column of that table.
pub fn score_column() -> &'static str {
    msg::RESULTS_SCORE_COLUMN.text()
}

/// The heading over the areas that are strengths.
pub fn strengths() -> &'static str {
    msg::RESULTS_STRENGTHS.text()
}

/// In place of that list when no area is a strength.
pub fn no_strengths() -> &'static str {
    msg::RESULTS_NO_STRENGTHS.text()
}

/// The heading over the areas that are concerns.
pub fn concerns() -> &'static str {
    msg::RESULTS_CONCERNS.text()
}

/// In place of that list when no area is a concern.
pub fn no_concerns() -> &'static str {
    msg::RESULTS_NO_CONCERNS.text()
}

/// The heading over the knowledge gaps.
pub fn knowledge_gaps() -> &'static str {
    msg::RESULTS_KNOWLEDGE_GAPS.text()
}

/// The heading over each area's score, outcome and reasons.
pub fn area_details() -> &'static str {
    msg::RESULTS_AREA_DETAILS.text()
}

/// An area's name before its score in the details: "Trust and history: ".
pub fn area_label(area: &str) -> String {
    msg::RESULTS_AREA_LABEL.with(&[("area", area)])
}

/// The disclosure that lists the answers behind an area's score.
pub fn why_scored(area: &str, score: u8) -> String {
    msg::RESULTS_WHY_SCORED.with(&[("area", area), ("score", &number(score))])
}

/// The heading of the barriers part.
pub fn barriers_heading() -> &'static str {
    msg::RESULTS_BARRIERS_HEADING.text()
}

/// In place of the barrier list while none is rated.
pub fn no_barrier_rated() -> &'static str {
    msg::RESULTS_NO_BARRIER_RATED.text()
}

/// Under the barrier list: how many barriers still lack a rating, and what a rating needs.
pub fn barriers_unrated(unrated: usize, total: usize) -> String {
    msg::RESULTS_BARRIERS_UNRATED.count_with(unrated, &[("total", &number(total))])
}

/// The heading of the timing part, with the verdict's title.
pub fn timing_heading(verdict: &str) -> String {
    msg::RESULTS_TIMING_HEADING.with(&[("verdict", verdict)])
}

/// The heading over the reasons for the timing verdict.
pub fn timing_reasons() -> &'static str {
    msg::RESULTS_TIMING_REASONS.text()
}

/// The heading over the warning signs seen now.
pub fn warning_signs() -> &'static str {
    msg::RESULTS_WARNING_SIGNS.text()
}

/// The heading over the verdict's next steps.
pub fn verdict_next_steps() -> &'static str {
    msg::RESULTS_VERDICT_NEXT_STEPS.text()
}

/// The heading of the depth part.
pub fn depth_heading() -> &'static str {
    msg::RESULTS_DEPTH_HEADING.text()
}

/// The recommended depth level, in bold.
pub fn depth_start(level: &str) -> String {
    msg::RESULTS_DEPTH_START.with(&[("level", level)])
}

/// In place of a recommended depth while there is none.
pub fn no_depth_yet() -> &'static str {
    msg::RESULTS_NO_DEPTH_YET.text()
}

/// The depth the respondent hopes to reach.
pub fn ambition(level: &str) -> String {
    msg::RESULTS_AMBITION.with(&[("level", level)])
}

/// The heading over what the next depth level needs.
pub fn next_level(level: &str) -> String {
    msg::RESULTS_NEXT_LEVEL.with(&[("level", level)])
}

/// Among those needs, when the next level is deeper than the respondent hopes to go.
pub fn beyond_ambition() -> &'static str {
    msg::RESULTS_BEYOND_AMBITION.text()
}

/// The heading over the next steps for the partnership's current stage.
pub fn stage_now(stage: &str) -> String {
    msg::RESULTS_STAGE_NOW.with(&[("stage", stage)])
}

/// The heading of the action plan.
pub fn plan_heading() -> &'static str {
    msg::RESULTS_PLAN_HEADING.text()
}

/// The disclosure under a plan step that lists the statements behind it.
pub fn plan_sources() -> &'static str {
    msg::RESULTS_PLAN_SOURCES.text()
}

/// The heading over the respondent's own notes.
pub fn notes_heading() -> &'static str {
    msg::RESULTS_NOTES_HEADING.text()
}

/// The heading of the comparison part.
pub fn compare_heading() -> &'static str {
    msg::RESULTS_COMPARE_HEADING.text()
}

/// What comparing does, above the file picker.
pub fn compare_intro() -> &'static str {
    msg::RESULTS_COMPARE_INTRO.text()
}

/// The file picker for the earlier result.
pub fn choose_earlier() -> &'static str {
    msg::RESULTS_CHOOSE_EARLIER.text()
}

/// When the chosen file could not be compared, before the reason.
pub fn compare_failed(reason: &str) -> String {
    msg::RESULTS_COMPARE_FAILED.with(&[("reason", reason)])
}

/// The caption of the readiness comparison table, with the earlier result's date.
pub fn compared_with(earlier: Timestamp) -> String {
    msg::RESULTS_COMPARED_WITH.with(&[("day", &day(earlier))])
}

/// The caption of the barrier comparison table: the risk scale and which way is better.
pub fn barrier_risk_caption() -> String {
    msg::RESULTS_BARRIER_RISK_CAPTION
        .with(&[("lowest", &number(0)), ("highest", &number(MAX_RISK))])
}

/// The first column of the readiness comparison.
pub fn readiness_column() -> &'static str {
    msg::RESULTS_READINESS_COLUMN.text()
}

/// The first column of the barrier comparison.
pub fn barrier_column() -> &'static str {
    msg::RESULTS_BARRIER_COLUMN.text()
}

/// The column of the earlier scores.
pub fn before_column() -> &'static str {
    msg::RESULTS_BEFORE_COLUMN.text()
}

/// The column of the current scores.
pub fn now_column() -> &'static str {
    msg::RESULTS_NOW_COLUMN.text()
}

/// The column of the change between them.
pub fn change_column() -> &'static str {
    msg::RESULTS_CHANGE_COLUMN.text()
}

/// A score in a comparison cell, or "not scored" where that side has none.
pub fn compared_score(score: Option<u8>) -> String {
    score.map_or_else(|| msg::RESULTS_NOT_SCORED.text().to_owned(), number)
}

/// The button that closes the comparison.
pub fn stop_comparing() -> &'static str {
    msg::RESULTS_STOP_COMPARING.text()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Rating, ReadinessAnswer, evaluate};

    fn at() -> Timestamp {
        Timestamp::from_unix_millis(1_772_355_600_000) // 2026-03-01T09:00:00Z
    }

    #[test]
    fn the_about_line_names_the_organization_only_when_there_is_one() {
        assert_eq!(
            about(Some("Riverside"), at()),
            "Riverside. Last changed on 2026-03-01. These results are worked out on this \
             device and change as you answer."
        );
        assert!(about(None, at()).starts_with("Last changed on 2026-03-01. "));
    }

    #[test]
    fn the_rule_for_an_area_score_is_the_engines() {
        let percent = INSTRUMENTS.readiness.min_answered_percent;
        let text = not_worked_out();
        assert!(
            text.contains(&format!(
                "at least {percent}% of its statements, and at least three"
            )),
            "{text}"
        );
        assert!(how_scores_work()[0].contains(&format!("{percent}% of its statements")));
    }

    #[test]
    fn the_note_on_scores_says_what_the_cut_points_are_and_are_not() {
        let note = how_scores_work();
        assert!(note[1].starts_with("75 and above is marked a strength, 50 to 74 developing"));
        assert!(note[1].contains("not norms"), "{}", note[1]);
        assert!(
            note[2].contains("at least six of the eight areas"),
            "{}",
            note[2]
        );
    }

    #[test]
    fn scales_in_sentences_come_from_the_engine() {
        assert_eq!(
            out_of_max(62, "Developing"),
            (
                String::new(),
                "62".to_owned(),
                " out of 100: Developing".to_owned()
            )
        );
        assert_eq!(
            barrier_risk_caption(),
            "Barrier risk, 0 to 16 (lower is better)"
        );
        let developing = INSTRUMENTS.readiness.band(ReadinessBand::Developing).min;
        let strength = INSTRUMENTS.readiness.band(ReadinessBand::Strength).min;
        assert_eq!(
            chart_caption(),
            format!(
                "Scores out of 100. The marks show where \"developing\" ({developing}) and \
                 \"strength\" ({strength}) begin."
            )
        );
    }

    #[test]
    fn the_areas_heading_counts_the_areas_in_words() {
        assert_eq!(
            areas_heading(INSTRUMENTS.readiness.dimensions.len()),
            "The eight areas of readiness"
        );
        assert_eq!(areas_heading(1), "The one area of readiness");
        assert_eq!(areas_heading(14), "The 14 areas of readiness");
    }

    #[test]
    fn an_area_status_says_the_score_or_why_there_is_none() {
        let mut answers = Answers::default();
        let area = &INSTRUMENTS.readiness.dimensions[0];
        for item in area.items {
            let value = if item.reverse { 0 } else { Rating::MAX };
            if let Some(r) = Rating::new(value) {
                answers.set_readiness(item.id, ReadinessAnswer::Scale(r));
            }
        }
        let report = evaluate(&answers);
        let strength = INSTRUMENTS
            .readiness
            .band(ReadinessBand::Strength)
            .label
            .en();
        assert_eq!(
            status_text(&report.readiness.dimensions[0]),
            format!("100 ({strength})")
        );
        let second = &report.readiness.dimensions[1];
        assert_eq!(
            status_text(second),
            format!("Not enough answers yet (0 of {} answered)", second.items)
        );
        let mut all_na = Answers::default();
        for item in area.items {
            all_na.set_readiness(item.id, ReadinessAnswer::NotApplicable);
        }
        let report = evaluate(&all_na);
        assert_eq!(
            status_text(&report.readiness.dimensions[0]),
            "Not applicable"
        );
    }

    #[test]
    fn a_comparison_cell_without_a_score_says_so() {
        assert_eq!(compared_score(Some(42)), "42");
        assert_eq!(compared_score(None), "not scored");
        assert!(compared_with(at()).ends_with("on 2026-03-01"));
    }

    #[test]
    fn unanswered_sections_link_to_their_place_with_a_count() {
        let sections =
            unanswered_sections(&INSTRUMENTS, Scope::Readiness, &Answers::default(), "en");
        assert_eq!(sections.len(), INSTRUMENTS.readiness.dimensions.len());
        let first = &INSTRUMENTS.readiness.dimensions[0];
        assert_eq!(
            sections.first(),
            Some(&(
                0,
                format!("{}: {} unanswered", first.title.en(), first.items.len())
            ))
        );
    }
}
