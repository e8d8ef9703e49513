//! Every sentence of `explain` comes from the catalogue: under the pseudo-language no English
//! word is left outside its brackets, for real result files and for every kind of reason,
//! limit, threshold and step; and in Arabic each count picks the form its number needs.

#[path = "common/languages.rs"]
mod languages;

use partnership_engine::catalogue;
use partnership_engine::explain::*;
use partnership_engine::instrument::{DepthLevel, Stage};
use partnership_engine::partners::{Candidate, Sector};
use partnership_engine::*;
use std::rc::Rc;

fn r(v: u8) -> Rating {
    Rating::new(v).expect("a rating")
}

/// The result files kept as fixtures, imported.
fn fixtures() -> Vec<Assessment> {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "{names:?}");
    names
        .iter()
        .map(|n| {
            let bytes = std::fs::read(format!("{dir}/{n}")).expect("readable");
            import(&bytes)
                .unwrap_or_else(|e| panic!("{n} imports: {e}"))
                .assessment
        })
        .collect()
}

/// Answers that reach every kind of explanation: drivers both ways, reversed statements,
/// "Not applicable" and half-answered areas, knowledge gaps, rated and unrated barriers,
/// warning signs, an ambition and a stage.
fn varied() -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([7; 16]),
        Timestamp::from_unix_millis(1_772_355_600_000),
    );
    let dims = INSTRUMENTS.readiness.dimensions;
    for (i, item) in dims[0].items.iter().enumerate() {
        let v = u8::try_from(i % 5).unwrap_or(0);
        a.answers
            .set_readiness(item.id, ReadinessAnswer::Scale(r(v)));
    }
    for item in dims[1].items {
        a.answers
            .set_readiness(item.id, ReadinessAnswer::NotApplicable);
    }
    a.answers
        .set_readiness(dims[2].items[0].id, ReadinessAnswer::Scale(r(1)));
    for item in dims[3].items {
        a.answers.set_readiness(item.id, ReadinessAnswer::DontKnow);
    }
    for item in dims[4].items {
        let v = if item.reverse { 4 } else { 0 };
        a.answers
            .set_readiness(item.id, ReadinessAnswer::Scale(r(v)));
    }
    let t = &INSTRUMENTS.timing;
    a.answers
        .set_timing(t.triggers[0].id, TimingAnswer::Scale(r(4)));
    a.answers
        .set_timing(t.preconditions[0].id, TimingAnswer::Scale(r(1)));
    a.answers
        .set_timing(t.preconditions[1].id, TimingAnswer::Scale(r(4)));
    for w in t.warnings {
        a.answers.set_timing(w.id, TimingAnswer::Scale(r(4)));
    }
    let barriers = INSTRUMENTS.barriers.barriers;
    a.answers
        .set_barrier(barriers[0].id, Some(r(4)), Some(r(4)));
    a.answers
        .set_barrier(barriers[1].id, Some(r(3)), Some(r(3)));
    a.answers
        .set_barrier(barriers[2].id, Some(r(1)), Some(r(2)));
    a.answers.ambition = Some(DepthLevel::ProgramCollaboration);
    a.answers.stage = Some(Stage::Relationship);
    a
}

