//! Workshop mode's state and its reducer, kept apart from the assessment's: a facilitator
//! merging everyone's files never touches the answers on this device.
//!
//! What the engine read from every file so far is kept (never the files' bytes), so files
//! added later are merged together with the earlier ones by the engine (which also decides
//! duplicates, the figures and the presenter's topics) without reading anything twice. What the screens say about them (the table of files, the status
//! line, the profile's text, the presenter topic showing) is worked out here once per
//! change with `partnership_engine::workshop::presentation`, never by the views.

use std::rc::Rc;

use partnership_engine::INSTRUMENTS;
use partnership_engine::words::{messages, workshop as words};
use partnership_engine::workshop::presentation::{self, FileRow, ProfileText, SlideText, Wording};
use partnership_engine::workshop::presenter::{Slide, slides};
use partnership_engine::workshop::{
    ReadFile as FileRead, WorkshopMerge, WorkshopProfile, merge_read, profile,
};

use super::outcome::{Outcome, Screen};
use crate::dom::ReadFile;
use crate::lang;

/// The instruments and language the workshop screens are worded in: the language spoken
/// now.
pub fn wording() -> Wording<'static> {
    Wording {
        instruments: &INSTRUMENTS,
        lang: lang::tag(),
    }
}

/// Whether this script carries workshop mode. Every build does but the one most people
/// download (`cargo xtask dist` builds it without the `workshop` feature): there, the
/// branches that lead into workshop mode are dead and the compiler leaves its code out.
pub const WORKSHOP_MODE_BUILT: bool = cfg!(feature = "workshop");

/// Workshop mode asked for in a script without it: the shell loads the script with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopLoad {
    NotAsked,
    /// Being loaded: the start screen says so beside the button.
    Loading,
    /// It could not be loaded (offline, or the file is missing): said beside the button.
    Failed,
}

/// What the facilitator can do in workshop mode.
#[derive(Debug)]
pub enum WorkshopIntent {
    /// Leave the start screen for workshop mode.
    Open,
    /// Files were chosen or dropped and read.
    FilesRead(Vec<ReadFile>),
    /// Show the presenter view from its first topic.
    Present,
    NextSlide,
    PreviousSlide,
    /// Leave the presenter view.
    StopPresenting,
    /// The page entered (`true`) or left full screen, by the button, Escape or otherwise.
    FullScreen(bool),
    /// Forget every file and start a new merge.
    StartOver,
    /// The group summary was saved as a file called this.
    Exported(String),
    /// Back to the start screen (the files stay until "Start over").
    Leave,
}

/// A file the browser could not read, with the reason in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableFile {
    pub name: String,
    pub reason: String,
}

/// Workshop mode: the files chosen, their merge and profile, and what the screens say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkshopState {
    /// What was read from every file so far, in the order given: the merge is made from
    /// all of them.
    files: Rc<Vec<Rc<FileRead>>>,
    /// How many bytes of files were read so far (at most
    /// [`MAX_WORKSHOP_BYTES`](partnership_engine::workshop::MAX_WORKSHOP_BYTES)).
    pub bytes_read: u64,
    pub unreadable: Rc<Vec<UnreadableFile>>,
    pub merged: Option<Rc<WorkshopMerge>>,
    pub profile: Option<Rc<WorkshopProfile>>,
    /// What the group profile's parts say (worked out with `profile`).
    pub profile_text: Option<Rc<ProfileText>>,
    /// The presenter's topics for the current profile.
    pub slides: Rc<Vec<Slide>>,
    /// The presenter topic showing, when presenting.
    pub slide: Option<usize>,
    /// What happened to each file, readable or not, as the table of files shows it, in
    /// runs of [`ROWS_PER_RUN`]: a run whose rows did not change keeps its `Rc`, so adding
    /// files renders only the new rows (and any older ones whose outcome changed), never
    /// the whole table again.
    pub report: Rc<Vec<Rc<[FileRow]>>>,
    /// The presenter topic showing, in words (worked out whenever `slide` changes).
    pub showing: Option<Rc<SlideText>>,
    /// A short confirmation for the status region.
    pub message: Option<String>,
    /// Whether the page is in full screen while presenting (the button then leaves it).
    pub full_screen: bool,
}

/// How many rows of the table of files are rendered together (see
/// [`WorkshopState::report`]).
pub const ROWS_PER_RUN: usize = 50;

