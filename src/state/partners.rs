//! The partner map's slice of the state: the form as typed, the table's sort, and the
//! intents that change the list. [`PartnerUi::apply`] keeps the form and returns the
//! edited assessment as an [`Outcome::Commit`]; the whole state commits it.
//!
//! Every limit and refusal comes from `partnership_engine::partners`, and every
//! announcement from `partnership_engine::words::partners`; this module keeps track of
//! what is being typed.

use partnership_engine::partners::table::{Direction, SortKey, next_sort};
use partnership_engine::partners::{
    Candidate, Criterion, GivenRatings, Offer, OfferSet, PartnerError, PartnerMap, PartnerRating,
    Sector, validate_name, validate_notes,
};
use partnership_engine::words::partners as words;
use partnership_engine::{Assessment, Timestamp};

use super::outcome::Outcome;

/// What the person can do on the partner map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerIntent {
    /// The name field, as typed.
    Name(String),
    /// The notes field, as typed.
    Notes(String),
    Sector(Sector),
    /// A role or kind of value ticked (`true`) or unticked in the form.
    Offer(Offer, bool),
    /// A rating chosen, or (`None`) set back to "Not rated yet".
    Rate(Criterion, Option<PartnerRating>),
    /// Add the form as a new organisation, or save the one being changed.
    Save,
    /// Stop changing an organisation and empty the form.
    Cancel,
    /// Load the organisation at this position into the form.
    Edit(usize),
    /// Copy the organisation at this position (the copy goes right after it) and open the
    /// copy in the form.
    Duplicate(usize),
    Remove(usize),
    /// The alliance needs this role or kind of value (`true`) or not.
    Need(Offer, bool),
    /// A column header's sort button was pressed.
    Sort(SortKey),
}

/// The organisation form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerForm {
    /// The position of the organisation being changed; `None` while adding a new one.
    pub editing: Option<usize>,
    pub name: String,
    pub notes: String,
    pub sector: Sector,
    pub offers: OfferSet,
    /// Each "Not rated yet" (`None`) until chosen.
    pub ratings: GivenRatings,
    /// The name was typed in or a save was tried: from now on its problems are shown.
    pub name_touched: bool,
}

impl Default for PartnerForm {
    fn default() -> Self {
        PartnerForm {
            editing: None,
            name: String::new(),
            notes: String::new(),
            sector: Sector::other(),
            offers: OfferSet::EMPTY,
            ratings: GivenRatings::default(),
            name_touched: false,
        }
    }
}

impl PartnerForm {
    fn from_candidate(index: usize, c: &Candidate) -> Self {
        PartnerForm {
            editing: Some(index),
            name: c.name().to_owned(),
            notes: c.notes().to_owned(),
            sector: c.sector,
            offers: c.offers,
            ratings: c.ratings,
            name_touched: true,
        }
    }

    /// The engine's message for the name, once the person has typed in it or tried to save.
    pub fn name_error(&self) -> Option<String> {
        if !self.name_touched {
            return None;
        }
        validate_name(&self.name).err().map(|e| e.to_string())
    }

    /// The engine's message for the notes.
    pub fn notes_error(&self) -> Option<String> {
        validate_notes(&self.notes).err().map(|e| e.to_string())
    }

    /// The candidate the form describes, or why it cannot be one.
    fn candidate(&self) -> Result<Candidate, PartnerError> {
        let mut c = Candidate::new(&self.name, self.sector)?;
        c.set_notes(&self.notes)?;
        c.offers = self.offers;
        c.ratings = self.ratings;
        Ok(c)
    }
}

/// Where focus goes after an action (see `components::partners`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerFocus {
    /// The name field: after Edit and Duplicate, and after an organisation was added.
    Name,
    /// The table's heading: after a removal, when the pressed button is gone.
    Table,
    /// The notes field: after a save its text stopped.
    Notes,
}

/// The partner map's part of [`State`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartnerUi {
    pub form: PartnerForm,
    /// The table's sort; `None` keeps the order of the list.
    pub sort: Option<(SortKey, Direction)>,
    /// The last thing done, for the status region.
    pub announcement: String,
    /// Why the last save, copy or removal was refused.
    pub error: Option<String>,
    /// Where focus goes next, and a counter that changes with every request.
    pub focus: Option<(PartnerFocus, u32)>,
}

impl PartnerUi {
    fn focus(&mut self, target: PartnerFocus) {
        let n = self.focus.map_or(0, |(_, n)| n.wrapping_add(1));
        self.focus = Some((target, n));
    }
}