/// Every sentence and label `explain` gives for one assessment, in `lang`.
fn explained(a: &Assessment, lang: &str) -> Vec<String> {
    let i = &INSTRUMENTS;
    let report = evaluate(&a.answers);
    let mut out = Vec::new();
    for d in &report.readiness.dimensions {
        out.push(dimension_status_text(i, d, lang));
        out.push(dimension_status_label(i, d, lang).to_owned());
        out.extend(
            d.drivers
                .iter()
                .map(|x| explain_driver_sentence(i, x, lang)),
        );
        out.extend(explain_knowledge_gap(i, d, lang));
        out.push(dimension_name(i, d.dimension, lang).to_owned());
    }
    for (item, answer) in &a.answers.readiness {
        if i.readiness.item(item).is_some() {
            out.push(readiness_answer_label(i, *answer, lang).to_owned());
        }
    }
    let r = &report;
    out.extend(
        r.readiness
            .drivers
            .iter()
            .map(|x| explain_dimension_driver(i, x, lang)),
    );
    out.extend(
        r.timing
            .reasons
            .iter()
            .map(|x| explain_timing_reason(i, x, lang)),
    );
    out.extend(
        r.timing
            .warnings
            .iter()
            .filter_map(|x| explain_warning(i, x, lang)),
    );
    out.extend(
        r.barriers
            .ranked
            .iter()
            .map(|x| explain_barrier_risk(i, x, lang)),
    );
    out.extend(
        r.barriers
            .ranked
            .iter()
            .map(|x| barrier_name(i, x.barrier, lang).to_owned()),
    );
    out.extend(
        r.depth
            .limits
            .iter()
            .map(|x| explain_depth_limit(i, x, lang)),
    );
    if let Some(next) = &r.depth.next {
        out.extend(
            next.missing
                .iter()
                .map(|x| explain_missing_threshold(i, x, lang)),
        );
        out.extend(next.limits.iter().map(|x| explain_depth_limit(i, x, lang)));
    }
    out.extend(r.action_plan.iter().map(|x| explain_action(i, x, lang)));
    out.push(saved_work(i, a));
    out
}

/// One of each kind of reason, limit, threshold and step, with realistic values, and the
/// stand-in names for ids the instruments do not know.
fn every_kind(lang: &str) -> Vec<String> {
    let i = &INSTRUMENTS;
    let t = &i.timing;
    let trigger = t.triggers[0].id;
    let pre = t.preconditions[0].id;
    let warning = t.warnings[0].id;
    let barrier = i.barriers.barriers[0].id;
    let reasons = [
        TimingReason::StrongTrigger {
            item: trigger,
            value: 4,
        },
        TimingReason::TooFewStrongTriggers {
            strong: 0,
            needed: 2,
        },
        TimingReason::TooFewStrongTriggers {
            strong: 1,
            needed: 2,
        },
        TimingReason::PreconditionMet {
            item: pre,
            value: 3,
        },
        TimingReason::PreconditionNotMet {
            item: pre,
            value: 1,
        },
        TimingReason::PreconditionUnknown { item: pre },
        TimingReason::ReadinessIndexMet { index: 64, min: 50 },
        TimingReason::ReadinessIndexLow { index: 41, min: 50 },
        TimingReason::ReadinessEvidenceThin {
            valid: 0,
            total: 8,
            needed: 6,
        },
        TimingReason::ReadinessEvidenceThin {
            valid: 3,
            total: 8,
            needed: 6,
        },
        TimingReason::BarrierScanIncomplete {
            unrated: 1,
            total: 10,
        },
        TimingReason::BarrierScanIncomplete {
            unrated: 7,
            total: 10,
        },
        TimingReason::WarningSignCaps { warning, value: 4 },
        TimingReason::BlockingBarrier { barrier, risk: 16 },
    ];
    let mut out: Vec<String> = reasons
        .iter()
        .map(|x| explain_timing_reason(i, x, lang))
        .collect();
    for current in [Some(45), None] {
        out.push(explain_missing_threshold(
            i,
            &MissingThreshold::Trust {
                needed: 60,
                current,
            },
            lang,
        ));
        out.push(explain_missing_threshold(
            i,
            &MissingThreshold::ReadinessIndex {
                needed: 50,
                current,
            },
            lang,
        ));
    }
    let limits = [
        DepthLimit::Verdict {
            verdict: TimingVerdict::StartSmall,
            level: DepthLevel::ResourceCoordination,
        },
        DepthLimit::CriticalBarrier {
            barrier,
            level: DepthLevel::ResourceCoordination,
        },
        DepthLimit::Ambition {
            level: DepthLevel::StrategicAlliance,
        },
    ];
    out.extend(limits.iter().map(|x| explain_depth_limit(i, x, lang)));
    let area = i.readiness.dimensions[0].id;
    let steps = [
        (PlanStepKind::BlockingBarrier, LinkKind::Barrier, barrier),
        (PlanStepKind::HighBarrier, LinkKind::Barrier, barrier),
        (PlanStepKind::ConcernDimension, LinkKind::Dimension, area),
        (PlanStepKind::DevelopingDimension, LinkKind::Dimension, area),
        (PlanStepKind::KnowledgeGap, LinkKind::Dimension, area),
        (PlanStepKind::WarningSign, LinkKind::Warning, warning),
        (PlanStepKind::Stage, LinkKind::Stage, Stage::Design.id()),
        (
            PlanStepKind::TimingVerdict,
            LinkKind::Verdict,
            TimingVerdict::NotYet.id(),
        ),
    ];
    for (kind, link, id) in steps {
        let step = PlanStep {
            kind,
            text: None,
            links: vec![Link { kind: link, id }],
            partner: None,
        };
        out.push(explain_action(i, &step, lang));
    }
    // The partner map's steps: whom to talk to first (with and without the needs it
    // brings), and a need nobody brings.
    let need = |id| Link {
        kind: LinkKind::Need,
        id,
    };
    let immediate = Link {
        kind: LinkKind::Priority,
        id: "immediate",
    };
    for links in [
        vec![immediate, need("funding"), need("space")],
        vec![immediate],
    ] {
        let step = PlanStep {
            kind: PlanStepKind::PartnerFirst,
            text: None,
            links,
            partner: Some(partnership_engine::plan::PartnerSource {
                position: 2,
                // Arabic-Indic digits: no letters (the pseudo-language check) and no ASCII
                // digits (the Arabic check).
                name: "١٠١".to_owned(),
            }),
        };
        out.push(partnership_engine::explain::action_text(&step, lang));
        out.push(explain_action(i, &step, lang));
    }
    let gap = PlanStep {
        kind: PlanStepKind::PartnerGap,
        text: None,
        links: vec![need("data"), need("space")],
        partner: None,
    };
    out.push(partnership_engine::explain::action_text(&gap, lang));
    out.push(explain_action(i, &gap, lang));
    for (effect, reversed) in [(50, false), (-25, true), (0, true), (0, false)] {
        let driver = partnership_engine::readiness::ItemDriver {
            item: i.readiness.dimensions[0].items[0].id,
            answer: 2,
            value: 2,
            reversed,
            effect,
        };
        out.push(explain_driver_sentence(i, &driver, lang));
    }
    for effect in [20, -20, 0, 1] {
        let driver = partnership_engine::readiness::DimensionDriver {
            dimension: "trust",
            weight: 1,
            score: u8::try_from(50 + i16::from(effect)).unwrap_or(50),
            effect,
        };
        out.push(explain_dimension_driver(i, &driver, lang));
    }
    out.push(dimension_name(i, "no-such-area", lang).to_owned());
    out.push(barrier_name(i, "no-such-barrier", lang).to_owned());
    out
}

