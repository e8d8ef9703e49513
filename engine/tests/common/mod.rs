//! What the engine's test files share: small hand-made instruments for scoring tests,
//! built from the same types as the generated ones (leaked into `'static`, fine in tests,
//! so reports can borrow them); the example assessment and partner map; the proptest
//! configuration; the check of a frozen fixture; and the check of a generated file.

#![allow(dead_code)]

use partnership_engine::instrument::*;
use partnership_engine::partners::{PartnerRating, Ratings};
use partnership_engine::{Answers, Rating, ReadinessAnswer, Text, TimingAnswer};

pub fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

pub fn s(v: String) -> &'static str {
    Box::leak(v.into_boxed_str())
}

/// A hand-made text: a number of its own past the catalogue's (so it shows as empty), the
/// same number for the same `en` within a test, so a test compares texts by their number.
pub fn t(en: &str) -> Text {
    thread_local! {
        static MADE: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let n = MADE.with(|m| {
        let mut m = m.borrow_mut();
        m.iter().position(|e| e == en).unwrap_or_else(|| {
            m.push(en.to_owned());
            m.len() - 1
        })
    });
    Text::new(u16::try_from(60_000 + n).expect("fewer than 5,000 hand-made texts"))
}

pub fn r(v: u8) -> Rating {
    Rating::new(v).expect("test rating within 0..=4")
}

pub fn scale(v: u8) -> ReadinessAnswer {
    ReadinessAnswer::Scale(r(v))
}

pub fn timing(v: u8) -> TimingAnswer {
    TimingAnswer::Scale(r(v))
}

/// Every statement of the built-in health check, in instrument order.
pub fn health_items() -> Vec<&'static str> {
    partnership_engine::INSTRUMENTS
        .health
        .scored
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .map(|i| i.id)
        .collect()
}

/// Answers the built-in health check from generated codes: a statement `0..=4` on the
/// scale, 5 "Don't know", 6 "Not applicable", anything else unanswered (one code per
/// statement of [`health_items`]); a balance question (`[benefits, costs]`) `0..=4`, 5
/// "Don't know", anything else unanswered.
pub fn answer_health(answers: &mut Answers, statements: &[u8], [benefits, costs]: [u8; 2]) {
    for (item, &v) in health_items().iter().zip(statements) {
        let answer = match v {
            5 => Some(ReadinessAnswer::DontKnow),
            6 => Some(ReadinessAnswer::NotApplicable),
            v => Rating::new(v).map(ReadinessAnswer::Scale),
        };
        answers.set_health(item, answer);
    }
    let amount = |v: u8| match v {
        5 => Some(TimingAnswer::DontKnow),
        v => Rating::new(v).map(TimingAnswer::Scale),
    };
    let q = &partnership_engine::INSTRUMENTS.health.balance;
    answers.set_balance(q.benefits().id, amount(benefits));
    answers.set_balance(q.costs().id, amount(costs));
}

/// A dimension: id, weight, and one `reverse` flag per item. Items are named
/// `readiness.<dim>.i0`, `…i1`, ….
pub struct Dim {
    pub id: &'static str,
    pub weight: u32,
    pub reverse: Vec<bool>,
}

pub fn dim(id: &'static str, weight: u32, items: usize) -> Dim {
    Dim {
        id,
        weight,
        reverse: vec![false; items],
    }
}

pub fn item_id(dim: &str, i: usize) -> String {
    format!("readiness.{dim}.i{i}")
}

/// Levels: (min_readiness, min_trust) for resource coordination, program collaboration,
/// strategic alliance, collective impact.
pub const LEVELS: [(u8, u8); 4] = [(0, 0), (50, 50), (65, 60), (80, 75)];

fn meta(id: &'static str) -> InstrumentMeta {
    InstrumentMeta {
        id,
        version: 1,
        title: t(id),
        intro: t("intro"),
    }
}

fn five() -> [Text; 5] {
    [t("0"), t("1"), t("2"), t("3"), t("4")]
}

