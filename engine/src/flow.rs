//! The question flow: which sections a respondent goes through, how many questions each
//! holds, how many are answered, and how long the whole takes.
//!
//! The shell shows one section at a time; everything it needs to decide (order, counts,
//! progress, what is still missing, where to resume) comes from here.
//!
//! # Time estimate
//! About [`SECONDS_PER_CHOICE`] seconds per multiple-choice question (read a short
//! statement, pick one of five to seven answers) and [`SECONDS_PER_REFLECTION`] seconds per
//! open question (most people write a line or two, or skip it), plus
//! [`SECONDS_FOR_PARTNERS`] for the partner map, rounded to the nearest five minutes and
//! never less than five. The whole assessment comes to about 30 minutes.

use crate::answers::Answers;
use crate::document::Assessment;
use crate::instrument::{Dimension, InstrumentMeta, Instruments};
use crate::text::Text;

/// Seconds for one multiple-choice question.
pub const SECONDS_PER_CHOICE: u32 = 11;
/// Seconds for one open reflection question.
pub const SECONDS_PER_REFLECTION: u32 = 45;
/// Seconds for the partner map: ticking the needs and listing and rating three or four
/// organisations, at about two minutes each.
pub const SECONDS_FOR_PARTNERS: u32 = 600;

/// What the respondent chose to fill in: everything, or one instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Full,
    Readiness,
    Barriers,
    Timing,
    Depth,
    /// Partner mapping: a list the user builds, not questions.
    Partners,
    Reflection,
    /// The health check of a partnership already running, taken on its own ("Our
    /// partnership is already running"); the host page names it `health`.
    Health,
}

impl Scope {
    /// Every scope, the full assessment first, then the instruments in flow order.
    pub const ALL: [Scope; 8] = [
        Scope::Full,
        Scope::Readiness,
        Scope::Barriers,
        Scope::Timing,
        Scope::Depth,
        Scope::Partners,
        Scope::Reflection,
        Scope::Health,
    ];

    /// Each instrument on its own, in flow order: every scope but the full assessment.
    pub const EACH: &'static [Scope] = match Self::ALL.split_first() {
        Some((_, each)) => each,
        None => &[],
    };

    /// The id of the full assessment, beside the instrument ids.
    pub const FULL_ID: &'static str = "full";

    /// The scope's id: the id of the instrument it answers (what a host page names in the
    /// `instruments` attribute), or [`Self::FULL_ID`]. Element ids are built from it.
    pub fn id(self) -> &'static str {
        self.instrument(&crate::INSTRUMENTS)
            .map_or(Self::FULL_ID, |(id, ..)| id)
    }

    /// The title of the instrument the scope answers; `None` for the full assessment,
    /// which is not one instrument.
    pub fn title(self, instruments: &'static Instruments) -> Option<Text> {
        self.instrument(instruments).map(|(_, title, _)| title)
    }

    /// The introduction of the instrument the scope answers; `None` for the full
    /// assessment.
    pub fn intro(self, instruments: &'static Instruments) -> Option<Text> {
        self.instrument(instruments).map(|(.., intro)| intro)
    }

    /// The id, title and introduction of the instrument the scope answers (the partner map
    /// counts as one), or `None` for the full assessment.
    fn instrument(self, instruments: &'static Instruments) -> Option<(&'static str, Text, Text)> {
        let meta = |m: &InstrumentMeta| Some((m.id, m.title, m.intro));
        let partners = &crate::partners::PARTNER_VOCABULARY;
        match self {
            Scope::Full => None,
            Scope::Readiness => meta(&instruments.readiness.meta),
            Scope::Barriers => meta(&instruments.barriers.meta),
            Scope::Timing => meta(&instruments.timing.meta),
            Scope::Depth => meta(&instruments.depth.meta),
            Scope::Partners => Some((partners.id, partners.title, partners.intro)),
            Scope::Reflection => meta(&instruments.reflection.meta),
            Scope::Health => meta(&instruments.health.scored.meta),
        }
    }
}