/// An assessment with `questions` readiness statements answered and `organizations` listed.
fn saved(questions: usize, organizations: usize) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([3; 16]),
        Timestamp::from_unix_millis(1_772_355_600_000),
    );
    let items = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter());
    for item in items.take(questions) {
        a.answers.set_readiness(item.id, ReadinessAnswer::DontKnow);
    }
    for n in 0..organizations {
        let c = Candidate::new(&format!("org-{n}"), Sector::other()).expect("a valid name");
        a.partners.add(c).expect("room");
    }
    a
}

#[test]
fn no_explanation_bypasses_the_catalogue() {
    catalogue::install_pseudo();
    let lang = catalogue::language();
    let mut all = every_kind(&lang);
    for a in fixtures().iter().chain([&varied()]) {
        all.extend(explained(a, &lang));
    }
    for (q, o) in [(0, 0), (1, 0), (0, 1), (2, 3)] {
        all.push(saved_work(&INSTRUMENTS, &saved(q, o)));
    }
    catalogue::install_english();
    assert!(all.len() > 150, "{}", all.len());
    for text in &all {
        assert!(
            catalogue::untranslated(text).is_empty(),
            "{text}: {:?}",
            catalogue::untranslated(text)
        );
    }
}

#[test]
fn an_english_export_keeps_english_labels_while_another_language_is_spoken() {
    let (tag, pack) = catalogue::PACKS[0];
    catalogue::install(tag, pack, Rc::new(catalogue::English)).expect("the pack fits");
    let report = evaluate(&saved(0, 0).answers);
    let label = dimension_status_label(&INSTRUMENTS, &report.readiness.dimensions[0], "en");
    let name = dimension_name(&INSTRUMENTS, "no-such-area", "en");
    catalogue::install_english();
    assert_eq!(label, "Not enough answers");
    assert_eq!(name, "An area of readiness");
}

