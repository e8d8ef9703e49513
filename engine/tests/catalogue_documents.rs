//! Every message about opening a file or a kept draft, the start screen's words and the
//! product's name come from the catalogue: with the pseudo-language installed nothing they
//! produce is left in English, and in Arabic each count takes its own form.
//!
//! Values quoted from a file (ids, texts) are the file's own and stay as they are: a
//! message quotes them with `words::quoted`, itself a catalogue text, and other values here
//! are digits. The partner list's own reasons (`PartnerError`) are the partner map's words.

#[path = "common/languages.rs"]
mod languages;

use std::rc::Rc;

use partnership_engine::catalogue::{self, Conventions, English, PluralCategory};
use partnership_engine::document::{
    FORMAT_VERSION, MAX_FILE_BYTES, MAX_ORGANIZATION_NAME_CHARS, SCHEMA_URN,
};
use partnership_engine::draft::{DraftProblem, Recovered, StorageFailure, recover};
use partnership_engine::words::{common, files, messages, start};
use partnership_engine::*;
use serde_json::json;

fn id() -> ResultId {
    ResultId::from_random_bytes([0x21; 16])
}

fn day() -> Timestamp {
    Timestamp::from_unix_millis(1_772_355_600_000)
}

/// Nothing in `text` is outside the pseudo-language's brackets. Values a message quotes
/// (ids, a file's texts) are inside them: `words::quoted` is a catalogue text.
#[track_caller]
fn all_translated(text: &str) {
    assert!(!text.is_empty());
    let left = catalogue::untranslated(text);
    assert!(left.is_empty(), "{left:?} in {text:?}");
}

/// An assessment with `n` readiness answers.
fn answered(n: usize) -> Assessment {
    let mut a = Assessment::new(id(), day());
    let items = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter());
    for item in items.take(n) {
        a.answers.set_readiness(item.id, ReadinessAnswer::DontKnow);
    }
    a
}

fn recovered(n: usize, problem: Option<DraftProblem>, lost: Vec<ImportError>) -> Recovered {
    Recovered {
        assessment: (n > 0).then(|| answered(n)),
        problem,
        lost,
    }
}

fn every_error() -> Vec<ImportError> {
    let item = INSTRUMENTS.readiness.dimensions[0].items[0].id;
    let prompt = INSTRUMENTS.reflection.prompts[0].id;
    let mut errors = vec![
        ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
        },
        ImportError::TooDeep,
        ImportError::NotJson { line: 3, column: 7 },
        ImportError::NotOurFormat,
        ImportError::NewerVersion { found: 9 },
        ImportError::OutOfRange {
            item: item.to_owned(),
            found: "7".to_owned(),
        },
        ImportError::WorkshopFull { limit: 12_000_000 },
        ImportError::BadEncoding,
        ImportError::PartnerRatings { position: 4 },
        ImportError::Partner {
            position: None,
            problem: PartnerError::TooManyCandidates,
        },
        ImportError::Partner {
            position: None,
            problem: PartnerError::TooManyNeeds,
        },
    ];
    // Every part of a document a message can name, found by reading damaged documents.
    let broken = [
        ("resultId", json!(1)),
        ("createdAt", json!(1)),
        ("updatedAt", json!(1)),
        ("language", json!(1)),
        ("respondentRole", json!(1)),
        ("organizationName", json!(1)),
        ("instruments", json!(1)),
        ("answers", json!(1)),
        ("reflections", json!(1)),
        ("partners", json!(1)),
    ];
    let base = json!({
        "$schema": SCHEMA_URN,
        "formatVersion": FORMAT_VERSION,
        "resultId": id().to_string(),
        "createdAt": day().to_string(),
        "updatedAt": day().to_string(),
        "answers": {},
    });
    for (key, bad) in broken {
        let mut doc = base.clone();
        doc[key] = bad;
        errors.push(import(doc.to_string().as_bytes()).expect_err(key));
    }
    for (section, bad) in [
        ("readiness", json!(1)),
        ("barriers", json!(1)),
        ("timing", json!(1)),
    ] {
        let mut doc = base.clone();
        doc["answers"][section] = bad;
        errors.push(import(doc.to_string().as_bytes()).expect_err(section));
    }
    for long in [
        json!({ "organizationName": "1".repeat(MAX_ORGANIZATION_NAME_CHARS + 1) }),
        json!({ "reflections": { prompt: "1".repeat(5000) } }),
    ] {
        let mut doc = base.clone();
        for (k, v) in long.as_object().into_iter().flatten() {
            doc[k] = v.clone();
        }
        let err = import(doc.to_string().as_bytes()).expect_err("too long");
        assert!(matches!(err, ImportError::TextTooLong { .. }), "{err:?}");
        errors.push(err);
    }
    for bad in [
        json!([1]),
        json!({"a": 1}),
        json!(null),
        json!(true),
        json!("9"),
        json!(2.5),
    ] {
        let mut doc = base.clone();
        doc["answers"]["readiness"] = json!({ item: bad });
        errors.push(import(doc.to_string().as_bytes()).expect_err("out of range"));
    }
    errors
}

