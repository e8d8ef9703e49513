//! The words of the start screen.
use crate::catalogue::msg;

use super::day;
use crate::document::{Assessment, RespondentRole};
use crate::draft::{StorageFailure, Unsaved};
use crate::explain::{saved_work, work_counts};
use crate::flow::{self, Scope};
use crate::instrument::Instruments;

/// The start screen's heading.
pub fn heading() -> &'static str {
    msg::START_HEADING.text()
}

/// The heading of the facilitator's way into workshop mode.
pub fn workshop_title() -> &'static str {
    msg::START_WORKSHOP_TITLE.text()
}

/// The facilitator's way in: what workshop mode is for.
pub fn workshop_lead() -> &'static str {
    msg::START_WORKSHOP_LEAD.text()
}

/// The button that opens workshop mode.
pub fn open_workshop() -> &'static str {
    msg::START_WORKSHOP_OPEN.text()
}

/// Said beside the way in while the script with workshop mode is being loaded.
pub fn workshop_opening() -> &'static str {
    msg::START_WORKSHOP_OPENING.text()
}

/// Said beside the way in when the script with workshop mode could not be loaded.
pub fn workshop_unavailable() -> &'static str {
    msg::START_WORKSHOP_UNAVAILABLE.text()
}

/// The greeting when this device kept answers from an earlier visit: what they hold and
/// the day they last changed.
pub fn welcome_back(instruments: &'static Instruments, draft: &Assessment) -> String {
    msg::START_WELCOME_BACK.with(&[
        ("work", &saved_work(instruments, draft)),
        ("day", &day(draft.updated_at)),
    ])
}

/// Beside "Resume" (or on its own when nothing was kept): work that changed after `draft`
/// was saved could not be kept on this device, as the note left then says.
pub fn unsaved_work(
    instruments: &'static Instruments,
    draft: Option<&Assessment>,
    unsaved: &Unsaved,
) -> String {
    let when = day(unsaved.changed_at);
    let then = work_counts(unsaved.questions, unsaved.organizations);
    // One whole sentence per case: why saving failed changes the grammar around it.
    match (draft, unsaved.why) {
        (Some(draft), why) => {
            let message = match why {
                StorageFailure::Full => msg::START_UNSAVED_OLDER_FULL,
                StorageFailure::Refused => msg::START_UNSAVED_OLDER_REFUSED,
            };
            let now = saved_work(instruments, draft);
            message.with(&[("when", &when), ("then", &then), ("now", &now)])
        }
        (None, why) => {
            let message = match why {
                StorageFailure::Full => msg::START_UNSAVED_LOST_FULL,
                StorageFailure::Refused => msg::START_UNSAVED_LOST_REFUSED,
            };
            message.with(&[("when", &when), ("then", &then)])
        }
    }
}

/// The button that continues the answers kept on this device.
pub fn resume() -> &'static str {
    msg::START_RESUME.text()
}

/// Under the greeting: what starting something new does to the kept answers.
pub fn new_replaces_draft() -> &'static str {
    msg::START_NEW_REPLACES_DRAFT.text()
}

/// When the respondent came back to the start screen in the middle of answering.
pub fn part_way(instruments: &'static Instruments, current: &Assessment) -> String {
    msg::START_PART_WAY.with(&[("work", &saved_work(instruments, current))])
}

/// The button back to the questions from the start screen.
pub fn continue_answering() -> &'static str {
    msg::START_CONTINUE_ANSWERING.text()
}

/// The label of the organisation name field.
pub fn organization_field() -> &'static str {
    msg::START_ORGANIZATION_FIELD.text()
}

/// The label of the role field.
pub fn role_field() -> &'static str {
    msg::START_ROLE_FIELD.text()
}

/// The role field's choice for not saying.
pub fn role_unsaid() -> &'static str {
    msg::START_ROLE_UNSAID.text()
}

/// How the role field names each role.
pub fn role(role: RespondentRole) -> &'static str {
    match role {
        RespondentRole::Staff => msg::START_ROLE_STAFF,
        RespondentRole::Board => msg::START_ROLE_BOARD,
        RespondentRole::Volunteer => msg::START_ROLE_VOLUNTEER,
        RespondentRole::Partner => msg::START_ROLE_PARTNER,
        RespondentRole::CommunityMember => msg::START_ROLE_COMMUNITY_MEMBER,
        RespondentRole::Other => msg::START_ROLE_OTHER,
    }
    .text()
}

/// The heading over the choice of what to answer.
pub fn choose_heading() -> &'static str {
    msg::START_CHOOSE_HEADING.text()
}

/// Under that heading: that nothing has to be finished in one go.
pub fn choose_help() -> &'static str {
    msg::START_CHOOSE_HELP.text()
}

/// The button that starts the full assessment.
pub fn begin_full() -> &'static str {
    msg::START_BEGIN_FULL.text()
}

/// The label of the button that starts `scope`: the instrument's title, the health check's
/// offer ("Our partnership is already running"), or [`begin_full`] for the full assessment.
pub fn scope_label(instruments: &'static Instruments, scope: Scope) -> &'static str {
    match scope {
        Scope::Health => super::checkup::start_offer(),
        _ => scope.title(instruments).map_or(begin_full(), |t| t.show()),
    }
}

/// A line under that button before its size: what the health check is for.
pub fn scope_help(scope: Scope) -> Option<&'static str> {
    (scope == Scope::Health).then(super::checkup::start_offer_help)
}

/// Before the buttons for single parts, when the full assessment is offered too.
pub fn or_one_part() -> &'static str {
    msg::START_OR_ONE_PART.text()
}

/// Beside each button that starts `scope`: how many questions it asks and how long it
/// takes (the partner map asks none, so it says what is done there).
pub fn scope_size(instruments: &'static Instruments, scope: Scope) -> String {
    let minutes = flow::estimated_minutes(instruments, scope) as usize;
    match scope {
        Scope::Partners => msg::START_SCOPE_PARTNERS.count(minutes),
        _ => {
            let questions = flow::questions(instruments, scope) as usize;
            let questions = msg::START_QUESTIONS.count(questions);
            msg::START_SCOPE_QUESTIONS.count_with(minutes, &[("questions", &questions)])
        }
    }
}

/// The heading over opening a saved file.
pub fn open_heading() -> &'static str {
    msg::START_OPEN_HEADING.text()
}

/// Under that heading: what opening a saved file is for.
pub fn open_help() -> &'static str {
    msg::START_OPEN_HELP.text()
}

/// The button that chooses a saved results file.
pub fn open_button() -> &'static str {
    msg::START_OPEN_BUTTON.text()
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