/// One screen of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// One readiness dimension (the index into the readiness instrument's dimensions).
    Dimension(usize),
    Barriers,
    Timing,
    Depth,
    /// The partner map (candidates and needs). It asks no questions, so it never counts
    /// towards progress, is never "missing" and is never where a resume lands.
    Partners,
    Reflection,
    /// One area of the health check (the index into the health instrument's areas).
    HealthArea(usize),
    /// What the partnership gives and what it costs: the health check's last screen.
    Balance,
}

/// The health check's sections: its areas, then the balance.
fn health_sections(instruments: &Instruments) -> impl Iterator<Item = Section> {
    (0..instruments.health.scored.dimensions.len())
        .map(Section::HealthArea)
        .chain([Section::Balance])
}

/// The section where what `missing` asks for is answered.
pub fn health_missing_section(
    instruments: &Instruments,
    missing: &crate::health::HealthMissing,
) -> Section {
    match *missing {
        crate::health::HealthMissing::Area { area, .. } => instruments
            .health
            .scored
            .dimensions
            .iter()
            .position(|d| d.id == area)
            .map_or(Section::Balance, Section::HealthArea),
        crate::health::HealthMissing::Balance => Section::Balance,
    }
}

/// The sections of `scope` once `answers` are known: as [`sections`], and in the full
/// assessment the health check comes last when the stage answered is one where the
/// partnership is already running ("doing the work" or "looking back"). It comes after
/// every other section, so the others keep their positions whatever the stage.
pub fn sections_for(instruments: &Instruments, scope: Scope, answers: &Answers) -> Vec<Section> {
    let mut list = sections(instruments, scope);
    if scope == Scope::Full && answers.stage.is_some_and(crate::Stage::is_running) {
        list.extend(health_sections(instruments));
    }
    list
}

/// The sections of `scope`, in the order they are asked, before the answers are known:
/// the full assessment without the health check (see [`sections_for`]).
pub fn sections(instruments: &Instruments, scope: Scope) -> Vec<Section> {
    let dims = (0..instruments.readiness.dimensions.len()).map(Section::Dimension);
    match scope {
        Scope::Full => dims
            .chain([
                Section::Barriers,
                Section::Timing,
                Section::Depth,
                Section::Partners,
                Section::Reflection,
            ])
            .collect(),
        Scope::Readiness => dims.collect(),
        Scope::Barriers => vec![Section::Barriers],
        Scope::Timing => vec![Section::Timing],
        Scope::Depth => vec![Section::Depth],
        Scope::Partners => vec![Section::Partners],
        Scope::Reflection => vec![Section::Reflection],
        Scope::Health => health_sections(instruments).collect(),
    }
}

impl Section {
    /// The readiness dimension this section asks about, if it is one.
    pub fn dimension(self, instruments: &'static Instruments) -> Option<&'static Dimension> {
        match self {
            Section::Dimension(i) => instruments.readiness.dimensions.get(i),
            _ => None,
        }
    }

    /// The health area this section asks about, if it is one.
    pub fn health_area(self, instruments: &Instruments) -> Option<&'static Dimension> {
        match self {
            Section::HealthArea(_) => self.area(instruments),
            _ => None,
        }
    }