/// The partner list of `assessment` after `edit`, stamped at `now`; on error nothing
/// changes.
fn edited<T>(
    assessment: &Assessment,
    now: Timestamp,
    edit: impl FnOnce(&mut PartnerMap) -> Result<T, PartnerError>,
) -> Result<(T, Assessment), PartnerError> {
    let mut changed = assessment.clone();
    let done = edit(&mut changed.partners)?;
    changed.touch(now);
    Ok((done, changed))
}

impl PartnerUi {
    /// Applies `intent` to the form and, for a finished edit, returns the assessment with
    /// its partner list changed (at `now`) for the state to commit.
    pub fn apply(
        &mut self,
        intent: PartnerIntent,
        assessment: &Assessment,
        now: Timestamp,
    ) -> Outcome {
        let mut outcome = Outcome::Stay;
        let form = &mut self.form;
        match intent {
            PartnerIntent::Name(name) => {
                form.name = name;
                form.name_touched = true;
            }
            PartnerIntent::Notes(notes) => form.notes = notes,
            PartnerIntent::Sector(sector) => form.sector = sector,
            PartnerIntent::Offer(offer, on) => form.offers.set(offer, on),
            PartnerIntent::Rate(criterion, rating) => form.ratings.set(criterion, rating),
            PartnerIntent::Save => {
                form.name_touched = true;
                let editing = form.editing;
                let saved = form.candidate().and_then(|c| {
                    let name = c.name().to_owned();
                    let priority = c.priority_level();
                    edited(assessment, now, |map| match editing {
                        Some(i) => map.edit(i, c).map(|()| false),
                        None => map.add(c).map(|_| true),
                    })
                    .map(|(added, changed)| (added, name, priority, changed))
                });
                match saved {
                    Ok((added, name, priority, changed)) => {
                        self.announcement = if added {
                            words::added(&name, priority)
                        } else {
                            words::saved(&name, priority)
                        };
                        self.form = PartnerForm::default();
                        self.error = None;
                        self.focus(PartnerFocus::Name);
                        outcome = Outcome::Commit(Box::new(changed));
                    }
                    // Problems with a field show beside the field; others above the buttons.
                    // Focus goes to the field to fix, where its message is read out.
                    Err(e) => {
                        self.error = (!e.is_about_a_field()).then(|| e.to_string());
                        if e.is_about_a_field() {
                            let field = if self.form.name_error().is_some() {
                                PartnerFocus::Name
                            } else {
                                PartnerFocus::Notes
                            };
                            self.focus(field);
                        }
                    }
                }
            }
            PartnerIntent::Cancel => {
                self.form = PartnerForm::default();
                self.error = None;
                self.announcement = words::cancelled().to_owned();
                self.focus(PartnerFocus::Name);
            }
            PartnerIntent::Edit(i) => match assessment.partners.candidates().get(i) {
                Some(c) => {
                    self.form = PartnerForm::from_candidate(i, c);
                    self.error = None;
                    self.announcement = words::changing(c.name());
                    self.focus(PartnerFocus::Name);
                }
                None => self.error = Some(PartnerError::NoSuchCandidate { index: i }.to_string()),
            },
            PartnerIntent::Duplicate(i) => match edited(assessment, now, |map| map.duplicate(i)) {
                Ok((copy, changed)) => {
                    if let Some(c) = changed.partners.candidates().get(copy) {
                        self.form = PartnerForm::from_candidate(copy, c);
                        self.announcement = words::copied(c.name());
                    }
                    self.error = None;
                    self.focus(PartnerFocus::Name);
                    outcome = Outcome::Commit(Box::new(changed));
                }
                Err(e) => self.error = Some(e.to_string()),
            },
            PartnerIntent::Remove(i) => match edited(assessment, now, |map| map.remove(i)) {
                Ok((removed, changed)) => {
                    // The form may be changing this organisation or one after it.
                    match self.form.editing {
                        Some(e) if e == i => self.form = PartnerForm::default(),
                        Some(e) if e > i => self.form.editing = Some(e - 1),
                        _ => {}
                    }
                    self.announcement = words::removed(removed.name());
                    self.error = None;
                    self.focus(PartnerFocus::Table);
                    outcome = Outcome::Commit(Box::new(changed));
                }
                Err(e) => self.error = Some(e.to_string()),
            },
            PartnerIntent::Need(need, on) => {
                match edited(assessment, now, |map| map.set_need(need, on)) {
                    Ok(((), changed)) => outcome = Outcome::Commit(Box::new(changed)),
                    Err(e) => self.error = Some(e.to_string()),
                }
            }
            PartnerIntent::Sort(key) => self.sort = Some(next_sort(self.sort, key)),
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, State};
    use partnership_engine::partners::{MAX_CANDIDATES, Priority};
    use partnership_engine::{Assessment, ResultId};
    use std::rc::Rc;
    use yew::Reducible;

    const NOW: i64 = 1_772_355_600_000;

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_unix_millis(NOW + ms)
    }

