//! Benchmark scenarios for the engine, run in the same release wasm build the widget ships.
//!
//! `cargo xtask bench` builds this crate for wasm32 and times it under Node.js with
//! `xtask/bench-runner.js`. The module has no imports: the runner calls
//! [`scenario_names`] to list scenarios, [`prepare`] once per scenario (building inputs is
//! not timed), then [`run`] repeatedly, timing each call. `run` returns a checksum so the
//! work cannot be optimised away and a wrong result shows up as a changed number.

use partnership_engine::partners::{
    Candidate, Offer, PartnerMap, PartnerRating, Ratings, Sector, smallest_cover,
};
use partnership_engine::{
    Answers, Assessment, Rating, ReadinessAnswer, ResultId, Timestamp, TimingAnswer, evaluate,
    export, import,
};
use std::cell::RefCell;

mod workshop;

/// The scenarios, one per line: `name<TAB>target in ms` (0: no target). The index of a line
/// is the scenario's id for [`prepare`].
pub const SCENARIOS: &str = "evaluate-full-answers\t0\nexport-then-import-document\t0\nworkshop-merge-500-files\t300\ncover-200-candidates-16-needs\t20";

/// What [`prepare`] built for the scenario about to be timed.
enum Prepared {
    Nothing,
    Answers(Box<Answers>),
    Assessment(Box<Assessment>),
    Files(Vec<(String, String)>),
    Partners(Box<PartnerMap>),
}

thread_local! {
    static PREPARED: RefCell<Prepared> = const { RefCell::new(Prepared::Nothing) };
    static WORKSHOP_FILES: RefCell<String> = const { RefCell::new(String::new()) };
}

