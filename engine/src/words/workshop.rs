//! The words of workshop mode: the facilitator's entry on the start screen, the screen that
//! merges everyone's files, the group profile's headings and the presenter view's buttons.
//!
//! Sentences built from the group's figures are in [`crate::workshop::presentation`].

/// The heading of the facilitator's entry on the start screen.
pub fn entry_title() -> &'static str {
    "Running a workshop?"
}

/// The facilitator's entry on the start screen: what workshop mode is for.
pub fn entry_lead() -> &'static str {
    "If everyone in your group answered on their own device and saved a file, bring all \
     the files together here to see where the group agrees and where it does not. The files \
     are read on this computer only."
}

/// The button on the start screen that opens workshop mode.
pub fn open() -> &'static str {
    "Open workshop mode"
}

/// The workshop screen's heading.
pub fn title() -> &'static str {
    "Workshop: everyone's answers together"
}

/// Under the workshop heading: which files to choose and what happens to them.
pub fn intro() -> &'static str {
    "Choose all the results files your group saved, as many as you like at once. Each \
     person's newest file is used; older copies, and files that are not results, are left \
     out and listed below with the reason."
}

/// Under the workshop heading: the promise about names.
pub fn privacy() -> &'static str {
    "Nothing is sent anywhere. Names of organizations and of files never appear in the \
     presenter view."
}

/// The file button before any file was chosen.
pub fn choose_files() -> &'static str {
    "Choose everyone's files"
}

/// The file button once some files were chosen.
pub fn add_files() -> &'static str {
    "Add more files"
}

/// The button that leaves workshop mode for the start screen.
pub fn back() -> &'static str {
    "Back to the start"
}

/// The button that opens the presenter view.
pub fn present() -> &'static str {
    "Show on a projector"
}

/// The button that saves the group summary as a results file.
pub fn save_summary() -> &'static str {
    "Save the group summary"
}

/// The button that saves the group summary for a spreadsheet.
pub fn save_spreadsheet() -> &'static str {
    "Save for a spreadsheet (CSV)"
}

/// The button that puts every file aside.
pub fn start_over() -> &'static str {
    "Start over"
}

/// The status message after "Start over".
pub fn started_over() -> &'static str {
    "Every file was put aside. Choose the files for a new group."
}

/// The reason shown for a file the browser could not read at all.
pub fn unreadable() -> &'static str {
    "The browser could not read this file. It may have been moved, or the browser may not \
     be allowed to open it."
}

/// The heading of the table of files.
pub fn files_title() -> &'static str {
    "What happened to each file"
}

/// The caption of the table of files.
pub fn files_caption() -> &'static str {
    "Each file and whether it is used"
}

/// The column headings of the table of files.
pub fn files_head() -> [&'static str; 3] {
    ["File", "Result", "Details"]
}

/// The heading of the part on who is included.
pub fn overview_title() -> &'static str {
    "Who is included"
}

/// The heading of the part on the readiness areas.
pub fn dimensions_title() -> &'static str {
    "The eight areas"
}

/// The caption under the chart of the readiness areas: how to read it.
pub fn chart_caption() -> &'static str {
    "Scores out of 100. The thin line runs from the lowest to the highest score, the box \
     covers the average plus and minus one standard deviation, and the mark is the average."
}

/// The caption of the table of readiness scores.
pub fn dimensions_caption() -> &'static str {
    "Readiness scores across the group"
}

/// The heading of the part on the topics of least agreement.
pub fn disagreement_title() -> &'static str {
    "Where the group disagrees most"
}

/// Instead of the topics of least agreement, when there are none.
pub fn no_disagreement() -> &'static str {
    "The group agrees on every statement and barrier: nothing stands out for discussion."
}

/// Above the topics of least agreement: their order.
pub fn disagreement_lead() -> &'static str {
    "Least agreement first, each with a question to open the discussion."
}

/// The heading of the part on each statement.
pub fn items_title() -> &'static str {
    "Each statement"
}

/// The caption of the table of statements.
pub fn items_caption() -> &'static str {
    "Answers to each statement"
}

/// The heading of the part on barriers.
pub fn barriers_title() -> &'static str {
    "Barriers: how much the group agrees"
}

/// The caption of the table of barriers.
pub fn barriers_caption() -> &'static str {
    "Barriers across the group"
}

/// The heading of the part on the timing verdicts.
pub fn verdicts_title() -> &'static str {
    "Is now the right time? Everyone's verdicts"
}

/// The caption of the table of timing verdicts.
pub fn verdicts_caption() -> &'static str {
    "Timing verdicts across the group"
}

/// The column headings of the table of timing verdicts.
pub fn verdicts_head() -> [&'static str; 2] {
    ["Verdict", "People"]
}

/// The heading of the part on the roles.
pub fn roles_title() -> &'static str {
    "By role"
}

/// Instead of the table of roles, when no role has enough people.
pub fn no_roles() -> &'static str {
    "No role has enough people to be shown on its own."
}

/// The caption of the table of roles.
pub fn roles_caption() -> &'static str {
    "Average scores by role"
}

/// The heading above the largest differences between roles.
pub fn gaps_title() -> &'static str {
    "The largest differences between roles"
}

/// The presenter's button back one topic.
pub fn previous_topic() -> &'static str {
    "Previous topic"
}

/// The presenter's button on one topic.
pub fn next_topic() -> &'static str {
    "Next topic"
}

/// The presenter's button back to the workshop screen.
pub fn stop_presenting() -> &'static str {
    "Leave the presenter view"
}

/// Under the presenter's buttons: the keys it answers to.
pub fn presenter_keys() -> &'static str {
    "Keys: right and left arrows move between topics; Escape leaves. They work wherever \
     you clicked last."
}

/// The row and the topic of the overall readiness index, in the tables and the chart.
pub fn overall() -> &'static str {
    "Overall readiness"
}

/// The first column of the tables of areas and of roles.
pub fn area() -> &'static str {
    "Area"
}

/// The row of the table of roles that counts the people in each role.
pub fn people() -> &'static str {
    "People"
}

/// The column headings of the figures of one set of answers, in the order of
/// [`crate::workshop::presentation::stats_cells`].
pub fn stats_head() -> [&'static str; 6] {
    [
        people(),
        "Average",
        "Middle answer",
        "Spread (SD)",
        "Lowest to highest",
        "Agreement (0–1000)",
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
        "Statement",
        "Strongly disagree (0)",
        "Disagree (1)",
        "Neither (2)",
        "Agree (3)",
        "Strongly agree (4)",
        "Don't know",
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
        "Barrier",
        "Presence, average",
        "Presence, agreement",
        "Harm, average",
        "Harm, agreement",
        "Risk, average",
        "Risk levels",
    ]
}

/// Instead of a chart row's average, when too few people answered.
pub fn too_few_answers() -> &'static str {
    "Too few answers"
}

/// The presenter's button that fills the whole screen with the topic, and while something
/// fills the screen (`on`), the same button that leaves full screen (as Escape does).
pub fn full_screen(on: bool) -> &'static str {
    if on {
        "Leave full screen"
    } else {
        "Full screen"
    }
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