    /// The area of agreement statements this section asks about: a readiness dimension or
    /// a health area.
    pub fn area(self, instruments: &Instruments) -> Option<&'static Dimension> {
        match self {
            Section::Dimension(i) => instruments.readiness.dimensions.get(i),
            Section::HealthArea(i) => instruments.health.scored.dimensions.get(i),
            _ => None,
        }
    }

    /// The answers to this section's agreement statements: readiness's, or the health
    /// check's (`None` for a section of other questions).
    pub fn agreement_answers(
        self,
        answers: &Answers,
    ) -> Option<&crate::answers::IdMap<crate::ReadinessAnswer>> {
        match self {
            Section::Dimension(_) => Some(&answers.readiness),
            Section::HealthArea(_) => Some(&answers.health),
            _ => None,
        }
    }

    /// The instrument the section belongs to, as the scope that answers it alone.
    pub fn scope(self) -> Scope {
        match self {
            Section::Dimension(_) => Scope::Readiness,
            Section::Barriers => Scope::Barriers,
            Section::Timing => Scope::Timing,
            Section::Depth => Scope::Depth,
            Section::Partners => Scope::Partners,
            Section::Reflection => Scope::Reflection,
            Section::HealthArea(_) | Section::Balance => Scope::Health,
        }
    }

    /// The section's heading: the area's title, or the instrument's.
    pub fn title(self, instruments: &'static Instruments) -> Text {
        match self.area(instruments) {
            Some(d) => d.title,
            None => self
                .scope()
                .title(instruments)
                .unwrap_or(instruments.readiness.meta.title),
        }
    }

    /// Whether the section's questions use terms the glossary explains ("in kind", "lived
    /// experience", "collective impact", …), so the glossary is offered beside them. Every
    /// section does but the open reflection prompts.
    pub fn asks_terms(self) -> bool {
        self != Section::Reflection
    }

    /// A stable id for the section (used for element ids and keys).
    pub fn id(self, instruments: &'static Instruments) -> &'static str {
        match self {
            // Not an instrument's id: the scope's is the health check's first section.
            Section::Balance => instruments.health.balance.benefits().id,
            _ => self.area(instruments).map_or(self.scope().id(), |d| d.id),
        }
    }

    /// How many questions the section asks. A barrier counts as two (presence and harm).
    pub fn questions(self, instruments: &'static Instruments) -> u32 {
        let t = &instruments.timing;
        let n = match self {
            Section::Dimension(_) | Section::HealthArea(_) => {
                self.area(instruments).map_or(0, |d| d.items.len())
            }
            Section::Barriers => 2 * instruments.barriers.barriers.len(),
            Section::Timing => t.triggers.len() + t.preconditions.len() + t.warnings.len(),
            Section::Depth => 2,
            Section::Partners => 0,
            Section::Reflection => instruments.reflection.prompts.len(),
            Section::Balance => instruments.health.balance.questions.len(),
        };
        n as u32
    }

    /// How many of the section's questions have an answer ("Don't know" and "Not
    /// applicable" count as answers: the respondent has dealt with the question).
    pub fn answered(self, instruments: &'static Instruments, answers: &Answers) -> u32 {
        let t = &instruments.timing;
        let n = match self {
            Section::Dimension(_) | Section::HealthArea(_) => {
                match (self.area(instruments), self.agreement_answers(answers)) {
                    (Some(d), Some(given)) => {
                        d.items.iter().filter(|i| given.contains_key(i.id)).count()
                    }
                    _ => 0,
                }
            }
            Section::Barriers => instruments
                .barriers
                .barriers
                .iter()
                .filter_map(|b| answers.barriers.get(b.id))
                // "Not present" settles the harm question too: it is not asked.
                .map(|a| match a.presence {
                    Some(p) if p.get() == 0 => 2,
                    Some(_) => 1 + usize::from(a.harm.is_some()),
                    None => usize::from(a.harm.is_some()),
                })
                .sum(),
            Section::Timing => t
                .triggers
                .iter()
                .chain(t.preconditions)
                .map(|q| q.id)
                .chain(t.warnings.iter().map(|w| w.id))
                .filter(|id| answers.timing.contains_key(id))
                .count(),
            Section::Depth => {
                usize::from(answers.ambition.is_some()) + usize::from(answers.stage.is_some())
            }
            Section::Partners => 0,
            Section::Reflection => instruments
                .reflection
                .prompts
                .iter()
                .filter(|p| answers.reflections.get(p.id).is_some_and(|t| !t.is_empty()))
                .count(),
            Section::Balance => instruments
                .health
                .balance
                .questions
                .iter()
                .filter(|q| answers.balance.contains_key(q.id))
                .count(),
        };
        n as u32
    }

    /// Seconds the section takes, by the rule in the module documentation.
    fn seconds(self, instruments: &'static Instruments) -> u32 {
        let per = match self {
            Section::Reflection => SECONDS_PER_REFLECTION,
            _ => SECONDS_PER_CHOICE,
        };
        let partners = if self == Section::Partners {
            SECONDS_FOR_PARTNERS
        } else {
            0
        };
        per * self.questions(instruments) + partners
    }
}

