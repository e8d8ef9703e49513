//! The draft kept on this device: what the widget may offer back, what it must keep
//! untouched, and how two tabs' drafts of one assessment come together.
//!
//! The rules, all decided here so the shell only moves text in and out of storage:
//!
//! - [`recover`]: a draft this build reads in full is offered as it is. A damaged one is
//!   read part by part: every answer that is still good is offered, each part that is not
//!   is named ([`Recovered::lost`]), and the original text must be kept under its own key
//!   ([`Recovered::keep_original`]) so nothing the person typed is ever destroyed. A save
//!   cut short is closed at its last complete value first ([`close_truncated`]). A draft
//!   from a newer version is never read by guesswork: it is kept and nothing is offered.
//! - [`merge`]: two tabs (or two widgets sharing a key) that changed the same assessment
//!   are merged part by part against the draft both last agreed on: a part only one side
//!   changed takes that side's value; a part both changed takes the later change.
//! - [`latest`]: of a kept draft and the answers an offline copy carries, the one changed
//!   last is offered.
//! - [`Unsaved`]: when a save fails, a note of a few bytes (which assessment, when it last
//!   changed, how much it held, why) is left beside the draft, small enough to fit where
//!   the draft no longer does. [`Unsaved::still_ahead_of`] decides whether the draft
//!   offered on the next visit is older than that work, so "Resume" never passes an older
//!   copy off as the latest. A successful save removes the note. If even the note cannot
//!   be written, nothing on the next visit can know, and nothing claims to.

use crate::answers::IdMap;
use crate::document::read::{Salvage, read_document};
use crate::document::{Assessment, ImportError, ResultId, import};
use crate::flow::has_content;
use crate::instrument::INSTRUMENTS;
use crate::time::Timestamp;

/// Why the browser did not keep the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageFailure {
    /// The storage for this site is full.
    Full,
    /// The browser refuses to keep anything (a private window, blocked site data).
    Refused,
}

impl StorageFailure {
    fn id(self) -> &'static str {
        match self {
            StorageFailure::Full => "full",
            StorageFailure::Refused => "refused",
        }
    }
}

/// How many questions are answered in `a` (of every instrument) and how many partner
/// organisations it lists: what the start screen counts as saved work.
pub fn work_in(a: &Assessment) -> (usize, usize) {
    let answered = crate::flow::progress(&INSTRUMENTS, crate::flow::Scope::Full, &a.answers);
    (answered.answered as usize, a.partners.len())
}

/// The note left beside the draft when saving it failed: the work that exists only in the
/// page's memory (see the module notes). Written as one short line of text,
/// [`Unsaved::to_text`], and read back with [`Unsaved::read`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unsaved {
    /// The assessment that could not be saved.
    pub id: ResultId,
    /// When it last changed.
    pub changed_at: Timestamp,
    /// How many questions were answered in it.
    pub questions: usize,
    /// How many partner organisations it listed.
    pub organizations: usize,
    /// Why it could not be saved.
    pub why: StorageFailure,
}

impl Unsaved {
    /// The first word of the note's text, and its version.
    const TAG: &'static str = "unsaved-1";

    /// The note for `work`, which could not be saved because of `why`.
    pub fn of(work: &Assessment, why: StorageFailure) -> Self {
        let (questions, organizations) = work_in(work);
        Unsaved {
            id: work.id,
            changed_at: work.updated_at,
            questions,
            organizations,
            why,
        }
    }

    /// The note as a line of text (under 100 bytes).
    pub fn to_text(&self) -> String {
        format!(
            "{} {} {} {} {} {}",
            Self::TAG,
            self.id,
            self.changed_at,
            self.questions,
            self.organizations,
            self.why.id()
        )
    }

