//! One size rule for import and export: the largest assessment the reader accepts (every
//! answer, every text at its limit in the characters that take the most room once written,
//! the most partner organisations and needs) exports within [`MAX_FILE_BYTES`] and reads
//! back unchanged. So nothing the widget accepted, or keeps as a draft, can become a file
//! it then refuses.

mod common;

use common::example_assessment;
use partnership_engine::document::{MAX_FILE_BYTES, MAX_ORGANIZATION_NAME_CHARS};
use partnership_engine::partners::{
    Candidate, MAX_CANDIDATES, MAX_NAME_CHARS, MAX_NOTES_CHARS, Offer, Sector,
};
use partnership_engine::*;

/// A text of `n` characters that each take six bytes once written (`\u0001`).
fn widest(n: usize) -> String {
    "\u{1}".repeat(n)
}

fn maximal() -> Assessment {
    let mut a = example_assessment();
    a.organization_name = Some(widest(MAX_ORGANIZATION_NAME_CHARS));
    for p in INSTRUMENTS.reflection.prompts {
        a.answers.reflections.insert(
            p.id.to_owned(),
            widest(INSTRUMENTS.reflection.max_chars as usize),
        );
    }
    let mut map = PartnerMap::default();
    for n in 0..MAX_CANDIDATES {
        let name = format!("{n:03}{}", widest(MAX_NAME_CHARS - 3));
        let mut c = Candidate::new(&name, Sector::other()).expect("a name within the limit");
        for offer in Offer::all() {
            c.offers.set(offer, true);
        }
        c.set_notes(&widest(MAX_NOTES_CHARS))
            .expect("notes within the limit");
        map.add(c).expect("room for another organisation");
    }
    for need in Offer::all().take(partnership_engine::partners::MAX_NEEDS) {
        map.set_need(need, true).expect("room for another need");
    }
    a.partners = map;
    a
}

#[test]
fn the_largest_accepted_assessment_exports_within_the_limit_and_reads_back() {
    let a = maximal();
    let json = export(&a);
    println!(
        "largest export: {} bytes of {MAX_FILE_BYTES} allowed",
        json.len()
    );
    assert!(
        json.len() <= MAX_FILE_BYTES,
        "the largest assessment exports to {} bytes, over the {MAX_FILE_BYTES} the reader accepts",
        json.len()
    );
    let back = import(json.as_bytes()).expect("the reader accepts what the writer wrote");
    assert_eq!(back.assessment, a);
    assert!(back.warnings.is_empty());
}

#[test]
fn a_file_just_within_the_limit_exports_within_it_too() {
    // The same assessment written compactly with room to spare, padded with an ignored
    // member to just under the limit: accepted, and its export is still accepted.
    let a = maximal();
    let compact = export(&a).replace("\n", "");
    let pad = MAX_FILE_BYTES - compact.len() - 20;
    let padded = format!("{{\"x\":\"{}\",{}", "a".repeat(pad), &compact[1..]);
    assert!(padded.len() <= MAX_FILE_BYTES);
    let read = import(padded.as_bytes()).expect("accepted within the limit");
    let again = export(&read.assessment);
    assert!(again.len() <= MAX_FILE_BYTES);
    assert!(import(again.as_bytes()).is_ok());
}
