//! Drafts and hostile files: every file in `fixtures/hostile/` replayed through import, the
//! draft path and workshop mode on every run (no panic, the expected outcome), and property
//! tests of draft recovery and the two-tab merge.
//!
//! Quick by default. The long run (run once on the final code of each change to drafts):
//! `PROPTEST_CASES=100000 cargo test -p partnership-engine --release --test drafts`

mod common;

use common::{example_assessment, proptest_config};
use partnership_engine::draft::{DraftProblem, Merged, close_truncated, latest, merge, recover};
use partnership_engine::workshop::{FileStatus, ReadFile, merge_read, profile};
use partnership_engine::*;
use proptest::prelude::*;

fn hostile() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the hostile corpus")
        .map(|e| {
            let path = e.expect("an entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_owned();
            (name, std::fs::read(&path).expect("a fixture"))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus is all there");
    files
}

fn id() -> ResultId {
    ResultId::from_random_bytes([0x11; 16])
}

fn now() -> Timestamp {
    Timestamp::from_unix_millis(1_800_000_000_000)
}

#[test]
fn every_hostile_file_meets_its_expected_outcome_through_import_drafts_and_workshop_mode() {
    let base = import(include_bytes!("fixtures/results-v2.json")).expect("the v2 fixture");
    let files = hostile();
    for (name, bytes) in &files {
        let imported = import(bytes);
        let text = String::from_utf8_lossy(bytes);
        let recovered = recover(&text, id(), now());
        // What each one must do.
        match name.as_str() {
            "utf16-le-notepad.json"
            | "utf16-be.json"
            | "utf16-le-no-mark.json"
            | "utf16-be-no-mark.json" => {
                assert_eq!(
                    imported.as_ref().map(|i| &i.assessment),
                    Ok(&base.assessment),
                    "{name}"
                );
            }
            "utf16-broken.json" | "utf16-le-no-mark-cut.json" => {
                assert_eq!(imported, Err(ImportError::BadEncoding), "{name}")
            }
            "leap-second.json" => {
                let a = imported.expect("a leap second is a time").assessment;
                assert_eq!(a.updated_at.to_string(), "2016-12-31T23:59:59.999Z");
            }
            "ratings-a-single-word.json" => {
                let e = imported.expect_err(name).to_string();
                assert!(
                    e.contains("its five ratings") && !e.contains("nothing"),
                    "{e}"
                );
                // As a draft: every answer kept, only the partner list lost.
                let a = recovered.assessment.as_ref().expect("answers recovered");
                assert_eq!(a.answers, base.assessment.answers);
            }
            "answers-not-a-group.json" => {
                let e = imported.expect_err(name).to_string();
                assert!(e.contains("(the answers) is missing or unreadable"), "{e}");
            }
            "one-answer-out-of-range.json" => {
                assert!(imported.is_err());
                assert_eq!(recovered.problem, Some(DraftProblem::Damaged));
                let a = recovered.assessment.as_ref().expect("answers recovered");
                assert_eq!(
                    a.answers.readiness.len() + 1,
                    base.assessment.answers.readiness.len()
                );
                assert_eq!(recovered.lost.len(), 1);
            }
            "cut-short.json" | "cut-in-answers.json" => {
                assert!(imported.is_err());
                assert_eq!(recovered.problem, Some(DraftProblem::CutShort), "{name}");
                assert!(recovered.answers_recovered() > 0, "{name}");
            }
            "bad-timestamp.json" => {
                assert!(imported.is_err());
                let a = recovered.assessment.as_ref().expect("answers recovered");
                assert_eq!(a.answers, base.assessment.answers);
            }
            "newer-version.json" => {
                assert!(matches!(
                    imported,
                    Err(ImportError::NewerVersion { found: 99 })
                ));
                assert_eq!(recovered.problem, Some(DraftProblem::Newer { found: 99 }));
                assert!(recovered.assessment.is_none());
            }
            "duplicate-keys.json" => {
                // A repeated member: the last one counts, as in the browser's JSON.parse.
                let a = imported.expect("read as the browser would").assessment;
                assert_eq!(a.id, base.assessment.id);
            }
            "script-in-a-name.json" => {
                let a = imported.expect("a name is only text").assessment;
                assert!(a.organization_name.is_some_and(|n| n.contains("<script>")));
            }
            "empty.json" => {
                assert!(imported.is_err());
                assert!(
                    !recovered.keep_original() && recovered.assessment.is_none(),
                    "no draft"
                );
            }
            _ => {
                assert!(imported.is_err(), "{name} must be refused");
                // A draft is text: what the browser would store is the file read as UTF-8.
                let as_text = import(text.as_bytes());
                assert!(
                    recovered.keep_original() || as_text.is_ok(),
                    "{name} must be kept"
                );
            }
        }
        // Whatever it is, a draft that could not be read as it was is kept, and a message
        // for a person exists for every refusal.
        if let Err(e) = import(bytes) {
            assert!(!e.to_string().is_empty());
            let as_text = import(text.as_bytes()).is_ok();
            assert!(
                recovered.keep_original() || text.trim().is_empty() || as_text,
                "{name}"
            );
        }
        for lost in &recovered.lost {
            assert!(!words::messages::lost_part(lost).is_empty());
        }
        assert!(
            recovered.problem.is_none() || !words::messages::draft_recovered(&recovered).is_empty()
        );
    }
    // Workshop mode: all of them together, twice (the same file chosen twice).
    let read: Vec<ReadFile> = files
        .iter()
        .chain(files.iter())
        .map(|(n, b)| ReadFile::read(n, b))
        .collect();
    let merged = merge_read(&read);
    assert_eq!(merged.files.len(), files.len() * 2);
    assert!(!merged.respondents.is_empty());
    let _ = profile(&merged);
    // Every copy of the one result (UTF-16 and all) counts once.
    let base_id = base.assessment.id;
    let once = merged
        .respondents
        .iter()
        .filter(|r| r.assessment.id == base_id)
        .count();
    assert_eq!(once, 1);
    let used = merged
        .files
        .iter()
        .filter(
            // The v2 fixture is migrated to the current version.
            |f| matches!(f.status, FileStatus::Accepted { result_id, .. } | FileStatus::Migrated { result_id, .. } if result_id == base_id),
        )
        .count();
    assert_eq!(used, 1);
    let rows: Vec<_> = merged
        .files
        .iter()
        .map(|f| workshop::presentation::file_row_in(&merged, f))
        .collect();
    assert!(
        rows.iter()
            .any(|r| r.result == "Left out: the same result twice")
    );
}

fn answered(seed: &[u8]) -> Assessment {
    let mut a = Assessment::new(id(), Timestamp::from_unix_millis(1_000));
    let items: Vec<&str> = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .map(|i| i.id)
        .collect();
    for (i, v) in seed.iter().enumerate() {
        if let (Some(item), Some(r)) = (items.get(i % items.len()), Rating::new(v % 5))
            && v % 7 != 0
        {
            a.answers.set_readiness(item, ReadinessAnswer::Scale(r));
        }
    }
    a.touch(Timestamp::from_unix_millis(2_000));
    a
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn a_document_saved_as_utf16_reads_as_the_same_document(seed in proptest::collection::vec(any::<u8>(), 0..60), name in "\\PC{0,40}", big_endian in any::<bool>()) {
        let mut a = answered(&seed);
        a.set_organization_name(&name);
        let text = export(&a);
        let mut bytes: Vec<u8> = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        prop_assert_eq!(import(&bytes).map(|i| i.assessment), Ok(a));
    }

    #[test]
    fn a_document_saved_as_utf16_without_a_byte_order_mark_reads_as_the_same_document(seed in proptest::collection::vec(any::<u8>(), 0..60), name in "\\PC{0,40}", big_endian in any::<bool>()) {
        let mut a = answered(&seed);
        a.set_organization_name(&name);
        let text = export(&a);
        let mut bytes: Vec<u8> = Vec::new();
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        prop_assert_eq!(import(&bytes).map(|i| i.assessment), Ok(a));
    }

    #[test]
    fn importing_any_bytes_never_panics_and_always_says_why(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = import(&bytes) {
            prop_assert!(!e.to_string().is_empty());
        }
        // The same bytes read as a kept draft (text) never panic either.
        let _ = recover(&String::from_utf8_lossy(&bytes), id(), now());
    }

    #[test]
    fn a_note_on_unsaved_work_reads_back_and_any_text_never_panics(seed in proptest::collection::vec(any::<u8>(), 0..60), text in ".{0,120}", full in any::<bool>()) {
        let why = if full { draft::StorageFailure::Full } else { draft::StorageFailure::Refused };
        let note = draft::Unsaved::of(&answered(&seed), why);
        prop_assert_eq!(draft::Unsaved::read(&note.to_text()), Some(note));
        if let Some(read) = draft::Unsaved::read(&text) {
            prop_assert_eq!(draft::Unsaved::read(&read.to_text()), Some(read));
        }
    }

    #[test]
    fn recovering_any_text_never_panics(text in ".{0,400}") {
        let r = recover(&text, id(), now());
        prop_assert!(r.problem.is_some() || r.assessment.is_none() || import(text.as_bytes()).is_ok());
        let _ = close_truncated(&text);
    }

    #[test]
    fn any_cut_of_a_draft_keeps_every_answer_written_before_it(cut in 0usize..100_000) {
        let a = example_assessment();
        let text = export(&a);
        let cut = cut % text.len();
        let Some(part) = text.get(..cut) else { return Ok(()); };
        let r = recover(part, id(), now());
        prop_assert!(r.keep_original() || part.trim().is_empty());
        if let Some(got) = &r.assessment {
            // Nothing recovered is invented: every answer is one the draft held.
            for (k, v) in &got.answers.readiness {
                prop_assert_eq!(a.answers.readiness.get(k), Some(v));
            }
            for (k, v) in &got.answers.timing {
                prop_assert_eq!(a.answers.timing.get(k), Some(v));
            }
        }
        // Cut anywhere after the answers: every answer is there.
        if cut > text.find("\"reflections\"").unwrap_or(text.len()) {
            prop_assert_eq!(r.assessment.map(|x| x.answers.readiness), Some(a.answers.readiness));
        }
    }

    #[test]
    fn one_byte_changed_in_a_draft_never_panics_and_is_kept(at in 0usize..100_000, byte in any::<u8>()) {
        let mut bytes = export(&example_assessment()).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let text = String::from_utf8_lossy(&bytes);
        let r = recover(&text, id(), now());
        if import(text.as_bytes()).is_err() {
            prop_assert!(r.keep_original());
        }
    }

    #[test]
    fn two_tabs_keep_every_change_either_made(base in proptest::collection::vec(any::<u8>(), 0..40),
                                              mine in proptest::collection::vec(any::<u8>(), 0..40),
                                              theirs in proptest::collection::vec(any::<u8>(), 0..40)) {
        let base = answered(&base);
        // Each side changes its own half of the questions.
        let items: Vec<&str> = INSTRUMENTS.readiness.dimensions.iter().flat_map(|d| d.items).map(|i| i.id).collect();
        let change = |seed: &[u8], even: bool, at: i64| {
            let mut a = base.clone();
            for (i, v) in seed.iter().enumerate().take(items.len() / 2) {
                let item = items[2 * i + usize::from(!even)];
                match Rating::new(v % 5) {
                    Some(r) if v % 3 != 0 => a.answers.set_readiness(item, ReadinessAnswer::Scale(r)),
                    _ => { a.answers.readiness.remove(item); }
                }
            }
            a.touch(Timestamp::from_unix_millis(at));
            a
        };
        let ours = change(&mine, true, 3_000);
        let theirs = change(&theirs, false, 4_000);
        let Merged::Joined(m) = merge(Some(&base), &ours, &theirs) else {
            return Err(TestCaseError::fail("the same assessment"));
        };
        for (i, item) in items.iter().enumerate() {
            let side = if i % 2 == 0 { &ours } else { &theirs };
            prop_assert_eq!(m.answers.readiness.get(item), side.answers.readiness.get(item));
        }
        // Merging is symmetric, idempotent, and converges: merging the result again
        // changes nothing.
        prop_assert_eq!(merge(Some(&base), &theirs, &ours), Merged::Joined(m.clone()));
        prop_assert_eq!(merge(Some(&theirs), &m, &m), Merged::Joined(m.clone()));
        prop_assert_eq!(merge(Some(&ours), &ours, &m), Merged::Joined(m.clone()));
        prop_assert_eq!(m.updated_at, Timestamp::from_unix_millis(4_000));
        prop_assert_eq!(latest(Some(ours.clone()), Some(theirs.clone())), Some(theirs));
    }
}