    /// Reads a note written by [`Unsaved::to_text`]; `None` for anything else (nothing is
    /// claimed from a note that cannot be read). Never panics, whatever `text`.
    pub fn read(text: &str) -> Option<Self> {
        let mut parts = text.split_ascii_whitespace();
        if parts.next()? != Self::TAG {
            return None;
        }
        // Digits read by hand: the integer parsers of `core` would cost the bundle bytes.
        let number = |s: &str| -> Option<usize> {
            (!s.is_empty() && s.len() < 10).then_some(())?;
            s.bytes().try_fold(0usize, |n, b| {
                Some(n * 10 + (b as char).to_digit(10)? as usize)
            })
        };
        let id = ResultId::parse(parts.next()?)?;
        let changed_at = Timestamp::parse(parts.next()?)?;
        let questions = number(parts.next()?)?;
        let organizations = number(parts.next()?)?;
        let why = match parts.next()? {
            "full" => StorageFailure::Full,
            "refused" => StorageFailure::Refused,
            _ => return None,
        };
        parts.next().is_none().then_some(Unsaved {
            id,
            changed_at,
            questions,
            organizations,
            why,
        })
    }

    /// Whether this work is newer than `draft`, the draft offered on this visit (`None`:
    /// there is none): then the offer must say that it is not the latest work. A draft
    /// saved at or after the moment the work last changed holds it (or replaced it on
    /// purpose), whichever assessment it is.
    pub fn still_ahead_of(&self, draft: Option<&Assessment>) -> bool {
        draft.is_none_or(|d| d.updated_at < self.changed_at)
    }
}

/// Why a draft could not be offered exactly as it was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// Some parts were damaged; the rest was recovered.
    Damaged,
    /// The save was cut short; what was written before the cut was recovered.
    CutShort,
    /// Saved by a newer version of the widget: kept, not read.
    Newer { found: u64 },
    /// Nothing in it could be read as answers.
    Unreadable,
}

/// What [`recover`] made of a kept draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// The answers that can be offered ("Resume"), when there are any.
    pub assessment: Option<Assessment>,
    /// `None` when the draft was read in full.
    pub problem: Option<DraftProblem>,
    /// Each part that was left out, with the reason (at most
    /// [`MAX_WARNINGS`](crate::document::MAX_WARNINGS)).
    pub lost: Vec<ImportError>,
}

impl Recovered {
    /// The draft text must be kept under a key of its own before anything else is saved:
    /// something in it could not be offered.
    pub fn keep_original(&self) -> bool {
        self.problem.is_some()
    }

    /// How many answers were recovered (readiness, barrier, timing, health, balance and
    /// reflection answers, the two depth choices, and each partner organisation).
    pub fn answers_recovered(&self) -> usize {
        self.assessment.as_ref().map_or(0, |a| {
            let x = &a.answers;
            x.readiness.len()
                + x.barriers.len()
                + x.timing.len()
                + x.health.len()
                + x.balance.len()
                + x.reflections.len()
                + usize::from(x.ambition.is_some())
                + usize::from(x.stage.is_some())
                + a.partners.candidates().len()
        })
    }
}

