//! Answers the browser tests load into the widget, built with the engine's own types: the
//! ratings and the barrier and timing answers every complete result needs, leaning a way
//! (`lean`) so two results differ. Kept apart from `harness/`, which knows nothing of the
//! engine.

use partnership_engine::{Answers, Assessment, INSTRUMENTS, Rating, TimingAnswer, export};

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

/// Opens `assessment` in the widget through the element's `load()`, as a host page would,
/// and waits for the results, whose title is `results_title` in the language spoken.
pub async fn load(session: &crate::harness::Session, assessment: &Assessment, results_title: &str) {
    let json = export(assessment);
    let _: bool = session
        .eval(&format!(
            "document.querySelector('partnership-assessment').load(JSON.parse({json:?})).then(function () {{ return true; }})"
        ))
        .await;
    session.find("heading", results_title).await;
}
