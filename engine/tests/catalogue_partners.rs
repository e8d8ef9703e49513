//! The partner map's words, its refusals and the spreadsheet export all come from the
//! catalogue: in the pseudo-language nothing a person reads is left outside its brackets,
//! and in Arabic counts take the form Arabic needs and the spreadsheet speaks Arabic.
//!
//! User data in these tests (names, notes, the organisation's name) is written in digits,
//! so any letter found outside the brackets is a text that bypassed the catalogue.

#[path = "common/languages.rs"]
mod languages;

use partnership_engine::catalogue::{self, Conventions, PluralCategory};
use partnership_engine::csv::export_csv;
use partnership_engine::instrument::{DepthLevel, Stage};
use partnership_engine::partners::table::{priority_label, priority_reasons, row_summary};
use partnership_engine::partners::{
    Candidate, Criterion, Offer, PartnerError, PartnerMap, PartnerRating, Priority, Sector, analyse,
};
use partnership_engine::words::partners as words;
use partnership_engine::{
    Assessment, INSTRUMENTS, Rating, ReadinessAnswer, ResultId, Timestamp, TimingAnswer,
};
use std::rc::Rc;

fn offer(id: &str) -> Offer {
    Offer::from_id(id).unwrap_or_else(|| panic!("{id}"))
}

fn sector(id: &str) -> Sector {
    Sector::from_id(id).unwrap_or_else(|| panic!("{id}"))
}

/// A map that makes every sentence appear: a priority lowered for capacity and one for
/// trust, a trusted starting point, a community connector, a Not now member of the covering
/// set, a need nobody brings, and (in [`one_sector_map`]) a single sector.
fn partner_map(sector_of: impl Fn(usize) -> Sector) -> PartnerMap {
    use PartnerRating::*;
    let mut map = PartnerMap::default();
    for need in ["funding", "space", "data", "lived-experience"] {
        assert!(map.set_need(offer(need), true).is_ok());
    }
    let rows: [(&[&str], [PartnerRating; 5]); 4] = [
        (
            &["funding", "community-connector"],
            [High, High, High, High, High],
        ),
        (&["space"], [High, High, High, Low, Medium]),
        (&["funding"], [High, Medium, High, Medium, Low]),
        (&["lived-experience"], [Low, High, High, High, High]),
    ];
    for (i, (offers, r)) in rows.into_iter().enumerate() {
        let mut c =
            Candidate::new(&format!("{}", 100 + i), sector_of(i)).unwrap_or_else(|e| panic!("{e}"));
        c.offers = offers.iter().map(|id| offer(id)).collect();
        for (criterion, rating) in Criterion::ALL.into_iter().zip(r) {
            c.ratings.set(criterion, Some(rating));
        }
        assert!(c.set_notes(&format!("{}", 200 + i)).is_ok());
        assert!(map.add(c).is_ok());
    }
    map
}

fn mixed_map() -> PartnerMap {
    let sectors = ["grassroots", "government", "faith", "funder"];
    partner_map(|i| sector(sectors[i % sectors.len()]))
}

fn one_sector_map() -> PartnerMap {
    partner_map(|_| sector("health"))
}

/// Every text the partner screen and its status region show for `map`.
fn partner_texts(map: &PartnerMap) -> Vec<String> {
    let p = analyse(map);
    let mut out: Vec<String> = vec![
        words::form_title(false).into(),
        words::form_title(true).into(),
        words::save_button(false).into(),
        words::save_button(true).into(),
        words::name_hint(),
        words::notes_hint(),
        words::list_caption(map.len()),
        words::list_caption(1),
        words::open_map(map).into(),
        words::open_map(&PartnerMap::default()).into(),
        words::matrix_description(&p),
        words::cancelled().into(),
    ];
    out.extend(Criterion::ALL.map(|c| words::criterion_column(c).to_owned()));
    out.extend(Priority::ALL.map(|q| priority_label(q).to_owned()));
    for (i, c) in map.candidates().iter().enumerate() {
        let row = row_summary(&p, i, c);
        out.extend(row.reasons.iter().map(|r| (*r).to_owned()));
        if let Some(decision) = c.priority() {
            out.extend(priority_reasons(&decision).iter().map(|r| (*r).to_owned()));
        } else {
            out.push(words::priority_needs(&row.missing));
        }
        out.push(format!("{}{}", words::row_number(i), c.name()));
        out.push(words::point_number(i));
        out.push(words::point_title(i, c.name()));
        let (before, after) = words::matrix_entry(&c.ratings, row.priority);
        out.push(format!("{before}{}{after}", c.name()));
        out.push(words::added(c.name(), row.priority));
        out.push(words::saved(c.name(), row.priority));
        out.push(words::changing(c.name()));
        out.push(words::removed(c.name()));
    }
    for need in &p.coverage {
        out.push(words::need(need.need));
    }
    for member in &p.cover.members {
        let priority = p.priorities[member.candidate].map(|d| d.priority);
        out.push(words::cover_priority(priority));
        out.push(words::only_it_brings(member.only_it));
    }
    assert!(!p.gaps.is_empty(), "the map leaves a need nobody brings");
    out.push(words::gaps(p.gaps));
    if let Some(s) = p.sectors.single_sector {
        out.push(words::one_sector(s));
    }
    let mut copy = map.clone();
    let at = copy.duplicate(0).unwrap_or_else(|e| panic!("{e}"));
    out.push(words::copied(copy.candidates()[at].name()));
    out
}

