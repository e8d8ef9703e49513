//! Answers the browser tests load into the widget, built with the engine's own types: the
//! ratings and the barrier and timing answers every complete result needs, leaning a way
//! (`lean`) so two results differ. Kept apart from `harness/`, which knows nothing of the
//! engine.

use partnership_engine::{Answers, INSTRUMENTS, Rating, TimingAnswer};

/// A rating within 0..=4, wrapping.
pub fn rating(n: usize) -> Rating {
    Rating::new((n % 5) as u8).expect("a rating within 0..=4")
}

/// Every barrier (present and harmful to varying degrees) and every timing statement
/// answered on the scale, shifted by `lean`.
pub fn barriers_and_timing(answers: &mut Answers, lean: usize) {
    for (i, b) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
        answers.set_barrier(b.id, Some(rating(i + lean)), Some(rating(i * 3 + 1)));
    }
    let t = &INSTRUMENTS.timing;
    let ids = t
        .triggers
        .iter()
        .chain(t.preconditions)
        .map(|q| q.id)
        .chain(t.warnings.iter().map(|w| w.id));
    for (i, id) in ids.enumerate() {
        answers.set_timing(id, TimingAnswer::Scale(rating(i + lean)));
    }
}
