//! The app's state and every action that changes it.
//!
//! The reducer is pure: anything from the outside world (the clock, random ids, file
//! contents, storage failures) arrives inside an [`Action`]. The state has three slices,
//! each with its own intents and an `apply` that returns an [`Outcome`]: the answers
//! ([`assessment`]), the partner map's form and table ([`partners`]) and workshop mode
//! ([`workshop`]). The assessment changes in one place, [`State::commit`], which works out
//! everything derived from it once (the report, the partner portfolio, the progress, the
//! comparison and the results document): the views, the autosave and the host page's
//! `change` event all use that one copy.

pub mod assessment;
mod outcome;
pub mod partners;
pub mod workshop;

use std::rc::Rc;

use partnership_engine::compare::{Comparison, compare};
use partnership_engine::draft::{Merged, StorageFailure, Unsaved, merge};
use partnership_engine::flow::{self, PartStatus, Progress, Scope, Section};
use partnership_engine::paging;
use partnership_engine::partners::{Portfolio, analyse};
use partnership_engine::words::messages;
use partnership_engine::{
    Answers, Assessment, INSTRUMENTS, ImportError, Imported, Report, Timestamp, evaluate,
    evaluate_with_partners, export_report,
};
use yew::prelude::*;

pub use assessment::AnswerChange;
pub use outcome::{Outcome, Screen};
use partners::{PartnerIntent, PartnerUi};
use workshop::{WORKSHOP_MODE_BUILT, WorkshopIntent, WorkshopLoad, WorkshopState};

/// A file the person asked to save; the app writes it and hands it to the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    /// The results document (JSON), which can be opened again.
    Results,
    /// The answers and scores for a spreadsheet (CSV).
    Spreadsheet,
    /// The whole widget as one HTML file, with the answers inside when the person ticked
    /// "put the answers in the copy".
    OfflineCopy,
    /// Workshop mode's group summary (JSON).
    GroupSummary,
    /// Workshop mode's group summary for a spreadsheet (CSV).
    GroupSpreadsheet,
    /// The kept draft at this index in [`State::kept`], exactly as it was stored.
    Kept(usize),
}

/// A draft kept safe beside this widget's draft (one that could not be offered as it was,
/// or another tab's different assessment), which the person can save as a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptDraft {
    /// Where it is kept.
    pub key: String,
    /// Exactly what was stored.
    pub text: Rc<str>,
    /// What it is, in words.
    pub label: String,
}

/// What became of the draft this device kept, when it could not be offered as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftNote {
    pub summary: String,
    /// Each part that could not be recovered, in words.
    pub lost: Vec<String>,
}