/// Every way an edit can be refused, as the form shows it.
fn refusals() -> Vec<String> {
    [
        PartnerError::NameEmpty,
        PartnerError::NameTooLong { chars: 121 },
        PartnerError::NotesTooLong { chars: 2001 },
        PartnerError::TooManyCandidates,
        PartnerError::TooManyNeeds,
        PartnerError::NoSuchCandidate { index: 3 },
        PartnerError::UnknownSector { id: "42".into() },
        PartnerError::UnknownOffer { id: "43".into() },
        PartnerError::BadRating {
            criterion: Criterion::ExistingTrust.label().en(),
            found: "9".into(),
        },
    ]
    .iter()
    .map(ToString::to_string)
    .collect()
}

fn assert_translated(texts: &[String]) {
    for text in texts {
        assert!(!text.is_empty());
        let left = catalogue::untranslated(text);
        assert!(
            left.is_empty(),
            "{text:?} holds {left:?} outside the catalogue"
        );
    }
}

#[test]
fn every_partner_text_comes_from_the_catalogue() {
    catalogue::install_pseudo();
    assert_translated(&partner_texts(&mixed_map()));
    assert_translated(&partner_texts(&one_sector_map()));
    assert_translated(&refusals());
    catalogue::install_english();
}

// ----------------------------------------------------------------------------------------
// The spreadsheet

/// An assessment with every question answered (so every area has a band) and the partner
/// map; the organisation's name, notes and reflections are digits.
fn assessment() -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([7; 16]),
        Timestamp::from_unix_millis(1_772_355_600_000),
    );
    a.set_organization_name("300");
    let rating = |v: u8| Rating::new(v).unwrap_or_else(|| panic!("{v}"));
    for (d, dim) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
        for (i, item) in dim.items.iter().enumerate() {
            let v = u8::try_from((d + i) % 5).unwrap_or(0);
            a.answers
                .set_readiness(item.id, ReadinessAnswer::Scale(rating(v)));
        }
    }
    for (i, b) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
        let v = u8::try_from(i % 5).unwrap_or(0);
        a.answers
            .set_barrier(b.id, Some(rating(v)), Some(rating(4 - v)));
    }
    let t = &INSTRUMENTS.timing;
    let ids = t
        .triggers
        .iter()
        .map(|q| q.id)
        .chain(t.preconditions.iter().map(|q| q.id))
        .chain(t.warnings.iter().map(|w| w.id));
    for (i, id) in ids.enumerate() {
        let answer = if i == 0 {
            TimingAnswer::DontKnow
        } else {
            TimingAnswer::Scale(rating(u8::try_from(i % 5).unwrap_or(0)))
        };
        a.answers.set_timing(id, answer);
    }
    a.answers.ambition = Some(DepthLevel::StrategicAlliance);
    a.answers.stage = Some(Stage::Relationship);
    for (i, prompt) in INSTRUMENTS.reflection.prompts.iter().enumerate() {
        a.answers.set_reflection(prompt.id, &format!("{}", 400 + i));
    }
    a.partners = mixed_map();
    a
}

/// The records of a CSV document (RFC 4180, as the writer writes it), its BOM removed.
fn records(csv: &str) -> Vec<Vec<String>> {
    let body = csv
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no BOM"));
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "a record ends in CRLF");
                record.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "the last record is ended"
    );
    out
}