impl WorkshopState {
    /// Words again everything the screens say, in the language spoken now.
    pub fn reword(&mut self) {
        let unreadable: Vec<UnreadableFile> = self
            .unreadable
            .iter()
            .map(|u| UnreadableFile {
                name: u.name.clone(),
                reason: words::unreadable().to_owned(),
            })
            .collect();
        self.unreadable = Rc::new(unreadable);
        if let (Some(merged), Some(group)) = (self.merged.clone(), self.profile.clone()) {
            self.reword_rows(&merged);
            self.profile_text = Some(Rc::new(presentation::profile_text(wording(), &group)));
        }
        self.message = None;
    }

    /// Words the table of files again from `merged` and the unreadable files: what
    /// happened to each file, in runs of [`ROWS_PER_RUN`] rows; a run whose rows did not
    /// change keeps its `Rc`, so the view does not render it again.
    fn reword_rows(&mut self, merged: &WorkshopMerge) {
        let rows: Vec<FileRow> = merged
            .files
            .iter()
            .map(|f| presentation::file_row_in(merged, f))
            .chain(
                self.unreadable
                    .iter()
                    .map(|u| presentation::unreadable_row(&u.name, &u.reason)),
            )
            .collect();
        let before = std::mem::take(&mut self.report);
        self.report = Rc::new(
            rows.chunks(ROWS_PER_RUN)
                .enumerate()
                .map(|(i, run)| match before.get(i) {
                    Some(old) if **old == *run => old.clone(),
                    _ => Rc::from(run),
                })
                .collect(),
        );
    }

    /// Every row of the table of files, in order.
    pub fn report_rows(&self) -> impl Iterator<Item = &FileRow> {
        self.report.iter().flat_map(|run| run.iter())
    }

    /// How many files were chosen so far, readable or not.
    pub fn file_count(&self) -> usize {
        self.files.len() + self.unreadable.len()
    }

    fn add(&mut self, read: Vec<ReadFile>) {
        let mut files = std::mem::take(&mut self.files);
        let list = Rc::make_mut(&mut files);
        let mut unreadable = (*self.unreadable).clone();
        for (name, contents) in read {
            match contents {
                Ok(file) => {
                    self.bytes_read = self.bytes_read.saturating_add(file.bytes);
                    list.push(Rc::new(file));
                }
                Err(Some(error)) => list.push(Rc::new(FileRead::refused(&name, error))),
                Err(None) => unreadable.push(UnreadableFile {
                    name,
                    reason: words::unreadable().to_owned(),
                }),
            }
        }
        let merged = merge_read(&files);
        let group = profile(&merged);
        self.message = Some(presentation::status(
            files.len() + unreadable.len(),
            merged.respondents.len(),
            presentation::left_out(&merged, unreadable.len()),
        ));
        self.unreadable = Rc::new(unreadable);
        self.reword_rows(&merged);
        self.slides = Rc::new(slides(&group));
        self.profile_text = Some(Rc::new(presentation::profile_text(wording(), &group)));
        self.profile = Some(Rc::new(group));
        self.merged = Some(Rc::new(merged));
        self.files = files;
        self.slide = None;
    }

    /// Applies `intent`, words the presenter topic now showing, and says where the app
    /// goes next.
    pub fn apply(&mut self, intent: WorkshopIntent) -> Outcome {
        let outcome = self.step(intent);
        // The presenter view gone, so is its full screen (the browser leaves it when the
        // element that fills the screen goes, after the app stopped listening).
        self.full_screen &= self.slide.is_some();
        self.showing = match (self.slide, &self.profile) {
            (Some(index), Some(profile)) => Some(Rc::new(presentation::slide_text(
                wording(),
                &self.slides,
                index,
                profile,
            ))),
            _ => None,
        };
        outcome
    }