/// Hand-made instruments: the given readiness dimensions, barriers `barriers.a` to
/// `barriers.c` (two mitigations each; bands low 0-3, moderate 4-7, high 8-11, critical
/// 12-16 which blocks go), triggers `timing.trigger.t1`/`t2`, preconditions
/// `timing.precondition.p1`/`p2`, warning `timing.warning.w1` (strong trigger >= 3, one
/// needed, precondition met >= 3, readiness index >= 50, warning >= 2), depth levels per
/// `levels`, one reflection prompt `reflection.one` of at most 20 characters.
pub fn instruments_with(dims: Vec<Dim>, levels: [(u8, u8); 4]) -> &'static Instruments {
    let dimensions = dims
        .into_iter()
        .map(|d| Dimension {
            id: d.id,
            weight: d.weight,
            title: t(d.id),
            summary: t("summary"),
            outcome: Outcome {
                strength: t("strong"),
                developing: t("developing"),
                concern: t("concern"),
            },
            knowledge_gap: t(&format!("find out about {}", d.id)),
            action: t(&format!("work on {}", d.id)),
            items: leak(
                d.reverse
                    .iter()
                    .enumerate()
                    .map(|(i, reverse)| ReadinessItem {
                        id: s(item_id(d.id, i)),
                        text: t("statement"),
                        guidance: t("what it asks"),
                        reverse: *reverse,
                        action: t("item action"),
                    })
                    .collect(),
            ),
        })
        .collect();
    let band = |band, min, max| ReadinessBandDef {
        band,
        min,
        max,
        label: t("band"),
        overall: t("overall"),
    };
    let risk = |level, min, max, blocks_go| RiskBandDef {
        level,
        min,
        max,
        label: t("risk"),
        meaning: t("meaning"),
        blocks_go,
    };
    let barrier = |id: &'static str| Barrier {
        id,
        title: t(id),
        explanation: t("explanation"),
        presence_question: t("present?"),
        harm_question: t("harm?"),
        mitigations: leak(vec![
            Mitigation {
                id: s(format!("{id}.m1")),
                text: t(&format!("{id} first mitigation")),
                when: MitigationUse::Present,
            },
            Mitigation {
                id: s(format!("{id}.m2")),
                text: t("second mitigation"),
                when: MitigationUse::Early,
            },
        ]),
    };
    let q = |id: &'static str| TimingQuestion {
        id,
        text: t(id),
        guidance: t("what it asks"),
    };
    let verdict = |verdict: TimingVerdict| VerdictDef {
        verdict,
        title: t(verdict.id()),
        summary: t("summary"),
        deepest_level: match verdict {
            TimingVerdict::ActNow => DepthLevel::CollectiveImpact,
            TimingVerdict::StartSmall => DepthLevel::ProgramCollaboration,
            _ => DepthLevel::ResourceCoordination,
        },
        next_steps: leak(vec![
            t(&format!("{} step", verdict.id())),
            t("another step"),
        ]),
    };
    let level = |i: usize| LevelDef {
        level: DepthLevel::ALL[i],
        title: t(DepthLevel::ALL[i].id()),
        description: t("description"),
        min_readiness: levels[i].0,
        min_trust: levels[i].1,
        unlock: t("unlock"),
    };
    let stage = |stage: Stage| StageDef {
        stage,
        title: t(stage.id()),
        description: t("description"),
        next_steps: leak(vec![t("step one"), t("step two")]),
    };
    // Readiness and health: the same validity rules, scale and bands.
    let scored = |id: &'static str, dimensions: &'static [Dimension]| ReadinessInstrument {
        meta: meta(id),
        min_answered_percent: 60,
        min_scored_items: 3,
        retired: &[],
        knowledge_gap_percent: 40,
        scale: AgreementScale {
            labels: five(),
            dont_know: t("dk"),
            not_applicable: t("na"),
        },
        bands: [
            band(ReadinessBand::Concern, 0, 49),
            band(ReadinessBand::Developing, 50, 74),
            band(ReadinessBand::Strength, 75, 100),
        ],
        dimensions,
    };
    Box::leak(Box::new(Instruments {
        readiness: scored("readiness", leak(dimensions)),
        barriers: BarrierInstrument {
            meta: meta("barriers"),
            retired: &[],
            presence_labels: five(),
            harm_labels: five(),
            risk_bands: [
                risk(RiskLevel::Low, 0, 3, false),
                risk(RiskLevel::Moderate, 4, 7, false),
                risk(RiskLevel::High, 8, 11, false),
                risk(RiskLevel::Critical, 12, 16, true),
            ],
            barriers: leak(vec![
                barrier("barriers.a"),
                barrier("barriers.b"),
                barrier("barriers.c"),
            ]),
        },
        timing: TimingInstrument {
            meta: meta("timing"),
            retired: &[],
            labels: five(),
            dont_know: t("dk"),
            rules: TimingRules {
                strong_trigger_min: 3,
                strong_triggers_needed: 1,
                precondition_met_min: 3,
                readiness_index_min: 50,
                warning_present_min: 2,
                warning_cap_min: 3,
                readiness_areas_min: 2,
            },
            triggers: leak(vec![q("timing.trigger.t1"), q("timing.trigger.t2")]),
            preconditions: leak(vec![
                q("timing.precondition.p1"),
                q("timing.precondition.p2"),
            ]),
            warnings: leak(vec![WarningSign {
                id: "timing.warning.w1",
                text: t("warning"),
                guidance: t("what it asks"),
                advice: t("w1 advice"),
            }]),
            verdicts: [
                verdict(TimingVerdict::ActNow),
                verdict(TimingVerdict::StartSmall),
                verdict(TimingVerdict::InvestInRelationships),
                verdict(TimingVerdict::NotYet),
            ],
        },
        depth: DepthInstrument {
            meta: meta("depth"),
            critical_barrier_deepest_level: DepthLevel::ResourceCoordination,
            levels: [level(0), level(1), level(2), level(3)],
            ambition: AmbitionQuestion {
                id: "depth.ambition",
                text: t("ambition"),
                options: leak(
                    DepthLevel::ALL
                        .iter()
                        .map(|l| AmbitionOption {
                            level: *l,
                            label: t(l.id()),
                        })
                        .collect(),
                ),
            },
            stage_question: StageQuestion {
                id: "depth.stage",
                text: t("stage"),
            },
            stages: Stage::ALL.map(stage),
        },
        reflection: ReflectionInstrument {
            meta: meta("reflection"),
            max_chars: 20,
            prompts: leak(vec![Prompt {
                id: "reflection.one",
                text: t("prompt"),
                hint: t("hint"),
            }]),
        },
        // The real health areas: the scoring tests of readiness do not touch them.
        health: HealthInstrument {
            scored: scored("health", INSTRUMENTS.health.scored.dimensions),
            balance: BalanceQuestions {
                labels: five(),
                questions: [
                    BalanceQuestion {
                        id: "health.balance.benefits",
                        text: t("gives"),
                        guidance: t("what it gives"),
                    },
                    BalanceQuestion {
                        id: "health.balance.costs",
                        text: t("costs"),
                        guidance: t("what it costs"),
                    },
                ],
            },
        },
    }))
}

