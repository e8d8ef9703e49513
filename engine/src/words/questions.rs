//! The words of the questions screen.
use crate::catalogue::{msg, number};

use crate::flow::{Filled, Progress};

/// The line over the progress bar: which part this is and how many questions of the
/// whole scope are answered. `part` counts from 1.
pub fn progress(part: usize, parts: usize, progress: Progress) -> String {
    let Progress {
        answered,
        questions,
    } = progress;
    msg::QUESTIONS_PROGRESS.count_with(
        questions as usize,
        &[
            ("part", &number(part)),
            ("parts", &number(parts)),
            ("answered", &number(answered)),
        ],
    )
}

/// The button back to the previous part (or the start screen).
pub fn back() -> &'static str {
    msg::QUESTIONS_BACK.text()
}

/// The button on to the next part; on the `last` part it leads to the results.
pub fn next(last: bool) -> &'static str {
    if last {
        msg::QUESTIONS_SEE_RESULTS.text()
    } else {
        msg::QUESTIONS_NEXT.text()
    }
}

/// The heading of the list of parts.
pub fn jump_heading() -> &'static str {
    msg::QUESTIONS_JUMP_HEADING.text()
}

/// Read out between a part's title and how far it is filled in.
pub fn part_separator() -> &'static str {
    msg::QUESTIONS_PART_SEPARATOR.text()
}

/// How far one part is filled in, in the list of parts.
pub fn part_count(filled: Filled) -> String {
    match filled {
        Filled::Answered(Progress {
            answered,
            questions,
        }) => msg::QUESTIONS_PART_ANSWERED.with(&[
            ("answered", &number(answered)),
            ("questions", &number(questions)),
        ]),
        Filled::Listed(n) => msg::QUESTIONS_ORGANISATIONS_LISTED.count(n),
    }
}

/// The button under the list of parts that shows the results before the end.
pub fn results_so_far() -> &'static str {
    msg::QUESTIONS_RESULTS_SO_FAR.text()
}

/// The title of the group of timing questions about what makes the moment right.
pub fn timing_triggers() -> &'static str {
    msg::QUESTIONS_TIMING_TRIGGERS.text()
}

/// The title of the group of timing questions about what is already in place.
pub fn timing_preconditions() -> &'static str {
    msg::QUESTIONS_TIMING_PRECONDITIONS.text()
}

/// The title of the group of timing questions about warning signs.
pub fn timing_warnings() -> &'static str {
    msg::QUESTIONS_TIMING_WARNINGS.text()
}

/// The name of the aside with the results so far.
pub fn so_far_label() -> &'static str {
    msg::QUESTIONS_SO_FAR_LABEL.text()
}

/// The aside's lead-in, in bold.
pub fn so_far_lead() -> &'static str {
    msg::QUESTIONS_SO_FAR_LEAD.text()
}

/// The results so far, after the lead-in: the readiness index with its band's label (or
/// that there is none yet), and the timing verdict's title.
pub fn so_far(readiness: Option<(u8, &str)>, verdict: &str) -> String {
    match readiness {
        Some((index, band)) => msg::QUESTIONS_SO_FAR.with(&[
            ("index", &number(index)),
            ("max", &number(crate::readiness::MAX_SCORE)),
            ("band", band),
            ("verdict", verdict),
        ]),
        None => msg::QUESTIONS_SO_FAR_NOT_WORKED_OUT.with(&[("verdict", verdict)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_line_names_the_part_and_the_answers() {
        let p = Progress {
            answered: 3,
            questions: 80,
        };
        assert_eq!(
            progress(2, 13, p),
            "Part 2 of 13. 3 of 80 questions answered."
        );
    }

    #[test]
    fn a_part_counts_answers_or_organisations() {
        let p = Progress {
            answered: 0,
            questions: 4,
        };
        assert_eq!(part_count(Filled::Answered(p)), "0 of 4 answered");
        assert_eq!(part_count(Filled::Listed(3)), "3 organisations listed");
        assert_eq!(part_count(Filled::Listed(1)), "1 organisation listed");
    }

    #[test]
    fn the_last_part_leads_to_the_results() {
        assert_eq!(next(false), "Next");
        assert_eq!(next(true), "See my results");
    }

    #[test]
    fn so_far_gives_the_index_and_band_or_says_there_is_none_yet() {
        assert_eq!(
            so_far(Some((62, "Developing")), "Start small"),
            "readiness 62 out of 100 (Developing); timing: Start small."
        );
        assert_eq!(
            so_far(None, "Not yet"),
            "readiness not worked out yet; timing: Not yet."
        );
    }
}
