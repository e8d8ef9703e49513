//! The words of the start screen.

use super::{count, day};
use crate::document::{Assessment, RespondentRole};
use crate::draft::{StorageFailure, Unsaved};
use crate::explain::{saved_work, work_counts};
use crate::flow::{self, Scope};
use crate::instrument::Instruments;

/// The start screen's heading.
pub fn heading() -> &'static str {
    "Before you start"
}

/// The greeting when this device kept answers from an earlier visit: what they hold and
/// the day they last changed.
pub fn welcome_back(instruments: &'static Instruments, draft: &Assessment) -> String {
    format!(
        "Welcome back. Answers saved earlier are still here: {}, last changed on {}.",
        saved_work(instruments, draft),
        day(draft.updated_at)
    )
}

/// Beside "Resume" (or on its own when nothing was kept): work that changed after `draft`
/// was saved could not be kept on this device, as the note left then says.
pub fn unsaved_work(
    instruments: &'static Instruments,
    draft: Option<&Assessment>,
    unsaved: &Unsaved,
) -> String {
    let when = day(unsaved.changed_at);
    let why = match unsaved.why {
        StorageFailure::Full => "this device ran out of room",
        StorageFailure::Refused => "this browser stopped keeping answers",
    };
    let then = work_counts(unsaved.questions, unsaved.organizations);
    let file = "If you saved your results as a file since, open it below instead.";
    match draft {
        Some(draft) => format!(
            "These are not your latest answers: on {when} {why}, so later changes were not \
             kept. By then you had {then}; this copy has {}. {file}",
            saved_work(instruments, draft)
        ),
        None => format!(
            "Your answers of {when} ({then}) were not kept: {why}, so they cannot be resumed. \
             {file}"
        ),
    }
}

/// The button that continues the answers kept on this device.
pub fn resume() -> &'static str {
    "Resume where I left off"
}

/// Under the greeting: what starting something new does to the kept answers.
pub fn new_replaces_draft() -> &'static str {
    "Starting something new below replaces these answers."
}

/// When the respondent came back to the start screen in the middle of answering.
pub fn part_way(instruments: &'static Instruments, current: &Assessment) -> String {
    format!(
        "You are part way through: {}. Starting again below keeps these answers.",
        saved_work(instruments, current)
    )
}

/// The button back to the questions from the start screen.
pub fn continue_answering() -> &'static str {
    "Continue answering"
}

/// The label of the organisation name field.
pub fn organization_field() -> &'static str {
    "Your organization's name (optional)"
}

/// The label of the role field.
pub fn role_field() -> &'static str {
    "Your role (optional)"
}

/// The role field's choice for not saying.
pub fn role_unsaid() -> &'static str {
    "Prefer not to say"
}

/// How the role field names each role.
pub fn role(role: RespondentRole) -> &'static str {
    match role {
        RespondentRole::Staff => "Staff member",
        RespondentRole::Board => "Board member",
        RespondentRole::Volunteer => "Volunteer",
        RespondentRole::Partner => "Partner organization",
        RespondentRole::CommunityMember => "Community member",
        RespondentRole::Other => "Something else",
    }
}

/// The heading over the choice of what to answer.
pub fn choose_heading() -> &'static str {
    "Choose what to answer"
}

/// Under that heading: that nothing has to be finished in one go.
pub fn choose_help() -> &'static str {
    "Most people answer everything in one sitting. You can skip any question, answer \
     \"Don't know\", and come back later: your answers are kept on this device as you go."
}

/// The button that starts the full assessment.
pub fn begin_full() -> &'static str {
    "Start the full assessment"
}

/// Before the buttons for single parts, when the full assessment is offered too.
pub fn or_one_part() -> &'static str {
    "Or answer one part on its own:"
}

/// Beside each button that starts `scope`: how many questions it asks and how long it
/// takes (the partner map asks none, so it says what is done there).
pub fn scope_size(instruments: &'static Instruments, scope: Scope) -> String {
    let minutes = flow::estimated_minutes(instruments, scope);
    match scope {
        Scope::Partners => format!("List and rate possible partners, about {minutes} minutes"),
        _ => {
            let questions = flow::questions(instruments, scope) as usize;
            let questions = count(questions, "question", "questions");
            format!("{questions}, about {minutes} minutes")
        }
    }
}

/// The heading over opening a saved file.
pub fn open_heading() -> &'static str {
    "Open a saved result"
}

/// Under that heading: what opening a saved file is for.
pub fn open_help() -> &'static str {
    "If you saved your results as a file before, open it to see them again or to carry on \
     answering."
}

/// The button that chooses a saved results file.
pub fn open_button() -> &'static str {
    "Choose a saved file"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{INSTRUMENTS, ResultId, Timestamp};

    #[test]
    fn each_scope_says_its_size_from_the_flow() {
        assert_eq!(
            scope_size(&INSTRUMENTS, Scope::Partners),
            "List and rate possible partners, about 10 minutes"
        );
        let barriers = flow::questions(&INSTRUMENTS, Scope::Barriers);
        assert_eq!(
            scope_size(&INSTRUMENTS, Scope::Barriers),
            format!("{barriers} questions, about 5 minutes")
        );
        let full = scope_size(&INSTRUMENTS, Scope::Full);
        assert!(full.ends_with(", about 30 minutes"), "{full}");
    }

    #[test]
    fn the_welcome_says_what_was_kept_and_on_which_day() {
        let mut draft = Assessment::new(
            ResultId::from_random_bytes([2; 16]),
            Timestamp::from_unix_millis(1_772_355_600_000),
        );
        let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        draft
            .answers
            .set_readiness(first, crate::ReadinessAnswer::DontKnow);
        assert_eq!(
            welcome_back(&INSTRUMENTS, &draft),
            "Welcome back. Answers saved earlier are still here: 1 question answered, last \
             changed on 2026-03-01."
        );
        assert_eq!(
            part_way(&INSTRUMENTS, &draft),
            "You are part way through: 1 question answered. Starting again below keeps these \
             answers."
        );
    }

    #[test]
    fn unsaved_work_is_named_beside_the_older_copy_or_alone() {
        let at = Timestamp::from_unix_millis(1_772_355_600_000);
        let mut draft = Assessment::new(ResultId::from_random_bytes([2; 16]), at);
        let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        draft
            .answers
            .set_readiness(first, crate::ReadinessAnswer::DontKnow);
        let unsaved = Unsaved {
            id: draft.id,
            changed_at: Timestamp::from_unix_millis(1_772_442_000_000),
            questions: 12,
            organizations: 0,
            why: StorageFailure::Full,
        };
        assert_eq!(
            unsaved_work(&INSTRUMENTS, Some(&draft), &unsaved),
            "These are not your latest answers: on 2026-03-02 this device ran out of room, \
             so later changes were not kept. By then you had 12 questions answered; this copy \
             has 1 question answered. If you saved your results as a file since, open it below \
             instead."
        );
        let refused = Unsaved {
            why: StorageFailure::Refused,
            organizations: 2,
            ..unsaved
        };
        assert_eq!(
            unsaved_work(&INSTRUMENTS, None, &refused),
            "Your answers of 2026-03-02 (12 questions answered and 2 organizations listed) \
             were not kept: this browser stopped keeping answers, so they cannot be resumed. \
             If you saved your results as a file since, open it below instead."
        );
    }

    #[test]
    fn every_role_has_its_own_label() {
        let mut labels: Vec<&str> = RespondentRole::ALL.iter().map(|&r| role(r)).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), RespondentRole::ALL.len());
    }
}
