//! The results, summary, questions, pages and glossary words, and the comparison's words,
//! come whole from the catalogue: with the pseudo-language installed nothing they produce
//! for realistic answers is left in English, and in Arabic every count takes the form the
//! language's plural rules choose.

#[path = "common/languages.rs"]
mod languages;

use std::rc::Rc;

use partnership_engine::catalogue::{
    self, Conventions, English, PluralCategory, install, install_english, install_pseudo,
    untranslated,
};
use partnership_engine::compare::compare;
use partnership_engine::flow::{self, Filled, Progress, Scope};
use partnership_engine::summary::{first_steps, top_risks};
use partnership_engine::words::{glossary, pages, questions, results, summary};
use partnership_engine::*;

fn r(v: u8) -> Rating {
    Rating::new(v).expect("a rating")
}

fn at() -> Timestamp {
    Timestamp::from_unix_millis(1_772_355_600_000)
}

/// Answers of several shapes: nothing, everything ready, and a mixed half-way point with
/// "Don't know", "Not applicable", barriers rated high and warning signs present.
fn answer_sets() -> Vec<Answers> {
    let mut ready = Answers::default();
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            let v = if item.reverse { 0 } else { Rating::MAX };
            ready.set_readiness(item.id, ReadinessAnswer::Scale(r(v)));
        }
    }
    for b in INSTRUMENTS.barriers.barriers {
        ready.set_barrier(b.id, Some(r(0)), None);
    }
    let t = &INSTRUMENTS.timing;
    for q in t.triggers.iter().chain(t.preconditions) {
        ready.set_timing(q.id, TimingAnswer::Scale(r(4)));
    }
    for w in t.warnings {
        ready.set_timing(w.id, TimingAnswer::Scale(r(0)));
    }
    ready.ambition = Some(DepthLevel::ProgramCollaboration);
    ready.stage = Some(Stage::Design);

    let mut mixed = Answers::default();
    for (i, d) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
        for (j, item) in d.items.iter().enumerate() {
            let answer = match (i + j) % 4 {
                0 => ReadinessAnswer::DontKnow,
                1 => ReadinessAnswer::NotApplicable,
                _ => ReadinessAnswer::Scale(r(((i + j) % 5) as u8)),
            };
            if i != 2 {
                mixed.set_readiness(item.id, answer);
            }
        }
    }
    for (i, b) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
        if i % 3 != 0 {
            mixed.set_barrier(b.id, Some(r(4)), Some(r((i % 5) as u8)));
        }
    }
    for w in t.warnings {
        mixed.set_timing(w.id, TimingAnswer::Scale(r(4)));
    }
    mixed.ambition = Some(DepthLevel::CollectiveImpact);
    mixed.stage = Some(Stage::Mapping);

    vec![Answers::default(), ready, mixed]
}