use languages::Arabic;

fn install_arabic() {
    let pack = languages::pack("ar");
    catalogue::install("ar", pack, Rc::new(Arabic)).expect("the pack fits");
}

#[test]
fn arabic_counts_take_the_form_their_number_needs() {
    install_arabic();
    let work: Vec<String> = [(1, 0), (2, 0), (3, 0), (12, 0), (0, 1), (0, 2), (5, 11)]
        .iter()
        .map(|(q, o)| saved_work(&INSTRUMENTS, &saved(*q, *o)))
        .collect();
    let area = |effect: i8| {
        let driver = partnership_engine::readiness::DimensionDriver {
            dimension: "trust",
            weight: 1,
            score: u8::try_from(50 + i16::from(effect)).unwrap_or(50),
            effect,
        };
        explain_dimension_driver(&INSTRUMENTS, &driver, "ar")
    };
    let areas = [area(1), area(-2), area(5), area(-20), area(0)];
    let unrated = |n: u32| {
        explain_timing_reason(
            &INSTRUMENTS,
            &TimingReason::BarrierScanIncomplete {
                unrated: n,
                total: 10,
            },
            "ar",
        )
    };
    let barriers = [unrated(1), unrated(2), unrated(4)];
    let all = [every_kind("ar"), explained(&varied(), "ar")].concat();
    catalogue::install_english();

    assert_eq!(
        work,
        [
            "إجابة عن سؤال واحد",
            "إجابات عن سؤالين",
            "إجابات عن ٣ أسئلة",
            "إجابات عن ١٢ سؤالًا",
            "منظمة واحدة في القائمة",
            "منظمتان في القائمة",
            "إجابات عن ٥ أسئلة و١١ منظمةً في القائمة",
        ]
    );
    assert!(areas[0].contains("بنقطة واحدة"), "{}", areas[0]);
    assert!(
        areas[1].contains("بنقطتين") && areas[1].contains("٤٨"),
        "{}",
        areas[1]
    );
    assert!(areas[2].contains("بـ٥ نقاط"), "{}", areas[2]);
    assert!(areas[3].contains("بـ٢٠ نقطةً"), "{}", areas[3]);
    assert!(areas[4].contains("منتصف المقياس تمامًا"), "{}", areas[4]);
    assert!(
        // The name is isolated (U+2068 … U+2069) inside an Arabic sentence.
        areas[0].contains("«\u{2068}الثقة والتاريخ المشترك\u{2069}»"),
        "{}",
        areas[0]
    );
    assert!(
        barriers[0].starts_with("لم يُقيَّم بعد عائق واحد"),
        "{}",
        barriers[0]
    );
    assert!(
        barriers[1].starts_with("لم يُقيَّم بعد عائقان"),
        "{}",
        barriers[1]
    );
    assert!(
        barriers[2].starts_with("لم تُقيَّم بعد ٤ عوائق"),
        "{}",
        barriers[2]
    );
    assert!(barriers[2].contains("١٠"), "{}", barriers[2]);
    for text in &all {
        assert!(
            !text.chars().any(|c| c.is_ascii_alphanumeric()),
            "Latin letters or digits in Arabic: {text}"
        );
    }
}

#[test]
fn spanish_counts_agree_with_their_number() {
    let pack = languages::pack("es");
    catalogue::install("es", pack, Rc::new(catalogue::English)).expect("the pack fits");
    let one = saved_work(&INSTRUMENTS, &saved(1, 1));
    let many = saved_work(&INSTRUMENTS, &saved(4, 2));
    let limit = explain_depth_limit(
        &INSTRUMENTS,
        &DepthLimit::Ambition {
            level: DepthLevel::StrategicAlliance,
        },
        "es",
    );
    catalogue::install_english();
    assert_eq!(one, "1 pregunta respondida y 1 organización en la lista");
    assert_eq!(
        many,
        "4 preguntas respondidas y 2 organizaciones en la lista"
    );
    assert!(limit.contains("“Alianza estratégica”"), "{limit}");
}
