//! The app's state and every action that changes it.
//!
//! The reducer is pure: anything from the outside world (the clock, random ids, file
//! contents, storage failures) arrives inside an [`Action`]. Scores, verdicts and
//! explanations come from `partnership_engine`; this module only keeps track of where
//! the respondent is and what they answered.

use std::rc::Rc;

use partnership_engine::flow::{self, Scope, Section};
use partnership_engine::{
    Assessment, DepthLevel, INSTRUMENTS, ImportError, Imported, Rating, ReadinessAnswer, Report,
    RespondentRole, Stage, Timestamp, TimingAnswer, evaluate,
};
use yew::prelude::*;

use crate::workshop_state::{Move, WorkshopAction, WorkshopState};

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Questions,
    Results,
    /// A file was opened while there is work that is not saved anywhere else: ask first.
    ConfirmReplace,
    /// Workshop mode: a facilitator merging everyone's files (`crate::workshop_state`).
    Workshop,
}

/// One answer or detail the respondent changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Readiness(&'static str, ReadinessAnswer),
    Presence(&'static str, Rating),
    Harm(&'static str, Rating),
    Timing(&'static str, TimingAnswer),
    Ambition(DepthLevel),
    Stage(Stage),
    Reflection(&'static str, String),
    Organization(String),
    Role(Option<RespondentRole>),
}

/// Everything that can happen.
#[derive(Debug)]
pub enum Action {
    /// The respondent changed something at this moment.
    Change(Change, Timestamp),
    /// Start answering `scope` with the current (new) assessment.
    Begin(Scope),
    /// Continue the draft found on this device.
    Resume,
    /// Show section `index` of the current scope.
    GoTo(usize),
    Next,
    Back,
    ShowResults,
    ShowStart,
    /// A file was opened and the engine read it.
    FileRead(Result<Box<Imported>, ImportError>),
    /// The browser could not read the chosen file at all.
    FileUnreadable,
    /// Replace the current work with the file waiting for confirmation.
    ConfirmReplace,
    /// Keep the current work and forget the file.
    KeepCurrent,
    /// The results were saved as a file called `name`; `restorable` when it is the
    /// results document (which can be opened again), not the spreadsheet.
    Exported {
        name: String,
        restorable: bool,
    },
    /// Saving the draft on this device failed.
    StorageFailed,
    /// The respondent closed the message about an opened file.
    DismissMessage,
    /// An earlier result to compare with was opened and the engine read it.
    CompareRead(Result<Box<Imported>, ImportError>),
    /// Stop comparing.
    ClearComparison,
    /// The host page called `reset()`: start over with this new assessment, no draft.
    Reset(Box<Assessment>),
    /// The host page called `load()` with a document the engine accepted: open it.
    Load(Box<Imported>),
    /// Something happened on the partner map, at this moment (`crate::partners`).
    Partners(crate::partners::PartnerAction, Timestamp),
    /// Something in workshop mode (`crate::workshop_state`).
    Workshop(WorkshopAction),
}

/// The whole state of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub scope: Scope,
    /// Index into the sections of `scope`.
    pub section: usize,
    pub assessment: Rc<Assessment>,
    pub report: Rc<Report>,
    /// The organisation name as typed (the assessment keeps it trimmed).
    pub organization_input: String,
    /// The respondent began, resumed or opened a file: from now on the draft is saved.
    pub started: bool,
    /// Changes since the last export or import.
    pub unsaved: bool,
    /// A draft saved on this device that "Resume" can continue.
    pub draft: Option<Rc<Assessment>>,
    /// A file waiting for "replace my answers?".
    pub pending: Option<Rc<Imported>>,
    /// The engine's message for a file that could not be opened.
    pub import_error: Option<String>,
    /// A short confirmation for the status region (opened, saved, …).
    pub message: Option<String>,
    /// What was left out of an opened file.
    pub import_warnings: Vec<String>,
    /// An earlier result the current one is compared with.
    pub earlier: Option<Rc<Assessment>>,
    /// The engine's message for an earlier result that could not be opened.
    pub compare_error: Option<String>,
    /// The draft can be kept on this device.
    pub storage_ok: bool,
    /// Bumped on every move to another section or screen: focus follows it.
    pub navigation: u32,
    /// Bumped on every change to the assessment: the draft is saved after it.
    pub revision: u32,
    /// The partner map's form and table (`crate::partners`).
    pub partners: Rc<crate::partners::PartnerUi>,
    /// Workshop mode, apart from the assessment.
    pub workshop: WorkshopState,
}

impl State {
    /// A fresh state around a new, empty `assessment`; `draft` is what this device kept.
    pub fn new(assessment: Assessment, draft: Option<Assessment>, storage_ok: bool) -> Self {
        let report = Rc::new(evaluate(&assessment.answers));
        State {
            screen: Screen::Start,
            scope: Scope::Full,
            section: 0,
            organization_input: assessment.organization_name.clone().unwrap_or_default(),
            assessment: Rc::new(assessment),
            report,
            started: false,
            unsaved: false,
            draft: draft.map(Rc::new),
            pending: None,
            import_error: None,
            message: None,
            import_warnings: Vec::new(),
            earlier: None,
            compare_error: None,
            storage_ok,
            navigation: 0,
            revision: 0,
            partners: Rc::default(),
            workshop: WorkshopState::default(),
        }
    }

    /// The sections of the current scope.
    pub fn sections(&self) -> Vec<Section> {
        flow::sections(&INSTRUMENTS, self.scope)
    }

    /// The section showing (or last shown).
    pub fn current_section(&self) -> Option<Section> {
        self.sections().get(self.section).copied()
    }

    /// Whether opening a file would lose something the respondent has not saved: answers
    /// changed since the last export, or a draft on this device not yet resumed.
    pub fn has_unsaved_work(&self) -> bool {
        let answered = flow::progress(&INSTRUMENTS, Scope::Full, &self.assessment.answers).answered
            > 0
            || self.assessment.partners != Default::default();
        (self.started && self.unsaved && answered) || self.draft.is_some()
    }

    fn navigate(&mut self, screen: Screen) {
        self.screen = screen;
        self.navigation = self.navigation.wrapping_add(1);
    }

    fn replace_assessment(&mut self, assessment: Assessment) {
        self.organization_input = assessment.organization_name.clone().unwrap_or_default();
        self.report = Rc::new(evaluate(&assessment.answers));
        self.assessment = Rc::new(assessment);
        self.revision = self.revision.wrapping_add(1);
    }

    fn open(&mut self, imported: &Imported) {
        self.replace_assessment(imported.assessment.clone());
        // A half-typed partner form belongs to the list that was just replaced.
        self.partners = Rc::default();
        self.import_warnings = imported.warnings.iter().map(|w| w.to_string()).collect();
        self.import_error = None;
        self.message = Some("Your saved result is open. Here is what it shows.".to_owned());
        self.started = true;
        self.unsaved = false;
        self.draft = None;
        self.pending = None;
        self.scope = Scope::Full;
        self.section = 0;
        self.navigate(Screen::Results);
    }

    fn apply(&mut self, change: Change, now: Timestamp) {
        let mut assessment = (*self.assessment).clone();
        let answers = &mut assessment.answers;
        match change {
            Change::Readiness(id, a) => answers.set_readiness(id, a),
            Change::Presence(id, r) => {
                let harm = answers.barriers.get(id).and_then(|b| b.harm);
                answers.set_barrier(id, Some(r), harm);
            }
            Change::Harm(id, r) => {
                let presence = answers.barriers.get(id).and_then(|b| b.presence);
                answers.set_barrier(id, presence, Some(r));
            }
            Change::Timing(id, a) => answers.set_timing(id, a),
            Change::Ambition(level) => answers.ambition = Some(level),
            Change::Stage(stage) => answers.stage = Some(stage),
            Change::Reflection(id, text) => answers.set_reflection(id, &text),
            Change::Organization(name) => {
                assessment.set_organization_name(&name);
                self.organization_input = name;
            }
            Change::Role(role) => assessment.respondent_role = role,
        }
        assessment.touch(now);
        let organization_input = std::mem::take(&mut self.organization_input);
        self.replace_assessment(assessment);
        self.organization_input = organization_input;
        self.unsaved = true;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let last = s.sections().len().saturating_sub(1);
        match action {
            Action::Change(change, now) => s.apply(change, now),
            Action::Begin(scope) => {
                s.scope = scope;
                s.section = 0;
                s.started = true;
                s.draft = None;
                s.revision = s.revision.wrapping_add(1);
                s.navigate(Screen::Questions);
            }
            Action::Resume => {
                if let Some(draft) = s.draft.take() {
                    s.replace_assessment((*draft).clone());
                    s.partners = Rc::default();
                    // The scope the widget opened with: the full assessment, unless the
                    // host page offers fewer instruments.
                    s.section = flow::resume_at(&INSTRUMENTS, s.scope, &draft.answers);
                    s.started = true;
                    s.unsaved = true;
                    s.navigate(Screen::Questions);
                }
            }
            Action::GoTo(index) => {
                s.section = index.min(last);
                s.navigate(Screen::Questions);
            }
            Action::Next if s.section >= last => s.navigate(Screen::Results),
            Action::Next => {
                s.section += 1;
                s.navigate(Screen::Questions);
            }
            Action::Back if matches!(s.screen, Screen::Results | Screen::Start) => {
                s.navigate(Screen::Questions)
            }
            Action::Back if s.section == 0 => s.navigate(Screen::Start),
            Action::Back => {
                s.section -= 1;
                s.navigate(Screen::Questions);
            }
            Action::ShowResults => s.navigate(Screen::Results),
            Action::ShowStart => s.navigate(Screen::Start),
            Action::FileRead(Ok(imported)) => {
                if s.has_unsaved_work() {
                    s.import_error = None;
                    s.pending = Some(Rc::new(*imported));
                    s.navigate(Screen::ConfirmReplace);
                } else {
                    s.open(&imported);
                }
            }
            Action::FileRead(Err(error)) => {
                s.import_error = Some(error.to_string());
                s.message = None;
            }
            Action::FileUnreadable => {
                s.import_error = Some(
                    "This file could not be read. It may have been moved, or the browser may \
                     not be allowed to open it. Please try choosing it again."
                        .to_owned(),
                );
                s.message = None;
            }
            Action::ConfirmReplace => {
                if let Some(pending) = s.pending.take() {
                    s.open(&pending);
                }
            }
            Action::KeepCurrent => {
                s.pending = None;
                s.message = Some("Nothing was changed. Your answers are as you left them.".into());
                let back = if s.started {
                    Screen::Questions
                } else {
                    Screen::Start
                };
                s.navigate(back);
            }
            Action::Exported { name, restorable } => {
                s.unsaved &= !restorable;
                s.message = Some(format!("Saved as “{name}” in your downloads."));
            }
            Action::StorageFailed => s.storage_ok = false,
            Action::DismissMessage => {
                s.message = None;
                s.import_warnings.clear();
            }
            Action::CompareRead(Ok(imported)) => {
                s.earlier = Some(Rc::new(imported.assessment));
                s.compare_error = None;
            }
            Action::CompareRead(Err(error)) => s.compare_error = Some(error.to_string()),
            Action::ClearComparison => {
                s.earlier = None;
                s.compare_error = None;
            }
            Action::Reset(fresh) => {
                let scope = s.scope;
                s = State::new(*fresh, None, s.storage_ok);
                s.scope = scope;
            }
            Action::Load(imported) => s.open(&imported),
            Action::Partners(action, now) => crate::partners::reduce(&mut s, action, now),
            Action::Workshop(action) => match s.workshop.apply(action) {
                Move::Stay => {}
                Move::Workshop => s.navigate(Screen::Workshop),
                Move::Start => s.navigate(Screen::Start),
            },
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnership_engine::{ResultId, export, import};

    const NOW: i64 = 1_772_355_600_000;

    fn fresh() -> Rc<State> {
        let a = Assessment::new(
            ResultId::from_random_bytes([3; 16]),
            Timestamp::from_unix_millis(NOW),
        );
        Rc::new(State::new(a, None, true))
    }

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_unix_millis(NOW + ms)
    }

    fn agree(s: Rc<State>) -> Rc<State> {
        let item = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        let four = Rating::new(4).map(ReadinessAnswer::Scale);
        s.reduce(Action::Change(
            Change::Readiness(item, four.unwrap_or(ReadinessAnswer::DontKnow)),
            at(1000),
        ))
    }

    #[test]
    fn answering_rescores_marks_unsaved_and_touches_the_assessment() {
        let s = fresh().reduce(Action::Begin(Scope::Full));
        let before = s.revision;
        let s = agree(s);
        assert!(s.unsaved);
        assert_eq!(s.revision, before + 1);
        assert_eq!(s.assessment.updated_at, at(1000));
        assert_eq!(*s.report, evaluate(&s.assessment.answers));
        assert_eq!(s.assessment.answers.readiness.len(), 1);
    }

    #[test]
    fn next_and_back_walk_the_sections_and_end_on_the_results() {
        let mut s = fresh().reduce(Action::Begin(Scope::Barriers));
        assert_eq!((s.screen, s.section), (Screen::Questions, 0));
        let nav = s.navigation;
        s = s.reduce(Action::Next);
        assert_eq!(
            s.screen,
            Screen::Results,
            "one section: Next shows the results"
        );
        assert!(
            s.navigation > nav,
            "every move bumps navigation so focus follows"
        );
        s = s.reduce(Action::Back);
        assert_eq!(s.screen, Screen::Questions);
        s = s.reduce(Action::Back);
        assert_eq!(s.screen, Screen::Start);
        s = s.reduce(Action::Back);
        assert_eq!(
            (s.screen, s.section),
            (Screen::Questions, 0),
            "from the start page, Continue goes back to the questions"
        );
        let full = fresh()
            .reduce(Action::Begin(Scope::Full))
            .reduce(Action::GoTo(99));
        assert_eq!(full.section, full.sections().len() - 1, "GoTo is clamped");
    }

    #[test]
    fn typing_an_organization_keeps_spaces_while_the_assessment_keeps_it_trimmed() {
        let s = fresh().reduce(Action::Change(
            Change::Organization("Riverside ".into()),
            at(5),
        ));
        assert_eq!(s.organization_input, "Riverside ");
        assert_eq!(s.assessment.organization_name.as_deref(), Some("Riverside"));
    }

    #[test]
    fn a_failed_import_shows_the_engine_message_and_keeps_every_answer() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full)));
        let err = import(b"not json").map(Box::new);
        let after = s.clone().reduce(Action::FileRead(err));
        assert_eq!(
            after.import_error.as_deref(),
            import(b"not json").err().map(|e| e.to_string()).as_deref()
        );
        assert_eq!(after.assessment, s.assessment);
        assert_eq!(after.screen, s.screen);
    }

    #[test]
    fn opening_a_file_over_unsaved_answers_asks_first_and_keep_changes_nothing() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full)));
        let other = Assessment::new(ResultId::from_random_bytes([9; 16]), at(0));
        let file = import(export(&other).as_bytes()).map(Box::new);
        let asking = s.clone().reduce(Action::FileRead(file));
        assert_eq!(asking.screen, Screen::ConfirmReplace);
        assert_eq!(asking.assessment, s.assessment);
        let kept = asking.clone().reduce(Action::KeepCurrent);
        assert_eq!(kept.assessment, s.assessment);
        assert!(kept.pending.is_none());
        let replaced = asking.reduce(Action::ConfirmReplace);
        assert_eq!(*replaced.assessment, other);
        assert_eq!(replaced.screen, Screen::Results);
        assert!(!replaced.unsaved);
    }

    #[test]
    fn opening_a_file_with_nothing_to_lose_opens_it_at_once() {
        let other = Assessment::new(ResultId::from_random_bytes([9; 16]), at(0));
        let file = import(export(&other).as_bytes()).map(Box::new);
        let s = fresh().reduce(Action::FileRead(file));
        assert_eq!(s.screen, Screen::Results);
        assert_eq!(*s.assessment, other);
    }

    #[test]
    fn resume_continues_the_draft_where_answers_run_out() {
        let mut draft = Assessment::new(ResultId::from_random_bytes([5; 16]), at(0));
        for item in INSTRUMENTS.readiness.dimensions[0].items {
            draft
                .answers
                .set_readiness(item.id, ReadinessAnswer::NotApplicable);
        }
        let blank = Assessment::new(ResultId::from_random_bytes([6; 16]), at(0));
        let s = Rc::new(State::new(blank, Some(draft.clone()), true));
        assert!(
            s.has_unsaved_work(),
            "a draft not yet resumed counts as work"
        );
        let s = s.reduce(Action::Resume);
        assert_eq!(*s.assessment, draft);
        assert_eq!((s.screen, s.section), (Screen::Questions, 1));
        assert!(s.draft.is_none());
    }

    #[test]
    fn exporting_clears_unsaved_and_says_where_the_file_went() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full))).reduce(Action::Exported {
            name: "x.csv".into(),
            restorable: false,
        });
        assert!(
            s.unsaved,
            "a spreadsheet cannot be opened again: the work is still unsaved"
        );
        assert!(s.message.as_deref().is_some_and(|m| m.contains("x.csv")));
        let s = s.reduce(Action::Exported {
            name: "x.json".into(),
            restorable: true,
        });
        assert!(!s.unsaved);
    }

    #[test]
    fn comparing_keeps_the_current_work_and_a_bad_file_only_shows_a_message() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full)));
        let earlier = Assessment::new(ResultId::from_random_bytes([8; 16]), at(0));
        let file = import(export(&earlier).as_bytes()).map(Box::new);
        let comparing = s.clone().reduce(Action::CompareRead(file));
        assert_eq!(comparing.earlier.as_deref(), Some(&earlier));
        assert_eq!(comparing.assessment, s.assessment);
        let bad = comparing.reduce(Action::CompareRead(import(b"[]").map(Box::new)));
        assert!(bad.compare_error.is_some());
        assert_eq!(
            bad.earlier.as_deref(),
            Some(&earlier),
            "the earlier file stays"
        );
        assert!(bad.reduce(Action::ClearComparison).earlier.is_none());
    }

    #[test]
    fn reset_starts_over_on_the_start_screen_with_nothing_kept() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full)));
        let blank = Assessment::new(ResultId::from_random_bytes([4; 16]), at(9));
        let s = s.reduce(Action::Reset(Box::new(blank.clone())));
        assert_eq!(*s.assessment, blank);
        assert_eq!(s.screen, Screen::Start);
        assert!(!s.started && !s.unsaved && s.draft.is_none());
        assert_eq!(
            s.navigation, 0,
            "a reset by the host page does not move focus"
        );
    }

    #[test]
    fn load_opens_the_document_at_once_even_over_unsaved_answers() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full)));
        let other = Assessment::new(ResultId::from_random_bytes([9; 16]), at(0));
        let file = import(export(&other).as_bytes()).map(Box::new);
        let Ok(file) = file else {
            panic!("the engine reads its own document");
        };
        let s = s.reduce(Action::Load(file));
        assert_eq!(*s.assessment, other);
        assert_eq!(s.screen, Screen::Results);
    }

    #[test]
    fn resume_stays_within_the_scope_the_widget_opened_with() {
        let mut draft = Assessment::new(ResultId::from_random_bytes([5; 16]), at(0));
        draft.set_organization_name("Riverside");
        let blank = Assessment::new(ResultId::from_random_bytes([6; 16]), at(0));
        let mut s = State::new(blank, Some(draft), true);
        s.scope = Scope::Timing;
        let s = Rc::new(s).reduce(Action::Resume);
        assert_eq!((s.scope, s.section), (Scope::Timing, 0));
        assert_eq!(s.screen, Screen::Questions);
    }

    #[test]
    fn barrier_ratings_are_kept_separately_for_presence_and_harm() {
        let two = Rating::new(2);
        let three = Rating::new(3);
        let (Some(two), Some(three)) = (two, three) else {
            panic!("ratings within 0..=4");
        };
        let s = fresh()
            .reduce(Action::Change(
                Change::Presence("barriers.turf", two),
                at(1),
            ))
            .reduce(Action::Change(Change::Harm("barriers.turf", three), at(2)));
        let b = s.assessment.answers.barriers.get("barriers.turf").copied();
        assert_eq!(b.and_then(|b| b.presence), Some(two));
        assert_eq!(b.and_then(|b| b.harm), Some(three));
        assert_eq!(s.report.barriers.ranked[0].risk, 6);
    }
}