/// Reads a kept draft, recovering every part that is still good (see the module notes).
/// `fresh_id` and `now` stand in for a damaged id or date. Never panics, whatever `text`.
pub fn recover(text: &str, fresh_id: ResultId, now: Timestamp) -> Recovered {
    let offered = |a: Assessment| has_content(&a).then_some(a);
    if text.trim().is_empty() {
        return Recovered {
            assessment: None,
            problem: None,
            lost: Vec::new(),
        };
    }
    match import(text.as_bytes()) {
        Ok(imported) if imported.warnings.is_empty() => {
            return Recovered {
                assessment: offered(imported.assessment),
                problem: None,
                lost: Vec::new(),
            };
        }
        Err(ImportError::NewerVersion { found }) => {
            return Recovered {
                assessment: None,
                problem: Some(DraftProblem::Newer { found }),
                lost: Vec::new(),
            };
        }
        // Answers to questions this version does not have: offered without them, and
        // the original kept, so a later version can still read them.
        Ok(imported) => {
            return Recovered {
                assessment: offered(imported.assessment),
                problem: Some(DraftProblem::Damaged),
                lost: Vec::new(),
            };
        }
        Err(_) => {}
    }
    let salvage = |bytes: &[u8]| {
        let mut s = Salvage::salvaging(fresh_id, now);
        let read = read_document(&INSTRUMENTS, bytes, &mut s);
        (read, s.lost.unwrap_or_default())
    };
    let (read, lost) = salvage(text.as_bytes());
    let (read, lost, problem) = match read {
        Err(ImportError::NotJson { .. }) => match close_truncated(text) {
            Some(closed) => {
                let (read, lost) = salvage(closed.as_bytes());
                (read, lost, DraftProblem::CutShort)
            }
            None => (read, lost, DraftProblem::Unreadable),
        },
        other => (other, lost, DraftProblem::Damaged),
    };
    match read {
        Ok(imported) => Recovered {
            assessment: offered(imported.assessment),
            problem: Some(problem),
            lost,
        },
        Err(ImportError::NewerVersion { found }) => Recovered {
            assessment: None,
            problem: Some(DraftProblem::Newer { found }),
            lost: Vec::new(),
        },
        Err(error) => Recovered {
            assessment: None,
            problem: Some(DraftProblem::Unreadable),
            lost: vec![error],
        },
    }
}

/// A JSON text cut short, closed at its last complete value: everything after the last
/// comma (or opening bracket) outside a string is dropped and the open brackets are
/// closed. `None` when the text is not cut JSON (it has no opening brace, nests too
/// deeply, or is already complete). Linear in the length of `text`.
pub fn close_truncated(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut stack: Vec<u8> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    // The last place to cut: the byte index to keep up to, and the brackets then open.
    let mut cut: Option<(usize, Vec<u8>)> = None;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                if stack.len() >= crate::document::MAX_NESTING {
                    return None;
                }
                stack.push(if b == b'{' { b'}' } else { b']' });
                cut = Some((i + 1, stack.clone()));
            }
            b'}' | b']' => {
                if stack.pop() != Some(b) {
                    return None;
                }
                if stack.is_empty() {
                    // The document is complete: nothing was cut.
                    return None;
                }
            }
            b',' if !stack.is_empty() => cut = Some((i, stack.clone())),
            _ => {}
        }
    }
    let (at, open) = cut?;
    let mut closed = String::with_capacity(at + open.len());
    closed.push_str(text.get(..at)?);
    closed.extend(open.iter().rev().map(|&c| char::from(c)));
    Some(closed)
}

/// Of a kept draft and the answers an offline copy carries, the one changed last (the
/// draft when both changed at the same moment).
pub fn latest(draft: Option<Assessment>, carried: Option<Assessment>) -> Option<Assessment> {
    match (draft, carried) {
        (Some(d), Some(c)) => Some(if c.updated_at > d.updated_at { c } else { d }),
        (d, c) => d.or(c),
    }
}

/// What [`merge`] made of two drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Merged {
    /// The same assessment: every change from both sides, in one.
    Joined(Box<Assessment>),
    /// Two different assessments (another tab started over): they cannot be joined.
    Different,
}