    fn step(&mut self, intent: WorkshopIntent) -> Outcome {
        let last = self.slides.len().saturating_sub(1);
        match intent {
            WorkshopIntent::Open => Outcome::Show(Screen::Workshop),
            WorkshopIntent::FilesRead(read) => {
                self.add(read);
                Outcome::Stay
            }
            WorkshopIntent::Present if self.profile.is_some() => {
                self.slide = Some(0);
                Outcome::Show(Screen::Workshop)
            }
            WorkshopIntent::Present => Outcome::Stay,
            WorkshopIntent::NextSlide | WorkshopIntent::PreviousSlide if self.slide.is_none() => {
                Outcome::Stay
            }
            WorkshopIntent::NextSlide => {
                let now = self.slide.unwrap_or(0);
                if now >= last {
                    return Outcome::Stay;
                }
                self.slide = Some(now + 1);
                Outcome::Show(Screen::Workshop)
            }
            WorkshopIntent::PreviousSlide => {
                let now = self.slide.unwrap_or(0);
                if now == 0 {
                    return Outcome::Stay;
                }
                self.slide = Some(now - 1);
                Outcome::Show(Screen::Workshop)
            }
            WorkshopIntent::StopPresenting => {
                self.slide = None;
                Outcome::Show(Screen::Workshop)
            }
            // Only the button's words change: focus stays where it is.
            WorkshopIntent::FullScreen(on) => {
                self.full_screen = on;
                Outcome::Stay
            }
            WorkshopIntent::StartOver => {
                *self = WorkshopState {
                    message: Some(words::started_over().to_owned()),
                    ..WorkshopState::default()
                };
                Outcome::Show(Screen::Workshop)
            }
            WorkshopIntent::Exported(name) => {
                self.message = Some(messages::saved_as(&name));
                Outcome::Stay
            }
            WorkshopIntent::Leave => {
                self.slide = None;
                self.message = None;
                Outcome::Show(Screen::Start)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnership_engine::{
        Assessment, INSTRUMENTS, Rating, ReadinessAnswer, ResultId, Timestamp, export,
    };

    fn result_file(seed: u8, answer: u8, updated: i64) -> (String, Vec<u8>) {
        let mut a = Assessment::new(
            ResultId::from_random_bytes([seed; 16]),
            Timestamp::from_unix_millis(0),
        );
        if let Some(r) = Rating::new(answer) {
            let item = INSTRUMENTS.readiness.dimensions[0].items[0].id;
            a.answers.set_readiness(item, ReadinessAnswer::Scale(r));
        }
        a.touch(Timestamp::from_unix_millis(updated));
        (format!("person-{seed}.json"), export(&a).into_bytes())
    }

    fn read(files: Vec<(String, Vec<u8>)>) -> WorkshopIntent {
        WorkshopIntent::FilesRead(
            files
                .into_iter()
                .map(|(n, b)| (n.clone(), Ok(FileRead::read(&n, &b))))
                .collect(),
        )
    }

    #[test]
    fn files_added_later_are_merged_with_the_earlier_ones() {
        let mut s = WorkshopState::default();
        assert_eq!(
            s.apply(WorkshopIntent::Open),
            Outcome::Show(Screen::Workshop)
        );
        s.apply(read(vec![result_file(1, 0, 10), result_file(2, 4, 10)]));
        assert_eq!(s.merged.as_ref().map(|m| m.respondents.len()), Some(2));
        // A newer copy of person 1 and a third person, in a second batch.
        s.apply(read(vec![result_file(1, 2, 20), result_file(3, 4, 10)]));
        let merged = s.merged.as_ref().expect("a merge");
        assert_eq!(merged.respondents.len(), 3);
        assert_eq!(merged.files.len(), 4);
        assert_eq!(merged.dropped_duplicates().count(), 1);
        assert_eq!(s.file_count(), 4);
    }

    #[test]
    fn adding_files_keeps_the_runs_of_rows_that_did_not_change() {
        let mut s = WorkshopState::default();
        let first: Vec<_> = (0..ROWS_PER_RUN as u8 + 5)
            .map(|n| result_file(n + 1, 2, 10))
            .collect();
        s.apply(read(first));
        let before = s.report.clone();
        assert_eq!(before.len(), 2);
        // A new person, and a newer copy of someone in the second run: the first run is
        // the very same (not rendered again), the second is new.
        s.apply(read(vec![
            result_file(200, 1, 10),
            result_file(ROWS_PER_RUN as u8 + 2, 3, 20),
        ]));
        assert!(Rc::ptr_eq(&before[0], &s.report[0]));
        assert!(!Rc::ptr_eq(&before[1], &s.report[1]));
        assert_eq!(s.report_rows().count(), ROWS_PER_RUN + 7);
        let older = s
            .report_rows()
            .filter(|r| r.result == "Left out: an older copy")
            .count();
        assert_eq!(older, 1);
    }

    #[test]
    fn an_unreadable_file_is_reported_and_the_others_still_merge() {
        let mut s = WorkshopState::default();
        s.apply(WorkshopIntent::FilesRead(vec![
            ("lost.json".into(), Err(None)),
            (
                "huge.json".into(),
                Err(Some(partnership_engine::ImportError::TooLarge {
                    bytes: 1 << 30,
                })),
            ),
            {
                let (n, b) = result_file(1, 3, 10);
                (n.clone(), Ok(FileRead::read(&n, &b)))
            },
        ]));
        assert_eq!(s.unreadable.len(), 1);
        assert_eq!(s.unreadable[0].reason, words::unreadable());
        assert_eq!(s.report_rows().count(), 3);
        let huge = s
            .report_rows()
            .find(|r| r.name == "huge.json")
            .expect("a row");
        assert_eq!(huge.result, "Left out");
        assert!(huge.details.contains("too large"), "{}", huge.details);
        assert_eq!(s.merged.as_ref().map(|m| m.respondents.len()), Some(1));
        assert_eq!(s.profile_text.as_ref().map(|t| t.respondents), Some(1));
        assert_eq!(s.file_count(), 3);
    }

    #[test]
    fn the_presenter_moves_within_its_topics_and_escape_leaves() {
        let mut s = WorkshopState::default();
        assert_eq!(
            s.apply(WorkshopIntent::Present),
            Outcome::Stay,
            "nothing to present"
        );
        s.apply(read(vec![result_file(1, 0, 10), result_file(2, 4, 10)]));
        assert_eq!(
            s.apply(WorkshopIntent::Present),
            Outcome::Show(Screen::Workshop)
        );
        assert_eq!(s.slide, Some(0));
        let first = s.showing.as_ref().expect("the first topic in words");
        assert_eq!(first.progress, format!("Topic 1 of {}", s.slides.len()));
        assert_eq!(s.apply(WorkshopIntent::PreviousSlide), Outcome::Stay);
        let last = s.slides.len() - 1;
        for _ in 0..last + 3 {
            s.apply(WorkshopIntent::NextSlide);
        }
        assert_eq!(s.slide, Some(last));
        assert_eq!(
            s.apply(WorkshopIntent::PreviousSlide),
            Outcome::Show(Screen::Workshop)
        );
        assert_eq!(s.slide, Some(last - 1));
        assert_eq!(
            s.apply(WorkshopIntent::StopPresenting),
            Outcome::Show(Screen::Workshop)
        );
        assert_eq!(s.slide, None);
        assert!(s.showing.is_none());
    }

    #[test]
    fn full_screen_is_followed_without_moving_focus_and_ends_with_the_presenter_view() {
        let mut s = WorkshopState::default();
        s.apply(read(vec![result_file(1, 0, 10), result_file(2, 4, 10)]));
        s.apply(WorkshopIntent::Present);
        assert!(!s.full_screen);
        assert_eq!(s.apply(WorkshopIntent::FullScreen(true)), Outcome::Stay);
        assert!(s.full_screen);
        s.apply(WorkshopIntent::NextSlide);
        assert!(s.full_screen, "turning topics stays in full screen");
        assert_eq!(s.apply(WorkshopIntent::FullScreen(false)), Outcome::Stay);
        assert!(!s.full_screen);
        s.apply(WorkshopIntent::FullScreen(true));
        s.apply(WorkshopIntent::StopPresenting);
        assert!(
            !s.full_screen,
            "leaving the presenter view leaves full screen"
        );
        s.apply(WorkshopIntent::FullScreen(true));
        assert!(
            !s.full_screen,
            "nothing to fill the screen with outside the presenter"
        );
    }

    #[test]
    fn start_over_forgets_every_file() {
        let mut s = WorkshopState::default();
        s.apply(read(vec![result_file(1, 0, 10)]));
        s.apply(WorkshopIntent::StartOver);
        assert!(s.merged.is_none() && s.profile.is_none() && s.profile_text.is_none());
        assert_eq!(s.file_count(), 0);
        assert_eq!(s.apply(WorkshopIntent::Leave), Outcome::Show(Screen::Start));
    }
}