/// Questions answered and asked over a whole scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answered: u32,
    pub questions: u32,
}

impl Progress {
    /// Share answered, 0..=100, rounded down (100 only when everything is answered).
    pub fn percent(self) -> u32 {
        (self.answered * 100)
            .checked_div(self.questions)
            .unwrap_or(0)
    }
}

/// Progress over `scope` ([`sections_for`]: with the health check in the full assessment
/// when the partnership is running).
pub fn progress(instruments: &'static Instruments, scope: Scope, answers: &Answers) -> Progress {
    sections_for(instruments, scope, answers).into_iter().fold(
        Progress {
            answered: 0,
            questions: 0,
        },
        |p, s| Progress {
            answered: p.answered + s.answered(instruments, answers),
            questions: p.questions + s.questions(instruments),
        },
    )
}

/// How many questions `scope` asks.
pub fn questions(instruments: &'static Instruments, scope: Scope) -> u32 {
    sections(instruments, scope)
        .into_iter()
        .map(|s| s.questions(instruments))
        .sum()
}

/// How far one section is filled in, as the list of parts to jump to shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filled {
    /// Questions answered of those the section asks.
    Answered(Progress),
    /// The partner map asks no questions: how many organisations are listed on it.
    Listed(usize),
}

/// One section of a scope and how far it is filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartStatus {
    pub section: Section,
    pub filled: Filled,
}

/// Every section of `scope`, in order, with how far `assessment` fills it in.
pub fn parts(
    instruments: &'static Instruments,
    scope: Scope,
    assessment: &Assessment,
) -> Vec<PartStatus> {
    sections_for(instruments, scope, &assessment.answers)
        .into_iter()
        .map(|section| {
            let filled = match section {
                Section::Partners => Filled::Listed(assessment.partners.len()),
                _ => Filled::Answered(Progress {
                    answered: section.answered(instruments, &assessment.answers),
                    questions: section.questions(instruments),
                }),
            };
            PartStatus { section, filled }
        })
        .collect()
}

/// The scope a result was taken in, judged from what it holds, for opening a file: the one
/// part that has answers (partner mapping: organisations listed), else the full
/// assessment. A file of the health check alone then opens on the health check, not on a
/// full assessment whose other parts show as empty and unanswered. A part taken on its own
/// holds nothing of the others, so nothing a file holds is hidden by this.
pub fn scope_held(instruments: &'static Instruments, assessment: &Assessment) -> Scope {
    let holds = |scope: Scope| {
        parts(instruments, scope, assessment)
            .iter()
            .any(|part| match part.filled {
                Filled::Answered(p) => p.answered > 0,
                Filled::Listed(n) => n > 0,
            })
    };
    let mut held = Scope::ALL.into_iter().skip(1).filter(|&scope| holds(scope));
    match (held.next(), held.next()) {
        (Some(only), None) => only,
        _ => Scope::Full,
    }
}