/// Every text the words of these screens make for `answers`, as a person would read it.
fn texts(answers: &Answers) -> Vec<String> {
    let report = evaluate(answers);
    let lang = catalogue::language();
    let mut out: Vec<String> = Vec::new();

    // The results screen.
    out.push(results::about(None, at()));
    out.push(results::about(Some("#7"), at()));
    for scope in Scope::ALL {
        out.extend(
            results::unanswered_sections(&INSTRUMENTS, scope, answers, &lang)
                .into_iter()
                .map(|(_, label)| label),
        );
    }
    let rd = &report.readiness;
    if let (Some(index), Some(band)) = (rd.index, rd.band) {
        let label = INSTRUMENTS.readiness.band(band).label.show();
        let (before, number, after) = results::out_of_max(index, label);
        out.push(format!("{before}{number}{after}"));
    }
    out.push(results::based_on(rd.valid_dimensions, rd.total_dimensions));
    out.push(results::not_worked_out());
    out.extend(results::how_scores_work());
    out.push(results::chart_caption());
    for n in [1, 2, 3, 8, 11, 14, 100] {
        out.push(results::areas_heading(n));
    }
    for d in &rd.dimensions {
        out.push(results::status_text(d));
        let title = INSTRUMENTS
            .readiness
            .dimensions
            .iter()
            .find(|def| def.id == d.dimension)
            .map_or("", |def| def.title.show());
        out.push(results::area_label(title));
        if let Some(score) = d.score {
            out.push(results::why_scored(title, score));
        }
    }
    out.push(results::barriers_unrated(
        report.barriers.unrated.len(),
        INSTRUMENTS.barriers.barriers.len(),
    ));
    let verdict = INSTRUMENTS.timing.verdict(report.timing.verdict);
    out.push(results::timing_heading(verdict.title.show()));
    if let Some(level) = report.depth.recommended {
        out.push(results::depth_start(
            INSTRUMENTS.depth.level(level).title.show(),
        ));
    }
    if let Some(level) = report.depth.ambition {
        out.push(results::ambition(
            INSTRUMENTS.depth.level(level).title.show(),
        ));
    }
    if let Some(next) = &report.depth.next {
        out.push(results::next_level(
            INSTRUMENTS.depth.level(next.level).title.show(),
        ));
    }
    if let Some(stage) = &report.stage {
        out.push(results::stage_now(
            INSTRUMENTS.depth.stage(stage.stage).title.show(),
        ));
    }
    out.push(results::compare_failed(
        catalogue::msg::MESSAGES_FILE_UNREADABLE.text(),
    ));
    out.push(results::compared_with(at()));
    out.push(results::barrier_risk_caption());
    out.push(results::compared_score(Some(42)));
    out.push(results::compared_score(None));
    let comparison = compare(&evaluate(&Answers::default()), &report);
    let reversed = compare(&report, &evaluate(&Answers::default()));
    for c in [&comparison, &reversed] {
        out.push(c.index.describe());
        out.extend(c.dimensions.iter().map(|d| d.describe()));
        out.extend(c.barriers.iter().map(|b| b.describe()));
    }
    out.push(compare(&report, &report).index.describe());

    // The summary.
    out.push(summary::verdict(verdict.title.show()));
    for risk in top_risks(&report) {
        let title = INSTRUMENTS
            .barriers
            .barrier(risk.barrier)
            .map_or("", |b| b.title.show());
        let level = INSTRUMENTS.barriers.band(risk.level).label.show();
        out.push(summary::risk(title, level));
    }
    for n in 0..=first_steps(&report).len().max(3) {
        out.push(summary::steps_title(n));
    }

    // The questions and their pages.
    let progress = flow::progress(&INSTRUMENTS, Scope::Full, answers);
    let parts = flow::sections(&INSTRUMENTS, Scope::Full).len();
    out.push(questions::progress(1, parts, progress));
    out.push(pages::progress(3, parts, 1, 1, progress));
    out.push(pages::progress(9, parts, 2, 5, progress));
    out.push(pages::all_parts(parts));
    for n in [0, 1, 2, 7] {
        out.push(pages::show_choices(n));
    }
    out.push(questions::next(false).to_owned());
    out.push(questions::next(true).to_owned());
    let mut assessment = Assessment::new(ResultId::from_random_bytes([3; 16]), at());
    assessment.answers = answers.clone();
    for part in flow::parts(&INSTRUMENTS, Scope::Full, &assessment) {
        out.push(questions::part_count(part.filled));
    }
    for n in [0, 1, 2, 5, 12] {
        out.push(questions::part_count(Filled::Listed(n)));
    }
    let band = rd.band.map(|b| INSTRUMENTS.readiness.band(b).label.show());
    out.push(questions::so_far(rd.index.zip(band), verdict.title.show()));
    out.push(questions::so_far(None, verdict.title.show()));

    // The glossary.
    for e in glossary::ENTRIES {
        out.push(e.term().to_owned());
        out.push(e.meaning().to_owned());
    }
    out
}

#[test]
fn every_text_of_these_screens_comes_from_the_catalogue() {
    install_pseudo();
    for answers in answer_sets() {
        for text in texts(&answers) {
            assert!(
                untranslated(&text).is_empty(),
                "English outside the catalogue: {:?} in {text:?}",
                untranslated(&text)
            );
            assert!(!text.contains('{'), "a placeholder left unfilled: {text:?}");
        }
    }
    install_english();
}