/// Two dimensions, `trust` and `other`, of four items each.
pub fn instruments() -> &'static Instruments {
    instruments_with(vec![dim("trust", 1, 4), dim("other", 1, 4)], LEVELS)
}

/// Answers every item of `dim` with `values` in order.
pub fn answer_dim(answers: &mut Answers, dim: &str, values: &[ReadinessAnswer]) {
    for (i, v) in values.iter().enumerate() {
        answers.set_readiness(&item_id(dim, i), *v);
    }
}

/// Answers every item of `dim` (of `n` items) on the scale so they sum to `sum`.
pub fn answer_sum(answers: &mut Answers, dim: &str, n: usize, sum: u32) {
    let mut left = sum;
    for i in 0..n {
        let v = left.min(4);
        left -= v;
        answers.set_readiness(&item_id(dim, i), scale(v as u8));
    }
    assert_eq!(left, 0, "sum {sum} does not fit in {n} items");
}

/// A complete, realistic assessment over the real instruments: used for the documented
/// example, the v1 fixture and round-trip tests. Deterministic.
pub fn example_assessment() -> partnership_engine::Assessment {
    use partnership_engine::*;
    let mut a = Assessment::new(
        ResultId::from_random_bytes([
            0x3f, 0x2a, 0x9c, 0x41, 0x7d, 0x0e, 0x4b, 0x12, 0x9a, 0x55, 0x61, 0xc3, 0x08, 0xde,
            0x77, 0x10,
        ]),
        Timestamp::parse("2026-03-02T09:15:00.000Z").expect("valid time"),
    );
    a.touch(Timestamp::parse("2026-03-02T09:41:27.350Z").expect("valid time"));
    a.respondent_role = Some(RespondentRole::Board);
    a.set_organization_name("Riverside Community Food Bank");
    let values = [3, 4, 2, 3, 1, 4, 3, 2, 0, 3, 4];
    let mut n = 0usize;
    for (d, dim) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
        for (i, item) in dim.items.iter().enumerate() {
            n += 1;
            let answer = match (d, i) {
                (2, 1) | (6, 0) | (6, 2) => ReadinessAnswer::DontKnow,
                (5, 3) => ReadinessAnswer::NotApplicable,
                _ => scale(values[n % values.len()]),
            };
            a.answers.set_readiness(item.id, answer);
        }
    }
    for (i, b) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
        let (p, h) = [
            (1, 2),
            (3, 4),
            (0, 3),
            (2, 2),
            (2, 3),
            (1, 1),
            (0, 0),
            (2, 4),
            (1, 3),
            (3, 2),
        ][i % 10];
        a.answers.set_barrier(b.id, Some(r(p)), Some(r(h)));
    }
    let t = &INSTRUMENTS.timing;
    for (i, q) in t.triggers.iter().enumerate() {
        a.answers
            .set_timing(q.id, timing([4, 1, 3, 0, 2, 1, 0][i % 7]));
    }
    for (i, q) in t.preconditions.iter().enumerate() {
        let answer = if i == 2 {
            TimingAnswer::DontKnow
        } else {
            timing([4, 3, 2, 3][i % 4])
        };
        a.answers.set_timing(q.id, answer);
    }
    for (i, w) in t.warnings.iter().enumerate() {
        a.answers.set_timing(w.id, timing([1, 3, 0][i % 3]));
    }
    a.answers.ambition = Some(DepthLevel::StrategicAlliance);
    a.answers.stage = Some(Stage::Relationship);
    let prompts = INSTRUMENTS.reflection.prompts;
    if let Some(p) = prompts.first() {
        a.answers.set_reflection(
            p.id,
            "The tenants' association and the library both run homework clubs on Tuesdays.",
        );
    }
    if let Some(p) = prompts.get(2) {
        a.answers.set_reflection(
            p.id,
            "We need volunteers who speak Somali; we have a cold store and a van we rarely fill.",
        );
    }
    a.partners = example_partners();
    a
}

