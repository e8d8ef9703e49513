//! The health check's words come whole from the catalogue: with the pseudo-language
//! installed nothing it says (the recommendation, its reasons, the balance, the warning,
//! what to answer, the plan and why, the areas' statuses, the questions and their
//! guidance) is left in English; Arabic shows no Latin letter and counts in its own
//! forms; Spanish fills every placeholder.

#[path = "common/languages.rs"]
mod languages;

use std::rc::Rc;

use partnership_engine::catalogue::{self, English, install, install_english, install_pseudo};
use partnership_engine::compare::compare;
use partnership_engine::health::{HealthMissing, check_health};
use partnership_engine::words::{checkup, results, start};
use partnership_engine::*;

fn r(v: u8) -> Rating {
    Rating::new(v).expect("a rating")
}

fn h() -> &'static partnership_engine::instrument::HealthInstrument {
    &INSTRUMENTS.health
}

/// Every statement of every area scoring `value`, but `low` areas scoring `value_low`.
fn areas(value: u8, low: &[(&str, u8)]) -> Answers {
    let mut a = Answers::default();
    for d in h().scored.dimensions {
        let v = low
            .iter()
            .find(|(id, _)| *id == d.id)
            .map_or(value, |x| x.1);
        for item in d.items {
            let answer = if item.reverse { 4 - v } else { v };
            a.set_health(item.id, ReadinessAnswer::Scale(r(answer)));
        }
    }
    a
}

fn with_balance(mut a: Answers, benefits: u8, costs: u8) -> Answers {
    a.set_balance(h().balance.benefits().id, TimingAnswer::Scale(r(benefits)));
    a.set_balance(h().balance.costs().id, TimingAnswer::Scale(r(costs)));
    a
}

/// One set of answers per recommendation, one with too few answers, one out of balance.
fn answer_sets() -> Vec<Answers> {
    let mut few = Answers::default();
    let first = &h().scored.dimensions[0];
    few.set_health(first.items[0].id, ReadinessAnswer::DontKnow);
    few.stage = Some(Stage::Implementation);
    let mut unfair = areas(4, &[("results", 2)]);
    unfair.set_health(
        "health.fairness.carrying-more",
        ReadinessAnswer::Scale(r(4)),
    );
    vec![
        with_balance(areas(4, &[]), 4, 1),
        with_balance(areas(3, &[]), 2, 2),
        with_balance(areas(3, &[("learning", 0)]), 3, 2),
        with_balance(areas(3, &[("results", 1)]), 0, 4),
        with_balance(unfair, 3, 1),
        few,
    ]
}