/// Merges `theirs` (the draft another tab just saved) into `ours`, part by part, against
/// `base`, the draft both last agreed on (`None`: nothing in common yet, so a part both
/// have with different values takes the later change). See the module notes.
pub fn merge(base: Option<&Assessment>, ours: &Assessment, theirs: &Assessment) -> Merged {
    if ours.id != theirs.id {
        return Merged::Different;
    }
    let base = base.filter(|b| b.id == ours.id);
    let theirs_later = theirs.updated_at > ours.updated_at;
    fn pick<T: PartialEq + Clone>(b: Option<&T>, o: &T, t: &T, theirs_later: bool) -> T {
        if o == t {
            o.clone()
        } else if b == Some(o) {
            t.clone()
        } else if b == Some(t) || !theirs_later {
            o.clone()
        } else {
            t.clone()
        }
    }
    fn map<V: PartialEq + Clone>(
        b: Option<&IdMap<V>>,
        o: &IdMap<V>,
        t: &IdMap<V>,
        theirs_later: bool,
    ) -> IdMap<V> {
        let mut out = IdMap::default();
        for key in o
            .keys()
            .chain(t.keys())
            .chain(b.into_iter().flat_map(|b| b.keys()))
        {
            if out.contains_key(key) {
                continue;
            }
            let in_base = b.map(|b| b.get(key).cloned());
            let value = pick(
                in_base.as_ref(),
                &o.get(key).cloned(),
                &t.get(key).cloned(),
                theirs_later,
            );
            if let Some(v) = value {
                out.insert(key.clone(), v);
            } else {
                // Removed on the side that changed it: a placeholder keeps the key seen.
                out.remove(key);
            }
        }
        out
    }
    let (o, t) = (&ours.answers, &theirs.answers);
    let b = base.map(|b| &b.answers);
    let mut merged = ours.clone();
    merged.answers.readiness = map(
        b.map(|b| &b.readiness),
        &o.readiness,
        &t.readiness,
        theirs_later,
    );
    merged.answers.barriers = map(
        b.map(|b| &b.barriers),
        &o.barriers,
        &t.barriers,
        theirs_later,
    );
    merged.answers.timing = map(b.map(|b| &b.timing), &o.timing, &t.timing, theirs_later);
    merged.answers.health = map(b.map(|b| &b.health), &o.health, &t.health, theirs_later);
    merged.answers.balance = map(b.map(|b| &b.balance), &o.balance, &t.balance, theirs_later);
    merged.answers.reflections = map(
        b.map(|b| &b.reflections),
        &o.reflections,
        &t.reflections,
        theirs_later,
    );
    merged.answers.ambition = pick(
        b.map(|b| &b.ambition),
        &o.ambition,
        &t.ambition,
        theirs_later,
    );
    merged.answers.stage = pick(b.map(|b| &b.stage), &o.stage, &t.stage, theirs_later);
    merged.organization_name = pick(
        base.map(|b| &b.organization_name),
        &ours.organization_name,
        &theirs.organization_name,
        theirs_later,
    );
    merged.respondent_role = pick(
        base.map(|b| &b.respondent_role),
        &ours.respondent_role,
        &theirs.respondent_role,
        theirs_later,
    );
    merged.language = pick(
        base.map(|b| &b.language),
        &ours.language,
        &theirs.language,
        theirs_later,
    );
    // The partner map is one part: its organisations are edited as a list.
    merged.partners = pick(
        base.map(|b| &b.partners),
        &ours.partners,
        &theirs.partners,
        theirs_later,
    );
    merged.created_at = ours.created_at.min(theirs.created_at);
    merged.updated_at = ours.updated_at.max(theirs.updated_at);
    Merged::Joined(Box::new(merged))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Rating, ReadinessAnswer, export};

    fn id(n: u8) -> ResultId {
        ResultId::from_random_bytes([n; 16])
    }

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_unix_millis(1_772_355_600_000 + ms)
    }

    fn items() -> Vec<&'static str> {
        INSTRUMENTS
            .readiness
            .dimensions
            .iter()
            .flat_map(|d| d.items)
            .map(|i| i.id)
            .collect()
    }

    fn answered(n: usize, value: u8) -> Assessment {
        let mut a = Assessment::new(id(1), at(0));
        for item in items().into_iter().take(n) {
            let r = Rating::new(value).map_or(ReadinessAnswer::DontKnow, ReadinessAnswer::Scale);
            a.answers.set_readiness(item, r);
        }
        a.touch(at(10));
        a
    }

    #[test]
    fn an_intact_draft_is_offered_as_it_is() {
        let a = answered(5, 3);
        let r = recover(&export(&a), id(9), at(99));
        assert_eq!(r.assessment, Some(a));
        assert!(!r.keep_original());
        assert_eq!(recover("", id(9), at(99)).assessment, None);
    }

    #[test]
    fn one_damaged_answer_costs_only_that_answer() {
        let a = answered(20, 2);
        let first = items()[0];
        let text = export(&a).replacen(&format!("\"{first}\": 2"), &format!("\"{first}\": 9"), 1);
        assert_ne!(text, export(&a));
        let r = recover(&text, id(9), at(99));
        assert_eq!(r.problem, Some(DraftProblem::Damaged));
        assert!(r.keep_original());
        assert_eq!(r.answers_recovered(), 19);
        assert_eq!(r.lost.len(), 1);
        assert!(matches!(&r.lost[0], ImportError::OutOfRange { found, .. } if found == "9"));
    }

    #[test]
    fn a_save_cut_short_keeps_every_answer_written_before_the_cut() {
        let a = answered(30, 1);
        let text = export(&a);
        let cut = text
            .find("\"results\"")
            .expect("results follow the answers");
        let r = recover(&text[..cut + 40], id(9), at(99));
        assert_eq!(r.problem, Some(DraftProblem::CutShort));
        assert_eq!(r.assessment.map(|x| x.answers), Some(a.answers));
    }

    #[test]
    fn a_bad_date_is_replaced_and_the_answers_kept() {
        let a = answered(3, 4);
        let text = export(&a).replacen("\"updatedAt\": \"", "\"updatedAt\": \"yesterday", 1);
        let r = recover(&text, id(9), at(99));
        let got = r.assessment.clone().expect("answers recovered");
        assert_eq!(got.answers, a.answers);
        assert_eq!(got.updated_at, a.created_at);
        assert!(r.keep_original());
    }

    #[test]
    fn a_newer_draft_is_kept_and_not_read() {
        let current = format!("\"formatVersion\": {}", crate::document::FORMAT_VERSION);
        let text = export(&answered(3, 4)).replacen(&current, "\"formatVersion\": 7", 1);
        let r = recover(&text, id(9), at(99));
        assert_eq!(r.problem, Some(DraftProblem::Newer { found: 7 }));
        assert!(r.assessment.is_none() && r.keep_original());
    }

    #[test]
    fn nonsense_is_kept_as_unreadable() {
        for text in ["{", "garbage", "[1,2", "{\"a\":", "\u{feff}"] {
            let r = recover(text, id(9), at(99));
            assert!(r.assessment.is_none(), "{text}");
            assert!(r.keep_original(), "{text}");
        }
    }

    #[test]
    fn the_note_of_unsaved_work_reads_back_and_says_when_the_draft_is_older() {
        let saved = answered(5, 3);
        let mut work = saved.clone();
        for item in items().into_iter().skip(5).take(4) {
            work.answers.set_readiness(item, ReadinessAnswer::DontKnow);
        }
        work.touch(at(500));
        let note = Unsaved::of(&work, StorageFailure::Full);
        assert_eq!((note.questions, note.organizations), (9, 0));
        let text = note.to_text();
        assert!(text.len() < 100, "{text}");
        assert_eq!(Unsaved::read(&text), Some(note));
        // The draft kept is older than the work: say so. None kept: say so too.
        assert!(note.still_ahead_of(Some(&saved)));
        assert!(note.still_ahead_of(None));
        // A draft saved since (this assessment or another) holds the latest work.
        assert!(!note.still_ahead_of(Some(&work)));
        let mut later = Assessment::new(id(2), at(0));
        later.touch(at(900));
        assert!(!note.still_ahead_of(Some(&later)));
        let refused = Unsaved::of(&work, StorageFailure::Refused);
        assert_eq!(Unsaved::read(&refused.to_text()), Some(refused));
    }

    #[test]
    fn a_note_that_cannot_be_read_claims_nothing() {
        let good = Unsaved::of(&answered(2, 1), StorageFailure::Full).to_text();
        for text in [
            "",
            "unsaved-1",
            "unsaved-2 x",
            &good.replace("full", "empty"),
            &format!("{good} extra"),
            &good.replacen(' ', "  ", 1)[..good.len() - 3],
            "unsaved-1 00000000-0000-4000-8000-000000000000 2026-03-01T10:00:00.000Z 2 0 full x",
            "unsaved-1 00000000-0000-4000-8000-000000000000 2026-03-01T10:00:00.000Z -2 0 full",
            "unsaved-1 00000000-0000-4000-8000-000000000000 2026-03-01T10:00:00.000Z 99999999999 0 full",
            "unsaved-1 00000000-0000-4000-8000-000000000000 yesterday 2 0 full",
        ] {
            assert_eq!(Unsaved::read(text), None, "{text:?}");
        }
        let fine =
            "unsaved-1 00000000-0000-4000-8000-000000000000 2026-03-01T10:00:00.000Z 2 0 full";
        assert_eq!(Unsaved::read(fine).map(|u| u.questions), Some(2));
    }

    #[test]
    fn closing_a_cut_text() {
        assert_eq!(
            close_truncated("{\"a\": [1, 2, 3"),
            Some("{\"a\": [1, 2]}".into())
        );
        assert_eq!(close_truncated("{\"a\": \"x, y"), Some("{}".into()));
        assert_eq!(close_truncated("{\"a\": 1}"), None);
        assert_eq!(close_truncated("nothing"), None);
    }

    #[test]
    fn two_tabs_keep_both_sides_changes() {
        let base = answered(0, 0);
        let [q1, q2, q3, q4] = [items()[0], items()[1], items()[2], items()[3]];
        let four = Rating::new(4).map_or(ReadinessAnswer::DontKnow, ReadinessAnswer::Scale);
        let mut a = base.clone();
        a.answers.set_readiness(q1, four);
        a.answers.set_readiness(q3, four);
        a.touch(at(20));
        let mut b = base.clone();
        b.answers.set_readiness(q2, four);
        b.answers.set_readiness(q4, four);
        b.touch(at(30));
        let Merged::Joined(m) = merge(Some(&base), &a, &b) else {
            panic!("one assessment");
        };
        for q in [q1, q2, q3, q4] {
            assert!(m.answers.readiness.contains_key(q), "{q}");
        }
        assert_eq!(m.updated_at, at(30));
        assert_eq!(merge(Some(&base), &b, &a), Merged::Joined(m));
    }

    #[test]
    fn a_part_both_changed_takes_the_later_change_and_a_removal_is_kept() {
        let mut base = answered(2, 1);
        base.touch(at(10));
        let q = items()[0];
        let mut ours = base.clone();
        ours.answers.set_readiness(q, ReadinessAnswer::DontKnow);
        ours.answers.readiness.remove(items()[1]);
        ours.touch(at(50));
        let mut theirs = base.clone();
        theirs
            .answers
            .set_readiness(q, ReadinessAnswer::NotApplicable);
        theirs.touch(at(40));
        let Merged::Joined(m) = merge(Some(&base), &ours, &theirs) else {
            panic!("one assessment");
        };
        assert_eq!(m.answers.readiness.get(q), Some(&ReadinessAnswer::DontKnow));
        assert!(!m.answers.readiness.contains_key(items()[1]));
        let other = Assessment::new(id(2), at(0));
        assert_eq!(merge(Some(&base), &ours, &other), Merged::Different);
    }

    #[test]
    fn two_tabs_keep_each_others_health_answers() {
        let base = answered(0, 0);
        let h = &crate::INSTRUMENTS.health;
        let statement = h.scored.dimensions[0].items[0].id;
        let three = Rating::new(3).map_or(ReadinessAnswer::DontKnow, ReadinessAnswer::Scale);
        let mut a = base.clone();
        a.answers.set_health(statement, three);
        a.touch(at(20));
        let mut b = base.clone();
        b.answers
            .set_balance(h.balance.costs().id, crate::TimingAnswer::DontKnow);
        b.touch(at(30));
        let Merged::Joined(m) = merge(Some(&base), &a, &b) else {
            panic!("one assessment");
        };
        assert_eq!(m.answers.health.get(statement), Some(&three));
        assert!(m.answers.balance.contains_key(h.balance.costs().id));
    }
}
