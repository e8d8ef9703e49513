//! The words of workshop mode: the screen that merges everyone's files, the group
//! profile's headings and the presenter view's buttons. The way in on the start screen is
//! in [`super::start`]: the script without workshop mode carries no English of this
//! section (the engine's `workshop` feature).
//!
//! Sentences built from the group's figures are in [`crate::workshop::presentation`]; both
//! read the catalogue's `[workshop]` section (`engine/lang/en.toml`).
use crate::catalogue::msg;

/// The workshop screen's heading.
pub fn title() -> &'static str {
    msg::WORKSHOP_TITLE.text()
}

/// Under the workshop heading: which files to choose and what happens to them.
pub fn intro() -> &'static str {
    msg::WORKSHOP_INTRO.text()
}

/// Under the workshop heading: the promise about names.
pub fn privacy() -> &'static str {
    msg::WORKSHOP_PRIVACY.text()
}

/// The file button before any file was chosen.
pub fn choose_files() -> &'static str {
    msg::WORKSHOP_CHOOSE_FILES.text()
}

/// The file button once some files were chosen.
pub fn add_files() -> &'static str {
    msg::WORKSHOP_ADD_FILES.text()
}

/// The button that leaves workshop mode for the start screen.
pub fn back() -> &'static str {
    msg::WORKSHOP_BACK.text()
}

/// The button that opens the presenter view.
pub fn present() -> &'static str {
    msg::WORKSHOP_PRESENT.text()
}

/// The button that saves the group summary as a results file.
pub fn save_summary() -> &'static str {
    msg::WORKSHOP_SAVE_SUMMARY.text()
}

/// The button that saves the group summary for a spreadsheet.
pub fn save_spreadsheet() -> &'static str {
    msg::WORKSHOP_SAVE_SPREADSHEET.text()
}

/// The button that puts every file aside.
pub fn start_over() -> &'static str {
    msg::WORKSHOP_START_OVER.text()
}

/// The status message after "Start over".
pub fn started_over() -> &'static str {
    msg::WORKSHOP_STARTED_OVER.text()
}

/// The reason shown for a file the browser could not read at all.
pub fn unreadable() -> &'static str {
    msg::WORKSHOP_UNREADABLE.text()
}

/// The heading of the table of files.
pub fn files_title() -> &'static str {
    msg::WORKSHOP_FILES_TITLE.text()
}

/// The caption of the table of files.
pub fn files_caption() -> &'static str {
    msg::WORKSHOP_FILES_CAPTION.text()
}

/// The column headings of the table of files.
pub fn files_head() -> [&'static str; 3] {
    [
        msg::WORKSHOP_FILE_COLUMN.text(),
        msg::WORKSHOP_RESULT_COLUMN.text(),
        msg::WORKSHOP_DETAILS_COLUMN.text(),
    ]
}

/// The heading of the part on who is included.
pub fn overview_title() -> &'static str {
    msg::WORKSHOP_OVERVIEW_TITLE.text()
}

/// The heading of the part on the readiness areas.
pub fn dimensions_title() -> &'static str {
    msg::WORKSHOP_DIMENSIONS_TITLE.text()
}

/// The caption under the chart of the readiness areas: how to read it.
pub fn chart_caption() -> &'static str {
    msg::WORKSHOP_CHART_CAPTION.text()
}

/// The caption of the table of readiness scores.
pub fn dimensions_caption() -> &'static str {
    msg::WORKSHOP_DIMENSIONS_CAPTION.text()
}

/// The heading of the part on the topics of least agreement.
pub fn disagreement_title() -> &'static str {
    msg::WORKSHOP_DISAGREEMENT_TITLE.text()
}

/// Instead of the topics of least agreement, when there are none.
pub fn no_disagreement() -> &'static str {
    msg::WORKSHOP_NO_DISAGREEMENT.text()
}

/// Above the topics of least agreement: their order.
pub fn disagreement_lead() -> &'static str {
    msg::WORKSHOP_DISAGREEMENT_LEAD.text()
}

/// The heading of the part on each statement.
pub fn items_title() -> &'static str {
    msg::WORKSHOP_ITEMS_TITLE.text()
}

/// The caption of the table of statements.
pub fn items_caption() -> &'static str {
    msg::WORKSHOP_ITEMS_CAPTION.text()
}

/// The heading of the part on barriers.
pub fn barriers_title() -> &'static str {
    msg::WORKSHOP_BARRIERS_TITLE.text()
}

/// The caption of the table of barriers.
pub fn barriers_caption() -> &'static str {
    msg::WORKSHOP_BARRIERS_CAPTION.text()
}

/// The heading of the part on the timing verdicts.
pub fn verdicts_title() -> &'static str {
    msg::WORKSHOP_VERDICTS_TITLE.text()
}

/// The caption of the table of timing verdicts.
pub fn verdicts_caption() -> &'static str {
    msg::WORKSHOP_VERDICTS_CAPTION.text()
}

/// The column headings of the table of timing verdicts.
pub fn verdicts_head() -> [&'static str; 2] {
    [msg::WORKSHOP_VERDICT_COLUMN.text(), people()]
}

/// The heading of the part on the roles.
pub fn roles_title() -> &'static str {
    msg::WORKSHOP_ROLES_TITLE.text()
}

/// Instead of the table of roles, when no role has enough people.
pub fn no_roles() -> &'static str {
    msg::WORKSHOP_NO_ROLES.text()
}