#[test]
fn every_word_of_the_spreadsheet_comes_from_the_catalogue() {
    catalogue::install_pseudo();
    let csv = export_csv(&assessment());
    let rows = records(&csv);
    assert!(rows.len() > 100);
    for row in &rows {
        assert_eq!(row.len(), 5, "{row:?}");
        // The id column names the question in every language, and the time and the result
        // id are data for machines: every other cell is read by people.
        let machine = ["updated-at", "result-id"].contains(&row[1].as_str());
        let cells = [&row[0], &row[2], &row[4]]
            .into_iter()
            .chain((!machine).then_some(&row[3]));
        for cell in cells {
            let left = catalogue::untranslated(cell);
            assert!(
                left.is_empty(),
                "{row:?} holds {left:?} outside the catalogue"
            );
        }
    }
    catalogue::install_english();
}

// ----------------------------------------------------------------------------------------
// Arabic

/// Arabic as `Intl` gives it: CLDR plural rules and Arabic-Indic digits.
struct Arabic;

impl Conventions for Arabic {
    fn plural(&self, n: u64) -> PluralCategory {
        languages::arabic_plural(n)
    }

    fn number(&self, n: i64) -> String {
        languages::arabic_digits(n)
    }

    fn date(&self, _: i64) -> String {
        "١ مارس ٢٠٢٦".into()
    }
}

fn install_arabic() {
    let pack = languages::pack("ar");
    catalogue::install("ar", pack, Rc::new(Arabic)).unwrap_or_else(|e| panic!("{e}"));
}

fn has_latin(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
}

#[test]
fn arabic_counts_take_the_form_their_number_needs() {
    install_arabic();
    assert_eq!(words::list_caption(0), "قائمتكم: لا منظمات");
    assert_eq!(words::list_caption(1), "قائمتكم: منظمة واحدة");
    assert_eq!(words::list_caption(2), "قائمتكم: منظمتان");
    assert_eq!(words::list_caption(3), "قائمتكم: ٣ منظمات");
    assert_eq!(words::list_caption(11), "قائمتكم: ١١ منظمةً");
    assert_eq!(words::list_caption(100), "قائمتكم: ١٠٠ منظمة");
    // 120 characters is a "many" number, 2000 an "other" one.
    assert_eq!(words::name_hint(), "حتى ١٢٠ حرفًا.");
    assert!(words::notes_hint().ends_with("حتى ٢٠٠٠ حرف."));
    let full = PartnerError::TooManyCandidates.to_string();
    assert!(full.contains("٢٠٠ منظمة،"), "{full}");
    let needs = PartnerError::TooManyNeeds.to_string();
    assert!(needs.contains("١٦ حاجةً"), "{needs}");
    let long = PartnerError::NameTooLong { chars: 121 }.to_string();
    assert!(long.contains("١٢١ حرفًا") && long.contains("١٢٠"), "{long}");
    assert_eq!(words::row_number(2), "٣. ");
    // The name is isolated (U+2068 … U+2069) inside an Arabic sentence.
    assert_eq!(
        words::removed("101"),
        "حُذفت «\u{2068}101\u{2069}» من القائمة."
    );
    let map = mixed_map();
    let description = words::matrix_description(&analyse(&map));
    assert!(description.starts_with("٤ منظمات موزّعة"), "{description}");
    for text in partner_texts(&map).iter().chain(&refusals()) {
        assert!(!has_latin(text), "{text}");
    }
    catalogue::install_english();
}

#[test]
fn an_arabic_spreadsheet_has_arabic_headers_a_bom_and_machine_readable_numbers() {
    install_arabic();
    let csv = export_csv(&assessment());
    assert!(
        csv.as_bytes().starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 byte order mark"
    );
    let rows = records(&csv);
    assert_eq!(
        rows[0],
        ["القسم", "المعرّف", "السؤال", "الإجابة", "الدرجة"],
        "headers in Arabic"
    );
    for row in &rows[1..] {
        assert_eq!(row.len(), 5, "{row:?}");
        for cell in [&row[0], &row[2]] {
            assert!(!has_latin(cell), "{row:?}");
        }
        // Scores stay in ASCII digits so a spreadsheet can add them up.
        assert!(row[4].chars().all(|c| c.is_ascii_digit()), "{row:?}");
    }
    let yes = rows
        .iter()
        .find(|r| r[1] == "partner.1.in-smallest-set")
        .unwrap_or_else(|| panic!("no cover row"));
    assert_eq!(yes[3], "نعم");
    let nobody = rows
        .iter()
        .find(|r| r[1] == "need.data")
        .unwrap_or_else(|| panic!("no data row"));
    assert_eq!(nobody[3], "لا أحد في القائمة يقدّم هذا");
    catalogue::install_english();
    // English is unchanged once English is spoken again.
    assert!(export_csv(&assessment()).starts_with("\u{feff}\"Part\",\"Id\""));
}