/// A small deterministic generator, so every run times the same inputs.
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> SplitMix {
        SplitMix(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn rating(&mut self) -> Rating {
        const LOWEST: Rating = match Rating::new(0) {
            Some(rating) => rating,
            None => panic!("0 is a rating"),
        };
        Rating::new(self.below(5) as u8).unwrap_or(LOWEST)
    }
}

/// A complete, realistic answer set: every item answered, a few "Don't know"s.
pub fn full_answers(rng: &mut SplitMix) -> Answers {
    let instruments = &partnership_engine::INSTRUMENTS;
    let mut answers = Answers::default();
    for dimension in instruments.readiness.dimensions {
        for item in dimension.items {
            let answer = match rng.below(10) {
                0 => ReadinessAnswer::DontKnow,
                _ => ReadinessAnswer::Scale(rng.rating()),
            };
            answers.set_readiness(item.id, answer);
        }
    }
    for barrier in instruments.barriers.barriers {
        answers.set_barrier(barrier.id, Some(rng.rating()), Some(rng.rating()));
    }
    let timing = &instruments.timing;
    let warning_ids = timing.warnings.iter().map(|w| w.id);
    let question_ids = timing
        .triggers
        .iter()
        .chain(timing.preconditions)
        .map(|q| q.id);
    for id in question_ids.chain(warning_ids) {
        answers.set_timing(id, TimingAnswer::Scale(rng.rating()));
    }
    for prompt in instruments.reflection.prompts {
        answers.set_reflection(
            prompt.id,
            "We run a food pantry two streets from the clinic.",
        );
    }
    answers
}

/// A full partner map: 200 candidates across the sectors, each offering one to four of the
/// roles and kinds of value (common ones more often), varied ratings, and 16 needs ticked.
pub fn full_partner_map(rng: &mut SplitMix) -> PartnerMap {
    let offers: Vec<Offer> = Offer::all().collect();
    let sectors: Vec<Sector> = Sector::all().collect();
    let mut map = PartnerMap::default();
    for offer in offers.iter().take(16) {
        let _ = map.set_need(*offer, true);
    }
    let level = |rng: &mut SplitMix| match rng.below(3) {
        0 => PartnerRating::Low,
        1 => PartnerRating::Medium,
        _ => PartnerRating::High,
    };
    for i in 0..200 {
        let sector = sectors[rng.below(sectors.len() as u64) as usize];
        let Ok(mut c) = Candidate::new(&format!("Organisation {i}"), sector) else {
            continue;
        };
        for _ in 0..=rng.below(4) {
            // Half the draws come from the first half of the list: some needs are
            // common, others rarer, as in a real community.
            let n = offers.len() as u64;
            let pick = if rng.below(2) == 0 {
                rng.below(n)
            } else {
                rng.below(n / 2)
            };
            c.offers.insert(offers[pick as usize]);
        }
        c.ratings = Ratings {
            mission_alignment: level(rng),
            resource_complementarity: level(rng),
            relationship_potential: level(rng),
            capacity_to_engage: level(rng),
            existing_trust: level(rng),
        }
        .into();
        let _ = map.add(c);
    }
    map
}

/// Builds the inputs of scenario `id`. Returns 0, or 1 for an unknown id.
#[unsafe(no_mangle)]
pub extern "C" fn prepare(id: u32) -> u32 {
    let mut rng = SplitMix::new(0x5EED_0000 + u64::from(id));
    let prepared = match id {
        0 => Prepared::Answers(Box::new(full_answers(&mut rng))),
        1 => {
            let mut assessment = Assessment::new(
                ResultId::from_random_bytes([7; 16]),
                Timestamp::from_unix_millis(1_790_000_000_000),
            );
            assessment.answers = full_answers(&mut rng);
            Prepared::Assessment(Box::new(assessment))
        }
        2 => Prepared::Files(workshop::files(&mut rng)),
        3 => Prepared::Partners(Box::new(full_partner_map(&mut rng))),
        _ => return 1,
    };
    PREPARED.with(|p| *p.borrow_mut() = prepared);
    0
}

/// Runs the prepared scenario once and returns a checksum of its result.
#[unsafe(no_mangle)]
pub extern "C" fn run() -> u32 {
    PREPARED.with(|p| match &*p.borrow() {
        Prepared::Nothing => 0,
        Prepared::Answers(answers) => {
            let report = evaluate(answers);
            u32::from(report.readiness.index.unwrap_or(0)) + report.action_plan.len() as u32
        }
        Prepared::Files(files) => workshop::run(files),
        Prepared::Assessment(assessment) => {
            let json = export(assessment);
            match import(json.as_bytes()) {
                Ok(imported) => json.len() as u32 + imported.warnings.len() as u32,
                Err(_) => u32::MAX,
            }
        }
        Prepared::Partners(map) => {
            let cover = smallest_cover(map.candidates(), map.needs());
            let positions: usize = cover.members.iter().map(|m| m.candidate + 1).sum();
            positions as u32 * 64 + cover.members.len() as u32
        }
    })
}

/// Builds the workshop scenario's 500 files (the same seed as scenario 2) as one JSON array
/// of `[name, contents]` pairs and returns its length; [`workshop_files`] gives its address.
/// The browser bench drops these files into the widget's workshop mode.
#[unsafe(no_mangle)]
pub extern "C" fn workshop_files_len() -> u32 {
    let mut rng = SplitMix::new(0x5EED_0000 + 2);
    let files = workshop::files(&mut rng);
    let mut out = String::from("[");
    for (i, (name, contents)) in files.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        json_string(&mut out, name);
        out.push(',');
        json_string(&mut out, contents);
        out.push(']');
    }
    out.push(']');
    let len = out.len() as u32;
    WORKSHOP_FILES.with(|w| *w.borrow_mut() = out);
    len
}

/// The address of the array built by [`workshop_files_len`].
#[unsafe(no_mangle)]
pub extern "C" fn workshop_files() -> *const u8 {
    WORKSHOP_FILES.with(|w| w.borrow().as_ptr())
}

fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The address of [`SCENARIOS`] in linear memory.
#[unsafe(no_mangle)]
pub extern "C" fn scenario_names() -> *const u8 {
    SCENARIOS.as_ptr()
}

/// The length in bytes of [`SCENARIOS`].
#[unsafe(no_mangle)]
pub extern "C" fn scenario_names_len() -> u32 {
    SCENARIOS.len() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scenario_prepares_and_runs_to_a_stable_nonzero_checksum() {
        for id in 0..SCENARIOS.lines().count() as u32 {
            assert_eq!(prepare(id), 0, "scenario {id}");
            let first = run();
            assert_ne!(first, 0, "scenario {id}");
            assert_ne!(first, u32::MAX, "scenario {id} failed");
            assert_eq!(run(), first, "scenario {id} is deterministic");
        }
        assert_eq!(prepare(99), 1);
    }

    #[test]
    fn the_cover_scenario_searches_all_16_needs() {
        let map = full_partner_map(&mut SplitMix::new(0x5EED_0003));
        assert_eq!(map.len(), 200);
        assert_eq!(map.needs().len(), 16);
        let cover = smallest_cover(map.candidates(), map.needs());
        assert!(
            cover.uncovered.is_empty(),
            "every need is coverable: 2^16 states"
        );
        assert!(cover.members.len() > 2, "{}", cover.members.len());
    }
}