    fn fresh() -> Rc<State> {
        let a = Assessment::new(ResultId::from_random_bytes([4; 16]), at(0));
        Rc::new(State::new(a, None, true))
    }

    fn act(s: Rc<State>, a: PartnerIntent) -> Rc<State> {
        s.reduce(Action::Partners(a, at(10)))
    }

    fn add(mut s: Rc<State>, name: &str, m: PartnerRating, c: PartnerRating) -> Rc<State> {
        s = act(s, PartnerIntent::Name(name.into()));
        s = act(s, PartnerIntent::Rate(Criterion::MissionAlignment, Some(m)));
        s = act(
            s,
            PartnerIntent::Rate(Criterion::ResourceComplementarity, Some(c)),
        );
        for rest in [
            Criterion::RelationshipPotential,
            Criterion::CapacityToEngage,
            Criterion::ExistingTrust,
        ] {
            s = act(s, PartnerIntent::Rate(rest, Some(PartnerRating::Medium)));
        }
        act(s, PartnerIntent::Save)
    }

    #[test]
    fn an_organisation_saved_without_ratings_has_none_and_no_priority() {
        let s = act(fresh(), PartnerIntent::Name("Tenants".into()));
        assert_eq!(s.partners.form.ratings, GivenRatings::default());
        let s = act(s, PartnerIntent::Save);
        let c = &s.assessment.partners.candidates()[0];
        assert_eq!(c.ratings, GivenRatings::default());
        assert_eq!(c.priority(), None);
        assert_eq!(s.portfolio.priorities, [None]);
        assert_eq!(s.partners.announcement, words::added("Tenants", None));
        // A rating can be set back to "Not rated yet".
        let s = act(s, PartnerIntent::Edit(0));
        let s = act(
            s,
            PartnerIntent::Rate(Criterion::MissionAlignment, Some(PartnerRating::Low)),
        );
        assert_eq!(
            s.partners.form.ratings.mission_alignment,
            Some(PartnerRating::Low)
        );
        let s = act(s, PartnerIntent::Rate(Criterion::MissionAlignment, None));
        assert_eq!(s.partners.form.ratings, GivenRatings::default());
    }

    #[test]
    fn typing_keeps_the_form_and_saving_adds_to_the_assessment_and_the_draft() {
        let s = act(fresh(), PartnerIntent::Name("  ".into()));
        assert_eq!(
            s.partners.form.name_error(),
            Some(PartnerError::NameEmpty.to_string())
        );
        let revision = s.revision;
        let s = act(s, PartnerIntent::Save);
        assert!(s.assessment.partners.is_empty(), "an empty name is refused");
        assert_eq!(
            s.partners.error, None,
            "beside the field, not above the buttons"
        );
        assert_eq!(s.revision, revision);
        let s = add(s, "Food bank", PartnerRating::High, PartnerRating::High);
        assert_eq!(s.assessment.partners.len(), 1);
        assert_eq!(
            s.assessment.partners.candidates()[0].priority_level(),
            Some(Priority::Immediate)
        );
        assert!(
            s.unsaved && s.revision > revision,
            "the draft is saved after it"
        );
        assert_eq!(s.assessment.updated_at, at(10));
        assert_eq!(
            s.partners.form,
            PartnerForm::default(),
            "the form is empty again"
        );
        assert_eq!(
            s.partners.announcement,
            words::added("Food bank", Some(Priority::Immediate))
        );
        assert_eq!(s.partners.focus.map(|f| f.0), Some(PartnerFocus::Name));
    }

