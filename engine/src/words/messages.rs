//! The short confirmations and problems the status and alert regions announce.
use crate::catalogue::msg;

use super::{count, day, quoted};
use crate::document::ImportError;
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
    format!("Saved as {} in your downloads.", quoted(name))
}

/// `reset()` could not forget what this device keeps: nothing was reset.
pub fn reset_failed() -> &'static str {
    msg::MESSAGES_RESET_FAILED.text()
}

/// Saving the draft on this device failed, and why.
pub fn storage_failed(why: StorageFailure) -> &'static str {
    match why {
        StorageFailure::Full => {
            "This device has run out of room for website data, so your latest answers are not \
             being kept on it. They are safe while this page stays open, and we will keep \
             trying with each answer. To be sure, save your results as a file before you close \
             the page."
        }
        StorageFailure::Refused => {
            "This browser is not letting the assessment keep your answers on this device (a \
             private window or a privacy setting can do this). They are safe while this page \
             stays open: save your results as a file before you close it."
        }
    }
}

/// Saving works again after a failure.
pub fn storage_recovered() -> &'static str {
    msg::MESSAGES_STORAGE_RECOVERED.text()
}

/// What happened to the draft this device kept, when it could not be offered as it was.
pub fn draft_recovered(recovered: &Recovered) -> String {
    let n = recovered.answers_recovered();
    let answers = count(n, "answer", "answers");
    let kept = "The draft as it was is kept safe on this device: you can save it as a file below.";
    match &recovered.problem {
        None => String::new(),
        Some(DraftProblem::Newer { .. }) => format!(
            "Your draft on this device was saved by a newer version of Partnership Assessment, \
             so this version cannot open it. Nothing has been lost. {kept} It will open in the \
             newer version."
        ),
        Some(DraftProblem::Unreadable) => {
            format!("Your draft on this device was too damaged to recover any answers from. {kept}")
        }
        Some(DraftProblem::CutShort) if n > 0 => format!(
            "The last save of your draft on this device was cut short. We recovered {answers} \
             saved before that: choose “Resume” to carry on. {kept}"
        ),
        Some(DraftProblem::CutShort) => format!(
            "The last save of your draft on this device was cut short before any answers were \
             saved. {kept}"
        ),
        Some(DraftProblem::Damaged) if recovered.lost.is_empty() => format!(
            "Your draft on this device has answers to questions this version does not ask. We \
             recovered the other {answers}: choose “Resume” to carry on. {kept}"
        ),
        Some(DraftProblem::Damaged) if n > 0 => format!(
            "Part of your draft on this device was damaged. We recovered {answers}: choose \
             “Resume” to carry on. What could not be recovered is listed below. {kept}"
        ),
        Some(DraftProblem::Damaged) => format!(
            "Your draft on this device was damaged, and no answers could be recovered from it. \
             {kept}"
        ),
    }
}

/// One part of a damaged draft that could not be recovered, in a few words.
pub fn lost_part(error: &ImportError) -> String {
    match error {
        ImportError::OutOfRange { item, found } => format!(
            "The answer to {}: the draft holds {found}, which is not one of the choices.",
            question_name(item)
        ),
        ImportError::InvalidField { field } => format!("The {field}."),
        ImportError::TextTooLong { field, limit, .. } => {
            format!("The {field}: it was longer than the {limit} characters allowed.")
        }
        ImportError::Partner { .. } | ImportError::PartnerRatings { .. } => {
            "The list of partner organisations.".to_owned()
        }
        _ => "Part of the draft.".to_owned(),
    }
}

/// A question named by its words where the instruments know it, else by its id.
fn question_name(id: &str) -> String {
    let i = &INSTRUMENTS;
    let text = i
        .readiness
        .item(id)
        .map(|(_, item)| item.text.en())
        .or_else(|| i.barriers.barrier(id).map(|b| b.title.en()))
        .or_else(|| {
            let t = &i.timing;
            t.triggers
                .iter()
                .chain(t.preconditions)
                .find(|q| q.id == id)
                .map(|q| q.text.en())
                .or_else(|| t.warnings.iter().find(|w| w.id == id).map(|w| w.text.en()))
        });
    quoted(&shorten(text.unwrap_or(id)))
}

/// The heading over drafts kept on this device.
pub fn kept_heading() -> &'static str {
    msg::MESSAGES_KEPT_HEADING.text()
}

/// One kept draft, described by what it holds.
pub fn kept_draft(recovered: &Recovered, at: Option<Timestamp>) -> String {
    let when = at.map_or_else(String::new, |at| format!(" from {}", day(at)));
    match &recovered.problem {
        Some(DraftProblem::Newer { .. }) => {
            format!("A draft{when} saved by a newer version of Partnership Assessment.")
        }
        None => format!(
            "A separate assessment{when} with {} that another tab or window started.",
            count(recovered.answers_recovered(), "answer", "answers")
        ),
        Some(_) => format!("A draft{when} that could not be opened as it was."),
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