/// The worked example's three organisations, with needs: used by the example document.
pub fn example_partners() -> partnership_engine::PartnerMap {
    use partnership_engine::partners::{PartnerRating::*, *};
    let mut map = PartnerMap::default();
    for need in ["volunteers", "space", "lived-experience", "funding"] {
        map.set_need(Offer::from_id(need).expect("known need"), true)
            .expect("few needs");
    }
    let rows = [
        (
            "Eastside Tenants' Association",
            "grassroots",
            &["lived-experience", "community-connector", "volunteers"][..],
            [High, Medium, High, Medium, High],
            "Met their chair at the March block party.",
        ),
        (
            "Riverside Public Library",
            "government",
            &["space", "reach"][..],
            [Medium, High, Medium, High, Medium],
            "",
        ),
        (
            "St. Anne's Parish",
            "faith",
            &["volunteers", "space"][..],
            [High, Low, High, Low, Medium],
            "",
        ),
    ];
    for (name, sector, offers, [m, co, r, k, t], notes) in rows {
        let mut c = Candidate::new(name, Sector::from_id(sector).expect("known sector"))
            .expect("valid name");
        c.offers = offers
            .iter()
            .map(|id| Offer::from_id(id).expect("known offer"))
            .collect();
        c.ratings = ratings([m, co, r, k, t]).into();
        c.set_notes(notes).expect("short notes");
        map.add(c).expect("room");
    }
    map
}

/// Five partner ratings in [`Criterion::ALL`] order: mission alignment, resource
/// complementarity, relationship potential, capacity to engage, existing trust.
pub fn ratings([m, co, r, k, t]: [PartnerRating; 5]) -> Ratings {
    Ratings {
        mission_alignment: m,
        resource_complementarity: co,
        relationship_potential: r,
        capacity_to_engage: k,
        existing_trust: t,
    }
}