fn every_warning() -> Vec<ImportWarning> {
    let retired = |i: &'static [instrument::RetiredItem]| &i[0];
    let moved = retired(INSTRUMENTS.timing.retired);
    let dropped = retired(INSTRUMENTS.readiness.retired);
    vec![
        ImportWarning::UnknownInstrument { id: "1".into() },
        ImportWarning::NewerInstrument {
            id: "2".into(),
            version: 9,
            known: 2,
        },
        ImportWarning::UnknownItem { id: "3".into() },
        ImportWarning::RetiredItemMoved {
            id: moved.id.into(),
            to: moved.replaced_by.unwrap_or(moved.id),
            note: moved.note,
        },
        ImportWarning::RetiredItemDropped {
            id: dropped.id.into(),
            note: dropped.note,
        },
        ImportWarning::UnknownPartnerTerm { id: "4".into() },
        ImportWarning::UnknownPartnerSector { id: "5".into() },
        ImportWarning::More { count: 1 },
        ImportWarning::More { count: 12 },
    ]
}

/// What the person reads about a draft kept on this device, in every case.
fn draft_messages() -> Vec<String> {
    let lost = vec![
        ImportError::OutOfRange {
            item: INSTRUMENTS.barriers.barriers[0].id.to_owned(),
            found: "9".into(),
        },
        ImportError::InvalidField {
            field: "creation date",
        },
        ImportError::PartnerRatings { position: 2 },
        ImportError::NotOurFormat,
    ];
    let mut out = Vec::new();
    for n in [0, 1, 2, 12] {
        for problem in [
            None,
            Some(DraftProblem::Newer { found: 9 }),
            Some(DraftProblem::Unreadable),
            Some(DraftProblem::CutShort),
            Some(DraftProblem::Damaged),
        ] {
            for lost in [Vec::new(), lost.clone()] {
                let r = recovered(n, problem.clone(), lost);
                if r.problem.is_some() {
                    out.push(messages::draft_recovered(&r));
                }
                out.push(messages::kept_draft(&r, None));
                out.push(messages::kept_draft(&r, Some(day())));
                out.extend(r.lost.iter().map(messages::lost_part));
            }
        }
    }
    for e in every_error() {
        out.push(messages::lost_part(&e));
    }
    // A real draft, damaged and cut short.
    let mut a = answered(3);
    a.set_organization_name("2026");
    let text = export(&a);
    let item = INSTRUMENTS.readiness.dimensions[0].items[0].id;
    let damaged = text.replacen(
        &format!("\"{item}\": \"dont-know\""),
        &format!("\"{item}\": 9"),
        1,
    );
    assert_ne!(damaged, text, "the answer is in the draft");
    for t in [damaged, text[..text.len() / 2].to_owned()] {
        let r = recover(&t, id(), day());
        assert!(r.keep_original());
        out.push(messages::draft_recovered(&r));
        out.extend(r.lost.iter().map(messages::lost_part));
    }
    out
}

