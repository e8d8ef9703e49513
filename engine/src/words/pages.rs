//! The words around paged questions: where a long part is split over short screens, the
//! list of all parts folded behind one control, and the bar with Back and Next.
use crate::catalogue::{msg, number};

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
    if pages <= 1 {
        return super::questions::progress(part, parts, progress);
    }
    let Progress {
        answered,
        questions,
    } = progress;
    msg::PAGES_PROGRESS_PAGED.count_with(
        questions as usize,
        &[
            ("part", &number(part)),
            ("parts", &number(parts)),
            ("page", &number(page)),
            ("pages", &number(pages)),
            ("answered", &number(answered)),
        ],
    )
}

/// The control that opens the list of every part; `parts` is how many there are.
pub fn all_parts(parts: usize) -> String {
    msg::PAGES_ALL_PARTS.with(&[("parts", &number(parts))])
}

/// The name of the bar with Back and Next.
pub fn nav_label() -> &'static str {
    msg::PAGES_NAV_LABEL.text()
}

/// The line a folded list of choices shows: how many of them are ticked.
pub fn show_choices(ticked: usize) -> String {
    match ticked {
        0 => msg::PAGES_SHOW_CHOICES.text().to_owned(),
        n => msg::PAGES_SHOW_CHOICES_TICKED.count(n),
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