    #[test]
    fn edit_duplicate_and_remove_keep_the_form_pointing_at_the_right_organisation() {
        use PartnerRating::*;
        let mut s = add(fresh(), "Library", High, Medium);
        s = add(s, "Clinic", Medium, High);
        s = act(s, PartnerIntent::Duplicate(0));
        let names = |s: &State| -> Vec<String> {
            s.assessment
                .partners
                .candidates()
                .iter()
                .map(|c| c.name().to_owned())
                .collect()
        };
        assert_eq!(names(&s), ["Library", "Library (copy)", "Clinic"]);
        assert_eq!(
            s.partners.form.editing,
            Some(1),
            "the copy is open in the form"
        );
        s = act(s, PartnerIntent::Name("Library branch".into()));
        s = act(s, PartnerIntent::Save);
        assert_eq!(names(&s), ["Library", "Library branch", "Clinic"]);
        s = act(s, PartnerIntent::Edit(2));
        assert_eq!(s.partners.form.name, "Clinic");
        s = act(s, PartnerIntent::Remove(0));
        assert_eq!(s.partners.form.editing, Some(1), "still the clinic");
        s = act(s, PartnerIntent::Remove(1));
        assert_eq!(s.partners.form, PartnerForm::default());
        assert_eq!(s.partners.announcement, words::removed("Clinic"));
        assert_eq!(names(&s), ["Library branch"]);
        s = act(s, PartnerIntent::Remove(7));
        assert_eq!(
            s.partners.error,
            Some(PartnerError::NoSuchCandidate { index: 7 }.to_string())
        );
    }

    #[test]
    fn cancelling_empties_the_form_and_changes_nothing() {
        let s = add(fresh(), "Library", PartnerRating::High, PartnerRating::High);
        let s = act(s, PartnerIntent::Edit(0));
        assert_eq!(s.partners.announcement, words::changing("Library"));
        let s = act(s, PartnerIntent::Name("Libr".into()));
        let revision = s.revision;
        let s = act(s, PartnerIntent::Cancel);
        assert_eq!(s.partners.form, PartnerForm::default());
        assert_eq!(s.partners.announcement, words::cancelled());
        assert_eq!(s.revision, revision);
        assert_eq!(s.assessment.partners.candidates()[0].name(), "Library");
    }

    #[test]
    fn a_partner_list_alone_is_work_that_a_file_must_not_silently_replace() {
        let s = fresh().reduce(Action::Begin(partnership_engine::flow::Scope::Partners));
        assert!(!s.has_unsaved_work());
        let s = add(s, "Food bank", PartnerRating::High, PartnerRating::High);
        assert!(s.has_unsaved_work());
    }

    #[test]
    fn opening_a_file_empties_a_form_that_pointed_into_the_old_list() {
        use partnership_engine::{export, import};
        let s = add(fresh(), "Library", PartnerRating::High, PartnerRating::High);
        let s = act(s, PartnerIntent::Edit(0));
        assert_eq!(s.partners.form.editing, Some(0));
        let other = Assessment::new(ResultId::from_random_bytes([9; 16]), at(0));
        let file = import(export(&other).as_bytes()).map(Box::new);
        let s = s
            .reduce(Action::FileRead(file))
            .reduce(Action::ConfirmReplace);
        assert_eq!(*s.assessment, other);
        assert_eq!(s.partners.form, PartnerForm::default());
    }

    #[test]
    fn the_limit_is_explained_and_needs_and_sorting_are_kept() {
        let mut s = fresh();
        let mut map = PartnerMap::default();
        for n in 0..MAX_CANDIDATES {
            let c = Candidate::new(&format!("Org {n}"), Sector::other());
            assert!(c.and_then(|c| map.add(c)).is_ok());
        }
        let mut a = (*s.assessment).clone();
        a.partners = map;
        Rc::make_mut(&mut s).assessment = Rc::new(a);
        let s = add(s, "One too many", PartnerRating::High, PartnerRating::High);
        assert_eq!(s.assessment.partners.len(), MAX_CANDIDATES);
        assert_eq!(
            s.partners.error,
            Some(PartnerError::TooManyCandidates.to_string())
        );
        assert_eq!(
            s.partners.form.name, "One too many",
            "nothing typed is lost"
        );

        let funding = Offer::from_id("funding");
        let s = act(
            s,
            PartnerIntent::Need(funding.unwrap_or_else(|| panic!("funding")), true),
        );
        assert_eq!(s.assessment.partners.needs().len(), 1);
        let s = act(s, PartnerIntent::Sort(SortKey::Name));
        let s = act(s, PartnerIntent::Sort(SortKey::Name));
        assert_eq!(
            s.partners.sort,
            Some((SortKey::Name, Direction::Descending))
        );
    }
}