/// Everything the health check says for `answers`, as a person would read it.
fn texts(answers: &Answers) -> Vec<String> {
    let lang = catalogue::language();
    let report = evaluate(answers);
    let health = check_health(h(), answers);
    let mut out: Vec<String> = vec![
        checkup::start_offer().to_owned(),
        checkup::start_offer_help().to_owned(),
        checkup::title().to_owned(),
        checkup::overall(h(), &health),
        checkup::rests_on(&health),
        checkup::balance_title().to_owned(),
        checkup::balance_outcome(health.balance.outcome).to_owned(),
        checkup::recommendation_title().to_owned(),
        checkup::reasons_title().to_owned(),
        checkup::not_enough().to_owned(),
        checkup::imbalance_warning().to_owned(),
        checkup::no_overall().to_owned(),
        checkup::chart_table_caption().to_owned(),
        checkup::compared_caption(Timestamp::from_unix_millis(0)),
        checkup::overall_row().to_owned(),
        checkup::reason_sources().to_owned(),
        checkup::compared_recommendation(health.recommendation, None),
        checkup::compared_recommendation(None, health.recommendation),
        results::area_chart_caption(&h().scored),
        start::scope_label(&INSTRUMENTS, Scope::Health).to_owned(),
    ];
    out.extend(start::scope_help(Scope::Health).map(str::to_owned));
    out.extend(checkup::balance_answers(h(), &health.balance));
    if let Some(rec) = health.recommendation {
        out.push(checkup::recommendation(rec).text().to_owned());
        out.push(checkup::recommendation_summary(rec).to_owned());
    }
    for reason in &health.reasons {
        out.push(checkup::reason(h(), &health, reason));
    }
    for m in &health.missing {
        out.push(checkup::missing(h(), m));
    }
    for more in [1, 2, 3, 11, 100] {
        let m = HealthMissing::Area {
            area: "results",
            more,
        };
        out.push(checkup::missing(h(), &m));
    }
    for d in &health.areas.dimensions {
        out.push(explain::area_status_text(&h().scored, d, &lang));
    }
    for step in health.plan.iter().chain(&report.action_plan) {
        out.push(explain::action_text(step, &lang));
        out.push(explain::explain_action(&INSTRUMENTS, step, &lang));
    }
    let c = compare(&evaluate(&Answers::default()), &report);
    out.push(c.health_index.describe());
    out.extend(c.health_areas.iter().map(|a| a.describe()));

    // The questions as asked.
    let s = &h().scored;
    out.push(s.meta.title.show().to_owned());
    out.push(s.meta.intro.show().to_owned());
    for b in &s.bands {
        out.push(b.label.show().to_owned());
        out.push(b.overall.show().to_owned());
    }
    for d in s.dimensions {
        for t in [d.title, d.summary, d.knowledge_gap, d.action] {
            out.push(t.show().to_owned());
        }
        for band in [
            ReadinessBand::Concern,
            ReadinessBand::Developing,
            ReadinessBand::Strength,
        ] {
            out.push(d.outcome.get(band).show().to_owned());
        }
        for i in d.items {
            for t in [i.text, i.guidance, i.action] {
                out.push(t.show().to_owned());
            }
        }
    }
    for t in s.scale.options().iter().chain(&h().balance.labels) {
        out.push(t.show().to_owned());
    }
    for q in &h().balance.questions {
        out.push(q.text.show().to_owned());
        out.push(q.guidance.show().to_owned());
    }
    out
}

#[test]
fn every_text_of_the_health_check_comes_from_the_catalogue() {
    install_pseudo();
    for answers in answer_sets() {
        let texts = texts(&answers);
        assert!(texts.iter().all(|t| !t.is_empty()));
        languages::assert_from_catalogue(texts);
    }
    install_english();
}

/// What to answer in "Results together" for `more` statements, in the language spoken.
fn more_in_results(more: u32) -> String {
    checkup::missing(
        h(),
        &HealthMissing::Area {
            area: "results",
            more,
        },
    )
}

#[test]
fn arabic_says_it_all_in_arabic_and_counts_in_its_own_forms() {
    install("ar", languages::pack("ar"), Rc::new(languages::Arabic)).expect("the Arabic pack fits");
    let m = more_in_results;
    assert_eq!(m(1), "أجيبوا عن عبارة واحدة أخرى في «النتائج المشتركة».");
    assert_eq!(m(2), "أجيبوا عن عبارتين أخريين في «النتائج المشتركة».");
    assert!(m(3).contains("عبارات أخرى"));
    assert!(m(11).contains("عبارةً أخرى"));
    for answers in answer_sets() {
        for text in texts(&answers) {
            assert!(
                !text.chars().any(|c| c.is_ascii_alphabetic()),
                "Latin letters in Arabic: {text:?}"
            );
            assert!(!text.contains('{'), "a placeholder left unfilled: {text:?}");
        }
    }
    install_english();
}

#[test]
fn spanish_fills_every_placeholder() {
    install("es", languages::pack("es"), Rc::new(English)).expect("the Spanish pack fits");
    assert_eq!(checkup::start_offer(), "Nuestra alianza ya está en marcha");
    let m = more_in_results;
    assert_eq!(
        m(1),
        "Responda 1 afirmación más en “Resultados en conjunto”."
    );
    assert_eq!(
        m(2),
        "Responda 2 afirmaciones más en “Resultados en conjunto”."
    );
    for answers in answer_sets() {
        for text in texts(&answers) {
            assert!(!text.contains('{'), "a placeholder left unfilled: {text:?}");
        }
    }
    install_english();
}
