//! The short confirmations and problems the status and alert regions announce.
use crate::catalogue::msg;

use super::{day, quoted};
use crate::document::{ImportError, field_label};
use crate::draft::{DraftProblem, Recovered, StorageFailure};
use crate::instrument::INSTRUMENTS;
use crate::text::shorten;
use crate::time::Timestamp;

/// After a results file was opened.
pub fn result_opened() -> &'static str {
    msg::MESSAGES_RESULT_OPENED.text()
}

/// Before the engine's reason, when a file could not be opened.
pub fn file_not_opened() -> &'static str {
    msg::MESSAGES_FILE_NOT_OPENED.text()
}

/// After the engine's reason: the reassurance that nothing changed.
pub fn answers_unchanged() -> &'static str {
    msg::MESSAGES_ANSWERS_UNCHANGED.text()
}

/// The browser could not read a chosen file at all.
pub fn file_unreadable() -> &'static str {
    msg::MESSAGES_FILE_UNREADABLE.text()
}

/// The person kept their answers instead of opening a file.
pub fn kept_current() -> &'static str {
    msg::MESSAGES_KEPT_CURRENT.text()
}

/// A file was handed to the browser's downloads.
pub fn saved_as(name: &str) -> String {
    msg::MESSAGES_SAVED_AS.with(&[("name", &quoted(name))])
}

/// `reset()` could not forget what this device keeps: nothing was reset.
pub fn reset_failed() -> &'static str {
    msg::MESSAGES_RESET_FAILED.text()
}

/// Saving the draft on this device failed, and why.
pub fn storage_failed(why: StorageFailure) -> &'static str {
    match why {
        StorageFailure::Full => msg::MESSAGES_STORAGE_FULL.text(),
        StorageFailure::Refused => msg::MESSAGES_STORAGE_REFUSED.text(),
    }
}

/// Saving works again after a failure.
pub fn storage_recovered() -> &'static str {
    msg::MESSAGES_STORAGE_RECOVERED.text()
}

/// What happened to the draft this device kept, when it could not be offered as it was.
pub fn draft_recovered(recovered: &Recovered) -> String {
    let n = recovered.answers_recovered();
    let kept = msg::MESSAGES_DRAFT_KEPT.text();
    let kept = [("kept", kept)];
    match &recovered.problem {
        None => String::new(),
        Some(DraftProblem::Newer { .. }) => msg::MESSAGES_DRAFT_NEWER.with(&kept),
        Some(DraftProblem::Unreadable) => msg::MESSAGES_DRAFT_UNREADABLE.with(&kept),
        Some(DraftProblem::CutShort) if n > 0 => msg::MESSAGES_DRAFT_CUT_SHORT.count_with(n, &kept),
        Some(DraftProblem::CutShort) => msg::MESSAGES_DRAFT_CUT_SHORT_EMPTY.with(&kept),
        Some(DraftProblem::Damaged) if recovered.lost.is_empty() => {
            msg::MESSAGES_DRAFT_UNKNOWN_QUESTIONS.count_with(n, &kept)
        }
        Some(DraftProblem::Damaged) if n > 0 => msg::MESSAGES_DRAFT_DAMAGED.count_with(n, &kept),
        Some(DraftProblem::Damaged) => msg::MESSAGES_DRAFT_DAMAGED_EMPTY.with(&kept),
    }
}

/// One part of a damaged draft that could not be recovered, in a few words.
pub fn lost_part(error: &ImportError) -> String {
    match error {
        ImportError::OutOfRange { item, found } => {
            msg::MESSAGES_LOST_ANSWER.with(&[("question", &question_name(item)), ("found", found)])
        }
        ImportError::InvalidField { field } => {
            msg::MESSAGES_LOST_FIELD.with(&[("field", &field_label(field))])
        }
        ImportError::TextTooLong { field, limit, .. } => {
            msg::MESSAGES_LOST_TOO_LONG.count_with(*limit, &[("field", &field_label(field))])
        }
        ImportError::Partner { .. } | ImportError::PartnerRatings { .. } => {
            msg::MESSAGES_LOST_PARTNERS.text().to_owned()
        }
        _ => msg::MESSAGES_LOST_OTHER.text().to_owned(),
    }
}

/// A question named by its words where the instruments know it, else by its id.
fn question_name(id: &str) -> String {
    let i = &INSTRUMENTS;
    let text = i
        .readiness
        .item(id)
        .map(|(_, item)| item.text.show())
        .or_else(|| i.barriers.barrier(id).map(|b| b.title.show()))
        .or_else(|| {
            let t = &i.timing;
            t.triggers
                .iter()
                .chain(t.preconditions)
                .find(|q| q.id == id)
                .map(|q| q.text.show())
                .or_else(|| {
                    t.warnings
                        .iter()
                        .find(|w| w.id == id)
                        .map(|w| w.text.show())
                })
        });
    quoted(&shorten(text.unwrap_or(id)))
}

/// The heading over drafts kept on this device.
pub fn kept_heading() -> &'static str {
    msg::MESSAGES_KEPT_HEADING.text()
}

/// One kept draft, described by what it holds.
pub fn kept_draft(recovered: &Recovered, at: Option<Timestamp>) -> String {
    let n = recovered.answers_recovered();
    match (&recovered.problem, at.map(day)) {
        (Some(DraftProblem::Newer { .. }), None) => msg::MESSAGES_KEPT_NEWER.text().to_owned(),
        (Some(DraftProblem::Newer { .. }), Some(day)) => {
            msg::MESSAGES_KEPT_NEWER_DATED.with(&[("day", &day)])
        }
        (None, None) => msg::MESSAGES_KEPT_OTHER.count(n),
        (None, Some(day)) => msg::MESSAGES_KEPT_OTHER_DATED.count_with(n, &[("day", &day)]),
        (Some(_), None) => msg::MESSAGES_KEPT_DAMAGED.text().to_owned(),
        (Some(_), Some(day)) => msg::MESSAGES_KEPT_DAMAGED_DATED.with(&[("day", &day)]),
    }
}

/// The button saving a kept draft as a file.
pub fn save_kept() -> &'static str {
    msg::MESSAGES_SAVE_KEPT.text()
}

/// The button removing a kept draft from this device.
pub fn forget_kept() -> &'static str {
    msg::MESSAGES_FORGET_KEPT.text()
}

/// After a kept draft was removed.
pub fn kept_forgotten() -> &'static str {
    msg::MESSAGES_KEPT_FORGOTTEN.text()
}

/// Another tab saved answers to the same assessment, and both were joined.
pub fn other_tab_joined() -> &'static str {
    msg::MESSAGES_OTHER_TAB_JOINED.text()
}

/// Another tab started a different assessment under the same draft.
pub fn other_tab_different() -> &'static str {
    msg::MESSAGES_OTHER_TAB_DIFFERENT.text()
}