/// The caption of the table of roles.
pub fn roles_caption() -> &'static str {
    msg::WORKSHOP_ROLES_CAPTION.text()
}

/// The heading above the largest differences between roles.
pub fn gaps_title() -> &'static str {
    msg::WORKSHOP_GAPS_TITLE.text()
}

/// The heading of the part on organisations.
pub fn organizations_title() -> &'static str {
    msg::WORKSHOP_ORGANIZATIONS_TITLE.text()
}

/// The caption of the table of organisations.
pub fn organizations_caption() -> &'static str {
    msg::WORKSHOP_ORGANIZATIONS_CAPTION.text()
}

/// The heading above the largest differences between organisations.
pub fn organization_gaps_title() -> &'static str {
    msg::WORKSHOP_ORGANIZATION_GAPS_TITLE.text()
}

/// The presenter's button back one topic.
pub fn previous_topic() -> &'static str {
    msg::WORKSHOP_PREVIOUS_TOPIC.text()
}

/// The presenter's button on one topic.
pub fn next_topic() -> &'static str {
    msg::WORKSHOP_NEXT_TOPIC.text()
}

/// The presenter's button back to the workshop screen.
pub fn stop_presenting() -> &'static str {
    msg::WORKSHOP_STOP_PRESENTING.text()
}

/// Under the presenter's buttons: the keys it answers to.
pub fn presenter_keys() -> &'static str {
    msg::WORKSHOP_PRESENTER_KEYS.text()
}

/// The row and the topic of the overall readiness index, in the tables and the chart.
pub fn overall() -> &'static str {
    msg::WORKSHOP_OVERALL.text()
}

/// The first column of the tables of areas and of roles.
pub fn area() -> &'static str {
    msg::WORKSHOP_AREA.text()
}

/// The row of the table of roles that counts the people in each role.
pub fn people() -> &'static str {
    msg::WORKSHOP_PEOPLE.text()
}

/// The column headings of the figures of one set of answers, in the order of
/// [`crate::workshop::presentation::stats_cells`].
pub fn stats_head() -> [&'static str; 6] {
    [
        people(),
        msg::WORKSHOP_AVERAGE_COLUMN.text(),
        msg::WORKSHOP_MEDIAN_COLUMN.text(),
        msg::WORKSHOP_SPREAD_COLUMN.text(),
        msg::WORKSHOP_RANGE_COLUMN.text(),
        msg::WORKSHOP_AGREEMENT_COLUMN.text(),
    ]
}

/// The column headings of the table of readiness scores.
pub fn dimensions_head() -> [&'static str; 7] {
    let [a, b, c, d, e, f] = stats_head();
    [area(), a, b, c, d, e, f]
}

/// The column headings of the table of statements: the answers on the scale, "Don't
/// know", then the figures.
pub fn items_head() -> [&'static str; 13] {
    let [a, b, c, d, e, f] = stats_head();
    [
        msg::WORKSHOP_STATEMENT_COLUMN.text(),
        msg::WORKSHOP_STRONGLY_DISAGREE_COLUMN.text(),
        msg::WORKSHOP_DISAGREE_COLUMN.text(),
        msg::WORKSHOP_NEITHER_COLUMN.text(),
        msg::WORKSHOP_AGREE_COLUMN.text(),
        msg::WORKSHOP_STRONGLY_AGREE_COLUMN.text(),
        msg::WORKSHOP_DONT_KNOW_COLUMN.text(),
        a,
        b,
        c,
        d,
        e,
        f,
    ]
}

/// The column headings of the table of barriers.
pub fn barriers_head() -> [&'static str; 7] {
    [
        msg::WORKSHOP_BARRIER_COLUMN.text(),
        msg::WORKSHOP_PRESENCE_AVERAGE_COLUMN.text(),
        msg::WORKSHOP_PRESENCE_AGREEMENT_COLUMN.text(),
        msg::WORKSHOP_HARM_AVERAGE_COLUMN.text(),
        msg::WORKSHOP_HARM_AGREEMENT_COLUMN.text(),
        msg::WORKSHOP_RISK_AVERAGE_COLUMN.text(),
        msg::WORKSHOP_RISK_LEVELS_COLUMN.text(),
    ]
}

/// Instead of a chart row's average, when too few people answered.
pub fn too_few_answers() -> &'static str {
    msg::WORKSHOP_TOO_FEW_ANSWERS.text()
}

/// The presenter's button that fills the whole screen with the topic, and while something
/// fills the screen (`on`), the same button that leaves full screen (as Escape does).
pub fn full_screen(on: bool) -> &'static str {
    if on {
        msg::WORKSHOP_LEAVE_FULL_SCREEN.text()
    } else {
        msg::WORKSHOP_FULL_SCREEN.text()
    }
}

/// The heading of the part on the partnership's health (and of its presenter topic).
pub fn health_title() -> &'static str {
    msg::WORKSHOP_HEALTH_TITLE.text()
}

/// The caption of the table of health areas.
pub fn health_caption() -> &'static str {
    msg::WORKSHOP_HEALTH_CAPTION.text()
}

/// The heading above what each person's own answers recommend.
pub fn health_recommendations_title() -> &'static str {
    msg::WORKSHOP_HEALTH_RECOMMENDATIONS_TITLE.text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_screen_button_says_what_pressing_it_does() {
        assert_eq!(full_screen(false), "Full screen");
        assert_eq!(full_screen(true), "Leave full screen");
    }
}