fn start_and_files_words() -> Vec<String> {
    let mut out = vec![
        common::title().to_owned(),
        files::drop_hint(true).to_owned(),
        files::drop_hint(false).to_owned(),
        messages::saved_as("2026"),
        messages::storage_failed(StorageFailure::Full).to_owned(),
        messages::storage_failed(StorageFailure::Refused).to_owned(),
    ];
    for n in [0, 1, 2, 12] {
        let mut a = answered(n);
        out.push(files::replace_about(&INSTRUMENTS, &a));
        a.set_organization_name("2026");
        out.push(files::replace_about(&INSTRUMENTS, &a));
    }
    for role in RespondentRole::ALL {
        out.push(start::role(role).to_owned());
    }
    for scope in Scope::ALL {
        out.push(start::scope_size(&INSTRUMENTS, scope));
    }
    out
}

#[test]
fn every_file_and_draft_message_comes_from_the_catalogue() {
    catalogue::install_pseudo();
    for e in every_error() {
        let text = e.to_string();
        match &e {
            // The partner list's reason is the partner map's sentence, checked there.
            ImportError::Partner { problem, .. }
                if !matches!(
                    problem,
                    PartnerError::TooManyCandidates | PartnerError::TooManyNeeds
                ) =>
            {
                all_translated(&text.replace(&problem.to_string(), ""))
            }
            _ => all_translated(&text),
        }
    }
    for w in every_warning() {
        all_translated(&w.to_string());
    }
    for text in draft_messages() {
        all_translated(&text);
    }
    for text in start_and_files_words() {
        all_translated(&text);
    }
    // The greeting quotes what the answers hold (`explain::saved_work`, its own words).
    let a = answered(2);
    let work = explain::saved_work(&INSTRUMENTS, &a);
    for text in [
        start::welcome_back(&INSTRUMENTS, &a),
        start::part_way(&INSTRUMENTS, &a),
    ] {
        all_translated(&text.replace(&work, ""));
    }
    // Every hostile file: its error or warnings, and what the draft path says about it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    for entry in std::fs::read_dir(dir).expect("the hostile corpus") {
        let bytes = std::fs::read(entry.expect("an entry").path()).expect("a fixture");
        match import(&bytes) {
            Ok(imported) => imported
                .warnings
                .iter()
                .for_each(|w| all_translated(&w.to_string())),
            Err(ImportError::Partner { .. }) => {}
            Err(e) => all_translated(&e.to_string()),
        }
        let r = recover(&String::from_utf8_lossy(&bytes), id(), day());
        if r.keep_original() {
            all_translated(&messages::draft_recovered(&r));
            all_translated(&messages::kept_draft(&r, Some(day())));
        }
    }
    catalogue::install_english();
}

#[test]
fn english_stays_as_it_was() {
    catalogue::install_english();
    assert_eq!(common::title(), PRODUCT_NAME);
    let r = recovered(1, Some(DraftProblem::CutShort), Vec::new());
    assert_eq!(
        messages::draft_recovered(&r),
        "The last save of your draft on this device was cut short. We recovered 1 answer saved \
         before that: choose “Resume” to carry on. The draft as it was is kept safe on this \
         device: you can save it as a file below."
    );
    let r = recovered(3, Some(DraftProblem::Newer { found: 9 }), Vec::new());
    assert_eq!(
        messages::draft_recovered(&r),
        "Your draft on this device was saved by a newer version of Partnership Assessment, so \
         this version cannot open it. Nothing has been lost. The draft as it was is kept safe \
         on this device: you can save it as a file below. It will open in the newer version."
    );
    assert_eq!(
        messages::kept_draft(&recovered(2, None, Vec::new()), Some(day())),
        "A separate assessment from 2026-03-01 with 2 answers that another tab or window started."
    );
    assert_eq!(
        messages::kept_draft(&r, None),
        "A draft saved by a newer version of Partnership Assessment."
    );
    assert_eq!(
        messages::lost_part(&ImportError::TextTooLong {
            field: "organization name".into(),
            chars: 300,
            limit: 200
        }),
        "The organization name: it was longer than the 200 characters allowed."
    );
    assert_eq!(
        messages::lost_part(&ImportError::InvalidField {
            field: "creation date"
        }),
        "The creation date."
    );
    assert_eq!(
        ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        }
        .to_string(),
        "This file is too large to be an assessment (4.0 MB; assessment files are at most 4.0 \
         MB). Please check that you picked the right file."
    );
    assert_eq!(
        ImportWarning::More { count: 1 }.to_string(),
        "1 more answer was left out for the same reasons."
    );
    assert_eq!(
        ImportWarning::UnknownPartnerSector { id: "x".into() }.to_string(),
        "A partner organisation's sector (“x”) is not one this version knows; it was put under \
         Other."
    );
}