/// Everything that can happen.
#[derive(Debug)]
pub enum Action {
    /// The respondent changed something at this moment.
    Change(AnswerChange, Timestamp),
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
    /// Saving the draft on this device failed, for this reason.
    StorageFailed(StorageFailure),
    /// Saving the draft works again.
    StorageRecovered,
    /// Another tab saved the draft: `theirs`, to be merged against `base` (what both last
    /// agreed on). `kept` when it is a different assessment the app kept aside.
    OtherTab {
        base: Option<Box<Assessment>>,
        theirs: Box<Assessment>,
        kept: Option<KeptDraft>,
    },
    /// The person removed the kept draft stored under this key.
    KeptForgotten(String),
    /// The respondent closed the message about an opened file.
    DismissMessage,
    /// An earlier result to compare with was opened and the engine read it.
    CompareRead(Result<Box<Imported>, ImportError>),
    /// Stop comparing.
    ClearComparison,
    /// Whether an offline copy should carry the answers given so far.
    CarryAnswers(bool),
    /// The host page called `reset()`: start over with this new assessment, no draft.
    Reset(Box<Assessment>),
    /// The host page called `load()` with a document the engine accepted: open it.
    Load(Box<Imported>),
    /// Something happened on the partner map, at this moment ([`partners`]).
    Partners(PartnerIntent, Timestamp),
    /// Something in workshop mode ([`workshop`]).
    Workshop(WorkshopIntent),
    /// Workshop mode, asked for in a script without it, could not be loaded.
    WorkshopUnavailable,
    /// The person chose another language on the start screen.
    SwitchLanguage(&'static str),
    /// The language asked for is spoken now (`true`), or its texts could not be loaded.
    LanguageSwitched(&'static str, bool),
}

/// The whole state of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub scope: Scope,
    /// Index into the sections of `scope`.
    pub section: usize,
    /// The page of that section showing ([`partnership_engine::paging`]).
    pub page: usize,
    pub assessment: Rc<Assessment>,
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
    /// An offline copy should carry the answers given so far (unticked by default).
    pub carry_answers: bool,
    /// Why the draft is not being kept on this device right now, if it is not.
    pub storage: Option<StorageFailure>,
    /// Saving works again after a failure (said until the next failure).
    pub storage_back: bool,
    /// What became of a draft that could not be offered as it was.
    pub draft_note: Option<Rc<DraftNote>>,
    /// Drafts kept safe beside this widget's draft.
    pub kept: Rc<Vec<KeptDraft>>,
    /// The note found beside the draft on work a failed save could not keep.
    unsaved_work: Option<Unsaved>,
    /// Bumped on every move to another section or screen: focus follows it.
    pub navigation: u32,
    /// Bumped on every change to the assessment: the draft is saved after it.
    pub revision: u32,
    /// Bumped when a comparison opens or closes: focus follows it (to the tables, or back
    /// to the button that opens an earlier result).
    pub compare_moves: u32,
    /// The partner map's form and table ([`partners`]).
    pub partners: Rc<PartnerUi>,
    /// Workshop mode, apart from the assessment.
    pub workshop: WorkshopState,
    /// In a script without workshop mode: whether it is being loaded, or could not be.
    pub workshop_load: WorkshopLoad,

    // Worked out from the assessment in `derive`, once per change; never set elsewhere.
    /// Scores, verdicts and the plan for the answers.
    pub report: Rc<Report>,
    /// The partner map's coverage, gaps and smallest covering set.
    pub portfolio: Rc<Portfolio>,
    /// Questions answered over the current scope.
    pub progress: Progress,
    /// How far each section of the current scope is filled in (the list of parts).
    pub parts: Rc<[PartStatus]>,
    /// The results document as JSON: the draft, the `change` event and the host's `result`.
    pub document: Rc<str>,
    /// The earlier result's report, worked out once when it was opened.
    earlier_report: Option<Rc<Report>>,
    /// The change since the earlier result, when comparing.
    pub comparison: Option<Rc<Comparison>>,
    /// The language spoken now.
    pub language: &'static str,
    /// A language being loaded, which the app's edge fetches.
    pub language_wanted: Option<&'static str>,
    /// The last switch of language failed.
    pub language_failed: bool,
}

/// The engine's scoring, counted in tests (exactly one evaluation per change).
fn evaluate_once(assessment: &Assessment, portfolio: &Portfolio) -> Report {
    #[cfg(test)]
    tests::EVALUATIONS.with(|n| n.set(n.get() + 1));
    evaluate_with_partners(
        &INSTRUMENTS,
        &assessment.answers,
        &assessment.partners,
        portfolio,
    )
}

/// An earlier result's report, for the comparison of scores only (its plan is not shown),
/// counted in tests like every evaluation.
fn evaluate_earlier(answers: &Answers) -> Report {
    #[cfg(test)]
    tests::EVALUATIONS.with(|n| n.set(n.get() + 1));
    evaluate(answers)
}

/// The results document, counted in tests (written once per change).
fn export_once(assessment: &Assessment, report: &Report) -> Rc<str> {
    #[cfg(test)]
    tests::EXPORTS.with(|n| n.set(n.get() + 1));
    export_report(assessment, report).into()
}

impl State {
    /// A fresh state around a new, empty `assessment`; `draft` is what this device kept.
    pub fn new(assessment: Assessment, draft: Option<Assessment>, storage_ok: bool) -> Self {
        let storage = (!storage_ok).then_some(StorageFailure::Refused);
        let portfolio = Rc::new(analyse(&assessment.partners));
        let report = Rc::new(evaluate_once(&assessment, &portfolio));
        let document = export_once(&assessment, &report);
        let progress = flow::progress(&INSTRUMENTS, Scope::Full, &assessment.answers);
        let parts = flow::parts(&INSTRUMENTS, Scope::Full, &assessment).into();
        State {
            screen: Screen::Start,
            scope: Scope::Full,
            section: 0,
            page: 0,
            organization_input: assessment.organization_name.clone().unwrap_or_default(),
            assessment: Rc::new(assessment),
            started: false,
            unsaved: false,
            draft: draft.map(Rc::new),
            pending: None,
            import_error: None,
            message: None,
            import_warnings: Vec::new(),
            earlier: None,
            compare_error: None,
            carry_answers: false,
            storage,
            storage_back: false,
            draft_note: None,
            kept: Rc::default(),
            unsaved_work: None,
            navigation: 0,
            revision: 0,
            compare_moves: 0,
            partners: Rc::default(),
            workshop: WorkshopState::default(),
            workshop_load: WorkshopLoad::NotAsked,
            report,
            portfolio,
            progress,
            parts,
            document,
            earlier_report: None,
            comparison: None,
            language: crate::lang::tag(),
            language_wanted: None,
            language_failed: false,
        }
    }