/// 64 cases per property unless `PROPTEST_CASES` says otherwise (the long runs).
pub fn proptest_config() -> proptest::prelude::ProptestConfig {
    use proptest::prelude::ProptestConfig;
    let cases = if std::env::var("PROPTEST_CASES").is_ok() {
        ProptestConfig::default().cases
    } else {
        64
    };
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The frozen results file of format 1 (see [`frozen_fixture`]).
pub const FIXTURE_V1: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/results-v1.json"
);
/// The frozen results file of format 2 (see [`frozen_fixture`]).
pub const FIXTURE_V2: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/results-v2.json"
);

/// The frozen results file of format 3 (see [`frozen_fixture`]); `results-v3-health.json`
/// (tests/health.rs) is its sibling with health answers.
pub const FIXTURE_V3: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/results-v3.json"
);

/// Imports the frozen fixture of format `version` at `path`, which must import forever,
/// in its own version, with no warning but the notes on retired ids (ids are stable
/// forever: an id is never unknown, only retired with a note, and each retired id in the
/// file is noted exactly once).
///
/// It is written once by `UPDATE_FIXTURE=1` when that format is released (from
/// [`example_assessment`]) and never regenerated afterwards: it stands for files users
/// already have.
pub fn frozen_fixture(path: &str, version: u32) -> partnership_engine::Imported {
    use partnership_engine::{export, import};
    if std::env::var("UPDATE_FIXTURE").is_ok_and(|v| v == "1")
        && !std::path::Path::new(path).exists()
    {
        std::fs::write(path, export(&example_assessment()) + "\n").unwrap();
    }
    let bytes = std::fs::read(path)
        .unwrap_or_else(|_| panic!("tests/fixtures/results-v{version}.json exists"));
    let imported =
        import(&bytes).unwrap_or_else(|e| panic!("the v{version} fixture no longer imports: {e}"));
    assert_eq!(imported.format_version, version);
    let text = String::from_utf8_lossy(&bytes);
    let mut expected: Vec<&str> = partnership_engine::INSTRUMENTS
        .readiness
        .retired
        .iter()
        .chain(partnership_engine::INSTRUMENTS.barriers.retired)
        .chain(partnership_engine::INSTRUMENTS.timing.retired)
        .map(|r| r.id)
        .filter(|id| text.contains(&format!("\"{id}\":")))
        .collect();
    let mut noted: Vec<&str> = imported
        .warnings
        .iter()
        .map(|w| match w {
            partnership_engine::ImportWarning::RetiredItemMoved { id, .. }
            | partnership_engine::ImportWarning::RetiredItemDropped { id, .. } => id.as_str(),
            other => panic!("ids are stable forever, but: {other}"),
        })
        .collect();
    expected.sort_unstable();
    noted.sort_unstable();
    assert_eq!(noted, expected, "each retired id in the file is noted once");
    imported
}

/// Whether the generated files are being rewritten (`UPDATE_SCHEMA=1`).
pub fn updating() -> bool {
    std::env::var("UPDATE_SCHEMA").is_ok_and(|v| v == "1")
}

/// A committed generated file at `path` must equal `fresh` (else the test fails with
/// `stale`, which says how to regenerate it); with `UPDATE_SCHEMA=1` it is rewritten instead.
pub fn check_generated(path: &str, fresh: &str, stale: &str) {
    if updating() {
        std::fs::write(path, fresh).expect("write the generated file");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(committed == fresh, "{stale}");
}

/// `doc` (the file `doc_name`) with what stands between the markers `start` and `end`
/// replaced by `content` and a line break.
pub fn replace_between(doc: &str, doc_name: &str, start: &str, end: &str, content: &str) -> String {
    let (Some(s), Some(e)) = (doc.find(start), doc.find(end)) else {
        panic!("{doc_name} lacks the markers:\n{start}\n...\n{end}");
    };
    format!("{}{start}{content}\n{}", &doc[..s], &doc[e..])
}

/// A light check without a JSON Schema validator: every top-level property of `example`
/// is declared in `schema`, and every required one is present. Returns the example, parsed.
pub fn assert_follows_schema_shape(schema: &str, example: &str) -> serde_json::Value {
    let schema: serde_json::Value = serde_json::from_str(schema).unwrap();
    let example: serde_json::Value = serde_json::from_str(example).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for key in example.as_object().unwrap().keys() {
        assert!(props.contains_key(key), "{key} is not in the schema");
    }
    for key in schema["required"].as_array().unwrap() {
        assert!(
            example.get(key.as_str().unwrap()).is_some(),
            "{key} missing from the example"
        );
    }
    example
}