/// The introduction to show above section `index` of `sections`: its instrument's, on the
/// first section that belongs to that instrument (the readiness areas share one), and
/// nothing on the sections after it.
pub fn intro(
    instruments: &'static Instruments,
    sections: &[Section],
    index: usize,
) -> Option<Text> {
    let scope = sections.get(index)?.scope();
    let previous = index
        .checked_sub(1)
        .and_then(|i| sections.get(i))
        .map(|s| s.scope());
    if previous == Some(scope) {
        return None;
    }
    scope.intro(instruments)
}

/// Whether `assessment` holds anything of the respondent's: an answer, a reflection, an
/// organisation name or a partner list. What has none is not worth keeping as a draft, not
/// worth asking about before a file replaces it, and has nothing to carry in an offline
/// copy: this one rule decides all three.
pub fn has_content(assessment: &Assessment) -> bool {
    assessment.answers != Answers::default()
        || assessment.organization_name.is_some()
        || !assessment.partners.is_empty()
}

/// The estimated time for `scope`, in whole minutes (a multiple of five, at least five).
pub fn estimated_minutes(instruments: &'static Instruments, scope: Scope) -> u32 {
    let seconds: u32 = sections(instruments, scope)
        .into_iter()
        .map(|s| s.seconds(instruments))
        .sum();
    // Nearest multiple of 300 seconds, halves up.
    let fives = (seconds + 150) / 300;
    fives.max(1) * 5
}

/// Where to pick up a resumed assessment: the first section of `scope` with an
/// unanswered question (reflections are optional and never hold a respondent back), or
/// the first section when everything is answered.
pub fn resume_at(instruments: &'static Instruments, scope: Scope, answers: &Answers) -> usize {
    sections_for(instruments, scope, answers)
        .iter()
        .position(|s| {
            *s != Section::Reflection && s.answered(instruments, answers) < s.questions(instruments)
        })
        .unwrap_or(0)
}