    /// The same state with what the widget found about its draft when it started: why
    /// storage failed, what became of a damaged draft, the drafts kept beside it.
    pub fn with_drafts(
        mut self,
        storage: Option<StorageFailure>,
        note: Option<DraftNote>,
        kept: Vec<KeptDraft>,
    ) -> Self {
        self.storage = storage;
        self.draft_note = note.map(Rc::new);
        self.kept = Rc::new(kept);
        self
    }

    /// The same state with the note found beside the draft on work that a failed save
    /// could not keep.
    pub fn with_unsaved_work(mut self, unsaved: Option<Unsaved>) -> Self {
        self.unsaved_work = unsaved;
        self
    }

    /// Work newer than the draft offered that could not be kept on this device, as the
    /// start screen must say beside "Resume" (or alone, when no draft is offered) until
    /// the person begins, resumes or opens something.
    pub fn work_not_kept(&self) -> Option<Unsaved> {
        self.unsaved_work
            .filter(|u| !self.started && u.still_ahead_of(self.draft.as_deref()))
    }

    /// The same state answering `scope` (the host page may offer fewer instruments).
    pub fn with_scope(mut self, scope: Scope) -> Self {
        self.set_scope(scope);
        self
    }

    /// Carries on with `work` where its answers stop, as "Resume" does with a draft.
    fn resume(&mut self, work: Assessment) {
        self.draft_note = None;
        // The scope the widget opened with: the full assessment, unless the host page
        // offers fewer instruments.
        self.section = flow::resume_at(&INSTRUMENTS, self.scope, &work.answers);
        // Within a paged part, the page where answers stop.
        self.page = self.sections().get(self.section).map_or(0, |&section| {
            paging::resume_page(&INSTRUMENTS, section, &work.answers)
        });
        self.open_assessment(work);
        self.started = true;
        self.unsaved = true;
        self.navigate(Screen::Questions);
    }

    /// The same state carrying on with `work`, the assessment the script without workshop
    /// mode was answering when it handed the element over (it is this element's draft, so
    /// the draft is not offered again).
    pub fn continuing(mut self, work: Assessment) -> Self {
        self.draft = None;
        self.resume(work);
        self
    }

    /// The same state showing workshop mode, for a script that was handed the element
    /// when the facilitator opened it in a script without it (focus goes to its heading).
    pub fn in_workshop(mut self) -> Self {
        if WORKSHOP_MODE_BUILT {
            let outcome = self.workshop.apply(WorkshopIntent::Open);
            self.follow(outcome);
        }
        self
    }

    /// The sections of the current scope, with the health check's in the full assessment
    /// of a partnership already running.
    pub fn sections(&self) -> Vec<Section> {
        flow::sections_for(&INSTRUMENTS, self.scope, &self.assessment.answers)
    }

    /// The section showing (or last shown).
    pub fn current_section(&self) -> Option<Section> {
        self.sections().get(self.section).copied()
    }

    /// Whether opening a file would lose something the respondent has not saved: work
    /// changed since the last export, or a draft on this device not yet resumed.
    pub fn has_unsaved_work(&self) -> bool {
        (self.started && self.unsaved && flow::has_content(&self.assessment))
            || self.draft.is_some()
    }

    /// Whether there is anything to carry in an offline copy.
    pub fn has_content(&self) -> bool {
        flow::has_content(&self.assessment)
    }

    /// Works out everything that depends on the assessment, once. `before` is the
    /// assessment it replaces: a report or portfolio whose inputs did not change is kept.
    fn derive(&mut self, before: &Assessment) {
        let a = &*self.assessment;
        // The plan draws on the partner map too, so a change to either re-scores, once,
        // after the portfolio it needs.
        if before.partners != a.partners {
            self.portfolio = Rc::new(analyse(&a.partners));
        }
        if before.answers != a.answers || before.partners != a.partners {
            self.report = Rc::new(evaluate_once(a, &self.portfolio));
        }
        self.document = export_once(a, &self.report);
        self.progress = flow::progress(&INSTRUMENTS, self.scope, &a.answers);
        self.parts = flow::parts(&INSTRUMENTS, self.scope, a).into();
        self.compare();
    }

