//! The words around paged questions: where a long part is split over short screens, the
//! list of all parts folded behind one control, and the bar with Back and Next.
use crate::catalogue::msg;

use crate::flow::Progress;

/// The progress line: the part, the page within it when it has more than one, and how
/// many questions of the whole scope are answered. `part` and `page` count from 1.
pub fn progress(
    part: usize,
    parts: usize,
    page: usize,
    pages: usize,
    progress: Progress,
) -> String {
    let Progress {
        answered,
        questions,
    } = progress;
    if pages > 1 {
        format!(
            "Part {part} of {parts}, page {page} of {pages}. {answered} of {questions} questions answered."
        )
    } else {
        format!("Part {part} of {parts}. {answered} of {questions} questions answered.")
    }
}

/// The control that opens the list of every part; `parts` is how many there are.
pub fn all_parts(parts: usize) -> String {
    format!("All parts ({parts})")
}

/// The name of the bar with Back and Next.
pub fn nav_label() -> &'static str {
    msg::PAGES_NAV_LABEL.text()
}

/// The line a folded list of choices shows: how many of them are ticked.
pub fn show_choices(ticked: usize) -> String {
    match ticked {
        0 => "Show the choices".to_owned(),
        n => format!("Show the choices ({n} ticked)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_page_part_reads_as_before() {
        let p = Progress {
            answered: 3,
            questions: 81,
        };
        assert_eq!(
            progress(2, 13, 1, 1, p),
            "Part 2 of 13. 3 of 81 questions answered."
        );
        assert_eq!(
            progress(9, 13, 2, 5, p),
            "Part 9 of 13, page 2 of 5. 3 of 81 questions answered."
        );
    }
}