/// Arabic's plural categories, as `Intl.PluralRules("ar")` gives them.
struct ArabicRules;

impl Conventions for ArabicRules {
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

fn install(tag: &str, conventions: Rc<dyn Conventions>) {
    let pack = languages::pack(tag);
    catalogue::install(tag, pack, conventions).expect("the pack fits");
}

#[test]
fn arabic_counts_take_their_own_forms_and_no_latin_letters() {
    install("ar", Rc::new(ArabicRules));
    assert_eq!(common::title(), "تقييم الشراكات");
    let cut =
        |n| messages::draft_recovered(&recovered(n, Some(DraftProblem::CutShort), Vec::new()));
    assert!(cut(1).contains("استرجعنا إجابة واحدة حُفظت"), "{}", cut(1));
    assert!(cut(2).contains("استرجعنا إجابتين حُفظتا"), "{}", cut(2));
    assert!(cut(5).contains("استرجعنا 5 إجابات"), "{}", cut(5));
    assert!(cut(11).contains("استرجعنا 11 إجابةً"), "{}", cut(11));
    let more = |count| ImportWarning::More { count }.to_string();
    assert_eq!(more(2), "استُبعدت إجابتان أخريان للأسباب نفسها.");
    assert_eq!(more(103), "استُبعدت 103 إجابات أخرى للأسباب نفسها.");
    assert_eq!(more(100), "استُبعدت 100 إجابة أخرى للأسباب نفسها.");
    let about = |n| files::replace_about(&INSTRUMENTS, &answered(n));
    assert!(
        about(0).starts_with("لم يُجَب في هذا الملف عن أي سؤال"),
        "{}",
        about(0)
    );
    assert!(about(2).contains("عن سؤالين،"), "{}", about(2));
    assert!(about(12).contains("عن 12 سؤالًا،"), "{}", about(12));
    let barriers = start::scope_size(&INSTRUMENTS, Scope::Barriers);
    assert!(
        barriers.contains("أسئلة") || barriers.contains("سؤال"),
        "{barriers}"
    );
    // Nothing in Latin letters (file formats are written as words), quoted values aside.
    let latin = |s: &str| s.chars().any(|c| c.is_ascii_alphabetic());
    let mut texts: Vec<String> = every_error().iter().map(ToString::to_string).collect();
    texts.extend(every_warning().iter().map(ToString::to_string));
    texts.extend(draft_messages());
    texts.extend(start_and_files_words());
    for text in texts {
        let mut rest = text.clone();
        for quoted in quoted_parts(&text) {
            rest = rest.replace(&quoted, "");
        }
        assert!(!latin(&rest), "{text}");
    }
    catalogue::install_english();
}

/// The parts of an Arabic text between « and » (values quoted from a file or instrument).
fn quoted_parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('«') {
        let after = &rest[open..];
        match after.find('»') {
            Some(close) => {
                out.push(after[..close + '»'.len_utf8()].to_owned());
                rest = &after[close + '»'.len_utf8()..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn spanish_names_the_product_and_counts_in_two_forms() {
    install("es", Rc::new(English));
    assert_eq!(common::title(), "Evaluación de alianzas");
    assert_eq!(
        ImportWarning::More { count: 1 }.to_string(),
        "Quedó fuera 1 respuesta más por los mismos motivos."
    );
    assert_eq!(
        ImportWarning::More { count: 3 }.to_string(),
        "Quedaron fuera 3 respuestas más por los mismos motivos."
    );
    assert!(
        ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        }
        .to_string()
        .contains("(4,0 MB;"),
        "the decimal comma"
    );
    catalogue::install_english();
}