    fn compare(&mut self) {
        self.comparison = self
            .earlier_report
            .as_ref()
            .map(|earlier| Rc::new(compare(earlier, &self.report)));
    }

    /// The catalogue speaks `tag` now: the assessment records it (a saved file says which
    /// language it was answered in) and everything worded once is worded again. Messages
    /// from before the switch were in the other language and are dropped.
    fn reword(&mut self, tag: &'static str) {
        self.language = tag;
        if let Some(language) = partnership_engine::LanguageTag::parse(tag) {
            let mut a = (*self.assessment).clone();
            a.language = language;
            self.replace(a);
        }
        self.set_scope(self.scope);
        if WORKSHOP_MODE_BUILT {
            self.workshop.reword();
        }
        self.message = None;
        self.import_error = None;
        self.compare_error = None;
    }

    fn set_scope(&mut self, scope: Scope) {
        self.scope = scope;
        self.progress = flow::progress(&INSTRUMENTS, scope, &self.assessment.answers);
        self.parts = flow::parts(&INSTRUMENTS, scope, &self.assessment).into();
    }

    fn navigate(&mut self, screen: Screen) {
        self.screen = screen;
        self.navigation = self.navigation.wrapping_add(1);
    }

    /// Puts `assessment` in place of the current one and works out what derives from it.
    fn replace(&mut self, assessment: Assessment) {
        let before = std::mem::replace(&mut self.assessment, Rc::new(assessment));
        self.derive(&before);
        self.revision = self.revision.wrapping_add(1);
    }

    /// The one way the respondent's own edits reach the assessment: replaces it, works out
    /// everything derived once, and marks the work unsaved (the draft is saved after it).
    pub fn commit(&mut self, assessment: Assessment) {
        self.replace(assessment);
        self.unsaved = true;
    }

    /// Opens another assessment (a draft, a file): what was typed belongs to the old one.
    fn open_assessment(&mut self, assessment: Assessment) {
        self.organization_input = assessment.organization_name.clone().unwrap_or_default();
        self.replace(assessment);
        // A half-typed partner form belongs to the list that was just replaced.
        self.partners = Rc::default();
    }

    fn open(&mut self, imported: &Imported) {
        self.open_assessment(imported.assessment.clone());
        self.import_warnings = imported.warnings.iter().map(|w| w.to_string()).collect();
        self.import_error = None;
        self.message = Some(messages::result_opened().to_owned());
        self.started = true;
        self.unsaved = false;
        self.draft = None;
        self.draft_note = None;
        self.pending = None;
        // A file of one part opens on that part alone, not on empty others.
        self.set_scope(flow::scope_held(&INSTRUMENTS, &self.assessment));
        self.section = 0;
        self.page = 0;
        self.navigate(Screen::Results);
    }