/// Arabic's plural rules, as `Intl.PluralRules("ar")` gives them for whole numbers.
struct Arabic;

impl Conventions for Arabic {
    fn plural(&self, n: u64) -> PluralCategory {
        languages::arabic_plural(n)
    }
    fn number(&self, n: i64) -> String {
        English.number(n)
    }
    fn date(&self, unix_millis: i64) -> String {
        English.date(unix_millis)
    }
}

use languages::pack;

#[test]
fn arabic_counts_take_the_form_their_number_needs() {
    install("ar", pack("ar"), Rc::new(Arabic)).expect("the Arabic pack fits");
    assert_eq!(summary::steps_title(1), "خطوتكم الأولى");
    assert_eq!(summary::steps_title(2), "خطوتاكم الأوليان");
    assert_eq!(summary::steps_title(3), "أول 3 خطوات لكم");
    assert_eq!(
        questions::part_count(Filled::Listed(1)),
        "منظمة واحدة في القائمة"
    );
    assert_eq!(
        questions::part_count(Filled::Listed(2)),
        "منظمتان في القائمة"
    );
    assert_eq!(
        questions::part_count(Filled::Listed(5)),
        "5 منظمات في القائمة"
    );
    assert_eq!(
        questions::part_count(Filled::Listed(11)),
        "11 منظمةً في القائمة"
    );
    assert_eq!(
        questions::part_count(Filled::Listed(100)),
        "100 منظمة في القائمة"
    );
    assert_eq!(results::areas_heading(8), "الجاهزية في ثمانية مجالات");
    assert_eq!(results::areas_heading(14), "الجاهزية في 14 مجالًا");
    let p = |answered, questions| Progress {
        answered,
        questions,
    };
    assert!(questions::progress(2, 13, p(3, 81)).ends_with("من أصل 81 سؤالًا."));
    assert!(questions::progress(1, 1, p(0, 2)).ends_with("من أصل سؤالين."));
    assert!(questions::progress(1, 1, p(0, 10)).ends_with("من أصل 10 أسئلة."));
    assert!(pages::progress(9, 13, 2, 5, p(3, 101)).ends_with("من أصل 101 سؤال."));
    assert_eq!(pages::show_choices(2), "اعرضوا الخيارات (خياران محددان)");
    assert_eq!(results::unanswered("أ", 7), "أ: 7 أسئلة بلا إجابة");
    assert_eq!(
        results::based_on(6, 8),
        format!(
            "بناءً على 6 من أصل 8 مجالات. {}",
            "أما المجالات التي لا تكفي إجاباتها فتُستبعد، ولا تُحسب صفرًا."
        )
    );
    // Arabic shows no Latin letter anywhere on these screens.
    for answers in answer_sets() {
        for text in texts(&answers) {
            let without_ids = text.replace("#7", "");
            assert!(
                !without_ids.chars().any(|c| c.is_ascii_alphabetic()),
                "Latin letters in Arabic: {text:?}"
            );
            assert!(!text.contains('{'), "a placeholder left unfilled: {text:?}");
        }
    }
    install_english();
}

#[test]
fn spanish_fills_every_placeholder_and_counts_in_two_forms() {
    install("es", pack("es"), Rc::new(English)).expect("the Spanish pack fits");
    assert_eq!(summary::steps_title(1), "Su primer paso");
    assert_eq!(summary::steps_title(3), "Sus primeros 3 pasos");
    assert_eq!(
        results::areas_heading(8),
        "Las ocho áreas de la preparación"
    );
    assert_eq!(
        results::out_of_max(62, "En desarrollo"),
        (
            String::new(),
            "62".to_owned(),
            " de 100: En desarrollo".to_owned()
        )
    );
    for answers in answer_sets() {
        for text in texts(&answers) {
            assert!(!text.contains('{'), "a placeholder left unfilled: {text:?}");
        }
    }
    install_english();
}