/// Sections of `scope` with unanswered questions, with how many are unanswered.
pub fn missing(
    instruments: &'static Instruments,
    scope: Scope,
    answers: &Answers,
) -> Vec<(usize, Section, u32)> {
    sections_for(instruments, scope, answers)
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let left = s.questions(instruments) - s.answered(instruments, answers);
            (left > 0).then_some((i, s, left))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{INSTRUMENTS, Rating, ReadinessAnswer, TimingAnswer};

    #[test]
    fn the_full_flow_asks_every_dimension_then_the_other_instruments() {
        let all = sections(&INSTRUMENTS, Scope::Full);
        assert_eq!(all.len(), INSTRUMENTS.readiness.dimensions.len() + 5);
        assert_eq!(all[0], Section::Dimension(0));
        assert_eq!(
            all[all.len() - 2],
            Section::Partners,
            "as in the domain's order"
        );
        assert_eq!(all[all.len() - 1], Section::Reflection);
        assert_eq!(
            sections(&INSTRUMENTS, Scope::Partners),
            vec![Section::Partners]
        );
        assert_eq!(sections(&INSTRUMENTS, Scope::Timing), vec![Section::Timing]);
        let readiness = sections(&INSTRUMENTS, Scope::Readiness);
        assert!(
            readiness
                .iter()
                .all(|s| s.dimension(&INSTRUMENTS).is_some())
        );
    }

    #[test]
    fn question_counts_follow_the_instruments() {
        let items: usize = INSTRUMENTS
            .readiness
            .dimensions
            .iter()
            .map(|d| d.items.len())
            .sum();
        let t = &INSTRUMENTS.timing;
        let expected = items
            + 2 * INSTRUMENTS.barriers.barriers.len()
            + t.triggers.len()
            + t.preconditions.len()
            + t.warnings.len()
            + 2
            + INSTRUMENTS.reflection.prompts.len();
        let p = progress(&INSTRUMENTS, Scope::Full, &Answers::default());
        assert_eq!(p.questions as usize, expected);
        assert_eq!(p.answered, 0);
        assert_eq!(p.percent(), 0);
    }

    #[test]
    fn non_answers_and_half_rated_barriers_count_as_progress() {
        let mut a = Answers::default();
        let first = INSTRUMENTS.readiness.dimensions[0].items[0].id;
        a.set_readiness(first, ReadinessAnswer::DontKnow);
        a.set_barrier("barriers.turf", Rating::new(2), None);
        a.set_timing("timing.trigger.unmet-need", TimingAnswer::DontKnow);
        a.set_reflection("reflection.overlap", "Food banks");
        let p = progress(&INSTRUMENTS, Scope::Full, &a);
        assert_eq!(p.answered, 4);
        assert_eq!(
            Section::Barriers.answered(&INSTRUMENTS, &a),
            1,
            "presence without harm is one of two answers"
        );
        assert_eq!(
            progress(&INSTRUMENTS, Scope::Barriers, &a),
            Progress {
                answered: 1,
                questions: 22
            }
        );
        // "Not present" settles the barrier: its harm question is not asked.
        a.set_barrier("barriers.culture", Rating::new(0), None);
        assert_eq!(Section::Barriers.answered(&INSTRUMENTS, &a), 3);
    }

    #[test]
    fn each_scope_has_the_id_of_its_instrument_and_the_full_one_has_its_own() {
        let i = &INSTRUMENTS;
        let ids: Vec<&str> = Scope::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(
            ids,
            [
                "full",
                i.readiness.meta.id,
                i.barriers.meta.id,
                i.timing.meta.id,
                i.depth.meta.id,
                crate::partners::PARTNER_VOCABULARY.id,
                i.reflection.meta.id,
                i.health.scored.meta.id,
            ]
        );
        assert_eq!(
            ids,
            [
                "full",
                "readiness",
                "barriers",
                "timing",
                "depth",
                "partners",
                "reflection",
                "health"
            ]
        );
        assert_eq!(Scope::ALL[1..], *Scope::EACH);
        assert!(!Scope::EACH.contains(&Scope::Full));
        assert_eq!(Scope::Full.title(i), None);
        assert_eq!(Scope::Full.intro(i), None);
        assert_eq!(Scope::Timing.title(i), Some(i.timing.meta.title));
        assert_eq!(Scope::Depth.intro(i), Some(i.depth.meta.intro));
        assert_eq!(
            Scope::Partners.title(i),
            Some(crate::partners::PARTNER_VOCABULARY.title)
        );
        // Each single-instrument scope's sections belong to it, and a scope of one
        // section carries its title.
        for &scope in Scope::EACH {
            for section in sections(i, scope) {
                assert_eq!(section.scope(), scope);
                if section.area(i).is_none() && section != Section::Balance {
                    assert_eq!(Some(section.title(i)), scope.title(i));
                    assert_eq!(section.id(i), scope.id());
                }
            }
        }
        let first = &i.readiness.dimensions[0];
        assert_eq!(Section::Dimension(0).title(i), first.title);
        assert_eq!(Section::Dimension(0).id(i), first.id);
        assert_eq!(Section::Dimension(999).id(i), "readiness");
        assert_eq!(Section::Dimension(999).title(i), i.readiness.meta.title);
    }

    #[test]
    fn a_file_opens_on_the_one_part_it_holds_else_on_the_full_assessment() {
        let i = &INSTRUMENTS;
        let mut a = Assessment::new(
            crate::ResultId::from_random_bytes([1; 16]),
            crate::Timestamp::from_unix_millis(0),
        );
        assert_eq!(scope_held(i, &a), Scope::Full, "nothing answered");
        let balance = i.health.balance.questions[0].id;
        a.answers
            .set_balance(balance, TimingAnswer::Scale(Rating::new(3).unwrap()));
        assert_eq!(scope_held(i, &a), Scope::Health);
        let statement = i.readiness.dimensions[0].items[0].id;
        a.answers
            .set_readiness(statement, ReadinessAnswer::Scale(Rating::new(2).unwrap()));
        assert_eq!(scope_held(i, &a), Scope::Full, "two parts");
        let mut b = Assessment::new(
            crate::ResultId::from_random_bytes([2; 16]),
            crate::Timestamp::from_unix_millis(0),
        );
        b.answers
            .set_readiness(statement, ReadinessAnswer::Scale(Rating::new(2).unwrap()));
        assert_eq!(scope_held(i, &b), Scope::Readiness);
        b.answers.stage = Some(crate::Stage::Implementation);
        assert_eq!(scope_held(i, &b), Scope::Full, "readiness and a stage");
    }

    #[test]
    fn an_instrument_introduces_itself_once_on_its_first_section() {
        let i = &INSTRUMENTS;
        let all = sections(i, Scope::Full);
        let intros: Vec<Option<Text>> = (0..all.len()).map(|n| intro(i, &all, n)).collect();
        assert_eq!(intros[0], Some(i.readiness.meta.intro));
        let areas = i.readiness.dimensions.len();
        assert!(intros[1..areas].iter().all(Option::is_none));
        assert_eq!(intros[areas], Some(i.barriers.meta.intro));
        assert_eq!(intros.iter().filter(|t| t.is_some()).count(), 6);
        assert_eq!(intro(i, &all, all.len() - 1), Some(i.reflection.meta.intro));
        assert_eq!(intro(i, &all, all.len()), None);
        let readiness = sections(i, Scope::Readiness);
        assert_eq!(intro(i, &readiness, 0), Some(i.readiness.meta.intro));
        assert_eq!(intro(i, &readiness, 1), None);
    }

    #[test]
    fn parts_count_answers_per_section_and_organisations_on_the_partner_map() {
        use crate::partners::{Candidate, Sector};
        let i = &INSTRUMENTS;
        let mut a = Assessment::new(
            crate::ResultId::from_random_bytes([1; 16]),
            crate::Timestamp::from_unix_millis(0),
        );
        a.answers
            .set_barrier("barriers.turf", Rating::new(2), Rating::new(1));
        let candidate = Candidate::new("Harbor Clinic", Sector::other()).expect("a valid name");
        a.partners.add(candidate).expect("room for one");
        let parts = parts(i, Scope::Full, &a);
        assert_eq!(parts.len(), sections(i, Scope::Full).len());
        let find = |s: Section| parts.iter().find(|p| p.section == s).map(|p| p.filled);
        assert_eq!(
            find(Section::Barriers),
            Some(Filled::Answered(Progress {
                answered: 2,
                questions: Section::Barriers.questions(i)
            }))
        );
        assert_eq!(find(Section::Partners), Some(Filled::Listed(1)));
        // The parts add up to the scope's progress.
        let answered: u32 = parts
            .iter()
            .map(|p| match p.filled {
                Filled::Answered(p) => p.answered,
                Filled::Listed(_) => 0,
            })
            .sum();
        assert_eq!(answered, progress(i, Scope::Full, &a.answers).answered);
        assert_eq!(
            questions(i, Scope::Full),
            progress(i, Scope::Full, &a.answers).questions
        );
        assert_eq!(questions(i, Scope::Partners), 0);
    }

    #[test]
    fn the_whole_assessment_takes_about_thirty_minutes() {
        assert_eq!(estimated_minutes(&INSTRUMENTS, Scope::Full), 30);
        assert_eq!(estimated_minutes(&INSTRUMENTS, Scope::Partners), 10);
        assert_eq!(estimated_minutes(&INSTRUMENTS, Scope::Readiness), 10);
        // A short instrument is never estimated below five minutes.
        assert_eq!(estimated_minutes(&INSTRUMENTS, Scope::Depth), 5);
    }

    #[test]
    fn resume_goes_to_the_first_section_with_a_gap_and_missing_lists_every_gap() {
        let mut a = Answers::default();
        for item in INSTRUMENTS.readiness.dimensions[0].items {
            a.set_readiness(item.id, ReadinessAnswer::NotApplicable);
        }
        assert_eq!(resume_at(&INSTRUMENTS, Scope::Full, &a), 1);
        let gaps = missing(&INSTRUMENTS, Scope::Full, &a);
        // Every section but the answered area and the partner map (it asks no questions).
        assert_eq!(gaps.len(), sections(&INSTRUMENTS, Scope::Full).len() - 2);
        assert_eq!(gaps[0].0, 1);
        assert_eq!(
            gaps[0].2,
            INSTRUMENTS.readiness.dimensions[1].items.len() as u32
        );
        // Nothing left but reflections: start again at the beginning.
        let done = Answers {
            ambition: Some(crate::DepthLevel::ResourceCoordination),
            stage: Some(crate::Stage::Design),
            ..Answers::default()
        };
        assert_eq!(resume_at(&INSTRUMENTS, Scope::Depth, &done), 0);
        // The partner map asks no questions: never missing, never where a resume lands.
        assert!(
            missing(&INSTRUMENTS, Scope::Full, &a)
                .iter()
                .all(|g| g.1 != Section::Partners)
        );
        assert_eq!(resume_at(&INSTRUMENTS, Scope::Partners, &a), 0);
    }

    #[test]
    fn the_health_check_joins_the_full_flow_only_for_a_running_partnership() {
        let i = &INSTRUMENTS;
        let areas = i.health.scored.dimensions.len();
        let alone = sections(i, Scope::Health);
        assert_eq!(alone.len(), areas + 1);
        assert_eq!(alone[0], Section::HealthArea(0));
        assert_eq!(alone[areas], Section::Balance);
        assert!(alone.iter().all(|s| s.scope() == Scope::Health));
        assert_eq!(Scope::Health.id(), "health");
        assert_eq!(Scope::Health.title(i), Some(i.health.scored.meta.title));
        assert_eq!(Scope::ALL.last(), Some(&Scope::Health));

        let mut a = Answers::default();
        let full = sections(i, Scope::Full);
        for stage in crate::Stage::ALL {
            a.stage = Some(stage);
            let with = sections_for(i, Scope::Full, &a);
            if stage.is_running() {
                // Appended: every other section keeps its position.
                assert_eq!(with[..full.len()], full[..]);
                assert_eq!(with[full.len()..], alone[..]);
            } else {
                assert_eq!(with, full);
            }
        }
        // Progress, resume and the missing list follow the answer-aware list.
        a.stage = Some(crate::Stage::Evaluation);
        let p = progress(i, Scope::Full, &a);
        assert_eq!(
            p.questions,
            questions(i, Scope::Full) + questions(i, Scope::Health)
        );
        let first = i.health.scored.dimensions[0].items[0].id;
        a.set_health(first, ReadinessAnswer::DontKnow);
        a.set_balance(i.health.balance.costs().id, TimingAnswer::DontKnow);
        assert_eq!(
            progress(i, Scope::Health, &a),
            Progress {
                answered: 2,
                questions: questions(i, Scope::Health)
            }
        );
        assert_eq!(Section::Balance.answered(i, &a), 1);
        assert_eq!(Section::HealthArea(0).answered(i, &a), 1);
        assert_eq!(
            Section::HealthArea(0).title(i),
            i.health.scored.dimensions[0].title
        );
        assert_eq!(
            Section::HealthArea(0).id(i),
            i.health.scored.dimensions[0].id
        );
        assert_eq!(Section::Balance.id(i), "health.balance.benefits");
        assert_eq!(resume_at(i, Scope::Health, &a), 0);
        let gaps = missing(i, Scope::Full, &a);
        assert!(gaps.iter().any(|g| g.1 == Section::Balance && g.2 == 1));
        assert_eq!(intro(i, &alone, 0), Some(i.health.scored.meta.intro));
        assert_eq!(intro(i, &alone, 1), None);
    }
}