    fn follow(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stay => {}
            Outcome::Commit(assessment) => self.commit(*assessment),
            Outcome::Show(screen) => self.navigate(screen),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let last = s.sections().len().saturating_sub(1);
        match action {
            Action::Change(change, now) => {
                if let AnswerChange::Organization(name) = &change {
                    s.organization_input = name.clone();
                }
                let changed = assessment::apply(&s.assessment, change, now);
                s.commit(changed);
            }
            Action::Begin(scope) => {
                s.set_scope(scope);
                s.section = 0;
                s.page = 0;
                s.started = true;
                s.draft = None;
                // The note on a damaged draft was about "Resume"; what was kept stays listed.
                s.draft_note = None;
                s.revision = s.revision.wrapping_add(1);
                s.navigate(Screen::Questions);
            }
            Action::Resume => {
                if let Some(draft) = s.draft.take() {
                    s.resume((*draft).clone());
                }
            }
            Action::GoTo(index) => {
                s.section = index.min(last);
                s.page = 0;
                s.navigate(Screen::Questions);
            }
            Action::Next => {
                let sections = s.sections();
                match paging::next(&INSTRUMENTS, &sections, s.section, s.page) {
                    Some((section, page)) => {
                        (s.section, s.page) = (section, page);
                        s.navigate(Screen::Questions);
                    }
                    None => s.navigate(Screen::Results),
                }
            }
            Action::Back if matches!(s.screen, Screen::Results | Screen::Start) => {
                s.navigate(Screen::Questions)
            }
            Action::Back => {
                let sections = s.sections();
                match paging::back(&INSTRUMENTS, &sections, s.section, s.page) {
                    Some((section, page)) => {
                        (s.section, s.page) = (section, page);
                        s.navigate(Screen::Questions);
                    }
                    None => s.navigate(Screen::Start),
                }
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
                s.import_error = Some(messages::file_unreadable().to_owned());
                s.message = None;
            }
            Action::ConfirmReplace => {
                if let Some(pending) = s.pending.take() {
                    s.open(&pending);
                }
            }
            Action::KeepCurrent => {
                s.pending = None;
                s.message = Some(messages::kept_current().to_owned());
                let back = if s.started {
                    Screen::Questions
                } else {
                    Screen::Start
                };
                s.navigate(back);
            }
            Action::Exported { name, restorable } => {
                s.unsaved &= !restorable;
                s.message = Some(messages::saved_as(&name));
            }
            Action::StorageFailed(why) => {
                s.storage = Some(why);
                s.storage_back = false;
            }
            Action::StorageRecovered => {
                s.storage = None;
                s.storage_back = true;
            }
            Action::OtherTab { base, theirs, kept } => {
                if let Some(kept) = kept {
                    let mut list = (*s.kept).clone();
                    list.retain(|k| k.key != kept.key);
                    list.push(kept);
                    s.kept = Rc::new(list);
                }
                if s.started {
                    match merge(base.as_deref(), &s.assessment, &theirs) {
                        Merged::Joined(merged) if *merged != *s.assessment => {
                            if merged.organization_name != s.assessment.organization_name {
                                s.organization_input =
                                    merged.organization_name.clone().unwrap_or_default();
                            }
                            s.replace(*merged);
                            s.unsaved = true;
                            s.message = Some(messages::other_tab_joined().to_owned());
                        }
                        Merged::Joined(_) => {}
                        Merged::Different => {
                            s.message = Some(messages::other_tab_different().to_owned());
                        }
                    }
                } else {
                    s.draft = flow::has_content(&theirs).then(|| Rc::new(*theirs));
                }
            }
            Action::KeptForgotten(key) => {
                let mut list = (*s.kept).clone();
                list.retain(|k| k.key != key);
                s.kept = Rc::new(list);
                s.message = Some(messages::kept_forgotten().to_owned());
            }
            Action::DismissMessage => {
                s.message = None;
                s.import_warnings.clear();
            }
            Action::CompareRead(Ok(imported)) => {
                s.earlier_report = Some(Rc::new(evaluate_earlier(&imported.assessment.answers)));
                s.earlier = Some(Rc::new(imported.assessment));
                s.compare_error = None;
                s.compare();
                s.compare_moves = s.compare_moves.wrapping_add(1);
            }
            Action::CompareRead(Err(error)) => s.compare_error = Some(error.to_string()),
            Action::ClearComparison => {
                s.earlier = None;
                s.earlier_report = None;
                s.compare_error = None;
                s.compare();
                s.compare_moves = s.compare_moves.wrapping_add(1);
            }
            Action::CarryAnswers(carry) => s.carry_answers = carry,
            Action::Reset(fresh) => {
                let scope = s.scope;
                let storage = s.storage;
                s = State::new(*fresh, None, true);
                s.storage = storage;
                s.set_scope(scope);
            }
            Action::Load(imported) => s.open(&imported),
            Action::Partners(intent, now) => {
                let mut ui = (*s.partners).clone();
                let outcome = ui.apply(intent, &s.assessment, now);
                s.partners = Rc::new(ui);
                s.follow(outcome);
            }
            Action::Workshop(intent) if WORKSHOP_MODE_BUILT => {
                let outcome = s.workshop.apply(intent);
                s.follow(outcome);
            }
            // A script without workshop mode: the shell loads the one with it, which takes
            // over this element (see `App`); until then the start screen says so.
            Action::Workshop(WorkshopIntent::Open) => s.workshop_load = WorkshopLoad::Loading,
            Action::Workshop(_) => {}
            Action::WorkshopUnavailable => s.workshop_load = WorkshopLoad::Failed,
            Action::SwitchLanguage(tag) => {
                s.language_failed = false;
                s.language_wanted = (tag != s.language).then_some(tag);
            }
            Action::LanguageSwitched(tag, spoken) => {
                s.language_wanted = None;
                s.language_failed = !spoken;
                if spoken {
                    s.reword(tag);
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use partnership_engine::{Rating, ReadinessAnswer, ResultId, export, import};
    use std::cell::Cell;

    thread_local! {
        /// How many times the reducer asked the engine to score answers.
        pub static EVALUATIONS: Cell<u32> = const { Cell::new(0) };
        /// How many times the reducer wrote the results document.
        pub static EXPORTS: Cell<u32> = const { Cell::new(0) };
    }

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
            AnswerChange::Readiness(item, four.unwrap_or(ReadinessAnswer::DontKnow)),
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
        // Depth is one section of one page (the barrier part is paged: see below).
        let mut s = fresh().reduce(Action::Begin(Scope::Depth));
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
    fn next_and_back_turn_the_pages_of_a_long_part_before_leaving_it() {
        let pages = paging::page_count(&INSTRUMENTS, Section::Barriers);
        assert!(pages > 1);
        let mut s = fresh().reduce(Action::Begin(Scope::Barriers));
        for page in 1..pages {
            let nav = s.navigation;
            s = s.reduce(Action::Next);
            assert_eq!((s.screen, s.section, s.page), (Screen::Questions, 0, page));
            assert!(s.navigation > nav, "focus follows every page");
        }
        s = s.reduce(Action::Next);
        assert_eq!(
            s.screen,
            Screen::Results,
            "Next on the last page shows the results"
        );
        s = s.reduce(Action::Back);
        assert_eq!((s.screen, s.page), (Screen::Questions, pages - 1));
        s = s.reduce(Action::Back);
        assert_eq!(s.page, pages - 2, "Back turns one page back");
        s = s.reduce(Action::GoTo(0));
        assert_eq!(
            s.page, 0,
            "a part chosen from the list opens on its first page"
        );
    }

    #[test]
    fn typing_an_organization_keeps_spaces_while_the_assessment_keeps_it_trimmed() {
        let s = fresh().reduce(Action::Change(
            AnswerChange::Organization("Riverside ".into()),
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
        let s = Rc::new((*s).clone().with_drafts(
            None,
            Some(DraftNote {
                summary: "recovered".into(),
                lost: Vec::new(),
            }),
            Vec::new(),
        ));
        let s = s.reduce(Action::Resume);
        assert_eq!(*s.assessment, draft);
        assert_eq!((s.screen, s.section, s.page), (Screen::Questions, 1, 0));
        assert!(s.draft.is_none());
        assert!(s.draft_note.is_none(), "the note was about resuming: done");
    }

    #[test]
    fn resume_opens_the_page_of_a_long_area_where_answers_stop() {
        let mut draft = Assessment::new(ResultId::from_random_bytes([5; 16]), at(0));
        let area = Section::Dimension(0);
        let first = paging::page_items(&INSTRUMENTS, area, 0);
        assert!(paging::page_count(&INSTRUMENTS, area) > 1);
        for item in &INSTRUMENTS.readiness.dimensions[0].items[first] {
            draft
                .answers
                .set_readiness(item.id, ReadinessAnswer::DontKnow);
        }
        let blank = Assessment::new(ResultId::from_random_bytes([6; 16]), at(0));
        let s = Rc::new(State::new(blank, Some(draft), true)).reduce(Action::Resume);
        assert_eq!((s.screen, s.section, s.page), (Screen::Questions, 0, 1));
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

    fn readiness(s: &State) -> Vec<String> {
        s.assessment.answers.readiness.keys().cloned().collect()
    }

    #[test]
    fn another_tabs_answers_join_ours_and_a_different_assessment_is_only_told() {
        let items: Vec<&str> = INSTRUMENTS.readiness.dimensions[0]
            .items
            .iter()
            .map(|i| i.id)
            .collect();
        let base = fresh().reduce(Action::Begin(Scope::Full));
        let base_assessment = (*base.assessment).clone();
        let ours = agree(base.clone());
        let mut theirs = base_assessment.clone();
        theirs
            .answers
            .set_readiness(items[1], ReadinessAnswer::DontKnow);
        theirs.touch(at(2000));
        let joined = ours.clone().reduce(Action::OtherTab {
            base: Some(Box::new(base_assessment.clone())),
            theirs: Box::new(theirs.clone()),
            kept: None,
        });
        assert_eq!(readiness(&joined), {
            let mut both = vec![items[0].to_owned(), items[1].to_owned()];
            both.sort();
            both
        });
        assert_eq!(
            joined.screen, ours.screen,
            "the person stays where they are"
        );
        assert!(
            joined.revision != ours.revision,
            "the joined answers are saved"
        );
        assert_eq!(
            joined.message.as_deref(),
            Some(messages::other_tab_joined())
        );
        // Hearing the same again changes nothing (the tabs converge).
        let again = joined.clone().reduce(Action::OtherTab {
            base: Some(Box::new(theirs.clone())),
            theirs: Box::new((*joined.assessment).clone()),
            kept: None,
        });
        assert_eq!(again.revision, joined.revision);

        // A different assessment: ours untouched, the other kept and listed.
        let other = Assessment::new(ResultId::from_random_bytes([7; 16]), at(5));
        let kept = KeptDraft {
            key: "k|kept|x".into(),
            text: export(&other).into(),
            label: "label".into(),
        };
        let told = ours.clone().reduce(Action::OtherTab {
            base: None,
            theirs: Box::new(other),
            kept: Some(kept.clone()),
        });
        assert_eq!(told.assessment, ours.assessment);
        assert_eq!(told.kept.as_slice(), std::slice::from_ref(&kept));
        assert_eq!(
            told.message.as_deref(),
            Some(messages::other_tab_different())
        );
        let forgotten = told.reduce(Action::KeptForgotten(kept.key.clone()));
        assert!(forgotten.kept.is_empty());

        // Not started yet: the other tab's draft is what "Resume" offers.
        let offered = fresh().reduce(Action::OtherTab {
            base: None,
            theirs: Box::new(theirs.clone()),
            kept: None,
        });
        assert_eq!(offered.draft.as_deref(), Some(&theirs));
    }

    #[test]
    fn saving_failing_and_recovering_is_remembered_and_a_reset_keeps_knowing_it() {
        let s = agree(fresh().reduce(Action::Begin(Scope::Full)));
        let full = s.reduce(Action::StorageFailed(StorageFailure::Full));
        assert_eq!(full.storage, Some(StorageFailure::Full));
        assert_eq!(full.assessment.answers.readiness.len(), 1, "nothing lost");
        let back = full.clone().reduce(Action::StorageRecovered);
        assert_eq!(back.storage, None);
        assert!(back.storage_back);
        let blank = Assessment::new(ResultId::from_random_bytes([4; 16]), at(9));
        let reset = full.reduce(Action::Reset(Box::new(blank)));
        assert_eq!(reset.storage, Some(StorageFailure::Full));
        assert!(reset.kept.is_empty() && reset.draft_note.is_none());
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
                AnswerChange::Presence("barriers.turf", two),
                at(1),
            ))
            .reduce(Action::Change(
                AnswerChange::Harm("barriers.turf", three),
                at(2),
            ));
        let b = s.assessment.answers.barriers.get("barriers.turf").copied();
        assert_eq!(b.and_then(|b| b.presence), Some(two));
        assert_eq!(b.and_then(|b| b.harm), Some(three));
        assert_eq!(s.report.barriers.ranked[0].risk, 6);
    }

    #[test]
    fn a_running_partnership_goes_on_to_the_health_check_scored_once_per_answer() {
        let s = fresh().reduce(Action::Begin(Scope::Full));
        let before = s.sections().len();
        let running = AnswerChange::Stage(partnership_engine::Stage::Implementation);
        let s = s.reduce(Action::Change(running, at(1)));
        let sections = s.sections();
        let areas = INSTRUMENTS.health.scored.dimensions.len();
        assert_eq!(sections.len(), before + areas + 1);
        assert_eq!(sections[before], Section::HealthArea(0));
        assert_eq!(sections.last(), Some(&Section::Balance));
        let evaluations = EVALUATIONS.with(Cell::get);
        let item = INSTRUMENTS.health.scored.dimensions[0].items[0].id;
        let answer = AnswerChange::Health(item, ReadinessAnswer::DontKnow);
        let s = s.reduce(Action::Change(answer, at(2)));
        assert_eq!(
            EVALUATIONS.with(Cell::get) - evaluations,
            1,
            "one evaluation"
        );
        assert!(s.report.health.is_some());
        let costs = INSTRUMENTS.health.balance.costs().id;
        let answer = AnswerChange::Balance(costs, partnership_engine::TimingAnswer::DontKnow);
        let s = s.reduce(Action::Change(answer, at(3)));
        assert_eq!(
            s.assessment.answers.balance.get(costs),
            Some(&partnership_engine::TimingAnswer::DontKnow)
        );
    }

    #[test]
    fn one_answer_is_scored_once_and_written_once_for_the_draft_the_event_and_the_views() {
        let s = fresh().reduce(Action::Begin(Scope::Full));
        let (evaluations, exports) = (EVALUATIONS.with(Cell::get), EXPORTS.with(Cell::get));
        let s = agree(s);
        assert_eq!(
            EVALUATIONS.with(Cell::get) - evaluations,
            1,
            "exactly one evaluation"
        );
        assert_eq!(
            EXPORTS.with(Cell::get) - exports,
            1,
            "exactly one results document"
        );
        assert_eq!(*s.report, evaluate(&s.assessment.answers));
        assert_eq!(&*s.document, export(&s.assessment).as_str());
        assert_eq!(s.progress.answered, 1);
        // Typing a name changes no answer: nothing is scored again.
        let evaluations = EVALUATIONS.with(Cell::get);
        let s = s.reduce(Action::Change(
            AnswerChange::Organization("Riverside".into()),
            at(2),
        ));
        assert_eq!(EVALUATIONS.with(Cell::get), evaluations);
        assert!(s.document.contains("Riverside"));
    }

    #[test]
    fn a_partner_change_rescores_once_and_the_plan_on_screen_is_the_plan_in_the_file() {
        use crate::state::partners::PartnerIntent;
        use partnership_engine::partners::{Criterion, PartnerRating};
        let mut s = fresh().reduce(Action::Begin(Scope::Full));
        s = s.reduce(Action::Partners(
            PartnerIntent::Name("Library".into()),
            at(1),
        ));
        for c in Criterion::ALL {
            s = s.reduce(Action::Partners(
                PartnerIntent::Rate(c, Some(PartnerRating::High)),
                at(2),
            ));
        }
        let (evaluations, exports) = (EVALUATIONS.with(Cell::get), EXPORTS.with(Cell::get));
        let s = s.reduce(Action::Partners(PartnerIntent::Save, at(3)));
        assert_eq!(EVALUATIONS.with(Cell::get) - evaluations, 1);
        assert_eq!(EXPORTS.with(Cell::get) - exports, 1);
        let first = s.report.action_plan.first().map(|p| p.kind);
        assert_eq!(first, Some(partnership_engine::PlanStepKind::PartnerFirst));
        assert_eq!(&*s.document, export(&s.assessment).as_str());
    }

    #[test]
    fn the_comparison_is_worked_out_in_the_reducer_and_follows_new_answers() {
        let s = fresh().reduce(Action::Begin(Scope::Full));
        let earlier = Assessment::new(ResultId::from_random_bytes([8; 16]), at(0));
        let file = import(export(&earlier).as_bytes()).map(Box::new);
        let s = s.reduce(Action::CompareRead(file));
        let before = s.comparison.clone();
        assert!(before.is_some());
        let mut s = s;
        for item in INSTRUMENTS.readiness.dimensions[0].items {
            let four = Rating::new(4).map(ReadinessAnswer::Scale);
            let answer = four.unwrap_or(ReadinessAnswer::DontKnow);
            s = s.reduce(Action::Change(
                AnswerChange::Readiness(item.id, answer),
                at(3),
            ));
        }
        assert_ne!(s.comparison, before, "new answers change the comparison");
        assert!(s.reduce(Action::ClearComparison).comparison.is_none());
    }

    #[test]
    fn the_list_of_parts_follows_the_scope_and_every_answer() {
        use partnership_engine::flow::Filled;
        let s = fresh().reduce(Action::Begin(Scope::Barriers));
        let sections: Vec<Section> = s.parts.iter().map(|p| p.section).collect();
        assert_eq!(sections, s.sections());
        let Some(two) = Rating::new(2) else {
            panic!("a rating within 0..=4");
        };
        let s = s.reduce(Action::Change(
            AnswerChange::Presence("barriers.turf", two),
            at(1),
        ));
        assert_eq!(
            s.parts.first().map(|p| p.filled),
            Some(Filled::Answered(s.progress)),
            "one section: its part is the whole progress"
        );
        assert_eq!(s.progress.answered, 1);
    }
}
