//! The words of the files screen: the box for opening a saved file, and the question asked
//! before a file replaces unsaved work.
use crate::catalogue::msg;

use super::day;
use crate::document::Assessment;
use crate::flow::{self, Scope};
use crate::instrument::Instruments;
use crate::text::shorten;

/// Beside the button that chooses a file: that the file can also be dropped on the box.
/// `many` when the box takes several files at once.
pub fn drop_hint(many: bool) -> &'static str {
    if many {
        msg::FILES_DROP_HINT_MANY.text()
    } else {
        msg::FILES_DROP_HINT_ONE.text()
    }
}

/// The heading of the question asked before a file replaces unsaved work.
pub fn replace_heading() -> &'static str {
    msg::FILES_REPLACE_HEADING.text()
}

/// What replacing would lose.
pub fn replace_warning() -> &'static str {
    msg::FILES_REPLACE_WARNING.text()
}

/// What the waiting file holds: whose it is, how many questions it answers and the day it
/// last changed.
pub fn replace_about(instruments: &'static Instruments, file: &Assessment) -> String {
    let answered = flow::progress(instruments, Scope::Full, &file.answers).answered as usize;
    let day = day(file.updated_at);
    match file.organization_name.as_deref() {
        Some(name) => msg::FILES_REPLACE_ABOUT_NAMED
            .count_with(answered, &[("name", &shorten(name)), ("day", &day)]),
        None => msg::FILES_REPLACE_ABOUT.count_with(answered, &[("day", &day)]),
    }
}

/// The safe way out, for someone unsure.
pub fn replace_advice() -> &'static str {
    msg::FILES_REPLACE_ADVICE.text()
}

/// The button that keeps the current answers and forgets the file.
pub fn keep_current() -> &'static str {
    msg::FILES_KEEP_CURRENT.text()
}

/// The button that opens the file in place of the current answers.
pub fn replace_with_file() -> &'static str {
    msg::FILES_REPLACE_WITH_FILE.text()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{INSTRUMENTS, ResultId, Timestamp};

    #[test]
    fn the_waiting_file_is_described_by_whose_it_is_its_answers_and_its_day() {
        let mut file = Assessment::new(
            ResultId::from_random_bytes([4; 16]),
            Timestamp::from_unix_millis(1_772_355_600_000),
        );
        assert_eq!(
            replace_about(&INSTRUMENTS, &file),
            "The file has 0 questions answered and was last changed on 2026-03-01."
        );
        file.set_organization_name("Riverside");
        let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        file.answers
            .set_readiness(first, crate::ReadinessAnswer::NotApplicable);
        assert_eq!(
            replace_about(&INSTRUMENTS, &file),
            "The file for Riverside has 1 question answered and was last changed on 2026-03-01."
        );
    }
}
